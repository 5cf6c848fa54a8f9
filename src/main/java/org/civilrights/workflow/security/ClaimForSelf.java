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
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.civilrights.workflow.process.FormCheckException;
import org.springframework.stereotype.Component;

/**
 * A candidate claims a task for herself only (security issue, item 3): Camunda lets whoever may work a task
 * ({@code TASK_WORK}) claim it for any user id, which handed an intake task, and its case, to an investigator.
 * Giving a task to someone else is for the role's supervisors (regional managers, the executive director) and the
 * administrator. The system (a timer, a delegate) is not a person and is not checked.
 */
@Component
public class ClaimForSelf extends AbstractProcessEnginePlugin {

    static final Set<String> MAY_REASSIGN = Set.of("camunda-admin", Role.REGIONAL_MANAGER.groupId(),
            Role.EXECUTIVE_DIRECTOR.groupId());

    static final TaskListener ONLY_FOR_SELF = task -> {
        var command = Context.getCommandContext();
        String actor = command == null ? null : command.getAuthenticatedUserId();
        String assignee = task.getAssignee();
        if (actor == null || assignee == null || assignee.equals(actor)) {
            return;
        }
        List<String> groups = command.getAuthenticatedGroupIds() == null ? List.of() : command.getAuthenticatedGroupIds();
        if (groups.stream().noneMatch(MAY_REASSIGN::contains)) {
            throw new FormCheckException("assignee: you may claim a task for yourself only; the role's supervisor or the "
                    + "administrator gives it to someone else");
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
