package org.civilrights.workflow.complaint;

import java.time.LocalDate;
import java.util.Date;

import org.camunda.bpm.engine.ProcessEngineServices;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.civilrights.workflow.calendar.Deadlines;
import org.springframework.stereotype.Component;

/**
 * 46a-54-49a(a), 65a(a): the merit assessment review is due 90 days after the last answer, including the answer
 * to an amended complaint: when such an answer comes while the review is pending, the running review stage takes
 * the new day (its variable, its task's due date and its timer).
 */
@Component
public class PendingMeritReview {

    private final Deadlines deadlines;

    PendingMeritReview(Deadlines deadlines) {
        this.deadlines = deadlines;
    }

    public void moveTo(ProcessEngineServices services, String docket, LocalDate review) {
        Date due = deadlines.endOf(review);
        for (ProcessInstance stage : services.getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey("complaint-merit-assessment").processInstanceBusinessKey(docket).list()) {
            services.getRuntimeService().setVariable(stage.getId(), ComplaintVariables.REVIEW_DUE_ON.name(), review.toString());
            services.getTaskService().createTaskQuery().processInstanceId(stage.getId()).taskDefinitionKey("Task_ReviewMerits")
                    .list().forEach(task -> {
                        task.setDueDate(due);
                        services.getTaskService().saveTask(task);
                    });
            services.getManagementService().createJobQuery().processInstanceId(stage.getId()).activityId("Timer_ReviewDue")
                    .list().forEach(job -> services.getManagementService().setJobDuedate(job.getId(), due));
        }
    }
}
