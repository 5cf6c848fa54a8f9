package org.civilrights.workflow.complaint;

import org.springframework.stereotype.Component;

/** What complaint-answer's gateways ask: {@code ${answerStage.receiptKnown(docketNumber, respondentNo, answerTo)}}. */
@Component
public class AnswerStage {

    private final AnswerPeriod answers;

    AnswerStage(AnswerPeriod answers) {
        this.answers = answers;
    }

    /** 46a-54-43a(d), 47a: whether the receipt of the complaint (or of the amended complaint) is recorded. */
    public boolean receiptKnown(String docket, Integer respondentNo, String answerTo) {
        return answers.receiptKnown(docket, respondentNo, answerTo);
    }
}
