package org.civilrights.workflow.contractor;

import java.time.LocalDate;

import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.civilrights.workflow.process.RuleViolations;
import org.civilrights.workflow.process.Var;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The delegates of contractor-noncompliance.bpmn: each calls one method of {@link ContractorNotices}. */
@Configuration
class ContractorDelegates {

    static final Var<String> NOTICE_ID = Var.text("noticeId");
    static final Var<String> CONTRACTOR = Var.text("contractor");
    static final Var<String> AWARDING_AGENCY = Var.text("awardingAgency");
    static final Var<String> PRESIDING_OFFICER = Var.text("presidingOfficer");
    static final Var<LocalDate> FINDING_ON = Var.date("findingOn");
    static final Var<LocalDate> ISSUED_ON = Var.date("issuedOn");
    static final Var<LocalDate> STATEMENT_DUE_ON = Var.date("statementDueOn");
    static final Var<LocalDate> REVIEW_DUE_ON = Var.date("reviewDueOn");
    /** The document whose copies the next copies task sends: the notice, or the letter of the determination. */
    static final Var<String> COPY_DOCUMENT = Var.text("copyDocument");
    static final Var<String> COPY_SECTION = Var.text("copySection");
    static final Var<String> COPY_METHOD = Var.text("copyMethod");
    static final Var<LocalDate> AGENCY_COPY_SENT_ON = Var.date("agencyCopySentOn");
    static final Var<LocalDate> ATTORNEY_GENERAL_COPY_SENT_ON = Var.date("attorneyGeneralCopySentOn");
    static final Var<LocalDate> STATEMENT_RECEIVED_ON = Var.date("statementReceivedOn");
    static final Var<Boolean> UNDER_OATH = Var.flag("underOath");
    static final Var<String> LETTER_OF_EXPLANATION = Var.text("letterOfExplanation");
    static final Var<String> DETERMINATION = Var.text("contractorDetermination");
    static final Var<LocalDate> DETERMINED_ON = Var.date("determinedOn");
    static final Var<Boolean> OFFER_SUPPLEMENTAL = Var.flag("offerSupplemental");
    static final Var<Boolean> SUBSTANTIALLY_IMPLEMENTED = Var.flag("substantiallyImplemented");
    static final Var<Boolean> WILLINGNESS_EXPRESSED = Var.flag("willingnessExpressed");
    static final Var<Boolean> ADEQUATE_TIME = Var.flag("adequateTime");
    static final Var<Boolean> SUPPLEMENTAL_ALLOWED = Var.flag("supplementalAllowed");

    /** Task_IssueNotice (46a-68j-41(a), (b), 42(a)). */
    @Bean
    JavaDelegate issueContractorNotice(ContractorNotices notices) {
        return execution -> {
            ContractorNotices.Notice notice = RuleViolations.get(() -> notices.issue(CONTRACTOR.getOrDefault(execution, null),
                    AWARDING_AGENCY.getOrDefault(execution, null), PRESIDING_OFFICER.getOrDefault(execution, null),
                    FINDING_ON.getOrDefault(execution, null), ISSUED_ON.getOrDefault(execution, null),
                    execution.getProcessInstanceId()));
            execution.setProcessBusinessKey(notice.noticeId());
            NOTICE_ID.set(execution, notice.noticeId());
            STATEMENT_DUE_ON.set(execution, notice.statementDueOn());
            REVIEW_DUE_ON.set(execution, notice.reviewDueOn());
            COPY_DOCUMENT.set(execution, "notice of noncompliance");
            COPY_SECTION.set(execution, "46a-68j-41(b)");
        };
    }

    /** Task_RecordNoticeCopies, Task_RecordLetterCopies (46a-68j-41(b), 42(b), (c)): the form is cleared for the next copies. */
    @Bean
    JavaDelegate recordContractorCopies(ContractorNotices notices) {
        return execution -> {
            RuleViolations.run(() -> notices.recordCopies(NOTICE_ID.get(execution), COPY_DOCUMENT.get(execution),
                    COPY_METHOD.getOrDefault(execution, null), AGENCY_COPY_SENT_ON.getOrDefault(execution, null),
                    ATTORNEY_GENERAL_COPY_SENT_ON.getOrDefault(execution, null), COPY_SECTION.get(execution)));
            String others = (String) execution.getVariable("adverseFindingRecipients");
            if (others != null && !others.isBlank()) {
                notices.notifyAdverseFinding(NOTICE_ID.get(execution), others.lines().map(String::trim)
                                .filter(l -> !l.isEmpty()).toList(), Boolean.TRUE.equals(execution.getVariable("contractVoid")),
                        COPY_METHOD.get(execution), AGENCY_COPY_SENT_ON.get(execution));
                execution.removeVariable("adverseFindingRecipients");
                execution.removeVariable("contractVoid");
            }
            COPY_METHOD.remove(execution);
            AGENCY_COPY_SENT_ON.remove(execution);
            ATTORNEY_GENERAL_COPY_SENT_ON.remove(execution);
        };
    }

    /** Task_RegisterStatement (46a-68j-42(a), (d), (e)). */
    @Bean
    JavaDelegate registerContractorStatement(ContractorNotices notices) {
        return execution -> {
            LocalDate due = RuleViolations.get(() -> notices.registerStatement(NOTICE_ID.get(execution),
                    STATEMENT_RECEIVED_ON.getOrDefault(execution, null), UNDER_OATH.getOrDefault(execution, false),
                    LETTER_OF_EXPLANATION.getOrDefault(execution, null)));
            REVIEW_DUE_ON.set(execution, due);
        };
    }

    /** Task_MarkOverdue (46a-68j-42(a), (e)). */
    @Bean
    JavaDelegate markContractorReviewOverdue(ContractorNotices notices) {
        return execution -> notices.markReviewOverdue(NOTICE_ID.get(execution));
    }

    /**
     * Task_RecordDetermination (46a-68j-42(b)-(d)): the letter's copies follow; a refused notice clears the
     * statement so the next one is recorded afresh.
     */
    @Bean
    JavaDelegate recordContractorDetermination(ContractorNotices notices) {
        return execution -> {
            String decision = DETERMINATION.getOrDefault(execution, null);
            boolean supplemental = RuleViolations.get(() -> notices.determine(NOTICE_ID.get(execution),
                    new ContractorNotices.Determination(decision, DETERMINED_ON.getOrDefault(execution, null),
                            OFFER_SUPPLEMENTAL.getOrDefault(execution, false),
                            SUBSTANTIALLY_IMPLEMENTED.getOrDefault(execution, false),
                            WILLINGNESS_EXPRESSED.getOrDefault(execution, false), ADEQUATE_TIME.getOrDefault(execution, false))));
            SUPPLEMENTAL_ALLOWED.set(execution, supplemental);
            boolean rescinded = "RESCIND".equals(decision);
            COPY_DOCUMENT.set(execution, rescinded ? "letter rescinding the notice of noncompliance"
                    : "letter refusing to rescind the notice of noncompliance (" + DETERMINED_ON.get(execution) + ")");
            COPY_SECTION.set(execution, rescinded ? "46a-68j-42(b)" : "46a-68j-42(c)");
            if (!rescinded) {
                for (Var<?> v : new Var<?>[] {STATEMENT_RECEIVED_ON, UNDER_OATH, LETTER_OF_EXPLANATION, OFFER_SUPPLEMENTAL,
                        SUBSTANTIALLY_IMPLEMENTED, WILLINGNESS_EXPRESSED, ADEQUATE_TIME}) {
                    v.remove(execution);
                }
                execution.removeVariable("stepsTaken");
            }
        };
    }
}
