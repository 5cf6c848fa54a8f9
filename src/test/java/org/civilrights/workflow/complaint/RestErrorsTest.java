package org.civilrights.workflow.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.time.LocalDate;
import java.util.Map;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A refused form over REST (as Tasklist sends it) is a 400 in the user's words (security item 8, staff item 7). */
class RestErrorsTest extends ComplaintScenario {

    @Autowired TestRestTemplate http;

    @Test
    void aRefusedTaskFormIsA400NamingTheFieldAndTheSectionWithoutEngineCodes() {
        fileComplaint(LocalDate.of(2026, 3, 2), Map.of());
        ProcessInstance intake = stage("complaint-intake");
        String taskId = task(intake).getId();
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);

        ResponseEntity<String> refused = http.withBasicAuth("demo", "demo").postForEntity(
                "/engine-rest/task/" + taskId + "/submit-form", new HttpEntity<>("{\"variables\":{}}", headers), String.class);

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getBody()).contains("'Is the complaint timely filed? (46a-54-34a)' is required")
                .doesNotContain("ENGINE-").doesNotContain("TaskListener").doesNotContain("Exception while");
        assertThat(task(intake).getId()).as("nothing moved").isEqualTo(taskId);
    }
}
