package org.civilrights.workflow.security;

import java.util.LinkedHashMap;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.IdentityServiceImpl;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * One demo user per role, and {@code demo} / {@code demo} as the administrator, as in Camunda's own
 * examples. Each password is the user id. Off with {@code civilrights.demo.enabled=false}.
 */
@Component
@Order(2)
@ConditionalOnProperty(name = "civilrights.demo.enabled", havingValue = "true", matchIfMissing = true)
class DemoUsers implements ApplicationRunner {

    /** User id to the role whose work the user does (the README lists them). */
    static final Map<String, Role> USERS = new LinkedHashMap<>();

    static {
        USERS.put("irene", Role.INTAKE);
        USERS.put("ivan", Role.INVESTIGATOR);
        USERS.put("rita", Role.REGIONAL_MANAGER);
        USERS.put("edward", Role.EXECUTIVE_DIRECTOR);
        USERS.put("carla", Role.COMMISSION_COUNSEL);
        USERS.put("cora", Role.COMMISSIONER);
        USERS.put("hugo", Role.HEARING_REFEREE);
        USERS.put("abby", Role.APPRENTICESHIP_STAFF);
        USERS.put("paula", Role.PLAN_REVIEWER);
        USERS.put("mona", Role.MANAGER);
        USERS.put("efile", Role.EFILING);
    }

    static final String ADMIN = "demo";

    private final IdentityService identityService;

    DemoUsers(IdentityService identityService) {
        this.identityService = identityService;
    }

    @Override
    public void run(ApplicationArguments args) {
        createUser(ADMIN, "Demo", "Administrator", Groups.CAMUNDA_ADMIN);
        USERS.forEach((id, role) -> createUser(id, capitalize(id), role.groupName(), role.groupId()));
    }

    private void createUser(String id, String firstName, String lastName, String groupId) {
        if (identityService.createUserQuery().userId(id).count() == 0) {
            User user = identityService.newUser(id);
            user.setFirstName(firstName);
            user.setLastName(lastName);
            user.setEmail(id + "@demo.invalid");
            user.setPassword(id);
            // Demo passwords are the user ids, which the password policy rightly refuses.
            ((IdentityServiceImpl) identityService).saveUser(user, true);
        }
        if (identityService.createUserQuery().userId(id).memberOfGroup(groupId).count() == 0) {
            identityService.createMembership(id, groupId);
        }
    }

    private static String capitalize(String id) {
        return Character.toUpperCase(id.charAt(0)) + id.substring(1);
    }
}
