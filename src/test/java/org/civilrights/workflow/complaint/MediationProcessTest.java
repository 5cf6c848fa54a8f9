package org.civilrights.workflow.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.util.Map;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.civilrights.workflow.security.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Mandatory mediation: complaint-mediation (46a-54-56a, 57a). */
class MediationProcessTest extends ComplaintScenario {

    private static final LocalDate ORDERED = LocalDate.of(2026, 5, 4);
    private static final LocalDate SESSION = LocalDate.of(2026, 6, 10);
    /** Sent three days before the order was recorded in the system. */
    private static final LocalDate NOTICE_SENT = LocalDate.of(2026, 5, 1);

    private ProcessInstance mediation;

    @BeforeEach
    void mediationOrdered() {
        fileComplaint(LocalDate.of(2026, 3, 2), Map.of());
        today(ORDERED);
        jumpTo("CallActivity_Mediation");
        mediation = stage("complaint-mediation");
        complete(task(mediation), Map.of("orderMediation", "true", "mediationOrderReasons", "Good prospects."));
    }

    @Test
    void theNoticeNamesAPlaceAndADateToCome_46a_54_56a_c() {
        assertThat(task(mediation)).hasDefinitionKey("Task_ScheduleMediation").hasCandidateGroup(Role.INVESTIGATOR.groupId());
        assertThatThrownBy(() -> complete(task(mediation), Map.of("mediationOn", "2026-05-01", "mediationPlace", "Hartford",
                "mediationNoticeMailedOn", "2026-04-30", "mediationNoticeMethod", "CERTIFIED_MAIL")))
                .hasMessageContaining("a session still to come");
        assertThatThrownBy(() -> complete(task(mediation), Map.of("mediationOn", SESSION.toString(), "mediationPlace", "Hartford")))
                .as("review F23: the notice's day and way come from the form")
                .hasMessageContaining("'Notice sent on' is required")
                .hasMessageContaining("'How the notice was sent (46a-54-18a)' is required");

        scheduled();

        assertThat(caseFile.notices(docket)).filteredOn(n -> n.section().equals("46a-54-56a(c)")).hasSize(3)
                .as("the day and the way staff sent it, not the click (review F23)").allSatisfy(n -> {
                    assertThat(n.sentOn()).isEqualTo(NOTICE_SENT);
                    assertThat(n.method()).isEqualTo("CERTIFIED_MAIL");
                });
        assertThat(task(mediation).getDueDate()).isEqualTo(endOf(SESSION));
        assertThat(record().stage()).isEqualTo("MEDIATION");
    }

    @Test
    void aSettlementAtMediationIsAPredeterminationAgreement_46a_54_56a_h() {
        scheduled();
        session(Map.of("mediationResult", "SETTLED"));

        assertThat(complaint).isEnded().hasPassed("End_MediationSettled");
        assertThat(record().disposition()).isEqualTo(Disposition.CONCILIATION_AGREEMENT.name());
    }

    @Test
    void goodCauseReschedulesTheSession_46a_54_56a_d() {
        scheduled();
        session(Map.of("mediationResult", "RESCHEDULE"));

        assertThat(task(mediation)).hasDefinitionKey("Task_ScheduleMediation");
    }

    @Test
    void aComplainantAbsentWithoutGoodCauseMayBeDismissed_46a_54_56a_f() {
        scheduled();
        session(Map.of("mediationResult", "COMPLAINANT_ABSENT"));
        assertThat(task(mediation)).hasDefinitionKey("Task_DecideMissedMediation");
        complete(task(mediation), Map.of("dismissForMissedMediation", "true", "missedMediationReasons", "No contact."));

        assertThat(complaint).isWaitingAt("CallActivity_Reconsideration");
        assertThat(record().disposition()).isEqualTo(Disposition.ADMINISTRATIVE_DISMISSAL.name());
    }

    @Test
    void aRespondentAbsentWithoutGoodCauseMayBeDefaultedButNotAtAManagersRequest_46a_54_57a() {
        scheduled();
        session(Map.of("mediationResult", "RESPONDENT_ABSENT", "absentRespondents", "2"));
        complete(task(mediation), Map.of("requestDefault", "true", "defaultDecisionReasons", "Did not come."));
        ProcessInstance dflt = calledProcessInstance(mediation);

        assertThatThrownBy(() -> complete(task(dflt), Map.of("defaultRequestMailedOn", SESSION.toString(),
                "defaultRequestedBy", "manager")))
                .hasMessageContaining("only commission attorney, complainant, investigator may ask (46a-54-57a(b))");
        complete(task(dflt), Map.of("defaultRequestMailedOn", SESSION.toString(), "defaultRequestedBy", "investigator"));
        assertThatThrownBy(() -> complete(task(dflt), Map.of("filingType", "CURE", "answeredOn", SESSION.toString())))
                .hasMessageContaining("no filing bars a default for missing a mandatory mediation session");

        at(LocalDate.of(2026, 6, 26), 0); // 15 days after 10 June: Thursday 25 June
        execute(jobQuery().processInstanceId(dflt.getId()).timers().singleResult());
        complete(task(dflt), Map.of("orderDefault", "true", "defaultOrderReasons", "No good cause."));

        assertThat(caseFile.notices(docket)).anySatisfy(n -> {
            assertThat(n.notice()).isEqualTo("Order of default");
            assertThat(n.recipient()).isEqualTo("Pat Quinn");
        });
        assertThat(complaint).isWaitingAt("CallActivity_Investigation");
    }

    @Test // review F04
    void whenTheMediationDefaultLeavesEveryRespondentInDefaultTheCaseGoesToAHearingInDamages_46a_54_57a_c_46a_e() {
        fileComplaint(LocalDate.of(2026, 3, 2), Map.of("otherRespondents", ""));
        today(ORDERED);
        jumpTo("CallActivity_Mediation");
        mediation = stage("complaint-mediation");
        complete(task(mediation), Map.of("orderMediation", "true", "mediationOrderReasons", "Good prospects."));
        scheduled();
        session(Map.of("mediationResult", "RESPONDENT_ABSENT", "absentRespondents", "1"));
        complete(task(mediation), Map.of("requestDefault", "true", "defaultDecisionReasons", "Did not come."));
        ProcessInstance dflt = calledProcessInstance(mediation);
        complete(task(dflt), Map.of("defaultRequestMailedOn", SESSION.toString(), "defaultRequestedBy", "investigator"));
        at(LocalDate.of(2026, 6, 26), 0);
        execute(jobQuery().processInstanceId(dflt.getId()).timers().singleResult());

        complete(task(dflt), Map.of("orderDefault", "true", "defaultOrderReasons", "No good cause."));

        assertThat(complaint).as("not investigated: heard in damages").isEnded().hasPassed("End_MediationDefaultHearing");
        assertThat(record().disposition()).isEqualTo(Disposition.DEFAULT_HEARING_IN_DAMAGES.name());
    }

    @Test // review F31
    void everyRespondentAbsentIsRecordedAndADefaultIsRequestedAgainstEachNamed_46a_54_56a_g_57a() {
        scheduled();
        assertThatThrownBy(() -> session(Map.of("mediationResult", "RESPONDENT_ABSENT", "absentRespondents", "1, 3")))
                .hasMessageContaining("absentRespondents: the complaint has no respondent number 3");
        session(Map.of("mediationResult", "RESPONDENT_ABSENT", "absentRespondents", "1, 2"));

        assertThat(records.mediationAbsences(docket)).extracting(ComplaintRecords.MediationAbsence::party)
                .containsExactly("Acme Manufacturing LLC", "Pat Quinn");
        assertThat(records.mediationAbsences(docket)).allSatisfy(a -> assertThat(a.sessionOn()).isEqualTo(SESSION));

        complete(task(mediation), Map.of("requestDefault", "true", "defaultRespondents", "",
                "defaultDecisionReasons", "Neither came."));
        assertThat(processInstanceQuery().processDefinitionKey("complaint-default").processInstanceBusinessKey(docket).list())
                .as("one request to enter default for each absent respondent").hasSize(2);
    }

    @Test // review F31
    void aDefaultIsRequestedOnlyAgainstAnAbsentRespondent_46a_54_57a_a() {
        scheduled();
        session(Map.of("mediationResult", "RESPONDENT_ABSENT", "absentRespondents", "2"));

        assertThatThrownBy(() -> complete(task(mediation), Map.of("requestDefault", "true", "defaultRespondents", "1",
                "defaultDecisionReasons", "Did not come.")))
                .hasMessageContaining("respondent [1] was not recorded absent from the session");
        complete(task(mediation), Map.of("requestDefault", "true", "defaultRespondents", "2",
                "defaultDecisionReasons", "Did not come."));
        ProcessInstance dflt = calledProcessInstance(mediation);
        assertThat(runtimeService().getVariable(dflt.getId(), "respondentNo")).isEqualTo(2);
    }

    private void scheduled() {
        complete(task(mediation), Map.of("mediationOn", SESSION.toString(), "mediationPlace", "Hartford office, 10 a.m.",
                "mediationNoticeMailedOn", NOTICE_SENT.toString(), "mediationNoticeMethod", "CERTIFIED_MAIL"));
    }

    private void session(Map<String, Object> result) {
        today(SESSION);
        Map<String, Object> form = new java.util.HashMap<>(result);
        form.put("mediationNotes", "Session held.");
        complete(task(mediation), form);
    }
}
