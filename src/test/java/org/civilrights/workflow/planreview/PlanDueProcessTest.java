package org.civilrights.workflow.planreview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.util.Map;

import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.civilrights.workflow.process.ProcessTest;
import org.civilrights.workflow.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** aa-plan-due: every agency's due date is watched; a missing plan may become a commission complaint (46a-68-51, 71). */
class PlanDueProcessTest extends ProcessTest {

    @Test
    void everyAgencyOfAppendixAHasItsNextDueDateWatched_46a_68_51(@Autowired PlanDueDates dueDates) {
        // every agency, including one whose name begins another's (University of Connecticut / ... Health Center)
        assertThat(dueDates.agencies()).hasSize(82).allSatisfy(agency -> assertThat(processInstanceQuery()
                .processDefinitionKey(DueDateDelegates.PROCESS).variableValueEquals("agency", agency).count())
                .as(agency).isPositive());
    }

    @Test // review W-4
    void theSpringDueDateOfAnAgencyDatedJulyToDecemberIsNotSkipped_46a_68_51_b(@Autowired PlanDueDates dueDates) {
        // 15 September and six months thereafter: 15 March 2026 is a Sunday, so Monday 16 March (51(d))
        assertThat(dueDates.nextDueOn("Department of Administrative Services", LocalDate.of(2026, 2, 1)))
                .contains(LocalDate.of(2026, 3, 16));
        // 30 December and six months thereafter: 30 June 2026
        assertThat(dueDates.nextDueOn("Insurance Department", LocalDate.of(2026, 3, 1)))
                .contains(LocalDate.of(2026, 6, 30));
        assertThat(dueDates.nextDueOn("Department of Administrative Services", LocalDate.of(2026, 3, 17)))
                .contains(LocalDate.of(2026, 9, 15));
    }

    @Test
    void aPlanNotFiledByItsDueDateMayBecomeACommissionComplaint_46a_68_71() {
        String agency = "Freedom of Information Commission";
        // due 30 August 2026, a Sunday: Monday the 31st (46a-68-51(d))
        ProcessInstance watch = watch(agency, LocalDate.of(2026, 8, 31));
        Job late = jobQuery().processInstanceId(watch.getId()).timers().singleResult();
        assertThat(late.getDuedate()).isEqualTo(endOf(LocalDate.of(2026, 8, 31)));

        at(LocalDate.of(2026, 9, 1), 0);
        execute(late);
        assertThat(task(watch)).hasDefinitionKey("Task_ConsiderComplaint").hasCandidateGroup(Role.PLAN_REVIEWER.groupId());
        today(LocalDate.of(2026, 9, 10));
        assertThatThrownBy(() -> complete(task(watch), Map.of("issueComplaint", "true", "commissionVoteOn", "2026-08-31",
                "missingPlanNotes", "Vote 6-1."))).as("a vote on the due date itself")
                .hasMessageContaining("commissionVoteOn").hasMessageContaining("71(3)");
        assertThat(task(watch)).as("a refused submission changes nothing").hasDefinitionKey("Task_ConsiderComplaint");
        complete(task(watch), Map.of("issueComplaint", "true", "commissionVoteOn", "2026-09-09", "missingPlanNotes", "Vote 6-1."));

        ProcessInstance complaint = runtimeService().createProcessInstanceQuery().processDefinitionKey("complaint-processing")
                .processInstanceId((String) historyService().createHistoricVariableInstanceQuery()
                        .processInstanceId(watch.getId()).variableName("complaintInstanceId").singleResult().getValue())
                .singleResult();
        assertThat(complaint).isWaitingAt("CallActivity_Intake");
        assertThat((String) runtimeService().getVariable(complaint.getId(), "caseTitle"))
                .isEqualTo("Commission on Human Rights and Opportunities v. " + agency);
        assertThat(watch).isEnded().hasPassed("Task_WatchNextDueDate");
        assertThat(processInstanceQuery().processDefinitionKey(DueDateDelegates.PROCESS)
                .processInstanceBusinessKey(agency + " 2027-03-01").count())
                .as("six months after 30 August is the end of February: Sunday 28 February 2027, so Monday 1 March").isOne();
    }

    @Test
    void aFiledPlanEndsTheWatchOfItsDueDate_46a_68_51() {
        String agency = "Connecticut Siting Council";
        LocalDate due = LocalDate.of(2026, 8, 31);
        ProcessInstance watch = watch(agency, due);
        today(LocalDate.of(2026, 8, 20));

        String definition = engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey("aa-plan-review")
                .latestVersion().singleResult().getId();
        engine.getFormService().submitStartForm(definition, Map.of("agency", agency, "dueOn", due.toString(),
                "planFiledOn", "2026-08-20"));

        assertThat(watch).isEnded().hasPassed("Event_PlanFiled");
    }

    @Test // review D-17
    void aPlanFiledOnItsDueDateButRegisteredAfterItEndsTheQuestionOfAComplaint_46a_68_51_71_3() {
        // due Monday 30 November 2026 (six months after 30 May); filed that day, registered the next morning
        String agency = "Office of State Ethics";
        LocalDate due = LocalDate.of(2026, 11, 30);
        ProcessInstance watch = watch(agency, due);
        at(LocalDate.of(2026, 12, 1), 0);
        execute(jobQuery().processInstanceId(watch.getId()).timers().singleResult());
        assertThat(watch).isWaitingAt("Task_ConsiderComplaint");

        today(LocalDate.of(2026, 12, 1));
        file(agency, due, due);

        // the filing date decides, not the day of entry: the agency did not fail to submit its plan (71(3))
        assertThat(watch).isEnded().hasPassed("Event_PlanFiledOnTime", "Task_WatchNextDueDate")
                .hasNotPassed("Task_StartCommissionComplaint");
        assertThat((String) historyService().createHistoricVariableInstanceQuery().processInstanceId(watch.getId())
                .variableName("planFiledOn").singleResult().getValue()).isEqualTo("2026-11-30");
        assertThat(processInstanceQuery().processDefinitionKey(DueDateDelegates.PROCESS)
                .processInstanceBusinessKey(agency + " 2027-06-01").count())
                .as("30 May 2027 is a Sunday and the 31st Memorial Day: Tuesday 1 June").isOne();
    }

    @Test // review D-17
    void aPlanFiledAfterItsDueDateLeavesTheQuestionOfAComplaintOpen_46a_68_71_3() {
        String agency = "Norwalk Community-Technical College";
        LocalDate due = LocalDate.of(2026, 11, 30);
        ProcessInstance watch = watch(agency, due);
        at(LocalDate.of(2026, 12, 1), 0);
        execute(jobQuery().processInstanceId(watch.getId()).timers().singleResult());

        today(LocalDate.of(2026, 12, 1));
        file(agency, due, LocalDate.of(2026, 12, 1));

        assertThat(watch).as("the plan was not submitted by its due date").isWaitingAt("Task_ConsiderComplaint");
    }

    private void file(String agency, LocalDate due, LocalDate filedOn) {
        String definition = engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey("aa-plan-review")
                .latestVersion().singleResult().getId();
        engine.getFormService().submitStartForm(definition, Map.of("agency", agency, "dueOn", due.toString(),
                "planFiledOn", filedOn.toString()));
    }

    private ProcessInstance watch(String agency, LocalDate due) {
        today(due.minusDays(20));
        DueDateDelegates.watch(runtimeService(), agency, due);
        return processInstanceQuery().processDefinitionKey(DueDateDelegates.PROCESS)
                .processInstanceBusinessKey(agency + " " + due).singleResult();
    }
}
