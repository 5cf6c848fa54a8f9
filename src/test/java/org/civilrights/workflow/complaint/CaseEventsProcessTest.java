package org.civilrights.workflow.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.util.Map;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.civilrights.workflow.security.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What can happen at any stage: withdrawal (46a-54-68a), release of jurisdiction (66a), suspension
 * and resumption (64a), recorded by staff through the complaint-request form.
 */
class CaseEventsProcessTest extends ComplaintScenario {

    private static final LocalDate FILED = LocalDate.of(2026, 3, 2);
    /** 210 days after 2 March 2026: Monday 28 September. */
    private static final LocalDate DAY_210 = LocalDate.of(2026, 9, 28);

    private ProcessInstance review;

    @BeforeEach
    void aComplaintInItsMeritAssessment() {
        fileComplaint(FILED, Map.of());
        today(LocalDate.of(2026, 4, 2));
        jumpTo("CallActivity_MeritAssessment");
        review = stage("complaint-merit-assessment");
    }

    @Test
    void aVoluntaryWithdrawalClosesTheCaseAtAnyStage_46a_54_68a() {
        request("WITHDRAWAL", LocalDate.of(2026, 4, 2), Map.of("voluntaryStatement", true,
                "withdrawalReasons", "Settled privately."));
        Task substitution = taskQuery().processInstanceId(complaint.getId()).singleResult();
        assertThat(substitution).hasDefinitionKey("Task_DecideSubstitution").hasCandidateGroup(Role.COMMISSIONER.groupId());

        complete(substitution, Map.of("substitute", "false", "substitutionReasons", "No public interest."));

        assertThat(complaint).isEnded().hasPassed("End_Withdrawn");
        assertThat(review).isEnded();
        assertThat(record().disposition()).isEqualTo(Disposition.WITHDRAWN.name());
        assertThat(caseFile.deadlines(docket)).as("no clock runs on a closed case").isNotEmpty()
                .noneMatch(d -> d.status() == CaseFile.DeadlineStatus.OPEN)
                .anyMatch(d -> d.deadline().equals(MeritAssessment.REVIEW_DEADLINE)
                        && d.status() == CaseFile.DeadlineStatus.CANCELLED);
    }

    @Test
    void aWithdrawalWithoutTheStatementOrReasonsIsRefused_46a_54_68a_a() {
        assertThatThrownBy(() -> request("WITHDRAWAL", LocalDate.of(2026, 4, 2), Map.of("voluntaryStatement", false)))
                .hasMessageContaining("knowing and voluntary act undertaken without duress")
                .hasMessageContaining("withdrawalReasons");

        assertThat(taskQuery().processInstanceId(complaint.getId()).count()).isZero();
        assertThat(review).isWaitingAt("Task_RecordReply", "Task_RecordAdditionalInfo");
    }

    @Test // review F18
    void theCommissionMaySubstituteItselfByItsVoteAndNotifyThePersonsAffected_andTheCaseGoesOn_46a_54_68a_b_40a_41a() {
        request("WITHDRAWAL", LocalDate.of(2026, 4, 2), Map.of("voluntaryStatement", true, "withdrawalReasons", "Moved away."));
        Task decision = taskQuery().processInstanceId(complaint.getId()).singleResult();
        assertThatThrownBy(() -> complete(decision, Map.of("substitute", "true",
                "substitutionReasons", "Others similarly situated.")))
                .as("40a(b): by majority vote at a meeting; 41a(a): notices by mail that confirms receipt")
                .hasMessageContaining("'Date of the majority vote' at a commission meeting is required")
                .hasMessageContaining("'Notices sent on' is required");
        assertThatThrownBy(() -> complete(decision, Map.of("substitute", "true", "substitutionReasons", "Others.",
                "substitutionVoteOn", "2026-04-01", "substitutionAffectedPersons", "Lee Park",
                "substitutionNoticesSentOn", "2026-04-02", "substitutionNoticeMethod", "FIRST_CLASS_MAIL")))
                .hasMessageContaining("certified mail or other mail service that confirms receipt (46a-54-41a(a))");

        complete(decision, Map.of("substitute", "true", "substitutionReasons", "Others similarly situated (vote 7-2).",
                "substitutionVoteOn", "2026-04-01", "substitutionAffectedPersons", "Lee Park\nSam Ortiz",
                "substitutionNoticesSentOn", "2026-04-02", "substitutionNoticeMethod", "CERTIFIED_MAIL"));

        assertThat(complaint).isWaitingAt("CallActivity_MeritAssessment");
        assertThat(caseFile.notices(docket)).filteredOn(n -> n.notice().equals("Commission substituted as complaining party"))
                .hasSize(3).allSatisfy(n -> {
                    assertThat(n.sentOn()).isEqualTo("2026-04-02");
                    assertThat(n.method()).isEqualTo("CERTIFIED_MAIL");
                });
        assertThat(records.affectedPersons(docket)).extracting(ComplaintRecords.AffectedPerson::name,
                ComplaintRecords.AffectedPerson::noticeSentOn, ComplaintRecords.AffectedPerson::wantsRelief).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Lee Park", LocalDate.of(2026, 4, 2), null),
                org.assertj.core.groups.Tuple.tuple("Sam Ortiz", LocalDate.of(2026, 4, 2), null));

        // 41a(b): each person's written answer is tracked; without it the commission may not proceed on the claim
        assertThatThrownBy(() -> request("AFFECTED_PERSON_RESPONSE", LocalDate.of(2026, 4, 2),
                Map.of("affectedPersonName", "Dana Roe", "wantsRelief", "true")))
                .hasMessageContaining("'Dana Roe' was not notified");
        request("AFFECTED_PERSON_RESPONSE", LocalDate.of(2026, 4, 2), Map.of("affectedPersonName", "lee park",
                "wantsRelief", "true"));
        assertThat(records.affectedPersons(docket)).extracting(ComplaintRecords.AffectedPerson::name,
                ComplaintRecords.AffectedPerson::responseOn, ComplaintRecords.AffectedPerson::wantsRelief).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Lee Park", LocalDate.of(2026, 4, 2), true),
                org.assertj.core.groups.Tuple.tuple("Sam Ortiz", null, null));
    }

    @Test
    void aRequestForAnUnknownDocketIsRefused() {
        assertThatThrownBy(() -> engine.getFormService().submitStartForm(definition("complaint-request"),
                Map.of("docketNumber", "2026-99999", "requestType", "RELEASE", "receivedOn", "2026-04-02")))
                .hasMessageContaining("docketNumber: no complaint has docket number '2026-99999'");
    }

    @Test
    void aJointRequestWithin210DaysMustBeGranted_46a_54_66a_b_1() {
        today(DAY_210);
        request("RELEASE", DAY_210, Map.of("jointRequest", true));
        Task decision = taskQuery().processInstanceId(complaint.getId()).singleResult();
        assertThat(runtimeService().getVariable(complaint.getId(), "releaseRule")).isEqualTo("MANDATORY_JOINT");
        assertThat(decision).hasCandidateGroup(Role.EXECUTIVE_DIRECTOR.groupId());

        assertThatThrownBy(() -> complete(decision, Map.of("releaseDecision", "GRANT")))
                .as("review F23: the release is recorded as sent, not at the click")
                .hasMessageContaining("'Release issued on' is required")
                .hasMessageContaining("'How the release was sent' is required");
        assertThatThrownBy(() -> complete(decision, Map.of("releaseDecision", "GRANT",
                "releaseIssuedOn", DAY_210.minusDays(1).toString(), "releaseMethod", "CERTIFIED_MAIL")))
                .hasMessageContaining("cannot come before the request was received");
        today(DAY_210.plusDays(3)); // recorded days after it was sent
        complete(decision, Map.of("releaseDecision", "GRANT", "releaseIssuedOn", DAY_210.plusDays(1).toString(),
                "releaseMethod", "CERTIFIED_MAIL"));

        assertThat(complaint).isEnded().hasPassed("End_Released");
        assertThat(record().disposition()).isEqualTo(Disposition.RELEASE_OF_JURISDICTION.name());
        assertThat(record().disposedOn()).isEqualTo(DAY_210.plusDays(1));
        assertThat(caseFile.notices(docket)).filteredOn(n -> n.notice().equals("Release of jurisdiction")).hasSize(3)
                .allSatisfy(n -> {
                    assertThat(n.sentOn()).isEqualTo(DAY_210.plusDays(1));
                    assertThat(n.method()).isEqualTo("CERTIFIED_MAIL");
                });
    }

    @Test
    void onlyATimelyFiledComplaintCanBeReleased_46a_54_66a_a(@Autowired ComplaintIntake intake,
                                                               @Autowired ComplaintRecords records) {
        assertThat(records.timelyFiled(docket)).as("before the review: the filing period on its face").isTrue();
        intake.recordJurisdiction(docket, false, true); // the review found it filed late (42a(a))
        LocalDate day211 = DAY_210.plusDays(1);
        today(day211);
        request("RELEASE", day211, Map.of("jointRequest", false));

        assertThat(runtimeService().getVariable(complaint.getId(), "releaseRule")).isEqualTo("NOT_ELIGIBLE");
    }

    @Test
    void theComplainantAloneWithin210DaysHasNoRightToARelease_46a_54_66a_b() {
        today(DAY_210);
        request("RELEASE", DAY_210, Map.of("jointRequest", false));
        assertThat(runtimeService().getVariable(complaint.getId(), "releaseRule")).isEqualTo("NOT_ELIGIBLE");
        Task decision = taskQuery().processInstanceId(complaint.getId()).singleResult();

        assertThatThrownBy(() -> complete(decision, Map.of("releaseDecision", "GRANT")))
                .hasMessageContaining("does not qualify for a release");
        complete(decision, Map.of("releaseDecision", "DECLINE", "releaseReasons", "Before 210 days."));

        assertThat(complaint).isWaitingAt("CallActivity_MeritAssessment");
    }

    @Test // review F15
    void day210OnAHolidayIsNotMovedSoTheComplainantsRightArisesTheNextDay_46a_54_66a_b_2() {
        // filed Monday 9 February 2026: day 210 is Labor Day, Monday 7 September; the request of Tuesday
        // 8 September comes after the 210 days expired, although 20a would let a party act on that day
        fileComplaint(LocalDate.of(2026, 2, 9), Map.of());
        today(LocalDate.of(2026, 4, 2));
        jumpTo("CallActivity_MeritAssessment");
        LocalDate day211 = LocalDate.of(2026, 9, 8);
        today(day211);

        request("RELEASE", day211, Map.of("jointRequest", false));

        assertThat(runtimeService().getVariable(complaint.getId(), "releaseRule")).isEqualTo("MANDATORY_AFTER_210_DAYS");
    }

    @Test
    void afterDay210TheComplainantsRequestMustBeGrantedOrDeclinedWithStatutoryReasons_46a_54_66a_b_2_e() {
        LocalDate day211 = DAY_210.plusDays(1);
        today(day211);
        request("RELEASE", day211, Map.of("jointRequest", false));
        assertThat(runtimeService().getVariable(complaint.getId(), "releaseRule")).isEqualTo("MANDATORY_AFTER_210_DAYS");
        Task decision = taskQuery().processInstanceId(complaint.getId()).singleResult();

        assertThatThrownBy(() -> complete(decision, Map.of("releaseDecision", "DEFER")))
                .hasMessageContaining("only on the grounds of 46a-101(c)");
        complete(decision, Map.of("releaseDecision", "DEFER", "releaseReasons", "46a-101(c): investigation nearly done."));
        assertThat(complaint).isWaitingAt("CallActivity_MeritAssessment");
    }

    @Test
    void aSuspendedStageCannotBeWorkedUntilProcessingResumes_46a_54_64a() {
        request("SUSPENSION", LocalDate.of(2026, 4, 2), Map.of("forum", "ARBITRATION"));
        complete(taskQuery().processInstanceId(complaint.getId()).singleResult(),
                Map.of("complainantOpinion", "Agrees.", "respondentOpinion", "Agrees."));
        complete(taskQuery().processInstanceId(complaint.getId()).singleResult(),
                Map.of("forum", "ARBITRATION", "suspend", "true", "suspensionReasons", "Same issues in arbitration.",
                        "suspensionNoticeSentOn", "2026-04-02", "suspensionNoticeMethod", "FIRST_CLASS_MAIL"));

        assertThat(record().stage()).isEqualTo("SUSPENDED");
        Task reply = task("Task_RecordReply", review);
        assertThat(reply.isSuspended()).isTrue();
        assertThatThrownBy(() -> complete(reply, Map.of("replyAction", "REPLY", "replyReceivedOn", "2026-04-02")))
                .hasMessageContaining("suspended");

        today(LocalDate.of(2026, 6, 1));
        request("RESUMPTION", LocalDate.of(2026, 6, 1), Map.of());
        complete(taskQuery().processInstanceId(complaint.getId()).singleResult(),
                Map.of("resume", "true", "resumptionReasons", "Arbitration withdrawn."));

        assertThat(record().stage()).isEqualTo("MERIT_ASSESSMENT");
        assertThat(task("Task_RecordReply", review).isSuspended()).isFalse();
    }

    @Test
    void processingMustBeSuspendedForAnAdeaCourtAction_46a_54_64a_e() {
        request("SUSPENSION", LocalDate.of(2026, 4, 2), Map.of("forum", "ADEA_COURT_ACTION"));
        complete(taskQuery().processInstanceId(complaint.getId()).singleResult(),
                Map.of("complainantOpinion", "Against.", "respondentOpinion", "For."));

        assertThatThrownBy(() -> complete(taskQuery().processInstanceId(complaint.getId()).singleResult(),
                Map.of("forum", "ADEA_COURT_ACTION", "suspend", "false", "suspensionReasons", "Prefer to go on.")))
                .hasMessageContaining("Age Discrimination in Employment Act");
    }

    @Test // review F09
    void aComplaintTheCommissionIssuedIsNotSuspendedForAnotherForum_46a_54_64a_a() {
        fileComplaint(FILED, Map.of("commissionIssued", true, "commissionGround", "REASON_TO_BELIEVE",
                "commissionVoteOn", FILED.minusDays(3).toString()));
        today(LocalDate.of(2026, 4, 2));
        request("SUSPENSION", LocalDate.of(2026, 4, 2), Map.of("forum", "ARBITRATION"));
        complete(taskQuery().processInstanceId(complaint.getId()).singleResult(),
                Map.of("complainantOpinion", "For.", "respondentOpinion", "For."));

        assertThatThrownBy(() -> complete(taskQuery().processInstanceId(complaint.getId()).singleResult(),
                Map.of("forum", "ARBITRATION", "suspend", "true", "suspensionReasons", "Arbitration.",
                        "suspensionNoticeSentOn", "2026-04-02", "suspensionNoticeMethod", "FIRST_CLASS_MAIL")))
                .hasMessageContaining("46a-54-64a(a)");
    }

    @Test
    void aResumptionWhenNotSuspendedIsRefused_46a_54_64a_c() {
        assertThatThrownBy(() -> request("RESUMPTION", LocalDate.of(2026, 4, 2), Map.of()))
                .hasMessageContaining("is not open to resumption now");
    }

    @Test
    void anAmendmentAddingARespondentIsServedAndTheNewRespondentAnswers_46a_54_38a_47a() {
        LocalDate received = LocalDate.of(2026, 4, 2);
        request("AMENDMENT", received, Map.of());
        Task details = taskQuery().processInstanceId(complaint.getId()).singleResult();
        assertThat(details).hasDefinitionKey("Task_RecordAmendmentDetails");
        assertThatThrownBy(() -> complete(details, Map.of("amendmentSummary", "Adds the parent company.",
                "addsRespondent", true, "newRespondentName", "Acme Holdings Inc.")))
                .hasMessageContaining("'Amendment sworn on' is required");

        complete(details, Map.of("amendmentSwornOn", "2026-04-01", "amendmentSummary", "Adds the parent company.",
                "addsRespondent", true, "newRespondentName", "Acme Holdings Inc.", "newRespondentAddress", "Hartford",
                "amendmentWithinJurisdiction", "true", "amendsAllegations", "true"));

        var services = taskQuery().processInstanceId(complaint.getId()).taskDefinitionKey("Task_ServeAmendedComplaint").list();
        assertThat(services).hasSize(3);
        assertThat(services.get(0).getDueDate()).as("adding a respondent: 20 days after 2 April, Wednesday 22 April")
                .isEqualTo(endOf(LocalDate.of(2026, 4, 22))); // review F10(b): 38a(c)
        today(LocalDate.of(2026, 4, 8));
        for (Task service : services) {
            complete(service, Map.of("serviceMethod", "CERTIFIED_MAIL", "sentOn", "2026-04-06",
                    "respondentReceivedOn", "2026-04-08"));
        }

        ProcessInstance added = processInstanceQuery().processDefinitionKey("complaint-answer")
                .processInstanceBusinessKey(docket).variableValueEquals("answerTo", "COMPLAINT").singleResult();
        assertThat(added).isWaitingAt("Task_RecordRespondentFiling");
        assertThat(runtimeService().getVariable(added.getId(), "respondentNo")).isEqualTo(3);
        assertThat(records.respondent(docket, 3).answerDueOn()).as("30 days after 8 April").isEqualTo("2026-05-08");
        assertThat(caseFile.notices(docket)).filteredOn(n -> n.section().equals("46a-54-47a")).hasSize(3);
        // 47a: the respondents already in the case answer the amended complaint within ten days of receipt
        assertThat(caseFile.deadlines(docket)).filteredOn(d -> d.deadline().equals(ComplaintIntake.AMENDMENT_ANSWER_DEADLINE))
                .hasSize(2).allSatisfy(d -> assertThat(d.dueOn()).as("10 days after 8 April").isEqualTo("2026-04-20"))
                .extracting(CaseFile.Deadline::party).doesNotContain("Acme Holdings Inc.");
        assertThat(processInstanceQuery().processDefinitionKey("complaint-answer").processInstanceBusinessKey(docket)
                .variableValueEquals("answerTo", "AMENDED_COMPLAINT").count())
                .as("each answered in a stage of its own (review F10(c))").isEqualTo(2);
        assertThat(caseFile.deadlines(docket)).filteredOn(d -> d.deadline().equals(ComplaintIntake.AMENDMENT_SERVICE_DEADLINE))
                .singleElement().satisfies(d -> {
                    assertThat(d.status()).isEqualTo(CaseFile.DeadlineStatus.MET);
                    assertThat(d.closedOn()).isEqualTo("2026-04-06");
                });
    }

    @Test // review F10(d)
    void theAnswerOfARespondentAddedByAmendmentMovesThePendingReviewTo90DaysAfterIt_46a_54_49a_a_65a_a() {
        request("AMENDMENT", LocalDate.of(2026, 4, 2), Map.of());
        complete(taskQuery().processInstanceId(complaint.getId()).singleResult(), Map.of("amendmentSwornOn", "2026-04-01",
                "amendmentSummary", "Adds the parent company.", "addsRespondent", true, "newRespondentName", "Acme Holdings Inc.",
                "amendmentWithinJurisdiction", "true", "amendsAllegations", "true"));
        today(LocalDate.of(2026, 4, 8));
        for (Task service : taskQuery().processInstanceId(complaint.getId()).taskDefinitionKey("Task_ServeAmendedComplaint").list()) {
            complete(service, Map.of("serviceMethod", "CERTIFIED_MAIL", "sentOn", "2026-04-06", "respondentReceivedOn", "2026-04-08"));
        }
        ProcessInstance added = processInstanceQuery().processDefinitionKey("complaint-answer")
                .processInstanceBusinessKey(docket).variableValueEquals("answerTo", "COMPLAINT").singleResult();
        today(LocalDate.of(2026, 5, 4));

        complete(task(added), Map.of("filingType", "ANSWER", "answeredOn", "2026-05-04", "answerSworn", true));

        // 90 days after Monday 4 May 2026: Sunday 2 August, so Monday 3 August
        assertThat(runtimeService().getVariable(review.getId(), "reviewDueOn")).isEqualTo("2026-08-03");
        assertThat(caseFile.deadlines(docket)).filteredOn(d -> d.deadline().equals(MeritAssessment.REVIEW_DEADLINE))
                .singleElement().satisfies(d -> assertThat(d.dueOn()).isEqualTo("2026-08-03"));
    }

    @Test
    void theCommissionAddsItselfAndNotifiesThePersonsAffected_46a_54_40a_41a() {
        request("COMMISSION_JOINS", LocalDate.of(2026, 4, 2), Map.of());
        Task vote = taskQuery().processInstanceId(complaint.getId()).singleResult();
        assertThat(vote).hasDefinitionKey("Task_RecordCommissionVote").hasCandidateGroup(Role.COMMISSIONER.groupId());
        assertThatThrownBy(() -> complete(vote, Map.of("joinVoteOn", "2026-04-01")))
                .hasMessageContaining("'Ground (46a-54-40a(a))' is required");

        complete(vote, Map.of("joinReason", "OTHERS_AFFECTED", "joinVoteOn", "2026-04-01",
                "joinAffectedPersons", "Lee Park\nSam Ortiz", "joinNoticesSentOn", "2026-04-02",
                "joinNoticeMethod", "CERTIFIED_MAIL"));

        assertThat(caseFile.notices(docket)).filteredOn(n -> n.section().equals("46a-54-41a"))
                .extracting(CaseFile.ServedNotice::recipient).containsExactly("Lee Park", "Sam Ortiz");
        assertThat(caseFile.notices(docket)).filteredOn(n -> n.section().startsWith("46a-54-4")).as("review F23")
                .allSatisfy(n -> assertThat(n.sentOn()).isEqualTo("2026-04-02"));
        assertThat(records.affectedPersons(docket)).hasSize(2); // review F18: their 41a(b) answers are awaited
        assertThat(complaint).isWaitingAt("CallActivity_MeritAssessment");
    }

    @Test
    void onceAPresidingOfficerMayBeAppointedTheCommissionCanNoLongerJoin_46a_54_40a_b() {
        request("COMMISSION_JOINS", LocalDate.of(2026, 4, 2), Map.of());
        records.setStage(docket, Stage.PUBLIC_HEARING);
        Task vote = taskQuery().processInstanceId(complaint.getId()).singleResult();

        assertThatThrownBy(() -> complete(vote, Map.of("joinReason", "OTHERS_AFFECTED", "joinVoteOn", "2026-04-01",
                "joinNoticesSentOn", "2026-04-02", "joinNoticeMethod", "CERTIFIED_MAIL")))
                .hasMessageContaining("46a-54-40a(b)");
        assertThat(caseFile.notices(docket)).noneMatch(n -> n.section().equals("46a-54-40a"));
    }

    @Test // review F10(a)
    void anAmendmentIsReviewedForJurisdictionBeforeItIsServed_46a_54_42a_a() {
        request("AMENDMENT", LocalDate.of(2026, 4, 2), Map.of());
        Task details = taskQuery().processInstanceId(complaint.getId()).singleResult();
        assertThatThrownBy(() -> complete(details, Map.of("amendmentSwornOn", "2026-04-02",
                "amendmentSummary", "Adds a claim under federal law only.", "addsRespondent", false)))
                .as("the review is required").hasMessageContaining("within the commission's jurisdiction");
        assertThatThrownBy(() -> complete(details, Map.of("amendmentSwornOn", "2026-04-02",
                "amendmentSummary", "Adds a claim under federal law only.", "addsRespondent", false,
                "amendmentWithinJurisdiction", "false"))).hasMessageContaining("amendmentJurisdictionReasons");

        complete(details, Map.of("amendmentSwornOn", "2026-04-02", "amendmentSummary", "Adds a claim under federal law only.",
                "addsRespondent", true, "newRespondentName", "Federal Agency", "amendmentWithinJurisdiction", "false",
                "amendmentJurisdictionReasons", "A federal agency is not a respondent under chapter 814c."));

        assertThat(taskQuery().processInstanceId(complaint.getId()).taskDefinitionKey("Task_ServeAmendedComplaint").count())
                .isZero();
        assertThat(historyService().createHistoricActivityInstanceQuery().processInstanceId(complaint.getId())
                .activityId("End_AmendmentNotServed").count()).isOne();
        assertThat(records.respondents(docket)).as("nobody added").hasSize(2);
    }

    @Test
    void anAmendedComplaintServedLateMarksTheCaseOverdue_46a_54_47a() {
        request("AMENDMENT", LocalDate.of(2026, 4, 2), Map.of());
        complete(taskQuery().processInstanceId(complaint.getId()).singleResult(),
                Map.of("amendmentSwornOn", "2026-04-02", "amendmentSummary", "Clarifies the dates.", "addsRespondent", false,
                        "amendmentWithinJurisdiction", "true"));
        var timer = jobQuery().processInstanceId(complaint.getId()).activityId("Timer_AmendmentServiceDue").singleResult();
        assertThat(timer.getDuedate()).isEqualTo(endOf(LocalDate.of(2026, 4, 13)));

        at(LocalDate.of(2026, 4, 14), 0);
        execute(timer);

        assertThat(record().overdue()).isTrue();
        today(LocalDate.of(2026, 4, 15));
        for (Task service : taskQuery().processInstanceId(complaint.getId()).taskDefinitionKey("Task_ServeAmendedComplaint").list()) {
            complete(service, Map.of("serviceMethod", "IN_HAND", "sentOn", "2026-04-15"));
        }
        assertThat(historyService().createHistoricActivityInstanceQuery().processInstanceId(complaint.getId())
                .activityId("End_AmendedComplaintServed").count()).isOne();
        assertThat(complaint).isWaitingAt("CallActivity_MeritAssessment");
    }

    @Test
    void aReleaseMayBeGrantedWhileAMeritDismissalIsBeingReconsidered_butNotBeforeAnyRequest_46a_54_66a_d_2() {
        ProcessInstance reconsideration = dismissOnTheMerits();
        request("RELEASE", LocalDate.of(2026, 4, 2), Map.of("jointRequest", false));
        assertThat(runtimeService().getVariable(complaint.getId(), "releaseRule"))
                .as("no request for reconsideration is pending yet, and 210 days have not run").isEqualTo("NOT_ELIGIBLE");
        complete(taskQuery().processInstanceId(complaint.getId()).singleResult(), Map.of("releaseDecision", "DECLINE"));

        today(LocalDate.of(2026, 4, 6));
        complete(task(reconsideration), Map.of("reconsiderationReceivedOn", "2026-04-06", "reconsiderationReasons", "Error."));
        today(LocalDate.of(2026, 4, 7));
        request("RELEASE", LocalDate.of(2026, 4, 7), Map.of("jointRequest", false));

        assertThat(runtimeService().getVariable(complaint.getId(), "releaseRule")).isEqualTo("DISCRETIONARY");
        complete(taskQuery().processInstanceId(complaint.getId()).taskDefinitionKey("Task_DecideRelease").singleResult(),
                Map.of("releaseDecision", "DECLINE"));
        assertThat(complaint).isWaitingAt("CallActivity_Reconsideration");
    }

    @Test
    void withinFifteenDaysOfTheNoticeGrantingReconsiderationAReleaseMayBeGranted_46a_54_66a_d_1() {
        ProcessInstance reconsideration = dismissOnTheMerits();
        today(LocalDate.of(2026, 4, 6));
        complete(task(reconsideration), Map.of("reconsiderationReceivedOn", "2026-04-06", "reconsiderationReasons", "Error."));
        complete(task(reconsideration), Map.of("recommendation", "RECONSIDER", "recommendationReasons", "See memo."));
        today(LocalDate.of(2026, 4, 10));
        complete(task(reconsideration), Map.of("reconsider", "true", "reconsiderationGround", "ERROR",
                "reconsideredTo", "INVESTIGATION", "reconsiderationDecidedOn", "2026-04-08",
                "reconsiderationDecisionReasons", "The claim was overlooked.", "reconsiderationDecisionMailedOn", "2026-04-08"));
        assertThat(complaint).isWaitingAt("CallActivity_Investigation");

        // notice mailed Wednesday 8 April, presumed received Saturday the 11th; 15 days: Sunday 26 April, so Monday 27
        today(LocalDate.of(2026, 4, 27));
        request("RELEASE", LocalDate.of(2026, 4, 27), Map.of("jointRequest", false));
        assertThat(runtimeService().getVariable(complaint.getId(), "releaseRule")).isEqualTo("DISCRETIONARY");
        complete(taskQuery().processInstanceId(complaint.getId()).taskDefinitionKey("Task_DecideRelease").singleResult(),
                Map.of("releaseDecision", "DECLINE"));

        today(LocalDate.of(2026, 4, 28));
        request("RELEASE", LocalDate.of(2026, 4, 28), Map.of("jointRequest", false));
        assertThat(runtimeService().getVariable(complaint.getId(), "releaseRule")).isEqualTo("NOT_ELIGIBLE");
    }

    /** A merit assessment dismissal, mailed with notice of the right to reconsideration (46a-54-61a). */
    private ProcessInstance dismissOnTheMerits() {
        ProcessInstance review = stage("complaint-merit-assessment");
        replyAndInformationWindowsClose(review);
        complete(task(review), Map.of("reviewDecision", "DISMISS", "dismissalGround", "FRIVOLOUS", "reviewReasons", "."));
        ProcessInstance reconsideration = stage("complaint-reconsideration");
        complete(task(reconsideration), Map.of("dismissalMailedOn", "2026-04-02"));
        return reconsideration;
    }

    @Test
    void aDeclinedResumptionLeavesTheStageSuspendedUntilTheNextRequest_46a_54_64a_c() {
        request("SUSPENSION", LocalDate.of(2026, 4, 2), Map.of("forum", "SUPERIOR_COURT_46A_98A"));
        complete(taskQuery().processInstanceId(complaint.getId()).singleResult(),
                Map.of("complainantOpinion", "For.", "respondentOpinion", "For."));
        complete(taskQuery().processInstanceId(complaint.getId()).singleResult(),
                Map.of("forum", "SUPERIOR_COURT_46A_98A", "suspend", "true", "suspensionReasons", "Court action.",
                        "suspensionNoticeSentOn", "2026-04-02", "suspensionNoticeMethod", "FIRST_CLASS_MAIL"));
        request("RESUMPTION", LocalDate.of(2026, 4, 2), Map.of());
        complete(taskQuery().processInstanceId(complaint.getId()).singleResult(),
                Map.of("resume", "false", "resumptionReasons", "Court action still pending."));

        assertThat(record().stage()).isEqualTo("SUSPENDED");
        assertThat(task("Task_RecordReply", stage("complaint-merit-assessment")).isSuspended()).isTrue();
        request("RESUMPTION", LocalDate.of(2026, 4, 2), Map.of());
        assertThat(taskQuery().processInstanceId(complaint.getId()).singleResult())
                .hasDefinitionKey("Task_DecideResumption");
    }

    @Test // review F31
    void theJointRequestBoxStatesThatEveryRespondentJoined_46a_54_66a_b_1() throws java.io.IOException {
        var form = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(java.nio.file.Path.of("forms/complaint/complaint-request.form").toFile());
        var box = form.findParents("key").stream().filter(f -> "jointRequest".equals(f.path("key").asText()))
                .findFirst().orElseThrow();

        assertThat(box.path("label").asText()).as("66a(b)(1): jointly by the complainant and the respondent; a release "
                + "ends the whole complaint (67a(e)), so every respondent must have joined").contains("every respondent");
        assertThat(engine.getRepositoryService().getDmnModelInstance(engine.getRepositoryService()
                .createDecisionDefinitionQuery().decisionDefinitionKey("complaint-release-eligibility").latestVersion()
                .singleResult().getId()).getModelElementById("Input_JointRequest")
                .getAttributeValue("label")).contains("every respondent");
    }

    @Test // review F26
    void aChangeOfAddressIsKeptInTheCaseRecord_andOneToldAfterFifteenDaysIsMarkedLate_46a_54_19a_c_d() {
        request("ADDRESS_CHANGE", LocalDate.of(2026, 3, 20), Map.of("addressParty", "RESPONDENT", "respondentNo", 2,
                "addressWhat", "ADDRESS", "newAddress", "40 Main Street, Hartford, CT", "addressChangedOn", "2026-03-10"));
        assertThatThrownBy(() -> request("ADDRESS_CHANGE", LocalDate.of(2026, 4, 2), Map.of("addressParty", "COMPLAINANT",
                "addressWhat", "ADDRESS", "addressChangedOn", "2026-03-01")))
                .hasMessageContaining("'New address' is required");
        request("ADDRESS_CHANGE", LocalDate.of(2026, 4, 2), Map.of("addressParty", "COMPLAINANT",
                "addressWhat", "ADDRESS", "newAddress", "9 Oak Lane, Bristol, CT", "addressChangedOn", "2026-03-01"));

        assertThat(records.respondent(docket, 2).address()).isEqualTo("40 Main Street, Hartford, CT");
        assertThat(records.addressChanges(docket)).extracting(ComplaintRecords.AddressChange::party,
                ComplaintRecords.AddressChange::changedOn, ComplaintRecords.AddressChange::within15Days).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Pat Quinn", LocalDate.of(2026, 3, 10), true),
                org.assertj.core.groups.Tuple.tuple("complainant", LocalDate.of(2026, 3, 1), false));
        assertThat(historyService().createHistoricVariableInstanceQuery().variableName("newAddress").count())
                .as("a party's address stays in the case record").isZero();
    }

    private void request(String type, LocalDate receivedOn, Map<String, Object> fields) {
        Complaints.request(engine, docket, type, receivedOn, fields);
    }

    private String definition(String key) {
        return engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(key)
                .latestVersion().singleResult().getId();
    }

}
