package org.civilrights.workflow.planreview;

import java.util.EnumSet;
import java.util.Set;

import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.civilrights.workflow.process.RuleViolations;
import org.civilrights.workflow.process.Var;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The delegates of aa-plan-review.bpmn: each calls one method of {@link PlanReview}. */
@Configuration
class PlanDelegates {

    static final Var<String> PLAN_ID = Var.text("planId");
    static final Var<String> AGENCY = Var.text("agency");
    static final Var<java.time.LocalDate> DUE_ON = Var.date("dueOn");
    static final Var<java.time.LocalDate> FILED_ON = Var.date("planFiledOn");
    static final Var<java.time.LocalDate> DEFAULT_APPROVAL_ON = Var.date("defaultApprovalOn");
    static final Var<String> DECISION = Var.text("commissionDecision");
    static final Var<java.time.LocalDate> VOTED_ON = Var.date("votedOn");

    /** The message that ends the watch of a due date (aa-plan-due): a plan filed on or before it (46a-68-51). */
    static final String PLAN_FILED = "PlanFiled";

    /** Task_RegisterPlan (46a-68-51, 62(b)). */
    @Bean
    JavaDelegate registerPlan(PlanReview plans) {
        return execution -> {
            PlanReview.Registered plan = RuleViolations.get(() -> plans.register(AGENCY.getOrDefault(execution, null),
                    DUE_ON.getOrDefault(execution, null), FILED_ON.getOrDefault(execution, null),
                    execution.getProcessInstanceId()));
            execution.setProcessBusinessKey(plan.planId());
            PLAN_ID.set(execution, plan.planId());
            DEFAULT_APPROVAL_ON.set(execution, plan.defaultApprovalOn());
            execution.setVariable("deemedFiledOn", plan.deemedFiledOn().toString());
            execution.setVariable("reportingPeriod", plan.reportingPeriod() == null ? "not set by 46a-68-54 for a biennial plan"
                    : plan.reportingPeriod().from() + " to " + plan.reportingPeriod().to() + " (46a-68-54)");
            // 46a-68-51: the watch of this due date (aa-plan-due) ends: the plan is filed. Found by agency and due
            // date, not by business key: a due date moved by a closure recorded later (51(d), closure.OfficeClosures)
            // keeps the key its watch started with. The filing date decides, not the day of entry (51, 71(3); review
            // D-17): a plan filed on or before its due date ends the watch even when the due date has passed and staff
            // were already asked about a complaint; a late plan does not: the agency did not submit it in time.
            PlanReview.Plan filed = plans.get(plan.planId());
            if (!filed.filedOn().isAfter(filed.dueOn())) {
                execution.getProcessEngineServices().getRuntimeService().createMessageCorrelation(PLAN_FILED)
                        .processInstanceVariableEquals(DueDateDelegates.AGENCY.name(), filed.agency())
                        .processInstanceVariableEquals(DueDateDelegates.DUE_ON.name(), filed.dueOn().toString())
                        .setVariable(FILED_ON.name(), filed.filedOn().toString())
                        .correlateAll();
            }
        };
    }

    /**
     * Task_RecordElements (46a-68-32, 38, 39(e), 57, 59(a)): the desk audit's checklist of the eighteen elements and of
     * the parts of 38 and 39(e), the methods of review used and the sources the plan names (review M-18).
     */
    @Bean
    JavaDelegate recordElements(PlanReview plans) {
        return execution -> {
            Set<RequiredElement> present = EnumSet.noneOf(RequiredElement.class);
            for (RequiredElement element : RequiredElement.values()) {
                if (Boolean.TRUE.equals(execution.getVariable(elementField(element)))) {
                    present.add(element);
                }
            }
            Set<RequiredElement.Part> parts = EnumSet.noneOf(RequiredElement.Part.class);
            for (RequiredElement.Part part : RequiredElement.Part.values()) {
                if (Boolean.TRUE.equals(execution.getVariable(part.field()))) {
                    parts.add(part);
                }
            }
            Set<RequiredElement.ReviewMethod> methods = EnumSet.noneOf(RequiredElement.ReviewMethod.class);
            for (RequiredElement.ReviewMethod method : RequiredElement.ReviewMethod.values()) {
                if (Boolean.TRUE.equals(execution.getVariable(method.field()))) {
                    methods.add(method);
                }
            }
            execution.setVariable("missingElementCount", plans.recordElements(PLAN_ID.get(execution), present, parts,
                    methods, (String) execution.getVariable("availabilitySources")).size());
        };
    }

    /** What staff do with the Form 40A on plan-utilization: RECORD (or replace) it, REMOVE it, or NONE (all are entered). */
    static final Var<String> UNIT_ACTION = Var.text("unitAction");
    static final Var<Boolean> ANOTHER_UNIT = Var.flag("anotherUnit");
    /** Gateway_AnotherUnit: another Form 40A is to be entered. */
    static final Var<Boolean> MORE_UNITS = Var.flag("moreUnits");

    /**
     * Task_ComputeUtilization (46a-68-39(a), 40, 41): records (or replaces, or removes) the Form 40A of one unit and
     * labor market area, then computes the analysis of every unit and of the work force as a whole, and checks every
     * unit's goals (41(a) to (g)), for the reviewer.
     * The unit's fields are cleared, so the next Form 40A starts empty; the selection figures carry over.
     */
    @Bean
    JavaDelegate computeUtilization(PlanReview plans) {
        return execution -> {
            String planId = PLAN_ID.get(execution);
            String action = UNIT_ACTION.getOrDefault(execution, "RECORD");
            RuleViolations.run(() -> {
                switch (action) {
                    case "RECORD" -> plans.recordUnit(planId, Form40A.read(execution::getVariable));
                    case "REMOVE" -> plans.removeUnit(planId, Form40A.readUnit(execution::getVariable));
                    case "NONE" -> {
                    }
                    default -> throw new IllegalArgumentException(UNIT_ACTION.name() + ": record a Form 40A, remove one, or "
                            + "none (46a-68-40(a))");
                }
            });
            Boolean another = "NONE".equals(action) ? Boolean.FALSE : ANOTHER_UNIT.getOrDefault(execution, null);
            RuleViolations.run(() -> {
                if (another == null) {
                    throw new IllegalArgumentException(ANOTHER_UNIT.name() + ": yes or no: is there another Form 40A to "
                            + "enter (46a-68-40(a))?");
                }
                if (!another) {
                    plans.requireOccupationalCategory(planId);
                }
            });
            MORE_UNITS.set(execution, another);
            execution.setVariable("utilizationSummary", plans.recordUtilization(planId));
            execution.setVariable("goalChecks", plans.goalFindings(planId));
            execution.setVariable("unitsEntered", plans.unitsEntered(planId));
            java.util.Map<RaceSexGroup, AdverseImpact.Selection> selections = new java.util.EnumMap<>(RaceSexGroup.class);
            for (RaceSexGroup group : RaceSexGroup.values()) {
                Object applicants = execution.getVariable(field("applicants", group));
                if (applicants != null && !applicants.toString().isBlank()) {
                    int selected = number(execution.getVariable(field("selected", group))).intValue();
                    selections.put(group, RuleViolations.get(() -> {
                        try {
                            return new AdverseImpact.Selection(number(applicants).intValue(), selected);
                        } catch (IllegalArgumentException e) {
                            throw new IllegalArgumentException(field("selected", group) + " (" + group.label() + "): "
                                    + "those hired or promoted cannot outnumber the applicants (46a-68-31(a))");
                        }
                    }));
                }
            }
            execution.setVariable("adverseImpactSummary", plans.recordAdverseImpact(planId, selections));
            Form40A.fields().forEach(execution::removeVariable);
            UNIT_ACTION.remove(execution);
            ANOTHER_UNIT.remove(execution);
        };
    }

    /** Form fields by race/sex group (46a-68-31(kk)), e.g. applicants02 ... applicants09; Form 40A's lines: {@link Form40A.Line}. */
    static String field(String line, RaceSexGroup group) {
        return String.format("%s%02d", line, group.fieldNumber());
    }

    private static java.math.BigDecimal number(Object value) {
        if (value == null || value.toString().isBlank()) {
            return java.math.BigDecimal.ZERO;
        }
        return new java.math.BigDecimal(value.toString());
    }

    /** Task_WriteRecommendation's complete listener (46a-68-59, 61): the recommendation recorded, or refused to the form. */
    @Bean
    org.camunda.bpm.engine.delegate.TaskListener recordRecommendation(PlanReview plans) {
        return task -> task.setVariable("standardOfReview", RuleViolations.get(() -> plans.recordRecommendation(
                PLAN_ID.get(task), (String) task.getVariable("staffRecommendation"),
                (String) task.getVariable("recommendationReasons"), (String) task.getVariable("standardGoals"),
                Var.flag("priorDeficienciesAddressed").getOrDefault(task, null))));
    }

    /** Task_SaveVote, Task_SaveTimelyVote (46a-68-62(a), (b), 59). */
    @Bean
    JavaDelegate recordCommissionVote(PlanReview plans) {
        return execution -> RuleViolations.get(() -> {
            plans.recordVote(PLAN_ID.get(execution), "APPROVE".equals(DECISION.getOrDefault(execution, null)),
                    VOTED_ON.getOrDefault(execution, null), Var.number("votesFor").getOrDefault(execution, -1),
                    Var.number("votesAgainst").getOrDefault(execution, -1),
                    Boolean.TRUE.equals(Var.flag("commissionFindsStandardMet").getOrDefault(execution, false)));
            return null;
        });
    }

    /** Task_RecordNotice (46a-68-62(c), 66(a)): sets proposalsAnswerDueOn when the plan has deficiencies. */
    @Bean
    JavaDelegate recordPlanNotice(PlanReview plans) {
        return execution -> {
            java.time.LocalDate due = RuleViolations.get(() -> plans.recordNotice(PLAN_ID.get(execution),
                    (String) execution.getVariable("deficiencies"), Var.date("noticeReceivedOn").getOrDefault(execution, null)));
            execution.setVariable("proposalsAnswerDueOn", due == null ? null : due.toString());
        };
    }

    /** The day staff set for the next review of a letter of commitment (46a-68-66(c); review D-15). */
    static final Var<java.time.LocalDate> COMMITMENT_REVIEW_ON = Var.date("commitmentReviewOn");

    /** Task_RecordCommitment, Task_RecordNoAnswer and Task_RecordMeeting (46a-68-66(a), (b)). */
    @Bean
    JavaDelegate recordCommitment(PlanReview plans) {
        return execution -> RuleViolations.get(() -> {
            plans.recordCommitment(PLAN_ID.get(execution), (String) execution.getVariable("commitment"),
                    COMMITMENT_REVIEW_ON.getOrDefault(execution, null));
            return null;
        });
    }

    /**
     * Task_StartCertificate (46a-68-67(a)): the commission voted to issue a certificate of noncompliance on
     * the disapproved plan; certificate-of-noncompliance checks and registers it in the same transaction,
     * so a refused certificate leaves the decision task open with the reason.
     */
    @Bean
    JavaDelegate startCertificate(PlanReview plans) {
        return execution -> {
            PlanReview.Plan plan = plans.get(PLAN_ID.get(execution));
            java.util.Map<String, Object> certificate = new java.util.HashMap<>();
            certificate.put("agency", plan.agency());
            certificate.put("planDueOn", plan.dueOn().toString());
            certificate.put("certificateVotedOn", execution.getVariable("certificateVotedOn"));
            certificate.put("certificateVotesFor", execution.getVariable("certificateVotesFor"));
            certificate.put("certificateVotesAgainst", execution.getVariable("certificateVotesAgainst"));
            certificate.put("issuedOn", execution.getVariable("issuedOn"));
            String certificateId = execution.getProcessEngineServices().getRuntimeService()
                    .startProcessInstanceByKey("certificate-of-noncompliance", certificate).getBusinessKey();
            execution.setVariable("certificateId", certificateId);
        };
    }

    /** aa-filing-privilege Task_GatherRecord (46a-68-52(a)): the agency named must be in the schedule. */
    @Bean
    JavaDelegate gatherPrivilegeRecord(PlanReview plans) {
        return execution -> {
            String agency = AGENCY.getOrDefault(execution, "");
            FilingSchedule.Entry entry = RuleViolations.get(() -> plans.schedule().find(agency).orElseThrow(() ->
                    new IllegalArgumentException("agency: '" + agency + "' is not in the filing schedule of Appendix A "
                            + "(46a-68-51)")));
            execution.setProcessBusinessKey(entry.agency() + " privilege " + execution.getVariable("privilegeRaisedOn"));
            AGENCY.set(execution, entry.agency());
            execution.setVariable("currentFrequency", entry.frequency().name().toLowerCase(java.util.Locale.ROOT));
            execution.setVariable("privilegeMatter", "RESCISSION".equals(execution.getVariable("privilegeAction"))
                    ? "rescission of the annual filing privilege (46a-68-52(b))" : "petition to file annually (46a-68-52(a))");
            execution.setVariable("privilegeRecord", plans.privilegeRecord(entry.agency()));
        };
    }

    /** aa-filing-privilege Task_RecordPrivilege (46a-68-52): sets frequencyChanged for Gateway_FrequencyChanged. */
    @Bean
    JavaDelegate recordPrivilegeDecision(PlanReview plans) {
        return execution -> {
            String action = (String) execution.getVariable("privilegeAction");
            String decision = (String) execution.getVariable("privilegeDecision");
            boolean fits = "PETITION".equals(action) ? java.util.Set.of("GRANT", "DENY").contains(decision)
                    : java.util.Set.of("RESCIND", "KEEP").contains(decision);
            RuleViolations.run(() -> {
                if (!fits) {
                    throw new IllegalArgumentException("privilegeDecision: a petition is granted or denied, a rescission "
                            + "decided by rescinding or keeping the privilege (46a-68-52)");
                }
            });
            PlanFrequency frequency = RuleViolations.get(() -> plans.decidePrivilege(AGENCY.get(execution), decision,
                    Var.date("privilegeDecidedOn").getOrDefault(execution, null),
                    Var.flag("factorTimely").getOrDefault(execution, false),
                    Var.flag("factorCompliant").getOrDefault(execution, false),
                    Var.flag("factorGoodFaith").getOrDefault(execution, false),
                    (String) execution.getVariable("privilegeReasons")));
            String now = frequency.name().toLowerCase(java.util.Locale.ROOT);
            // Gateway_FrequencyChanged: a grant or a rescission re-plans the due dates watched (review W-3)
            execution.setVariable("frequencyChanged", !now.equals(execution.getVariable("currentFrequency")));
            execution.setVariable("currentFrequency", now);
        };
    }

    /** Task_RecordCommitmentReport (46a-68-66(c)). */
    @Bean
    JavaDelegate recordCommitmentReport(PlanReview plans) {
        return execution -> RuleViolations.run(() -> plans.recordCommitmentReport(PLAN_ID.get(execution),
                (String) execution.getVariable("commitmentReport"), Var.date("commitmentReportedOn").getOrDefault(execution, null),
                Var.date("governorReportedOn").getOrDefault(execution, null),
                COMMITMENT_REVIEW_ON.getOrDefault(execution, null)));
    }

    /** Task_NotifyDefaultApproval's complete listener (46a-68-62(b), (c)): the notice kept with the plan (review D-20). */
    @Bean
    org.camunda.bpm.engine.delegate.TaskListener recordDefaultNotice(PlanReview plans) {
        return task -> RuleViolations.run(() -> plans.recordDefaultNotice(PLAN_ID.get(task),
                Var.date("defaultNoticeSentOn").getOrDefault(task, null), (String) task.getVariable("defaultNoticeNotes")));
    }

    /** Task_ApproveByDefault (46a-68-62(b)). */
    @Bean
    JavaDelegate approvePlanByDefault(PlanReview plans) {
        return execution -> plans.approveByDefault(PLAN_ID.get(execution));
    }

    /** The form field of the desk audit for an element, e.g. element01 for the policy statement. */
    static String elementField(RequiredElement element) {
        return String.format("element%02d", element.number());
    }

}
