package org.civilrights.workflow.planreview;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.civilrights.workflow.process.RuleViolations;
import org.civilrights.workflow.process.Var;
import org.civilrights.workflow.process.Watches;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

/**
 * aa-plan-due: each agency's next due date is watched until its plan is filed; a plan not filed
 * may lead to a commission complaint (46a-68-71), which starts complaint-processing.
 */
@Configuration
class DueDateDelegates {

    static final String PROCESS = "aa-plan-due";
    static final Var<String> AGENCY = Var.text("agency");
    static final Var<LocalDate> DUE_ON = Var.date("dueOn");
    static final Var<LocalDate> COMMISSION_VOTE_ON = Var.date("commissionVoteOn");

    /** Starts the watch of one due date, unless it runs already. */
    static void watch(RuntimeService runtime, String agency, LocalDate dueOn) {
        Watches.startOnce(runtime, PROCESS, agency + " " + dueOn,
                Map.of(AGENCY.name(), agency, DUE_ON.name(), dueOn.toString()));
    }

    /** Task_WatchNextDueDate (46a-68-51): the agency's following due date. */
    @Bean
    JavaDelegate watchNextDueDate(PlanDueDates dueDates) {
        return execution -> dueDates.nextDueOn(AGENCY.get(execution), DUE_ON.get(execution).plusDays(1))
                .ifPresent(next -> watch(execution.getProcessEngineServices().getRuntimeService(),
                        AGENCY.get(execution), next));
    }

    /**
     * Task_StartCommissionComplaint (46a-68-71(3), 46a-54-39a): the commission's complaint against an
     * agency that did not file its plan, filed as intake files any complaint.
     */
    @Bean
    JavaDelegate startCommissionComplaint(PlanDueDates dueDates) {
        return execution -> {
            LocalDate today = dueDates.today();
            LocalDate voteOn = RuleViolations.get(() -> dueDates.checkComplaintVote(DUE_ON.get(execution),
                    COMMISSION_VOTE_ON.getOrDefault(execution, null)));
            Map<String, Object> filing = new HashMap<>();
            filing.put("filedOn", today.toString());
            filing.put("swornOn", today.toString());
            filing.put("commissionIssued", true);
            filing.put("commissionVoteOn", voteOn.toString());
            filing.put("commissionGround", "NO_PLAN_FILED");
            filing.put("complainantName", "Commission on Human Rights and Opportunities");
            filing.put("firstRespondentName", AGENCY.get(execution));
            filing.put("statementOfFacts", "The agency did not submit the affirmative action plan due "
                    + DUE_ON.get(execution) + " under the filing schedule (46a-68-51, 46a-68-71(3)).");
            filing.put("actOn", DUE_ON.get(execution).toString());
            filing.put("confidential", false);
            filing.put("continuingViolation", false);
            filing.put("criminalRecordClaim", false);
            filing.put("housingClaim", false);
            String complaint = execution.getProcessEngineServices().getRuntimeService()
                    .startProcessInstanceByKey("complaint-processing", filing).getId();
            execution.setVariable("complaintInstanceId", complaint);
        };
    }

    /** At start: every agency of Appendix A has its next due date watched. */
    @Bean
    @Order(3)
    @ConditionalOnProperty(name = "plan-review.watch-due-dates", havingValue = "true", matchIfMissing = true)
    ApplicationRunner watchEveryAgency(PlanDueDates dueDates, RuntimeService runtime) {
        return (ApplicationArguments args) -> {
            LocalDate today = dueDates.today();
            for (String agency : dueDates.agencies()) {
                if (!Watches.anyWith(runtime, PROCESS, AGENCY.name(), agency)) {
                    dueDates.nextDueOn(agency, today).ifPresent(due -> watch(runtime, agency, due));
                }
            }
        };
    }
}
