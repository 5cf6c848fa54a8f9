package org.civilrights.workflow.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Every role that works a task sees its case on the card, as Tasklist asks for it (staff issue, item 3). */
class TaskCardsTest extends ComplaintScenario {

    @Autowired TestRestTemplate http;

    @Test // staff issue, item 5
    void tasksOfMyRoleAreTrulyTheRolesAndASupervisorsTeamIsAFilterOfItsOwn() {
        fileComplaint(LocalDate.now(org.civilrights.workflow.calendar.LegalCalendar.OFFICE_ZONE).minusDays(1), Map.of());

        String ofMyRole = list("edward", "Tasks of my role");
        String myTeam = list("edward", "My team");
        String irenes = list("irene", "Tasks of my role");

        assertThat(irenes).contains("Task_ReviewJurisdiction");
        assertThat(ofMyRole).as("the executive director's own tasks only").doesNotContain("Task_ReviewJurisdiction");
        assertThat(myTeam).as("a supervisor sees the team's tasks too").contains("Task_ReviewJurisdiction");
        assertThat(list("irene", "Overdue")).doesNotContain("\"" + docket + "\"");
        assertThat(list("irene", "Due this week")).isNotNull();
    }

    @Test // security issue, item 3
    void aCandidateClaimsForHerselfOnly_theSupervisorMayReassign() {
        fileComplaint(LocalDate.now(org.civilrights.workflow.calendar.LegalCalendar.OFFICE_ZONE).minusDays(1), Map.of());
        String taskId = org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task(stage("complaint-intake")).getId();
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);

        ResponseEntity<String> forOther = http.withBasicAuth("irene", "irene").postForEntity("/engine-rest/task/" + taskId
                + "/claim", new HttpEntity<>("{\"userId\": \"ivan\"}", headers), String.class);
        assertThat(forOther.getStatusCode().is4xxClientError()).isTrue();
        assertThat(forOther.getBody()).contains("you may claim a task for yourself only");
        assertThat(engine.getTaskService().createTaskQuery().taskId(taskId).singleResult().getAssignee()).isNull();

        ResponseEntity<String> forSelf = http.withBasicAuth("irene", "irene").postForEntity("/engine-rest/task/" + taskId
                + "/claim", new HttpEntity<>("{\"userId\": \"irene\"}", headers), String.class);
        assertThat(forSelf.getStatusCode().is2xxSuccessful()).isTrue();
        assertThat(engine.getTaskService().createTaskQuery().taskId(taskId).singleResult().getAssignee()).isEqualTo("irene");
    }

    private String list(String user, String filterName) {
        Map<?, ?> filter = java.util.Arrays.stream(http.withBasicAuth(user, user).getForEntity("/engine-rest/filter", Map[].class)
                .getBody()).filter(f -> filterName.equals(f.get("name"))).findFirst().orElseThrow();
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return http.withBasicAuth(user, user).exchange("/engine-rest/filter/" + filter.get("id") + "/list?maxResults=5000",
                HttpMethod.POST, new HttpEntity<>("{}", headers), String.class).getBody();
    }

    @Test
    void intakeSeesTheDocketAndThePartiesOnItsTaskCards_andAConfidentialComplaintOnlyByItsPseudonym() {
        fileComplaint(LocalDate.now(org.civilrights.workflow.calendar.LegalCalendar.OFFICE_ZONE).minusDays(1),
                Map.of("confidential", true, "confidentialGround", "HIV_RELATED", "pseudonym", "John Doe",
                        "complainantName", "Casey Card-Test"));
        String filter = ((Map<?, ?>) http.withBasicAuth("irene", "irene").getForEntity("/engine-rest/filter", Map[].class)
                .getBody()[0]).get("id").toString();
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.set("Accept", "application/hal+json");

        ResponseEntity<String> cards = http.withBasicAuth("irene", "irene").exchange(
                "/engine-rest/filter/" + filter + "/list?firstResult=0&maxResults=1000", HttpMethod.POST,
                new HttpEntity<>("{}", headers), String.class);

        assertThat(cards.getBody()).contains("\"value\":\"" + docket + "\"")
                .contains("John Doe v. Acme Manufacturing LLC").doesNotContain("Casey Card-Test");
    }
}
