package org.civilrights.workflow.planreview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.civilrights.workflow.calendar.LegalCalendar;
import org.civilrights.workflow.process.ProcessTest;
import org.civilrights.workflow.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** aa-filing-privilege: annual filing after a formally approved plan, on the three factors, and its rescission (46a-68-52). */
class FilingPrivilegeProcessTest extends ProcessTest {

    @Autowired PlanReview plans;
    @Autowired PlanDueDates dueDates;
    @Autowired LegalCalendar calendar;
    @Autowired JdbcClient jdbc;

    @Test
    void annualFilingIsGrantedOnlyAfterAFormallyApprovedPlanAndOnTheThreeFactors_thenRescinded_46a_68_52() {
        String agency = "Labor Department";
        today(LocalDate.of(2026, 10, 1));
        plan(agency, "2026-02-17", "DISAPPROVED");
        ProcessInstance petition = raise(agency, "PETITION");
        assertThat(task(petition)).hasDefinitionKey("Task_DecidePrivilege").hasCandidateGroup(Role.COMMISSIONER.groupId());
        assertThat((String) runtimeService().getVariable(petition.getId(), "privilegeRecord"))
                .contains("plan due 2026-02-17, filed 2026-02-17: disapproved");
        assertThatThrownBy(() -> complete(task(petition), decision("GRANT", true)))
                .hasMessageContaining("formally approved").hasMessageContaining("46a-68-52(a)");

        plan(agency, "2026-08-17", "APPROVED");
        assertThatThrownBy(() -> complete(task(petition), decision("GRANT", false)))
                .as("all three factors").hasMessageContaining("46a-68-52(a)(1)-(3)");
        complete(task(petition), decision("GRANT", true));

        assertThat(petition).isEnded().hasPassed("End_PrivilegeDecided");
        assertThat(plans.schedule().find(agency).orElseThrow().frequency()).isEqualTo(PlanFrequency.ANNUAL);
        assertThat(dueDates.nextDueOn(agency, LocalDate.of(2026, 10, 1))).as("no February 2027 filing: the next is August")
                .contains(LocalDate.of(2027, 8, 16));

        ProcessInstance rescission = raise(agency, "RESCISSION");
        Map<String, Object> noReasons = decision("RESCIND", false);
        assertThatThrownBy(() -> complete(task(rescission), noReasons)).hasMessageContaining("46a-68-52(b)");
        Map<String, Object> rescind = decision("RESCIND", false);
        rescind.put("privilegeReasons", "Two compliance summary reports missing in 2026.");
        assertThatThrownBy(() -> complete(task(rescission), decision("GRANT", true)))
                .as("a rescission is not a petition").hasMessageContaining("privilegeDecision");
        complete(task(rescission), rescind);

        assertThat(plans.schedule().find(agency).orElseThrow().frequency()).isEqualTo(PlanFrequency.SEMIANNUAL);
        assertThat(dueDates.nextDueOn(agency, LocalDate.of(2026, 10, 1))).contains(LocalDate.of(2027, 2, 16));
    }

    @Test // review W-3
    void grantingAnnualFilingEndsTheWatchOfADateNoLongerDueAndWatchesTheNextAnnualDate_46a_68_51_a_52_a() {
        // the review's case (Revenue Services, 15 January), on a 30 January agency that no other test files for:
        // the plan due 30 January 2026 approved, the watch of 30 July 2026 (six months thereafter) running
        String agency = "Office of the State Treasurer";
        today(LocalDate.of(2026, 3, 1));
        plan(agency, "2026-01-30", "APPROVED");
        DueDateDelegates.watch(runtimeService(), agency, LocalDate.of(2026, 7, 30));
        ProcessInstance july = watchOf(agency, "2026-07-30");

        complete(task(raise(agency, "PETITION", "2026-03-01")), decision("GRANT", true, "2026-03-01"));

        // 51(a): an annual filer is due on the date of Appendix A only
        assertThat(july).isEnded().hasPassed("End_NoLongerDue");
        assertThat(jobQuery().processInstanceId(july.getId()).count()).as("no timer for 30 July 2026").isZero();
        assertThat((String) historyService().createHistoricVariableInstanceQuery().processInstanceId(july.getId())
                .variableName("scheduleChange").singleResult().getValue())
                .contains("annual filing granted on 2026-03-01").contains("2026-07-30 is no longer a due date")
                .contains("46a-68-51(a), 52(a)");
        // 30 January 2027 is a Saturday: Monday 1 February (51(d)); one watch, however many times it is asked for
        assertThat(watchesOf(agency, "2027-02-01")).as("the next annual due date watched, once").isOne();
    }

    @Test // review W-3
    void rescindingAnnualFilingWatchesTheNextSemiannualDate_46a_68_51_b_52_b() {
        String agency = "Department of Information Technology";
        today(LocalDate.of(2026, 3, 1));
        plan(agency, "2026-01-30", "APPROVED");
        complete(task(raise(agency, "PETITION", "2026-03-01")), decision("GRANT", true, "2026-03-01"));
        DueDateDelegates.watch(runtimeService(), agency, LocalDate.of(2027, 2, 1)); // the annual date, running
        assertThat(watchesOf(agency, "2026-07-30")).as("annual: 30 July is no due date").isZero();

        today(LocalDate.of(2026, 4, 1));
        Map<String, Object> rescind = decision("RESCIND", false, "2026-04-01");
        rescind.put("privilegeReasons", "The compliance summary report of December 2025 was not filed.");
        complete(task(raise(agency, "RESCISSION", "2026-04-01")), rescind);

        // 51(b): semiannual again, so 30 July 2026 is due and watched; 1 February 2027 stays a due date and its
        // watch runs on
        assertThat(watchesOf(agency, "2026-07-30")).as("the next semiannual due date watched").isOne();
        assertThat(watchesOf(agency, "2027-02-01")).isOne();
    }

    @Test // review W-3
    void aGrantDecidedBeforeADueDateButEnteredAfterItEndsTheQuestionOfAComplaint_46a_68_52_71_3() {
        // the commission granted annual filing on 20 July 2026; the decision is entered on 3 August, after the
        // watch of 30 July asked whether to issue a complaint: that date was not due, so there is nothing to ask
        String agency = "Office of Consumer Counsel";
        today(LocalDate.of(2026, 7, 10));
        plan(agency, "2026-01-30", "APPROVED");
        DueDateDelegates.watch(runtimeService(), agency, LocalDate.of(2026, 7, 30));
        ProcessInstance july = watchOf(agency, "2026-07-30");
        at(LocalDate.of(2026, 7, 31), 0);
        execute(jobQuery().processInstanceId(july.getId()).timers().singleResult());
        assertThat(july).isWaitingAt("Task_ConsiderComplaint");

        today(LocalDate.of(2026, 8, 3));
        complete(task(raise(agency, "PETITION", "2026-07-15")), decision("GRANT", true, "2026-07-20"));

        assertThat(july).isEnded().hasPassed("End_NoLongerDue");
        assertThat(taskQuery().processInstanceId(july.getId()).count()).isZero();
        assertThat(watchesOf(agency, "2027-02-01")).isOne();
    }

    @Test // review W-12
    void aPlanStillUnderReviewDoesNotStandInTheWayOfThePetition_theLatestDecidedPlanMustBeFormallyApproved_46a_68_52_a() {
        // the May plan approved by vote; the November plan filed and still under review when the agency petitions
        String agency = "Teachers' Retirement Board";
        today(LocalDate.of(2026, 12, 1));
        plan(agency, "2026-05-15", "APPROVED");
        plan(agency, "2026-11-16", "UNDER_REVIEW");

        complete(task(raise(agency, "PETITION", "2026-12-01")), decision("GRANT", true, "2026-12-01"));

        assertThat(plans.schedule().find(agency).orElseThrow().frequency()).isEqualTo(PlanFrequency.ANNUAL);
    }

    @Test // review W-12
    void anApprovalByDefaultIsNoFormalApprovalForThePetition_46a_68_52_a_62_b() {
        String agency = "Office of the Child Advocate";
        today(LocalDate.of(2026, 12, 1));
        plan(agency, "2026-04-30", "APPROVED_BY_DEFAULT");
        plan(agency, "2026-10-30", "DISAPPROVED");
        plan(agency, "2027-04-30", "UNDER_REVIEW"); // filed early (51(e))
        ProcessInstance petition = raise(agency, "PETITION", "2026-12-01");

        assertThatThrownBy(() -> complete(task(petition), decision("GRANT", true, "2026-12-01")))
                .hasMessageContaining("the commission has not formally approved a plan of " + agency)
                .hasMessageContaining("an approval by default (62(b)) is not a formal approval")
                .hasMessageContaining("46a-68-52(a)");
        assertThat(plans.schedule().find(agency).orElseThrow().frequency()).isEqualTo(PlanFrequency.SEMIANNUAL);
    }

    @Test // review R-8
    void onceAPlanWasFormallyApprovedALaterApprovalByDefaultIsWeighedNotABar_46a_68_52_a() {
        // the January plan approved by vote, the July plan approved by default: the commission may still grant,
        // weighing the record it is shown under (a)(1)-(3)
        String agency = "Western Connecticut State University";
        today(LocalDate.of(2026, 12, 1));
        plan(agency, "2026-01-30", "APPROVED");
        plan(agency, "2026-07-30", "APPROVED_BY_DEFAULT");
        ProcessInstance petition = raise(agency, "PETITION", "2026-12-01");
        assertThat((String) runtimeService().getVariable(petition.getId(), "privilegeRecord"))
                .contains("approved by default");

        complete(task(petition), decision("GRANT", true, "2026-12-01"));

        assertThat(plans.schedule().find(agency).orElseThrow().frequency()).isEqualTo(PlanFrequency.ANNUAL);
    }

    private ProcessInstance watchOf(String agency, String due) {
        return processInstanceQuery().processDefinitionKey(DueDateDelegates.PROCESS)
                .processInstanceBusinessKey(agency + " " + due).singleResult();
    }

    private long watchesOf(String agency, String due) {
        return processInstanceQuery().processDefinitionKey(DueDateDelegates.PROCESS)
                .processInstanceBusinessKey(agency + " " + due).count();
    }

    private void plan(String agency, String due, String status) {
        jdbc.sql("""
                INSERT INTO aa_plan (plan_id, agency, due_on, filed_on, deemed_filed_on, default_approval_on, status)
                VALUES (:id, :a, :d, :d, :d, :d, :s)
                """).param("id", agency + " " + due).param("a", agency).param("d", LocalDate.parse(due)).param("s", status)
                .update();
    }

    private ProcessInstance raise(String agency, String action) {
        return raise(agency, action, "2026-10-01");
    }

    private ProcessInstance raise(String agency, String action, String raisedOn) {
        String definition = engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey("aa-filing-privilege")
                .latestVersion().singleResult().getId();
        return engine.getFormService().submitStartForm(definition, Map.of("agency", agency, "privilegeAction", action,
                "privilegeRaisedOn", raisedOn));
    }

    private static Map<String, Object> decision(String decision, boolean allFactors) {
        return decision(decision, allFactors, "2026-10-01");
    }

    private static Map<String, Object> decision(String decision, boolean allFactors, String decidedOn) {
        Map<String, Object> form = new HashMap<>();
        form.put("factorTimely", true);
        form.put("factorCompliant", true);
        form.put("factorGoodFaith", allFactors);
        form.put("privilegeDecision", decision);
        form.put("privilegeDecidedOn", decidedOn);
        return form;
    }
}
