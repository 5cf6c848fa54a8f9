package org.civilrights.workflow.complaint;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngineServices;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ActivityInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;

/**
 * complaint-processing Event_AnswerAwaited: an answer awaited outside the answer stage, in a complaint-answer stage of
 * its own that lives with the complaint (suspended with it, closed with it): the answer to a complaint amended to
 * correct or amplify its allegations (46a-54-47a; review F10(c)) and the answer whose time the order vacating a default
 * set (46a-54-46a(f), 43a, 47a; reviews F28, R-2). Also delivers an answer to the stage that waits for it.
 */
@Component
class AwaitedAnswers {

    static final String MESSAGE = "AnswerAwaited";
    /** Where a complaint-answer stage waits for the respondent (46a-54-43a(d), 45a, 46a, 47a). */
    private static final List<String> AWAITING = List.of("Task_RecordReceipt", "Task_RecordRespondentFiling",
            "Task_DecideExtension", "Task_DecideDefaultRequest");

    private final AnswerPeriod answers;

    AwaitedAnswers(AnswerPeriod answers) {
        this.answers = answers;
    }

    /**
     * Starts the stage; {@code vacaturAnswerDueOn} is the date a vacatur order set, else null. A complaint amended again
     * while the respondent's answer to the earlier amendment is still awaited starts no second stage: the waiting one
     * counts its ten days from the receipt of the latest amended complaint (47a).
     */
    void await(ProcessEngineServices services, String docket, int respondentNo, AnswerPeriod.AnswerTo answerTo,
               LocalDate vacaturAnswerDueOn) {
        nameEarlierStages(services.getRuntimeService(), docket);
        ProcessInstance waiting = services.getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey("complaint-answer").processInstanceBusinessKey(docket)
                .variableValueEquals(ComplaintVariables.RESPONDENT_NO.name(), respondentNo)
                .variableValueEquals(ComplaintVariables.ANSWER_TO.name(), answerTo.name()).active().list().stream()
                .findFirst().orElse(null);
        if (waiting != null) {
            // the answer is awaited already (by its own stage); an amended complaint served again restarts its ten days
            if (answerTo == AnswerPeriod.AnswerTo.AMENDED_COMPLAINT && vacaturAnswerDueOn == null) {
                restartAmendedClock(services.getRuntimeService(), docket, respondentNo, waiting);
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

    /**
     * 46a-54-47a, 43a(d), 45a (review R-1): the stage still waiting for the answer to the earlier amendment starts again
     * from the latest amended complaint, wherever it waits (for the filing, an extension decision or the question of a
     * default): at the receipt of it when that is not recorded yet (the return receipt comes later), else at its ten
     * days, which keep a later date the respondent was already told ({@link AnswerPeriod#openAmended}); the new amended
     * complaint carries its own 45a extension. A default request already made on the earlier amendment goes on: its
     * answer still bars it (46a(c)).
     */
    private void restartAmendedClock(RuntimeService runtime, String docket, int respondentNo, ProcessInstance stage) {
        List<String> waitingIn = AWAITING.stream().flatMap(activity -> java.util.Arrays.stream(
                runtime.getActivityInstance(stage.getId()).getActivityInstances(activity)))
                .map(ActivityInstance::getId).toList();
        if (waitingIn.isEmpty()) {
            return;
        }
        runtime.setVariable(stage.getId(), ComplaintVariables.EXTENDED.name(), false);
        org.camunda.bpm.engine.runtime.ProcessInstanceModificationBuilder restart = runtime.createProcessInstanceModification(stage.getId()).startBeforeActivity(
                answers.receiptKnown(docket, respondentNo, AnswerPeriod.AnswerTo.AMENDED_COMPLAINT.name())
                        ? "Task_OpenAmendedAnswerPeriod" : "Task_RecordReceipt");
        // started first, so that the stage never stands empty; the earlier wait is then cancelled by its own instance
        for (String instance : waitingIn) {
            restart = restart.cancelActivityInstance(instance);
        }
        restart.execute();
    }

    /**
     * 46a-54-43a, 46a(c), 47a: an answer goes to the stage that waits for it, the answer stage or the default it bars
     * (its clock closes there); false when no stage waits for it.
     */
    boolean deliver(ProcessEngineServices services, String docket, int respondentNo, AnswerPeriod.AnswerTo answerTo,
                    LocalDate receivedOn, boolean sworn) {
        RuntimeService runtime = services.getRuntimeService();
        nameEarlierStages(runtime, docket);
        boolean stageWaits = runtime.createExecutionQuery().messageEventSubscriptionName("AnswerFiled")
                .processInstanceBusinessKey(docket)
                .processVariableValueEquals(ComplaintVariables.RESPONDENT_NO.name(), respondentNo)
                .processVariableValueEquals(ComplaintVariables.ANSWER_TO.name(), answerTo.name()).count() > 0;
        if (stageWaits) {
            runtime.createMessageCorrelation("AnswerFiled").processInstanceBusinessKey(docket)
                    .processInstanceVariableEquals(ComplaintVariables.RESPONDENT_NO.name(), respondentNo)
                    .processInstanceVariableEquals(ComplaintVariables.ANSWER_TO.name(), answerTo.name())
                    .setVariable(ComplaintVariables.ANSWERED_ON.name(), receivedOn.toString())
                    .setVariable(ComplaintVariables.ANSWER_SWORN.name(), sworn)
                    .correlate();
        }
        return stageWaits;
    }

    /**
     * 46a-54-43a(a), 47a, 1a(b)(3): the respondent's sworn answer to the complaint, filed after the amended complaint
     * reached it, answers the complaint as amended: the stage awaiting the answer to the amended complaint (or the
     * default it would bar) takes it too (review R-3).
     */
    void answerAlsoToAmendedComplaint(ProcessEngineServices services, String docket, int respondentNo, LocalDate answeredOn,
                                      boolean sworn) {
        if (sworn && answers.answersAmendedComplaint(docket, respondentNo, answeredOn)) {
            deliver(services, docket, respondentNo, AnswerPeriod.AnswerTo.AMENDED_COMPLAINT, answeredOn, true);
        }
    }

    /**
     * Answer stages started by a release before the variable {@code answerTo} existed (review R-9) await the answer to
     * the complaint, as {@link AnswerPeriod.AnswerTo#of} reads its absence. The deliveries that name the variable would
     * pass them by, so they are given it, and so is a default request such a stage called (it took the stage's
     * variables). Suspended stages take no filing; they are named when a later filing finds them active.
     */
    static void nameEarlierStages(RuntimeService runtime, String docket) {
        for (ProcessInstance stage : runtime.createProcessInstanceQuery().processDefinitionKey("complaint-answer")
                .processInstanceBusinessKey(docket).active().list()) {
            if (runtime.getVariable(stage.getId(), ComplaintVariables.ANSWER_TO.name()) != null) {
                continue;
            }
            runtime.setVariable(stage.getId(), ComplaintVariables.ANSWER_TO.name(), AnswerPeriod.AnswerTo.COMPLAINT.name());
            for (ProcessInstance called : runtime.createProcessInstanceQuery().superProcessInstanceId(stage.getId())
                    .active().list()) {
                if (runtime.getVariable(called.getId(), ComplaintVariables.ANSWER_TO.name()) == null) {
                    runtime.setVariable(called.getId(), ComplaintVariables.ANSWER_TO.name(),
                            AnswerPeriod.AnswerTo.COMPLAINT.name());
                }
            }
        }
    }
}
