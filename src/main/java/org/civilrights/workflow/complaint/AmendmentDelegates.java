package org.civilrights.workflow.complaint;

import static org.civilrights.workflow.complaint.ComplaintVariables.*;

import java.util.List;

import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.civilrights.workflow.process.Var;
import org.civilrights.workflow.process.RuleViolations;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** complaint-processing Event_Amendment: an amendment at any stage before the contested case (46a-54-38a, 47a). */
@Configuration
class AmendmentDelegates {

    static final Var<Boolean> ADDS_RESPONDENT = Var.flag("addsRespondent");
    static final Var<String> NEW_RESPONDENT_NAME = Var.text("newRespondentName");
    static final Var<String> NEW_RESPONDENT_ADDRESS = Var.text("newRespondentAddress");
    static final Var<Integer> ADDED_RESPONDENT_NO = Var.number("addedRespondentNo");
    /**
     * 46a-54-47a: whether the amendment corrects or amplifies the allegations, so that the respondents already in the
     * case answer it within ten days. Asked only of an amendment that adds a respondent; any other amends the
     * allegations (review R-3).
     */
    static final Var<Boolean> AMENDS_ALLEGATIONS = Var.flag("amendsAllegations");

    /** Task_SaveAmendment (46a-54-38a, 47a): sets amendmentServiceDueOn and, when one was added, addedRespondentNo. */
    @Bean
    JavaDelegate saveAmendment(ComplaintIntake intake, org.civilrights.workflow.calendar.LegalCalendar calendar) {
        return execution -> {
            // the form's answer, which the engine keeps with the case: read and removed, so the next amendment asks again
            Boolean amendsAllegations = AMENDS_ALLEGATIONS.isSet(execution) ? AMENDS_ALLEGATIONS.get(execution) : null;
            execution.removeVariable(AMENDS_ALLEGATIONS.name());
            // 46a-54-42a(a): reviewed for jurisdiction before it is served (review F10(a)); outside it, the amendment
            // is kept in the file with the reasons and nobody is added or served
            if (Boolean.FALSE.equals(execution.getVariable("amendmentWithinJurisdiction"))) {
                Object reasons = execution.getVariable("amendmentJurisdictionReasons");
                if (reasons == null || reasons.toString().isBlank()) {
                    throw new org.civilrights.workflow.process.FormCheckException("amendmentJurisdictionReasons: say why the "
                            + "amended complaint is outside the commission's jurisdiction (46a-54-42a(a))");
                }
                RuleViolations.run(() -> intake.recordAmendment(DOCKET_NUMBER.get(execution),
                        AMENDMENT_RECEIVED_ON.getOrDefault(execution, null), AMENDMENT_SWORN_ON.getOrDefault(execution, null)));
                execution.setVariable("respondentAdded", false);
                return;
            }
            Filing.Party added = ADDS_RESPONDENT.getOrDefault(execution, false)
                    ? new Filing.Party(NEW_RESPONDENT_NAME.getOrDefault(execution, null),
                    NEW_RESPONDENT_ADDRESS.getOrDefault(execution, null))
                    : null;
            if (added != null && amendsAllegations == null) {
                throw new org.civilrights.workflow.process.FormCheckException("amendsAllegations ('Does it also correct or "
                        + "amplify the allegations against the respondents already in the case?'): an amendment that adds a "
                        + "respondent is answered within ten days by the respondents already in the case only when it "
                        + "corrects or amplifies the allegations (46a-54-47a)");
            }
            // kept with this amendment (its event subprocess), not with the case
            execution.setVariableLocal(AMENDS_ALLEGATIONS.name(), added == null || amendsAllegations);
            var number = RuleViolations.get(() -> intake.recordAmendmentAtAnyStage(DOCKET_NUMBER.get(execution),
                    AMENDMENT_RECEIVED_ON.getOrDefault(execution, null), AMENDMENT_SWORN_ON.getOrDefault(execution, null), added));
            execution.setVariable("amendmentServiceDueOn", calendar.dueDate(AMENDMENT_RECEIVED_ON.get(execution),
                    ComplaintIntake.amendmentServicePeriod(added != null)).toString());
            number.ifPresent(n -> ADDED_RESPONDENT_NO.set(execution, n));
            execution.setVariable("respondentAdded", number.isPresent());
            for (String name : List.of(NEW_RESPONDENT_NAME.name(), NEW_RESPONDENT_ADDRESS.name())) {
                execution.removeVariable(name);
            }
        };
    }

    /**
     * Task_ServeAmendedComplaint, on complete (46a-54-47a): one task per respondent. A respondent already in the case
     * then has ten days after its receipt to answer, in an answer stage of its own (review F10(c)), when the amendment
     * corrects or amplifies the allegations (an amendment that only adds a respondent asks no answer of the others;
     * review R-3).
     */
    @Bean
    TaskListener recordAmendmentService(ComplaintIntake intake, AwaitedAnswers awaitedAnswers) {
        return task -> {
            int respondentNo = RESPONDENT_NO.get(task);
            boolean answerDue = RuleViolations.get(() -> intake.recordAmendmentService(DOCKET_NUMBER.get(task), respondentNo,
                    SERVICE_METHOD.getOrDefault(task, null), SENT_ON.getOrDefault(task, null),
                    RESPONDENT_RECEIVED_ON.getOrDefault(task, null), AMENDMENT_RECEIVED_ON.getOrDefault(task, null)));
            if (answerDue && AMENDS_ALLEGATIONS.getOrDefault(task, true)) {
                awaitedAnswers.await(task.getProcessEngineServices(), DOCKET_NUMBER.get(task), respondentNo,
                        AnswerPeriod.AnswerTo.AMENDED_COMPLAINT, null);
            }
            for (String name : List.of(SERVICE_METHOD.name(), SENT_ON.name(), RESPONDENT_RECEIVED_ON.name())) {
                task.removeVariableLocal(name);
                task.getExecution().removeVariable(name);
            }
        };
    }
}
