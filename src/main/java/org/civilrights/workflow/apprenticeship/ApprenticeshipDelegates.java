package org.civilrights.workflow.apprenticeship;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.civilrights.workflow.process.FormCheckException;
import org.civilrights.workflow.process.RuleViolations;
import org.civilrights.workflow.process.Var;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The delegates of apprenticeship-deregistration.bpmn, apprenticeship-compliance-review.bpmn and
 * apprenticeship-complaint.bpmn: each calls one method of {@link ApprenticeshipPrograms}.
 */
@Configuration
class ApprenticeshipDelegates {

    static final Var<String> REGISTRATION_NUMBER = Var.text("registrationNumber");
    static final Var<String> SPONSOR = Var.text("sponsor");
    static final Var<String> MATTER = Var.text("matter");
    static final Var<Integer> MATTER_ID = Var.number("matterId");
    static final Var<LocalDate> OPENED_ON = Var.date("openedOn");
    static final Var<String> REASONS = Var.text("matterReasons");
    static final Var<LocalDate> COMPLIANCE_DUE_ON = Var.date("complianceDueOn");
    static final Var<String> CHRO_DOCKET = Var.text("chroDocket");
    /** 46a-68-10(a), (b): DEPARTMENT, or CHRO (which referred its complaint to the department; review M-37). */
    static final Var<String> FILED_WITH = Var.text("complaintFiledWith");
    /** 46a-68-10(b), 46a-54-36a(b): the day an office of CHRO received the department's referral (review D-34). */
    static final Var<LocalDate> REFERRAL_RECEIVED_ON = Var.date("referralReceivedOn");
    /** 46a-54-35a(a): the day the complainant swore to CHRO's complaint; CHRO obtains the oath (review D-34). */
    static final Var<LocalDate> COMPLAINT_SWORN_ON = Var.date("complaintSwornOn");
    /** 46a-68-10(b): WITHDRAWAL or CONCILIATION_AGREEMENT (review D-35). */
    static final Var<String> CHRO_RESOLUTION = Var.text("chroResolution");

    /** The complainant's identity and the facts: moved into CHRO's case tables, never kept here (46a-68-14). */
    static final List<String> IDENTITY = List.of("complainantName", "complainantAddress", "complainantPhone",
            "statementOfFacts");

    /** Task_OpenMatter (46a-68-7(e), 8(a), 10(a)-(c), 13, 16). */
    @Bean
    JavaDelegate openApprenticeshipMatter(ApprenticeshipPrograms programs) {
        return execution -> {
            long id = RuleViolations.get(() -> {
                ApprenticeshipPrograms.Complaint complaint = new ApprenticeshipPrograms.Complaint(
                        text(execution, "complainantName"), text(execution, "complainantAddress"),
                        text(execution, "complainantPhone"), text(execution, "statementOfFacts"),
                        Var.flag("complaintSigned").getOrDefault(execution, false),
                        Var.date("complaintSignedOn").getOrDefault(execution, null), FILED_WITH.getOrDefault(execution, null),
                        CHRO_DOCKET.getOrDefault(execution, null));
                ApprenticeshipPrograms.ProcedureNotice notice = new ApprenticeshipPrograms.ProcedureNotice(
                        Var.flag("procedureNoticeApplicants").getOrDefault(execution, false),
                        Var.flag("procedureNoticeApprentices").getOrDefault(execution, false),
                        text(execution, "procedureNoticeMethod"), Var.date("procedureNoticeOn").getOrDefault(execution, null));
                return programs.open(REGISTRATION_NUMBER.getOrDefault(execution, null),
                        SPONSOR.getOrDefault(execution, null), text(execution, "trade"), MATTER.getOrDefault(execution, null),
                        OPENED_ON.getOrDefault(execution, null), REASONS.getOrDefault(execution, null), complaint, notice,
                        execution.getProcessInstanceId());
            });
            String number = REGISTRATION_NUMBER.get(execution).trim();
            execution.setProcessBusinessKey(number);
            REGISTRATION_NUMBER.set(execution, number);
            SPONSOR.set(execution, programs.find(number).orElseThrow().sponsor());
            MATTER_ID.set(execution, (int) id);
            boolean fromChro = "CHRO".equals(FILED_WITH.getOrDefault(execution, null));
            if (fromChro) {
                CHRO_DOCKET.set(execution, CHRO_DOCKET.get(execution).trim());
            }
            execution.setVariable("matterLabel", switch (ApprenticeshipPrograms.Matter.valueOf(MATTER.get(execution))) {
                case REGULAR_AUDIT -> "Regular audit (46a-68-8(a)(1))";
                case SPECIAL_AUDIT -> "Special audit (46a-68-8(a)(2))";
                case COMPLAINT -> fromChro ? "Complaint received by CHRO and referred to the department (46a-68-10(b))"
                        : "Complaint of an apprentice or applicant (46a-68-10)";
                case REINSTATEMENT -> "Request for reinstatement (46a-68-13)";
                case EXEMPTION -> "Request for exemption (46a-68-16)";
                case PROCEDURE_NOTICE -> "Notice of the complaint procedure to applicants and apprentices (46a-68-10(c))";
            });
            if (fromChro) {
                forget(execution); // the identity stays in CHRO's record (46a-68-14)
            }
        };
    }

    /** apprenticeship-compliance-review Task_RecordAuditNotice (46a-68-8(a)). */
    @Bean
    JavaDelegate recordAuditNotice(ApprenticeshipPrograms programs) {
        return execution -> RuleViolations.run(() -> programs.recordAuditNotice(MATTER_ID.get(execution),
                Var.date("auditNotifiedOn").getOrDefault(execution, null), Var.date("auditOn").getOrDefault(execution, null)));
    }

    /** apprenticeship-compliance-review Task_RecordResults (46a-68-4(c), 6(b), 7(b), 7(f), 8(b), 9, 12(b)). */
    @Bean
    JavaDelegate recordAuditResults(ApprenticeshipPrograms programs) {
        return execution -> {
            LocalDate due = RuleViolations.get(() -> {
                Map<ApprenticeshipPrograms.SponsorDuty, ApprenticeshipPrograms.DutyCheck> checks = new HashMap<>();
                for (ApprenticeshipPrograms.SponsorDuty duty : ApprenticeshipPrograms.SponsorDuty.values()) {
                    checks.put(duty, new ApprenticeshipPrograms.DutyCheck(text(execution, duty.field()),
                            text(execution, duty.field() + "Notes")));
                }
                String finding = text(execution, "auditFinding");
                return programs.recordAuditResults(MATTER_ID.get(execution), new ApprenticeshipPrograms.AuditResults(
                        Var.date("auditHeldOn").getOrDefault(execution, null), finding,
                        Var.date("resultsSentOn").getOrDefault(execution, null),
                        COMPLIANCE_DUE_ON.getOrDefault(execution, null),
                        "NONCOMPLIANT".equals(finding) ? Var.flag("discriminatoryPractice").getOrDefault(execution, null)
                                : null,
                        checks, Var.flag("seekingRegistration").getOrDefault(execution, false),
                        text(execution, "registrationRecommendations"),
                        Var.date("recommendationsSentOn").getOrDefault(execution, null)));
            });
            if (due != null) {
                COMPLIANCE_DUE_ON.set(execution, due);
            }
            if ("PATTERN_OR_PRACTICE".equals(text(execution, "auditFinding"))) {
                execution.setVariable("discriminatoryPractice", true); // 46a-68-9 counts as such a finding (review D-33)
            }
        };
    }

    /** apprenticeship-compliance-review Task_RecordPeriodOutcome (46a-68-8(b), 11). */
    @Bean
    JavaDelegate recordCompliancePeriod(ApprenticeshipPrograms programs) {
        return execution -> {
            LocalDate due = RuleViolations.get(() -> programs.recordCompliancePeriod(MATTER_ID.get(execution),
                    text(execution, "periodOutcome"), Var.date("compliedOn").getOrDefault(execution, null),
                    Var.date("newComplianceDueOn").getOrDefault(execution, null),
                    Var.flag("noOnePrejudiced").getOrDefault(execution, false)));
            if (due != null) {
                COMPLIANCE_DUE_ON.set(execution, due);
                execution.removeVariable("newComplianceDueOn");
                execution.removeVariable("noOnePrejudiced");
            }
        };
    }

    /** apprenticeship-compliance-review Task_RecordCorrectiveAction (46a-68-12(a), (b); review D-33). */
    @Bean
    JavaDelegate recordCorrectiveAction(ApprenticeshipPrograms programs) {
        return execution -> RuleViolations.run(() -> programs.recordCorrectiveAction(MATTER_ID.get(execution),
                text(execution, "correctiveAction"), text(execution, "sanction"),
                Var.date("compliedOn").getOrDefault(execution, null),
                Var.date("referredToChroOn").getOrDefault(execution, null)));
    }

    /** Task_SaveChroDetermination, Task_SaveChroFinding (46a-68-10(b), 12(b); review D-36). */
    @Bean
    JavaDelegate recordChroDetermination(ApprenticeshipPrograms programs) {
        return execution -> RuleViolations.run(() -> programs.recordChroDetermination(MATTER_ID.get(execution),
                text(execution, "chroDetermination"), Var.date("chroDeterminedOn").getOrDefault(execution, null),
                Var.flag("chroFinalDecision").getOrDefault(execution, false)));
    }

    /**
     * apprenticeship-complaint Task_ReceiveReferral, start (46a-68-10(b), 14; review D-34): while CHRO intake records
     * the referral's receipt and the oath, the complainant's identity and the facts wait in the case tables, not in
     * process variables that Cockpit shows; they leave this and the calling matter in the same transaction.
     */
    @Bean
    org.camunda.bpm.engine.delegate.ExecutionListener holdReferralIdentity(ApprenticeshipPrograms programs) {
        return execution -> {
            Map<String, String> identity = new HashMap<>();
            IDENTITY.forEach(name -> identity.put(name, text(execution, name)));
            programs.holdIdentity(MATTER_ID.get(execution), identity);
            forget(execution);
        };
    }

    /**
     * apprenticeship-complaint, on end (46a-68-10(b), 14; review R-7): the identity held for CHRO's complaint never
     * outlives the matter. The referral task keeps its purpose (CHRO's separate complaint is filed from it, and the informal
     * result waits for it), so a matter ends with the row already taken; one cancelled before CHRO intake recorded the
     * referral takes it out here.
     */
    @Bean
    org.camunda.bpm.engine.delegate.ExecutionListener dropHeldReferralIdentity(ApprenticeshipPrograms programs) {
        return execution -> programs.takeHeldIdentity(MATTER_ID.get(execution));
    }

    /**
     * apprenticeship-complaint Task_ReferToChro (46a-68-10(b), 14): CHRO files its separate complaint on the
     * department's referral (complaint-processing, the sponsor as respondent), filed the day an office of CHRO
     * received the referral and sworn on the day CHRO obtained the oath (46a-54-35a, 36a(b); review D-34); the
     * department's receipt goes with it for CHRO's reviewer. The complainant's identity and the facts go to CHRO's
     * case tables and are removed here and from the matter that called this, in the same transaction (46a-68-14:
     * the identity kept confidential).
     */
    @Bean
    JavaDelegate referApprenticeshipComplaint(ApprenticeshipPrograms programs) {
        return execution -> {
            LocalDate receivedOn = RuleViolations.get(() -> REFERRAL_RECEIVED_ON.getOrDefault(execution, null));
            LocalDate swornOn = RuleViolations.get(() -> COMPLAINT_SWORN_ON.getOrDefault(execution, null));
            RuleViolations.run(() -> programs.recordChroReceipt(MATTER_ID.get(execution), receivedOn, swornOn));
            Map<String, String> identity = programs.takeHeldIdentity(MATTER_ID.get(execution));
            LocalDate departmentReceivedOn = OPENED_ON.get(execution);
            Map<String, Object> filing = new HashMap<>();
            filing.put("filedOn", receivedOn.toString());
            filing.put("swornOn", swornOn.toString());
            filing.put("departmentReceivedOn", departmentReceivedOn.toString());
            filing.put("complainantName", identity.get("complainantName"));
            filing.put("complainantAddress", identity.get("complainantAddress") + "\nTelephone: "
                    + identity.get("complainantPhone"));
            filing.put("firstRespondentName", SPONSOR.get(execution));
            filing.put("statementOfFacts", identity.get("statementOfFacts") + "\n\nReferred by the Labor Department "
                    + "under 46a-68-10(b): apprenticeship program " + REGISTRATION_NUMBER.get(execution) + "; the "
                    + "department received the complaint, signed on " + Var.date("complaintSignedOn").get(execution)
                    + ", on " + departmentReceivedOn + "; the commission received the referral on " + receivedOn + ".");
            filing.put("protectedBasis", text(execution, "discriminationBasis"));
            filing.put("actOn", Var.date("actOn").getOrDefault(execution, OPENED_ON.get(execution)).toString());
            filing.put("confidential", false);
            filing.put("commissionIssued", false);
            filing.put("continuingViolation", false);
            filing.put("criminalRecordClaim", false);
            filing.put("housingClaim", false);
            var runtime = execution.getProcessEngineServices().getRuntimeService();
            String docket = runtime.startProcessInstanceByKey("complaint-processing", filing).getBusinessKey();
            programs.recordReferral(MATTER_ID.get(execution), docket);
            CHRO_DOCKET.set(execution, docket);
            forget(execution);
        };
    }

    private static void forget(DelegateExecution execution) {
        ExecutionEntity caller = ((ExecutionEntity) execution).getProcessInstance().getSuperExecution();
        for (String name : IDENTITY) {
            execution.removeVariable(name);
            if (caller != null) {
                caller.getProcessInstance().removeVariable(name);
            }
        }
    }

    /** apprenticeship-complaint Task_RecordInformalResult (46a-68-10(b)). */
    @Bean
    JavaDelegate recordInformalResolution() {
        return execution -> {
            String result = text(execution, "informalResult");
            RuleViolations.run(() -> {
                if (!"RESOLVED".equals(result) && !"NOT_RESOLVED".equals(result)) {
                    throw new IllegalArgumentException("informalResult: resolved or not resolved (46a-68-10(b))");
                }
                if ("RESOLVED".equals(result) && (text(execution, "resolutionTerms") == null
                        || text(execution, "resolutionTerms").isBlank())) {
                    throw new IllegalArgumentException("resolutionTerms: the terms of the informal resolution, for CHRO to "
                            + "review (46a-68-10(b))");
                }
            });
            execution.setVariable("informallyResolved", "RESOLVED".equals(result));
        };
    }

    /**
     * apprenticeship-complaint Task_ResolveChroComplaint (46a-68-10(b)): a resolution that complies resolves
     * CHRO's complaint in a manner appropriate to it: by the complainant's withdrawal (46a-54-68a), delivered to it
     * as the message ComplaintWithdrawn; or as a (predetermination) conciliation agreement the complainant, the
     * sponsor and the commission executed (46a-54-55a(h), 67a(a)(2)), delivered as the message
     * ConciliationAgreementExecuted (review D-35). One that does not comply leaves CHRO's complaint to proceed.
     */
    @Bean
    JavaDelegate resolveChroComplaint(ApprenticeshipPrograms programs) {
        return execution -> {
            boolean complies = Var.flag("resolutionComplies").getOrDefault(execution, false);
            if (!complies) {
                return;
            }
            String resolution = CHRO_RESOLUTION.getOrDefault(execution, null);
            String terms = "Resolved through the Labor Department's informal resolution, which the commission found to "
                    + "comply with the law (46a-68-10(b)): " + text(execution, "resolutionTerms");
            Map<String, Object> delivered = new HashMap<>();
            String message;
            if ("CONCILIATION_AGREEMENT".equals(resolution)) {
                message = "ConciliationAgreementExecuted";
                LocalDate executedOn = RuleViolations.get(() -> Var.date("agreementExecutedOn").getOrDefault(execution, null));
                delivered.put("agreementExecutedOn", executedOn == null ? null : executedOn.toString());
                delivered.put("agreementExecutedByAll", Var.flag("agreementExecutedByAll").getOrDefault(execution, false));
                delivered.put("agreementTerms", terms);
            } else if ("WITHDRAWAL".equals(resolution)) {
                message = "ComplaintWithdrawn";
                LocalDate receivedOn = RuleViolations.get(() -> Var.date("withdrawalReceivedOn").getOrDefault(execution, null));
                delivered.put("withdrawalReceivedOn", receivedOn == null ? null : receivedOn.toString());
                delivered.put("voluntaryStatement", Var.flag("voluntaryStatement").getOrDefault(execution, false));
                delivered.put("withdrawalReasons", terms);
            } else {
                throw new FormCheckException("chroResolution ('How is CHRO's complaint resolved?'): by the complainant's "
                        + "withdrawal (46a-54-68a) or as a conciliation agreement (46a-54-67a(a)(2)): CHRO resolves its "
                        + "separate complaint in a manner appropriate to its determination (46a-68-10(b))");
            }
            String docket = CHRO_DOCKET.get(execution);
            var runtime = execution.getProcessEngineServices().getRuntimeService();
            try {
                runtime.createMessageCorrelation(message).processInstanceBusinessKey(docket)
                        .setVariables(delivered).correlate();
            } catch (MismatchingMessageCorrelationException e) {
                throw new FormCheckException("resolutionComplies: CHRO complaint " + docket + " is no longer open");
            }
            programs.closeResolved(MATTER_ID.get(execution), resolution);
        };
    }

    /** Task_Deregister (46a-68-12(b)). */
    @Bean
    JavaDelegate deregisterProgram(ApprenticeshipPrograms programs) {
        return execution -> {
            List<ApprenticeshipPrograms.OrderNotice> order = new ArrayList<>();
            order.add(notice(execution, "public", "public notice of the deregistration order", "the public"));
            order.add(notice(execution, "sponsor", "deregistration order, with the appeal to the Secretary (29 CFR 30.15)",
                    SPONSOR.get(execution)));
            order.add(notice(execution, "dol", "notice of the deregistration order", "United States Department of Labor"));
            if (CHRO_DOCKET.isSet(execution)) {
                order.add(notice(execution, "complainant", "notice of the deregistration order",
                        "the complainant (through CHRO complaint " + CHRO_DOCKET.get(execution) + ")"));
            }
            RuleViolations.run(() -> programs.deregister(MATTER_ID.get(execution),
                    Var.date("determinationNoticeOn").getOrDefault(execution, null), order,
                    Var.flag("appealRightsGiven").getOrDefault(execution, false)));
        };
    }

    private static ApprenticeshipPrograms.OrderNotice notice(DelegateExecution execution, String prefix, String what,
                                                             String recipient) {
        return new ApprenticeshipPrograms.OrderNotice(what, recipient, text(execution, prefix + "NoticeMethod"),
                Var.date(prefix + "NoticeOn").getOrDefault(execution, null));
    }

    /** Task_RecordReinstatement (46a-68-13). */
    @Bean
    JavaDelegate recordReinstatement(ApprenticeshipPrograms programs) {
        return execution -> RuleViolations.run(() -> programs.recordReinstatement(MATTER_ID.get(execution),
                text(execution, "reinstatementDecision"), text(execution, "relief"),
                Var.flag("deficiencyCorrected").getOrDefault(execution, false),
                Var.date("reinstatementDecidedOn").getOrDefault(execution, null)));
    }

    /** Task_RecordExemption (46a-68-16). */
    @Bean
    JavaDelegate recordApprenticeshipExemption(ApprenticeshipPrograms programs) {
        return execution -> execution.setVariable("notifyDol", RuleViolations.get(() -> programs.recordExemption(
                MATTER_ID.get(execution), text(execution, "chroView"), text(execution, "exemptionDecision"),
                Var.flag("goodCause").getOrDefault(execution, false), Var.flag("substantialNumber").getOrDefault(execution, false),
                Var.date("exemptionDecidedOn").getOrDefault(execution, null))));
    }

    /** Task_RecordDolNotice (46a-68-16). */
    @Bean
    JavaDelegate recordExemptionDolNotice(ApprenticeshipPrograms programs) {
        return execution -> RuleViolations.run(() -> programs.recordDolNotice(MATTER_ID.get(execution),
                text(execution, "dolNoticeMethod"), Var.date("dolNoticeOn").getOrDefault(execution, null)));
    }

    private static String text(DelegateExecution execution, String name) {
        Object value = execution.getVariable(name);
        return value == null ? null : value.toString();
    }
}
