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
        assertThatThrownBy(() -> complete(task(mediation), Map.of("mediationOn", "2026-05-01", "mediationPlace", "Hartford")))
                .hasMessageContaining("a session still to come");

        scheduled();

        assertThat(caseFile.notices(docket)).filteredOn(n -> n.section().equals("46a-54-56a(c)")).hasSize(3);
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
        session(Map.of("mediationResult", "RESPONDENT_ABSENT", "absentRespondentNo", 2));
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
        session(Map.of("mediationResult", "RESPONDENT_ABSENT", "absentRespondentNo", 1));
        complete(task(mediation), Map.of("requestDefault", "true", "defaultDecisionReasons", "Did not come."));
        ProcessInstance dflt = calledProcessInstance(mediation);
        complete(task(dflt), Map.of("defaultRequestMailedOn", SESSION.toString(), "defaultRequestedBy", "investigator"));
        at(LocalDate.of(2026, 6, 26), 0);
        execute(jobQuery().processInstanceId(dflt.getId()).timers().singleResult());

        complete(task(dflt), Map.of("orderDefault", "true", "defaultOrderReasons", "No good cause."));

        assertThat(complaint).as("not investigated: heard in damages").isEnded().hasPassed("End_MediationDefaultHearing");
        assertThat(record().disposition()).isEqualTo(Disposition.DEFAULT_HEARING_IN_DAMAGES.name());
    }

    private void scheduled() {
        complete(task(mediation), Map.of("mediationOn", SESSION.toString(), "mediationPlace", "Hartford office, 10 a.m."));
    }

    private void session(Map<String, Object> result) {
        today(SESSION);
        Map<String, Object> form = new java.util.HashMap<>(result);
        form.put("mediationNotes", "Session held.");
        complete(task(mediation), form);
    }
}
