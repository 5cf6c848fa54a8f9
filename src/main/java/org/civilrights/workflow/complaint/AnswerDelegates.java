package org.civilrights.workflow.complaint;

import static org.civilrights.workflow.complaint.ComplaintVariables.*;

import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.civilrights.workflow.calendar.LegalPeriod;
import org.civilrights.workflow.process.RuleViolations;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The delegates of complaint-answer.bpmn: each calls one method of {@link AnswerPeriod}. */
@Configuration
class AnswerDelegates {

    /**
     * complaint-answer, on start: the respondent's name for Tasklist, and what the stage awaits the answer to (the
     * complaint unless the caller says the amended complaint, 47a).
     */
    @Bean
    ExecutionListener answerStageStarts(ComplaintRecords records) {
        return execution -> {
            execution.setVariable("respondentName",
                    records.respondent(DOCKET_NUMBER.get(execution), RESPONDENT_NO.get(execution)).name());
            ANSWER_TO.set(execution, AnswerPeriod.AnswerTo.of(ANSWER_TO.getOrDefault(execution, null)).name());
        };
    }

    private static AnswerPeriod.AnswerTo answerTo(org.camunda.bpm.engine.delegate.VariableScope execution) {
        return AnswerPeriod.AnswerTo.of(ANSWER_TO.getOrDefault(execution, null));
    }

    /** Task_SaveReceipt (46a-54-43a(d), 47a): the receipt of the complaint, or of the amended complaint. */
    @Bean
    JavaDelegate recordReceipt(AnswerPeriod answers) {
        return execution -> RuleViolations.run(() -> {
            String docket = DOCKET_NUMBER.get(execution);
            int respondentNo = RESPONDENT_NO.get(execution);
            java.time.LocalDate receivedOn = RESPONDENT_RECEIVED_ON.getOrDefault(execution, null);
            if (answerTo(execution) == AnswerPeriod.AnswerTo.AMENDED_COMPLAINT) {
                answers.recordAmendedComplaintReceipt(docket, respondentNo, receivedOn);
            } else {
                answers.recordReceipt(docket, respondentNo, receivedOn);
            }
        });
    }

    /** Task_OpenAnswerPeriod (46a-54-43a(a)): sets answerDueOn, which the timer and the task's due date read. */
    @Bean
    JavaDelegate openAnswerPeriod(AnswerPeriod answers) {
        return execution -> ANSWER_DUE_ON.set(execution, answers.open(DOCKET_NUMBER.get(execution),
                RESPONDENT_NO.get(execution), LegalPeriod.parse(ANSWER_PERIOD.get(execution))));
    }

    /** Task_OpenAmendedAnswerPeriod (46a-54-47a): ten days after the receipt of the amended complaint (review F10(c)). */
    @Bean
    JavaDelegate openAmendedAnswerPeriod(AnswerPeriod answers) {
        return execution -> ANSWER_DUE_ON.set(execution, answers.openAmended(DOCKET_NUMBER.get(execution),
                RESPONDENT_NO.get(execution)));
    }

    /**
     * Task_ReopenAnswerPeriod (46a-54-46a(f), 43a, 47a): the date the order vacating the default set, for the answer to
     * the complaint or to the amended complaint (reviews F28, R-2).
     */
    @Bean
    JavaDelegate reopenAnswerPeriod(AnswerPeriod answers) {
        return execution -> ANSWER_DUE_ON.set(execution, answers.reopenAfterVacatur(DOCKET_NUMBER.get(execution),
                RESPONDENT_NO.get(execution), VACATUR_ANSWER_DUE_ON.get(execution), answerTo(execution)));
    }

    /**
     * Task_RecordAnswer (46a-54-43a, 44a, 47a): from the form or the AnswerFiled message, with the answer's certification
     * that a copy went to the complainant (44a(c), 19a(a)(2); review F26), from whose receipt the reply runs (48a(b)).
     * The answer of a respondent added by amendment (review F10(d)), of one whose default was vacated (46a(f); review
     * F28), and the answer to an amended complaint (65a(a)) each move a pending merit review to 90 days after it. An answer to the complaint filed after an amended complaint reached the respondent
     * answers the complaint as amended (47a, 1a(b)(3); review R-3).
     */
    @Bean
    JavaDelegate recordAnswer(AnswerPeriod answers, ComplaintIntake intake, PendingMeritReview pendingReview,
                              Receipts receipts, AwaitedAnswers awaitedAnswers) {
        return execution -> {
            String docket = DOCKET_NUMBER.get(execution);
            int respondentNo = RESPONDENT_NO.get(execution);
            java.time.LocalDate answeredOn = ANSWERED_ON.getOrDefault(execution, null);
            boolean sworn = ANSWER_SWORN.getOrDefault(execution, false);
            AnswerPeriod.AnswerTo answerTo = answerTo(execution);
            java.util.Optional<java.time.LocalDate> review = RuleViolations.get(() -> {
                java.util.Optional<java.time.LocalDate> moved;
                if (answerTo == AnswerPeriod.AnswerTo.AMENDED_COMPLAINT) {
                    moved = intake.recordAmendedAnswer(docket, respondentNo, answeredOn, sworn);
                } else {
                    answers.recordAnswer(docket, respondentNo, answeredOn, sworn);
                    moved = VACATUR_ANSWER_DUE_ON.isSet(execution)
                            ? intake.reviewAfterAnswer(docket, answeredOn, "46a-54-65a(a), 49a(a), 46a(f)")
                            : intake.reviewAfterAddedRespondentAnswer(docket, respondentNo, answeredOn);
                    awaitedAnswers.answerAlsoToAmendedComplaint(execution.getProcessEngineServices(), docket, respondentNo,
                            answeredOn, sworn);
                }
                // the certified copy to the complainant, whichever answer it is (44a(c), 47a; review F26)
                receipts.recordAnswerCopy(docket, respondentNo, answerTo, answeredOn,
                        ANSWER_COPY_SENT_ON.getOrDefault(execution, null), ANSWER_COPY_METHOD.getOrDefault(execution, null),
                        ANSWER_COPY_RECEIVED_ON.getOrDefault(execution, null));
                return moved;
            });
            ANSWERED.set(execution, true);
            review.ifPresent(day -> pendingReview.moveTo(execution.getProcessEngineServices(), docket, day));
        };
    }

    /** Task_RecordExtensionDecision (46a-54-45a, 47a): the decision, and the response served on the respondent (F27). */
    @Bean
    JavaDelegate decideExtension(AnswerPeriod answers) {
        return execution -> {
            boolean extended = EXTENDED.getOrDefault(execution, false);
            var due = RuleViolations.get(() -> answers.decideExtension(DOCKET_NUMBER.get(execution),
                    RESPONDENT_NO.get(execution), answerTo(execution),
                    EXTENSION_REQUEST_RECEIVED_ON.getOrDefault(execution, null),
                    GRANT_EXTENSION.getOrDefault(execution, false), extended, VACATUR_ANSWER_DUE_ON.isSet(execution),
                    new AnswerPeriod.ExtensionResponse(EXTENSION_RESPONSE_SENT_ON.getOrDefault(execution, null),
                            EXTENSION_RESPONSE_METHOD.getOrDefault(execution, null))));
            due.ifPresent(d -> {
                ANSWER_DUE_ON.set(execution, d);
                EXTENDED.set(execution, true);
            });
        };
    }
}
