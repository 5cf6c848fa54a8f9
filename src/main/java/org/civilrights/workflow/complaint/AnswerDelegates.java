package org.civilrights.workflow.complaint;

import static org.civilrights.workflow.complaint.ComplaintVariables.*;

import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.civilrights.workflow.calendar.LegalPeriod;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The delegates of complaint-answer.bpmn: each calls one method of {@link AnswerPeriod}. */
@Configuration
class AnswerDelegates {

    /** Task_SaveReceipt (46a-54-43a(d)). */
    @Bean
    JavaDelegate recordReceipt(AnswerPeriod answers) {
        return execution -> Checked.run(() -> answers.recordReceipt(DOCKET_NUMBER.get(execution),
                RESPONDENT_NO.get(execution), RESPONDENT_RECEIVED_ON.getOrDefault(execution, null)));
    }

    /** Task_OpenAnswerPeriod (46a-54-43a(a)): sets answerDueOn, which the timer and the task's due date read. */
    @Bean
    JavaDelegate openAnswerPeriod(AnswerPeriod answers) {
        return execution -> ANSWER_DUE_ON.set(execution, answers.open(DOCKET_NUMBER.get(execution),
                RESPONDENT_NO.get(execution), LegalPeriod.parse(ANSWER_PERIOD.get(execution))));
    }

    /** Task_RecordAnswer (46a-54-43a, 44a): from the form or the AnswerFiled message. */
    @Bean
    JavaDelegate recordAnswer(AnswerPeriod answers) {
        return execution -> {
            Checked.run(() -> answers.recordAnswer(DOCKET_NUMBER.get(execution), RESPONDENT_NO.get(execution),
                    ANSWERED_ON.getOrDefault(execution, null), ANSWER_SWORN.getOrDefault(execution, false)));
            ANSWERED.set(execution, true);
        };
    }

    /** Task_RecordExtensionDecision (46a-54-45a). */
    @Bean
    JavaDelegate decideExtension(AnswerPeriod answers) {
        return execution -> {
            boolean extended = EXTENDED.getOrDefault(execution, false);
            var due = Checked.get(() -> answers.decideExtension(DOCKET_NUMBER.get(execution),
                    RESPONDENT_NO.get(execution), EXTENSION_REQUEST_RECEIVED_ON.getOrDefault(execution, null),
                    GRANT_EXTENSION.getOrDefault(execution, false), extended));
            due.ifPresent(d -> {
                ANSWER_DUE_ON.set(execution, d);
                EXTENDED.set(execution, true);
            });
        };
    }

    /** Task_RecordDefaultRequest (46a-54-46a(b)-(d)): sets defaultWaitEndsOn for the timer. */
    @Bean
    JavaDelegate recordDefaultRequest(AnswerPeriod answers) {
        return execution -> DEFAULT_WAIT_ENDS_ON.set(execution, Checked.get(() -> answers.recordDefaultRequest(
                DOCKET_NUMBER.get(execution), RESPONDENT_NO.get(execution),
                DEFAULT_REQUEST_MAILED_ON.getOrDefault(execution, null), DEFAULT_REQUESTED_BY.get(execution))));
    }

    /** Task_RecordObjection (46a-54-46a(d)). */
    @Bean
    JavaDelegate recordObjection(AnswerPeriod answers) {
        return execution -> {
            Checked.run(() -> answers.recordObjection(DOCKET_NUMBER.get(execution), RESPONDENT_NO.get(execution),
                    OBJECTION_RECEIVED_ON.getOrDefault(execution, null)));
            OBJECTION_FILED.set(execution, true);
        };
    }

    /** Task_RecordDefaultDecision (46a-54-46a(c), (e)). */
    @Bean
    JavaDelegate decideDefault(AnswerPeriod answers) {
        return execution -> Checked.run(() -> answers.decideDefault(DOCKET_NUMBER.get(execution),
                RESPONDENT_NO.get(execution), ORDER_DEFAULT.get(execution)));
    }

    /** complaint-processing Task_CheckDefaults (46a-54-46a(e)). */
    @Bean
    JavaDelegate checkDefaults(AnswerPeriod answers) {
        return execution -> execution.setVariable("allDefaulted",
                answers.everyRespondentDefaulted(DOCKET_NUMBER.get(execution)));
    }
}
