package org.civilrights.workflow.complaint;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngineServices;
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

    /** Starts the stage; {@code vacaturAnswerDueOn} is the date a vacatur order set, else null. */
    void await(ProcessEngineServices services, String docket, int respondentNo, AnswerPeriod.AnswerTo answerTo,
               LocalDate vacaturAnswerDueOn) {
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
}
