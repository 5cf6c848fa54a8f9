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
    /** 46a-68j-41(c): the contractor's federal employer identification number and state vendor number. */
    static final Var<String> CONTRACTOR_FEIN = Var.text("contractorFein");
    static final Var<String> CONTRACTOR_VENDOR_NUMBER = Var.text("contractorVendorNumber");
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
    /** 46a-68j-42(d), (e): after a refusal, NEW_REQUEST or SUPPLEMENTAL (declined unless allowed). */
    static final Var<String> LATER_STATEMENT = Var.text("laterStatement");
    static final Var<String> STAFF_RECOMMENDATION = Var.text("staffRecommendation");
    static final Var<String> RECOMMENDATION_REASONS = Var.text("recommendationReasons");
    static final Var<LocalDate> RECOMMENDED_ON = Var.date("recommendedOn");
    static final Var<String> DETERMINATION = Var.text("contractorDetermination");
    static final Var<LocalDate> DETERMINED_ON = Var.date("determinedOn");
    static final Var<Boolean> OFFER_SUPPLEMENTAL = Var.flag("offerSupplemental");
    static final Var<Boolean> SUBSTANTIALLY_IMPLEMENTED = Var.flag("substantiallyImplemented");
    static final Var<Boolean> WILLINGNESS_EXPRESSED = Var.flag("willingnessExpressed");
    static final Var<Boolean> ADEQUATE_TIME = Var.flag("adequateTime");
    static final Var<Boolean> SUPPLEMENTAL_ALLOWED = Var.flag("supplementalAllowed");
    /** 46a-68j-43: the notice of the adverse finding, filled in with the copies of the notice. */
    static final Var<String> ADVERSE_FINDING_RECIPIENTS = Var.text("adverseFindingRecipients");
    static final Var<Boolean> STATES_NONCOMPLIANCE = Var.flag("statesNoncompliance");
    static final Var<Boolean> CONTRACT_VOID = Var.flag("contractVoid");
    static final Var<String> ENFORCED_RECOMMENDATION = Var.text("enforcedRecommendation");
    static final Var<String> CIVIL_ACTION = Var.text("civilActionRecommendation");
    static final Var<Boolean> SPEEDY_ACTION_REQUESTED = Var.flag("speedyActionRequested");

    /** 46a-68j-42(f): a monitoring review after the rescission (review M-29). */
    static final Var<LocalDate> MONITORING_REVIEWED_ON = Var.date("monitoringReviewedOn");
    static final Var<String> MONITORING_FINDINGS = Var.text("monitoringFindings");
    static final Var<Boolean> MONITORING_CONCLUDED = Var.flag("monitoringConcluded");
    static final Var<LocalDate> MONITORING_NEXT_REVIEW_ON = Var.date("monitoringNextReviewOn");

    /** Task_IssueNotice (46a-68j-41(a), (b), 42(a)). */
    @Bean
    JavaDelegate issueContractorNotice(ContractorNotices notices) {
        return execution -> {
            ContractorNotices.Contractor who = new ContractorNotices.Contractor(CONTRACTOR.getOrDefault(execution, null),
                    CONTRACTOR_FEIN.getOrDefault(execution, null), CONTRACTOR_VENDOR_NUMBER.getOrDefault(execution, null));
            ContractorNotices.Notice notice = RuleViolations.get(() -> notices.issue(who,
                    AWARDING_AGENCY.getOrDefault(execution, null), PRESIDING_OFFICER.getOrDefault(execution, null),
                    FINDING_ON.getOrDefault(execution, null), ISSUED_ON.getOrDefault(execution, null),
                    execution.getProcessInstanceId()));
            execution.setProcessBusinessKey(notice.noticeId());
            NOTICE_ID.set(execution, notice.noticeId());
            CONTRACTOR_FEIN.set(execution, notice.fein());
            STATEMENT_DUE_ON.set(execution, notice.statementDueOn());
            REVIEW_DUE_ON.set(execution, notice.reviewDueOn());
            COPY_DOCUMENT.set(execution, "notice of noncompliance");
            COPY_SECTION.set(execution, "46a-68j-41(b)");
        };
    }

    /**
     * Task_RecordNoticeCopies, Task_RecordLetterCopies (46a-68j-41(b), 42(b), (c)), with the notice of the
     * adverse finding when staff filled it in (43; review M-26): the form is cleared for the next copies.
     */
    @Bean
    JavaDelegate recordContractorCopies(ContractorNotices notices) {
        return execution -> {
            String id = NOTICE_ID.get(execution);
            String method = COPY_METHOD.getOrDefault(execution, null);
            LocalDate sentOn = AGENCY_COPY_SENT_ON.getOrDefault(execution, null);
            String recipients = ADVERSE_FINDING_RECIPIENTS.getOrDefault(execution, "");
            ContractorNotices.AdverseFinding finding = new ContractorNotices.AdverseFinding(
                    recipients.lines().map(String::trim).filter(l -> !l.isEmpty()).toList(),
                    STATES_NONCOMPLIANCE.getOrDefault(execution, false), CONTRACT_VOID.getOrDefault(execution, false),
                    ENFORCED_RECOMMENDATION.getOrDefault(execution, null), CIVIL_ACTION.getOrDefault(execution, null),
                    SPEEDY_ACTION_REQUESTED.getOrDefault(execution, false));
            boolean adverseFinding = !finding.recipients().isEmpty() || finding.notComplying() || finding.contractVoid()
                    || finding.enforcesRecommendation() || finding.civilAction() != null;
            RuleViolations.run(() -> {
                notices.recordCopies(id, COPY_DOCUMENT.get(execution), method, sentOn,
                        ATTORNEY_GENERAL_COPY_SENT_ON.getOrDefault(execution, null), COPY_SECTION.get(execution));
                if (adverseFinding) {
                    notices.notifyAdverseFinding(id, finding, method, sentOn);
                }
            });
            for (Var<?> v : new Var<?>[] {COPY_METHOD, AGENCY_COPY_SENT_ON, ATTORNEY_GENERAL_COPY_SENT_ON,
                    ADVERSE_FINDING_RECIPIENTS, STATES_NONCOMPLIANCE, CONTRACT_VOID, ENFORCED_RECOMMENDATION, CIVIL_ACTION,
                    SPEEDY_ACTION_REQUESTED}) {
                v.remove(execution);
            }
        };
    }

    /** Task_RegisterStatement (46a-68j-42(a), (d), (e)). */
    @Bean
    JavaDelegate registerContractorStatement(ContractorNotices notices) {
        return execution -> {
            LocalDate due = RuleViolations.get(() -> notices.registerStatement(NOTICE_ID.get(execution),
                    STATEMENT_RECEIVED_ON.getOrDefault(execution, null), UNDER_OATH.getOrDefault(execution, false),
                    LETTER_OF_EXPLANATION.getOrDefault(execution, null), LATER_STATEMENT.getOrDefault(execution, null)));
            REVIEW_DUE_ON.set(execution, due);
        };
    }

    /** Task_RecordRecommendation (46a-68j-38, 42(a)-(c)): staff recommend, the commission decides. */
    @Bean
    JavaDelegate recordContractorRecommendation(ContractorNotices notices) {
        return execution -> RuleViolations.run(() -> notices.recordRecommendation(NOTICE_ID.get(execution),
                STAFF_RECOMMENDATION.getOrDefault(execution, null), RECOMMENDATION_REASONS.getOrDefault(execution, null),
                RECOMMENDED_ON.getOrDefault(execution, null)));
    }

    /**
     * Task_RecordMonitoring (46a-68j-42(f); review M-29): the review kept; the next one waits for the day staff set
     * ({@code monitoringNextReviewOn}), and the review's own fields are cleared for it.
     */
    @Bean
    JavaDelegate recordContractorMonitoring(ContractorNotices notices) {
        return execution -> {
            RuleViolations.run(() -> {
                Boolean concluded = MONITORING_CONCLUDED.getOrDefault(execution, null);
                if (concluded == null) {
                    throw new IllegalArgumentException("monitoringConcluded ('Is the monitoring concluded?'): say whether "
                            + "the monitoring of the contractor ends or goes on to a next review (46a-68j-42(f))");
                }
                notices.recordMonitoring(NOTICE_ID.get(execution), new ContractorNotices.MonitoringReview(
                        MONITORING_REVIEWED_ON.getOrDefault(execution, null), MONITORING_FINDINGS.getOrDefault(execution, null),
                        concluded, MONITORING_NEXT_REVIEW_ON.getOrDefault(execution, null)));
            });
            MONITORING_REVIEWED_ON.remove(execution);
            MONITORING_FINDINGS.remove(execution);
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
                for (Var<?> v : new Var<?>[] {STATEMENT_RECEIVED_ON, UNDER_OATH, LETTER_OF_EXPLANATION, LATER_STATEMENT,
                        STAFF_RECOMMENDATION, RECOMMENDATION_REASONS, RECOMMENDED_ON, OFFER_SUPPLEMENTAL,
                        SUBSTANTIALLY_IMPLEMENTED, WILLINGNESS_EXPRESSED, ADEQUATE_TIME}) {
                    v.remove(execution);
                }
                execution.removeVariable("stepsTaken");
            }
        };
    }
}
