package org.civilrights.workflow.complaint;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.civilrights.workflow.security.Role;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The case record for staff: {@code GET /api/complaints/{docket}} (any staff role) and the identity
 * behind a pseudonym, {@code GET /api/complaints/{docket}/confidential-identity}, for the executive
 * director and investigators only, each reading recorded (46a-54-37a(b)). Requests carry HTTP Basic
 * credentials like the engine REST API.
 */
@RestController
@RequestMapping("/api/complaints")
class CaseApi {

    /** Those with the need to know who a pseudonym complainant is. */
    static final Set<String> NEED_TO_KNOW = Set.of(Role.EXECUTIVE_DIRECTOR.groupId(), Role.INVESTIGATOR.groupId());
    static final Set<String> STAFF = Set.of(Role.INTAKE.groupId(), Role.INVESTIGATOR.groupId(),
            Role.REGIONAL_MANAGER.groupId(), Role.EXECUTIVE_DIRECTOR.groupId(), Role.COMMISSION_COUNSEL.groupId(),
            Role.COMMISSIONER.groupId(), Role.HEARING_REFEREE.groupId(), Role.MANAGER.groupId(), "camunda-admin");

    private final ComplaintRecords records;
    private final CaseFile caseFile;
    private final IdentityService identityService;
    private final JdbcClient jdbc;

    CaseApi(ComplaintRecords records, CaseFile caseFile, IdentityService identityService, JdbcClient jdbc) {
        this.records = records;
        this.caseFile = caseFile;
        this.identityService = identityService;
        this.jdbc = jdbc;
    }

    @GetMapping("/{docket}")
    Map<String, Object> caseRecord(@PathVariable String docket) {
        requireGroup(STAFF);
        ComplaintRecords.CaseSummary summary = records.find(docket).orElseThrow(() -> notFound(docket));
        return Map.of("complaint", summary, "respondents", records.respondents(docket),
                "notices", caseFile.notices(docket), "deadlines", caseFile.deadlines(docket),
                "mediationAbsences", records.mediationAbsences(docket), "affectedPersons", records.affectedPersons(docket),
                "addressChanges", records.addressChanges(docket));
    }

    @GetMapping("/{docket}/confidential-identity")
    ComplaintRecords.Identity confidentialIdentity(@PathVariable String docket) {
        Authentication user;
        try {
            user = requireGroup(NEED_TO_KNOW);
        } catch (ResponseStatusException refused) {
            // a refused attempt is recorded too (security issue, item 9), where the docket exists to hold it
            Authentication caller = identityService.getCurrentAuthentication();
            if (caller != null && records.find(docket).isPresent()) {
                logAccess(docket, caller.getUserId(), "REFUSED");
            }
            throw refused;
        }
        records.find(docket).orElseThrow(() -> notFound(docket));
        ComplaintRecords.Identity identity = records.confidentialIdentity(docket)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                        "Complaint " + docket + " is not a confidential complaint (46a-54-37a)"));
        logAccess(docket, user.getUserId(), "READ");
        return identity;
    }

    /** 46a-54-37a(b): who read, or tried to read, the identity behind a pseudonym, for the executive director. */
    @GetMapping("/{docket}/confidential-access")
    List<Map<String, Object>> confidentialAccess(@PathVariable String docket) {
        requireGroup(Set.of(Role.EXECUTIVE_DIRECTOR.groupId()));
        records.find(docket).orElseThrow(() -> notFound(docket));
        return jdbc.sql("SELECT user_id, read_at, outcome FROM confidential_access WHERE docket_number = :d ORDER BY id")
                .param("d", docket).query((rs, i) -> Map.<String, Object>of("user", rs.getString(1),
                        "at", rs.getTimestamp(2).toInstant().toString(), "outcome", rs.getString(3))).list();
    }

    private void logAccess(String docket, String userId, String outcome) {
        jdbc.sql("INSERT INTO confidential_access (docket_number, user_id, read_at, outcome) VALUES (:d, :u, :t, :o)")
                .param("d", docket).param("u", userId).param("t", Timestamp.from(Instant.now())).param("o", outcome)
                .update();
    }

    private Authentication requireGroup(Set<String> allowed) {
        return org.civilrights.workflow.security.ApiAccess.require(identityService, allowed);
    }

    private static ResponseStatusException notFound(String docket) {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "No complaint has docket number '" + docket + "'");
    }
}
