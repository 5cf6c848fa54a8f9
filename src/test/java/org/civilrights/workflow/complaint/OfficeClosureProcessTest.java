package org.civilrights.workflow.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.civilrights.workflow.calendar.LegalCalendar;
import org.civilrights.workflow.process.ProcessTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * A closure the Governor declares after the answer period was planned moves the answer's last day to the next
 * open day (46a-54-20a; docs/legal-readings.md 2.5), recorded by an administrator through {@code POST /api/closures}.
 * Dates in 2031, which no other test uses: the suite shares one calendar and database.
 */
class OfficeClosureProcessTest extends ProcessTest {

    /** Tuesday 11 February 2031: both answers are due that day, 30 days after receipt on Sunday 12 January. */
    private static final LocalDate STORM = LocalDate.of(2031, 2, 11);
    /** Wednesday the 12th is Lincoln's Birthday (General Statutes 1-4): the next open day is Thursday the 13th. */
    private static final LocalDate NEXT_OPEN = LocalDate.of(2031, 2, 13);
    private static final LocalDate RECEIVED = LocalDate.of(2031, 1, 12);
    private static final LocalDate FILED = LocalDate.of(2031, 1, 7);

    @Autowired TestRestTemplate http;
    @Autowired ComplaintRecords records;
    @Autowired CaseFile caseFile;
    @Autowired LegalCalendar calendar;

    private String docket;

    @Test
    @SuppressWarnings("unchecked")
    void anAnswerDueOnADayLaterDeclaredClosedIsDueTheNextOpenDay_46a_54_20a() {
        List<ProcessInstance> answers = servedComplaint();
        for (ProcessInstance answer : answers) {
            assertThat(timerDue(answer)).isEqualTo(endOf(STORM));
            assertThat(task(answer).getDueDate()).isEqualTo(endOf(STORM));
        }

        ResponseEntity<Map> response = post("demo", Map.of("date", STORM.toString(),
                "reason", "Offices closed by the Governor (snow storm)"));

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat((Map<String, Object>) response.getBody().get("closure"))
                .containsEntry("date", STORM.toString()).containsEntry("recordedBy", "demo");
        assertThat(response.getBody()).containsEntry("nextOpenDay", NEXT_OPEN.toString());
        assertThat(calendar.isOpen(STORM)).isFalse();
        for (ProcessInstance answer : answers) {
            assertThat(timerDue(answer)).as("the answer timer").isEqualTo(endOf(NEXT_OPEN));
            assertThat(task(answer).getDueDate()).as("the task's due date").isEqualTo(endOf(NEXT_OPEN));
            assertThat(runtimeService().getVariable(answer.getId(), "answerDueOn")).isEqualTo(NEXT_OPEN.toString());
        }
        assertThat(records.respondents(docket)).extracting(ComplaintRecords.RespondentRecord::answerDueOn)
                .containsOnly(NEXT_OPEN);
        assertThat(caseFile.deadlines(docket)).filteredOn(d -> d.deadline().equals(AnswerPeriod.ANSWER_DEADLINE))
                .hasSize(2).allSatisfy(d -> assertThat(d.dueOn()).isEqualTo(NEXT_OPEN));
        assertThat(caseFile.lastDay(docket, AnswerPeriod.ANSWER_DEADLINE, "Pat Quinn"))
                .as("an extension still runs from the thirtieth day (45a; review F14)").contains(STORM);

        List<Map<String, Object>> moved = ofCase((List<Map<String, Object>>) response.getBody().get("moved"));
        assertThat(moved).extracting(m -> m.get("kind")).containsExactlyInAnyOrder("TIMER", "TIMER",
                "TASK_DUE_DATE", "TASK_DUE_DATE", "VARIABLE", "VARIABLE", "CASE_DEADLINE", "CASE_DEADLINE",
                "ANSWER_DUE_ON", "ANSWER_DUE_ON");
        assertThat(moved).allSatisfy(m -> assertThat(m).containsEntry("from", STORM.toString())
                .containsEntry("to", NEXT_OPEN.toString()).containsEntry("movedBy", "demo"));
        assertThat(moved).filteredOn(m -> m.get("kind").equals("TIMER")).extracting(m -> m.get("label"))
                .containsOnly("Timer 'Answer period over' (complaint-answer)");

        // the same closure again: nothing moves twice
        ResponseEntity<Map> again = post("demo", Map.of("date", STORM.toString(), "reason", "Snow storm"));
        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(again.getBody()).containsEntry("alreadyRecorded", true);
        assertThat((List<?>) again.getBody().get("moved")).isEmpty();
        assertThat(timerDue(answers.get(0))).isEqualTo(endOf(NEXT_OPEN));
        ResponseEntity<Map> record = http.withBasicAuth("irene", "irene").getForEntity("/api/closures/" + STORM, Map.class);
        assertThat(record.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(ofCase((List<Map<String, Object>>) record.getBody().get("moved"))).hasSize(moved.size());
        assertThat((Map<String, Object>) record.getBody().get("closure"))
                .containsEntry("reason", "Offices closed by the Governor (snow storm)");
    }

    @Test
    void onlyAnAdministratorRecordsAClosure_staffReadThem() {
        LocalDate day = LocalDate.of(2031, 9, 17);

        assertThat(post("irene", Map.of("date", day.toString(), "reason", "Storm")).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(http.postForEntity("/api/closures", Map.of("date", day.toString(), "reason", "Storm"), Map.class)
                .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);

        assertThat(calendar.isOpen(day)).isTrue();
        ResponseEntity<String> list = http.withBasicAuth("irene", "irene").getForEntity("/api/closures", String.class);
        assertThat(list.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(list.getBody()).contains("2030-06-03", "configuration").doesNotContain(day.toString());
    }

    @Test
    @SuppressWarnings("unchecked")
    void aRequestThatBreaksARuleIsRefusedNamingTheFieldAndNothingChanges() {
        LocalDate day = LocalDate.of(2031, 10, 1);
        String before = http.withBasicAuth("demo", "demo").getForObject("/api/closures", String.class);

        Map<String, Object> noReason = new HashMap<>(Map.of("date", day.toString()));
        assertRefused(noReason, "reason: the reason the offices are closed is required");
        assertRefused(Map.of("date", "2031-02-30", "reason", "Storm"), "date: '2031-02-30' is not a date");
        assertRefused(Map.of("date", "next Tuesday", "reason", "Storm"), "date: 'next Tuesday' is not a date");
        assertRefused(Map.of("reason", "Storm"), "date: the day the offices are closed is required");
        assertRefused(Map.of("date", "2031-03-08", "reason", "Storm"), "date: 2031-03-08 is a Saturday");
        assertRefused(Map.of("date", "2031-12-25", "reason", "Storm"), "date: 2031-12-25 is Christmas");

        ResponseEntity<Map> both = post("demo", Map.of("date", "2031-03-09"));
        assertThat((List<String>) both.getBody().get("problems")).as("every rule broken at once").hasSize(2);

        assertThat(calendar.isOpen(day)).isTrue();
        assertThat(http.withBasicAuth("demo", "demo").getForObject("/api/closures", String.class)).isEqualTo(before);
    }

    // ----- helpers -----

    @SuppressWarnings("unchecked")
    private void assertRefused(Map<String, Object> body, String problem) {
        ResponseEntity<Map> response = post("demo", body);
        assertThat(response.getStatusCode()).as(body.toString()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((List<String>) response.getBody().get("problems")).anySatisfy(p -> assertThat(p).startsWith(problem));
    }

    private ResponseEntity<Map> post(String user, Map<String, Object> body) {
        return http.withBasicAuth(user, user).postForEntity("/api/closures", body, Map.class);
    }

    private List<Map<String, Object>> ofCase(List<Map<String, Object>> moved) {
        return moved.stream().filter(m -> docket.equals(m.get("caseKey"))).toList();
    }

    private java.util.Date timerDue(ProcessInstance answer) {
        return jobQuery().processInstanceId(answer.getId()).timers().singleResult().getDuedate();
    }

    /** A complaint filed on 7 January 2031, served, received by both respondents on Sunday 12 January. */
    private List<ProcessInstance> servedComplaint() {
        today(FILED);
        ProcessInstance complaint = Complaints.file(engine, Complaints.filing(FILED));
        docket = (String) runtimeService().getVariable(complaint.getId(), "docketNumber");
        ProcessInstance intake = calledProcessInstance(complaint);
        complete(task(intake), Map.of("timely", "true", "allegesDiscriminatoryPractice", "true"));
        today(RECEIVED.plusDays(1));
        for (Task service : taskQuery().processInstanceId(intake.getId()).list()) {
            complete(service, Map.of("serviceMethod", "CERTIFIED_MAIL", "sentOn", FILED.plusDays(1).toString(),
                    "respondentReceivedOn", RECEIVED.toString()));
        }
        assertThat(complaint).isWaitingAt("CallActivity_Answer");
        return processInstanceQuery().processDefinitionKey("complaint-answer").processInstanceBusinessKey(docket).list()
                .stream().sorted(Comparator.comparing(p -> (Integer) runtimeService().getVariable(p.getId(), "respondentNo")))
                .toList();
    }
}
