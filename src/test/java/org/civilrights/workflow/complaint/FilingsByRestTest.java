package org.civilrights.workflow.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;
import static org.civilrights.workflow.complaint.Complaints.file;
import static org.civilrights.workflow.complaint.Complaints.filing;

import java.time.LocalDate;
import java.util.Map;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.civilrights.workflow.process.ProcessTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Filings from outside arrive as BPMN messages through the REST API, correlated by docket number
 * (business key) and respondent: the request the README documents.
 */
class FilingsByRestTest extends ProcessTest {

    private static final LocalDate FILED = LocalDate.of(2026, 3, 2);

    @Autowired TestRestTemplate http;
    @Autowired ComplaintRecords records;

    private String docket;

    @BeforeEach
    void aComplaintAwaitingItsAnswers() {
        today(FILED);
        ProcessInstance complaint = file(engine, filing(FILED));
        docket = (String) runtimeService().getVariable(complaint.getId(), "docketNumber");
        ProcessInstance intake = calledProcessInstance(complaint);
        complete(task(intake), Map.of("timely", "true", "allegesDiscriminatoryPractice", "true"));
        today(FILED.plusDays(5));
        for (Task service : taskQuery().processInstanceId(intake.getId()).list()) {
            complete(service, Map.of("serviceMethod", "CERTIFIED_MAIL", "sentOn", "2026-03-03",
                    "respondentReceivedOn", "2026-03-05"));
        }
        today(LocalDate.of(2026, 3, 20));
    }

    @Test
    void theFilingServiceDeliversAnAnswerByDocketNumber_46a_54_44a() {
        ResponseEntity<String> response = answer("efile", docket, true);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(records.respondent(docket, 1).answeredOn()).isEqualTo("2026-03-20");
        assertThat(records.respondent(docket, 2).answeredOn()).isNull();
    }

    @Test // review R-9
    void anAnswerStageStartedBeforeAnswerToExistedStillTakesTheFiledAnswer_46a_54_43a() {
        // a stage started by an earlier release has no variable answerTo: it awaits the answer to the complaint
        ProcessInstance stage = processInstanceQuery().processDefinitionKey("complaint-answer")
                .processInstanceBusinessKey(docket).variableValueEquals("respondentNo", 1).singleResult();
        runtimeService().removeVariable(stage.getId(), "answerTo");

        ResponseEntity<String> response = answer("efile", docket, true);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(processInstanceQuery().processInstanceId(stage.getId()).count()).as("the stage ended").isZero();
        assertThat(records.respondent(docket, 1).answeredOn()).isEqualTo("2026-03-20");
    }

    @Test
    void anAnswerForAnUnknownDocketGetsAClearError() {
        ResponseEntity<String> response = answer("efile", "2026-99999", true);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody()).contains("docketNumber: no complaint has docket number '2026-99999'");
    }

    @Test
    void anAnswerNotUnderOathIsRefusedWithTheRule_46a_54_43a() {
        ResponseEntity<String> response = answer("efile", docket, false);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody()).contains("answerSworn: the answer must be under oath (46a-54-43a)");
        assertThat(records.respondent(docket, 1).answeredOn()).isNull();
    }

    @Test
    void onlyTheFilingServiceMayDeliverFilings() {
        assertThat(answer(null, docket, true).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(answer("mona", docket, true).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(records.respondent(docket, 1).answeredOn()).isNull();
    }

    @Test // security issue, item 1
    void theFilingServiceCanDoNothingElse_noEngineApiNoVariableItsFilingDoesNotDeclare() {
        String title = (String) runtimeService().createVariableInstanceQuery().variableName("caseTitle")
                .processInstanceIdIn(runtimeService().createProcessInstanceQuery().processInstanceBusinessKey(docket)
                        .processDefinitionKey("complaint-processing").singleResult().getId()).singleResult().getValue();
        long history = historyService().createHistoricVariableInstanceQuery().count();

        for (String path : new String[] {"/engine-rest/process-instance", "/engine-rest/variable-instance",
                "/engine-rest/job", "/engine-rest/metrics", "/engine-rest/history/process-instance", "/engine-rest/user"}) {
            assertThat(http.withBasicAuth("efile", "efile").getForEntity(path, String.class).getStatusCode()).as(path)
                    .isEqualTo(HttpStatus.FORBIDDEN);
        }
        String engineMessage = """
                {"messageName": "AnswerFiled", "businessKey": "%s",
                 "correlationKeys": {"respondentNo": {"value": 1, "type": "Integer"}},
                 "processVariables": {"answeredOn": {"value": "2026-03-20", "type": "String"},
                                      "answerSworn": {"value": true, "type": "Boolean"},
                                      "caseTitle": {"value": "Hacked", "type": "String"}}}
                """.formatted(docket);
        assertThat(post("efile", "/engine-rest/message", engineMessage).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

        ResponseEntity<String> extra = post("efile", "/api/filings", """
                {"filing": "AnswerFiled", "docketNumber": "%s", "respondentNo": 1, "answeredOn": "2026-03-20",
                 "answerSworn": true, "caseTitle": "Hacked"}""".formatted(docket));
        assertThat(extra.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(extra.getBody()).contains("caseTitle: not a field of the filing AnswerFiled");
        ResponseEntity<String> noRespondent = post("efile", "/api/filings", """
                {"filing": "AnswerFiled", "docketNumber": "%s", "answeredOn": "2026-03-20", "answerSworn": true}"""
                .formatted(docket));
        assertThat(noRespondent.getBody()).contains("respondentNo");
        ResponseEntity<String> notWaiting = post("efile", "/api/filings", """
                {"filing": "ReplyFiled", "docketNumber": "%s", "replyReceivedOn": "2026-03-20"}""".formatted(docket));
        assertThat(notWaiting.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);

        assertThat(records.respondent(docket, 1).answeredOn()).isNull();
        assertThat(runtimeService().createVariableInstanceQuery().variableName("caseTitle")
                .processInstanceIdIn(runtimeService().createProcessInstanceQuery().processInstanceBusinessKey(docket)
                        .processDefinitionKey("complaint-processing").singleResult().getId()).singleResult().getValue())
                .isEqualTo(title);
        assertThat(historyService().createHistoricVariableInstanceQuery().count()).as("nothing changed").isEqualTo(history);
    }

    private ResponseEntity<String> post(String user, String path, String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return http.withBasicAuth(user, user).postForEntity(path, new HttpEntity<>(body, headers), String.class);
    }

    private ResponseEntity<String> answer(String user, String docketNumber, boolean sworn) {
        String body = """
                {"filing": "AnswerFiled", "docketNumber": "%s", "respondentNo": 1,
                 "answeredOn": "2026-03-20", "answerSworn": %s}
                """.formatted(docketNumber, sworn);
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        TestRestTemplate client = user == null ? http : http.withBasicAuth(user, user);
        return client.postForEntity("/api/filings", new HttpEntity<>(body, headers), String.class);
    }
}
