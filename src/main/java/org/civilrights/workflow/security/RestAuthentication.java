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

    /**
     * No request is larger than {@code civilrights.max-request-size} (security issue, item 10): a body announced larger
     * is answered 413 before it is read, and one that grows past the limit while it is read (no length given) fails
     * the same way. The default leaves room for a scanned document attached to a task.
     */
    @Bean
    FilterRegistrationBean<jakarta.servlet.Filter> requestSizeLimit(
            @org.springframework.beans.factory.annotation.Value("${civilrights.max-request-size:10MB}")
            org.springframework.util.unit.DataSize limit) {
        long max = limit.toBytes();
        FilterRegistrationBean<jakarta.servlet.Filter> registration = new FilterRegistrationBean<>((request, response, chain) -> {
            if (request.getContentLengthLong() > max) {
                var http = (jakarta.servlet.http.HttpServletResponse) response;
                http.setStatus(413);
                http.setContentType("application/json");
                http.getWriter().write("{\"status\":413,\"message\":\"The request is larger than the " + limit.toMegabytes()
                        + " MB the application accepts\"}");
                return;
            }
            chain.doFilter(request.getContentLengthLong() >= 0 ? request : new LimitedRequest(
                    (jakarta.servlet.http.HttpServletRequest) request, max), response);
        });
        registration.setName("request-size-limit");
        registration.addUrlPatterns("/*");
        registration.setOrder(-100);
        return registration;
    }

    /** A request of unannounced length whose body stops being read past the limit. */
    static class LimitedRequest extends jakarta.servlet.http.HttpServletRequestWrapper {
        private final long max;

        LimitedRequest(jakarta.servlet.http.HttpServletRequest request, long max) {
            super(request);
            this.max = max;
        }

        @Override
        public jakarta.servlet.ServletInputStream getInputStream() throws java.io.IOException {
            jakarta.servlet.ServletInputStream in = super.getInputStream();
            return new jakarta.servlet.ServletInputStream() {
                private long read;

                private int count(int n) throws java.io.IOException {
                    if (n > 0 && (read += n) > max) {
                        throw new java.io.IOException("The request is larger than the application accepts");
                    }
                    return n;
                }

                @Override
                public int read() throws java.io.IOException {
                    int b = in.read();
                    if (b >= 0) {
                        count(1);
                    }
                    return b;
                }

                @Override
                public int read(byte[] b, int off, int len) throws java.io.IOException {
                    return count(in.read(b, off, len));
                }

                @Override
                public boolean isFinished() {
                    return in.isFinished();
                }

                @Override
                public boolean isReady() {
                    return in.isReady();
                }

                @Override
                public void setReadListener(jakarta.servlet.ReadListener listener) {
                    in.setReadListener(listener);
                }
            };
        }

        @Override
        public java.io.BufferedReader getReader() throws java.io.IOException {
            return new java.io.BufferedReader(new java.io.InputStreamReader(getInputStream(),
                    getCharacterEncoding() == null ? "UTF-8" : getCharacterEncoding()));
        }
    }

    /** Authenticates every request, the engine list included (against the default engine). */
    static class EveryRequestAuthenticated extends ProcessEngineAuthenticationFilter {
        @Override
        protected boolean requiresEngineAuthentication(String requestUrl) {
            return true;
        }
    }
}
