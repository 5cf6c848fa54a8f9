package org.civilrights.workflow.contractor;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.IdentityService;
import org.civilrights.workflow.security.ApiAccess;
import org.civilrights.workflow.security.Role;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * 46a-68j-41(c): inquiries about a contractor's compliance go to the commission, which keeps a complete
 * and accurate list of contractors under notice: {@code GET /api/contractors-under-notice}, or with
 * {@code ?contractor=...} whether that contractor may contract now (41(a)). HTTP Basic, staff.
 */
@RestController
@RequestMapping("/api/contractors-under-notice")
class ContractorApi {

    static final Set<String> READERS = Set.of(Role.PLAN_REVIEWER.groupId(), Role.COMMISSIONER.groupId(),
            Role.EXECUTIVE_DIRECTOR.groupId(), Role.COMMISSION_COUNSEL.groupId(), Role.MANAGER.groupId(), "camunda-admin");

    private final ContractorNotices notices;
    private final IdentityService identityService;

    ContractorApi(ContractorNotices notices, IdentityService identityService) {
        this.notices = notices;
        this.identityService = identityService;
    }

    @GetMapping
    Object list(@RequestParam(required = false) String contractor) {
        ApiAccess.require(identityService, READERS);
        if (contractor == null || contractor.isBlank()) {
            return notices.underNotice();
        }
        return notices.underNotice(contractor).<Map<String, Object>>map(n -> Map.of("contractor", n.contractor(),
                        "mayContract", false, "reasons", List.of("Under the notice of noncompliance issued " + n.issuedOn()
                                + ": no further contracts with an awarding agency until the commission rescinds it "
                                + "(46a-68j-41(a), 42(b))."), "notice", n))
                .orElseGet(() -> Map.of("contractor", contractor.trim(), "mayContract", true, "reasons",
                        List.of("No notice of noncompliance stands against " + contractor.trim() + " (46a-68j-41(c)).")));
    }
}
