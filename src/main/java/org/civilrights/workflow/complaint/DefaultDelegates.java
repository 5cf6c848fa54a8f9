package org.civilrights.workflow.complaint;

import static org.civilrights.workflow.complaint.ComplaintVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.civilrights.workflow.process.Var;
import org.civilrights.workflow.process.RuleViolations;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The delegates of complaint-default.bpmn: each calls one method of {@link Defaults}. */
@Configuration
class DefaultDelegates {

    /** Set by the calling diagram: NO_ANSWER, INTERROGATORIES, SUBPOENA or MEDIATION. */
    static final Var<String> DEFAULT_GROUND = Var.text("defaultGround");

    private static Defaults.Ground ground(DelegateExecution execution) {
        return Defaults.Ground.valueOf(DEFAULT_GROUND.get(execution));
    }

    /** Task_RecordDefaultRequest (46a-54-46a(b)-(d), 57a(b)-(d)): sets defaultWaitEndsOn for the timer. */
    @Bean
    JavaDelegate recordDefaultRequest(Defaults defaults) {
        return execution -> DEFAULT_WAIT_ENDS_ON.set(execution, RuleViolations.get(() -> defaults.recordRequest(
                DOCKET_NUMBER.get(execution), RESPONDENT_NO.get(execution), ground(execution),
                DEFAULT_REQUEST_MAILED_ON.getOrDefault(execution, null), DEFAULT_REQUESTED_BY.getOrDefault(execution, null))));
    }

    /**
     * Task_RecordCure (46a-54-46a(c), 57a(c)): the answer (to the complaint or the amended complaint), the answers to
     * interrogatories or the subpoena response; an answer to an amended complaint moves a pending review (65a(a)).
     */
    @Bean
    JavaDelegate recordDefaultCure(Defaults defaults, PendingMeritReview pendingReview) {
        return execution -> RuleViolations.get(() -> defaults.recordCure(DOCKET_NUMBER.get(execution),
                RESPONDENT_NO.get(execution), ground(execution), ANSWERED_ON.getOrDefault(execution, null),
                ANSWER_SWORN.getOrDefault(execution, false)))
                .ifPresent(review -> pendingReview.moveTo(execution.getProcessEngineServices(), DOCKET_NUMBER.get(execution),
                        review));
    }

    /** Task_RecordObjection (46a-54-46a(d), 57a(d)). */
    @Bean
    JavaDelegate recordObjection(Defaults defaults) {
        return execution -> {
            RuleViolations.run(() -> defaults.recordObjection(DOCKET_NUMBER.get(execution), RESPONDENT_NO.get(execution),
                    ground(execution), OBJECTION_RECEIVED_ON.getOrDefault(execution, null)));
            OBJECTION_FILED.set(execution, true);
        };
    }

    /** Task_RecordDefaultDecision (46a-54-46a(c), (e), 57a(c)). */
    @Bean
    JavaDelegate decideDefault(Defaults defaults) {
        return execution -> RuleViolations.run(() -> defaults.decide(DOCKET_NUMBER.get(execution),
                RESPONDENT_NO.get(execution), ground(execution), ORDER_DEFAULT.get(execution),
                OBJECTION_FILED.getOrDefault(execution, false), (String) execution.getVariable("requesterResponse"),
                Var.date("requesterResponseOn").getOrDefault(execution, null)));
    }

    // ----- complaint-discovery, called from complaint-processing Event_Discovery (46a-54-52a, 53a, 57a) -----

    /** complaint-processing CallActivity_Investigation, on end: open discovery items are moot (review F22). */
    @Bean
    org.camunda.bpm.engine.delegate.ExecutionListener endOpenDiscovery() {
        return execution -> execution.getProcessEngineServices().getRuntimeService()
                .createMessageCorrelation("InvestigationEnded").processInstanceBusinessKey(DOCKET_NUMBER.get(execution))
                .correlateAllWithResult();
    }

    /** Task_OpenDiscoveryClock: sets discoveryDueOn for the timer. */
    @Bean
    JavaDelegate openDiscoveryClock(Discovery discovery) {
        // local: each discovery item (an event subprocess instance) has its own time to comply (review F33)
        return execution -> execution.setVariableLocal("discoveryDueOn", RuleViolations.get(() -> discovery.open(
                DOCKET_NUMBER.get(execution), RESPONDENT_NO.get(execution), ground(execution),
                Var.date("discoveryReceivedOn").getOrDefault(execution, null),
                Var.date("complianceDueOn").getOrDefault(execution, null))).toString());
    }

    /** Task_RecordDiscoveryAnswers (46a-54-52a(a), 57a(c)): the sworn answers or the documents. */
    @Bean
    JavaDelegate recordDiscoveryAnswers(Defaults defaults, Discovery discovery) {
        return execution -> RuleViolations.run(() -> {
            defaults.recordCure(DOCKET_NUMBER.get(execution), RESPONDENT_NO.get(execution), ground(execution),
                    ANSWERED_ON.getOrDefault(execution, null), ANSWER_SWORN.getOrDefault(execution, false));
            discovery.complied(DOCKET_NUMBER.get(execution), RESPONDENT_NO.get(execution), ANSWERED_ON.get(execution));
        });
    }

    /** Task_RecordObjectionDecision (46a-54-52a(a)-(e), 53a(a)-(e); review F21). */
    @Bean
    JavaDelegate recordDiscoveryObjectionDecision(Discovery discovery) {
        return execution -> {
            String decision = (String) execution.getVariable("objectionDecision");
            java.time.LocalDate due = RuleViolations.get(() -> discovery.decideObjection(DOCKET_NUMBER.get(execution),
                    RESPONDENT_NO.get(execution), ANSWERED_ON.getOrDefault(execution, null),
                    Var.date("discoveryDueOn").getOrDefault(execution, null),
                    new Discovery.Decision(decision == null ? null : Discovery.ObjectionDecision.valueOf(decision),
                            Var.date("complianceDueOn").getOrDefault(execution, null),
                            (String) execution.getVariable("objectionModification"),
                            Var.date("objectionDecisionSentOn").getOrDefault(execution, null),
                            (String) execution.getVariable("objectionDecisionMethod")),
                    new Discovery.Conference(Var.flag("conferred").getOrDefault(execution, false),
                            Var.date("conferredOn").getOrDefault(execution, null),
                            (String) execution.getVariable("conferenceResult"))));
            execution.setVariableLocal("discoveryDueOn", due == null ? null : due.toString());
        };
    }

    /**
     * Task_ChooseDiscoveryRemedy, on complete (46a-54-52a(b), (e)(1), 53a(b), (e)(1); review R-4): an objection or
     * request for more time said to be received in time must have been received by the time to comply.
     */
    @Bean
    org.camunda.bpm.engine.delegate.TaskListener checkDiscoveryFiledInTime(Discovery discovery) {
        return task -> {
            if ("RECEIVED_IN_TIME".equals(task.getVariable("discoveryRemedy"))) {
                RuleViolations.run(() -> discovery.requireFiledInTime(ANSWERED_ON.getOrDefault(task, null),
                        Var.date("discoveryDueOn").getOrDefault(task, null)));
            }
        };
    }

    /** Task_RecordEnforcement (46a-54-52a(e), 53a(e)). */
    @Bean
    JavaDelegate recordEnforcement(Discovery discovery) {
        return execution -> org.civilrights.workflow.process.RuleViolations.run(() -> discovery.recordEnforcement(
                DOCKET_NUMBER.get(execution), RESPONDENT_NO.get(execution),
                org.civilrights.workflow.process.Var.date("enforcementFiledOn").getOrDefault(execution, null)));
    }

    /** complaint-processing Task_CheckDefaults (46a-54-46a(e)). */
    @Bean
    JavaDelegate checkDefaults(Defaults defaults) {
        return execution -> execution.setVariable("allDefaulted",
                defaults.sendToHearingInDamagesIfAllDefaulted(DOCKET_NUMBER.get(execution)));
    }
}
