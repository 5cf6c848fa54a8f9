package org.civilrights.workflow.closure;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.civilrights.workflow.process.RuleChecks;
import org.civilrights.workflow.security.ApiAccess;
import org.civilrights.workflow.security.Role;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * Office closures declared by the Governor (46a-54-20a; 46a-68-51(d)), recorded without a restart:
 * {@code POST /api/closures {"date":"2026-02-09","reason":"Offices closed by the Governor (snow storm)"}}, for
 * the administrators ({@code camunda-admin}) only, answers with what moved to the next open day;
 * {@code GET /api/closures} lists the closures and {@code GET /api/closures/{date}} one with what it moved,
 * for any staff. HTTP Basic credentials, like the engine's REST API. A request that breaks a rule is a 400
 * that names each field and rule, and changes nothing.
 */
@RestController
@RequestMapping("/api/closures")
class ClosureApi {

    static final Set<String> ADMINISTRATORS = Set.of("camunda-admin");
    /** Every staff role (not the electronic filing service) and the administrators. */
    static final Set<String> STAFF = Stream.concat(Arrays.stream(Role.values())
                    .filter(r -> r.access() != Role.Access.DELIVER).map(Role::groupId), ADMINISTRATORS.stream())
            .collect(Collectors.toUnmodifiableSet());

    private final OfficeClosures closures;
    private final IdentityService identityService;

    ClosureApi(OfficeClosures closures, IdentityService identityService) {
        this.closures = closures;
        this.identityService = identityService;
    }

    /** What an administrator sends: the closed day and why. */
    record ClosureRequest(String date, String reason) {
    }

    @PostMapping
    ResponseEntity<Object> record(@RequestBody(required = false) ClosureRequest request) {
        Authentication user = ApiAccess.require(identityService, ADMINISTRATORS);
        ClosureRequest given = request == null ? new ClosureRequest(null, null) : request;
        try {
            OfficeClosures.Recorded recorded = closures.record(given.date(), given.reason(), user.getUserId());
            return ResponseEntity.status(recorded.alreadyRecorded() ? HttpStatus.OK : HttpStatus.CREATED).body(recorded);
        } catch (RuleChecks.Violation refused) {
            return ResponseEntity.badRequest().body(Map.of("status", 400, "error", "Bad Request",
                    "problems", refused.problems()));
        }
    }

    @GetMapping
    List<OfficeClosures.Closure> list() {
        ApiAccess.require(identityService, STAFF);
        return closures.list();
    }

    @GetMapping("/{date}")
    Map<String, Object> closure(@PathVariable String date) {
        ApiAccess.require(identityService, STAFF);
        LocalDate day;
        try {
            day = LocalDate.parse(date);
        } catch (DateTimeParseException notADate) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "date: '" + date + "' is not a date (YYYY-MM-DD)");
        }
        OfficeClosures.Closure closure = closures.find(day).orElseThrow(() ->
                new ResponseStatusException(HttpStatus.NOT_FOUND, "No closure is recorded for " + day));
        return Map.of("closure", closure, "moved", closures.moves(day));
    }
}
