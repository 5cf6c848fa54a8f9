package org.civilrights.workflow.complaint;

import java.util.Date;

import org.camunda.bpm.engine.ProcessEngineServices;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.civilrights.workflow.calendar.Deadlines;
import org.springframework.stereotype.Component;

/**
 * A clock the case record moved (a later answer, a receipt proven later) moves in the running stage too: the
 * variable its timer and task read, the task's due date and the timer job (46a-54-20a: the last day is already
 * rolled to an open day, so the timer fires at its end).
 */
@Component
public class StageClocks {

    private final Deadlines deadlines;

    StageClocks(Deadlines deadlines) {
        this.deadlines = deadlines;
    }

    public void move(ProcessEngineServices services, String docket, Receipts.MovedClock clock) {
        Date due = deadlines.endOf(clock.lastDay());
        for (ProcessInstance stage : services.getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey(clock.processKey()).processInstanceBusinessKey(docket).list()) {
            services.getRuntimeService().setVariable(stage.getId(), clock.variable(), clock.lastDay().toString());
            if (clock.taskKey() != null) {
                services.getTaskService().createTaskQuery().processInstanceId(stage.getId())
                        .taskDefinitionKey(clock.taskKey()).list().forEach(task -> {
                            task.setDueDate(due);
                            services.getTaskService().saveTask(task);
                        });
            }
            services.getManagementService().createJobQuery().processInstanceId(stage.getId())
                    .activityId(clock.timerActivityId()).list()
                    .forEach(job -> services.getManagementService().setJobDuedate(job.getId(), due));
        }
    }
}
