package org.civilrights.workflow.security;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.AssignTaskCmd;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * What the engine's REST API lets a signed-in user do beyond what the roles need (security issue, items 3, 4, 6 and
 * 10), closed where Tasklist, Cockpit and REST clients call it ({@code /engine-rest} and the webapps'
 * {@code /camunda/api/engine}). Each rule is a row of {@code docs/authorization-matrix.md}:
 * <ul>
 *   <li>a task's data is recorded by completing its form: a completion or start that carries a variable its form
 *       does not declare is refused (400, naming it), and nobody but the administrator sets a task's variables
 *       directly;</li>
 *   <li>comments and attachments only on a task the user works (its candidate or assignee); a watcher, who reads
 *       every task, writes on none;</li>
 *   <li>a candidate unclaims her own task; a supervisor gives a task of a role she supervises to a member of that
 *       role ({@link ClaimForSelf} holds the rule, here the engine's TASK_ASSIGN right is stood in for);</li>
 *   <li>messages, signals and conditions reach cases through the forms and {@code /api/filings} only;</li>
 *   <li>the engine's metrics are for the administrator; accounts are changed by the administrator, a user changes
 *       her own password only.</li>
 * </ul>
 */
@Configuration
class EngineApiGuard {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final Pattern UNCLAIM = Pattern.compile("^/task/([^/]+)/unclaim$");
    private static final Pattern ASSIGN = Pattern.compile("^/task/([^/]+)/assignee$");
    private static final Pattern TASK_NOTES = Pattern.compile("^/task/([^/]+)/(comment|attachment)(/.*)?$");
    private static final Pattern TASK_VARIABLES = Pattern.compile("^/task/([^/]+)/(variables|localVariables)(/.*)?$");
    private static final Pattern TASK_FORM = Pattern.compile("^/task/([^/]+)/(complete|submit-form)$");
    private static final Pattern START = Pattern.compile(
            "^/process-definition/(?:key/([^/]+)(?:/tenant-id/[^/]+)?|([^/]+))/(start|submit-form)$");
    private static final Pattern DELIVERIES = Pattern.compile("^/(message|signal|condition)(/.*)?$");
    private static final Pattern METRICS = Pattern.compile("^/metrics(/.*)?$");
    private static final Pattern USER_PROFILE = Pattern.compile("^/user/([^/]+)/profile$");
    private static final Pattern USER = Pattern.compile("^/user/([^/]+)$");

    @Bean
    FilterRegistrationBean<Guard> engineApiGuardFilter(ProcessEngineConfigurationImpl engine) {
        FilterRegistrationBean<Guard> registration = new FilterRegistrationBean<>(new Guard(engine));
        registration.setName("engine-api-guard");
        registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
        registration.setOrder(3);
        return registration;
    }

    /** The signed-in user of a request: the REST API's (HTTP Basic) or the webapps' session. */
    record Caller(String userId, List<String> groupIds) {
        boolean isAdministrator() {
            return groupIds.contains(Groups.CAMUNDA_ADMIN);
        }
    }

    static class Guard extends OncePerRequestFilter {

        private final ProcessEngineConfigurationImpl engine;
        private final IdentityService identity;
        private final TaskService tasks;
        private final FormService forms;
        private final RepositoryService repository;
        private final AuthorizationService authorizations;

        Guard(ProcessEngineConfigurationImpl engine) {
            this.engine = engine;
            this.identity = engine.getIdentityService();
            this.tasks = engine.getTaskService();
            this.forms = engine.getFormService();
            this.repository = engine.getRepositoryService();
            this.authorizations = engine.getAuthorizationService();
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            Caller caller = caller(request);
            if (caller == null) {
                chain.doFilter(request, response);   // no user: the authentication filters answer 401
                return;
            }
            String path = enginePath(request);
            String method = request.getMethod();
            boolean writes = !"GET".equals(method) && !"HEAD".equals(method) && !"OPTIONS".equals(method);
            Matcher m;
            // the data rule holds for everyone, the administrator included: a form's fields and nothing else
            if ("POST".equals(method) && (m = TASK_FORM.matcher(path)).matches()) {
                BufferedRequest buffered = new BufferedRequest(request);
                String taskId = m.group(1);
                declaredOnly(buffered, response, chain, () -> asSystem(() -> form(forms.getDeployedTaskForm(taskId))));
            } else if ("POST".equals(method) && (m = START.matcher(path)).matches()) {
                BufferedRequest buffered = new BufferedRequest(request);
                String key = m.group(1);
                String id = m.group(2);
                declaredOnly(buffered, response, chain, () -> asSystem(() -> {
                    ProcessDefinition definition = key != null
                            ? repository.createProcessDefinitionQuery().processDefinitionKey(key).latestVersion().singleResult()
                            : repository.createProcessDefinitionQuery().processDefinitionId(id).singleResult();
                    return definition == null ? null : form(forms.getDeployedStartForm(definition.getId()));
                }));
            } else if (caller.isAdministrator()) {
                chain.doFilter(request, response);
            } else if (METRICS.matcher(path).matches()) {
                refuse(response, 403, "The engine's metrics are for the administrator");
            } else if (writes && DELIVERIES.matcher(path).matches()) {
                refuse(response, 403, "Messages reach a case through its forms, and electronic filings through "
                        + "/api/filings: nothing is delivered to the engine directly");
            } else if (writes && (m = TASK_VARIABLES.matcher(path)).matches()) {
                refuse(response, 403, "A task's data is recorded by completing its form");
            } else if (writes && (m = TASK_NOTES.matcher(path)).matches()) {
                if (works(caller, m.group(1))) {
                    chain.doFilter(request, response);
                } else {
                    refuse(response, 403, "Comments and attachments are for the staff who work this task");
                }
            } else if ("POST".equals(method) && (m = UNCLAIM.matcher(path)).matches()) {
                unclaim(caller, m.group(1), request, response, chain);
            } else if ("POST".equals(method) && (m = ASSIGN.matcher(path)).matches()) {
                BufferedRequest buffered = new BufferedRequest(request);
                assign(caller, m.group(1), buffered, response, chain);
            } else if ("PUT".equals(method) && USER_PROFILE.matcher(path).matches()
                    || "DELETE".equals(method) && USER.matcher(path).matches()) {
                refuse(response, 403, "Accounts are changed by the administrator; you may change your own password");
            } else {
                chain.doFilter(request, response);
            }
        }

        /**
         * A user gives back her own task, a supervisor takes one back from a member of a role she supervises; the
         * engine's own check (TASK_ASSIGN) stands for everyone else.
         */
        private void unclaim(Caller caller, String taskId, HttpServletRequest request, HttpServletResponse response,
                             FilterChain chain) throws IOException, ServletException {
            Task task = asSystem(() -> tasks.createTaskQuery().taskId(taskId).singleResult());
            boolean supervisor = caller.groupIds().stream().anyMatch(ClaimForSelf.MAY_REASSIGN::contains);
            if (task == null || task.getAssignee() == null
                    || !caller.userId().equals(task.getAssignee()) && !supervisor) {
                chain.doFilter(request, response);
                return;
            }
            try {
                assignAs(caller, taskId, null);
                response.setStatus(204);
            } catch (org.camunda.bpm.engine.ProcessEngineException refused) {
                refuseAssignment(response, refused);
            }
        }

        /** A supervisor gives a task of a role she supervises to someone else (the rule is {@link ClaimForSelf}'s). */
        private void assign(Caller caller, String taskId, BufferedRequest request, HttpServletResponse response,
                            FilterChain chain) throws IOException, ServletException {
            boolean supervisor = caller.groupIds().stream().anyMatch(ClaimForSelf.MAY_REASSIGN::contains);
            Task task = asSystem(() -> tasks.createTaskQuery().taskId(taskId).singleResult());
            if (!supervisor || task == null) {
                chain.doFilter(request, response);
                return;
            }
            JsonNode body = request.json();
            String userId = body == null || body.path("userId").isNull() ? null : body.path("userId").asText(null);
            try {
                assignAs(caller, taskId, userId);
                response.setStatus(204);
            } catch (org.camunda.bpm.engine.ProcessEngineException refused) {
                refuseAssignment(response, refused);
            }
        }

        /** The rule {@link ClaimForSelf} broke, as a 400; anything else is the engine's own error. */
        private static void refuseAssignment(HttpServletResponse response, org.camunda.bpm.engine.ProcessEngineException error)
                throws IOException {
            for (Throwable cause = error; cause != null; cause = cause.getCause()) {
                if (cause instanceof org.civilrights.workflow.process.FormCheckException rule) {
                    refuse(response, 400, String.join("; ", rule.problems()));
                    return;
                }
            }
            throw error;
        }

        /**
         * Assigns as the signed-in user, who stays the one the history and {@link ClaimForSelf} see, with the engine's
         * TASK_ASSIGN check (granted to no staff role) left out: the rules above and in the listener decide.
         */
        private void assignAs(Caller caller, String taskId, String userId) {
            Authentication before = identity.getCurrentAuthentication();
            identity.setAuthentication(caller.userId(), caller.groupIds());
            try {
                engine.getCommandExecutorTxRequired().execute(context -> {
                    context.disableAuthorizationCheck();
                    return new AssignTaskCmd(taskId, userId).execute(context);
                });
            } finally {
                restore(before);
            }
        }

        /** Whether the user works the task: its assignee or a candidate, the engine's TASK_WORK right. */
        private boolean works(Caller caller, String taskId) {
            return authorizations.isUserAuthorized(caller.userId(), caller.groupIds(), TaskPermissions.TASK_WORK,
                    Resources.TASK, taskId)
                    || authorizations.isUserAuthorized(caller.userId(), caller.groupIds(), Permissions.UPDATE,
                    Resources.TASK, taskId);
        }

        /** Lets the request through only if every variable it carries is a field of its form. */
        private void declaredOnly(BufferedRequest request, HttpServletResponse response, FilterChain chain,
                                  Supplier<Set<String>> declared) throws IOException, ServletException {
            JsonNode body = request.json();
            JsonNode variables = body == null ? null : body.path("variables");
            Set<String> fields = variables == null || !variables.isObject() || variables.isEmpty() ? null : declared.get();
            if (fields != null) {
                Set<String> undeclared = new TreeSet<>();
                for (Iterator<String> names = variables.fieldNames(); names.hasNext(); ) {
                    String name = names.next();
                    if (!fields.contains(name)) {
                        undeclared.add(name);
                    }
                }
                if (!undeclared.isEmpty()) {
                    refuse(response, 400, "Not a field of this form: " + String.join(", ", undeclared)
                            + ". Nothing was recorded.");
                    return;
                }
            }
            chain.doFilter(request, response);
        }

        /** The keys of a deployed Camunda Form, or null when the task or process has none (nothing to compare). */
        private static Set<String> form(InputStream deployed) {
            if (deployed == null) {
                return null;
            }
            try (deployed) {
                Set<String> keys = new LinkedHashSet<>();
                collectKeys(JSON.readTree(deployed).path("components"), keys);
                return keys;
            } catch (IOException e) {
                return null;
            }
        }

        private static void collectKeys(JsonNode components, Set<String> keys) {
            for (JsonNode component : components) {
                if (component.hasNonNull("key")) {
                    keys.add(component.get("key").asText());
                }
                if (component.hasNonNull("path")) {
                    keys.add(component.get("path").asText().split("\\.")[0]);
                }
                collectKeys(component.path("components"), keys);
            }
        }

        private <T> T asSystem(Supplier<T> read) {
            Authentication before = identity.getCurrentAuthentication();
            identity.clearAuthentication();
            try {
                return read.get();
            } catch (org.camunda.bpm.engine.ProcessEngineException notThere) {
                return null;
            } finally {
                restore(before);
            }
        }

        private void restore(Authentication before) {
            if (before == null) {
                identity.clearAuthentication();
            } else {
                identity.setAuthentication(before);
            }
        }

        private Caller caller(HttpServletRequest request) {
            Authentication rest = identity.getCurrentAuthentication();
            if (rest != null && rest.getUserId() != null) {
                return new Caller(rest.getUserId(), rest.getGroupIds() == null ? List.of() : rest.getGroupIds());
            }
            var session = request.getSession(false);
            Authentications webapp = session == null ? null : AuthenticationUtil.getAuthsFromSession(session);
            if (webapp != null && webapp.getAuthenticationForProcessEngine(engine.getProcessEngineName())
                    instanceof UserAuthentication user) {
                return new Caller(user.getName(), user.getGroupIds() == null ? List.of() : user.getGroupIds());
            }
            return null;
        }

        /** The engine API path of a request, the same for /engine-rest and the webapps' API. */
        static String enginePath(HttpServletRequest request) {
            String uri = request.getRequestURI().substring(request.getContextPath().length());
            String path = uri.startsWith("/engine-rest") ? uri.substring("/engine-rest".length())
                    : uri.substring("/camunda/api/engine".length());
            return path.replaceFirst("^/engine/[^/]+", "");
        }

        private static void refuse(HttpServletResponse response, int status, String message) throws IOException {
            response.setStatus(status);
            response.setContentType("application/json");
            response.setCharacterEncoding("UTF-8");
            JSON.writeValue(response.getOutputStream(), Map.of("type", status == 400 ? "InvalidRequestException"
                    : "AuthorizationException", "message", message));
        }
    }

    /** A request whose body has been read once here and is read again by the engine's REST API. */
    static class BufferedRequest extends HttpServletRequestWrapper {
        private final byte[] body;

        BufferedRequest(HttpServletRequest request) throws IOException {
            super(request);
            this.body = request.getInputStream().readAllBytes();
        }

        JsonNode json() {
            try {
                return body.length == 0 ? null : JSON.readTree(body);
            } catch (IOException notJson) {
                return null;   // the engine's REST API answers a malformed body itself
            }
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException();
                }
            };
        }

        @Override
        public java.io.BufferedReader getReader() {
            return new java.io.BufferedReader(new java.io.InputStreamReader(getInputStream(),
                    java.nio.charset.StandardCharsets.UTF_8));
        }
    }
}
