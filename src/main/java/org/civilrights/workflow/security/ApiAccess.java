package org.civilrights.workflow.security;

import java.util.Collection;
import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * The application's own endpoints under {@code /api} run behind the same HTTP Basic authentication as
 * the engine's REST API ({@link RestAuthentication}); each then admits only the roles that need it.
 */
public final class ApiAccess {

    private ApiAccess() {
    }

    /** The signed-in user, if a member of one of {@code groups}: else 401 (no user) or 403. */
    public static Authentication require(IdentityService identityService, Collection<String> groups) {
        Authentication user = identityService.getCurrentAuthentication();
        if (user == null) {
            throw new ResponseStatusException(HttpStatus.UNAUTHORIZED);
        }
        List<String> memberOf = user.getGroupIds() == null ? List.of() : user.getGroupIds();
        if (memberOf.stream().noneMatch(groups::contains)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Only " + groups + " may read this");
        }
        return user;
    }
}
