package org.civilrights.workflow.contractor;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.IdentityService;
import org.civilrights.workflow.security.ApiAccess;
import org.civilrights.workflow.security.Role;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * 46a-68j-41(c): inquiries about a contractor's compliance go to the commission, which keeps a complete
 * and accurate list of contractors under notice: {@code GET /api/contractors-under-notice}, or with
 * {@code ?contractor=...}, {@code &fein=...} (federal employer identification number) and/or
 * {@code &vendorNumber=...} whether that contractor may contract now (41(a)): an identifier matches
 * whatever the name's spelling, and a name matches whatever its case and punctuation unless an identifier
 * differs (review D-31). HTTP Basic, staff.
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
    Object list(@RequestParam(required = false) String contractor, @RequestParam(required = false) String fein,
                @RequestParam(required = false) String vendorNumber) {
        ApiAccess.require(identityService, READERS);
        if (isBlank(contractor) && isBlank(fein) && isBlank(vendorNumber)) {
            return notices.underNotice();
        }
        if (!isBlank(fein) && ContractorNotices.fein(fein) == null) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "fein: a federal employer identification number "
                    + "has nine digits, e.g. 06-1234567");
        }
        String asked = !isBlank(contractor) ? contractor.trim() : !isBlank(fein) ? "FEIN " + ContractorNotices.fein(fein)
                : "vendor number " + vendorNumber.trim();
        return notices.underNotice(new ContractorNotices.Contractor(contractor, fein, vendorNumber))
                .<Map<String, Object>>map(n -> Map.of("contractor", n.contractor(),
                        "mayContract", false, "reasons", List.of("Under the notice of noncompliance issued " + n.issuedOn()
                                + " to " + n.contractor() + identifiers(n) + ": no further contracts with an awarding "
                                + "agency until the commission rescinds it (46a-68j-41(a), 42(b))."), "notice", n))
                .orElseGet(() -> Map.of("contractor", asked, "mayContract", true, "reasons",
                        List.of("No notice of noncompliance stands against " + asked + " (46a-68j-41(c)).")));
    }

    private static String identifiers(ContractorNotices.Notice n) {
        String ids = (n.fein() == null ? "" : "FEIN " + n.fein())
                + (n.fein() != null && n.vendorNumber() != null ? ", " : "")
                + (n.vendorNumber() == null ? "" : "vendor number " + n.vendorNumber());
        return ids.isEmpty() ? "" : " (" + ids + ")";
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
