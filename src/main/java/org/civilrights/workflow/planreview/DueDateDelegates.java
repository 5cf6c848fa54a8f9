package org.civilrights.workflow.planreview;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.civilrights.workflow.calendar.CalendarDate;
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
    /** The message that ends a watch whose date a change of frequency took away (Event_ScheduleChanged). */
    static final String SCHEDULE_CHANGED = "ScheduleChanged";
    /** Why the watch ended, kept with it: the decision, the date no longer due and the next date watched. */
    static final Var<String> SCHEDULE_CHANGE = Var.text("scheduleChange");

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
     * aa-filing-privilege Task_ReplanDueDates (46a-68-51, 52, 71(3)): the commission granted or rescinded
     * annual filing, so the agency's schedule changed from the day after its decision (review W-3). Each
     * running watch of a later date the new schedule no longer has ends through "Schedule changed", with the
     * reason kept in {@code scheduleChange}: no complaint is considered for a plan that was not due. The
     * agency's next due date under the new schedule is watched, unless it already is.
     */
    @Bean
    JavaDelegate replanDueDates(PlanDueDates dueDates) {
        return execution -> {
            String agency = PlanDelegates.AGENCY.get(execution);
            LocalDate decidedOn = Var.date("privilegeDecidedOn").get(execution);
            boolean annual = "annual".equals(execution.getVariable("currentFrequency"));
            String decision = "46a-68-52: annual filing " + (annual ? "granted" : "rescinded") + " on " + decidedOn;
            String sections = annual ? "46a-68-51(a), 52(a)" : "46a-68-51(b), 52(b)";
            RuntimeService runtime = execution.getProcessEngineServices().getRuntimeService();
            Optional<LocalDate> next = dueDates.nextToWatchAfterChange(agency, decidedOn);
            for (ProcessInstance watch : runtime.createProcessInstanceQuery().processDefinitionKey(PROCESS)
                    .variableValueEquals(AGENCY.name(), agency).list()) {
                LocalDate due = CalendarDate.of(runtime.getVariable(watch.getId(), DUE_ON.name()), DUE_ON.name());
                if (dueDates.noLongerDue(agency, due, decidedOn)) {
                    runtime.createMessageCorrelation(SCHEDULE_CHANGED).processInstanceId(watch.getId())
                            .setVariable(SCHEDULE_CHANGE.name(), decision + "; " + due + " is no longer a due date of "
                                    + agency + " (" + sections + ")" + next.map(d -> "; the next due date watched is " + d)
                                    .orElse(""))
                            .correlateWithResult();
                }
            }
            next.ifPresent(due -> watch(runtime, agency, due));
        };
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
