package org.civilrights.workflow.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.util.Map;

import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.civilrights.workflow.security.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Investigation and determination: complaint-investigation (46a-54-55a, 59a to 61a, 65a(b), 67a). */
class InvestigationProcessTest extends ComplaintScenario {

    /** The review retained the complaint on Monday 4 May 2026: 190 days later is Tuesday 10 November. */
    private static final LocalDate RETAINED = LocalDate.of(2026, 5, 4);
    private static final LocalDate DUE = LocalDate.of(2026, 11, 10);

    private ProcessInstance investigation;

    @BeforeEach
    void retainedComplaint() {
        fileComplaint(LocalDate.of(2026, 3, 2), Map.of());
        today(RETAINED);
        jumpTo("CallActivity_Investigation");
        investigation = stage("complaint-investigation");
    }

    @Test
    void theInvestigationIsDue190DaysAfterTheReview_46a_54_65a_b() {
        assertThat(investigation).isWaitingAt("Task_Investigate");
        assertThat(task(investigation)).hasCandidateGroup(Role.INVESTIGATOR.groupId());
        assertThat(task(investigation).getDueDate()).isEqualTo(endOf(DUE));
        assertThat(runtimeService().getVariable(investigation.getId(), "investigationDueOn")).isEqualTo(DUE.toString());
        assertThat(record().stage()).isEqualTo("INVESTIGATION");
    }

    @Test // review F06
    void aHousingComplaintIsInvestigatedOnTheStatutoryClockFromFilingWithoutTheExtensionsOf65a_b_46a_54_65a_c() {
        // filed Monday 2 March 2026 under 46a-64c: the table's 100 days from filing end Wednesday 10 June 2026
        fileComplaint(LocalDate.of(2026, 3, 2), Map.of("housingClaim", true));
        today(LocalDate.of(2026, 4, 20));
        jumpTo("CallActivity_Investigation");
        ProcessInstance housing = stage("complaint-investigation");

        Job due = jobQuery().processInstanceId(housing.getId()).timers().activityId("Timer_InvestigationOver").singleResult();
        assertThat(due.getDuedate()).isEqualTo(endOf(LocalDate.of(2026, 6, 10)));

        at(LocalDate.of(2026, 6, 11), 0);
        execute(due);

        assertThat(taskQuery().processInstanceId(housing.getId()).taskDefinitionKey("Task_DecideInvestigationExtension")
                .count()).as("no 65a(b) extension for a housing complaint").isZero();
        assertThat(record().overdue()).isTrue();
    }

    @Test
    void atMostTwoExtensionsOfThreeMonthsThenTheCaseIsOverdue_46a_54_65a_b() {
        extensionOffered(LocalDate.of(2026, 10, 11));
        assertThat(task("Task_DecideInvestigationExtension", investigation))
                .hasCandidateGroup(Role.EXECUTIVE_DIRECTOR.groupId());
        complete(task("Task_DecideInvestigationExtension", investigation), extension("true", "2026-10-11"));
        // three calendar months after 10 November 2026: Wednesday 10 February 2027
        assertThat(runtimeService().getVariable(investigation.getId(), "investigationDueOn")).isEqualTo("2027-02-10");

        extensionOffered(LocalDate.of(2027, 1, 11));
        complete(task("Task_DecideInvestigationExtension", investigation), extension("true", "2027-01-11"));
        // 10 May 2027 is a Monday
        assertThat(runtimeService().getVariable(investigation.getId(), "investigationDueOn")).isEqualTo("2027-05-10");

        assertThat(taskQuery().processInstanceId(investigation.getId()).taskDefinitionKey("Task_DecideInvestigationExtension")
                .count()).as("no third extension is offered").isZero();
        at(LocalDate.of(2027, 5, 11), 0);
        execute(timer("Timer_InvestigationOver"));
        assertThat(record().overdue()).isTrue();
        assertThat(investigation).isWaitingAt("Task_Investigate");
    }

    @Test // review F25
    void theExtensionIsOfferedBeforeThePeriodEndsAndCannotBeGrantedAfterIt_46a_54_65a_b() {
        // the period ends Tuesday 10 November 2026: the question comes 30 days before, on Sunday 11 October
        assertThat(timer("Timer_ExtensionOffered").getDuedate())
                .isEqualTo(java.util.Date.from(LocalDate.of(2026, 10, 11).atStartOfDay(
                        org.civilrights.workflow.calendar.LegalCalendar.OFFICE_ZONE).toInstant()));
        extensionOffered(LocalDate.of(2026, 10, 11));
        Task decision = task("Task_DecideInvestigationExtension", investigation);
        assertThat(decision.getDueDate()).as("while there is still a period to extend").isEqualTo(endOf(DUE));

        today(DUE.plusDays(1)); // entered the day after the period ended, its timer not yet run
        assertThatThrownBy(() -> complete(decision, extension("true", DUE.plusDays(1).toString())))
                .hasMessageContaining("nothing left to extend").hasMessageContaining("46a-54-65a(b)");
        complete(decision, extension("true", DUE.toString())); // decided on the last day: in time

        assertThat(runtimeService().getVariable(investigation.getId(), "investigationDueOn")).isEqualTo("2027-02-10");
        assertThat(record().overdue()).isFalse();
    }

    @Test // review F25
    void withoutADecisionByTheEndOfThePeriodTheCaseIsOverdue_46a_54_65a_b() {
        extensionOffered(LocalDate.of(2026, 10, 11));

        at(DUE.plusDays(1), 0);
        execute(timer("Timer_InvestigationDue"));
        assertThat(taskQuery().processInstanceId(investigation.getId()).taskDefinitionKey("Task_DecideInvestigationExtension")
                .count()).isZero();
        today(DUE.plusDays(1));
        complete(task("Task_CheckTimelyExtension", investigation), extension("false", DUE.plusDays(1).toString()));

        assertThat(record().overdue()).isTrue();
        assertThat(investigation).isWaitingAt("Task_Investigate");
    }

    @Test // review R-4
    void anExtensionDecidedOnTheLastDayButRecordedAfterThePeriodEndedIsStillRecorded_46a_54_65a_b() {
        extensionOffered(LocalDate.of(2026, 10, 11));
        at(DUE.plusDays(1), 0);
        execute(timer("Timer_InvestigationDue"));

        Task check = task("Task_CheckTimelyExtension", investigation);
        assertThat(check).hasCandidateGroup(Role.EXECUTIVE_DIRECTOR.groupId());
        assertThat(record().overdue()).as("not before the executive director says whether it was extended").isFalse();
        today(DUE.plusDays(1));
        assertThatThrownBy(() -> complete(check, extension("true", DUE.plusDays(1).toString())))
                .hasMessageContaining("nothing left to extend").hasMessageContaining("46a-54-65a(b)");
        complete(check, extension("true", DUE.toString())); // decided on the last day, entered the next morning

        assertThat(runtimeService().getVariable(investigation.getId(), "investigationDueOn")).isEqualTo("2027-02-10");
        assertThat(runtimeService().getVariable(investigation.getId(), "investigationExtensions")).isEqualTo(1);
        assertThat(record().overdue()).isFalse();
        assertThat(investigation).isWaitingAt("Task_Investigate");
    }

    @Test // review R-4
    void anObjectionReceivedOnTheLastDayToComplyButRecordedAfterItIsStillDecided_46a_54_52a_b_e_1_53a() {
        today(LocalDate.of(2026, 7, 1));
        Complaints.request(engine, docket, "DISCOVERY_SERVED", LocalDate.of(2026, 7, 1),
                Map.of("respondentNo", 1, "defaultGround", "SUBPOENA", "complianceDueOn", "2026-07-15"));
        at(LocalDate.of(2026, 7, 16), 0);
        execute(discoveryTimer());
        Task remedy = discoveryTask("Task_ChooseDiscoveryRemedy");
        today(LocalDate.of(2026, 7, 16));

        assertThatThrownBy(() -> complete(remedy, Map.of("discoveryRemedy", "RECEIVED_IN_TIME", "answeredOn", "2026-07-16",
                "remedyReasons", "A request for more time came this morning."))).hasMessageContaining("answeredOn")
                .hasMessageContaining("2026-07-15").hasMessageContaining("53a");
        // a request for more time received on the 15th, the last day to comply, keyed in on the 16th
        complete(remedy, Map.of("discoveryRemedy", "RECEIVED_IN_TIME", "answeredOn", "2026-07-15",
                "remedyReasons", "The request came by mail on the 15th."));

        Task request = discoveryTask("Task_DecideDiscoveryObjection");
        complete(request, objectionDecided("MORE_TIME", Map.of("complianceDueOn", "2026-07-31")));
        assertThat(discoveryTimer().getDuedate()).isEqualTo(endOf(LocalDate.of(2026, 7, 31)));
        assertThat(caseFile.notices(docket)).extracting(CaseFile.ServedNotice::notice).contains("More time to comply granted")
                .doesNotContain("Enforcement sought in the Superior Court (46a-87, 46a-88)");
    }

    @Test // review F24
    void aTimelyRequestRecordedAfterTheDismissalBecameFinalReopensReconsideration_46a_54_62a_b() {
        // dismissed for failure to cooperate, mailed 6 May 2026: requests due Thursday 21 May; final on 30 June
        ProcessInstance ended = administrativeDismissalBecomesFinal("COMPLAINANT_FAILS_TO_COOPERATE");
        assertThat(ended).isEnded().hasPassed("End_DismissalFinal");
        assertThat(complaint).isEnded();
        today(LocalDate.of(2026, 7, 1));

        Complaints.request(engine, docket, "RECONSIDERATION_REQUEST", LocalDate.of(2026, 5, 20),
                Map.of("reconsiderationReasons", "I answered every letter.", "copyMailedToRespondent", true));

        ProcessInstance reopened = stage("complaint-reconsideration");
        assertThat(reopened).isWaitingAt("Task_RecommendReconsideration");
        assertThat(record().stage()).isEqualTo("RECONSIDERATION");
        assertThat(caseFile.notices(docket)).extracting(CaseFile.ServedNotice::notice)
                .contains("Request for reconsideration, certifying a copy mailed to the respondent");
        assertThatThrownBy(() -> Complaints.request(engine, docket, "RECONSIDERATION_REQUEST", LocalDate.of(2026, 5, 20),
                Map.of())).as("once only").hasMessageContaining("no final dismissal");

        // granted, with further investigation: 190 days from the recorded decision (review F25)
        complete(task(reopened), Map.of("recommendation", "RECONSIDER", "recommendationReasons", "The letters went astray."));
        today(LocalDate.of(2026, 7, 7));
        complete(task(reopened), Map.of("reconsider", "true", "reconsiderationGround", "NEW_EVIDENCE",
                "reconsideredTo", "INVESTIGATION", "reconsiderationDecisionReasons", "Proof of the replies.",
                "reconsiderationDecidedOn", "2026-07-06", "reconsiderationDecisionMailedOn", "2026-07-07"));
        ProcessInstance again = stage("complaint-investigation");
        assertThat(again).isWaitingAt("Task_Investigate");
        assertThat(runtimeService().getVariable(again.getId(), "investigationDueOn")).as("190 days from 6 July 2026")
                .isEqualTo("2027-01-12");
        assertThat(record().disposition()).isNull();
    }

    @Test // review F24
    void anUntimelyRequestRecordedAfterTheDismissalBecameFinalIsRejectedUnread_46a_54_62a_c() {
        administrativeDismissalBecomesFinal("COMPLAINANT_FAILS_TO_COOPERATE");
        today(LocalDate.of(2026, 7, 1));

        Complaints.request(engine, docket, "RECONSIDERATION_REQUEST", LocalDate.of(2026, 5, 22), Map.of());

        assertThat(processInstanceQuery().processDefinitionKey("complaint-processing").processInstanceBusinessKey(docket)
                .count()).as("not reopened").isZero();
        assertThat(caseFile.notices(docket)).extracting(CaseFile.ServedNotice::notice)
                .contains("Untimely request for reconsideration rejected without review");
        assertThat(record().stage()).isEqualTo("CLOSED");
    }

    /** The engine reaches {@code day}, when the executive director is asked whether to extend (65a(b)). */
    private void extensionOffered(LocalDate day) {
        today(day);
        execute(timer("Timer_ExtensionOffered"));
    }

    private static Map<String, Object> extension(String extend, String decidedOn) {
        return Map.of("extendInvestigation", extend, "extensionReasons", "Witnesses abroad.",
                "investigationExtensionDecidedOn", decidedOn);
    }

    @Test
    void noReasonableCauseAfterFinalCommentsIsADismissal_46a_54_59a_61a() {
        findingsMailed(LocalDate.of(2026, 12, 10)); // 15 days later is Christmas: comments due Monday 28 December
        Job comments = timer("Timer_CommentsOver");
        assertThat(comments.getDuedate()).isEqualTo(endOf(LocalDate.of(2026, 12, 28)));
        assertThat(caseFile.notices(docket)).filteredOn(n -> n.section().equals("46a-54-59a(a)")).hasSize(3);

        at(LocalDate.of(2026, 12, 29), 0);
        execute(comments);
        complete(task(investigation), Map.of("determination", "NO_REASONABLE_CAUSE", "findings", "No evidence of motive."));

        assertThat(investigation).isEnded().hasPassed("End_NoReasonableCause");
        assertThat(complaint).isWaitingAt("CallActivity_Reconsideration");
        assertThat(record().disposition()).isEqualTo(Disposition.NO_REASONABLE_CAUSE.name());
    }

    @Test // review F22
    void anOpenDiscoveryItemDoesNotHoldTheCaseInInvestigationAfterTheDetermination_46a_54_59a_61a() {
        today(LocalDate.of(2026, 8, 3));
        Complaints.request(engine, docket, "DISCOVERY_SERVED", LocalDate.of(2026, 8, 3),
                Map.of("respondentNo", 1, "defaultGround", "INTERROGATORIES"));
        findingsMailed(LocalDate.of(2026, 8, 10));
        at(LocalDate.of(2026, 8, 26), 0);
        execute(timer("Timer_CommentsOver"));

        complete(task("Task_Determine", investigation), Map.of("determination", "NO_REASONABLE_CAUSE",
                "findings", "No evidence of motive."));

        assertThat(investigation).isEnded();
        assertThat(complaint).isWaitingAt("CallActivity_Reconsideration");
        assertThat(processInstanceQuery().processDefinitionKey("complaint-discovery").processInstanceBusinessKey(docket)
                .count()).as("the open interrogatories are moot: no timer left to fire").isZero();
    }

    @Test
    void reasonableCauseAndAConciliationAgreementDisposeOfTheComplaint_46a_54_60a_67a_a() {
        determination("REASONABLE_CAUSE");
        assertThat(task(investigation)).hasDefinitionKey("Task_Conciliate");
        complete(task(investigation), Map.of("conciliated", "true", "conciliationNotes", "Back pay and training."));

        assertThat(complaint).isEnded().hasPassed("End_Conciliation");
        assertThat(record().disposition()).isEqualTo(Disposition.CONCILIATION_AGREEMENT.name());
        assertThat(caseFile.notices(docket)).extracting(CaseFile.ServedNotice::notice)
                .contains("Finding of reasonable cause and notice of conciliation");
    }

    @Test // review F23
    void theFindingOfReasonableCauseIsRecordedAsTheInvestigatorSentIt_46a_54_60a_b() {
        findingsMailed(LocalDate.of(2026, 9, 1));
        at(LocalDate.of(2026, 9, 18), 10);
        execute(timer("Timer_CommentsOver"));
        assertThatThrownBy(() -> complete(task(investigation), Map.of("determination", "REASONABLE_CAUSE",
                "findings", "Findings.")))
                .hasMessageContaining("'Finding sent to the parties on' is required")
                .hasMessageContaining("'How the finding was sent' is required");

        complete(task(investigation), Map.of("determination", "REASONABLE_CAUSE", "findings", "Findings.",
                "findingSentOn", "2026-09-17", "findingMethod", "IN_HAND"));

        assertThat(caseFile.notices(docket)).filteredOn(n -> n.section().equals("46a-54-60a(b)")).hasSize(3)
                .as("the day and the way the investigator sent it, not the click").allSatisfy(n -> {
                    assertThat(n.sentOn()).isEqualTo("2026-09-17");
                    assertThat(n.method()).isEqualTo("IN_HAND");
                });
    }

    @Test
    void failedConciliationCertifiesTheComplaintToPublicHearing_46a_54_60a_d() {
        determination("REASONABLE_CAUSE");
        complete(task(investigation), Map.of("conciliated", "false", "conciliationNotes", "Respondent refused."));

        assertThat(complaint).isEnded().hasPassed("End_Certified");
        assertThat(record().stage()).isEqualTo("PUBLIC_HEARING");
        assertThat(record().disposition()).isEqualTo(Disposition.CERTIFIED_TO_PUBLIC_HEARING.name());
    }

    @Test
    void aPredeterminationAgreementEndsTheInvestigationAndItsClock_46a_54_55a_h() {
        complete(task(investigation), Map.of("investigationResult", "PREDETERMINATION_AGREEMENT",
                "investigationNotes", "Settled at the fact-finding conference."));

        assertThat(complaint).isEnded().hasPassed("End_Conciliation");
        assertThat(jobQuery().processInstanceId(investigation.getId()).count()).as("the deadline watch ended").isZero();
        assertThat(record().disposition()).isEqualTo(Disposition.CONCILIATION_AGREEMENT.name());
    }

    @Test
    void aFactFindingConferenceMayEndInAPredeterminationAgreementOrTheInvestigationGoesOn_46a_54_55a() {
        complete(task(investigation), Map.of("investigationResult", "FACT_FINDING", "investigationNotes", "Conference set."));
        assertThat(task(investigation)).hasDefinitionKey("Task_HoldFactFinding");
        today(LocalDate.of(2026, 6, 2));
        assertThatThrownBy(() -> complete(task(investigation), Map.of("conferenceOn", "2026-06-02", "conferenceSettled", "false",
                "conferenceNotes", "Heard both sides.")))
                .hasMessageContaining("'The conference was tape recorded (46a-54-55a(e))' is required");
        complete(task(investigation), Map.of("conferenceOn", "2026-06-02", "tapeRecorded", true, "conferenceSettled", "false",
                "conferenceNotes", "Heard both sides."));
        assertThat(task(investigation)).hasDefinitionKey("Task_Investigate");

        complete(task(investigation), Map.of("investigationResult", "FACT_FINDING", "investigationNotes", "Second conference."));
        complete(task(investigation), Map.of("conferenceOn", "2026-06-02", "tapeRecorded", true, "conferenceSettled", "true",
                "conferenceNotes", "Settled: reinstatement."));

        assertThat(complaint).isEnded().hasPassed("End_Conciliation");
        assertThat(record().disposition()).isEqualTo(Disposition.CONCILIATION_AGREEMENT.name());
    }

    @Test
    void anAdministrativeDismissalNeedsAGroundOfTheRegulation_46a_54_67a_f() {
        assertThatThrownBy(() -> complete(task(investigation), Map.of("investigationResult", "ADMINISTRATIVE_DISMISSAL",
                "investigationNotes", "Gone quiet.")))
                .hasMessageContaining("administrativeGround");

        complete(task(investigation), Map.of("investigationResult", "ADMINISTRATIVE_DISMISSAL",
                "administrativeGround", "COMPLAINANT_CANNOT_BE_LOCATED", "investigationNotes", "Letters returned."));

        assertThat(complaint).isWaitingAt("CallActivity_Reconsideration");
        assertThat(record().disposition()).isEqualTo(Disposition.ADMINISTRATIVE_DISMISSAL.name());
    }

    @Test // review F02
    void aDismissalForRefusingFullReliefWithoutATimelyRequestEndsInTheMandatoryRelease_46a_54_66a_c_1() {
        ProcessInstance reconsideration = administrativeDismissalBecomesFinal("COMPLAINANT_REFUSED_FULL_RELIEF");

        assertThat(reconsideration).isEnded().hasPassed("End_DismissalFinal");
        // review F23: the executive director issues it, with the day and the way it was sent
        complete(task("Task_IssueMandatoryRelease", complaint), Map.of("releaseIssuedOn",
                ClockUtil.getCurrentTime().toInstant().atZone(org.civilrights.workflow.calendar.LegalCalendar.OFFICE_ZONE)
                        .toLocalDate().toString(), "releaseMethod", "CERTIFIED_MAIL"));
        assertThat(complaint).isEnded().hasPassed("End_DismissedWithRelease");
        assertThat(caseFile.notices(docket)).anySatisfy(n -> {
            assertThat(n.notice()).isEqualTo("Release of jurisdiction");
            assertThat(n.section()).isEqualTo("46a-54-66a(c)");
        });
    }

    @Test // review F02
    void aDismissalOnAnotherAdministrativeGroundEndsWithoutARelease_46a_54_66a_c() {
        administrativeDismissalBecomesFinal("COMPLAINANT_CANNOT_BE_LOCATED");

        assertThat(caseFile.notices(docket)).noneSatisfy(n -> assertThat(n.notice()).isEqualTo("Release of jurisdiction"));
    }

    @Test // review F08
    void interrogatoriesServedWithTheComplaintHaveTheirTimeToComply_46a_54_42a_b_1_52a_a() {
        fileComplaint(LocalDate.of(2026, 9, 1), Map.of());
        today(LocalDate.of(2026, 9, 3));

        Complaints.request(engine, docket, "DISCOVERY_SERVED", LocalDate.of(2026, 9, 3),
                Map.of("respondentNo", 1, "defaultGround", "INTERROGATORIES"));

        assertThat(complaint).isWaitingAt("CallActivity_Intake", "CallActivity_Discovery");
        // 30 days after 3 September: Saturday 3 October, so Monday 5 October
        assertThat(discoveryTask("Task_RecordDiscoveryResponse").getDueDate()).isEqualTo(endOf(LocalDate.of(2026, 10, 5)));
    }

    @Test // review F33
    void twoDiscoveryItemsOpenAtOnceKeepTheirOwnRespondentGroundAndTimeToComply_46a_54_52a_53a_57a() {
        today(LocalDate.of(2026, 7, 1));
        Complaints.request(engine, docket, "DISCOVERY_SERVED", LocalDate.of(2026, 7, 1),
                Map.of("respondentNo", 1, "defaultGround", "INTERROGATORIES"));
        today(LocalDate.of(2026, 7, 2));
        Complaints.request(engine, docket, "DISCOVERY_SERVED", LocalDate.of(2026, 7, 2),
                Map.of("respondentNo", 2, "defaultGround", "SUBPOENA", "complianceDueOn", "2026-07-15"));
        java.util.List<Task> responses = taskQuery().processDefinitionKey("complaint-discovery").processInstanceBusinessKey(docket)
                .taskDefinitionKey("Task_RecordDiscoveryResponse").orderByDueDate().asc().list();
        assertThat(responses).extracting(Task::getDueDate)
                .containsExactly(endOf(LocalDate.of(2026, 7, 15)), endOf(LocalDate.of(2026, 7, 31)));

        today(LocalDate.of(2026, 7, 10));
        complete(responses.get(1), Map.of("discoveryResponse", "ANSWERED", "answeredOn", "2026-07-10", "answerSworn", true));

        assertThat(caseFile.notices(docket)).anySatisfy(n -> {
            assertThat(n.notice()).isEqualTo("Interrogatories answered under oath");
            assertThat(n.recipient()).isEqualTo("Acme Manufacturing LLC");
        }).noneSatisfy(n -> assertThat(n.notice()).isEqualTo("Subpoena responded to"));
        Task subpoena = discoveryTask("Task_RecordDiscoveryResponse");
        assertThat(subpoena.getDueDate()).as("the subpoena's own time to comply").isEqualTo(endOf(LocalDate.of(2026, 7, 15)));
    }

    @Test
    void interrogatoriesAreAnsweredUnderOathWithinThirtyDaysOfReceipt_46a_54_52a_a() {
        today(LocalDate.of(2026, 7, 1));
        Complaints.request(engine, docket, "DISCOVERY_SERVED", LocalDate.of(2026, 7, 1),
                Map.of("respondentNo", 1, "defaultGround", "INTERROGATORIES"));
        Task response = discoveryTask("Task_RecordDiscoveryResponse");
        assertThat(response.getDueDate()).as("30 days after 1 July: Friday 31 July").isEqualTo(endOf(LocalDate.of(2026, 7, 31)));

        today(LocalDate.of(2026, 7, 20));
        assertThatThrownBy(() -> complete(response, Map.of("discoveryResponse", "ANSWERED", "answeredOn", "2026-07-20")))
                .hasMessageContaining("interrogatories are answered under oath");
        complete(response, Map.of("discoveryResponse", "ANSWERED", "answeredOn", "2026-07-20", "answerSworn", true));

        assertThat(caseFile.deadlines(docket)).filteredOn(d -> d.deadline().equals(Discovery.DEADLINE)).singleElement()
                .satisfies(d -> assertThat(d.status()).isEqualTo(CaseFile.DeadlineStatus.MET));
        assertThat(investigation).isWaitingAt("Task_Investigate");
    }

    @Test // review F23
    void enforcementInCourtIsRecordedOnTheDayCounselFiledIt_46a_54_53a_e() {
        today(LocalDate.of(2026, 7, 1));
        Complaints.request(engine, docket, "DISCOVERY_SERVED", LocalDate.of(2026, 7, 1),
                Map.of("respondentNo", 2, "defaultGround", "SUBPOENA", "complianceDueOn", "2026-07-15"));
        at(LocalDate.of(2026, 7, 16), 0);
        execute(discoveryTimer());
        Task remedy = discoveryTask("Task_ChooseDiscoveryRemedy");
        today(LocalDate.of(2026, 7, 22));
        assertThatThrownBy(() -> complete(remedy, Map.of("discoveryRemedy", "ENFORCE", "remedyReasons", "Court order.")))
                .hasMessageContaining("'Filed in the Superior Court on' is required");

        complete(remedy, Map.of("discoveryRemedy", "ENFORCE", "remedyReasons", "Court order.",
                "enforcementFiledOn", "2026-07-20"));

        assertThat(caseFile.notices(docket)).filteredOn(n -> n.section().equals("46a-54-52a(e), 53a(e)")).singleElement()
                .satisfies(n -> assertThat(n.sentOn()).isEqualTo("2026-07-20"));
    }

    @Test
    void aSubpoenaNotMetInItsTimeLeadsCounselToSeekADefault_46a_54_53a_57a() {
        today(LocalDate.of(2026, 7, 1));
        assertThatThrownBy(() -> Complaints.request(engine, docket, "DISCOVERY_SERVED", LocalDate.of(2026, 7, 1),
                Map.of("respondentNo", 2, "defaultGround", "SUBPOENA")))
                .hasMessageContaining("within the time it specifies");
        Complaints.request(engine, docket, "DISCOVERY_SERVED", LocalDate.of(2026, 7, 1),
                Map.of("respondentNo", 2, "defaultGround", "SUBPOENA", "complianceDueOn", "2026-07-15"));
        Job due = discoveryTimer();
        assertThat(due.getDuedate()).isEqualTo(endOf(LocalDate.of(2026, 7, 15)));

        at(LocalDate.of(2026, 7, 16), 0);
        execute(due);
        Task remedy = discoveryTask("Task_ChooseDiscoveryRemedy");
        assertThat(remedy).hasCandidateGroup(Role.COMMISSION_COUNSEL.groupId());
        complete(remedy, Map.of("discoveryRemedy", "DEFAULT", "remedyReasons", "No response at all."));

        ProcessInstance dflt = processInstanceQuery().processDefinitionKey("complaint-default")
                .processInstanceBusinessKey(docket).singleResult();
        assertThat(runtimeService().getVariable(dflt.getId(), "defaultGround")).isEqualTo("SUBPOENA");
        assertThat(task(dflt)).hasDefinitionKey("Task_MailDefaultRequest");
        assertThat(investigation).isWaitingAt("Task_Investigate");
    }

    @Test // review F04
    void aDiscoveryDefaultThatLeavesEveryRespondentInDefaultEndsTheInvestigationForAHearingInDamages_46a_54_57a_c() {
        fileComplaint(LocalDate.of(2026, 3, 2), Map.of("otherRespondents", ""));
        today(RETAINED);
        jumpTo("CallActivity_Investigation");
        ProcessInstance sole = stage("complaint-investigation");
        today(LocalDate.of(2026, 7, 1));
        Complaints.request(engine, docket, "DISCOVERY_SERVED", LocalDate.of(2026, 7, 1),
                Map.of("respondentNo", 1, "defaultGround", "SUBPOENA", "complianceDueOn", "2026-07-15"));
        at(LocalDate.of(2026, 7, 16), 0);
        execute(discoveryTimer());
        complete(discoveryTask("Task_ChooseDiscoveryRemedy"), Map.of("discoveryRemedy", "DEFAULT", "remedyReasons", "None."));
        ProcessInstance dflt = processInstanceQuery().processDefinitionKey("complaint-default")
                .processInstanceBusinessKey(docket).singleResult();
        complete(task(dflt), Map.of("defaultRequestMailedOn", "2026-07-16", "defaultRequestedBy", "commission attorney"));
        at(LocalDate.of(2026, 8, 1), 0);
        execute(jobQuery().processInstanceId(dflt.getId()).timers().singleResult());

        complete(task(dflt), Map.of("orderDefault", "true", "defaultOrderReasons", "The subpoena was ignored."));

        assertThat(sole).isEnded();
        assertThat(complaint).isEnded().hasPassed("End_EveryoneInDefaultHearing");
        assertThat(record().disposition()).isEqualTo(Disposition.DEFAULT_HEARING_IN_DAMAGES.name());
    }

    @Test
    void interrogatoriesMayGiveAShorterTimeThanThirtyDays_46a_54_52a_a() {
        today(LocalDate.of(2026, 7, 1));
        Complaints.request(engine, docket, "DISCOVERY_SERVED", LocalDate.of(2026, 7, 1),
                Map.of("respondentNo", 1, "defaultGround", "INTERROGATORIES", "complianceDueOn", "2026-07-21"));

        assertThat(discoveryTask("Task_RecordDiscoveryResponse").getDueDate()).isEqualTo(endOf(LocalDate.of(2026, 7, 21)));
    }

    @Test
    void interrogatoriesAnsweredUnderOathBeforeTheOrderBarTheDefault_46a_54_57a_c() {
        today(LocalDate.of(2026, 7, 1));
        Complaints.request(engine, docket, "DISCOVERY_SERVED", LocalDate.of(2026, 7, 1),
                Map.of("respondentNo", 1, "defaultGround", "INTERROGATORIES"));
        at(LocalDate.of(2026, 8, 1), 0);
        execute(discoveryTimer());
        complete(discoveryTask("Task_ChooseDiscoveryRemedy"), Map.of("discoveryRemedy", "DEFAULT",
                "remedyReasons", "No answers."));
        ProcessInstance dflt = processInstanceQuery().processDefinitionKey("complaint-default")
                .processInstanceBusinessKey(docket).singleResult();
        today(LocalDate.of(2026, 8, 3));
        complete(task(dflt), Map.of("defaultRequestMailedOn", "2026-08-03", "defaultRequestedBy", "commission attorney"));

        today(LocalDate.of(2026, 8, 10));
        assertThatThrownBy(() -> complete(task(dflt), Map.of("filingType", "CURE", "answeredOn", "2026-08-10")))
                .as("only answers under oath cure").hasMessageContaining("answerSworn");
        complete(task(dflt), Map.of("filingType", "CURE", "answeredOn", "2026-08-10", "answerSworn", true));

        assertThat(dflt).isEnded().hasPassed("End_Cured").hasNotPassed("Task_DecideDefault");
        assertThat(caseFile.notices(docket)).extracting(CaseFile.ServedNotice::notice)
                .contains("Interrogatories answered under oath");
    }

    @Test
    void aDeniedObjectionGivesANewTimeToComply_46a_54_52a_d() {
        today(LocalDate.of(2026, 7, 1));
        Complaints.request(engine, docket, "DISCOVERY_SERVED", LocalDate.of(2026, 7, 1),
                Map.of("respondentNo", 1, "defaultGround", "INTERROGATORIES"));
        today(LocalDate.of(2026, 7, 10));
        complete(discoveryTask("Task_RecordDiscoveryResponse"),
                Map.of("discoveryResponse", "OBJECTION", "answeredOn", "2026-07-10"));
        Task objection = discoveryTask("Task_DecideDiscoveryObjection");
        assertThatThrownBy(() -> complete(objection, objectionDecided("DENY", Map.of())))
                .hasMessageContaining("a reasonable time to comply");
        complete(objection, objectionDecided("DENY", Map.of("complianceDueOn", "2026-07-24")));

        assertThat(discoveryTask("Task_RecordDiscoveryResponse").getDueDate()).isEqualTo(endOf(LocalDate.of(2026, 7, 24)));
    }

    @Test // review F21
    void anObjectionMayBeModifiedOrMoreTimeGrantedEachWithItsNewDateAndTheConferenceIsRecorded_46a_54_52a_a_c_e_53a() {
        // interrogatories received 1 July 2026: 30 days, Friday 31 July; a request for more time on 20 July
        today(LocalDate.of(2026, 7, 1));
        Complaints.request(engine, docket, "DISCOVERY_SERVED", LocalDate.of(2026, 7, 1),
                Map.of("respondentNo", 1, "defaultGround", "INTERROGATORIES"));
        today(LocalDate.of(2026, 7, 21));
        complete(discoveryTask("Task_RecordDiscoveryResponse"),
                Map.of("discoveryResponse", "OBJECTION", "answeredOn", "2026-07-20"));
        Task request = discoveryTask("Task_DecideDiscoveryObjection");
        assertThatThrownBy(() -> complete(request, objectionDecided("MORE_TIME", Map.of("complianceDueOn", "2026-07-28"))))
                .as("more time runs past the time to comply").hasMessageContaining("46a-54-52a(a)");

        complete(request, objectionDecided("MORE_TIME", Map.of("complianceDueOn", "2026-08-14", "conferred", "true",
                "conferredOn", "2026-07-21", "conferenceResult", "Records are in storage; two weeks agreed.")));

        assertThat(discoveryTask("Task_RecordDiscoveryResponse").getDueDate()).isEqualTo(endOf(LocalDate.of(2026, 8, 14)));
        assertThat(caseFile.notices(docket)).filteredOn(n -> n.recipient().equals("Acme Manufacturing LLC"))
                .extracting(CaseFile.ServedNotice::notice, CaseFile.ServedNotice::sentOn, CaseFile.ServedNotice::dueOn)
                .contains(tuple("Informal conference on the objection", LocalDate.of(2026, 7, 21), null),
                        tuple("More time to comply granted", LocalDate.of(2026, 7, 21), LocalDate.of(2026, 8, 14)));

        // then an objection to some questions, which counsel modifies: the questions as modified, by a new date
        today(LocalDate.of(2026, 8, 10));
        complete(discoveryTask("Task_RecordDiscoveryResponse"),
                Map.of("discoveryResponse", "OBJECTION", "answeredOn", "2026-08-10"));
        Task objection = discoveryTask("Task_DecideDiscoveryObjection");
        assertThatThrownBy(() -> complete(objection, objectionDecided("MODIFY", Map.of("complianceDueOn", "2026-08-28"))))
                .hasMessageContaining("objectionModification");
        complete(objection, objectionDecided("MODIFY", Map.of("complianceDueOn", "2026-08-28",
                "objectionModification", "Questions 7 to 9 withdrawn; question 4 limited to 2025.")));

        assertThat(discoveryTask("Task_RecordDiscoveryResponse").getDueDate()).isEqualTo(endOf(LocalDate.of(2026, 8, 28)));
        assertThat(caseFile.deadlines(docket)).filteredOn(d -> d.deadline().equals(Discovery.DEADLINE)).singleElement()
                .satisfies(d -> assertThat(d.section()).as("failing to answer as modified: 52a(e)(3)").contains("52a(e)(3)"));
    }

    @Test // review F21
    void moreTimeCannotBeGrantedOnARequestReceivedAfterTheTimeToComply_46a_54_52a_a() {
        today(LocalDate.of(2026, 7, 1));
        Complaints.request(engine, docket, "DISCOVERY_SERVED", LocalDate.of(2026, 7, 1),
                Map.of("respondentNo", 1, "defaultGround", "SUBPOENA", "complianceDueOn", "2026-07-15"));
        today(LocalDate.of(2026, 7, 17));
        complete(discoveryTask("Task_RecordDiscoveryResponse"),
                Map.of("discoveryResponse", "OBJECTION", "answeredOn", "2026-07-16"));
        Task request = discoveryTask("Task_DecideDiscoveryObjection");

        assertThatThrownBy(() -> complete(request, objectionDecided("MORE_TIME", Map.of("complianceDueOn", "2026-07-31"))))
                .hasMessageContaining("after the time to comply").hasMessageContaining("53a(a)");
        complete(request, objectionDecided("SUSTAIN", Map.of()));

        assertThat(caseFile.notices(docket)).extracting(CaseFile.ServedNotice::notice)
                .contains("Objection sustained: nothing more is required");
        assertThat(caseFile.deadlines(docket)).filteredOn(d -> d.deadline().equals(Discovery.DEADLINE)).singleElement()
                .satisfies(d -> assertThat(d.status()).isEqualTo(CaseFile.DeadlineStatus.CANCELLED));
    }

    /** Commission counsel's decision on an objection or a request for more time, sent today by first-class mail. */
    private static Map<String, Object> objectionDecided(String decision, Map<String, Object> more) {
        Map<String, Object> form = new java.util.HashMap<>(Map.of("objectionDecision", decision, "conferred", "false",
                "objectionDecisionReasons", "See the file.", "objectionDecisionMethod", "FIRST_CLASS_MAIL",
                "objectionDecisionSentOn", org.camunda.bpm.engine.impl.util.ClockUtil.getCurrentTime().toInstant()
                        .atZone(org.civilrights.workflow.calendar.LegalCalendar.OFFICE_ZONE).toLocalDate().toString()));
        form.putAll(more);
        return form;
    }

    private void findingsMailed(LocalDate mailedOn) {
        complete(task("Task_Investigate", investigation), Map.of("investigationResult", "FINDINGS_READY",
                "investigationNotes", "Done."));
        today(mailedOn);
        complete(task("Task_MailDraftFindings", investigation), Map.of("commentsMailedOn", mailedOn.toString()));
        assertThat(investigation).isWaitingAt("Timer_CommentsOver");
    }

    private void determination(String determination) {
        findingsMailed(LocalDate.of(2026, 9, 1));
        at(LocalDate.of(2026, 9, 17), 0);
        execute(timer("Timer_CommentsOver"));
        complete(task(investigation), Map.of("determination", determination, "findings", "Findings.",
                "findingSentOn", "2026-09-17", "findingMethod", "CERTIFIED_MAIL"));
    }

    /** An administrative dismissal on the ground, mailed 6 May 2026, with no request for reconsideration. */
    private ProcessInstance administrativeDismissalBecomesFinal(String ground) {
        complete(task(investigation), Map.of("investigationResult", "ADMINISTRATIVE_DISMISSAL",
                "administrativeGround", ground, "investigationNotes", "Dismissed."));
        ProcessInstance reconsideration = stage("complaint-reconsideration");
        LocalDate mailed = LocalDate.of(2026, 5, 6);
        today(mailed);
        complete(task(reconsideration), Map.of("dismissalMailedOn", mailed.toString()));
        at(LocalDate.of(2026, 6, 30), 0);
        execute(jobQuery().processInstanceId(reconsideration.getId()).timers().singleResult());
        return reconsideration;
    }

    private Task discoveryTask(String key) {
        return taskQuery().processDefinitionKey("complaint-discovery").processInstanceBusinessKey(docket)
                .taskDefinitionKey(key).singleResult();
    }

    private Job discoveryTimer() {
        return jobQuery().processDefinitionKey("complaint-discovery").timers().activityId("Timer_DiscoveryDue")
                .list().stream().filter(j -> docket.equals(runtimeService().createProcessInstanceQuery()
                        .processInstanceId(j.getProcessInstanceId()).singleResult().getBusinessKey())).findFirst().orElseThrow();
    }

    private Job timer(String activityId) {
        return jobQuery().processInstanceId(investigation.getId()).timers().activityId(activityId).singleResult();
    }
}
