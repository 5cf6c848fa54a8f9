package org.civilrights.workflow.security;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Creates, on every start and idempotently, the groups of {@link Role}, what each may do, and the
 * Tasklist filters staff share.
 *
 * <ul>
 *   <li>Staff: Tasklist; read the process definitions; start the processes of their role. The tasks
 *       themselves are granted by the engine to the task's candidate group (READ and TASK_WORK).</li>
 *   <li>Watchers: Cockpit; read every definition, instance, task and history; no update, delete,
 *       suspend, migrate or batch rights.</li>
 *   <li>No staff role may deploy (which would let it run code on the server), create filters
 *       (stored expressions) or batches.</li>
 *   <li>{@code camunda-admin}: everything, as in Camunda's own distributions.</li>
 * </ul>
 */
@Component
@Order(1)
class AccessSetup implements ApplicationRunner {

    static final String FILTER_MY_ROLE = "Tasks of my role";
    static final String FILTER_DUE_THIS_WEEK = "Due this week";
    static final String FILTER_OVERDUE = "Overdue";
    static final String FILTER_MY_TEAM = "My team";
    static final String FILTER_ASSIGNED = "Assigned to me";

    private final IdentityService identityService;
    private final AuthorizationService authorizationService;
    private final FilterService filterService;
    private final TaskService taskService;

    AccessSetup(IdentityService identityService, AuthorizationService authorizationService,
                FilterService filterService, TaskService taskService) {
        this.identityService = identityService;
        this.authorizationService = authorizationService;
        this.filterService = filterService;
        this.taskService = taskService;
    }

    @Override
    public void run(ApplicationArguments args) {
        createGroup(Groups.CAMUNDA_ADMIN, "Administrators", Groups.GROUP_TYPE_SYSTEM);
        for (Resources resource : Resources.values()) {
            grant(Groups.CAMUNDA_ADMIN, resource, ANY, Permissions.ALL);
        }
        for (Role role : Role.values()) {
            createGroup(role.groupId(), role.groupName(), Groups.GROUP_TYPE_WORKFLOW);
            grantRole(role);
        }
        createFilters();
    }

    private void grantRole(Role role) {
        String group = role.groupId();
        if (role.access().works() || role.access().watches()) {
            // colleagues by name, not by id, on task cards and in Cockpit; a supervisor looks up whom she gives a
            // task to (Tasklist refuses an assignee it cannot look up). Profiles only: no right to change one.
            grant(group, Resources.USER, ANY, Permissions.READ);
            grant(group, Resources.GROUP, ANY, Permissions.READ);
        }
        if (role.access().works()) {
            grant(group, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
            grant(group, Resources.FILTER, ANY, Permissions.READ);
        }
        if (role.access().watches()) {
            grant(group, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
            grant(group, Resources.PROCESS_DEFINITION, ANY, Permissions.READ,
                    ProcessDefinitionPermissions.READ_INSTANCE, ProcessDefinitionPermissions.READ_TASK,
                    ProcessDefinitionPermissions.READ_HISTORY);
            grant(group, Resources.PROCESS_INSTANCE, ANY, Permissions.READ);
            grant(group, Resources.TASK, ANY, Permissions.READ);
            grant(group, Resources.DECISION_DEFINITION, ANY, Permissions.READ, Permissions.READ_HISTORY);
            grant(group, Resources.DECISION_REQUIREMENTS_DEFINITION, ANY, Permissions.READ);
            grant(group, Resources.DEPLOYMENT, ANY, Permissions.READ);
        } else if (role.access().works()) {
            grant(group, Resources.PROCESS_DEFINITION, ANY, Permissions.READ);
        }
        if (role.access() == Role.Access.DELIVER) {
            // the filing service delivers through /api/filings as the system and holds no right of its own; rights
            // an earlier version granted it on the engine's resources are taken back (security issue, item 1)
            authorizationService.createAuthorizationQuery().groupIdIn(group).list()
                    .forEach(old -> authorizationService.deleteAuthorization(old.getId()));
        }
        if (!role.startableProcesses().isEmpty()) {
            grant(group, Resources.PROCESS_INSTANCE, ANY, Permissions.CREATE);
            for (String key : role.startableProcesses()) {
                grant(group, Resources.PROCESS_DEFINITION, key, Permissions.READ,
                        ProcessDefinitionPermissions.CREATE_INSTANCE);
            }
        }
    }

    private void createGroup(String id, String name, String type) {
        if (identityService.createGroupQuery().groupId(id).count() == 0) {
            Group group = identityService.newGroup(id);
            group.setName(name);
            group.setType(type);
            identityService.saveGroup(group);
        }
    }

    /** Grants exactly {@code permissions} to {@code group} on one resource, creating or replacing. */
    private void grant(String group, Resource resource, String resourceId, Permission... permissions) {
        Authorization auth = authorizationService.createAuthorizationQuery()
                .groupIdIn(group).resourceType(resource).resourceId(resourceId).singleResult();
        if (auth == null) {
            auth = authorizationService.createNewAuthorization(AUTH_TYPE_GRANT);
            auth.setGroupId(group);
            auth.setResource(resource);
            auth.setResourceId(resourceId);
        }
        auth.setPermissions(permissions);
        authorizationService.saveAuthorization(auth);
    }

    /**
     * Shared Tasklist filters. Authorization already limits every query to the tasks a user may
     * read, so "Tasks of my role" needs no expression. Both show the docket number column.
     */
    private void createFilters() {
        Map<String, Object> columns = Map.of(
                "variables", List.of(
                        Map.of("name", "docketNumber", "label", "Docket number"),
                        Map.of("name", "caseTitle", "label", "Case")),
                "refresh", true);
        // truly the role's: the tasks whose candidate group is one of the user's, claimed ones included (staff item 5);
        // a supervisor's team is a filter of its own
        createFilter(FILTER_MY_ROLE, -10, mine().orderByDueDate().asc(),
                "Every open task of the roles you hold, claimed ones included, the one due first on top", columns);
        createFilter(FILTER_ASSIGNED, -5, taskService.createTaskQuery().taskAssigneeExpression("${currentUser()}")
                        .orderByDueDate().asc(),
                "Tasks you have claimed", columns);
        createFilter(FILTER_DUE_THIS_WEEK, -4, mine().dueBeforeExpression("${dateTime().plusDays(7)}").orderByDueDate().asc(),
                "Tasks of your roles due within the next seven days", columns);
        createFilter(FILTER_OVERDUE, -3, mine().dueBeforeExpression("${now()}").orderByDueDate().asc(),
                "Tasks of your roles whose due date has passed", columns);
        createFilter(FILTER_MY_TEAM, 0, taskService.createTaskQuery().orderByDueDate().asc(),
                "Every open task you may see: for supervisors, the tasks of the staff they supervise too", columns);
    }

    private org.camunda.bpm.engine.task.TaskQuery mine() {
        return taskService.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}").includeAssignedTasks();
    }

    private void createFilter(String name, int priority, org.camunda.bpm.engine.task.TaskQuery query,
                              String description, Map<String, Object> columns) {
        Map<String, Object> properties = new java.util.HashMap<>(columns);
        properties.put("priority", priority);
        properties.put("description", description);
        // an existing filter of that name takes the current definition (an upgrade changes what it shows)
        Filter filter = filterService.createFilterQuery().filterName(name).singleResult();
        if (filter == null) {
            filter = filterService.newTaskFilter(name);
        }
        filterService.saveFilter(filter.setQuery(query).setProperties(properties));
    }
}
