package org.civilrights.workflow.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import javax.script.ScriptEngineManager;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.BeforeEach;
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
 * Security is on by default: logins everywhere, staff see the tasks of their role only, managers
 * read and change nothing, and the known ways to run code on the server are closed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class SecurityTest {

    private static final String PROCESS = "security-check";

    @Autowired TestRestTemplate http;
    @Autowired RepositoryService repositoryService;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired IdentityService identityService;

    private ProcessInstance instance;

    @BeforeEach
    void twoTasksForTwoRoles() {
        if (repositoryService.createProcessDefinitionQuery().processDefinitionKey(PROCESS).count() == 0) {
            BpmnModelInstance model = Bpmn.createExecutableProcess(PROCESS).camundaHistoryTimeToLive(1)
                    .startEvent().parallelGateway("split")
                    .userTask("IntakeWork").name("Intake work").camundaCandidateGroups(Role.INTAKE.groupId())
                    .endEvent()
                    .moveToNode("split")
                    .userTask("InvestigatorWork").name("Investigator work")
                    .camundaCandidateGroups(Role.INVESTIGATOR.groupId())
                    .endEvent().done();
            repositoryService.createDeployment().addModelInstance(PROCESS + ".bpmn", model).deploy();
        }
        instance = runtimeService.startProcessInstanceByKey(PROCESS);
    }

    @Test
    void engineRestRequiresLogin() {
        assertThat(get("/engine-rest/engine", null, null).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        // (a wrong password locks the user out for a few seconds: another user here)
        assertThat(get("/engine-rest/engine", "cora", "wrong").getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(get("/engine-rest/engine", "demo", "demo").getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void staffSeeAndWorkOnlyTheTasksOfTheirRole() {
        Task intakeTask = task("IntakeWork");
        Task investigatorTask = task("InvestigatorWork");

        assertThat(taskIds("irene")).contains(intakeTask.getId()).doesNotContain(investigatorTask.getId());
        assertThat(taskIds("ivan")).contains(investigatorTask.getId()).doesNotContain(intakeTask.getId());

        assertThat(post("/engine-rest/task/" + investigatorTask.getId() + "/complete", "irene", Map.of())
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(post("/engine-rest/task/" + intakeTask.getId() + "/complete", "irene", Map.of())
                .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    }

    @Test
    void managersReadEverythingAndChangeNothing() {
        Task intakeTask = task("IntakeWork");

        assertThat(taskIds("mona")).contains(intakeTask.getId(), task("InvestigatorWork").getId());
        assertThat(get("/engine-rest/process-instance/" + instance.getId(), "mona", "mona").getStatusCode())
                .isEqualTo(HttpStatus.OK);
        assertThat(get("/engine-rest/history/process-instance?processInstanceId=" + instance.getId(), "mona", "mona")
                .getBody()).contains(instance.getId());

        assertThat(post("/engine-rest/task/" + intakeTask.getId() + "/complete", "mona", Map.of())
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(exchange(HttpMethod.PUT, "/engine-rest/process-instance/" + instance.getId() + "/suspended",
                "mona", Map.of("suspended", true)).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(exchange(HttpMethod.DELETE, "/engine-rest/process-instance/" + instance.getId(), "mona", null)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(post("/engine-rest/process-definition/key/" + PROCESS + "/start", "mona", Map.of())
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(instance.getId()).count()).isOne();
    }

    @Test
    void aTaskClaimedBySomeoneElseIsAConflictThatSaysSo() {   // security issue, item 8
        Task intakeTask = task("IntakeWork");
        assertThat(post("/engine-rest/task/" + intakeTask.getId() + "/claim", "irene", Map.of("userId", "irene"))
                .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        ResponseEntity<String> second = post("/engine-rest/task/" + intakeTask.getId() + "/claim", "demo",
                Map.of("userId", "demo"));
        assertThat(second.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(second.getBody()).contains("Someone else (irene) has claimed this task").doesNotContain("ENGINE-");
    }

    @Test
    void staffCannotDeployCreateFiltersOrBatches() {
        assertThat(post("/engine-rest/filter/create", "irene",
                Map.of("resourceType", "Task", "name", "mine", "query", Map.of())).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(post("/engine-rest/process-instance/delete", "irene",
                Map.of("processInstanceIds", List.of(instance.getId()), "deleteReason", "x")).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(identityService.createUserQuery().memberOfGroup("camunda-admin").list())
                .extracting(User::getId).containsExactly("demo");
    }

    @Test
    void staffShareFiltersThatShowTheDocketNumber() {
        ResponseEntity<Map[]> filters = http.withBasicAuth("irene", "irene").getForEntity("/engine-rest/filter", Map[].class);
        assertThat(filters.getBody()).extracting(f -> f.get("name")).contains(AccessSetup.FILTER_MY_ROLE, AccessSetup.FILTER_ASSIGNED);
        assertThat(filters.getBody()[0].get("properties").toString()).contains("docketNumber");
    }

    @Test // security issue, item 10
    void theApplicationsAnswersAreNotCachedSniffedOrFramed() {
        ResponseEntity<String> page = get("/api/hiring-bar?agency=Nobody&vacancy=Clerk", "paula", "paula");
        assertThat(page.getHeaders().getFirst("Cache-Control")).isEqualTo("no-store");
        assertThat(page.getHeaders().getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(page.getHeaders().getFirst("Referrer-Policy")).isEqualTo("same-origin");
        assertThat(page.getHeaders().getFirst("Content-Security-Policy")).contains("frame-ancestors 'none'");
        ResponseEntity<String> engine = get("/engine-rest/engine", "demo", "demo");
        assertThat(engine.getHeaders().getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(engine.getHeaders().getFirst("Cache-Control")).as("the engine API sets its own: no-cache").isNotNull();
    }

    @Test
    void webappsRequireLogin() {
        assertThat(get("/camunda/api/engine/engine/default/task/count", null, null).getStatusCode())
                .isIn(HttpStatus.UNAUTHORIZED, HttpStatus.FORBIDDEN);
        assertThat(get("/camunda/app/tasklist/default/", null, null).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(get("/camunda/app/tasklist/default/", null, null).getBody()).contains("Tasklist");
    }

    @Test
    void noH2ConsoleIsServed() {
        assertThat(get("/h2-console", null, null).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void javaSerializedVariablesAreRefused() {
        assertThatThrownBy(() -> runtimeService.setVariable(instance.getId(), "payload",
                Variables.serializedObjectValue("rO0ABXQAAA==")
                        .serializationDataFormat(Variables.SerializationDataFormats.JAVA)
                        .objectTypeName("java.lang.String").create()))
                .isInstanceOf(ProcessEngineException.class)
                .hasMessageContaining("Java serialization");
    }

    @Test
    void noScriptEngineRunsUntrustedScripts() {
        ScriptEngineManager engines = new ScriptEngineManager();
        assertThat(engines.getEngineByName("javascript")).isNull();
        assertThat(engines.getEngineByName("groovy")).isNull();
        assertThat(engines.getEngineByName("python")).isNull();
    }

    @Test
    void weakPasswordsAreRefusedByThePolicy() {
        User user = identityService.newUser("weak-password-user");
        user.setPassword("secret");
        assertThatThrownBy(() -> identityService.saveUser(user)).hasMessageContaining("password");
    }

    // ----- helpers -----

    private Task task(String key) {
        return taskService.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(key).singleResult();
    }

    private List<String> taskIds(String user) {
        ResponseEntity<Map[]> response = http.withBasicAuth(user, user)
                .getForEntity("/engine-rest/task?processInstanceId=" + instance.getId(), Map[].class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        return java.util.Arrays.stream(response.getBody()).map(t -> (String) t.get("id")).toList();
    }

    private ResponseEntity<String> get(String path, String user, String password) {
        TestRestTemplate client = user == null ? http : http.withBasicAuth(user, password);
        return client.getForEntity(path, String.class);
    }

    private ResponseEntity<String> post(String path, String user, Object body) {
        return exchange(HttpMethod.POST, path, user, body);
    }

    private ResponseEntity<String> exchange(HttpMethod method, String path, String user, Object body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return http.withBasicAuth(user, user).exchange(path, method, new HttpEntity<>(body, headers), String.class);
    }
}
