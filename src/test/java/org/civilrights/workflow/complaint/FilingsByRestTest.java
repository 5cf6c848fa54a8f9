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

    @Test
    void anAnswerForAnUnknownDocketGetsAClearError() {
        ResponseEntity<String> response = answer("efile", "2026-99999", true);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody()).contains("Cannot correlate message 'AnswerFiled'");
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
        assertThat(answer("mona", docket, true).getStatusCode().is2xxSuccessful()).isFalse();
        assertThat(records.respondent(docket, 1).answeredOn()).isNull();
    }

    private ResponseEntity<String> answer(String user, String docketNumber, boolean sworn) {
        String body = """
                {"messageName": "AnswerFiled",
                 "businessKey": "%s",
                 "correlationKeys": {"respondentNo": {"value": 1, "type": "Integer"}},
                 "processVariables": {"answeredOn": {"value": "2026-03-20", "type": "String"},
                                      "answerSworn": {"value": %s, "type": "Boolean"}}}
                """.formatted(docketNumber, sworn);
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        TestRestTemplate client = user == null ? http : http.withBasicAuth(user, user);
        return client.postForEntity("/engine-rest/message", new HttpEntity<>(body, headers), String.class);
    }
}
