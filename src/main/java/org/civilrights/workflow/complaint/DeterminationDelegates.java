package org.civilrights.workflow.complaint;

import static org.civilrights.workflow.complaint.ComplaintVariables.*;

import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.civilrights.workflow.process.OfficeClock;
import org.civilrights.workflow.process.Var;
import org.civilrights.workflow.process.RuleViolations;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The delegates of complaint-merit-assessment, complaint-investigation and
 * complaint-reconsideration: each calls one method of {@link MeritAssessment}, {@link Investigation}
 * or {@link Reconsideration}.
 */
@Configuration
class DeterminationDelegates {

    // ----- complaint-merit-assessment -----

    /** Task_OpenReviewClocks (46a-54-48a(b), 49a(a)). */
    @Bean
    JavaDelegate openReviewClocks(MeritAssessment review) {
        return execution -> {
            // a merit dismissal reconsidered and returned to the review: 90 days from the decision (review F32)
            java.time.LocalDate reconsideredOn = "MERIT_REVIEW".equals(RECONSIDERED_TO.getOrDefault(execution, null))
                    ? RECONSIDERATION_DECIDED_ON.getOrDefault(execution, null) : null;
            MeritAssessment.Clocks clocks = review.open(DOCKET_NUMBER.get(execution), reconsideredOn);
            REPLY_DUE_ON.set(execution, clocks.replyDueOn());
            REVIEW_DUE_ON.set(execution, clocks.reviewDueOn());
            execution.setVariable("additionalInfoDueOn", clocks.additionalInformationDueOn().toString());
        };
    }

    /** Task_ExtendReply (46a-54-48a(c)). */
    @Bean
    JavaDelegate extendReply(MeritAssessment review) {
        return execution -> REPLY_DUE_ON.set(execution, RuleViolations.get(() -> review.extendReply(DOCKET_NUMBER.get(execution),
                REPLY_DUE_ON.get(execution))));
    }

    /** Task_SaveReply (46a-54-48a): with its certification that a copy went to the respondents (48a(e); review F26). */
    @Bean
    JavaDelegate recordReply(MeritAssessment review, Receipts receipts) {
        return execution -> RuleViolations.run(() -> {
            String docket = DOCKET_NUMBER.get(execution);
            review.recordReply(docket, REPLY_RECEIVED_ON.getOrDefault(execution, null));
            receipts.recordReplyCopy(docket, Var.date("replyCopySentOn").getOrDefault(execution, null),
                    (String) execution.getVariable("replyCopyMethod"));
        });
    }

    /** Task_SaveAdditionalInfo (46a-54-49a(a)): sets rebuttalDueOn for the timer. */
    @Bean
    JavaDelegate recordAdditionalInformation(MeritAssessment review) {
        return execution -> execution.setVariable("rebuttalDueOn", RuleViolations.get(() -> review.recordAdditionalInformation(
                DOCKET_NUMBER.get(execution), Var.date("additionalInfoReceivedOn").getOrDefault(execution, null),
                Var.date("additionalInfoSentOn").getOrDefault(execution, null),
                (String) execution.getVariable("additionalInfoMethod"),
                Var.date("additionalInfoComplainantReceivedOn").getOrDefault(execution, null))).toString());
    }

    /** Task_RecordReview (46a-54-49a(b), (e)). */
    @Bean
    JavaDelegate recordReview(MeritAssessment review, OfficeClock clock) {
        return execution -> {
            java.time.LocalDate decidedOn = REVIEW_DECIDED_ON.getOrDefault(execution, clock.today());
            RuleViolations.get(() -> review.decide(DOCKET_NUMBER.get(execution),
                    REVIEW_DECISION.getOrDefault(execution, null), DISMISSAL_GROUND.getOrDefault(execution, null), decidedOn,
                    Var.date("retentionNoticeMailedOn").getOrDefault(execution, null),
                    (String) execution.getVariable("retentionNoticeMethod")));
            // 46a-54-65a(b): the investigation's 190 days run from this determination
            REVIEW_DECIDED_ON.set(execution, decidedOn);
        };
    }

    // ----- complaint-mediation -----

    /** Task_NotifyMediation (46a-54-56a(c)): the notice as staff sent it (review F23). */
    @Bean
    JavaDelegate notifyMediation(Mediation mediation) {
        return execution -> RuleViolations.run(() -> mediation.notifySession(DOCKET_NUMBER.get(execution),
                MEDIATION_ON.getOrDefault(execution, null), MEDIATION_PLACE.getOrDefault(execution, null),
                MEDIATION_NOTICE_MAILED_ON.getOrDefault(execution, null), MEDIATION_NOTICE_METHOD.getOrDefault(execution, null)));
    }

    /** Task_RecordMediation (46a-54-56a(d)-(h)): every absent respondent is named (review F31). */
    @Bean
    JavaDelegate recordMediation(Mediation mediation) {
        return execution -> RuleViolations.run(() -> mediation.recordSession(DOCKET_NUMBER.get(execution),
                MEDIATION_RESULT.getOrDefault(execution, null), ABSENT_RESPONDENTS.getOrDefault(execution, null),
                MEDIATION_ON.get(execution)));
    }

    /**
     * Task_DecideMediationDefault, on complete (46a-54-56a(g), 57a(a)): the absent respondents a default is requested
     * against, each absent from the session; CallActivity_MediationDefault runs once for each (review F31).
     */
    @Bean
    org.camunda.bpm.engine.delegate.TaskListener chooseMediationDefaults(Mediation mediation) {
        return task -> {
            if (Boolean.TRUE.equals(REQUEST_DEFAULT.getOrDefault(task, false))) {
                java.util.List<Integer> chosen = RuleViolations.get(() -> mediation.respondentsToDefault(
                        DOCKET_NUMBER.get(task), ABSENT_RESPONDENTS.getOrDefault(task, null),
                        DEFAULT_RESPONDENTS.getOrDefault(task, null)));
                DEFAULT_RESPONDENTS.set(task.getExecution(), chosen.stream().map(String::valueOf)
                        .collect(java.util.stream.Collectors.joining(", ")));
            }
        };
    }

    /** Task_DismissForMissedMediation (46a-54-56a(f), 67a(f)(1)(C)). */
    @Bean
    JavaDelegate dismissForAbsenceFromMediation(Investigation investigation) {
        return execution -> investigation.dismissAdministratively(DOCKET_NUMBER.get(execution),
                "COMPLAINANT_MISSED_MEDIATION");
    }

    // ----- complaint-investigation -----

    /** Task_OpenInvestigationClock (46a-54-65a(b), (c)): the period from complaint-investigation-period.dmn. */
    @Bean
    JavaDelegate openInvestigation(Investigation investigation) {
        return execution -> {
            var row = execution.getProcessEngineServices().getDecisionService()
                    .evaluateDecisionTableByKey("complaint-investigation-period")
                    .variables(java.util.Map.of("housingClaim", Boolean.TRUE.equals(execution.getVariable("housingClaim"))))
                    .evaluate().getSingleResult();
            var rule = new Investigation.PeriodRule(org.civilrights.workflow.calendar.LegalPeriod.parse(
                    row.getEntry("investigationPeriod")), "FILING".equals(row.getEntry("investigationCountsFrom")),
                    ((Number) row.getEntry("investigationExtensionsAllowed")).intValue());
            java.time.LocalDate due = investigation.open(DOCKET_NUMBER.get(execution),
                    REVIEW_DECIDED_ON.getOrDefault(execution, null), RECONSIDERATION_DECIDED_ON.getOrDefault(execution, null),
                    rule);
            INVESTIGATION_DUE_ON.set(execution, due);
            EXTENSION_OFFERED_ON.set(execution, Investigation.extensionOfferedOn(due));
            // a reconsidered case starts its extensions afresh: the regulation is silent; policy (review F25)
            INVESTIGATION_EXTENSIONS.set(execution, 0);
            INVESTIGATION_EXTENSIONS_ALLOWED.set(execution, rule.extensionsAllowed());
        };
    }

    /** Task_ExtendInvestigation (46a-54-65a(b)): at most two extensions of three months, each before the period ends. */
    @Bean
    JavaDelegate extendInvestigationPeriod(Investigation investigation) {
        return execution -> {
            int granted = INVESTIGATION_EXTENSIONS.getOrDefault(execution, 0);
            java.time.LocalDate due = RuleViolations.get(() -> investigation.extend(DOCKET_NUMBER.get(execution),
                    granted, INVESTIGATION_EXTENSIONS_ALLOWED.getOrDefault(execution, Investigation.MAX_EXTENSIONS),
                    INVESTIGATION_DUE_ON.get(execution), Var.date("investigationExtensionDecidedOn").getOrDefault(execution, null)));
            INVESTIGATION_DUE_ON.set(execution, due);
            EXTENSION_OFFERED_ON.set(execution, Investigation.extensionOfferedOn(due));
            INVESTIGATION_EXTENSIONS.set(execution, granted + 1);
        };
    }

    /** Task_MailForFinalComments (46a-54-59a). */
    @Bean
    JavaDelegate mailForFinalComments(Investigation investigation) {
        return execution -> COMMENTS_DUE_ON.set(execution, RuleViolations.get(() -> investigation.mailForFinalComments(
                DOCKET_NUMBER.get(execution), COMMENTS_MAILED_ON.getOrDefault(execution, null))));
    }

    /** Task_RecordPredeterminationAgreement (46a-54-55a(h), 67a(a)(2)). */
    @Bean
    JavaDelegate recordPredeterminationAgreement(Investigation investigation) {
        return execution -> investigation.recordPredeterminationAgreement(DOCKET_NUMBER.get(execution));
    }

    /** Task_DismissAdministratively (46a-54-67a(f)). */
    @Bean
    JavaDelegate dismissAdministratively(Investigation investigation) {
        return execution -> RuleViolations.run(() -> investigation.dismissAdministratively(DOCKET_NUMBER.get(execution),
                ADMINISTRATIVE_GROUND.getOrDefault(execution, null)));
    }

    /** Task_RecordDetermination (46a-54-60a, 61a). */
    @Bean
    JavaDelegate recordDetermination(Investigation investigation) {
        return execution -> RuleViolations.run(() -> investigation.determine(DOCKET_NUMBER.get(execution),
                DETERMINATION.getOrDefault(execution, null), Var.date("findingSentOn").getOrDefault(execution, null),
                (String) execution.getVariable("findingMethod")));
    }

    /** Task_RecordConciliation (46a-54-60a(c), (d)). */
    @Bean
    JavaDelegate recordConciliation(Investigation investigation) {
        return execution -> investigation.concludeConciliation(DOCKET_NUMBER.get(execution), CONCILIATED.get(execution));
    }

    // ----- complaint-reconsideration -----

    /** Task_RecordDismissalMailing (46a-54-61a(b), 62a(b)). */
    @Bean
    JavaDelegate recordDismissalMailing(Reconsideration reconsideration) {
        return execution -> {
            Reconsideration.Window window = RuleViolations.get(() -> reconsideration.mailDismissal(
                    DOCKET_NUMBER.get(execution), DISMISSAL_MAILED_ON.getOrDefault(execution, null)));
            RECONSIDERATION_DUE_ON.set(execution, window.dueOn());
            RECONSIDERATION_CLOSES_ON.set(execution, window.closesOn());
        };
    }

    /** Task_CheckReconsiderationTimely (46a-54-62a(b)). */
    @Bean
    JavaDelegate checkReconsiderationTimely(Reconsideration reconsideration) {
        return execution -> RECONSIDERATION_TIMELY.set(execution, RuleViolations.get(() -> reconsideration.isTimely(
                DOCKET_NUMBER.get(execution), RECONSIDERATION_RECEIVED_ON.getOrDefault(execution, null),
                RECONSIDERATION_DUE_ON.get(execution), COPY_MAILED_TO_RESPONDENT.getOrDefault(execution, false))));
    }

    /** Task_RejectUnread (46a-54-62a(c)). */
    @Bean
    JavaDelegate rejectReconsiderationUnread(Reconsideration reconsideration) {
        return execution -> MANDATORY_RELEASE_DUE.set(execution, reconsideration.rejectUnread(DOCKET_NUMBER.get(execution)));
    }

    /**
     * Task_RecordReconsiderationDecision (46a-54-62a(d)-(g)): the decision, its dates and the next step it names
     * (reconsideredTo, which the main diagram routes on; review F32). The recorded day of the decision is where a
     * reconsidered case's new periods run from (review F25).
     */
    @Bean
    JavaDelegate recordReconsiderationDecision(Reconsideration reconsideration) {
        return execution -> {
            String docket = DOCKET_NUMBER.get(execution);
            Reconsideration.Outcome outcome = RuleViolations.get(() -> reconsideration.decide(docket,
                    new Reconsideration.Decision(RECONSIDER.get(execution),
                            RECONSIDERATION_DECIDED_ON.getOrDefault(execution, null),
                            Var.date("reconsiderationDecisionMailedOn").getOrDefault(execution, null),
                            RECONSIDERED_TO.getOrDefault(execution, null)),
                    Boolean.TRUE.equals(execution.getVariable(HOUSING_CLAIM.name()))));
            execution.setVariable("releaseWindowEndsOn",
                    outcome.releaseWindowEndsOn() == null ? null : outcome.releaseWindowEndsOn().toString());
            RECONSIDERED_TO.set(execution, outcome.nextStep() == null ? null : outcome.nextStep().name());
            // 62a(g), 42a(b)(1): a reversed dismissal for lack of jurisdiction returns to be served with the notice
            // requiring an answer; the 20 days of service run from the return of the file (review F05)
            boolean returnToIntake = outcome.nextStep() == Reconsideration.NextStep.SERVICE;
            RETURN_TO_INTAKE.set(execution, returnToIntake);
            if (returnToIntake) {
                SERVICE_CLOCK_FROM.set(execution, Var.date("reconsiderationDecisionMailedOn").get(execution));
            }
        };
    }

    /** Task_CloseAfterReleaseWindow (46a-54-66a(d)(1), 67a). */
    @Bean
    JavaDelegate closeAfterReleaseWindow(Reconsideration reconsideration) {
        return execution -> reconsideration.close(DOCKET_NUMBER.get(execution));
    }

    /** Task_MakeDismissalFinal (46a-54-67a, 66a(c)). */
    @Bean
    JavaDelegate makeDismissalFinal(Reconsideration reconsideration) {
        return execution -> MANDATORY_RELEASE_DUE.set(execution, reconsideration.makeFinal(DOCKET_NUMBER.get(execution)));
    }

    /**
     * complaint-processing Task_RecordMandatoryRelease (46a-54-66a(c)): the release the executive director issued, with
     * its day and way (review F23).
     */
    @Bean
    JavaDelegate recordMandatoryRelease(Reconsideration reconsideration) {
        return execution -> RuleViolations.run(() -> reconsideration.issueMandatoryRelease(DOCKET_NUMBER.get(execution),
                Var.date("releaseIssuedOn").getOrDefault(execution, null), (String) execution.getVariable("releaseMethod")));
    }
}
