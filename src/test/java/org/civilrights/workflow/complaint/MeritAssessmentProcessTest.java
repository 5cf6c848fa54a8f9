package org.civilrights.workflow.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.util.Map;

import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.civilrights.workflow.security.Role;
import org.junit.jupiter.api.Test;

/** The complainant's reply and the merit assessment review: complaint-merit-assessment (46a-54-48a, 49a, 65a(a)). */
class MeritAssessmentProcessTest extends ComplaintScenario {

    @org.springframework.beans.factory.annotation.Autowired Receipts receipts;

    private static final LocalDate FILED = LocalDate.of(2026, 3, 2);
    /** The last answer: 2 April 2026. 90 days later: Wednesday 1 July. */
    private static final LocalDate LAST_ANSWER = LocalDate.of(2026, 4, 2);
    private static final LocalDate REVIEW_DUE = LocalDate.of(2026, 7, 1);
    /** Presumed received 5 April; 15 days later: Monday 20 April. */
    private static final LocalDate REPLY_DUE = LocalDate.of(2026, 4, 20);

    private ProcessInstance review;

    private void reviewStarts(Map<String, Object> changes) {
        fileComplaint(FILED, changes);
        today(LAST_ANSWER);
        answered(LocalDate.of(2026, 4, 1), LAST_ANSWER);
        jumpTo("CallActivity_MeritAssessment");
        review = stage("complaint-merit-assessment");
    }

    @Test
    void theReviewIsDueNinetyDaysAfterTheLastAnswerAndWaitsForTheReply_46a_54_48a_49a() {
        reviewStarts(Map.of());

        assertThat(review).isWaitingAt("Task_RecordReply", "Task_RecordAdditionalInfo");
        assertThat(task("Task_RecordReply", review).getDueDate()).isEqualTo(endOf(REPLY_DUE));
        // 30 days after the answer of 2 April: Saturday 2 May, so Monday 4 May (46a-54-49a(a))
        assertThat(task("Task_RecordAdditionalInfo", review).getDueDate()).isEqualTo(endOf(LocalDate.of(2026, 5, 4)));
        assertThat(caseFile.deadlines(docket)).extracting(CaseFile.Deadline::deadline, CaseFile.Deadline::dueOn)
                .contains(org.assertj.core.groups.Tuple.tuple(MeritAssessment.REVIEW_DEADLINE, REVIEW_DUE),
                        org.assertj.core.groups.Tuple.tuple(MeritAssessment.REPLY_DEADLINE, REPLY_DUE));
        assertThat(record().stage()).isEqualTo("MERIT_ASSESSMENT");
    }

    @Test // review F06
    void aHousingComplaintIsNotReviewedAndGoesToInvestigationWithoutMandatoryMediation_46a_54_49a_c_56a_a() {
        reviewStarts(Map.of("housingClaim", true));

        assertThat(historyService().createHistoricActivityInstanceQuery().activityId("End_NotReviewed")
                .processInstanceId(historyService().createHistoricProcessInstanceQuery().processInstanceBusinessKey(docket)
                        .processDefinitionKey("complaint-merit-assessment").singleResult().getId()).count()).isOne();
        assertThat(complaint).as("56a(a): mediation follows a merit assessment review, which housing complaints do not have")
                .isWaitingAt("CallActivity_Investigation").hasNotPassed("CallActivity_Mediation");
        assertThat(stage("complaint-mediation")).isNull();
    }

    @Test
    void noReplyWithinFifteenDaysTheReviewGoesOn_46a_54_48a() {
        reviewStarts(Map.of());
        Job replyTimer = jobQuery().processInstanceId(review.getId()).timers().activityId("Timer_ReplyOver").singleResult();
        assertThat(replyTimer.getDuedate()).isEqualTo(endOf(REPLY_DUE));

        at(REPLY_DUE.plusDays(1), 0);
        execute(replyTimer);
        assertThat(review).as("the respondent's 30 days are still running").isWaitingAt("Task_RecordAdditionalInfo");
        at(LocalDate.of(2026, 5, 5), 0);
        execute(jobQuery().processInstanceId(review.getId()).activityId("Timer_InfoWindowOver").singleResult());

        assertThat(review).isWaitingAt("Task_ReviewMerits");
        assertThat(task(review)).hasCandidateGroup(Role.EXECUTIVE_DIRECTOR.groupId());
        assertThat(task(review).getDueDate()).isEqualTo(endOf(REVIEW_DUE));
    }

    @Test
    void aReplyArrivingAsAMessageIsRecorded_46a_54_48a() {
        reviewStarts(Map.of());
        today(LocalDate.of(2026, 4, 14));

        runtimeService().createMessageCorrelation("ReplyFiled").processInstanceBusinessKey(docket)
                .setVariable("replyReceivedOn", "2026-04-14").correlate();

        assertThat(review).isWaitingAt("Task_RecordAdditionalInfo").isNotWaitingAt("Task_RecordReply");
        assertThat(caseFile.deadlines(docket)).filteredOn(d -> d.deadline().equals(MeritAssessment.REPLY_DEADLINE))
                .singleElement().satisfies(d -> assertThat(d.status()).isEqualTo(CaseFile.DeadlineStatus.MET));
    }

    @Test
    void additionalInformationWaitsFifteenDaysForTheComplainantsResponse_46a_54_49a_a() {
        reviewStarts(Map.of());
        complete(task("Task_RecordReply", review), Map.of("replyAction", "REPLY", "replyReceivedOn", LAST_ANSWER.toString()));
        today(LocalDate.of(2026, 4, 28));
        complete(task("Task_RecordAdditionalInfo", review), Map.of("additionalInfoReceivedOn", "2026-04-27",
                "additionalInfoSentOn", "2026-04-28", "additionalInfoMethod", "FIRST_CLASS_MAIL"));

        Job rebuttal = jobQuery().processInstanceId(review.getId()).activityId("Timer_RebuttalOver").singleResult();
        assertThat(rebuttal.getDuedate()).as("review F16: 15 days after its receipt, estimated 1 May: Saturday 16 May, "
                + "so Monday 18 May").isEqualTo(endOf(LocalDate.of(2026, 5, 18)));
        assertThat(review).isNotWaitingAt("Task_ReviewMerits");
        at(LocalDate.of(2026, 5, 19), 0);
        execute(rebuttal);

        assertThat(review).isWaitingAt("Task_ReviewMerits");
        assertThat(caseFile.notices(docket)).extracting(CaseFile.ServedNotice::notice)
                .contains("Respondent's additional information, for a response within 15 days");
    }

    @Test // review F16
    void theReplyRunsFromTheComplainantsRecordedReceiptOfTheAnswer_46a_54_48a_b_18a_c() {
        fileComplaint(FILED, Map.of());
        today(LocalDate.of(2026, 4, 10));
        answered(LocalDate.of(2026, 4, 1), LAST_ANSWER);
        receipts.recordAnswerCopy(docket, 2, AnswerPeriod.AnswerTo.COMPLAINT, LAST_ANSWER, LAST_ANSWER, "CERTIFIED_MAIL", null);
        receipts.recordAnswerCopy(docket, 1, AnswerPeriod.AnswerTo.COMPLAINT, LocalDate.of(2026, 4, 1),
                LocalDate.of(2026, 4, 1), "CERTIFIED_MAIL", LocalDate.of(2026, 4, 9)); // the green card: received on 9 April
        jumpTo("CallActivity_MeritAssessment");
        review = stage("complaint-merit-assessment");

        assertThat(task("Task_RecordReply", review).getDueDate()).as("15 days after 9 April: Friday 24 April")
                .isEqualTo(endOf(LocalDate.of(2026, 4, 24)));
    }

    @Test // review F16
    void aReceiptProvenLaterMovesTheReplyPeriodWhenItGivesMoreTime_46a_54_48a_b_18a_c() {
        reviewStarts(Map.of());
        Job replyTimer = jobQuery().processInstanceId(review.getId()).activityId("Timer_ReplyOver").singleResult();
        assertThat(replyTimer.getDuedate()).as("estimated: 3 days after the answer of 2 April, then 15").isEqualTo(endOf(REPLY_DUE));
        today(LocalDate.of(2026, 4, 14));

        Complaints.request(engine, docket, "PROOF_OF_RECEIPT", LocalDate.of(2026, 4, 3),
                Map.of("receiptOf", "ANSWER_COPY", "respondentNo", 2));
        assertThat(task("Task_RecordReply", review).getDueDate()).as("an earlier receipt does not shorten the period")
                .isEqualTo(endOf(REPLY_DUE));

        Complaints.request(engine, docket, "PROOF_OF_RECEIPT", LocalDate.of(2026, 4, 10),
                Map.of("receiptOf", "ANSWER_COPY", "respondentNo", 2));

        LocalDate moved = LocalDate.of(2026, 4, 27); // 15 days after 10 April: Saturday 25 April, so Monday 27 April
        assertThat(task("Task_RecordReply", review).getDueDate()).isEqualTo(endOf(moved));
        assertThat(jobQuery().processInstanceId(review.getId()).activityId("Timer_ReplyOver").singleResult().getDuedate())
                .isEqualTo(endOf(moved));
        assertThat(runtimeService().getVariable(review.getId(), "replyDueOn")).isEqualTo(moved.toString());
        assertThat(caseFile.deadlines(docket)).filteredOn(d -> d.deadline().equals(MeritAssessment.REPLY_DEADLINE))
                .singleElement().satisfies(d -> assertThat(d.dueOn()).isEqualTo(moved));
        assertThat(caseFile.notices(docket)).filteredOn(n -> n.notice().startsWith(Receipts.ANSWER_COPY + "Pat Quinn"))
                .singleElement().satisfies(n -> assertThat(n.receivedOn()).isEqualTo("2026-04-10"));
    }

    @Test // review F26
    void theRepliesCertificationThatACopyWentToTheRespondentsIsRecorded_46a_54_48a_e_19a_a_1() {
        reviewStarts(Map.of());
        today(LocalDate.of(2026, 4, 14));

        complete(task("Task_RecordReply", review), Map.of("replyAction", "REPLY", "replyReceivedOn", "2026-04-14",
                "replyCopySentOn", "2026-04-13", "replyCopyMethod", "FIRST_CLASS_MAIL"));

        assertThat(caseFile.notices(docket)).filteredOn(n -> n.notice().equals(Receipts.REPLY_COPY))
                .extracting(CaseFile.ServedNotice::recipient, CaseFile.ServedNotice::sentOn).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Acme Manufacturing LLC", LocalDate.of(2026, 4, 13)),
                        org.assertj.core.groups.Tuple.tuple("Pat Quinn", LocalDate.of(2026, 4, 13)));
    }

    @Test // review F16
    void theFifteenDaysToRespondRunFromTheComplainantsRecordedReceipt_46a_54_49a_a() {
        reviewStarts(Map.of());
        complete(task("Task_RecordReply", review), Map.of("replyAction", "REPLY", "replyReceivedOn", LAST_ANSWER.toString()));
        today(LocalDate.of(2026, 4, 30));
        complete(task("Task_RecordAdditionalInfo", review), Map.of("additionalInfoReceivedOn", "2026-04-27",
                "additionalInfoSentOn", "2026-04-28", "additionalInfoMethod", "CERTIFIED_MAIL",
                "additionalInfoComplainantReceivedOn", "2026-04-29"));

        assertThat(jobQuery().processInstanceId(review.getId()).activityId("Timer_RebuttalOver").singleResult()
                .getDuedate()).as("15 days after 29 April: Thursday 14 May").isEqualTo(endOf(LocalDate.of(2026, 5, 14)));
    }

    @Test // review F16
    void theComplaintsReceiptsCiteNoPresumptionOfTheContractMonitoringRules() throws java.io.IOException {
        try (var files = java.nio.file.Files.walk(java.nio.file.Path.of("src/main/java/org/civilrights/workflow/complaint"))) {
            assertThat(files.filter(java.nio.file.Files::isRegularFile).map(f -> {
                try {
                    return java.nio.file.Files.readString(f);
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            })).as("46a-68j-32(a) covers contract monitoring forms; 46a-54 has no presumption of receipt")
                    .noneMatch(text -> text.contains("68j-32") || text.contains("presumedReceipt"));
        }
    }

    @Test
    void theComplainantGetsFifteenMoreDaysOnlyAfterARespondentsExtension_46a_54_48a_c() {
        reviewStarts(Map.of());
        today(LocalDate.of(2026, 4, 10));

        assertThatThrownBy(() -> complete(task("Task_RecordReply", review), Map.of("replyAction", "EXTENSION")))
                .hasMessageContaining("only a respondent's extension of time to answer");
        caseFile.open(docket, AnswerPeriod.ANSWER_DEADLINE, "Acme Manufacturing LLC", "46a-54-43a, 45a", LAST_ANSWER);
        complete(task("Task_RecordReply", review), Map.of("replyAction", "EXTENSION"));

        assertThat(task("Task_RecordReply", review).getDueDate()).as("15 days after 20 April: Tuesday 5 May")
                .isEqualTo(endOf(LocalDate.of(2026, 5, 5)));
    }

    @Test
    void aReviewNotDoneInNinetyDaysEscalatesAndGoesOn_46a_54_65a_a() {
        reviewStarts(Map.of());
        replyAndInformationWindowsClose(review);
        Job reviewTimer = jobQuery().processInstanceId(review.getId()).timers().activityId("Timer_ReviewDue").singleResult();
        assertThat(reviewTimer.getDuedate()).isEqualTo(endOf(REVIEW_DUE));

        at(REVIEW_DUE.plusDays(1), 0);
        execute(reviewTimer);

        assertThat(review).isWaitingAt("Task_ReviewMerits", "Task_FollowUpOverdueReview");
        assertThat(task("Task_FollowUpOverdueReview", review)).hasCandidateGroup(Role.REGIONAL_MANAGER.groupId());
        assertThat(record().overdue()).isTrue();
    }

    @Test
    void aDismissalNeedsOneOfTheFourGrounds_46a_54_49a_b() {
        reviewStarts(Map.of());
        replyAndInformationWindowsClose(review);

        assertThatThrownBy(() -> complete(task(review), Map.of("reviewDecision", "DISMISS", "reviewReasons", "Weak.")))
                .hasMessageContaining("dismissalGround: a merit assessment dismissal needs one of the grounds");
        assertThat(review).isWaitingAt("Task_ReviewMerits");
    }

    @Test
    void aMeritAssessmentDismissalIsMailedWithTheRightToReconsideration_46a_54_49a_d() {
        reviewStarts(Map.of());
        replyAndInformationWindowsClose(review);
        today(LocalDate.of(2026, 5, 4));

        complete(task(review), Map.of("reviewDecision", "DISMISS", "dismissalGround", "FRIVOLOUS",
                "reviewReasons", "Frivolous on its face."));

        assertThat(review).isEnded().hasPassed("End_MeritDismissal");
        assertThat(complaint).isWaitingAt("CallActivity_Reconsideration");
        assertThat(record().disposition()).isEqualTo(Disposition.MERIT_ASSESSMENT_DISMISSAL.name());
    }

    @Test
    void aRetainedComplaintIsInvestigatedWithin190DaysOfTheReview_46a_54_49a_e_65a_b() {
        reviewStarts(Map.of());
        replyAndInformationWindowsClose(review);
        today(LocalDate.of(2026, 5, 4));

        complete(task(review), Map.of("reviewDecision", "RETAIN", "retentionNoticeMethod", "FIRST_CLASS_MAIL",
                "reviewReasons", "States a claim."));
        ProcessInstance mediation = stage("complaint-mediation");
        assertThat(task(mediation)).hasDefinitionKey("Task_DecideMediation").hasCandidateGroup(Role.EXECUTIVE_DIRECTOR.groupId());
        today(LocalDate.of(2026, 5, 6));
        complete(task(mediation), Map.of("orderMediation", "false", "mediationOrderReasons", "Parties far apart."));

        assertThat(complaint).isWaitingAt("CallActivity_Investigation");
        ProcessInstance investigation = stage("complaint-investigation");
        assertThat(investigation).isWaitingAt("Task_Investigate");
        // 190 days after Monday 4 May 2026: Tuesday 10 November
        assertThat(task(investigation).getDueDate()).isEqualTo(endOf(LocalDate.of(2026, 11, 10)));
    }

    @Test // review F20
    void aLateSubmissionForGoodCauseHoldsTheReviewUntilTheComplainantsFifteenDaysToRebut_46a_54_49a_a() {
        reviewStarts(Map.of());
        replyAndInformationWindowsClose(review);
        LocalDate late = LocalDate.of(2026, 5, 18);
        today(late);
        Complaints.request(engine, docket, "LATE_INFORMATION", late, Map.of("lateInformationSentOn", late.toString(),
                "lateInformationGoodCause", "The payroll records were recovered from a flooded archive.",
                "lateInformationMethod", "FIRST_CLASS_MAIL"));

        today(LocalDate.of(2026, 5, 26));
        assertThatThrownBy(() -> complete(task(review), Map.of("reviewDecision", "RETAIN", "retentionNoticeMethod", "FIRST_CLASS_MAIL",
                "reviewReasons", "States a claim.")))
                .as("review F16: 15 days from the estimated receipt of 21 May")
                .hasMessageContaining("until 2026-06-05 to rebut");
        today(LocalDate.of(2026, 6, 6));
        complete(task(review), Map.of("reviewDecision", "RETAIN", "retentionNoticeMethod", "FIRST_CLASS_MAIL",
                "reviewReasons", "States a claim."));

        assertThat(caseFile.deadlines(docket)).filteredOn(d -> d.deadline().equals(MeritAssessment.LATE_REBUTTAL_DEADLINE))
                .singleElement().satisfies(d -> assertThat(d.status()).isEqualTo(CaseFile.DeadlineStatus.MET));
    }

    @Test // review F20
    void aLateSubmissionWithoutGoodCauseIsRefused_46a_54_49a_a() {
        reviewStarts(Map.of());
        today(LocalDate.of(2026, 5, 18));
        assertThatThrownBy(() -> Complaints.request(engine, docket, "LATE_INFORMATION", LocalDate.of(2026, 5, 18),
                Map.of("lateInformationSentOn", "2026-05-18"))).hasMessageContaining("lateInformationGoodCause");
    }

    @Test // review F19
    void thePartiesAreSentTheNoticeOfTheDeterminationThatRetainsTheComplaint_46a_54_49a_e_56a_b() {
        reviewStarts(Map.of());
        replyAndInformationWindowsClose(review);
        today(LocalDate.of(2026, 5, 7));

        assertThatThrownBy(() -> complete(task(review), Map.of("reviewDecision", "RETAIN", "reviewReasons",
                "States a claim.", "reviewDecidedOn", "2026-05-04", "retentionNoticeMailedOn", "2026-05-05")))
                .as("review F23").hasMessageContaining("'How the notice was sent' is required");
        complete(task(review), Map.of("reviewDecision", "RETAIN", "retentionNoticeMethod", "CERTIFIED_MAIL",
                "reviewReasons", "States a claim.",
                "reviewDecidedOn", "2026-05-04", "retentionNoticeMailedOn", "2026-05-05"));

        assertThat(caseFile.notices(docket)).filteredOn(n -> n.notice().equals(MeritAssessment.RETENTION_NOTICE))
                .hasSize(3).allSatisfy(n -> {
                    assertThat(n.sentOn()).isEqualTo("2026-05-05");
                    assertThat(n.method()).isEqualTo("CERTIFIED_MAIL");
                    assertThat(n.section()).isEqualTo("46a-54-49a(e), 56a(b)");
                });
    }

    @Test
    void theInvestigationRunsFromTheDayOfTheReviewRecordedNotTheDayItIsEntered_46a_54_65a_b() {
        reviewStarts(Map.of());
        replyAndInformationWindowsClose(review);
        today(LocalDate.of(2026, 5, 7));
        assertThatThrownBy(() -> complete(task(review), Map.of("reviewDecision", "RETAIN", "retentionNoticeMethod", "FIRST_CLASS_MAIL",
                "reviewReasons", "States a claim.",
                "reviewDecidedOn", "2026-05-08"))).hasMessageContaining("Decided on");

        complete(task(review), Map.of("reviewDecision", "RETAIN", "retentionNoticeMethod", "FIRST_CLASS_MAIL",
                "reviewReasons", "States a claim.",
                "reviewDecidedOn", "2026-05-04"));
        complete(task(stage("complaint-mediation")), Map.of("orderMediation", "false", "mediationOrderReasons", "Far apart."));

        // 190 days after Monday 4 May 2026, the day decided, not Thursday the 7th when it was entered: Tuesday 10 November
        assertThat(task(stage("complaint-investigation")).getDueDate()).isEqualTo(endOf(LocalDate.of(2026, 11, 10)));
        assertThat(caseFile.deadlines(docket)).filteredOn(d -> d.deadline().equals(MeritAssessment.REVIEW_DEADLINE))
                .singleElement().satisfies(d -> assertThat(d.closedOn()).isEqualTo("2026-05-04"));
    }

    @Test
    void anAnswerToAnAmendedComplaintMovesThePendingReviewToNinetyDaysAfterIt_46a_54_47a_65a_a() {
        reviewStarts(Map.of());
        replyAndInformationWindowsClose(review);
        assertThat(task("Task_ReviewMerits", review).getDueDate()).isEqualTo(endOf(REVIEW_DUE));

        today(LocalDate.of(2026, 5, 11));
        Complaints.request(engine, docket, "AMENDMENT", LocalDate.of(2026, 5, 11), Map.of());
        complete(taskQuery().processInstanceId(complaint.getId()).taskDefinitionKey("Task_RecordAmendmentDetails").singleResult(),
                Map.of("amendmentSwornOn", "2026-05-11", "amendmentSummary", "Amplifies the dates.", "addsRespondent", false,
                        "amendmentWithinJurisdiction", "true"));
        today(LocalDate.of(2026, 5, 14));
        for (var service : taskQuery().processInstanceId(complaint.getId()).taskDefinitionKey("Task_ServeAmendedComplaint").list()) {
            complete(service, Map.of("serviceMethod", "CERTIFIED_MAIL", "sentOn", "2026-05-12", "respondentReceivedOn", "2026-05-14"));
        }
        today(LocalDate.of(2026, 5, 20));
        assertThatThrownBy(() -> Complaints.request(engine, docket, "AMENDED_ANSWER", LocalDate.of(2026, 5, 20),
                Map.of("respondentNo", 1))).hasMessageContaining("amendedAnswerSworn");

        Complaints.request(engine, docket, "AMENDED_ANSWER", LocalDate.of(2026, 5, 20),
                Map.of("respondentNo", 1, "amendedAnswerSworn", true));

        // 90 days after the answer of Wednesday 20 May: Tuesday 18 August
        LocalDate moved = LocalDate.of(2026, 8, 18);
        assertThat(task("Task_ReviewMerits", review).getDueDate()).isEqualTo(endOf(moved));
        assertThat(jobQuery().processInstanceId(review.getId()).activityId("Timer_ReviewDue").singleResult().getDuedate())
                .isEqualTo(endOf(moved));
        assertThat(caseFile.deadlines(docket)).filteredOn(d -> d.deadline().equals(MeritAssessment.REVIEW_DEADLINE))
                .singleElement().satisfies(d -> assertThat(d.dueOn()).isEqualTo(moved));
        assertThat(caseFile.deadlines(docket)).filteredOn(d -> d.deadline().equals(ComplaintIntake.AMENDMENT_ANSWER_DEADLINE)
                && d.status() == CaseFile.DeadlineStatus.MET).hasSize(1);
    }
}
