package org.civilrights.workflow.complaint;

import java.time.LocalDate;

import org.camunda.bpm.engine.ProcessEngineServices;
import org.springframework.stereotype.Component;

/**
 * 46a-54-49a(a), 65a(a): the merit assessment review is due 90 days after the last answer, including the answer
 * to an amended complaint: when such an answer comes while the review is pending, the running review stage takes
 * the new day (its variable, its task's due date and its timer).
 */
@Component
public class PendingMeritReview {

    private final StageClocks stageClocks;

    PendingMeritReview(StageClocks stageClocks) {
        this.stageClocks = stageClocks;
    }

    public void moveTo(ProcessEngineServices services, String docket, LocalDate review) {
        stageClocks.move(services, docket, new Receipts.MovedClock("complaint-merit-assessment",
                ComplaintVariables.REVIEW_DUE_ON.name(), "Task_ReviewMerits", "Timer_ReviewDue", review));
    }
}
