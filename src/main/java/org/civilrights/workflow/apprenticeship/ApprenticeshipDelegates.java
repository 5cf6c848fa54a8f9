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
import org.civilrights.workflow.process.OfficeClock;
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

    /** The complainant's identity and the facts: moved into CHRO's case tables, never kept here (46a-68-14). */
    static final List<String> IDENTITY = List.of("complainantName", "complainantAddress", "complainantPhone",
            "statementOfFacts");

    /** Task_OpenMatter (46a-68-7(e), 8(a), 10(a), 13, 16). */
    @Bean
    JavaDelegate openApprenticeshipMatter(ApprenticeshipPrograms programs) {
        return execution -> {
            ApprenticeshipPrograms.Complaint complaint = new ApprenticeshipPrograms.Complaint(
                    text(execution, "complainantName"), text(execution, "complainantAddress"),
                    text(execution, "complainantPhone"), text(execution, "statementOfFacts"),
                    Var.flag("complaintSigned").getOrDefault(execution, false),
                    Var.date("complaintSignedOn").getOrDefault(execution, null));
            long id = RuleViolations.get(() -> programs.open(REGISTRATION_NUMBER.getOrDefault(execution, null),
                    SPONSOR.getOrDefault(execution, null), text(execution, "trade"), MATTER.getOrDefault(execution, null),
                    OPENED_ON.getOrDefault(execution, null), REASONS.getOrDefault(execution, null), complaint,
                    execution.getProcessInstanceId()));
            String number = REGISTRATION_NUMBER.get(execution).trim();
            execution.setProcessBusinessKey(number);
            REGISTRATION_NUMBER.set(execution, number);
            SPONSOR.set(execution, programs.find(number).orElseThrow().sponsor());
            MATTER_ID.set(execution, (int) id);
            execution.setVariable("matterLabel", switch (ApprenticeshipPrograms.Matter.valueOf(MATTER.get(execution))) {
                case REGULAR_AUDIT -> "Regular audit (46a-68-8(a)(1))";
                case SPECIAL_AUDIT -> "Special audit (46a-68-8(a)(2))";
                case COMPLAINT -> "Complaint of an apprentice or applicant (46a-68-10)";
                case REINSTATEMENT -> "Request for reinstatement (46a-68-13)";
                case EXEMPTION -> "Request for exemption (46a-68-16)";
            });
        };
    }

    /** apprenticeship-compliance-review Task_RecordAuditNotice (46a-68-8(a)). */
    @Bean
    JavaDelegate recordAuditNotice(ApprenticeshipPrograms programs) {
        return execution -> RuleViolations.run(() -> programs.recordAuditNotice(MATTER_ID.get(execution),
                Var.date("auditNotifiedOn").getOrDefault(execution, null), Var.date("auditOn").getOrDefault(execution, null)));
    }

    /** apprenticeship-compliance-review Task_RecordResults (46a-68-8(b), 9). */
    @Bean
    JavaDelegate recordAuditResults(ApprenticeshipPrograms programs) {
        return execution -> {
            LocalDate due = RuleViolations.get(() -> programs.recordAuditResults(MATTER_ID.get(execution),
                    Var.date("auditHeldOn").getOrDefault(execution, null), text(execution, "auditFinding"),
                    Var.date("resultsSentOn").getOrDefault(execution, null), COMPLIANCE_DUE_ON.getOrDefault(execution, null)));
            if (due != null) {
                COMPLIANCE_DUE_ON.set(execution, due);
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

    /** apprenticeship-compliance-review Task_RecordCorrectiveAction (46a-68-12(a)). */
    @Bean
    JavaDelegate recordCorrectiveAction(ApprenticeshipPrograms programs) {
        return execution -> RuleViolations.run(() -> programs.recordCorrectiveAction(MATTER_ID.get(execution),
                text(execution, "correctiveAction"), text(execution, "sanction")));
    }

    /** Task_SaveChroDetermination, Task_SaveChroFinding (46a-68-10(b), 12(b)). */
    @Bean
    JavaDelegate recordChroDetermination(ApprenticeshipPrograms programs) {
        return execution -> RuleViolations.run(() -> programs.recordChroDetermination(MATTER_ID.get(execution),
                text(execution, "chroDetermination"), Var.date("chroDeterminedOn").getOrDefault(execution, null)));
    }

    /**
     * apprenticeship-complaint Task_ReferToChro (46a-68-10(b), 14): the complaint referred at once to CHRO,
     * which files its separate complaint (complaint-processing, the sponsor as respondent). The
     * complainant's identity and the facts go to CHRO's case tables and are removed here and from the
     * matter that called this, in the same transaction (46a-68-14: the identity kept confidential).
     */
    @Bean
    JavaDelegate referApprenticeshipComplaint(ApprenticeshipPrograms programs, OfficeClock clock) {
        return execution -> {
            Map<String, Object> filing = new HashMap<>();
            LocalDate today = clock.today();
            filing.put("filedOn", today.toString());
            filing.put("swornOn", Var.date("complaintSignedOn").get(execution).toString());
            filing.put("complainantName", text(execution, "complainantName"));
            filing.put("complainantAddress", text(execution, "complainantAddress") + "\nTelephone: "
                    + text(execution, "complainantPhone"));
            filing.put("firstRespondentName", SPONSOR.get(execution));
            filing.put("statementOfFacts", text(execution, "statementOfFacts") + "\n\nReferred by the Labor Department "
                    + "under 46a-68-10(b): apprenticeship program " + REGISTRATION_NUMBER.get(execution) + ".");
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
     * apprenticeship-complaint Task_ResolveChroComplaint (46a-68-10(b)): a resolution that complies closes
     * CHRO's complaint by the complainant's withdrawal (46a-54-68a), delivered to it as a withdrawal; one that
     * does not leaves CHRO's complaint to proceed.
     */
    @Bean
    JavaDelegate resolveChroComplaint(ApprenticeshipPrograms programs) {
        return execution -> {
            boolean complies = Var.flag("resolutionComplies").getOrDefault(execution, false);
            if (!complies) {
                return;
            }
            Map<String, Object> withdrawal = new HashMap<>();
            withdrawal.put("withdrawalReceivedOn", Var.date("withdrawalReceivedOn").getOrDefault(execution, null) == null
                    ? null : Var.date("withdrawalReceivedOn").get(execution).toString());
            withdrawal.put("voluntaryStatement", Var.flag("voluntaryStatement").getOrDefault(execution, false));
            withdrawal.put("withdrawalReasons", "Resolved through the Labor Department's informal resolution, which the "
                    + "commission found to comply with the law (46a-68-10(b)): " + text(execution, "resolutionTerms"));
            String docket = CHRO_DOCKET.get(execution);
            var runtime = execution.getProcessEngineServices().getRuntimeService();
            try {
                runtime.createMessageCorrelation("ComplaintWithdrawn").processInstanceBusinessKey(docket)
                        .setVariables(withdrawal).correlate();
            } catch (MismatchingMessageCorrelationException e) {
                throw new FormCheckException("resolutionComplies: CHRO complaint " + docket + " is no longer open");
            }
            programs.closeResolved(MATTER_ID.get(execution));
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
