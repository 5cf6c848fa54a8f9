package org.civilrights.workflow.closure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.civilrights.workflow.planreview.PlanReview;
import org.civilrights.workflow.process.ProcessTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * A closure recorded after the fact moves a plan's due date (46a-68-51(d)), and with it the 90 days of an early
 * plan (51(e), 62(b)); it does not move the periods no rule extends, which the diagrams end with
 * {@code deadlines.endOfExactly} (46a-68j-42, 46a-68-62(b); docs/legal-readings.md 2.2 to 2.4).
 * Dates in 2031, which no other test uses.
 */
class OfficeClosureOtherProceduresTest extends ProcessTest {

    @Autowired TestRestTemplate http;
    @Autowired PlanReview plans;

    @Test
    @SuppressWarnings("unchecked")
    void aContractorsFifteenDaysEndOnTheirDayEvenWhenItIsClosed_46a_68j_42() {
        LocalDate storm = LocalDate.of(2031, 6, 11); // Wednesday: 15 days after Tuesday 27 May
        today(LocalDate.of(2031, 5, 27));
        String definition = repositoryService().createProcessDefinitionQuery().processDefinitionKey("contractor-noncompliance")
                .latestVersion().singleResult().getId();
        ProcessInstance notice = formService().submitStartForm(definition, Map.of("contractor", "Closure Test Paving LLC",
                "contractorFein", "06-2031061", "awardingAgency", "Department of Transportation", "presidingOfficer", "Hon. D. Presiding",
                "findingOn", "2031-05-27", "issuedOn", "2031-05-27"));
        complete(task(notice), Map.of("copyMethod", "CERTIFIED_MAIL", "agencyCopySentOn", "2031-05-27",
                "attorneyGeneralCopySentOn", "2031-05-27"));
        assertThat(task(notice)).hasDefinitionKey("Task_RecordStatement");
        assertThat(task(notice).getDueDate()).isEqualTo(endOf(storm));
        assertThat(timerDue(notice)).isEqualTo(endOf(storm));

        ResponseEntity<Map> response = record(storm);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat((List<Map<String, Object>>) response.getBody().get("moved"))
                .noneMatch(m -> notice.getId().equals(m.get("processInstanceId")));
        assertThat(timerDue(notice)).as("endOfExactly: not moved").isEqualTo(endOf(storm));
        assertThat(task(notice).getDueDate()).isEqualTo(endOf(storm));
        assertThat(runtimeService().getVariable(notice.getId(), "statementDueOn")).isEqualTo("2031-06-11");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aPlanDueOnADayLaterDeclaredClosedIsDueTheNextBusinessDay_46a_68_51_d_e() {
        // Appendix A: both agencies are due 15 April, in 2031 a Tuesday
        LocalDate due = LocalDate.of(2031, 4, 15);
        LocalDate nextOpen = LocalDate.of(2031, 4, 16);
        String waiting = "Military Department";
        String early = "Tunxis Community-Technical College";
        today(LocalDate.of(2031, 3, 20));
        ProcessInstance watch = runtimeService().startProcessInstanceByKey("aa-plan-due", waiting + " " + due,
                Map.of("agency", waiting, "dueOn", due.toString()));
        assertThat(timerDue(watch)).isEqualTo(endOf(due));
        // filed two weeks early: deemed filed on 15 April (51(e)); day 90 is Monday 14 July
        ProcessInstance review = fileAPlan(early, due, LocalDate.of(2031, 4, 1));
        String planId = early + " " + due;
        assertThat(plans.get(planId).defaultApprovalOn()).isEqualTo("2031-07-14");
        assertThat(timerDue(review)).isEqualTo(endOf(LocalDate.of(2031, 7, 14)));

        ResponseEntity<Map> response = record(due);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(timerDue(watch)).as("the watch of the plan not yet filed").isEqualTo(endOf(nextOpen));
        assertThat(runtimeService().getVariable(watch.getId(), "dueOn")).isEqualTo(nextOpen.toString());
        PlanReview.Plan plan = plans.get(planId);
        assertThat(plan.dueOn()).isEqualTo(nextOpen);
        assertThat(plan.deemedFiledOn()).as("51(e): deemed filed on the moved due date").isEqualTo(nextOpen);
        assertThat(plan.defaultApprovalOn()).as("62(b): 90 days from then").isEqualTo("2031-07-15");
        assertThat(timerDue(review)).isEqualTo(endOf(LocalDate.of(2031, 7, 15)));
        assertThat(task(review).getDueDate()).isEqualTo(endOf(LocalDate.of(2031, 7, 15)));
        assertThat(runtimeService().getVariable(review.getId(), "defaultApprovalOn")).isEqualTo("2031-07-15");
        List<Map<String, Object>> moved = (List<Map<String, Object>>) response.getBody().get("moved");
        assertThat(moved).filteredOn(m -> watch.getId().equals(m.get("processInstanceId")))
                .extracting(m -> m.get("kind")).containsExactlyInAnyOrder("TIMER", "VARIABLE");
        assertThat(moved).filteredOn(m -> planId.equals(m.get("caseKey"))).extracting(m -> m.get("kind"))
                .containsExactlyInAnyOrder("PLAN_DUE_ON", "PLAN_DEEMED_FILED_ON", "PLAN_DEFAULT_APPROVAL_ON", "VARIABLE",
                        "VARIABLE", "VARIABLE", "TIMER", "TASK_DUE_DATE");

        // the waiting agency files on the moved due date: its watch ends
        today(nextOpen);
        fileAPlan(waiting, nextOpen, nextOpen);
        assertThat(watch).isEnded().hasPassed("Event_PlanFiled");

        // the 90th day is not moved by a closure (62(b)): the review's timer ends on its day
        ResponseEntity<Map> ninetieth = record(LocalDate.of(2031, 7, 15));
        assertThat((List<Map<String, Object>>) ninetieth.getBody().get("moved"))
                .noneMatch(m -> review.getId().equals(m.get("processInstanceId")));
        assertThat(timerDue(review)).isEqualTo(endOf(LocalDate.of(2031, 7, 15)));
        assertThat(plans.get(planId).defaultApprovalOn()).isEqualTo("2031-07-15");
    }

    @Test
    void aClosureEnteredInTheConfigurationLaterMovesWhatWasScheduledBeforeAtStartUp_46a_68_51_d(
            @Autowired OfficeClosures closures) {
        // the configuration of the tests closes Monday 3 June 2030; a watch scheduled before it said so
        LocalDate closed = LocalDate.of(2030, 6, 3);
        today(LocalDate.of(2030, 5, 1));
        ProcessInstance watch = runtimeService().startProcessInstanceByKey("aa-plan-due", "Closure Test Agency " + closed,
                Map.of("agency", "Closure Test Agency", "dueOn", closed.toString()));
        managementService().setJobDuedate(jobQuery().processInstanceId(watch.getId()).singleResult().getId(), endOf(closed));

        closures.run(null);

        assertThat(timerDue(watch)).isEqualTo(endOf(LocalDate.of(2030, 6, 4)));
        assertThat(runtimeService().getVariable(watch.getId(), "dueOn")).isEqualTo("2030-06-04");
        assertThat(closures.moves(closed)).filteredOn(m -> watch.getId().equals(m.processInstanceId()))
                .extracting(Move::kind, Move::movedBy)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(Move.Kind.TIMER, "start-up"),
                        org.assertj.core.groups.Tuple.tuple(Move.Kind.VARIABLE, "start-up"));
    }

    private ProcessInstance fileAPlan(String agency, LocalDate due, LocalDate filed) {
        today(filed);
        String definition = repositoryService().createProcessDefinitionQuery().processDefinitionKey("aa-plan-review")
                .latestVersion().singleResult().getId();
        return formService().submitStartForm(definition, Map.of("agency", agency, "dueOn", due.toString(),
                "planFiledOn", filed.toString()));
    }

    private ResponseEntity<Map> record(LocalDate day) {
        return http.withBasicAuth("demo", "demo").postForEntity("/api/closures",
                Map.of("date", day.toString(), "reason", "Offices closed by the Governor (test)"), Map.class);
    }

    private static Date timerDue(ProcessInstance instance) {
        return jobQuery().processInstanceId(instance.getId()).timers().singleResult().getDuedate();
    }
}
