package org.civilrights.workflow.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.civilrights.workflow.calendar.LegalCalendar;
import org.civilrights.workflow.process.BrowserJourney;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Staff's journeys through Tasklist in headless Chromium, with the browser in an office's time zone: what a
 * person types is what the case records (staff issue, items 1 and 2).
 */
class ComplaintBrowserTest extends ComplaintScenario {

    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;

    private static LocalDate daysAgo(int days) {
        return LocalDate.now(LegalCalendar.OFFICE_ZONE).minusDays(days);
    }

    @Test
    void everyTypedDateIsTheDateStored_inConnecticutAndFromUtcMinus10ToUtcPlus14_typedPastedOrPicked() {
        LocalDate filed = daysAgo(1);
        LocalDate sworn = daysAgo(2);
        LocalDate act = daysAgo(45);
        LocalDate knew = daysAgo(44);
        List<String[]> entries = List.of(new String[] {"America/New_York", "typed"},
                new String[] {"Pacific/Honolulu", "typed"}, new String[] {"Pacific/Kiritimati", "typed"},
                new String[] {"America/New_York", "pasted"}, new String[] {"Pacific/Honolulu", "picked"});
        List<Map<String, String>> filings = entries.stream().map(e -> Map.of("timezoneId", e[0], "entered", e[1],
                "filedOn", filed.toString(), "swornOn", sworn.toString(), "actOn", act.toString(),
                "knewOn", knew.toString(), "complainant", "Dates " + e[1] + " in " + e[0], "respondent", "Acme LLC"))
                .toList();

        JsonNode seen = BrowserJourney.run(port, "file-complaint", Map.of("filings", filings));

        String lastDocket = jdbc.sql("SELECT docket_number FROM complaint WHERE complainant_name = :name")
                .param("name", "Dates picked in Pacific/Honolulu").query(String.class).single();
        JsonNode cards = BrowserJourney.run(port, "task-card", Map.of("user", "irene", "docket", lastDocket));
        assertThat(cards.path("cards").toString()).as("intake's task card names the case (staff issue, item 3)")
                .contains(lastDocket).contains("Dates picked in Pacific/Honolulu v. Acme LLC");

        for (String[] e : entries) {
            Map<String, Object> stored = jdbc.sql("""
                    SELECT filed_on, sworn_on, act_on, knew_on FROM complaint WHERE complainant_name = :name
                    """).param("name", "Dates " + e[1] + " in " + e[0]).query().singleRow();
            assertThat(stored.values()).as("dates " + e[1] + " in " + e[0] + " (the browser showed " + seen + ")")
                    .map(Object::toString).containsExactly(filed.toString(), sworn.toString(), act.toString(),
                            knew.toString());
        }
    }

    @Test
    void anInvestigatorMailsALackOfJurisdictionDismissalInTasklist_46a_54_42a_b_2_61a_b() {
        LocalDate filed = daysAgo(10);
        ProcessInstance stage = dismissedForLackOfJurisdiction(filed);
        org.camunda.bpm.engine.impl.util.ClockUtil.reset();

        assertThat(task(stage)).hasDefinitionKey("Task_MailDismissal");
        LocalDate mailed = daysAgo(1);

        JsonNode seen = BrowserJourney.run(port, "mail-dismissal", Map.of("taskId", task(stage).getId(),
                "mailedOn", mailed.toString(), "tomorrow", daysAgo(-1).toString()));

        assertThat(seen.path("refused").toString()).as("the refusal a clerk reads (staff issue, item 7)")
                .contains("cannot be later than today").doesNotContain("ENGINE-").doesNotContain("Exception");

        assertThat(task(stage)).hasDefinitionKey("Task_RecordReconsiderationRequest");
        assertThat(caseFile.notices(docket)).filteredOn(n -> n.section().equals("46a-54-61a(b)")).isNotEmpty()
                .allSatisfy(n -> {
                    assertThat(n.notice()).startsWith("No Reasonable Cause - Lack of Jurisdiction");
                    assertThat(n.sentOn()).isEqualTo(mailed);
                });
    }
    @Test // security issue, item 3
    void aRegionalManagerGivesAnIntakeTaskToAnotherIntakeClerkAndIsRefusedForAnInvestigator() {
        if (engine.getIdentityService().createUserQuery().userId("isla").count() == 0) {
            var isla = engine.getIdentityService().newUser("isla");
            isla.setFirstName("Isla");
            isla.setLastName("Intake staff");
            isla.setPassword("Harbor-Blue-7391!");
            engine.getIdentityService().saveUser(isla);
            engine.getIdentityService().createMembership("isla", org.civilrights.workflow.security.Role.INTAKE.groupId());
        }
        fileComplaint(daysAgo(3), Map.of());
        org.camunda.bpm.engine.impl.util.ClockUtil.reset();
        Task review = taskQuery().processInstanceId(stage("complaint-intake").getId())
                .taskCandidateGroup(org.civilrights.workflow.security.Role.INTAKE.groupId()).list().get(0);
        taskService().claim(review.getId(), "irene");

        JsonNode seen = BrowserJourney.run(port, "reassign", Map.of("taskId", review.getId(), "supervisor", "rita",
                "outsider", "ivan", "member", "isla"));

        assertThat(seen.path("refused").toString()).as("the refusal rita reads")
                .contains("ivan does not hold the role this task is for").doesNotContain("ENGINE-", "Exception");
        assertThat(taskQuery().taskId(review.getId()).singleResult().getAssignee()).isEqualTo("isla");
    }

    @Test // review F10(a), 46a-54-42a(a)
    void intakeRecordsAnAmendmentOutsideJurisdictionWithItsReasons() {
        fileComplaint(daysAgo(60), Map.of());
        today(daysAgo(20));
        jumpTo("CallActivity_MeritAssessment");
        org.camunda.bpm.engine.impl.util.ClockUtil.reset();
        Complaints.request(engine, docket, "AMENDMENT", daysAgo(2), Map.of());
        Task details = taskQuery().processInstanceId(complaint.getId()).taskDefinitionKey("Task_RecordAmendmentDetails")
                .singleResult();

        BrowserJourney.run(port, "amendment-outside-jurisdiction", Map.of("taskId", details.getId(),
                "swornOn", daysAgo(3).toString()));

        assertThat(historyService().createHistoricActivityInstanceQuery().processInstanceId(complaint.getId())
                .activityId("End_AmendmentNotServed").count()).isOne();
    }
}
