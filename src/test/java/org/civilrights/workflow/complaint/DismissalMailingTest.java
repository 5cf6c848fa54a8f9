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
        fileComplaint(FILED, Map.of());
        ProcessInstance intake = stage("complaint-intake");
        complete(task(intake), Map.of("timely", "false", "allegesDiscriminatoryPractice", "true"));
        for (Task service : taskQuery().processInstanceId(intake.getId()).list()) {
            complete(service, Map.of("serviceMethod", "FIRST_CLASS_MAIL", "sentOn", FILED.toString()));
        }
        complete(task(intake), Map.of("defectCurable", "false", "defectReasons", "Filed 200 days after the act."));
        ProcessInstance stage = stage("complaint-reconsideration");

        today(MAILED);
        complete(task(stage), Map.of("dismissalMailedOn", MAILED.toString()));

        assertThat(task(stage)).hasDefinitionKey("Task_RecordReconsiderationRequest");
        assertThat(caseFile.notices(docket)).filteredOn(n -> n.section().equals("46a-54-61a(b)")).isNotEmpty()
                .allSatisfy(n -> assertThat(n.notice()).isEqualTo(
                        "No Reasonable Cause - Lack of Jurisdiction, with notice of the right to request reconsideration"));
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
