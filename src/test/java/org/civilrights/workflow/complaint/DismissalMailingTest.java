package org.civilrights.workflow.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.util.Map;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every dismissal can be mailed with the notice of the right to reconsideration (46a-54-61a(b)): the
 * notice's name, "label, with notice of the right to request reconsideration", fits the case file
 * (staff issue, item 2: a lack-of-jurisdiction or administrative dismissal stuck the case at the
 * mailing, "Value too long for column NOTICE VARCHAR(80)").
 */
class DismissalMailingTest extends ComplaintScenario {

    private static final LocalDate FILED = LocalDate.of(2026, 3, 2);
    private static final LocalDate MAILED = LocalDate.of(2026, 3, 20);

    @Autowired Reconsideration reconsideration;

    @Test
    void aLackOfJurisdictionDismissalIsMailedAndTheCaseMovesOn_46a_54_42a_b_2_61a_b() {
        ProcessInstance stage = dismissedForLackOfJurisdiction(FILED);


        today(MAILED);
        complete(task(stage), Map.of("dismissalMailedOn", MAILED.toString()));

        assertThat(task(stage)).hasDefinitionKey("Task_RecordReconsiderationRequest");
        assertThat(caseFile.notices(docket)).filteredOn(n -> n.section().equals("46a-54-61a(b)")).isNotEmpty()
                .allSatisfy(n -> assertThat(n.notice()).isEqualTo(
                        "No Reasonable Cause - Lack of Jurisdiction, with notice of the right to request reconsideration"));
    }

    @Test // review F05
    void aReversedLackOfJurisdictionDismissalIsServedWithTheNoticeRequiringAnAnswer_46a_54_62a_g_42a_b_1() {
        ProcessInstance reconsideration = dismissedForLackOfJurisdiction(FILED);

        today(MAILED);
        complete(task(reconsideration), Map.of("dismissalMailedOn", MAILED.toString()));
        LocalDate requested = MAILED.plusDays(5);
        today(requested);
        complete(task(reconsideration), Map.of("reconsiderationReceivedOn", requested.toString(),
                "reconsiderationReasons", "The act was within 180 days: a continuing violation."));
        complete(task(reconsideration), Map.of("recommendation", "RECONSIDER", "recommendationReasons", "See memo."));
        LocalDate decided = requested.plusDays(3);
        today(decided);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> complete(task(reconsideration), Map.of("reconsider", "true",
                "reconsiderationGround", "ERROR", "reconsideredTo", "INVESTIGATION", "reconsiderationDecidedOn",
                decided.toString(), "reconsiderationDecisionMailedOn", decided.toString(),
                "reconsiderationDecisionReasons", "Timely as a continuing violation.")))
                .as("no answer is due yet: served again first (review F32, F05)").hasMessageContaining("42a(b)(1)");
        complete(task(reconsideration), Map.of("reconsider", "true", "reconsiderationGround", "ERROR",
                "reconsideredTo", "SERVICE", "reconsiderationDecidedOn", decided.toString(),
                "reconsiderationDecisionMailedOn", decided.toString(),
                "reconsiderationDecisionReasons", "Timely as a continuing violation."));

        assertThat(complaint).isWaitingAt("CallActivity_Intake");
        ProcessInstance again = processInstanceQuery().processDefinitionKey("complaint-intake")
                .processInstanceBusinessKey(docket).active().singleResult();
        assertThat(again).isWaitingAt("Task_ReviewJurisdiction");
        assertThat(records.get(docket).stage()).isEqualTo("INTAKE");
        assertThat(caseFile.deadlines(docket)).filteredOn(d -> d.deadline().equals(ComplaintIntake.SERVICE_DEADLINE))
                .singleElement().satisfies(d -> assertThat(d.dueOn()).as("20 days from the return of the file")
                        .isAfterOrEqualTo(decided.plusDays(20)));

        complete(task(again), Map.of("timely", "true", "allegesDiscriminatoryPractice", "true"));
        for (Task service : taskQuery().processInstanceId(again.getId()).list()) {
            assertThat(service.getTaskDefinitionKey()).isEqualTo("Task_ServeJurisdictional");
            complete(service, Map.of("serviceMethod", "CERTIFIED_MAIL", "sentOn", decided.toString()));
        }
        assertThat(complaint).isWaitingAt("CallActivity_Answer");
    }

    @ParameterizedTest
    @EnumSource(Disposition.class)
    void everyDispositionsNoticeFitsTheCaseFile_61a_b(Disposition disposition) {
        fileComplaint(FILED, Map.of());
        records.setDisposition(docket, disposition, MAILED);
        today(MAILED);

        reconsideration.mailDismissal(docket, MAILED);

        assertThat(caseFile.notices(docket)).filteredOn(n -> n.section().equals("46a-54-61a(b)"))
                .extracting(CaseFile.ServedNotice::notice)
                .containsOnly(disposition.label() + ", with notice of the right to request reconsideration");
    }
}
