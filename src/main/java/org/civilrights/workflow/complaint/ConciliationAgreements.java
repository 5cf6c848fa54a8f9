package org.civilrights.workflow.complaint;

import static org.civilrights.workflow.complaint.ComplaintVariables.DOCKET_NUMBER;

import java.time.LocalDate;

import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.civilrights.workflow.process.OfficeClock;
import org.civilrights.workflow.process.RuleChecks;
import org.civilrights.workflow.process.RuleViolations;
import org.civilrights.workflow.process.Var;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * complaint-processing Event_ConciliationAgreement: a conciliation agreement executed before any determination,
 * at whatever stage the complaint is, disposes of it (46a-54-67a(a)(2): "A predetermination conciliation agreement
 * including but not limited to those obtained in accordance with section 46a-54-55a"). It arrives as the message
 * ConciliationAgreementExecuted, e.g. from an apprenticeship complaint the Labor Department resolved and the
 * commission found to comply with the law (46a-68-10(b); review D-35).
 */
@Configuration
class ConciliationAgreements {

    static final Var<LocalDate> AGREEMENT_EXECUTED_ON = Var.date("agreementExecutedOn");
    static final Var<Boolean> EXECUTED_BY_ALL = Var.flag("agreementExecutedByAll");

    /**
     * Task_RecordConciliationAgreement (46a-54-55a(h), 67a(a)(2)): executed by the complainant, the respondent (or
     * their representatives) and the commission's representative, on a recorded day no later than today and not
     * before the filing; a copy to each party; the complaint is disposed of as of that day.
     */
    @Bean
    JavaDelegate recordExecutedConciliationAgreement(ComplaintRecords records, PartyNotices notices, OfficeClock clock) {
        return execution -> RuleViolations.run(() -> {
            String docket = DOCKET_NUMBER.get(execution);
            ComplaintRecords.CaseSummary complaint = records.get(docket);
            LocalDate executedOn = AGREEMENT_EXECUTED_ON.getOrDefault(execution, null);
            RuleChecks checks = new RuleChecks(clock);
            checks.require(complaint.disposition() == null, "agreementExecutedOn: complaint " + docket + " was already "
                    + "disposed of (" + complaint.disposition() + ") (46a-54-67a)");
            checks.happened(executedOn, "agreementExecutedOn", "the day the conciliation agreement was executed "
                    + "(46a-54-55a(h))");
            checks.notBefore(executedOn, complaint.filedOn(), "agreementExecutedOn", "the agreement resolves the complaint "
                    + "filed (46a-54-67a(a)(2))");
            checks.require(EXECUTED_BY_ALL.getOrDefault(execution, false), "agreementExecutedByAll ('Executed by the "
                    + "complainant, the respondent and the commission'): a predetermination conciliation agreement is "
                    + "executed by the complainant and the respondent or their representatives and the commission "
                    + "representative (46a-54-55a(h))");
            checks.orThrow();
            notices.serveOnParties(docket, "Predetermination conciliation agreement", "FIRST_CLASS_MAIL", executedOn,
                    "46a-54-55a(h), 67a(a)(2)");
            records.setDisposition(docket, Disposition.CONCILIATION_AGREEMENT, executedOn);
        });
    }
}
