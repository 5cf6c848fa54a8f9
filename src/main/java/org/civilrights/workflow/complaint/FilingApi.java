package org.civilrights.workflow.complaint;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.civilrights.workflow.calendar.CalendarDate;
import org.civilrights.workflow.process.InputRules;
import org.civilrights.workflow.process.OfficeClock;
import org.civilrights.workflow.security.ApiAccess;
import org.civilrights.workflow.security.Role;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The electronic filing service's one door (security issue, item 1): {@code POST /api/filings} with a flat JSON
 * body naming the filing, the docket number, for a respondent's filing its number, and exactly the fields that
 * filing declares. The filing goes to the case stage waiting for it, as the system: the {@code efiling} account
 * holds no right on instances, variables, jobs or history, and the engine's REST API refuses it altogether.
 * A field the filing does not declare, a missing docket or respondent, a value of the wrong kind, or a filing the
 * case is not waiting for is refused (400, or 409) and changes nothing.
 */
@RestController
@RequestMapping("/api/filings")
class FilingApi {

    /** The filings outside parties make, each with the fields it declares (README, "Filings from outside"). */
    static final Map<String, Set<String>> FIELDS = Map.of(
            "AnswerFiled", Set.of("answeredOn", "answerSworn"),
            "AnswerExtensionRequested", Set.of("extensionRequestReceivedOn"),
            "IdentityNoticeFiled", Set.of("identityNoticeReceivedOn", "designatedPerson"),
            "DefaultObjectionFiled", Set.of("objectionReceivedOn"),
            "DiscoveryComplied", Set.of("answeredOn", "answerSworn"),
            "ReplyFiled", Set.of("replyReceivedOn"),
            "ReconsiderationRequested", Set.of("reconsiderationReceivedOn", "reconsiderationReasons"));
    /** Filings a respondent makes: they name the respondent's number. */
    static final Set<String> BY_A_RESPONDENT = Set.of("AnswerFiled", "AnswerExtensionRequested", "IdentityNoticeFiled",
            "DefaultObjectionFiled", "DiscoveryComplied");
    /** Filings an answer stage takes (46a-54-37a(c), 43a, 45a). */
    static final Set<String> ANSWER_STAGE_FILINGS = Set.of("AnswerFiled", "AnswerExtensionRequested", "IdentityNoticeFiled");
    private static final int TEXT_LIMIT = 4000;

    private final ComplaintRecords records;
    private final RuntimeService runtime;
    private final IdentityService identityService;
    private final OfficeClock clock;

    FilingApi(ComplaintRecords records, RuntimeService runtime, IdentityService identityService, OfficeClock clock) {
        this.clock = clock;
        this.records = records;
        this.runtime = runtime;
        this.identityService = identityService;
    }

    @PostMapping
    ResponseEntity<Map<String, Object>> file(@RequestBody Map<String, Object> body) {
        ApiAccess.require(identityService, Set.of(Role.EFILING.groupId()));
        List<String> problems = new ArrayList<>();
        String filing = body.get("filing") instanceof String s ? s : null;
        Set<String> declared = filing == null ? null : FIELDS.get(filing);
        if (declared == null) {
            return refused(HttpStatus.BAD_REQUEST, List.of("filing: one of " + new java.util.TreeSet<>(FIELDS.keySet())));
        }
        String docket = body.get("docketNumber") instanceof String s ? s.trim() : null;
        if (docket == null || records.find(docket).isEmpty()) {
            problems.add("docketNumber: no complaint has docket number '" + body.get("docketNumber") + "'");
        }
        Map<String, Object> variables = new HashMap<>();
        for (Map.Entry<String, Object> field : body.entrySet()) {
            String name = field.getKey();
            if (name.equals("filing") || name.equals("docketNumber") || name.equals("respondentNo")) {
                continue;
            }
            if (!declared.contains(name)) {
                problems.add(name + ": not a field of the filing " + filing + " (it takes " + new java.util.TreeSet<>(declared) + ")");
                continue;
            }
            Object value = field.getValue();
            if (name.endsWith("On")) {
                try {
                    java.time.LocalDate day = CalendarDate.of(value, name);
                    String implausible = InputRules.implausible(day, clock.today());
                    if (implausible != null) {
                        problems.add(name + implausible);
                    } else {
                        variables.put(name, day.toString());
                    }
                } catch (IllegalArgumentException e) {
                    problems.add(name + ": a date such as 2026-03-02 is required");
                }
            } else if (name.endsWith("Sworn")) {
                if (value instanceof Boolean b) {
                    variables.put(name, b);
                } else {
                    problems.add(name + ": true or false");
                }
            } else if (value instanceof String text && InputRules.hasBidiControl(text)) {
                problems.add(name + InputRules.BIDI_REFUSED);
            } else if (value instanceof String text && text.length() <= TEXT_LIMIT) {
                variables.put(name, text);
            } else {
                problems.add(name + ": a text of at most " + TEXT_LIMIT + " characters");
            }
        }
        Integer respondentNo = null;
        if (BY_A_RESPONDENT.contains(filing)) {
            if (body.get("respondentNo") instanceof Integer n && n > 0) {
                respondentNo = n;
            } else {
                problems.add("respondentNo: the number (1, 2, ...) of the respondent who filed it");
            }
        } else if (body.containsKey("respondentNo")) {
            problems.add("respondentNo: not a field of the filing " + filing);
        }
        if (!problems.isEmpty()) {
            return refused(HttpStatus.BAD_REQUEST, problems);
        }
        var correlation = runtime.createMessageCorrelation(filing).processInstanceBusinessKey(docket).setVariables(variables);
        if (respondentNo != null) {
            correlation.processInstanceVariableEquals("respondentNo", respondentNo);
        }
        if (ANSWER_STAGE_FILINGS.contains(filing)) {
            // the stage awaiting the answer to the complaint, not one awaiting the answer to an amendment (47a), which
            // staff record with Record a request on a complaint
            correlation.processInstanceVariableEquals(ComplaintVariables.ANSWER_TO.name(), AnswerPeriod.AnswerTo.COMPLAINT.name());
        }
        // delivered as the system: the filing service itself holds no right on the case's instances
        Authentication caller = identityService.getCurrentAuthentication();
        identityService.clearAuthentication();
        try {
            if (ANSWER_STAGE_FILINGS.contains(filing)) {
                // stages an earlier release started without answerTo await the answer to the complaint (review R-9)
                AwaitedAnswers.nameEarlierStages(runtime, docket);
            }
            correlation.correlate();
        } catch (MismatchingMessageCorrelationException notWaiting) {
            return refused(HttpStatus.CONFLICT, List.of("filing: complaint " + docket + " is not waiting for " + filing
                    + (respondentNo == null ? "" : " from respondent " + respondentNo) + " now"));
        } catch (BadUserRequestException rule) {
            String message = rule.getMessage().replaceFirst("^The form cannot be accepted: ", "");
            return refused(HttpStatus.BAD_REQUEST, List.of(message.split("; ")));
        } finally {
            identityService.setAuthentication(caller);
        }
        return ResponseEntity.noContent().build();
    }

    private static ResponseEntity<Map<String, Object>> refused(HttpStatus status, List<String> problems) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", status.value());
        body.put("problems", problems);
        return ResponseEntity.status(status).body(body);
    }
}
