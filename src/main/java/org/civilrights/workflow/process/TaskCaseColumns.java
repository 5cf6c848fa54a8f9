package org.civilrights.workflow.process;

import java.util.ArrayList;

import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.stereotype.Component;

/**
 * The case on every task card (staff issue, item 3). The shared filters show the columns {@code docketNumber} and
 * {@code caseTitle}, but Tasklist reads a process variable with the user's rights, and staff may read the tasks of
 * their role, not every variable of every case. So each user task, when created, gets its case's docket number and
 * title as variables of its own, which whoever may see the task may read. The title of a confidential complaint is
 * its pseudonym (46a-54-37a), and a procedure without a docket shows its business key (the plan, the certificate,
 * the program, the contractor's notice).
 */
@Component
public class TaskCaseColumns extends AbstractProcessEnginePlugin {

    static final String DOCKET = "docketNumber";
    static final String TITLE = "caseTitle";

    static final TaskListener COPY = task -> {
        Object docket = task.getExecution().getVariable(DOCKET);
        Object title = task.getExecution().getVariable(TITLE);
        String key = task.getExecution().getProcessBusinessKey();
        task.setVariableLocal(DOCKET, docket != null ? docket : key);
        task.setVariableLocal(TITLE, title != null ? title : key);
    };

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getCustomPostBPMNParseListeners() == null) {
            configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
        }
        configuration.getCustomPostBPMNParseListeners().add(listener());
    }

    static BpmnParseListener listener() {
        return new AbstractBpmnParseListener() {
            @Override
            public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
                TaskDefinition definition = ((org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior)
                        activity.getActivityBehavior()).getTaskDefinition();
                definition.addTaskListener(TaskListener.EVENTNAME_CREATE, COPY);
            }
        };
    }
}
