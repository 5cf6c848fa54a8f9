package org.civilrights.workflow.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.util.Map;

import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.civilrights.workflow.security.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A dismissal and the request to reconsider it: complaint-reconsideration (46a-54-61a(b), 62a, 67a). */
class ReconsiderationProcessTest extends ComplaintScenario {

    /** Mailed Thursday 10 December 2026: the 15th day is Christmas, so requests are due Monday 28 December. */
    private static final LocalDate MAILED = LocalDate.of(2026, 12, 10);
    private static final LocalDate DUE = LocalDate.of(2026, 12, 28);
    /** Five business days after 28 December, skipping New Year's Day: Tuesday 5 January 2027. */
    private static final LocalDate CLOSES = LocalDate.of(2027, 1, 5);

    private ProcessInstance reconsideration;

    @BeforeEach
    void dismissedOnTheReview() {
        fileComplaint(LocalDate.of(2026, 3, 2), Map.of());
        today(LocalDate.of(2026, 12, 7));
        jumpTo("CallActivity_MeritAssessment");
        ProcessInstance review = stage("complaint-merit-assessment");
        replyAndInformationWindowsClose(review);
        complete(task(review), Map.of("reviewDecision", "DISMISS", "dismissalGround", "FAILS_TO_STATE_A_CLAIM",
                "reviewReasons", "No claim for relief."));
        reconsideration = stage("complaint-reconsideration");
        today(MAILED);
        complete(task(reconsideration), Map.of("dismissalMailedOn", MAILED.toString()));
    }

    @Test
    void theDismissalIsMailedWithNoticeOfTheRightToReconsideration_46a_54_61a_b() {
        assertThat(caseFile.notices(docket)).filteredOn(n -> n.section().equals("46a-54-61a(b)"))
                .hasSize(3).allSatisfy(n -> {
                    assertThat(n.notice()).isEqualTo(
                            "Merit assessment dismissal, with notice of the right to request reconsideration");
                    assertThat(n.method()).isEqualTo("CERTIFIED_MAIL");
                });
        assertThat(task(reconsideration)).hasDefinitionKey("Task_RecordReconsiderationRequest")
                .hasCandidateGroup(Role.INTAKE.groupId());
        assertThat(task(reconsideration).getDueDate()).isEqualTo(endOf(DUE));
    }

    @Test
    void withoutARequestTheDismissalBecomesFinal_46a_54_67a() {
        Job closes = jobQuery().processInstanceId(reconsideration.getId()).timers().singleResult();
        assertThat(closes.getDuedate()).as("not before the recording days after the 15th day").isEqualTo(endOf(CLOSES));

        at(CLOSES.plusDays(1), 0);
        execute(closes);

        assertThat(reconsideration).isEnded().hasPassed("End_DismissalFinal");
        assertThat(record().stage()).isEqualTo("CLOSED");
        assertThat(record().disposition()).isEqualTo(Disposition.MERIT_ASSESSMENT_DISMISSAL.name());
        // review F23: the executive director issues the release, recorded with its own day and way
        Task release = taskQuery().processInstanceId(complaint.getId()).singleResult();
        assertThat(release).as("46a-54-66a(c)(2): the release follows a final merit assessment dismissal")
                .hasDefinitionKey("Task_IssueMandatoryRelease").hasCandidateGroup(Role.EXECUTIVE_DIRECTOR.groupId());
        assertThat(caseFile.notices(docket)).as("not served by the click").noneSatisfy(n ->
                assertThat(n.notice()).isEqualTo("Release of jurisdiction"));
        assertThatThrownBy(() -> complete(release, Map.of("releaseIssuedOn", CLOSES.plusDays(1).toString())))
                .hasMessageContaining("'How the release was sent (46a-54-18a)' is required");
        complete(release, Map.of("releaseIssuedOn", CLOSES.toString(), "releaseMethod", "CERTIFIED_MAIL"));

        assertThat(complaint).isEnded().hasPassed("End_DismissedWithRelease");
        assertThat(caseFile.notices(docket)).anySatisfy(n -> {
            assertThat(n.notice()).isEqualTo("Release of jurisdiction");
            assertThat(n.section()).isEqualTo("46a-54-66a(c)");
            assertThat(n.sentOn()).isEqualTo(CLOSES);
            assertThat(n.method()).isEqualTo("CERTIFIED_MAIL");
        });
    }

    @Test
    void aRequestReceivedOnTheRolledDueDayIsTimelyAndReviewed_46a_54_62a_b_20a() {
        today(DUE.plusDays(2)); // recorded two days after it arrived
        complete(task(reconsideration), Map.of("reconsiderationReceivedOn", DUE.toString(),
                "reconsiderationReasons", "The review overlooked my second claim."));

        assertThat(task(reconsideration)).hasDefinitionKey("Task_RecommendReconsideration")
                .hasCandidateGroup(Role.INVESTIGATOR.groupId());
    }

    @Test
    void anUntimelyRequestIsRejectedUnread_46a_54_62a_c() {
        today(DUE.plusDays(1));
        runtimeService().createMessageCorrelation("ReconsiderationRequested").processInstanceBusinessKey(docket)
                .setVariable("reconsiderationReceivedOn", DUE.plusDays(1).toString()).correlate();

        assertThat(reconsideration).isEnded().hasPassed("End_RejectedUnread").hasNotPassed("Task_RecommendReconsideration");
        assertThat(caseFile.notices(docket)).extracting(CaseFile.ServedNotice::notice)
                .contains("Untimely request for reconsideration rejected without review");
        assertThat(taskQuery().processInstanceId(complaint.getId()).singleResult())
                .as("46a-54-66a(c)(2): no timely request after a merit dismissal: the executive director grants the release")
                .hasDefinitionKey("Task_IssueMandatoryRelease");
    }

    @Test
    void aGrantedReconsiderationReturnsTheFileForInvestigation_46a_54_62a_g() {
        timelyRequestRecommended("RECONSIDER");
        assertThat(task(reconsideration)).hasCandidateGroup(Role.EXECUTIVE_DIRECTOR.groupId());
        complete(task(reconsideration), granted("INVESTIGATION", "2026-12-18"));

        assertThat(complaint).isWaitingAt("CallActivity_Investigation");
        assertThat(record().disposition()).isNull();
        assertThat(caseFile.notices(docket)).filteredOn(n -> n.section().equals("46a-54-62a(f)")).hasSize(3);
    }

    @Test // review F32
    void theGrantedReconsiderationNamesTheNextStep_theMeritReviewAgainWithinNinetyDaysOfTheDecision_46a_54_62a_g_49a() {
        timelyRequestRecommended("RECONSIDER");
        Map<String, Object> unnamed = new java.util.HashMap<>(granted("MERIT_REVIEW", "2026-12-18"));
        unnamed.remove("reconsideredTo");
        assertThatThrownBy(() -> complete(task(reconsideration), unnamed)).hasMessageContaining("62a(g)");
        assertThatThrownBy(() -> complete(task(reconsideration), granted("SERVICE", "2026-12-18")))
                .as("the complaint was served with the notice requiring an answer").hasMessageContaining("42a(b)(1)");

        complete(task(reconsideration), granted("MERIT_REVIEW", "2026-12-18"));

        assertThat(complaint).isWaitingAt("CallActivity_MeritAssessment");
        assertThat(record().stage()).isEqualTo("MERIT_ASSESSMENT");
        // 90 days from the decision of Friday 18 December 2026: Thursday 18 March 2027 (not overdue on arrival)
        assertThat(runtimeService().getVariable(stage("complaint-merit-assessment").getId(), "reviewDueOn"))
                .isEqualTo("2027-03-18");
    }

    @Test // review R-6
    void aReviewReturnedByReconsiderationKeepsTheComplainantsTimelyReplyOnRecord_46a_54_62a_g_48a() {
        assertThat(caseFile.deadlines(docket)).filteredOn(d -> d.deadline().equals(MeritAssessment.REPLY_DEADLINE))
                .singleElement().satisfies(d -> assertThat(d.status()).isEqualTo(CaseFile.DeadlineStatus.MET));
        timelyRequestRecommended("RECONSIDER");

        complete(task(reconsideration), granted("MERIT_REVIEW", "2026-12-18"));

        assertThat(complaint).isWaitingAt("CallActivity_MeritAssessment");
        assertThat(caseFile.deadlines(docket)).filteredOn(d -> d.deadline().equals(MeritAssessment.REPLY_DEADLINE))
                .singleElement().satisfies(d -> {
                    assertThat(d.status()).as("the reply given in time stays on record").isEqualTo(CaseFile.DeadlineStatus.MET);
                    assertThat(d.closedOn()).isEqualTo("2026-12-07");
                });
    }

    @Test // review F32
    void aGrantedReconsiderationMaySendTheComplaintToMandatoryMediation_46a_54_62a_g_56a() {
        timelyRequestRecommended("RECONSIDER");

        complete(task(reconsideration), granted("MEDIATION", "2026-12-18"));

        assertThat(complaint).isWaitingAt("CallActivity_Mediation");
        assertThat(task(stage("complaint-mediation"))).hasDefinitionKey("Task_DecideMediation");
    }

    @Test // review F25
    void aReconsideredCaseGets190DaysFromTheRecordedDecisionNotFromItsEntry_46a_54_65a_b_62a_g() {
        timelyRequestRecommended("RECONSIDER");

        complete(task(reconsideration), granted("INVESTIGATION", "2026-12-17"));

        // decided Thursday 17 December, entered the 18th: 190 days from the 17th, Friday 25 June 2027
        ProcessInstance investigation = stage("complaint-investigation");
        assertThat(runtimeService().getVariable(investigation.getId(), "investigationDueOn")).isEqualTo("2027-06-25");
        assertThat(runtimeService().getVariable(investigation.getId(), "investigationExtensions")).isEqualTo(0);
        assertThat(caseFile.deadlines(docket)).filteredOn(d -> d.deadline().equals(Investigation.DEADLINE)).singleElement()
                .satisfies(d -> assertThat(d.section()).contains("62a(g)"));
    }

    @Test // review F24
    void aRequestCertifiesThatACopyWasMailedToTheRespondent_andOnceAReleaseIssuedALateRecordedOneCannotReopen_46a_54_62a_b() {
        today(LocalDate.of(2026, 12, 18));
        complete(task(reconsideration), Map.of("reconsiderationReceivedOn", "2026-12-18",
                "reconsiderationReasons", "Error of fact.", "copyMailedToRespondent", true));
        assertThat(caseFile.notices(docket)).extracting(CaseFile.ServedNotice::notice)
                .contains("Request for reconsideration, certifying a copy mailed to the respondent");
        complete(task(reconsideration), Map.of("recommendation", "REJECT", "recommendationReasons", "See memo."));
        complete(task(reconsideration), Map.of("reconsider", "false", "reconsiderationDecisionReasons", "No error.",
                "reconsiderationDecidedOn", "2026-12-18", "reconsiderationDecisionMailedOn", "2026-12-18"));

        assertThatThrownBy(() -> Complaints.request(engine, docket, "RECONSIDERATION_REQUEST", LocalDate.of(2026, 12, 18),
                Map.of("copyMailedToRespondent", true))).as("the dismissal is not final yet: the request was decided")
                .hasMessageContaining("no final dismissal");
    }

    @Test // review F24, F23; review R-5 (kept: docs/legal-readings.md, F24)
    void afterTheMeritDismissalsReleaseALateRecordedRequestIsRefused_46a_54_62a_b_66a_c() {
        at(CLOSES.plusDays(1), 0);
        execute(jobQuery().processInstanceId(reconsideration.getId()).timers().singleResult());
        today(CLOSES.plusDays(2));
        // the executive director issues the release (review F23)
        complete(task("Task_IssueMandatoryRelease", complaint), Map.of("releaseIssuedOn", CLOSES.plusDays(1).toString(),
                "releaseMethod", "CERTIFIED_MAIL"));

        assertThatThrownBy(() -> Complaints.request(engine, docket, "RECONSIDERATION_REQUEST", DUE, Map.of()))
                .hasMessageContaining("a release of jurisdiction was issued");
        assertThat(complaint).isEnded();
    }

    @Test // review F24 with F23
    void whileTheMandatoryReleaseAwaitsTheExecutiveDirectorATimelyLateRecordedRequestReopensReconsideration_46a_54_62a_b_66a_c() {
        at(CLOSES.plusDays(1), 0);
        execute(jobQuery().processInstanceId(reconsideration.getId()).timers().singleResult());
        assertThat(task("Task_IssueMandatoryRelease", complaint)).as("no release issued yet").isNotNull();
        today(CLOSES.plusDays(2));

        Complaints.request(engine, docket, "RECONSIDERATION_REQUEST", DUE, Map.of("copyMailedToRespondent", true));

        assertThat(taskQuery().processInstanceId(complaint.getId()).taskDefinitionKey("Task_IssueMandatoryRelease").count())
                .as("66a(c): a timely request was made after all; the release is no longer due").isZero();
        ProcessInstance reopened = stage("complaint-reconsideration");
        assertThat(reopened).isWaitingAt("Task_RecommendReconsideration");
        assertThat(record().stage()).isEqualTo("RECONSIDERATION");
        assertThat(caseFile.notices(docket)).noneSatisfy(n -> assertThat(n.notice()).isEqualTo("Release of jurisdiction"));

        // rejected: the commission dismissal with the 66a(d)(1) window, not the mandatory release
        complete(task(reopened), Map.of("recommendation", "REJECT", "recommendationReasons", "See memo."));
        complete(task(reopened), Map.of("reconsider", "false", "reconsiderationDecisionReasons", "No error.",
                "reconsiderationDecidedOn", CLOSES.plusDays(2).toString(),
                "reconsiderationDecisionMailedOn", CLOSES.plusDays(2).toString()));
        assertThat(reopened).isWaitingAt("Timer_ReleaseWindowOver");
        assertThat(taskQuery().processInstanceId(complaint.getId()).taskDefinitionKey("Task_IssueMandatoryRelease").count())
                .isZero();
    }

    /** The executive director grants reconsideration, decided on {@code decidedOn} and mailed that day, naming the next step. */
    private static Map<String, Object> granted(String nextStep, String decidedOn) {
        return Map.of("reconsider", "true", "reconsiderationGround", "ERROR", "reconsideredTo", nextStep,
                "reconsiderationDecisionReasons", "The second claim states a claim.", "reconsiderationDecidedOn", decidedOn,
                "reconsiderationDecisionMailedOn", "2026-12-18");
    }

    @Test
    void aRejectedReconsiderationIsACommissionDismissal_46a_54_67a_d_2() {
        timelyRequestRecommended("REJECT");
        complete(task(reconsideration), Map.of("reconsider", "false", "reconsiderationDecisionReasons", "No error.",
                "reconsiderationDecidedOn", "2026-12-18", "reconsiderationDecisionMailedOn", "2026-12-18"));

        // 66a(d)(1): notice mailed 18 December, presumed received the 21st; 15 days later: Tuesday 5 January 2027
        var window = jobQuery().processInstanceId(reconsideration.getId()).timers().singleResult();
        assertThat(window.getDuedate()).isEqualTo(endOf(LocalDate.of(2027, 1, 5)));
        at(LocalDate.of(2027, 1, 6), 0);
        execute(window);

        assertThat(reconsideration).isEnded().hasPassed("End_ReconsiderationRejected");
        assertThat(complaint).isEnded().hasPassed("End_Dismissed");
        assertThat(record().stage()).isEqualTo("CLOSED");
    }

    @Test
    void withinFifteenDaysAfterARejectedReconsiderationOfAMeritDismissalARelaseCanStillBeGranted_46a_54_66a_d_1() {
        timelyRequestRecommended("REJECT");
        complete(task(reconsideration), Map.of("reconsider", "false", "reconsiderationDecisionReasons", "No error.",
                "reconsiderationDecidedOn", "2026-12-18", "reconsiderationDecisionMailedOn", "2026-12-18"));
        today(LocalDate.of(2026, 12, 28));

        Complaints.request(engine, docket, "RELEASE", LocalDate.of(2026, 12, 28), Map.of("jointRequest", false));
        // filed in March, so past 210 days the complainant's request must be granted (66a(b)(2)); a
        // complaint younger than that gets the discretionary rule (CaseEventsProcessTest)
        assertThat(runtimeService().getVariable(complaint.getId(), "releaseRule")).isNotEqualTo("NOT_ELIGIBLE");
        complete(taskQuery().processInstanceId(complaint.getId()).singleResult(), Map.of("releaseDecision", "GRANT",
                "releaseIssuedOn", "2026-12-28", "releaseMethod", "CERTIFIED_MAIL"));

        assertThat(complaint).isEnded().hasPassed("End_Released");
        assertThat(record().disposition()).isEqualTo(Disposition.RELEASE_OF_JURISDICTION.name());
    }

    @Test // review F16
    void aReceiptOfTheDecisionProvenLaterMovesTheFifteenDaysForARelease_46a_54_66a_d_1() {
        timelyRequestRecommended("REJECT");
        complete(task(reconsideration), Map.of("reconsider", "false", "reconsiderationDecisionReasons", "No error.",
                "reconsiderationDecidedOn", "2026-12-18", "reconsiderationDecisionMailedOn", "2026-12-18"));
        today(LocalDate.of(2026, 12, 30));

        // the green card: the complainant received the notice mailed on 18 December on Thursday 24 December
        Complaints.request(engine, docket, "PROOF_OF_RECEIPT", LocalDate.of(2026, 12, 24),
                Map.of("receiptOf", "RECONSIDERATION_DECISION"));

        // 15 days after 24 December: Friday 8 January 2027 (not 5 January, from the estimate)
        var window = jobQuery().processInstanceId(reconsideration.getId()).timers().singleResult();
        assertThat(window.getDuedate()).isEqualTo(endOf(LocalDate.of(2027, 1, 8)));
        today(LocalDate.of(2027, 1, 7));
        Complaints.request(engine, docket, "RELEASE", LocalDate.of(2027, 1, 7), Map.of("jointRequest", false));
        assertThat(runtimeService().getVariable(complaint.getId(), "meritDismissalPending")).as("66a(d)(1)").isEqualTo(true);
    }

    private void timelyRequestRecommended(String recommendation) {
        today(LocalDate.of(2026, 12, 18));
        complete(task(reconsideration), Map.of("reconsiderationReceivedOn", "2026-12-18",
                "reconsiderationReasons", "Error of fact."));
        complete(task(reconsideration), Map.of("recommendation", recommendation, "recommendationReasons", "See memo."));
    }
}
