package org.civilrights.workflow.security;

import java.util.Map;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.spring.boot.starter.rest.CamundaJerseyResourceConfig;
import org.civilrights.workflow.process.RuleViolations;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Errors of the engine's REST API in the user's words (security issue, item 8; staff issue, item 7). A rule a form or
 * a service refuses is thrown inside a task or execution listener, which the engine wraps ("ENGINE-03051 There was an
 * exception while invoking the TaskListener") and the REST API answers 500: here it is a 400 whose message is the
 * rule itself, as Tasklist shows it. A task completed by someone else at the same moment is a 409 that says so.
 * Everything else is answered as Camunda answers it.
 */
@Configuration
class RestErrors {

    @Bean
    CamundaJerseyResourceConfig camundaJerseyResourceConfig() {
        return new CamundaJerseyResourceConfig() {
            @Override
            protected void registerAdditionalResources() {
                register(EngineErrors.class);
                register(WrappedErrors.class);
            }
        };
    }

    /**
     * The same answers where Tasklist and Cockpit call the engine: the webapps' own engine API
     * ({@code /camunda/api/engine}) is a JAX-RS application of Camunda's own, so there a refused form's 500 is
     * turned into the same 400 after the fact.
     */
    @Bean
    org.springframework.boot.web.servlet.FilterRegistrationBean<jakarta.servlet.Filter> webappApiErrors() {
        var registration = new org.springframework.boot.web.servlet.FilterRegistrationBean<jakarta.servlet.Filter>(
                (request, response, chain) -> {
                    var buffered = new org.springframework.web.util.ContentCachingResponseWrapper(
                            (jakarta.servlet.http.HttpServletResponse) response);
                    chain.doFilter(request, buffered);
                    if (buffered.getStatus() == 403) {
                        String body = new String(buffered.getContentAsByteArray(), java.nio.charset.StandardCharsets.UTF_8);
                        if (body.contains("AuthorizationException")) {
                            var json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(body);
                            var missing = json.path("missingAuthorizations").path(0);
                            buffered.resetBuffer();
                            buffered.setContentType("application/json");
                            buffered.getOutputStream().write(new com.fasterxml.jackson.databind.ObjectMapper()
                                    .writeValueAsBytes(Map.of("type", "AuthorizationException", "message",
                                            notAllowed(missing.path("permissionName").asText(null),
                                                    missing.path("resourceName").asText(null)), "code", 0)));
                        }
                    }
                    if (buffered.getStatus() == 500) {
                        String body = new String(buffered.getContentAsByteArray(), java.nio.charset.StandardCharsets.UTF_8);
                        int rule = body.indexOf(FORM_REFUSED);
                        String plain = null;
                        int status = 500;
                        if (rule >= 0) {
                            plain = body.substring(rule).replaceFirst("'?\\s*\"\\s*,.*$", "").replaceFirst("'\\s*$", "");
                            status = 400;
                        } else if (body.contains("TaskAlreadyClaimedException")) {
                            plain = "Someone else has claimed this task: reload the list";
                            status = 409;
                        } else if (body.contains("ENGINE-03005")) {
                            plain = "Someone else changed this task or case at the same moment: reload it and try again.";
                            status = 409;
                        }
                        if (plain != null) {
                            buffered.resetBuffer();
                            buffered.setStatus(status);
                            buffered.setContentType("application/json");
                            buffered.getOutputStream().write(new com.fasterxml.jackson.databind.ObjectMapper()
                                    .writeValueAsBytes(Map.of("type", status == 400 ? "InvalidRequestException"
                                            : "OptimisticLockingException", "message", plain, "code", 0)));
                        }
                    }
                    buffered.copyBodyToResponse();
                });
        registration.setName("webapp-api-errors");
        registration.addUrlPatterns("/camunda/api/engine/*");
        return registration;
    }

    /**
     * A refusal of the engine's authorization check in the user's words (staff issue, item 7): the engine names the
     * permissions and resource ids it looked for; a clerk needs to know what she may not do, and whom to ask.
     */
    static String notAllowed(String permission, String resourceType) {
        String verb = switch (permission == null ? "" : permission) {
            case "TASK_WORK" -> "work on";
            case "TASK_ASSIGN" -> "assign";
            case "READ", "READ_INSTANCE", "READ_TASK", "READ_HISTORY", "READ_VARIABLE" -> "read";
            case "CREATE", "CREATE_INSTANCE" -> "start or create";
            case "DELETE", "DELETE_INSTANCE", "DELETE_HISTORY" -> "delete";
            default -> "change";
        };
        String what = switch (resourceType == null ? "" : resourceType) {
            case "Task" -> "this task: it is another role's work. Its role's supervisor can give it to you";
            case "ProcessDefinition", "ProcessInstance" -> "this case or procedure with your role";
            case "User", "Group", "Authorization", "Tenant" -> "accounts: the administrator does";
            default -> "this with your role";
        };
        return "You may not " + verb + " " + what + ".";
    }

    /** How every refused form's message begins (FormCheckException). */
    static final String FORM_REFUSED = "The form cannot be accepted:";

    /** The user's words for an error, or null when Camunda's own answer stands. */
    static Response plain(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof RuleViolations.Problems || cause instanceof BadUserRequestException) {
                return answer(Response.Status.BAD_REQUEST, "InvalidRequestException", cause.getMessage());
            }
            if (cause instanceof org.camunda.bpm.engine.AuthorizationException refused
                    && !refused.getMissingAuthorizations().isEmpty()) {
                var missing = refused.getMissingAuthorizations().get(0);
                return answer(Response.Status.FORBIDDEN, "AuthorizationException",
                        notAllowed(missing.getViolatedPermissionName(), missing.getResourceType()));
            }
            if (cause instanceof org.camunda.bpm.engine.TaskAlreadyClaimedException claimed) {
                return answer(Response.Status.CONFLICT, "TaskAlreadyClaimedException", "Someone else ("
                        + claimed.getTaskAssignee() + ") has claimed this task: reload the list");
            }
            if (cause instanceof OptimisticLockingException) {
                return answer(Response.Status.CONFLICT, "OptimisticLockingException",
                        "Someone else changed this task or case at the same moment: reload it and try again.");
            }
        }
        return null;
    }

    private static Response answer(Response.Status status, String type, String message) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(Map.of("type", type, "message", message == null ? "" : message, "code", 0)).build();
    }

    @Priority(1)
    public static class EngineErrors implements ExceptionMapper<ProcessEngineException> {
        @Override
        public Response toResponse(ProcessEngineException error) {
            Response plain = plain(error);
            return plain != null ? plain : ExceptionHandlerHelper.getInstance().getResponse(error);
        }
    }

    @Priority(1)
    public static class WrappedErrors implements ExceptionMapper<RestException> {
        @Override
        public Response toResponse(RestException error) {
            Response plain = plain(error);
            return plain != null ? plain : ExceptionHandlerHelper.getInstance().getResponse(error);
        }
    }
}
