package org.civilrights.workflow.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.civilrights.workflow.process.FormCheckException;
import org.springframework.stereotype.Component;

/**
 * A candidate claims a task for herself only (security issue, item 3): Camunda lets whoever may work a task
 * ({@code TASK_WORK}) claim it for any user id, which handed an intake task, and its case, to an investigator.
 * Giving a task to someone else is for the role's supervisors (regional managers, the executive director) and the
 * administrator: a supervisor, for the roles she supervises ({@link #SUPERVISES}), and only to a member of the task's
 * role. A user gives her own task back (unclaim). The system (a timer, a delegate) is not a person and is not checked.
 */
@Component
public class ClaimForSelf extends AbstractProcessEnginePlugin {

    /** The supervisors and the roles each gives work to (security issue, item 3). */
    static final java.util.Map<String, Set<String>> SUPERVISES = java.util.Map.of(
            Role.REGIONAL_MANAGER.groupId(), Set.of(Role.INTAKE.groupId(), Role.INVESTIGATOR.groupId()),
            Role.EXECUTIVE_DIRECTOR.groupId(), Set.of(Role.INTAKE.groupId(), Role.INVESTIGATOR.groupId(),
                    Role.REGIONAL_MANAGER.groupId(), Role.COMMISSION_COUNSEL.groupId(), Role.PLAN_REVIEWER.groupId(),
                    Role.EXECUTIVE_DIRECTOR.groupId()));

    /** Who may give a task to someone else or take it back: the supervisors, and the administrator. */
    static final Set<String> MAY_REASSIGN = java.util.stream.Stream.concat(java.util.stream.Stream.of("camunda-admin"),
            SUPERVISES.keySet().stream()).collect(java.util.stream.Collectors.toUnmodifiableSet());

    static final TaskListener ONLY_FOR_SELF = task -> {
        var command = Context.getCommandContext();
        String actor = command == null ? null : command.getAuthenticatedUserId();
        String assignee = task.getAssignee();
        if (actor == null || actor.equals(assignee)) {
            return;
        }
        List<String> groups = command.getAuthenticatedGroupIds() == null ? List.of() : command.getAuthenticatedGroupIds();
        String before = task instanceof TaskEntity entity && entity.getPropertyChanges().containsKey("assignee")
                ? (String) entity.getPropertyChanges().get("assignee").getOrgValue() : null;
        if (assignee == null && actor.equals(before)) {
            return;   // she gives her own task back
        }
        if (groups.contains("camunda-admin")) {
            return;
        }
        Set<String> roles = new java.util.HashSet<>();
        task.getCandidates().forEach(link -> {
            if (link.getGroupId() != null) {
                roles.add(link.getGroupId());
            }
        });
        boolean supervises = groups.stream().map(g -> SUPERVISES.getOrDefault(g, Set.of()))
                .anyMatch(supervised -> supervised.stream().anyMatch(roles::contains));
        if (!supervises) {
            throw new FormCheckException("assignee: you may claim a task for yourself only; the role's supervisor or the "
                    + "administrator gives it to someone else");
        }
        if (assignee != null && command.runWithoutAuthorization(() -> roles.stream().noneMatch(role ->
                task.getProcessEngineServices().getIdentityService().createUserQuery().userId(assignee)
                        .memberOfGroup(role).count() > 0))) {
            throw new FormCheckException("assignee: " + assignee + " does not hold the role this task is for ("
                    + String.join(", ", new java.util.TreeSet<>(roles)) + ")");
        }
    };

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getCustomPostBPMNParseListeners() == null) {
            configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
        }
        configuration.getCustomPostBPMNParseListeners().add(new AbstractBpmnParseListener() {
            @Override
            public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
                ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition()
                        .addTaskListener(TaskListener.EVENTNAME_ASSIGNMENT, ONLY_FOR_SELF);
            }
        });
    }
}
