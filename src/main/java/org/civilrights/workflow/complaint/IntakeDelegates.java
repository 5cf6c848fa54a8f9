package org.civilrights.workflow.complaint;

import static org.civilrights.workflow.complaint.ComplaintVariables.*;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.civilrights.workflow.calendar.LegalPeriod;
import org.civilrights.workflow.process.RuleViolations;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;


/**
 * The delegates of filing and intake. Each reads its references, calls one method of
 * {@link ComplaintIntake}, and writes back what the diagram's gateways read. Bean names are the
 * {@code delegateExpression}s of complaint-processing.bpmn and complaint-intake.bpmn.
 */
@Configuration
class IntakeDelegates {

    /** Start of complaint-processing: Task_RegisterComplaint (46a-54-35a, 36a, 37a, 34a). */
    @Bean
    JavaDelegate registerComplaint(ComplaintIntake intake) {
        return execution -> {
            Filing filing = filingFrom(execution);
            var user = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
            ComplaintIntake.Registered registered = RuleViolations.get(() -> intake.register(filing,
                    LegalPeriod.parse(FILING_PERIOD.get(execution)), user == null ? null : user.getUserId(),
                    execution.getProcessInstanceId()));
            execution.setProcessBusinessKey(registered.docketNumber());
            DOCKET_NUMBER.set(execution, registered.docketNumber());
            CASE_TITLE.set(execution, registered.caseTitle());
            FILING_DEADLINE.set(execution, registered.filingDeadline());
            TIMELY_ON_ITS_FACE.set(execution, registered.timelyOnItsFace());
            // 46a-54-34a(b)(1)-(3): the reviewer sees the three dates the commission shall consider, each with the
            // last day to file counted from it (review F29)
            LegalPeriod period = LegalPeriod.parse(FILING_PERIOD.get(execution));
            execution.setVariable("actDateAsFiled", ComplaintIntake.asFiled(filing.actOn(), filing.actApproximately()));
            if (filing.knewOn() != null) {
                execution.setVariable("knewOnAsFiled", filing.knewOn().toString());
                execution.setVariable("filingDeadlineFromKnowledge", intake.lastDayFrom(filing.knewOn(), period).toString());
            }
            if (filing.knewDiscriminationOn() != null) {
                execution.setVariable("knewDiscriminationOnAsFiled", filing.knewDiscriminationOn().toString());
                execution.setVariable("filingDeadlineFromDiscriminationKnown",
                        intake.lastDayFrom(filing.knewDiscriminationOn(), period).toString());
            }
            SERVICE_CLOCK_FROM.set(execution, filing.filedOn());
            // The case tables now hold the filing; as variables its fields would show in Tasklist and
            // Cockpit, and would stand in for the fields of later forms with the same names.
            for (String name : List.of(COMPLAINANT_NAME.name(), COMPLAINANT_ADDRESS.name(), PSEUDONYM.name(),
                    REPRESENTATIVE_ADDRESS.name(), FIRST_RESPONDENT_NAME.name(), FIRST_RESPONDENT_ADDRESS.name(),
                    OTHER_RESPONDENTS.name(), STATEMENT_OF_FACTS.name(), CONFIDENTIAL_GROUND.name(),
                    SWORN_ON.name(), ACT_ON.name(), ACT_APPROXIMATELY.name(), KNEW_ON.name(), KNEW_DISCRIMINATION_ON.name(),
                    PROTECTED_BASIS.name(), CONTINUING_VIOLATION.name(),
                    COMMISSION_VOTE_ON.name(), COMMISSION_GROUND.name())) {
                execution.removeVariable(name);
            }
        };
    }

    /**
     * The respondents as the filing form gives them: the first in its own fields, any others one per
     * line as "name; address".
     */
    static List<Filing.Party> respondentsFrom(DelegateExecution execution) {
        List<Filing.Party> respondents = new ArrayList<>();
        String first = FIRST_RESPONDENT_NAME.getOrDefault(execution, null);
        if (first != null) {
            respondents.add(new Filing.Party(first.trim(), FIRST_RESPONDENT_ADDRESS.getOrDefault(execution, null)));
        }
        for (String line : OTHER_RESPONDENTS.getOrDefault(execution, "").split("\\R")) {
            if (!line.isBlank()) {
                String[] parts = line.split(";", 2);
                respondents.add(new Filing.Party(parts[0].trim(), parts.length > 1 ? parts[1].trim() : null));
            }
        }
        return respondents;
    }

    static Filing filingFrom(DelegateExecution execution) {
        List<Filing.Party> respondents = respondentsFrom(execution);
        return new Filing(
                FILED_ON.getOrDefault(execution, null),
                COMPLAINANT_NAME.getOrDefault(execution, null),
                COMPLAINANT_ADDRESS.getOrDefault(execution, null),
                CONFIDENTIAL.getOrDefault(execution, false),
                CONFIDENTIAL_GROUND.getOrDefault(execution, null),
                PSEUDONYM.getOrDefault(execution, null),
                REPRESENTATIVE_ADDRESS.getOrDefault(execution, null),
                respondents,
                PROTECTED_BASIS.getOrDefault(execution, null),
                STATEMENT_OF_FACTS.getOrDefault(execution, null),
                SWORN_ON.getOrDefault(execution, null),
                ACT_ON.getOrDefault(execution, null),
                ACT_APPROXIMATELY.getOrDefault(execution, null),
                KNEW_ON.getOrDefault(execution, null),
                KNEW_DISCRIMINATION_ON.getOrDefault(execution, null),
                CONTINUING_VIOLATION.getOrDefault(execution, false),
                CRIMINAL_RECORD_CLAIM.getOrDefault(execution, false),
                HOUSING_CLAIM.getOrDefault(execution, false),
                COMMISSION_ISSUED.getOrDefault(execution, false)
                        ? new Filing.CommissionIssue(COMMISSION_VOTE_ON.getOrDefault(execution, null),
                        COMMISSION_GROUND.getOrDefault(execution, null))
                        : null);
    }

    /**
     * complaint-intake Task_DecideDefectCurable, on complete (46a-54-42a(b)(2)): not before the comments are in; a
     * curable defect gets the day by which the complainant may amend (review F12).
     */
    @Bean
    TaskListener checkCommentTime(ComplaintIntake intake) {
        return task -> RuleViolations.run(() -> {
            String docket = DOCKET_NUMBER.get(task);
            intake.checkDefectDecisionTime(docket, Boolean.TRUE.equals(task.getVariable("bothPartiesCommented")));
            if (Boolean.TRUE.equals(DEFECT_CURABLE.getOrDefault(task, false))) {
                intake.giveTimeToAmend(docket, AMENDMENT_DUE_ON.getOrDefault(task, null));
            }
        });
    }

    /** complaint-intake Task_RecordNoAmendment (46a-54-42a(b)(2)): the time to amend ran out (review F12). */
    @Bean
    JavaDelegate recordNoAmendment(ComplaintIntake intake) {
        return execution -> intake.noAmendmentCame(DOCKET_NUMBER.get(execution));
    }

    /** complaint-intake Task_OpenServiceClock: the 20-day service clock (46a-54-42a(b)). */

    @Bean
    JavaDelegate openServiceClock(ComplaintIntake intake) {
        return execution -> SERVICE_DUE_ON.set(execution,
                intake.openServiceClock(DOCKET_NUMBER.get(execution), SERVICE_CLOCK_FROM.get(execution)));
    }

    /** complaint-intake Task_RecordJurisdiction (46a-54-42a(a)). */
    @Bean
    JavaDelegate recordJurisdiction(ComplaintIntake intake) {
        return execution -> JURISDICTIONAL.set(execution, intake.recordJurisdiction(DOCKET_NUMBER.get(execution),
                TIMELY.get(execution), ALLEGES_DISCRIMINATORY_PRACTICE.get(execution)));
    }

    /**
     * complaint-intake Task_ServeJurisdictional / Task_ServeNonJurisdictional, on complete: the
     * service on one respondent (46a-54-42a(b)). The form's values are removed again so that the
     * next respondent's task starts empty.
     */
    @Bean
    TaskListener recordService(ComplaintIntake intake) {
        return task -> {
            RuleViolations.run(() -> intake.recordService(DOCKET_NUMBER.get(task), RESPONDENT_NO.get(task),
                    JURISDICTIONAL.get(task), SERVICE_METHOD.getOrDefault(task, null), SENT_ON.getOrDefault(task, null),
                    RESPONDENT_RECEIVED_ON.getOrDefault(task, null), DISCLOSURE_RELEASE_SIGNED_ON.getOrDefault(task, null)));
            for (String name : List.of(SERVICE_METHOD.name(), SENT_ON.name(), RESPONDENT_RECEIVED_ON.name(),
                    DISCLOSURE_RELEASE_SIGNED_ON.name())) {
                removeEverywhere(task, name);
            }
        };
    }

    private static void removeEverywhere(DelegateTask task, String name) {
        task.removeVariableLocal(name);
        task.getExecution().removeVariable(name);
    }

    /** complaint-intake Task_CloseServiceClock. */
    @Bean
    JavaDelegate closeServiceClock(ComplaintIntake intake) {
        return execution -> intake.closeServiceClock(DOCKET_NUMBER.get(execution));
    }

    /** Any stage's escalation when a deadline the agency owes has passed (the work goes on). */
    @Bean
    JavaDelegate markOverdue(ComplaintIntake intake) {
        return execution -> intake.markOverdue(DOCKET_NUMBER.get(execution));
    }

    /** complaint-intake Task_DismissLackOfJurisdiction (46a-54-42a(b)(2), 67a(c)). */
    @Bean
    JavaDelegate dismissForLackOfJurisdiction(ComplaintIntake intake) {
        return execution -> intake.dismissForLackOfJurisdiction(DOCKET_NUMBER.get(execution));
    }

    /** complaint-intake Task_RecordAmendment (46a-54-38a(c)): the review and the service clock start again. */
    @Bean
    JavaDelegate recordAmendment(ComplaintIntake intake) {
        return execution -> {
            RuleViolations.run(() -> intake.recordAmendment(DOCKET_NUMBER.get(execution),
                    AMENDMENT_RECEIVED_ON.getOrDefault(execution, null), AMENDMENT_SWORN_ON.getOrDefault(execution, null)));
            SERVICE_CLOCK_FROM.set(execution, AMENDMENT_RECEIVED_ON.get(execution));
            execution.removeVariable("amendmentNotReceived");
        };
    }
}
