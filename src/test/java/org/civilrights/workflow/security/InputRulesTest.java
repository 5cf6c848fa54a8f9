package org.civilrights.workflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;

/**
 * Input no case can carry is refused with a 400 that names the field, and nothing is registered (security issue,
 * items 5 and 10); oversized requests are refused before they are read; the session cookie carries one SameSite.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class InputRulesTest {

    private static final String FILING = "/engine-rest/process-definition/key/complaint-processing/submit-form";

    @Autowired TestRestTemplate http;
    @Autowired RuntimeService runtime;
    @Autowired HistoryService history;

    private static Map<String, Object> filing(Map<String, Object> changes) {
        Map<String, Object> fields = new HashMap<>(Map.of(
                "filedOn", "2026-11-30", "swornOn", "2026-11-30", "actOn", "2026-10-01",
                "complainantName", "Input Rules Complainant", "firstRespondentName", "Input Rules Employer",
                "statementOfFacts", "Refused a promotion.", "confidential", false));
        fields.putAll(changes);
        Map<String, Object> variables = new HashMap<>();
        fields.forEach((k, v) -> variables.put(k, Map.of("value", v)));
        return Map.of("variables", variables);
    }

    private ResponseEntity<String> file(Map<String, Object> changes) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return http.withBasicAuth("irene", "irene").exchange(FILING, HttpMethod.POST,
                new HttpEntity<>(filing(changes), headers), String.class);
    }

    private long cases() {
        return history.createHistoricProcessInstanceQuery().processDefinitionKey("complaint-processing").count();
    }

    @Test
    void aDateBefore1990OrOfYearMinusOneIsRefusedNamingTheField() {   // security issue, item 5
        long before = cases();
        for (String day : List.of("1989-12-31", "-0001-12-01", "0026-11-30")) {
            ResponseEntity<String> refused = file(Map.of("actOn", day));
            assertThat(refused.getStatusCode()).as(day).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(refused.getBody()).as(day).contains("before 1990").doesNotContain("Exception:", "ENGINE-");
        }
        // a due date (a field that may lie ahead) is refused only beyond ten years
        java.time.LocalDate today = java.time.LocalDate.of(2026, 12, 2);
        assertThat(org.civilrights.workflow.process.InputRules.implausible(today.plusYears(10), today)).isNull();
        assertThat(org.civilrights.workflow.process.InputRules.implausible(java.time.LocalDate.of(20226, 1, 1), today))
                .contains("years ahead");
        assertThat(cases()).as("nothing registered").isEqualTo(before);
    }

    @Test
    void aNameCarryingBidiControlsIsRefused() {   // security issue, item 10
        long before = cases();
        ResponseEntity<String> refused = file(Map.of("firstRespondentName", "Acme \u202Eeniamod"));
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getBody()).contains("direction-changing");
        assertThat(cases()).isEqualTo(before);
    }

    @Test
    void anUndeclaredStartVariableIsRefusedAndNothingIsRegistered() {   // security issue, item 6
        long before = cases();
        ResponseEntity<String> refused = file(Map.of("caseTitle", "Someone else v. Acme"));
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getBody()).contains("Not a field of this form: caseTitle");
        assertThat(cases()).isEqualTo(before);
        assertThat(runtime.createProcessInstanceQuery().variableValueEquals("caseTitle", "Someone else v. Acme").count()).isZero();
    }

    @Test
    void aRequestLargerThanTheLimitIsRefusedBeforeItIsRead() {   // security issue, item 10
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        String huge = "{\"name\":\"" + "x".repeat(11 * 1024 * 1024) + "\"}";
        ResponseEntity<String> refused = http.withBasicAuth("irene", "irene").exchange("/engine-rest/task",
                HttpMethod.POST, new HttpEntity<>(huge, headers), String.class);
        assertThat(refused.getStatusCode().value()).isEqualTo(413);
        assertThat(refused.getBody()).contains("larger than the 10 MB");
    }

    @Test
    void theSessionCookieCarriesOneSameSiteValue() {   // security issue, item 10
        ResponseEntity<String> page = http.getForEntity("/camunda/app/tasklist/default/", String.class);
        List<String> cookies = page.getHeaders().getOrEmpty(HttpHeaders.SET_COOKIE);
        String session = cookies.stream().filter(c -> c.startsWith("JSESSIONID")).findFirst().orElseThrow();
        assertThat(session.split("(?i)SameSite=", -1)).as(session).hasSize(2);
        assertThat(session).containsIgnoringCase("SameSite=Strict").containsIgnoringCase("HttpOnly")
                .doesNotContainIgnoringCase("Secure;");   // Secure only in the production profile (over TLS)
    }
}
