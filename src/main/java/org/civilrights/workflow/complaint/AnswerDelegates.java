package org.civilrights.workflow.complaint;

import static org.civilrights.workflow.complaint.ComplaintVariables.*;

import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.civilrights.workflow.calendar.LegalPeriod;
import org.civilrights.workflow.process.RuleViolations;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The delegates of complaint-answer.bpmn: each calls one method of {@link AnswerPeriod}. */
@Configuration
class AnswerDelegates {

    /** Task_SaveReceipt (46a-54-43a(d)). */
    @Bean
    JavaDelegate recordReceipt(AnswerPeriod answers) {
        return execution -> RuleViolations.run(() -> answers.recordReceipt(DOCKET_NUMBER.get(execution),
                RESPONDENT_NO.get(execution), RESPONDENT_RECEIVED_ON.getOrDefault(execution, null)));
    }

    /** Task_OpenAnswerPeriod (46a-54-43a(a)): sets answerDueOn, which the timer and the task's due date read. */
    @Bean
    JavaDelegate openAnswerPeriod(AnswerPeriod answers) {
        return execution -> ANSWER_DUE_ON.set(execution, answers.open(DOCKET_NUMBER.get(execution),
                RESPONDENT_NO.get(execution), LegalPeriod.parse(ANSWER_PERIOD.get(execution))));
    }

    /**
     * Task_RecordAnswer (46a-54-43a, 44a): from the form or the AnswerFiled message, with the answer's certification
     * that a copy went to the complainant (44a(c), 19a(a)(2); review F26), from whose receipt the reply runs (48a(b)).
     */
    @Bean
    JavaDelegate recordAnswer(AnswerPeriod answers, ComplaintIntake intake, PendingMeritReview pendingReview,
                              Receipts receipts) {
        return execution -> {
            String docket = DOCKET_NUMBER.get(execution);
            RuleViolations.run(() -> {
                answers.recordAnswer(docket, RESPONDENT_NO.get(execution),
                        ANSWERED_ON.getOrDefault(execution, null), ANSWER_SWORN.getOrDefault(execution, false));
                receipts.recordAnswerCopy(docket, RESPONDENT_NO.get(execution), ANSWERED_ON.getOrDefault(execution, null),
                        ANSWER_COPY_SENT_ON.getOrDefault(execution, null), ANSWER_COPY_METHOD.getOrDefault(execution, null),
                        ANSWER_COPY_RECEIVED_ON.getOrDefault(execution, null));
            });
            ANSWERED.set(execution, true);
            // 65a(a): a respondent added by amendment answering during the review moves it (review F10(d))
            intake.reviewAfterAddedRespondentAnswer(docket, RESPONDENT_NO.get(execution), ANSWERED_ON.get(execution))
                    .ifPresent(review -> pendingReview.moveTo(execution.getProcessEngineServices(), docket, review));
        };
    }

    /** Task_RecordExtensionDecision (46a-54-45a). */
    @Bean
    JavaDelegate decideExtension(AnswerPeriod answers) {
        return execution -> {
            boolean extended = EXTENDED.getOrDefault(execution, false);
            var due = RuleViolations.get(() -> answers.decideExtension(DOCKET_NUMBER.get(execution),
                    RESPONDENT_NO.get(execution), EXTENSION_REQUEST_RECEIVED_ON.getOrDefault(execution, null),
                    GRANT_EXTENSION.getOrDefault(execution, false), extended));
            due.ifPresent(d -> {
                ANSWER_DUE_ON.set(execution, d);
                EXTENDED.set(execution, true);
            });
        };
    }
}
