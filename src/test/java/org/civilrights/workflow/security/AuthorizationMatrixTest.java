package org.civilrights.workflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.IdentityServiceImpl;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.util.LinkedMultiValueMap;

/**
 * The authorization matrix (security issue, "Must show"): every cell of {@code docs/authorization-matrix.md} is run
 * through the REST API as the demo user of its column, on a fresh case. A "yes" must succeed; a "no" must be refused
 * with a 4xx (never a 500) and leave every count of the case, the accounts and the configuration as it was.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class AuthorizationMatrixTest {

    static final Path MATRIX = Path.of("docs/authorization-matrix.md");
    private static final String PROCESS = "security-matrix";
    private static final String FORM = "security-matrix-form";
    private static final String STRONG = "Matrix-Passw0rd-2026!";

    @Autowired TestRestTemplate http;
    @Autowired RepositoryService repository;
    @Autowired RuntimeService runtime;
    @Autowired TaskService tasks;
    @Autowired HistoryService history;
    @Autowired ManagementService management;
    @Autowired IdentityService identity;
    @Autowired FilterService filters;
    @Autowired AuthorizationService authorizations;

    /** One case of the test diagram, and its two tasks. */
    record Case(String id, String intakeTask, String commissionerTask, String jobId) {
    }

    /** What an action answered: whether it was allowed, and the status. */
    record Outcome(boolean allowed, int status, String body) {
        Outcome(boolean allowed, int status) {
            this(allowed, status, "");
        }
    }

    interface Action {
        Outcome run(Case c, String user);
    }

    /** An action, what must be true before it runs, and how a successful one is undone. */
    record Check(Consumer<Case> before, Action action, Consumer<String> undo) {
        static Check of(Action action) {
            return new Check(c -> { }, action, u -> { });
        }
    }

    @BeforeEach
    void theTestCaseAndIris() {
        if (repository.createProcessDefinitionQuery().processDefinitionKey(PROCESS).count() == 0) {
            BpmnModelInstance model = Bpmn.createExecutableProcess(PROCESS).name("Authorization matrix case")
                    .camundaHistoryTimeToLive(1)
                    .startEvent().camundaFormRef(FORM).camundaFormRefBinding("latest")
                    .parallelGateway("split")
                    .userTask("IntakeTask").name("Intake task").camundaCandidateGroups(Role.INTAKE.groupId())
                    .camundaFormRef(FORM).camundaFormRefBinding("latest")
                    .boundaryEvent("Reminder").cancelActivity(false).timerWithDuration("PT1H").endEvent()
                    .moveToActivity("IntakeTask").boundaryEvent("Note").cancelActivity(false).message("MatrixNote").endEvent()
                    .moveToActivity("IntakeTask").endEvent()
                    .moveToNode("split")
                    .userTask("CommissionerTask").name("Commissioners' task").camundaCandidateGroups(Role.COMMISSIONER.groupId())
                    .camundaFormRef(FORM).camundaFormRefBinding("latest")
                    .endEvent().done();
            String form = """
                    {"id": "%s", "type": "default", "schemaVersion": 16, "components": [
                      {"type": "textfield", "key": "note", "label": "Note", "validate": {"maxLength": 200}}]}
                    """.formatted(FORM);
            repository.createDeployment().addModelInstance(PROCESS + ".bpmn", model)
                    .addString(FORM + ".form", form).deploy();
        }
        if (identity.createUserQuery().userId("iris").count() == 0) {
            User iris = identity.newUser("iris");
            iris.setPassword(STRONG);
            identity.saveUser(iris);
            identity.createMembership("iris", Role.INTAKE.groupId());
        }
    }

    @TestFactory
    List<DynamicTest> everyCellOfTheMatrix() throws IOException {
        Map<String, Check> checks = checks();
        List<String> lines = Files.readAllLines(MATRIX, StandardCharsets.UTF_8).stream()
                .filter(l -> l.startsWith("| ") && !l.startsWith("| ---")).toList();
        List<String> users = cells(lines.get(0)).subList(1, cells(lines.get(0)).size());
        List<DynamicTest> cells = new ArrayList<>();
        List<String> rows = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            List<String> row = cells(line);
            String action = row.get(0);
            rows.add(action);
            Check check = checks.get(action);
            assertThat(check).as("a check for the matrix row '%s'", action).isNotNull();
            for (int i = 0; i < users.size(); i++) {
                String user = users.get(i);
                String expected = row.get(i + 1);
                if (!expected.equals("yes") && !expected.equals("no")) {
                    continue;
                }
                cells.add(DynamicTest.dynamicTest(user + ": " + action + " -> " + expected,
                        () -> runCell(check, user, expected.equals("yes"))));
            }
        }
        assertThat(rows).as("every check is a row of the matrix").containsAll(checks.keySet());
        return cells;
    }

    private void runCell(Check check, String user, boolean allowed) {
        Case c = newCase();
        check.before().accept(c);
        Object before = fingerprint(c);
        Outcome outcome = check.action().run(c, user);
        if (allowed) {
            assertThat(outcome.allowed()).as("allowed (status %s: %s)", outcome.status(), outcome.body()).isTrue();
            check.undo().accept(user);
        } else {
            assertThat(outcome.allowed()).as("refused (status %s: %s)", outcome.status(), outcome.body()).isFalse();
            assertThat(outcome.status()).as("a refusal is never a server error").isLessThan(500);
            assertThat(fingerprint(c)).as("nothing changed").isEqualTo(before);
        }
    }

    private Case newCase() {
        ProcessInstance instance = runtime.startProcessInstanceByKey(PROCESS);
        Task intake = tasks.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey("IntakeTask").singleResult();
        Task commissioner = tasks.createTaskQuery().processInstanceId(instance.getId())
                .taskDefinitionKey("CommissionerTask").singleResult();
        String job = management.createJobQuery().processInstanceId(instance.getId()).singleResult().getId();
        return new Case(instance.getId(), intake.getId(), commissioner.getId(), job);
    }

    /** Everything a refused request must leave as it was. */
    private Object fingerprint(Case c) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("cases", runtime.createProcessInstanceQuery().processDefinitionKey(PROCESS).count());
        f.put("cases in history", history.createHistoricProcessInstanceQuery().processDefinitionKey(PROCESS).count());
        f.put("suspended", runtime.createProcessInstanceQuery().processInstanceId(c.id()).suspended().count());
        f.put("variables", new TreeMap<>(runtime.getVariables(c.id())));
        for (Task task : tasks.createTaskQuery().processInstanceId(c.id()).orderByTaskName().asc().list()) {
            f.put(task.getName(), List.of(String.valueOf(task.getAssignee()), tasks.getTaskComments(task.getId()).size(),
                    tasks.getTaskAttachments(task.getId()).size(), new TreeMap<>(tasks.getVariablesLocal(task.getId()))));
        }
        f.put("jobs", management.createJobQuery().processInstanceId(c.id()).list().stream()
                .map(j -> j.getId() + ":" + j.getRetries()).sorted().toList());
        f.put("activities", history.createHistoricActivityInstanceQuery().processInstanceId(c.id()).count());
        f.put("details", history.createHistoricDetailQuery().processInstanceId(c.id()).count());
        f.put("users", identity.createUserQuery().list().stream()
                .map(u -> u.getId() + ":" + u.getFirstName() + ":" + u.getLastName() + ":" + u.getEmail()).sorted().toList());
        f.put("groups", identity.createGroupQuery().count());
        f.put("filters", filters.createFilterQuery().count());
        f.put("deployments", repository.createDeploymentQuery().count());
        f.put("batches", management.createBatchQuery().count());
        f.put("authorizations", authorizations.createAuthorizationQuery().count());
        return f;
    }

    // ----- the checks, one per row of the matrix -----

    private Map<String, Check> checks() {
        Map<String, Check> m = new LinkedHashMap<>();
        m.put("read the process definitions", Check.of((c, u) ->
                listed(get(u, "/process-definition?key=" + PROCESS), PROCESS)));
        for (String key : List.of("complaint-processing", "complaint-request", "aa-plan-review",
                "apprenticeship-deregistration")) {
            m.put("may start " + key, Check.of((c, u) ->
                    listed(get(u, "/process-definition?latestVersion=true&startablePermissionCheck=true&key=" + key), key)));
        }
        m.put("start the test case", new Check(c -> { }, (c, u) ->
                ok(send(u, HttpMethod.POST, "/process-definition/key/" + PROCESS + "/submit-form",
                        Map.of("variables", Map.of("note", Map.of("value", "started"))))), u -> { }));
        m.put("start the test case with a variable its start form does not declare", Check.of((c, u) ->
                ok(send(u, HttpMethod.POST, "/process-definition/key/" + PROCESS + "/submit-form",
                        Map.of("variables", Map.of("note", Map.of("value", "started"),
                                "caseTitle", Map.of("value", "Smith v. Acme")))))));
        m.put("read the case", Check.of((c, u) -> ok(get(u, "/process-instance/" + c.id()))));
        m.put("read the case's history", Check.of((c, u) ->
                listed(get(u, "/history/process-instance?processInstanceId=" + c.id()), c.id())));
        m.put("suspend the case", Check.of((c, u) ->
                ok(send(u, HttpMethod.PUT, "/process-instance/" + c.id() + "/suspended", Map.of("suspended", true)))));
        m.put("delete the case", Check.of((c, u) -> ok(send(u, HttpMethod.DELETE, "/process-instance/" + c.id(), null))));
        m.put("set a variable of the case", Check.of((c, u) -> ok(send(u, HttpMethod.PUT,
                "/process-instance/" + c.id() + "/variables/probe", Map.of("value", "x", "type", "String")))));
        m.put("deliver a message to the case", Check.of((c, u) -> ok(send(u, HttpMethod.POST, "/message",
                Map.of("messageName", "MatrixNote", "processInstanceId", c.id())))));
        m.put("read the intake task", Check.of((c, u) -> ok(get(u, "/task/" + c.intakeTask()))));
        m.put("read the commissioners' task", Check.of((c, u) -> ok(get(u, "/task/" + c.commissionerTask()))));
        m.put("claim the intake task for oneself", Check.of((c, u) ->
                ok(send(u, HttpMethod.POST, "/task/" + c.intakeTask() + "/claim", Map.of("userId", u)))));
        m.put("claim the intake task for iris", Check.of((c, u) ->
                ok(send(u, HttpMethod.POST, "/task/" + c.intakeTask() + "/claim", Map.of("userId", "iris")))));
        m.put("give the intake task to iris", Check.of((c, u) ->
                ok(send(u, HttpMethod.POST, "/task/" + c.intakeTask() + "/assignee", Map.of("userId", "iris")))));
        m.put("give the intake task to ivan, who is not intake staff", Check.of((c, u) ->
                ok(send(u, HttpMethod.POST, "/task/" + c.intakeTask() + "/assignee", Map.of("userId", "ivan")))));
        m.put("give back the intake task irene claimed", new Check(c -> tasks.setAssignee(c.intakeTask(), "irene"),
                (c, u) -> {
                    Outcome sent = ok(send(u, HttpMethod.POST, "/task/" + c.intakeTask() + "/unclaim", null));
                    return new Outcome(sent.allowed() && tasks.createTaskQuery().taskId(c.intakeTask()).singleResult()
                            .getAssignee() == null, sent.status());
                }, u -> { }));
        m.put("complete the intake task", Check.of((c, u) -> ok(send(u, HttpMethod.POST,
                "/task/" + c.intakeTask() + "/complete", Map.of("variables", Map.of("note", Map.of("value", "done")))))));
        m.put("complete the intake task with a variable its form does not declare", Check.of((c, u) ->
                ok(send(u, HttpMethod.POST, "/task/" + c.intakeTask() + "/complete", Map.of("variables",
                        Map.of("note", Map.of("value", "done"), "answerDueOn", Map.of("value", "2030-01-01")))))));
        m.put("set a variable of the intake task", Check.of((c, u) -> ok(send(u, HttpMethod.PUT,
                "/task/" + c.intakeTask() + "/variables/probe", Map.of("value", "x", "type", "String")))));
        m.put("comment on the intake task", Check.of((c, u) -> ok(send(u, HttpMethod.POST,
                "/task/" + c.intakeTask() + "/comment/create", Map.of("message", "a note")))));
        m.put("attach a link to the intake task", Check.of((c, u) -> {
            LinkedMultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
            parts.add("attachment-name", "Return receipt");
            parts.add("attachment-type", "link");
            parts.add("url", "https://example.org/receipt");
            return ok(multipart(u, "/task/" + c.intakeTask() + "/attachment/create", parts));
        }));
        m.put("comment on the commissioners' task", Check.of((c, u) -> ok(send(u, HttpMethod.POST,
                "/task/" + c.commissionerTask() + "/comment/create", Map.of("message", "a note")))));
        m.put("read the case's jobs", Check.of((c, u) -> listed(get(u, "/job?processInstanceId=" + c.id()), c.jobId())));
        m.put("set a job's retries", Check.of((c, u) ->
                ok(send(u, HttpMethod.PUT, "/job/" + c.jobId() + "/retries", Map.of("retries", 7)))));
        m.put("read the engine's metrics", Check.of((c, u) -> ok(get(u, "/metrics/activity-instance-start/sum"))));
        m.put("read one's own account", Check.of((c, u) -> ok(get(u, "/user/" + u + "/profile"))));
        m.put("look up a colleague's account (names on tasks, the assignee field)",
                Check.of((c, u) -> ok(get(u, "/user/iris/profile"))));
        m.put("change one's own name or e-mail", new Check(c -> { }, (c, u) -> ok(send(u, HttpMethod.PUT,
                "/user/" + u + "/profile", Map.of("id", u, "firstName", "Changed", "lastName", "Name",
                        "email", u + "@changed.invalid"))), this::restoreProfile));
        m.put("change one's own password", new Check(c -> { }, (c, u) -> ok(send(u, HttpMethod.PUT,
                "/user/" + u + "/credentials", Map.of("password", STRONG, "authenticatedUserPassword", u))),
                this::restorePassword));
        m.put("delete one's own account", Check.of((c, u) -> ok(send(u, HttpMethod.DELETE, "/user/" + u, null))));
        m.put("create a user", new Check(c -> { }, (c, u) -> ok(send(u, HttpMethod.POST, "/user/create", Map.of(
                "profile", Map.of("id", "matrixmade", "firstName", "Made", "lastName", "ByMatrix", "email", "m@x.invalid"),
                "credentials", Map.of("password", STRONG)))), u -> identity.deleteUser("matrixmade")));
        m.put("create a group", new Check(c -> { }, (c, u) -> ok(send(u, HttpMethod.POST, "/group/create",
                Map.of("id", "matrixmade", "name", "Made by the matrix", "type", "WORKFLOW"))),
                u -> identity.deleteGroup("matrixmade")));
        m.put("read the shared task filters", Check.of((c, u) -> listed(get(u, "/filter"), AccessSetup.FILTER_MY_ROLE)));
        m.put("create a filter", new Check(c -> { }, (c, u) -> ok(send(u, HttpMethod.POST, "/filter/create",
                Map.of("resourceType", "Task", "name", "matrixmade", "query", Map.of()))),
                u -> filters.createFilterQuery().filterName("matrixmade").list()
                        .forEach(f -> filters.deleteFilter(f.getId()))));
        m.put("create a batch", new Check(c -> { }, (c, u) -> ok(send(u, HttpMethod.POST, "/process-instance/delete",
                Map.of("processInstanceIds", List.of(c.id()), "deleteReason", "matrix"))),
                u -> management.createBatchQuery().list().forEach(b -> management.deleteBatch(b.getId(), true))));
        m.put("deploy a diagram", new Check(c -> { }, (c, u) -> {
            LinkedMultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
            parts.add("deployment-name", "matrixmade");
            parts.add("data", new ByteArrayResource(Bpmn.convertToString(Bpmn.createExecutableProcess("matrixmade")
                    .camundaHistoryTimeToLive(1).startEvent().endEvent().done()).getBytes(StandardCharsets.UTF_8)) {
                @Override
                public String getFilename() {
                    return "matrixmade.bpmn";
                }
            });
            return ok(multipart(u, "/deployment/create", parts));
        }, u -> repository.createDeploymentQuery().deploymentName("matrixmade").list()
                .forEach(d -> repository.deleteDeployment(d.getId(), true))));
        m.put("create an authorization", new Check(c -> { }, (c, u) -> ok(send(u, HttpMethod.POST, "/authorization/create",
                Map.of("type", 1, "permissions", List.of("READ"), "userId", "iris", "resourceType", 1,
                        "resourceId", "matrixmade"))),
                u -> authorizations.createAuthorizationQuery().resourceId("matrixmade").list()
                        .forEach(a -> authorizations.deleteAuthorization(a.getId()))));
        return m;
    }

    private void restoreProfile(String user) {
        User account = identity.createUserQuery().userId(user).singleResult();
        account.setFirstName(user.equals(DemoUsers.ADMIN) ? "Demo" : Character.toUpperCase(user.charAt(0)) + user.substring(1));
        account.setLastName(user.equals(DemoUsers.ADMIN) ? "Administrator" : DemoUsers.USERS.get(user).groupName());
        account.setEmail(user + "@demo.invalid");
        identity.saveUser(account);
    }

    private void restorePassword(String user) {
        User account = identity.createUserQuery().userId(user).singleResult();
        account.setPassword(user);
        ((IdentityServiceImpl) identity).saveUser(account, true);
    }

    // ----- REST -----

    private static List<String> cells(String line) {
        String[] parts = line.trim().split("\\|");
        List<String> cells = new ArrayList<>();
        for (int i = 1; i < parts.length; i++) {
            cells.add(parts[i].trim());
        }
        return cells;
    }

    private static Outcome ok(ResponseEntity<String> response) {
        return new Outcome(response.getStatusCode().is2xxSuccessful(), response.getStatusCode().value(),
                String.valueOf(response.getBody()));
    }

    private static Outcome listed(ResponseEntity<String> response, String expected) {
        boolean shown = response.getStatusCode().is2xxSuccessful() && response.getBody() != null
                && response.getBody().contains(expected);
        return new Outcome(shown, response.getStatusCode().value());
    }

    private ResponseEntity<String> get(String user, String path) {
        return http.withBasicAuth(user, user).getForEntity("/engine-rest" + path, String.class);
    }

    private ResponseEntity<String> send(String user, HttpMethod method, String path, Object body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return http.withBasicAuth(user, user).exchange("/engine-rest" + path, method, new HttpEntity<>(body, headers),
                String.class);
    }

    private ResponseEntity<String> multipart(String user, String path, LinkedMultiValueMap<String, Object> parts) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return http.withBasicAuth(user, user).exchange("/engine-rest" + path, HttpMethod.POST,
                new HttpEntity<>(parts, headers), String.class);
    }
}
