package org.civilrights.workflow.security;

import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The REST API has no authentication out of the box: every call to {@code /engine-rest} (and to the
 * application's own {@code /api}) must carry
 * HTTP Basic credentials of an engine user, and then runs with that user's authorizations.
 *
 * <p>Camunda's filter lets the engine list ({@code GET /engine-rest/engine}) through unauthenticated;
 * here nothing is let through, so an anonymous caller learns nothing about the installation.
 */
@Configuration
class RestAuthentication {

    @Bean
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthentication() {
        FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
                new FilterRegistrationBean<>(new EveryRequestAuthenticated());
        registration.setName("engine-rest-authentication");
        registration.addInitParameter(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
                HttpBasicAuthenticationProvider.class.getName());
        registration.addUrlPatterns("/engine-rest/*", "/api/*");
        registration.setOrder(1);
        return registration;
    }

    /**
     * The filing service (group {@code efiling}) files through {@code /api/filings} only: the engine's REST API,
     * where any authenticated user can list, read or probe, is closed to it (security issue, item 1).
     */
    @Bean
    FilterRegistrationBean<jakarta.servlet.Filter> filingServiceOnlyFiles(org.camunda.bpm.engine.IdentityService identityService) {
        FilterRegistrationBean<jakarta.servlet.Filter> registration = new FilterRegistrationBean<>((request, response, chain) -> {
            var user = identityService.getCurrentAuthentication();
            if (user != null && user.getGroupIds() != null && user.getGroupIds().contains(Role.EFILING.groupId())) {
                var http = (jakarta.servlet.http.HttpServletResponse) response;
                http.setStatus(403);
                http.setContentType("application/json");
                http.getWriter().write("{\"status\":403,\"problems\":[\"The filing service files through /api/filings only\"]}");
                return;
            }
            chain.doFilter(request, response);
        });
        registration.setName("filing-service-only-files");
        registration.addUrlPatterns("/engine-rest/*");
        registration.setOrder(2);
        return registration;
    }

    /**
     * The headers of the application's own answers and of the engine API (security issue, item 10): no caching of
     * case data, no content sniffing, no referrer leaving the site, and the application's own HTML pages (the
     * hiring-bar page) neither framed by another site nor loading anything from elsewhere.
     */
    @Bean
    FilterRegistrationBean<jakarta.servlet.Filter> apiHeaders() {
        FilterRegistrationBean<jakarta.servlet.Filter> registration = new FilterRegistrationBean<>((request, response, chain) -> {
            var http = (jakarta.servlet.http.HttpServletResponse) response;
            http.setHeader("Cache-Control", "no-store");
            http.setHeader("X-Content-Type-Options", "nosniff");
            http.setHeader("Referrer-Policy", "same-origin");
            if (((jakarta.servlet.http.HttpServletRequest) request).getRequestURI().startsWith("/api/")) {
                http.setHeader("Content-Security-Policy", "default-src 'self'; frame-ancestors 'none'");
                http.setHeader("X-Frame-Options", "DENY");
            }
            chain.doFilter(request, response);
        });
        registration.setName("api-headers");
        registration.addUrlPatterns("/api/*", "/engine-rest/*");
        registration.setOrder(0);
        return registration;
    }

    /** Authenticates every request, the engine list included (against the default engine). */
    static class EveryRequestAuthenticated extends ProcessEngineAuthenticationFilter {
        @Override
        protected boolean requiresEngineAuthentication(String requestUrl) {
            return true;
        }
    }
}
