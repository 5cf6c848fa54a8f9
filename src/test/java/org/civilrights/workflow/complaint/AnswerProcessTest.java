package org.civilrights.workflow.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.civilrights.workflow.complaint.Complaints.file;
import static org.civilrights.workflow.complaint.Complaints.filing;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.civilrights.workflow.process.FormCheckException;
import org.civilrights.workflow.process.ProcessTest;
import org.civilrights.workflow.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The respondent's answer, its extension and default: complaint-answer (46a-54-43a to 46a-54-46a). */
class AnswerProcessTest extends ProcessTest {

    private static final LocalDate FILED = LocalDate.of(2026, 3, 2);
    /** Both respondents received the complaint on Saturday 7 March 2026. */
    private static final LocalDate RECEIVED = LocalDate.of(2026, 3, 7);
    /** 30 days after 7 March is Monday 6 April (Easter Sunday is the 5th). */
    private static final LocalDate ANSWER_DUE = LocalDate.of(2026, 4, 6);

    @Autowired ComplaintRecords records;
    @Autowired CaseFile caseFile;
    @Autowired Defaults defaults;
    @Autowired Receipts receipts;

    private String docket;
    private ProcessInstance complaint;
    private List<ProcessInstance> answers;

    @Test
    void theAnswerIsDueThirtyDaysAfterTheRespondentReceivedTheComplaint_46a_54_43a() {
        servedComplaint(false, RECEIVED);

        List<ProcessInstance> answers = answerInstances();
        assertThat(answers).hasSize(2);
        for (ProcessInstance answer : answers) {
            assertThat(answer).isWaitingAt("Task_RecordRespondentFiling");
            assertThat(task(answer).getDueDate()).isEqualTo(endOf(ANSWER_DUE));
            assertThat(jobQuery().processInstanceId(answer.getId()).timers().singleResult().getDuedate())
                    .isEqualTo(endOf(ANSWER_DUE));
        }
        assertThat(records.respondents(docket)).allSatisfy(r -> assertThat(r.answerDueOn()).isEqualTo(ANSWER_DUE));
    }

    @Test
    void aHousingComplaintIsAnsweredWithinTenDays_46a_54_43a() {
        servedComplaint(true, RECEIVED);

        assertThat(records.respondents(docket)).allSatisfy(
                r -> assertThat(r.answerDueOn()).as("10 days after 7 March").isEqualTo("2026-03-17"));
    }

    @Test
    void anAnswerDueOnMemorialDayIsDueTheNextDay_46a_54_20a() {
        servedComplaint(false, LocalDate.of(2026, 4, 25)); // 30 days later: Monday 25 May, Memorial Day

        assertThat(records.respondents(docket)).allSatisfy(r -> assertThat(r.answerDueOn()).isEqualTo("2026-05-26"));
    }

    @Test
    void whenReceiptIsNotYetKnownIntakeRecordsItBeforeTheClockStarts_46a_54_43a_d() {
        servedComplaint(false, null);

        ProcessInstance answer = answerInstances().get(0);
        assertThat(answer).isWaitingAt("Task_RecordReceipt");
        assertThat(jobQuery().processInstanceId(answer.getId()).count()).as("no clock yet").isZero();
        today(RECEIVED.plusDays(2));
        complete(task(answer), Map.of("respondentReceivedOn", RECEIVED.toString()));

        assertThat(answer).isWaitingAt("Task_RecordRespondentFiling");
        assertThat(task(answer).getDueDate()).isEqualTo(endOf(ANSWER_DUE));
    }

    @Test
    void anAnswerRecordedInTasklistInTimeClosesTheClock_46a_54_43a() {
        servedComplaint(false, RECEIVED);
        ProcessInstance answer = answerInstances().get(0);

        today(LocalDate.of(2026, 4, 1));
        complete(task(answer), Map.of("filingType", "ANSWER", "answeredOn", "2026-04-01", "answerSworn", true));

        assertThat(answer).isEnded().hasPassed("End_Answered");
        assertThat(records.respondent(docket, 1).answeredOn()).isEqualTo("2026-04-01");
        assertThat(caseFile.deadlines(docket)).filteredOn(d -> d.deadline().equals(AnswerPeriod.ANSWER_DEADLINE)
                && d.party().equals("Acme Manufacturing LLC")).singleElement()
                .satisfies(d -> assertThat(d.status()).isEqualTo(CaseFile.DeadlineStatus.MET));
    }

    @Test
    void anAnswerArrivingAsAMessageIsMatchedByDocketAndRespondent_46a_54_44a() {
        servedComplaint(false, RECEIVED);
        today(LocalDate.of(2026, 4, 2));

        runtimeService().createMessageCorrelation("AnswerFiled")
                .processInstanceBusinessKey(docket)
                .processInstanceVariableEquals("respondentNo", 2)
                .setVariable("answeredOn", "2026-04-02").setVariable("answerSworn", true)
                .correlate();

        assertThat(answerInstance(2)).isEnded().hasPassed("End_Answered");
        assertThat(answerInstance(1)).isWaitingAt("Task_RecordRespondentFiling");
        assertThat(records.respondent(docket, 2).answeredOn()).isEqualTo("2026-04-02");
    }

    @Test // review F26
    void theAnswersCertificationThatACopyWentToTheComplainantIsRecorded_46a_54_44a_c_19a_a_2() {
        servedComplaint(false, RECEIVED);
        ProcessInstance answer = answerInstances().get(0);
        today(LocalDate.of(2026, 4, 3));
        assertThatThrownBy(() -> complete(task(answer), Map.of("filingType", "ANSWER", "answeredOn", "2026-04-01",
                "answerSworn", true, "answerCopySentOn", "2026-04-01")))
                .hasMessageContaining("'How the copy was sent' is required");

        complete(task(answer), Map.of("filingType", "ANSWER", "answeredOn", "2026-04-01", "answerSworn", true,
                "answerCopySentOn", "2026-03-31", "answerCopyMethod", "CERTIFIED_MAIL",
                "answerCopyReceivedOn", "2026-04-02"));

        assertThat(caseFile.notices(docket)).filteredOn(n -> n.section().equals("46a-54-44a(c), 19a(a)(2)"))
                .singleElement().satisfies(n -> {
                    assertThat(n.notice()).isEqualTo(Receipts.ANSWER_COPY + "Acme Manufacturing LLC");
                    assertThat(n.recipient()).isEqualTo("complainant");
                    assertThat(n.method()).isEqualTo("CERTIFIED_MAIL");
                    assertThat(n.sentOn()).isEqualTo("2026-03-31");
                    assertThat(n.receivedOn()).isEqualTo("2026-04-02");
                });
    }

    @Test
    void anAnswerNotUnderOathIsRefusedAndTheCaseWaitsAsBefore_46a_54_43a() {
        servedComplaint(false, RECEIVED);
        today(LocalDate.of(2026, 4, 2));

        assertThatThrownBy(() -> runtimeService().createMessageCorrelation("AnswerFiled")
                .processInstanceBusinessKey(docket).processInstanceVariableEquals("respondentNo", 1)
                .setVariable("answeredOn", "2026-04-02").setVariable("answerSworn", false).correlate())
                .isInstanceOf(FormCheckException.class).hasMessageContaining("answerSworn: the answer must be under oath");

        assertThat(answerInstance(1)).isWaitingAt("Task_RecordRespondentFiling");
        assertThat(records.respondent(docket, 1).answeredOn()).isNull();
    }

    @Test
    void anAnswerForAnUnknownDocketIsRefused() {
        servedComplaint(false, RECEIVED);

        assertThatThrownBy(() -> runtimeService().createMessageCorrelation("AnswerFiled")
                .processInstanceBusinessKey("2026-99999").setVariable("answeredOn", "2026-03-20").correlate())
                .isInstanceOf(MismatchingMessageCorrelationException.class);
    }

    @Test
    void oneFifteenDayExtensionRequestedInTimeMovesTheDueDate_46a_54_45a() {
        servedComplaint(false, RECEIVED);
        ProcessInstance answer = answerInstances().get(0);
        today(LocalDate.of(2026, 4, 1));

        complete(task(answer), Map.of("filingType", "EXTENSION_REQUEST", "extensionRequestReceivedOn", "2026-04-01"));
        assertThat(task(answer)).hasDefinitionKey("Task_DecideExtension").hasCandidateGroup(Role.INVESTIGATOR.groupId());
        complete(task(answer), extensionDecided("true", "Counsel newly retained.", "2026-04-01"));

        assertThat(answer).isWaitingAt("Task_RecordRespondentFiling");
        LocalDate extended = LocalDate.of(2026, 4, 21); // 15 days after 6 April
        assertThat(jobQuery().processInstanceId(answer.getId()).timers().singleResult().getDuedate())
                .isEqualTo(endOf(extended));
        assertThat(records.respondent(docket, 1).answerDueOn()).isEqualTo(extended);

        // a second extension cannot be granted
        complete(task(answer), Map.of("filingType", "EXTENSION_REQUEST", "extensionRequestReceivedOn", "2026-04-01"));
        assertThatThrownBy(() -> complete(task(answer), extensionDecided("true", "Again.", "2026-04-01")))
                .hasMessageContaining("already had its one extension");
    }

    @Test // review F14
    void theExtensionRunsFromTheUnrolledThirtiethDay_46a_54_45a_20a() {
        // received Wednesday 4 March 2026: day 30 is Good Friday, 3 April, so the answer is due Monday 6 April;
        // the fifteen days run from day 30: day 45 is Saturday 18 April, so Monday 20 April (not 21 April)
        servedComplaint(false, LocalDate.of(2026, 3, 4));
        ProcessInstance answer = answerInstances().get(0);
        assertThat(records.respondent(docket, 1).answerDueOn()).isEqualTo(LocalDate.of(2026, 4, 6));
        today(LocalDate.of(2026, 4, 1));

        complete(task(answer), Map.of("filingType", "EXTENSION_REQUEST", "extensionRequestReceivedOn", "2026-04-01"));
        complete(task(answer), extensionDecided("true", "Counsel newly retained.", "2026-04-01"));

        assertThat(records.respondent(docket, 1).answerDueOn()).isEqualTo(LocalDate.of(2026, 4, 20));
        assertThat(jobQuery().processInstanceId(answer.getId()).timers().singleResult().getDuedate())
                .isEqualTo(endOf(LocalDate.of(2026, 4, 20)));
    }

    @Test
    void anExtensionRequestReceivedOnTheDueDateCannotBeGranted_46a_54_45a() {
        servedComplaint(false, RECEIVED);
        ProcessInstance answer = answerInstances().get(0);
        today(ANSWER_DUE);
        runtimeService().createMessageCorrelation("AnswerExtensionRequested")
                .processInstanceBusinessKey(docket).processInstanceVariableEquals("respondentNo", 1)
                .setVariable("extensionRequestReceivedOn", ANSWER_DUE.toString()).correlate();

        assertThatThrownBy(() -> complete(task(answer), extensionDecided("true", "Busy.", ANSWER_DUE.toString())))
                .hasMessageContaining("not before the answer was due");
        complete(task(answer), extensionDecided("false", "Received on the due date.", ANSWER_DUE.toString()));

        assertThat(answer).isWaitingAt("Task_RecordRespondentFiling");
        assertThat(records.respondent(docket, 1).answerDueOn()).isEqualTo(ANSWER_DUE);
    }

    @Test // review F27
    void theResponseToAnExtensionRequestIsAPaperServedOnTheRespondentStatingTheDateTheAnswerIsDue_46a_54_45a() {
        servedComplaint(false, RECEIVED);
        ProcessInstance first = answerInstance(1);
        ProcessInstance second = answerInstance(2);
        today(LocalDate.of(2026, 4, 2));
        complete(task(first), Map.of("filingType", "EXTENSION_REQUEST", "extensionRequestReceivedOn", "2026-04-01"));
        complete(task(second), Map.of("filingType", "EXTENSION_REQUEST", "extensionRequestReceivedOn", "2026-04-01"));
        assertThatThrownBy(() -> complete(task(first), Map.of("grantExtension", "true", "extensionReasons", "Counsel new.")))
                .as("the response is part of the decision").hasMessageContaining("Response sent to the respondent on");
        assertThatThrownBy(() -> complete(task(first), extensionDecided("true", "Counsel new.", "2026-03-31")))
                .hasMessageContaining("extensionResponseSentOn").hasMessageContaining("46a-54-45a");

        complete(task(first), extensionDecided("true", "Counsel newly retained.", "2026-04-02"));
        complete(task(second), extensionDecided("false", "No cause shown.", "2026-04-02"));

        // granted: the answer is due 15 days after 6 April; denied: still 6 April; each response says so
        assertThat(caseFile.notices(docket)).filteredOn(n -> n.section().equals("46a-54-45a"))
                .extracting(CaseFile.ServedNotice::notice, CaseFile.ServedNotice::recipient, CaseFile.ServedNotice::method,
                        CaseFile.ServedNotice::sentOn, CaseFile.ServedNotice::dueOn)
                .containsExactly(
                        tuple("Response to the request for an extension of time to answer", "Acme Manufacturing LLC",
                                "FIRST_CLASS_MAIL", LocalDate.of(2026, 4, 2), LocalDate.of(2026, 4, 21)),
                        tuple("Response to the request for an extension of time to answer", "Pat Quinn",
                                "FIRST_CLASS_MAIL", LocalDate.of(2026, 4, 2), ANSWER_DUE));
    }

    @Test
    void noAnswerByTheEndOfTheDueDayAsksStaffWhetherToRequestDefault_46a_54_46a() {
        servedComplaint(false, RECEIVED);
        ProcessInstance answer = answerInstances().get(0);
        Job timer = jobQuery().processInstanceId(answer.getId()).timers().singleResult();

        at(ANSWER_DUE.plusDays(1), 0);
        execute(timer);

        assertThat(answer).isWaitingAt("Task_DecideDefaultRequest");
        assertThat(task(answer)).hasCandidateGroup(Role.INVESTIGATOR.groupId());
        complete(task(answer), Map.of("requestDefault", "false", "defaultDecisionReasons", "Respondent in contact."));
        assertThat(answer).isEnded().hasPassed("End_NoDefaultRequested");
    }

    @Test
    void aDefaultOrderedAfterFifteenDaysFromMailingSendsTheCaseToAHearingInDamages_46a_54_46a() {
        servedComplaint(false, RECEIVED);
        ProcessInstance answer = answerInstances().get(0);
        ProcessInstance dflt = defaultRequestMailed(answer, "investigator");

        // 15 days from 8 April: Thursday 23 April
        Job wait = jobQuery().processInstanceId(dflt.getId()).timers().singleResult();
        assertThat(wait.getDuedate()).isEqualTo(endOf(LocalDate.of(2026, 4, 23)));
        today(LocalDate.of(2026, 4, 20));
        runtimeService().createMessageCorrelation("DefaultObjectionFiled").processInstanceBusinessKey(docket)
                .processInstanceVariableEquals("respondentNo", 1).setVariable("objectionReceivedOn", "2026-04-20")
                .correlate();
        assertThat(dflt).isWaitingAt("Task_RecordDefaultPeriodFiling").variables().containsEntry("objectionFiled", true);

        at(LocalDate.of(2026, 4, 24), 0);
        execute(jobQuery().processInstanceId(dflt.getId()).timers().singleResult());
        assertThat(task(dflt)).hasDefinitionKey("Task_DecideDefault").hasCandidateGroup(Role.EXECUTIVE_DIRECTOR.groupId());
        assertThatThrownBy(() -> complete(task(dflt), Map.of("orderDefault", "true",
                "defaultOrderReasons", "The objection gives no reason.")))
                .as("the requester is first allowed to respond to the objection").hasMessageContaining("requesterResponse")
                .hasMessageContaining("46a-54-46a(d)"); // review F11
        complete(task(dflt), Map.of("orderDefault", "true", "defaultOrderReasons", "The objection gives no reason.",
                "requesterResponse", "RESPONDED", "requesterResponseOn", "2026-04-24"));
        assertThat(caseFile.notices(docket)).extracting(CaseFile.ServedNotice::notice)
                .contains("Requester's response to the objection");

        assertThat(answer).isEnded().hasPassed("End_DefaultEntered");
        assertThat(records.get(docket).stage()).isEqualTo(Stage.DEFAULT.name());
        assertThat(caseFile.notices(docket)).extracting(CaseFile.ServedNotice::notice)
                .contains("Request to Enter Default (by investigator)", "Order of default");
    }

    @Test
    void anAnswerUnderOathBeforeTheOrderBarsTheDefault_46a_54_46a_c() {
        servedComplaint(false, RECEIVED);
        ProcessInstance answer = answerInstances().get(0);
        ProcessInstance dflt = defaultRequestMailed(answer, "manager");

        today(LocalDate.of(2026, 4, 15));
        complete(task(dflt), Map.of("filingType", "CURE", "answeredOn", "2026-04-15", "answerSworn", true));

        assertThat(answer).isEnded().hasPassed("End_AnsweredAfterDefaultRequest");
        assertThat(caseFile.deadlines(docket)).filteredOn(d -> d.deadline().equals(AnswerPeriod.ANSWER_DEADLINE)
                && d.party().equals("Acme Manufacturing LLC")).singleElement()
                .satisfies(d -> assertThat(d.status()).as("late").isEqualTo(CaseFile.DeadlineStatus.MISSED));
        assertThatThrownBy(() -> defaults.decide(docket, 1, Defaults.Ground.NO_ANSWER, true))
                .hasMessageContaining("no default may enter");
    }

    @Test
    void theExecutiveDirectorMayDenyTheDefaultAndTheCaseGoesOn_46a_54_46a_c() {
        servedComplaint(false, RECEIVED);
        ProcessInstance answer = answerInstances().get(0);
        ProcessInstance dflt = defaultRequestMailed(answer);
        today(LocalDate.of(2026, 4, 20));
        complete(task(dflt), Map.of("filingType", "OBJECTION", "objectionReceivedOn", "2026-04-20"));
        assertThat(dflt).isWaitingAt("Task_RecordDefaultPeriodFiling").variables().containsEntry("objectionFiled", true);

        at(LocalDate.of(2026, 4, 24), 0);
        execute(jobQuery().processInstanceId(dflt.getId()).timers().singleResult());
        complete(task(dflt), Map.of("orderDefault", "false", "defaultOrderReasons", "Good cause shown.",
                "requesterResponse", "DECLINED"));

        assertThat(answer).isEnded().hasPassed("End_DefaultDenied");
        assertThat(records.get(docket).stage()).isNotEqualTo(Stage.DEFAULT.name());
    }

    @Test
    void whenEveryRespondentIsInDefaultTheCaseGoesToAHearingInDamages_46a_54_46a_e() {
        servedComplaint(false, RECEIVED, "");
        ProcessInstance answer = answerInstances().get(0);
        ProcessInstance dflt = defaultRequestMailed(answer);
        at(LocalDate.of(2026, 4, 24), 0);
        execute(jobQuery().processInstanceId(dflt.getId()).timers().singleResult());
        complete(task(dflt), Map.of("orderDefault", "true", "defaultOrderReasons", "No answer, no objection."));

        assertThat(complaint).isEnded().hasPassed("End_DefaultHearing");
        assertThat(records.get(docket).disposition()).isEqualTo(Disposition.DEFAULT_HEARING_IN_DAMAGES.name());
        assertThat(records.get(docket).stage()).isEqualTo(Stage.DEFAULT.name());
    }

    @Test // review F04
    void aRespondentsDefaultEndsItsProceedingAtOnceAndHoldsUpNoOtherRespondent_46a_54_46a_e_78a_b_5() {
        ProcessInstance dflt = firstRespondentDefaultedSecondAnswered();
        ProcessInstance first = answerInstance(1);

        assertThat(dflt).isEnded().hasPassed("End_DefaultEntered");
        assertThat(first).isEnded().hasPassed("End_DefaultEntered");
        assertThat(complaint).as("the other respondent's case goes on to the review").isWaitingAt("CallActivity_MeritAssessment");
        assertThat(defaults.inDefault(docket, records.respondent(docket, 1).name())).isTrue();
    }

    @Test // review F04
    void aDefaultVacatedForGoodCauseBeforeTheHearingIsRecordedAtAnyStage_46a_54_46a_f() {
        firstRespondentDefaultedSecondAnswered();
        today(LocalDate.of(2026, 4, 28));

        assertThatThrownBy(() -> Complaints.request(engine, docket, "VACATE_DEFAULT", LocalDate.of(2026, 4, 28),
                Map.of("respondentNo", 1, "vacaturSentOn", "2026-04-28", "vacaturMethod", "CERTIFIED_MAIL",
                        "vacaturAnswerDueOn", "2026-05-12")))
                .hasMessageContaining("only for good cause shown");
        assertThatThrownBy(() -> Complaints.request(engine, docket, "VACATE_DEFAULT", LocalDate.of(2026, 4, 28),
                Map.of("respondentNo", 2, "vacateReasons", "Mistake.", "vacaturSentOn", "2026-04-27",
                        "vacaturMethod", "CERTIFIED_MAIL"))).hasMessageContaining("no order of default stands");
        assertThatThrownBy(() -> Complaints.request(engine, docket, "VACATE_DEFAULT", LocalDate.of(2026, 4, 28),
                Map.of("respondentNo", 1, "vacateReasons", "Service went to a closed office.",
                        "vacaturAnswerDueOn", "2026-05-12")))
                .as("review F23: the order vacating it is recorded as sent").hasMessageContaining("'Order vacating the default sent on'")
                .hasMessageContaining("'How the order was sent'");
        Complaints.request(engine, docket, "VACATE_DEFAULT", LocalDate.of(2026, 4, 28),
                Map.of("respondentNo", 1, "vacateReasons", "Service went to a closed office.",
                        "vacaturSentOn", "2026-04-27", "vacaturMethod", "CERTIFIED_MAIL", "vacaturAnswerDueOn", "2026-05-12"));

        assertThat(defaults.inDefault(docket, records.respondent(docket, 1).name())).isFalse();
        assertThat(caseFile.notices(docket)).filteredOn(n -> n.notice().equals("Order of default vacated")).singleElement()
                .satisfies(n -> assertThat(n.sentOn()).isEqualTo("2026-04-27")); // review F23
        assertThat(complaint).isWaitingAt("CallActivity_MeritAssessment");
    }

    @Test // review F28
    void aVacatedDefaultReopensTheAnswerOnTheDateTheOrderSetsAndTheReviewRunsFromThatAnswer_46a_54_46a_f_43a_65a_a() {
        firstRespondentDefaultedSecondAnswered();
        ProcessInstance review = processInstanceQuery().processDefinitionKey("complaint-merit-assessment")
                .processInstanceBusinessKey(docket).singleResult();
        assertThat(runtimeService().getVariable(review.getId(), "reviewDueOn")).as("90 days after 2 April").isEqualTo("2026-07-01");
        today(LocalDate.of(2026, 4, 28));
        assertThatThrownBy(() -> Complaints.request(engine, docket, "VACATE_DEFAULT", LocalDate.of(2026, 4, 28),
                Map.of("respondentNo", 1, "vacateReasons", "Service went to a closed office.", "vacaturSentOn", "2026-04-28",
                        "vacaturMethod", "CERTIFIED_MAIL")))
                .as("the order sets the date the answer is due").hasMessageContaining("vacaturAnswerDueOn")
                .hasMessageContaining("46a-54-46a(f), 43a");

        Complaints.request(engine, docket, "VACATE_DEFAULT", LocalDate.of(2026, 4, 28), Map.of("respondentNo", 1,
                "vacateReasons", "Service went to a closed office.", "vacaturSentOn", "2026-04-28",
                "vacaturMethod", "CERTIFIED_MAIL", "vacaturAnswerDueOn", "2026-05-12"));

        // the answer clock opens again on the date the order set: a stage, its task and its timer
        ProcessInstance reopened = processInstanceQuery().processDefinitionKey("complaint-answer")
                .processInstanceBusinessKey(docket).active().singleResult();
        assertThat(reopened).isWaitingAt("Task_RecordRespondentFiling");
        assertThat(runtimeService().getVariable(reopened.getId(), "respondentNo")).isEqualTo(1);
        assertThat(jobQuery().processInstanceId(reopened.getId()).timers().singleResult().getDuedate())
                .isEqualTo(endOf(LocalDate.of(2026, 5, 12)));
        assertThat(records.respondent(docket, 1).answerDueOn()).isEqualTo("2026-05-12");
        assertThat(caseFile.deadlines(docket)).filteredOn(d -> d.deadline().equals(AnswerPeriod.ANSWER_DEADLINE)
                && d.party().equals("Acme Manufacturing LLC")).singleElement().satisfies(d -> {
                    assertThat(d.status()).isEqualTo(CaseFile.DeadlineStatus.OPEN);
                    assertThat(d.section()).contains("46a-54-46a(f)");
                });

        // the answer under oath on 11 May: the review now runs 90 days from it (Sunday 9 August, so Monday 10 August)
        today(LocalDate.of(2026, 5, 11));
        complete(task(reopened), Map.of("filingType", "ANSWER", "answeredOn", "2026-05-11", "answerSworn", true));

        assertThat(reopened).isEnded().hasPassed("End_Answered");
        assertThat(records.respondent(docket, 1).answeredOn()).isEqualTo("2026-05-11");
        assertThat(runtimeService().getVariable(review.getId(), "reviewDueOn")).isEqualTo("2026-08-10");
        assertThat(caseFile.notices(docket)).filteredOn(n -> n.notice().equals("Order of default vacated")).singleElement()
                .satisfies(n -> {
                    assertThat(n.sentOn()).isEqualTo("2026-04-28");
                    assertThat(n.dueOn()).as("the order states the date the answer is due").isEqualTo("2026-05-12");
                });
    }

    @Test // review F28
    void aRespondentThatStillDoesNotAnswerByTheDateTheVacaturSetMayBeDefaultedAgain_46a_54_46a_f_46a_a() {
        firstRespondentDefaultedSecondAnswered();
        today(LocalDate.of(2026, 4, 28));
        Complaints.request(engine, docket, "VACATE_DEFAULT", LocalDate.of(2026, 4, 28), Map.of("respondentNo", 1,
                "vacateReasons", "Service went to a closed office.", "vacaturSentOn", "2026-04-28",
                "vacaturMethod", "CERTIFIED_MAIL", "vacaturAnswerDueOn", "2026-05-12"));
        ProcessInstance reopened = processInstanceQuery().processDefinitionKey("complaint-answer")
                .processInstanceBusinessKey(docket).active().singleResult();
        assertThat(defaults.inDefault(docket, "Acme Manufacturing LLC")).isFalse();

        at(LocalDate.of(2026, 5, 13), 0);
        execute(jobQuery().processInstanceId(reopened.getId()).timers().singleResult());
        assertThat(reopened).isWaitingAt("Task_DecideDefaultRequest");
        today(LocalDate.of(2026, 5, 14));
        complete(task(reopened), Map.of("requestDefault", "true", "defaultDecisionReasons", "Still no answer."));
        ProcessInstance again = calledProcessInstance(reopened);
        complete(task(again), Map.of("defaultRequestMailedOn", "2026-05-14", "defaultRequestedBy", "investigator"));
        at(LocalDate.of(2026, 5, 30), 0);
        execute(jobQuery().processInstanceId(again.getId()).timers().singleResult());
        complete(task(again), Map.of("orderDefault", "true", "defaultOrderReasons", "No answer by the date set."));

        assertThat(reopened).isEnded().hasPassed("End_DefaultEntered");
        assertThat(defaults.inDefault(docket, "Acme Manufacturing LLC")).as("the later order stands").isTrue();
    }

    @Test // review F10(c)
    void aComplaintAmendedToAmplifyItIsAnsweredWithinTenDaysOfReceiptWithAnExtensionAsForTheComplaint_46a_54_47a_45a() {
        bothAnsweredThenAmendmentServed();
        ProcessInstance first = amendedAnswerStage(1);
        ProcessInstance second = amendedAnswerStage(2);

        // received Thursday 16 April: day 10 is Sunday 26 April, so Monday 27 April (20a)
        for (ProcessInstance stage : List.of(first, second)) {
            assertThat(stage).isWaitingAt("Task_RecordRespondentFiling");
            assertThat(jobQuery().processInstanceId(stage.getId()).timers().singleResult().getDuedate())
                    .isEqualTo(endOf(LocalDate.of(2026, 4, 27)));
        }
        assertThat(caseFile.deadlines(docket)).filteredOn(d -> d.deadline().equals(ComplaintIntake.AMENDMENT_ANSWER_DEADLINE))
                .hasSize(2).allSatisfy(d -> assertThat(d.dueOn()).isEqualTo("2026-04-27"));

        // 47a: "An extension of time to answer may be requested and either granted or denied in accordance with 45a"
        today(LocalDate.of(2026, 4, 21));
        complete(task(first), Map.of("filingType", "EXTENSION_REQUEST", "extensionRequestReceivedOn", "2026-04-20"));
        assertThat(task(first)).hasDefinitionKey("Task_DecideExtension");
        complete(task(first), extensionDecided("true", "Counsel newly retained.", "2026-04-21"));

        // fifteen days from the tenth day, Sunday 26 April: Monday 11 May
        assertThat(jobQuery().processInstanceId(first.getId()).timers().singleResult().getDuedate())
                .isEqualTo(endOf(LocalDate.of(2026, 5, 11)));
        assertThat(caseFile.notices(docket)).filteredOn(n -> n.section().equals("46a-54-45a")).singleElement()
                .satisfies(n -> {
                    assertThat(n.notice()).isEqualTo("Response to the request for an extension of time to answer the amended complaint");
                    assertThat(n.recipient()).isEqualTo("Acme Manufacturing LLC");
                    assertThat(n.dueOn()).isEqualTo("2026-05-11");
                });
        assertThat(records.respondent(docket, 1).answerDueOn()).as("the answer to the complaint keeps its own date")
                .isEqualTo(ANSWER_DUE);

        // its answer, recorded as a request on the complaint, ends the stage and closes its clock in time
        today(LocalDate.of(2026, 5, 8));
        Complaints.request(engine, docket, "AMENDED_ANSWER", LocalDate.of(2026, 5, 8),
                Map.of("respondentNo", 1, "amendedAnswerSworn", true));
        assertThat(first).isEnded().hasPassed("End_Answered");
        assertThat(caseFile.deadlines(docket)).filteredOn(d -> d.deadline().equals(ComplaintIntake.AMENDMENT_ANSWER_DEADLINE)
                && d.party().equals("Acme Manufacturing LLC")).singleElement()
                .satisfies(d -> assertThat(d.status()).isEqualTo(CaseFile.DeadlineStatus.MET));
    }

    @Test // review F10(c) with F26
    void theAnswerToTheAmendedComplaintCertifiesItsOwnCopyKeptBesideTheAnswersCopy_46a_54_47a_44a_c_19a_a_2() {
        bothAnsweredThenAmendmentServed();
        ProcessInstance first = amendedAnswerStage(1);
        today(LocalDate.of(2026, 4, 24));
        assertThatThrownBy(() -> complete(task(first), Map.of("filingType", "ANSWER", "answeredOn", "2026-04-23",
                "answerSworn", true, "answerCopySentOn", "2026-04-24", "answerCopyMethod", "CERTIFIED_MAIL")))
                .hasMessageContaining("answerCopySentOn").hasMessageContaining("46a-54-44a(c), 47a, 19a(a)(2)");

        today(LocalDate.of(2026, 4, 27));
        complete(task(first), Map.of("filingType", "ANSWER", "answeredOn", "2026-04-23", "answerSworn", true,
                "answerCopySentOn", "2026-04-23", "answerCopyMethod", "FIRST_CLASS_MAIL", "answerCopyReceivedOn", "2026-04-27"));

        assertThat(first).isEnded().hasPassed("End_Answered");
        assertThat(caseFile.deadlines(docket)).filteredOn(d -> d.deadline().equals(ComplaintIntake.AMENDMENT_ANSWER_DEADLINE)
                && d.party().equals("Acme Manufacturing LLC")).singleElement()
                .satisfies(d -> assertThat(d.status()).isEqualTo(CaseFile.DeadlineStatus.MET));
        assertThat(caseFile.notices(docket)).filteredOn(n -> n.notice().startsWith("Copy of the answer")).singleElement()
                .satisfies(n -> {
                    assertThat(n.notice()).isEqualTo(Receipts.AMENDED_ANSWER_COPY + "Acme Manufacturing LLC");
                    assertThat(n.section()).isEqualTo("46a-54-44a(c), 47a, 19a(a)(2)");
                    assertThat(n.method()).isEqualTo("FIRST_CLASS_MAIL");
                    assertThat(n.sentOn()).isEqualTo("2026-04-23");
                    assertThat(n.receivedOn()).isEqualTo("2026-04-27");
                });
        assertThat(records.respondent(docket, 1).answeredOn()).as("the answer to the complaint keeps its day")
                .isEqualTo("2026-04-01");
        // 48a(b): the complainant received this answer on the day the return receipt shows, not on an estimate
        assertThat(receipts.amendedAnswerReceivedByComplainant(docket, "Acme Manufacturing LLC", LocalDate.of(2026, 4, 23)))
                .isEqualTo("2026-04-27");
        assertThat(receipts.amendedAnswerReceivedByComplainant(docket, "Pat Quinn", LocalDate.of(2026, 4, 23)))
                .as("no certified copy: the agency's estimate from the filing").isEqualTo("2026-04-26");
    }

    @Test // review F10(c)
    void noAnswerToTheAmendedComplaintInTenDaysMayLeadToADefaultWhichItsAnswerStillBars_46a_54_47a_46a_1a_b_3() {
        bothAnsweredThenAmendmentServed();
        ProcessInstance second = amendedAnswerStage(2);

        at(LocalDate.of(2026, 4, 28), 0);
        execute(jobQuery().processInstanceId(second.getId()).timers().singleResult());
        assertThat(second).isWaitingAt("Task_DecideDefaultRequest");
        today(LocalDate.of(2026, 4, 29));
        complete(task(second), Map.of("requestDefault", "true", "defaultDecisionReasons", "No answer to the amendment."));
        ProcessInstance dflt = calledProcessInstance(second);
        assertThat(runtimeService().getVariable(dflt.getId(), "defaultGround")).isEqualTo("NO_AMENDED_ANSWER");
        complete(task(dflt), Map.of("defaultRequestMailedOn", "2026-04-29", "defaultRequestedBy", "complainant"));

        // 46a(c): the sworn answer to the amended complaint, before the order, bars the default
        today(LocalDate.of(2026, 5, 5));
        Complaints.request(engine, docket, "AMENDED_ANSWER", LocalDate.of(2026, 5, 5),
                Map.of("respondentNo", 2, "amendedAnswerSworn", true));

        assertThat(dflt).isEnded().hasPassed("End_Cured");
        assertThat(second).isEnded().hasPassed("End_AnsweredAfterDefaultRequest");
        assertThat(caseFile.deadlines(docket)).filteredOn(d -> d.deadline().equals(ComplaintIntake.AMENDMENT_ANSWER_DEADLINE)
                && d.party().equals("Pat Quinn")).singleElement()
                .satisfies(d -> assertThat(d.status()).as("late").isEqualTo(CaseFile.DeadlineStatus.MISSED));
        assertThatThrownBy(() -> defaults.decide(docket, 2, Defaults.Ground.valueOf("NO_AMENDED_ANSWER"), true))
                .hasMessageContaining("no default may enter");
    }

    @Test // review F10(c)
    void aComplaintAmendedAgainBeforeTheAnswerRestartsTheTenDaysInTheSameStage_46a_54_47a() {
        bothAnsweredThenAmendmentServed();
        today(LocalDate.of(2026, 4, 20));
        Complaints.request(engine, docket, "AMENDMENT", LocalDate.of(2026, 4, 20), Map.of());
        complete(taskQuery().processInstanceId(complaint.getId()).taskDefinitionKey("Task_RecordAmendmentDetails")
                .singleResult(), Map.of("amendmentSwornOn", "2026-04-20", "amendmentSummary", "Corrects a date.",
                "addsRespondent", false, "amendmentWithinJurisdiction", "true"));
        today(LocalDate.of(2026, 4, 22));
        for (Task service : taskQuery().processInstanceId(complaint.getId()).taskDefinitionKey("Task_ServeAmendedComplaint")
                .list()) {
            complete(service, Map.of("serviceMethod", "IN_HAND", "sentOn", "2026-04-22", "respondentReceivedOn", "2026-04-22"));
        }

        // one stage per respondent still; ten days from 22 April: Saturday 2 May, so Monday 4 May
        assertThat(processInstanceQuery().processDefinitionKey("complaint-answer").processInstanceBusinessKey(docket)
                .variableValueEquals("answerTo", "AMENDED_COMPLAINT").count()).isEqualTo(2);
        assertThat(jobQuery().processInstanceId(amendedAnswerStage(1).getId()).timers().singleResult().getDuedate())
                .isEqualTo(endOf(LocalDate.of(2026, 5, 4)));
        assertThat(task(amendedAnswerStage(1)).getDueDate()).isEqualTo(endOf(LocalDate.of(2026, 5, 4)));
    }

    @Test // review R-1
    void aComplaintAmendedAgainWithoutAKnownReceiptAsksForItBeforeTheTenDaysRestart_46a_54_47a_43a_d() {
        bothAnsweredThenAmendmentServed();
        ProcessInstance first = amendedAnswerStage(1);

        // served again by certified mail on 22 April; the return receipt has not come back yet
        amendedAgain("2026-04-20", "2026-04-22", null);

        assertThat(first).isWaitingAt("Task_RecordReceipt");
        assertThat(jobQuery().processInstanceId(first.getId()).activityId("Timer_AnswerDue").count())
                .as("not the first amendment's timer of 27 April").isZero();
        today(LocalDate.of(2026, 4, 24));
        complete(task(first), Map.of("respondentReceivedOn", "2026-04-24"));
        // ten days from Friday 24 April: Monday 4 May
        assertThat(first).isWaitingAt("Task_RecordRespondentFiling");
        assertThat(jobQuery().processInstanceId(first.getId()).timers().singleResult().getDuedate())
                .isEqualTo(endOf(LocalDate.of(2026, 5, 4)));
    }

    @Test // review R-1
    void aComplaintAmendedAgainKeepsTheDateTheRespondentWasToldAndCarriesItsOwnExtension_46a_54_47a_45a() {
        bothAnsweredThenAmendmentServed();
        ProcessInstance first = amendedAnswerStage(1);
        today(LocalDate.of(2026, 4, 21));
        complete(task(first), Map.of("filingType", "EXTENSION_REQUEST", "extensionRequestReceivedOn", "2026-04-20"));
        complete(task(first), extensionDecided("true", "Counsel newly retained.", "2026-04-21"));

        // ten days from 22 April would end on Monday 4 May; the respondent was told 11 May, which stands
        amendedAgain("2026-04-22", "2026-04-22", "2026-04-22");

        assertThat(first).isWaitingAt("Task_RecordRespondentFiling");
        assertThat(jobQuery().processInstanceId(first.getId()).timers().singleResult().getDuedate())
                .isEqualTo(endOf(LocalDate.of(2026, 5, 11)));
        assertThat(jobQuery().processInstanceId(amendedAnswerStage(2).getId()).timers().singleResult().getDuedate())
                .isEqualTo(endOf(LocalDate.of(2026, 5, 4)));
        // the new amended complaint may be answered late by one extension of its own (47a, 45a): 15 days from 11 May
        today(LocalDate.of(2026, 5, 5));
        complete(task(first), Map.of("filingType", "EXTENSION_REQUEST", "extensionRequestReceivedOn", "2026-05-05"));
        complete(task(first), extensionDecided("true", "The new allegations need records.", "2026-05-05"));
        assertThat(jobQuery().processInstanceId(first.getId()).timers().singleResult().getDuedate())
                .isEqualTo(endOf(LocalDate.of(2026, 5, 26)));
    }

    @Test // review R-1
    void aComplaintAmendedAgainWhileStaffDecideOnADefaultStartsTheTenDaysAgain_46a_54_47a() {
        bothAnsweredThenAmendmentServed();
        ProcessInstance second = amendedAnswerStage(2);
        at(LocalDate.of(2026, 4, 28), 0);
        execute(jobQuery().processInstanceId(second.getId()).timers().singleResult());
        assertThat(second).isWaitingAt("Task_DecideDefaultRequest");

        amendedAgain("2026-04-29", "2026-04-30", "2026-04-30");

        // ten days from 30 April: Sunday 10 May, so Monday 11 May
        assertThat(second).isWaitingAt("Task_RecordRespondentFiling");
        assertThat(jobQuery().processInstanceId(second.getId()).timers().singleResult().getDuedate())
                .isEqualTo(endOf(LocalDate.of(2026, 5, 11)));
    }

    @Test // review R-2
    void aVacatedDefaultForNotAnsweringTheAmendedComplaintAwaitsThatAnswerByTheDateTheOrderSets_46a_54_46a_f_47a() {
        bothAnsweredThenAmendmentServed();
        ProcessInstance second = amendedAnswerStage(2);
        at(LocalDate.of(2026, 4, 28), 0);
        execute(jobQuery().processInstanceId(second.getId()).timers().singleResult());
        today(LocalDate.of(2026, 4, 29));
        complete(task(second), Map.of("requestDefault", "true", "defaultDecisionReasons", "No answer to the amendment."));
        ProcessInstance dflt = calledProcessInstance(second);
        complete(task(dflt), Map.of("defaultRequestMailedOn", "2026-04-29", "defaultRequestedBy", "complainant"));
        at(LocalDate.of(2026, 5, 15), 0);
        execute(jobQuery().processInstanceId(dflt.getId()).timers().singleResult());
        complete(task(dflt), Map.of("orderDefault", "true", "defaultOrderReasons", "No answer to the amendment."));
        assertThat(second).isEnded().hasPassed("End_DefaultEntered");
        today(LocalDate.of(2026, 5, 20));

        assertThatThrownBy(() -> Complaints.request(engine, docket, "VACATE_DEFAULT", LocalDate.of(2026, 5, 20),
                Map.of("respondentNo", 2, "vacateReasons", "The amendment went to a former address.",
                        "vacaturSentOn", "2026-05-20", "vacaturMethod", "CERTIFIED_MAIL"))).as("the answer to the amended complaint is still owed")
                .hasMessageContaining("vacaturAnswerDueOn").hasMessageContaining("47a");
        Complaints.request(engine, docket, "VACATE_DEFAULT", LocalDate.of(2026, 5, 20), Map.of("respondentNo", 2,
                "vacateReasons", "The amendment went to a former address.", "vacaturSentOn", "2026-05-20", "vacaturMethod", "CERTIFIED_MAIL",
                "vacaturAnswerDueOn", "2026-06-01"));

        ProcessInstance reopened = processInstanceQuery().processDefinitionKey("complaint-answer")
                .processInstanceBusinessKey(docket).variableValueEquals("respondentNo", 2)
                .variableValueEquals("answerTo", "AMENDED_COMPLAINT").active().singleResult();
        assertThat(reopened).isWaitingAt("Task_RecordRespondentFiling");
        assertThat(jobQuery().processInstanceId(reopened.getId()).timers().singleResult().getDuedate())
                .isEqualTo(endOf(LocalDate.of(2026, 6, 1)));
        assertThat(caseFile.deadlines(docket)).filteredOn(d -> d.deadline().equals(ComplaintIntake.AMENDMENT_ANSWER_DEADLINE)
                && d.party().equals("Pat Quinn")).singleElement().satisfies(d -> {
                    assertThat(d.status()).isEqualTo(CaseFile.DeadlineStatus.OPEN);
                    assertThat(d.dueOn()).isEqualTo("2026-06-01");
                    assertThat(d.section()).contains("46a-54-46a(f)");
                });
        assertThat(records.respondent(docket, 2).answerDueOn()).as("the answer to the complaint keeps its date")
                .isEqualTo(ANSWER_DUE);

        today(LocalDate.of(2026, 5, 29));
        Complaints.request(engine, docket, "AMENDED_ANSWER", LocalDate.of(2026, 5, 29),
                Map.of("respondentNo", 2, "amendedAnswerSworn", true));
        assertThat(reopened).isEnded().hasPassed("End_Answered");
        assertThat(defaults.inDefault(docket, "Pat Quinn")).isFalse();
    }

    @Test // review R-3
    void anAmendmentServedWhileTheThirtyDaysRunDoesNotBringTheAnswerForward_andOneAnswerAnswersBoth_46a_54_47a_43a_a_1a_b_3() {
        servedComplaint(false, RECEIVED);
        // received day 0 (7 March); an amendment received day 5, served the 13th, received the 14th
        today(LocalDate.of(2026, 3, 12));
        Complaints.request(engine, docket, "AMENDMENT", LocalDate.of(2026, 3, 12), Map.of());
        complete(taskQuery().processInstanceId(complaint.getId()).taskDefinitionKey("Task_RecordAmendmentDetails")
                .singleResult(), Map.of("amendmentSwornOn", "2026-03-12", "amendmentSummary", "Amplifies the dates.",
                "addsRespondent", false, "amendmentWithinJurisdiction", "true"));
        today(LocalDate.of(2026, 3, 14));
        for (Task service : taskQuery().processInstanceId(complaint.getId()).taskDefinitionKey("Task_ServeAmendedComplaint")
                .list()) {
            complete(service, Map.of("serviceMethod", "CERTIFIED_MAIL", "sentOn", "2026-03-13",
                    "respondentReceivedOn", "2026-03-14"));
        }
        ProcessInstance amended = amendedAnswerStage(1);

        // ten days from 14 March would end on the 24th; the thirty days of 43a(a) still run to 6 April
        assertThat(jobQuery().processInstanceId(amended.getId()).timers().singleResult().getDuedate())
                .as("no default on the amended complaint before day 30").isEqualTo(endOf(ANSWER_DUE));
        assertThat(caseFile.deadlines(docket)).filteredOn(d -> d.deadline().equals(ComplaintIntake.AMENDMENT_ANSWER_DEADLINE))
                .hasSize(2).allSatisfy(d -> assertThat(d.dueOn()).isEqualTo(ANSWER_DUE));

        // one sworn answer, filed after the amended complaint reached the respondent, answers the complaint as amended
        today(LocalDate.of(2026, 4, 1));
        complete(task(answerInstance(1)), Map.of("filingType", "ANSWER", "answeredOn", "2026-04-01", "answerSworn", true));

        assertThat(answerInstance(1)).isEnded().hasPassed("End_Answered");
        assertThat(amended).isEnded().hasPassed("End_Answered");
        assertThat(caseFile.deadlines(docket)).filteredOn(d -> d.deadline().equals(ComplaintIntake.AMENDMENT_ANSWER_DEADLINE)
                && d.party().equals("Acme Manufacturing LLC")).singleElement()
                .satisfies(d -> assertThat(d.status()).isEqualTo(CaseFile.DeadlineStatus.MET));
        assertThat(amendedAnswerStage(2)).as("the other respondent has not answered").isWaitingAt("Task_RecordRespondentFiling");
    }

    @Test // review R-3
    void anAmendmentThatOnlyAddsARespondentAsksNoNewAnswerOfTheRespondentsAlreadyInTheCase_46a_54_47a() {
        servedComplaint(false, RECEIVED);
        today(LocalDate.of(2026, 4, 1));
        answerFiled(1, "2026-04-01");
        answerFiled(2, "2026-04-01");
        today(LocalDate.of(2026, 4, 13));
        Complaints.request(engine, docket, "AMENDMENT", LocalDate.of(2026, 4, 13), Map.of());
        Task details = taskQuery().processInstanceId(complaint.getId()).taskDefinitionKey("Task_RecordAmendmentDetails")
                .singleResult();
        Map<String, Object> adds = new java.util.HashMap<>(Map.of("amendmentSwornOn", "2026-04-13",
                "amendmentSummary", "Adds the parent company.", "addsRespondent", true,
                "newRespondentName", "Acme Holdings Inc.", "newRespondentAddress", "Hartford",
                "amendmentWithinJurisdiction", "true"));
        assertThatThrownBy(() -> complete(details, adds)).hasMessageContaining("amendsAllegations")
                .hasMessageContaining("46a-54-47a");
        adds.put("amendsAllegations", "false");
        complete(details, adds);
        today(LocalDate.of(2026, 4, 16));
        for (Task service : taskQuery().processInstanceId(complaint.getId()).taskDefinitionKey("Task_ServeAmendedComplaint")
                .list()) {
            complete(service, Map.of("serviceMethod", "CERTIFIED_MAIL", "sentOn", "2026-04-14",
                    "respondentReceivedOn", "2026-04-16"));
        }

        assertThat(processInstanceQuery().processDefinitionKey("complaint-answer").processInstanceBusinessKey(docket)
                .variableValueEquals("answerTo", "AMENDED_COMPLAINT").count()).isZero();
        assertThat(caseFile.deadlines(docket)).noneMatch(d -> d.deadline().equals(ComplaintIntake.AMENDMENT_ANSWER_DEADLINE));
        assertThat(processInstanceQuery().processDefinitionKey("complaint-answer").processInstanceBusinessKey(docket)
                .variableValueEquals("respondentNo", 3).singleResult()).as("the added respondent answers (30 days)")
                .isWaitingAt("Task_RecordRespondentFiling");
    }

    @Test // review R-4
    void aRequestForMoreTimeReceivedBeforeTheDueDateButRecordedAfterTheTimerIsStillDecided_46a_54_45a() {
        servedComplaint(false, RECEIVED);
        ProcessInstance answer = answerInstance(1);
        at(ANSWER_DUE.plusDays(1), 0);
        execute(jobQuery().processInstanceId(answer.getId()).timers().singleResult());
        assertThat(answer).isWaitingAt("Task_DecideDefaultRequest");
        today(LocalDate.of(2026, 4, 7));

        // received Friday 3 April, before the answer was due on Monday the 6th; keyed in on the 7th
        Complaints.request(engine, docket, "ANSWER_EXTENSION", LocalDate.of(2026, 4, 3), Map.of("respondentNo", 1));

        assertThat(task(answer)).hasDefinitionKey("Task_DecideExtension");
        complete(task(answer), extensionDecided("true", "Counsel newly retained.", "2026-04-07"));
        // fifteen days from 6 April: 21 April
        assertThat(answer).isWaitingAt("Task_RecordRespondentFiling");
        assertThat(jobQuery().processInstanceId(answer.getId()).timers().singleResult().getDuedate())
                .isEqualTo(endOf(LocalDate.of(2026, 4, 21)));
        assertThat(records.respondent(docket, 1).answerDueOn()).isEqualTo("2026-04-21");
    }

    @Test // review R-10
    void aVacaturCannotBeMailedBeforeTheOrderItVacates_46a_54_46a_f() {
        firstRespondentDefaultedSecondAnswered(); // the order entered on 24 April
        today(LocalDate.of(2026, 4, 28));

        assertThatThrownBy(() -> Complaints.request(engine, docket, "VACATE_DEFAULT", LocalDate.of(2026, 4, 28),
                Map.of("respondentNo", 1, "vacateReasons", "Service went to a closed office.", "vacaturSentOn", "2026-04-23", "vacaturMethod", "CERTIFIED_MAIL",
                        "vacaturAnswerDueOn", "2026-05-12"))).hasMessageContaining("vacaturSentOn")
                .hasMessageContaining("2026-04-24").hasMessageContaining("46a-54-46a(f)");
        assertThat(defaults.inDefault(docket, "Acme Manufacturing LLC")).isTrue();
        assertThat(caseFile.notices(docket)).noneMatch(n -> n.notice().equals("Order of default vacated"));

        // mailed the day the order was entered: the vacatur counts after it
        Complaints.request(engine, docket, "VACATE_DEFAULT", LocalDate.of(2026, 4, 28), Map.of("respondentNo", 1,
                "vacateReasons", "Service went to a closed office.", "vacaturSentOn", "2026-04-24", "vacaturMethod", "CERTIFIED_MAIL",
                "vacaturAnswerDueOn", "2026-05-12"));
        assertThat(defaults.inDefault(docket, "Acme Manufacturing LLC")).isFalse();
    }

    /** The complaint amended again: received and sworn, served on every respondent; receipt recorded when given. */
    private void amendedAgain(String receivedOn, String servedOn, String respondentReceivedOn) {
        today(LocalDate.parse(receivedOn));
        Complaints.request(engine, docket, "AMENDMENT", LocalDate.parse(receivedOn), Map.of());
        complete(taskQuery().processInstanceId(complaint.getId()).taskDefinitionKey("Task_RecordAmendmentDetails")
                .singleResult(), Map.of("amendmentSwornOn", receivedOn, "amendmentSummary", "Corrects a date.",
                "addsRespondent", false, "amendmentWithinJurisdiction", "true"));
        today(LocalDate.parse(servedOn));
        for (Task service : taskQuery().processInstanceId(complaint.getId()).taskDefinitionKey("Task_ServeAmendedComplaint")
                .list()) {
            Map<String, Object> record = new java.util.HashMap<>(Map.of("serviceMethod",
                    respondentReceivedOn == null ? "CERTIFIED_MAIL" : "IN_HAND", "sentOn", servedOn));
            if (respondentReceivedOn != null) {
                record.put("respondentReceivedOn", respondentReceivedOn);
            }
            complete(service, record);
        }
    }

    /**
     * Both respondents answered on 1 April 2026; a sworn amendment that amplifies the allegations, received Monday
     * 13 April, is served on both on the 14th and received on Thursday 16 April (46a-54-47a).
     */
    private void bothAnsweredThenAmendmentServed() {
        servedComplaint(false, RECEIVED);
        today(LocalDate.of(2026, 4, 1));
        answerFiled(1, "2026-04-01");
        answerFiled(2, "2026-04-01");
        assertThat(complaint).isWaitingAt("CallActivity_MeritAssessment");
        today(LocalDate.of(2026, 4, 13));
        Complaints.request(engine, docket, "AMENDMENT", LocalDate.of(2026, 4, 13), Map.of());
        complete(taskQuery().processInstanceId(complaint.getId()).taskDefinitionKey("Task_RecordAmendmentDetails")
                .singleResult(), Map.of("amendmentSwornOn", "2026-04-13", "amendmentSummary", "Amplifies the dates.",
                "addsRespondent", false, "amendmentWithinJurisdiction", "true"));
        today(LocalDate.of(2026, 4, 16));
        for (Task service : taskQuery().processInstanceId(complaint.getId()).taskDefinitionKey("Task_ServeAmendedComplaint")
                .list()) {
            complete(service, Map.of("serviceMethod", "CERTIFIED_MAIL", "sentOn", "2026-04-14",
                    "respondentReceivedOn", "2026-04-16"));
        }
    }

    /** The stage awaiting a respondent's answer to the amended complaint (47a). */
    private ProcessInstance amendedAnswerStage(int respondentNo) {
        return processInstanceQuery().processDefinitionKey("complaint-answer").processInstanceBusinessKey(docket)
                .variableValueEquals("respondentNo", respondentNo).variableValueEquals("answerTo", "AMENDED_COMPLAINT")
                .singleResult();
    }

    private ProcessInstance defaultRequestMailed(ProcessInstance answer) {
        return defaultRequestMailed(answer, "investigator");
    }

    /** The investigator's decision on a request for more time, with the response sent by first-class mail (45a). */
    private static Map<String, Object> extensionDecided(String grant, String reasons, String responseSentOn) {
        return Map.of("grantExtension", grant, "extensionReasons", reasons, "extensionResponseSentOn", responseSentOn,
                "extensionResponseMethod", "FIRST_CLASS_MAIL");
    }

    /** No answer by the due day; the default request mailed on Wednesday 8 April 2026. */
    private ProcessInstance defaultRequestMailed(ProcessInstance answer, String requestedBy) {
        at(ANSWER_DUE.plusDays(1), 0);
        execute(jobQuery().processInstanceId(answer.getId()).timers().singleResult());
        today(LocalDate.of(2026, 4, 8));
        complete(task(answer), Map.of("requestDefault", "true", "defaultDecisionReasons", "No answer."));
        ProcessInstance dflt = calledProcessInstance(answer);
        complete(task(dflt), Map.of("defaultRequestMailedOn", "2026-04-08", "defaultRequestedBy", requestedBy));
        return dflt;
    }

    @Test // review F09
    void aSuspensionAlsoHoldsTheDefaultProceedingsOfAStageAndResumptionReleasesThem_46a_54_64a() {
        servedComplaint(false, RECEIVED);
        ProcessInstance dflt = defaultRequestMailed(answerInstances().get(0));
        assertThat(jobQuery().processInstanceId(dflt.getId()).active().count()).as("the 15 days run").isOne();
        today(LocalDate.of(2026, 4, 9));
        Complaints.request(engine, docket, "SUSPENSION", LocalDate.of(2026, 4, 9), Map.of("forum", "ARBITRATION"));
        complete(taskQuery().processInstanceId(complaint.getId()).singleResult(),
                Map.of("complainantOpinion", "Agrees.", "respondentOpinion", "Agrees."));
        complete(taskQuery().processInstanceId(complaint.getId()).singleResult(),
                Map.of("forum", "ARBITRATION", "suspend", "true", "suspensionReasons", "Same issues in arbitration.",
                        "suspensionNoticeSentOn", "2026-04-09", "suspensionNoticeMethod", "FIRST_CLASS_MAIL"));

        assertThat(jobQuery().processInstanceId(dflt.getId()).active().count()).as("the default waits too").isZero();
        assertThat(runtimeService().createProcessInstanceQuery().processInstanceId(dflt.getId()).singleResult()
                .isSuspended()).isTrue();

        today(LocalDate.of(2026, 4, 20));
        Complaints.request(engine, docket, "RESUMPTION", LocalDate.of(2026, 4, 20), Map.of());
        complete(taskQuery().processInstanceId(complaint.getId()).singleResult(),
                Map.of("resume", "true", "resumptionReasons", "Arbitration withdrawn."));

        assertThat(jobQuery().processInstanceId(dflt.getId()).active().count()).isOne();
    }

    @Test // review F01
    void aSwornAnswerFiledAfterTheFifteenDaysButBeforeTheOrderBarsTheDefault_46a_54_46a_c() {
        servedComplaint(false, RECEIVED);
        ProcessInstance answer = answerInstances().get(0);
        ProcessInstance dflt = defaultRequestMailed(answer);
        at(LocalDate.of(2026, 4, 24), 0);
        execute(jobQuery().processInstanceId(dflt.getId()).timers().singleResult());
        assertThat(task(dflt)).hasDefinitionKey("Task_DecideDefault");
        today(LocalDate.of(2026, 4, 27));

        answerFiled(1, "2026-04-27");

        assertThat(dflt).isEnded().hasPassed("End_Cured").hasNotPassed("Task_RecordDefaultDecision");
        assertThat(answer).isEnded().hasPassed("End_AnsweredAfterDefaultRequest");
        assertThat(records.respondent(docket, 1).answeredOn()).isEqualTo("2026-04-27");
    }

    @Test // review F01
    void anAnswerFiledWhileStaffDecideWhetherToRequestADefaultIsRecorded_46a_54_43a_46a_c() {
        servedComplaint(false, RECEIVED);
        ProcessInstance answer = answerInstances().get(0);
        at(ANSWER_DUE.plusDays(1), 0);
        execute(jobQuery().processInstanceId(answer.getId()).timers().singleResult());
        assertThat(task(answer)).hasDefinitionKey("Task_DecideDefaultRequest");
        today(LocalDate.of(2026, 4, 8));

        answerFiled(1, "2026-04-08");

        assertThat(answer).isEnded().hasPassed("End_Answered");
        assertThat(records.respondent(docket, 1).answeredOn()).isEqualTo("2026-04-08");
        assertThat(caseFile.deadlines(docket)).filteredOn(d -> d.deadline().equals(AnswerPeriod.ANSWER_DEADLINE)
                && d.party().equals(records.respondent(docket, 1).name()))
                .singleElement().satisfies(d -> assertThat(d.status()).isEqualTo(CaseFile.DeadlineStatus.MISSED));
    }

    @Test // review F01
    void anAnswerFiledWhileAnExtensionIsDecidedIsRecorded_46a_54_43a_45a() {
        servedComplaint(false, RECEIVED);
        ProcessInstance answer = answerInstances().get(0);
        today(LocalDate.of(2026, 4, 1));
        complete(task(answer), Map.of("filingType", "EXTENSION_REQUEST", "extensionRequestReceivedOn", "2026-04-01"));
        assertThat(task(answer)).hasDefinitionKey("Task_DecideExtension");

        answerFiled(1, "2026-04-01");

        assertThat(answer).isEnded().hasPassed("End_Answered");
    }

    @Test // review F01
    void aLateAnswerAfterNoDefaultWasRequestedIsStillRecordedInTasklist_46a_54_43a_49a() {
        servedComplaint(false, RECEIVED);
        ProcessInstance answer = answerInstances().get(0);
        at(ANSWER_DUE.plusDays(1), 0);
        execute(jobQuery().processInstanceId(answer.getId()).timers().singleResult());
        complete(task(answer), Map.of("requestDefault", "false", "defaultDecisionReasons", "Counsel promised it."));
        assertThat(answer).isEnded().hasPassed("End_NoDefaultRequested");
        today(LocalDate.of(2026, 4, 20));

        Complaints.request(engine, docket, "ANSWER", LocalDate.of(2026, 4, 20),
                Map.of("respondentNo", 1, "answerSworn", true));

        assertThat(records.respondent(docket, 1).answeredOn()).isEqualTo("2026-04-20");
    }

    /** Respondent 2 answers on 2 April 2026; respondent 1 does not and is defaulted on 24 April. */
    private ProcessInstance firstRespondentDefaultedSecondAnswered() {
        servedComplaint(false, RECEIVED);
        ProcessInstance first = answerInstance(1);
        today(LocalDate.of(2026, 4, 2));
        answerFiled(2, "2026-04-02");
        ProcessInstance dflt = defaultRequestMailed(first);
        at(LocalDate.of(2026, 4, 24), 0);
        execute(jobQuery().processInstanceId(dflt.getId()).timers().singleResult());
        complete(task(dflt), Map.of("orderDefault", "true", "defaultOrderReasons", "No answer."));
        return dflt;
    }

    @Test
    void anAnswerFromARespondentNotYetServedIsRefused_46a_54_42a_b_1_43a() {
        today(FILED);
        complaint = file(engine, filing(FILED));
        docket = (String) runtimeService().getVariable(complaint.getId(), "docketNumber");

        assertThatThrownBy(() -> Complaints.request(engine, docket, "ANSWER", FILED, Map.of("respondentNo", 1,
                "answerSworn", true))).hasMessageContaining("has not been served with the complaint");
        assertThat(records.respondent(docket, 1).answeredOn()).isNull();
    }

    private void answerFiled(int respondentNo, String on) {
        runtimeService().createMessageCorrelation("AnswerFiled").processInstanceBusinessKey(docket)
                .processInstanceVariableEquals("respondentNo", respondentNo)
                .setVariable("answeredOn", on).setVariable("answerSworn", true).correlate();
    }

    @Test // review F13(b)
    void aNoFaultAgreementWithOneRespondentDisposesOnlyOfItsPart_andTheCaseGoesOnAgainstTheOther_46a_54_63a_67a_a_1() {
        servedComplaint(false, RECEIVED);
        today(LocalDate.of(2026, 3, 30));
        Complaints.request(engine, docket, "NO_FAULT_OFFER", LocalDate.of(2026, 3, 30), Map.of("respondentNo", 1));
        today(LocalDate.of(2026, 4, 3));

        complete(taskQuery().processInstanceId(complaint.getId()).singleResult(), Map.of("noFaultAccepted", "true",
                "noFaultAcceptable", "true", "agreementExecutedOn", "2026-04-03", "noFaultNotes", "Back pay."));

        assertThat(complaint).as("the claims against Pat Quinn go on").isWaitingAt("CallActivity_Answer")
                .hasPassed("End_NoFaultAgreementWithRespondent").hasNotPassed("End_NoFaultAgreement");
        assertThat(answerInstance(1)).isEnded();
        assertThat(answerInstance(2)).isWaitingAt("Task_RecordRespondentFiling");
        assertThat(records.get(docket).disposition()).isNull();
        assertThat(records.respondentDisposition(docket, 1)).isEqualTo(Disposition.CONCILIATION_AGREEMENT.name());
        assertThat(records.respondentNumbers(docket)).containsExactly(2);
        assertThat(caseFile.deadlines(docket)).filteredOn(d -> d.deadline().equals(AnswerPeriod.ANSWER_DEADLINE))
                .extracting(CaseFile.Deadline::party, CaseFile.Deadline::status).containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("Acme Manufacturing LLC", CaseFile.DeadlineStatus.CANCELLED),
                        org.assertj.core.groups.Tuple.tuple("Pat Quinn", CaseFile.DeadlineStatus.OPEN));

        // the remaining respondent answers: the merit review opens, on the complaint against it alone
        today(LocalDate.of(2026, 4, 6));
        runtimeService().createMessageCorrelation("AnswerFiled").processInstanceBusinessKey(docket)
                .processInstanceVariableEquals("respondentNo", 2)
                .setVariable("answeredOn", "2026-04-06").setVariable("answerSworn", true).correlate();
        assertThat(complaint).isWaitingAt("CallActivity_MeritAssessment");
    }

    @Test
    void aNoFaultAgreementWithTheOnlyRespondentExecutedBeforeTheAnswerIsDueClosesTheCase_46a_54_63a() {
        servedComplaint(false, RECEIVED, "");
        today(LocalDate.of(2026, 3, 30));
        Complaints.request(engine, docket, "NO_FAULT_OFFER", LocalDate.of(2026, 3, 30), Map.of("respondentNo", 1));
        Task offer = taskQuery().processInstanceId(complaint.getId()).singleResult();
        assertThat(offer).hasDefinitionKey("Task_PresentNoFaultOffer").hasCandidateGroup(Role.INVESTIGATOR.groupId());

        today(LocalDate.of(2026, 4, 7));
        assertThatThrownBy(() -> complete(offer, Map.of("noFaultAccepted", "true", "noFaultAcceptable", "true",
                "agreementExecutedOn", "2026-04-07", "noFaultNotes", "Signed late.")))
                .hasMessageContaining("must be executed before the answer is due (2026-04-06)");
        complete(offer, Map.of("noFaultAccepted", "true", "noFaultAcceptable", "true",
                "agreementExecutedOn", "2026-04-03", "noFaultNotes", "Reinstatement and back pay."));

        assertThat(complaint).isEnded().hasPassed("End_NoFaultAgreement");
        assertThat(answerInstances()).allSatisfy(a -> assertThat(a).isEnded());
        assertThat(records.get(docket).disposition()).isEqualTo(Disposition.CONCILIATION_AGREEMENT.name());
    }

    @Test // review F13(a)
    void aNoFaultOfferBeforeTheReceiptIsRecordedIsTimelyWhenWithinThirtyDaysOfService_46a_54_63a() {
        servedComplaint(false, null); // served by certified mail on 3 March; the green card not yet back
        today(LocalDate.of(2026, 3, 10));

        Complaints.request(engine, docket, "NO_FAULT_OFFER", LocalDate.of(2026, 3, 10), Map.of("respondentNo", 1));

        assertThat(taskQuery().processInstanceId(complaint.getId()).singleResult())
                .hasDefinitionKey("Task_PresentNoFaultOffer");
    }

    @Test // review F13(a)
    void aLaterOfferBeforeTheReceiptIsRecordedAsksForTheReceiptFirst_46a_54_63a_43a_d() {
        servedComplaint(false, null);
        today(LocalDate.of(2026, 4, 20));

        assertThatThrownBy(() -> Complaints.request(engine, docket, "NO_FAULT_OFFER", LocalDate.of(2026, 4, 20),
                Map.of("respondentNo", 1)))
                .hasMessageContaining("record first when the respondent received the complaint");
        assertThat(historyService().createHistoricActivityInstanceQuery().processInstanceId(complaint.getId())
                .activityId("End_NoFaultOfferLate").count()).isZero();
    }

    @Test
    void aNoFaultOfferAfterThirtyDaysIsNotNoFaultConciliation_46a_54_63a() {
        servedComplaint(false, RECEIVED);
        today(ANSWER_DUE.plusDays(1));
        Complaints.request(engine, docket, "NO_FAULT_OFFER", ANSWER_DUE.plusDays(1), Map.of("respondentNo", 1));

        assertThat(historyService().createHistoricActivityInstanceQuery().processInstanceId(complaint.getId())
                .activityId("End_NoFaultOfferLate").count()).isOne();
        assertThat(complaint).isWaitingAt("CallActivity_Answer");
    }

    @Test
    void aRespondentThatCannotIdentifyTheComplainantGetsTheNamedComplaintAfterTheRelease_46a_54_37a_c() {
        servedComplaint(false, RECEIVED, null, true);
        // served (mailed) 3 March: ten days later is Friday 13 March
        today(LocalDate.of(2026, 3, 13));
        Complaints.request(engine, docket, "IDENTITY_NOTICE", LocalDate.of(2026, 3, 13),
                Map.of("respondentNo", 1, "designatedPerson", "Dana Reyes, HR director"));
        ProcessInstance answer = answerInstance(1);
        Task serve = task("Task_ServeNamedComplaint", answer);
        assertThat(serve).hasCandidateGroup(Role.INTAKE.groupId());

        assertThatThrownBy(() -> complete(serve, Map.of("releaseSignedOn", "2026-03-13", "namedComplaintServedOn", "2026-03-12")))
                .hasMessageContaining("served after the release");
        complete(serve, Map.of("releaseSignedOn", "2026-03-13", "namedComplaintServedOn", "2026-03-13"));

        assertThat(caseFile.notices(docket)).extracting(CaseFile.ServedNotice::notice, CaseFile.ServedNotice::recipient)
                .contains(org.assertj.core.groups.Tuple.tuple("Complaint naming the complainant (confidential)",
                        "Dana Reyes, HR director"));
        assertThat(answer).isWaitingAt("Task_RecordRespondentFiling");
    }

    @Test // review F03
    void aTimelyIdentityNoticeStaysTheAnswerUntilTheNamedComplaintIsServed_46a_54_43a_d_37a_c() {
        servedComplaint(false, RECEIVED, null, true); // received 7 March: answer due Monday 6 April
        today(LocalDate.of(2026, 3, 13));
        Complaints.request(engine, docket, "IDENTITY_NOTICE", LocalDate.of(2026, 3, 13),
                Map.of("respondentNo", 1, "designatedPerson", "Dana Reyes, HR director"));
        ProcessInstance answer = answerInstance(1);

        at(ANSWER_DUE.plusDays(1), 0);
        assertThat(jobQuery().processInstanceId(answer.getId()).timers().active().executable().count())
                .as("no default prompt while the named complaint is awaited").isZero();

        // the release comes late; the named complaint is served Tuesday 14 April: 30 days later is Thursday 14 May
        today(LocalDate.of(2026, 4, 14));
        complete(task("Task_ServeNamedComplaint", answer),
                Map.of("releaseSignedOn", "2026-04-13", "namedComplaintServedOn", "2026-04-14"));

        Job due = jobQuery().processInstanceId(answer.getId()).timers().activityId("Timer_AnswerDue").singleResult();
        assertThat(due.isSuspended()).isFalse();
        assertThat(due.getDuedate()).isEqualTo(endOf(LocalDate.of(2026, 5, 14)));
        assertThat(records.respondent(docket, 1).answerDueOn()).isEqualTo(LocalDate.of(2026, 5, 14));
        assertThat(task("Task_RecordRespondentFiling", answer).getDueDate()).isEqualTo(endOf(LocalDate.of(2026, 5, 14)));
    }

    @Test
    void aLateIdentityNoticeLeavesThePseudonymComplaintPresumedSufficient_46a_54_37a_c() {
        servedComplaint(false, RECEIVED, null, true);
        today(LocalDate.of(2026, 3, 16));
        Complaints.request(engine, docket, "IDENTITY_NOTICE", LocalDate.of(2026, 3, 16),
                Map.of("respondentNo", 1, "designatedPerson", "Dana Reyes"));
        Task goodCause = task("Task_DecideIdentityGoodCause", answerInstance(1));
        assertThat(goodCause).hasCandidateGroup(Role.EXECUTIVE_DIRECTOR.groupId());
        complete(goodCause, Map.of("identityGoodCause", "false", "identityGoodCauseReasons", "No reason given for the delay."));

        assertThat(historyService().createHistoricActivityInstanceQuery().processInstanceId(answerInstance(1).getId())
                .activityId("End_PseudonymPresumedSufficient").count()).isOne();
    }

    @Test
    void goodCauseShownExtendsTheTenDaysAndTheNamedComplaintIsServed_46a_54_37a_c() {
        servedComplaint(false, RECEIVED, null, true);
        today(LocalDate.of(2026, 3, 16));
        Complaints.request(engine, docket, "IDENTITY_NOTICE", LocalDate.of(2026, 3, 16),
                Map.of("respondentNo", 1, "designatedPerson", "Dana Reyes"));
        complete(task("Task_DecideIdentityGoodCause", answerInstance(1)), Map.of("identityGoodCause", "true",
                "identityGoodCauseReasons", "The complaint reached the respondent's counsel late (mail returned)."));

        assertThat(task("Task_ServeNamedComplaint", answerInstance(1))).hasCandidateGroup(Role.INTAKE.groupId());
    }

    @Test // review F30
    void aPseudonymComplaintIsServedWithTheTenDayNoticeAsAPaperOfItsOwn_46a_54_37a_c() {
        servedComplaint(false, RECEIVED, null, true);

        assertThat(caseFile.notices(docket)).filteredOn(n -> n.section().equals("46a-54-37a(c)"))
                .extracting(CaseFile.ServedNotice::notice, CaseFile.ServedNotice::recipient).containsExactly(
                        org.assertj.core.groups.Tuple.tuple(ComplaintIntake.IDENTITY_NOTICE, "Acme Manufacturing LLC"),
                        org.assertj.core.groups.Tuple.tuple(ComplaintIntake.IDENTITY_NOTICE, "Pat Quinn"));
    }

    @Test // review F30
    void aReleaseSignedBeforeServiceServesTheNamedComplaintWithoutThePseudonymNotice_46a_54_37a_c() {
        today(FILED);
        Map<String, Object> form = filing(FILED);
        form.put("confidential", true);
        form.put("confidentialGround", "HIV_RELATED");
        form.put("pseudonym", "John Doe");
        form.put("otherRespondents", "");
        complaint = file(engine, form);
        docket = (String) runtimeService().getVariable(complaint.getId(), "docketNumber");
        ProcessInstance intake = calledProcessInstance(complaint);
        complete(task(intake), Map.of("timely", "true", "allegesDiscriminatoryPractice", "true"));
        today(RECEIVED);
        Task service = task(intake);
        assertThatThrownBy(() -> complete(service, Map.of("serviceMethod", "CERTIFIED_MAIL", "sentOn", "2026-03-03",
                "respondentReceivedOn", RECEIVED.toString(), "disclosureReleaseSignedOn", "2026-03-04")))
                .hasMessageContaining("'Complainant's release signed on' cannot be in the future or after the service");

        complete(service, Map.of("serviceMethod", "CERTIFIED_MAIL", "sentOn", "2026-03-03",
                "respondentReceivedOn", RECEIVED.toString(), "disclosureReleaseSignedOn", "2026-03-02"));

        assertThat(caseFile.notices(docket)).extracting(CaseFile.ServedNotice::notice)
                .contains("Complaint naming the complainant (release signed) and notice of rights and obligations",
                        ComplaintIntake.DISCLOSURE_RELEASE)
                .doesNotContain(ComplaintIntake.IDENTITY_NOTICE, "Complaint and notice of rights and obligations");
        today(LocalDate.of(2026, 3, 10));
        assertThatThrownBy(() -> Complaints.request(engine, docket, "IDENTITY_NOTICE", LocalDate.of(2026, 3, 10),
                Map.of("respondentNo", 1, "designatedPerson", "Dana Reyes")))
                .as("37a(c) applies only to a pseudonym complaint").hasMessageContaining("naming the complainant");
    }

    @Test // review F30
    void whenNoReleaseComesAfterActualNoticeTheInvestigatorMayDismissForFailureToCooperate_46a_54_37a_c_67a_f_1_B() {
        servedComplaint(false, RECEIVED, null, true);
        today(LocalDate.of(2026, 3, 13));
        assertThatThrownBy(() -> Complaints.request(engine, docket, "NO_RELEASE", LocalDate.of(2026, 3, 13),
                Map.of("respondentNo", 1, "actualNoticeOn", "2026-03-13")))
                .as("nothing awaits a release yet").hasMessageContaining("no complaint naming the complainant awaits a release");
        Complaints.request(engine, docket, "IDENTITY_NOTICE", LocalDate.of(2026, 3, 13),
                Map.of("respondentNo", 1, "designatedPerson", "Dana Reyes, HR director"));
        assertThat(answerInstance(1)).isWaitingAt("Task_ServeNamedComplaint");
        today(LocalDate.of(2026, 5, 4));

        assertThatThrownBy(() -> Complaints.request(engine, docket, "NO_RELEASE", LocalDate.of(2026, 5, 4),
                Map.of("respondentNo", 1))).hasMessageContaining("only after actual notice");
        Complaints.request(engine, docket, "NO_RELEASE", LocalDate.of(2026, 5, 4),
                Map.of("respondentNo", 1, "actualNoticeOn", "2026-04-01"));
        Task decision = task("Task_DecideNoReleaseDismissal", complaint);
        assertThat(decision).hasCandidateGroup(Role.INVESTIGATOR.groupId());
        complete(decision, Map.of("dismissForWantOfRelease", "false", "noReleaseDecisionReasons", "Counsel asks for a week."));
        assertThat(answerInstance(1)).as("not dismissed: the named complaint still awaits the release")
                .isWaitingAt("Task_ServeNamedComplaint");

        Complaints.request(engine, docket, "NO_RELEASE", LocalDate.of(2026, 5, 4),
                Map.of("respondentNo", 1, "actualNoticeOn", "2026-04-01"));
        complete(task("Task_DecideNoReleaseDismissal", complaint), Map.of("dismissForWantOfRelease", "true",
                "noReleaseDecisionReasons", "No release after two letters."));

        assertThat(complaint).as("the case does not wait for ever: the dismissal goes to be mailed (62a(a)(5))")
                .isWaitingAt("CallActivity_Reconsideration").hasPassed("Boundary_DismissedForWantOfRelease");
        assertThat(answerInstances()).allSatisfy(a -> assertThat(a).isEnded());
        assertThat(records.get(docket).disposition()).isEqualTo(Disposition.ADMINISTRATIVE_DISMISSAL.name());
    }

    @Test // review F30 with F10(c)
    void theDismissalForWantOfAReleaseAlsoEndsTheStageAwaitingTheAnswerToAnAmendedComplaint_46a_54_67a_f_1_B_47a() {
        servedComplaint(false, RECEIVED, "", true);
        today(LocalDate.of(2026, 3, 13));
        Complaints.request(engine, docket, "IDENTITY_NOTICE", LocalDate.of(2026, 3, 13),
                Map.of("respondentNo", 1, "designatedPerson", "Dana Reyes, HR director"));
        assertThat(answerInstance(1)).isWaitingAt("Task_ServeNamedComplaint");
        today(LocalDate.of(2026, 3, 16));
        Complaints.request(engine, docket, "AMENDMENT", LocalDate.of(2026, 3, 16), Map.of());
        complete(taskQuery().processInstanceId(complaint.getId()).taskDefinitionKey("Task_RecordAmendmentDetails")
                .singleResult(), Map.of("amendmentSwornOn", "2026-03-16", "amendmentSummary", "Amplifies the dates.",
                "addsRespondent", false, "amendmentWithinJurisdiction", "true"));
        complete(taskQuery().processInstanceId(complaint.getId()).taskDefinitionKey("Task_ServeAmendedComplaint")
                .singleResult(), Map.of("serviceMethod", "IN_HAND", "sentOn", "2026-03-16", "respondentReceivedOn", "2026-03-16"));
        ProcessInstance amended = amendedAnswerStage(1);
        assertThat(amended).isNotNull();

        today(LocalDate.of(2026, 5, 4));
        Complaints.request(engine, docket, "NO_RELEASE", LocalDate.of(2026, 5, 4),
                Map.of("respondentNo", 1, "actualNoticeOn", "2026-04-01"));
        complete(task("Task_DecideNoReleaseDismissal", complaint), Map.of("dismissForWantOfRelease", "true",
                "noReleaseDecisionReasons", "No release after two letters."));

        assertThat(complaint).isWaitingAt("CallActivity_Reconsideration").hasPassed("End_AwaitedAnswerDismissed");
        assertThat(amended).isEnded();
        assertThat(jobQuery().processInstanceId(amended.getId()).count()).as("no answer timer left").isZero();
    }

    // ----- the complaint up to the answer stage -----

    private void servedComplaint(boolean housing, LocalDate receivedOn) {
        servedComplaint(housing, receivedOn, null);
    }

    private void servedComplaint(boolean housing, LocalDate receivedOn, String respondents) {
        servedComplaint(housing, receivedOn, respondents, false);
    }

    private void servedComplaint(boolean housing, LocalDate receivedOn, String respondents, boolean confidential) {
        LocalDate filed = receivedOn != null && receivedOn.isAfter(FILED.plusDays(10)) ? receivedOn.minusDays(5) : FILED;
        today(filed);
        Map<String, Object> form = filing(filed);
        form.put("housingClaim", housing);
        if (confidential) {
            form.put("confidential", true);
            form.put("confidentialGround", "HIV_RELATED");
            form.put("pseudonym", "John Doe");
        }
        if (respondents != null) {
            form.put("otherRespondents", respondents);
        }
        complaint = file(engine, form);
        docket = (String) runtimeService().getVariable(complaint.getId(), "docketNumber");
        ProcessInstance intake = calledProcessInstance(complaint);
        complete(task(intake), Map.of("timely", "true", "allegesDiscriminatoryPractice", "true"));
        LocalDate served = receivedOn == null ? filed.plusDays(3) : receivedOn;
        today(served);
        for (Task service : taskQuery().processInstanceId(intake.getId()).list()) {
            Map<String, Object> record = new java.util.HashMap<>(Map.of("serviceMethod", "CERTIFIED_MAIL",
                    "sentOn", filed.plusDays(1).toString()));
            if (receivedOn != null) {
                record.put("respondentReceivedOn", receivedOn.toString());
            }
            complete(service, record);
        }
        assertThat(complaint).isWaitingAt("CallActivity_Answer");
        answers = processInstanceQuery().processDefinitionKey("complaint-answer").processInstanceBusinessKey(docket)
                .list().stream()
                .sorted(java.util.Comparator.comparing(p -> (Integer) runtimeService().getVariable(p.getId(), "respondentNo")))
                .toList();
    }

    /** The answer stage of each respondent, in respondent order (captured while they run). */
    private List<ProcessInstance> answerInstances() {
        return answers;
    }

    private ProcessInstance answerInstance(int respondentNo) {
        return answers.get(respondentNo - 1);
    }
}
