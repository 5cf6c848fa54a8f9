package org.civilrights.workflow.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.util.Map;

import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;

/**
 * One complaint through every stage, each task done the way staff do it in Tasklist, no stage
 * skipped: filing, service, answers, reply and review, mediation, investigation, reasonable cause
 * and a conciliation agreement. Proves that the stages hand each other what they need.
 */
class ComplaintLifeTest extends ComplaintScenario {

    @Test
    void fromFilingToConciliationAgreement() {
        fileComplaint(LocalDate.of(2026, 3, 2), Map.of());
        ProcessInstance intake = stage("complaint-intake");
        complete(task(intake), Map.of("timely", "true", "allegesDiscriminatoryPractice", "true", "reviewNotes", "Timely."));
        today(LocalDate.of(2026, 3, 9));
        for (Task service : taskQuery().processInstanceId(intake.getId()).list()) {
            complete(service, Map.of("serviceMethod", "CERTIFIED_MAIL", "sentOn", "2026-03-04",
                    "respondentReceivedOn", "2026-03-06"));
        }

        // 46a-54-43a: both answer within 30 days of receipt (due Monday 6 April)
        today(LocalDate.of(2026, 4, 1));
        for (ProcessInstance answer : processInstanceQuery().processDefinitionKey("complaint-answer")
                .processInstanceBusinessKey(docket).list()) {
            complete(task(answer), Map.of("filingType", "ANSWER", "answeredOn", "2026-04-01", "answerSworn", true));
        }

        // 46a-54-48a, 49a: no reply; the review retains the complaint
        ProcessInstance review = stage("complaint-merit-assessment");
        Job replyOver = jobQuery().processInstanceId(review.getId()).activityId("Timer_ReplyOver").singleResult();
        at(LocalDate.of(2026, 4, 20), 0);
        execute(replyOver);
        at(LocalDate.of(2026, 5, 2), 0); // 30 days after the answers: Friday 1 May (46a-54-49a(a))
        execute(jobQuery().processInstanceId(review.getId()).activityId("Timer_InfoWindowOver").singleResult());
        today(LocalDate.of(2026, 5, 4));
        complete(task(review), Map.of("reviewDecision", "RETAIN", "retentionNoticeMethod", "FIRST_CLASS_MAIL",
                "reviewReasons", "States a claim."));

        // 46a-54-56a: no mediation
        ProcessInstance mediation = stage("complaint-mediation");
        complete(task(mediation), Map.of("orderMediation", "false", "mediationOrderReasons", "No."));

        // 46a-54-59a, 60a: findings, comments, reasonable cause, conciliation
        ProcessInstance investigation = stage("complaint-investigation");
        assertThat(task(investigation).getDueDate()).as("190 days after the review (4 May)")
                .isEqualTo(endOf(LocalDate.of(2026, 11, 10)));
        today(LocalDate.of(2026, 8, 3));
        complete(task(investigation), Map.of("investigationResult", "FINDINGS_READY", "investigationNotes", "Done."));
        complete(task(investigation), Map.of("commentsMailedOn", "2026-08-03"));
        at(LocalDate.of(2026, 8, 19), 0);
        execute(jobQuery().processInstanceId(investigation.getId()).activityId("Timer_CommentsOver").singleResult());
        complete(task(investigation), Map.of("determination", "REASONABLE_CAUSE", "findings", "Comparators treated better.",
                "findingSentOn", "2026-08-19", "findingMethod", "CERTIFIED_MAIL"));
        complete(task(investigation), Map.of("conciliated", "true", "conciliationNotes", "Back pay."));

        assertThat(complaint).isEnded().hasPassed("CallActivity_Intake", "CallActivity_Answer", "CallActivity_MeritAssessment",
                "CallActivity_Mediation", "CallActivity_Investigation", "End_Conciliation");
        assertThat(record().disposition()).isEqualTo(Disposition.CONCILIATION_AGREEMENT.name());
        assertThat(caseFile.deadlines(docket)).extracting(CaseFile.Deadline::deadline).contains(
                ComplaintIntake.SERVICE_DEADLINE, AnswerPeriod.ANSWER_DEADLINE, MeritAssessment.REPLY_DEADLINE,
                MeritAssessment.REVIEW_DEADLINE, Investigation.DEADLINE, Investigation.COMMENTS_DEADLINE);
        assertThat(caseFile.deadlines(docket)).filteredOn(d -> d.deadline().equals(Investigation.DEADLINE))
                .singleElement().satisfies(d -> assertThat(d.status()).isEqualTo(CaseFile.DeadlineStatus.MET));
        assertThat(runtimeService().createProcessInstanceQuery().processInstanceBusinessKey(docket).count())
                .as("no stage left behind").isZero();
    }
}
