package org.civilrights.workflow.complaint;

import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngineServices;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.civilrights.workflow.calendar.Deadlines;
import org.springframework.stereotype.Component;

/**
 * complaint-processing Event_AnswerAwaited: an answer awaited outside the answer stage, in a complaint-answer stage of
 * its own that lives with the complaint (suspended with it, closed with it): the answer to a complaint amended to
 * correct or amplify its allegations (46a-54-47a; review F10(c)) and the answer whose time the order vacating a default
 * set (46a-54-46a(f), 43a; review F28).
 */
@Component
class AwaitedAnswers {

    static final String MESSAGE = "AnswerAwaited";

    private final AnswerPeriod answers;
    private final Deadlines deadlines;

    AwaitedAnswers(AnswerPeriod answers, Deadlines deadlines) {
        this.answers = answers;
        this.deadlines = deadlines;
    }

    /**
     * Starts the stage; {@code vacaturAnswerDueOn} is the date a vacatur order set, else null. A complaint amended again
     * while the respondent's answer to the earlier amendment is still awaited starts no second stage: the waiting one
     * counts its ten days from the receipt of the latest amended complaint (47a).
     */
    void await(ProcessEngineServices services, String docket, int respondentNo, AnswerPeriod.AnswerTo answerTo,
               LocalDate vacaturAnswerDueOn) {
        ProcessInstance waiting = services.getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey("complaint-answer").processInstanceBusinessKey(docket)
                .variableValueEquals(ComplaintVariables.RESPONDENT_NO.name(), respondentNo)
                .variableValueEquals(ComplaintVariables.ANSWER_TO.name(), answerTo.name()).active().list().stream()
                .findFirst().orElse(null);
        if (waiting != null) {
            // the answer is awaited already (by its own stage); an amended complaint served again restarts its ten days
            if (answerTo == AnswerPeriod.AnswerTo.AMENDED_COMPLAINT) {
                restartAmendedClock(services, docket, respondentNo, waiting);
            }
            return;
        }
        Map<String, Object> variables = new HashMap<>();
        variables.put(ComplaintVariables.RESPONDENT_NO.name(), respondentNo);
        variables.put(ComplaintVariables.ANSWER_TO.name(), answerTo.name());
        if (vacaturAnswerDueOn != null) {
            variables.put(ComplaintVariables.VACATUR_ANSWER_DUE_ON.name(), vacaturAnswerDueOn.toString());
        }
        // the details belong to the event subprocess they start: two respondents' stages keep their own (review F33)
        services.getRuntimeService().createMessageCorrelation(MESSAGE).processInstanceBusinessKey(docket)
                .setVariablesToTriggeredScope(variables).correlate();
    }

    /** 47a: the stage still waiting for the answer takes the ten days from the latest amended complaint's receipt. */
    private void restartAmendedClock(ProcessEngineServices services, String docket, int respondentNo, ProcessInstance stage) {
        boolean awaitingFiling = services.getTaskService().createTaskQuery().processInstanceId(stage.getId())
                .taskDefinitionKey("Task_RecordRespondentFiling").count() > 0;
        if (!awaitingFiling || !answers.receiptKnown(docket, respondentNo, AnswerPeriod.AnswerTo.AMENDED_COMPLAINT.name())) {
            return;
        }
        LocalDate due = answers.openAmended(docket, respondentNo);
        Date end = deadlines.endOf(due);
        services.getRuntimeService().setVariable(stage.getId(), ComplaintVariables.ANSWER_DUE_ON.name(), due.toString());
        services.getTaskService().createTaskQuery().processInstanceId(stage.getId())
                .taskDefinitionKey("Task_RecordRespondentFiling").list().forEach(task -> {
                    task.setDueDate(end);
                    services.getTaskService().saveTask(task);
                });
        services.getManagementService().createJobQuery().processInstanceId(stage.getId()).activityId("Timer_AnswerDue")
                .list().forEach(job -> services.getManagementService().setJobDuedate(job.getId(), end));
    }
}
