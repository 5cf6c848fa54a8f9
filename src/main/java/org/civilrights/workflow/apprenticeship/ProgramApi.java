package org.civilrights.workflow.apprenticeship;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.IdentityService;
import org.civilrights.workflow.security.ApiAccess;
import org.civilrights.workflow.security.Role;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * A program's state and its matters for staff (46a-68-7(e)): {@code GET /api/apprenticeship-programs/{number}}.
 * The complainant of a complaint is not here: that identity is in CHRO's case record only (46a-68-14).
 */
@RestController
@RequestMapping("/api/apprenticeship-programs")
class ProgramApi {

    static final Set<String> READERS = Set.of(Role.APPRENTICESHIP_STAFF.groupId(), Role.EXECUTIVE_DIRECTOR.groupId(),
            Role.MANAGER.groupId(), "camunda-admin");

    private final ApprenticeshipPrograms programs;
    private final JdbcClient jdbc;
    private final IdentityService identityService;

    ProgramApi(ApprenticeshipPrograms programs, JdbcClient jdbc, IdentityService identityService) {
        this.programs = programs;
        this.jdbc = jdbc;
        this.identityService = identityService;
    }

    @GetMapping("/{registrationNumber}")
    Map<String, Object> program(@PathVariable String registrationNumber) {
        ApiAccess.require(identityService, READERS);
        ApprenticeshipPrograms.Program program = programs.find(registrationNumber).orElseThrow(() ->
                new ResponseStatusException(HttpStatus.NOT_FOUND, "No apprenticeship program '" + registrationNumber + "'"));
        // the row mapper of JdbcClient fills the record, OPENED_ON into openedOn
        List<Matter> matters = jdbc.sql("""
                SELECT matter, opened_on, audit_on, finding, results_sent_on, sanction, chro_docket, chro_determination,
                       outcome FROM apprenticeship_matter WHERE registration_number = :r ORDER BY id
                """).param("r", program.registrationNumber()).query(Matter.class).list();
        return Map.of("program", program, "matters", matters);
    }

    /** One matter on the program, as staff read it (no complainant: 46a-68-14). */
    record Matter(String matter, LocalDate openedOn, LocalDate auditOn, String finding, LocalDate resultsSentOn,
                  String sanction, String chroDocket, String chroDetermination, String outcome) {
    }
}
