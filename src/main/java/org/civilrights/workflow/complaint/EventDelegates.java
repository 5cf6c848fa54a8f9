package org.civilrights.workflow.complaint;

import static org.civilrights.workflow.complaint.ComplaintVariables.*;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.civilrights.workflow.process.FormCheckException;
import org.civilrights.workflow.process.Var;
import org.civilrights.workflow.process.RuleViolations;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The delegates of the events that can come at any stage (complaint-processing's event
 * subprocesses) and of complaint-request, the Tasklist form through which staff record them.
 */
@Configuration
class EventDelegates {

    static final Var<String> REQUEST_TYPE = Var.text("requestType");
    static final Var<java.time.LocalDate> RECEIVED_ON = Var.date("receivedOn");
    static final Var<java.time.LocalDate> WITHDRAWAL_RECEIVED_ON = Var.date("withdrawalReceivedOn");
    static final Var<Boolean> VOLUNTARY_STATEMENT = Var.flag("voluntaryStatement");
    static final Var<String> WITHDRAWAL_REASONS = Var.text("withdrawalReasons");
    static final Var<java.time.LocalDate> RELEASE_REQUESTED_ON = Var.date("releaseRequestedOn");
    static final Var<Boolean> JOINT_REQUEST = Var.flag("jointRequest");
    static final Var<String> RELEASE_RULE = Var.text("releaseRule");
    static final Var<String> RELEASE_DECISION = Var.text("releaseDecision");
    static final Var<String> RELEASE_REASONS = Var.text("releaseReasons");
    static final Var<String> FORUM = Var.text("forum");
    static final Var<Boolean> SUSPEND = Var.flag("suspend");
    static final Var<String> STAGE_TO_RESUME = Var.text("stageToResume");
    static final Var<java.time.LocalDate> NO_FAULT_OFFER_RECEIVED_ON = Var.date("noFaultOfferReceivedOn");
    static final Var<Integer> OFFERING_RESPONDENT_NO = Var.number("offeringRespondentNo");
    static final Var<Boolean> NO_FAULT_ACCEPTED = Var.flag("noFaultAccepted");
    static final Var<Boolean> NO_FAULT_ACCEPTABLE = Var.flag("noFaultAcceptable");
    static final Var<java.time.LocalDate> AGREEMENT_EXECUTED_ON = Var.date("agreementExecutedOn");
    static final Var<java.time.LocalDate> IDENTITY_NOTICE_RECEIVED_ON = Var.date("identityNoticeReceivedOn");
    static final Var<String> DESIGNATED_PERSON = Var.text("designatedPerson");
    static final Var<java.time.LocalDate> RELEASE_SIGNED_ON = Var.date("releaseSignedOn");
    static final Var<java.time.LocalDate> NAMED_COMPLAINT_SERVED_ON = Var.date("namedComplaintServedOn");

    /** Event_Withdrawal Task_CheckWithdrawal (46a-54-68a(a)). */
    @Bean
    JavaDelegate checkWithdrawal(CaseEvents events) {
        return execution -> RuleViolations.run(() -> events.checkWithdrawal(WITHDRAWAL_RECEIVED_ON.getOrDefault(execution, null),
                VOLUNTARY_STATEMENT.getOrDefault(execution, false), WITHDRAWAL_REASONS.getOrDefault(execution, null)));
    }

    /** Event_Withdrawal Task_CloseWithdrawn (46a-54-68a). */
    @Bean
    JavaDelegate closeWithdrawn(CaseEvents events) {
        return execution -> events.closeWithdrawn(DOCKET_NUMBER.get(execution));
    }

    /** Event_Withdrawal Task_RecordSubstitution (46a-54-68a(b), 40a, 41a): the vote, the notices (review F18). */
    @Bean
    JavaDelegate recordSubstitution(CaseEvents events) {
        return execution -> RuleViolations.run(() -> events.recordSubstitution(DOCKET_NUMBER.get(execution),
                Var.date("substitutionVoteOn").getOrDefault(execution, null),
                (String) execution.getVariable("substitutionAffectedPersons"),
                Var.date("substitutionNoticesSentOn").getOrDefault(execution, null),
                (String) execution.getVariable("substitutionNoticeMethod")));
    }

    /** 46a-54-37a(c): the respondent whose named complaint awaits the complainant's release (review F30). */
    static final Var<Integer> NO_RELEASE_RESPONDENT_NO = Var.number("noReleaseRespondentNo");
    /** 46a-54-67a(f)(1)(B): the day the complainant had actual notice that the release is needed. */
    static final Var<java.time.LocalDate> ACTUAL_NOTICE_ON = Var.date("actualNoticeOn");

    /**
     * Event_NoRelease Task_DismissForWantOfRelease (46a-54-67a(f)(1)(B), (f)(2), 37a(c)): the administrative dismissal
     * when the complainant, after actual notice, gave no release for the named complaint (review F30).
     */
    @Bean
    JavaDelegate recordDismissalForWantOfRelease(CaseEvents events, Investigation investigation) {
        return execution -> RuleViolations.run(() -> {
            String docket = DOCKET_NUMBER.get(execution);
            events.checkNamedComplaintAwaitsRelease(execution.getProcessEngineServices(), docket,
                    NO_RELEASE_RESPONDENT_NO.get(execution));
            events.requireActualNotice(ACTUAL_NOTICE_ON.getOrDefault(execution, null));
            investigation.dismissAdministratively(docket, "COMPLAINANT_FAILS_TO_COOPERATE");
        });
    }

    /** Event_NoFault Task_CheckNoFaultOffer (46a-54-63a). */
    @Bean
    JavaDelegate checkNoFaultOffer(CaseEvents events) {
        return execution -> execution.setVariable("noFaultOfferTimely", RuleViolations.get(() -> events.isNoFaultOfferTimely(
                DOCKET_NUMBER.get(execution), OFFERING_RESPONDENT_NO.get(execution),
                NO_FAULT_OFFER_RECEIVED_ON.getOrDefault(execution, null))));
    }

    /**
     * Event_NoFault Task_RecordNoFaultAgreement (46a-54-63a, 67a(a)(1)): whether an agreement was executed, and whether
     * it disposed of the complaint or only of the signing respondent's part of it (review F13(b)).
     */
    @Bean
    JavaDelegate recordNoFaultAgreement(CaseEvents events) {
        return execution -> {
            CaseEvents.NoFaultResult result = RuleViolations.get(() -> events.recordNoFaultAgreement(
                    DOCKET_NUMBER.get(execution), OFFERING_RESPONDENT_NO.get(execution),
                    NO_FAULT_ACCEPTED.getOrDefault(execution, false), NO_FAULT_ACCEPTABLE.getOrDefault(execution, false),
                    AGREEMENT_EXECUTED_ON.getOrDefault(execution, null)));
            execution.setVariable("noFaultAgreed", result != CaseEvents.NoFaultResult.NONE);
            execution.setVariable("noFaultClosesCase", result == CaseEvents.NoFaultResult.CASE);
        };
    }

    /**
     * Event_NoFault Task_EndRespondentStages (46a-54-63a, 67a(a)(1)): the complaint no longer goes on against the
     * respondent that signed the agreement: its answer stage (and any default proceeding it holds) ends, and the
     * answer stages of the others go on (review F13(b)).
     */
    @Bean
    JavaDelegate endRespondentStages() {
        return execution -> {
            RuntimeService runtime = execution.getProcessEngineServices().getRuntimeService();
            for (ProcessInstance answer : runtime.createProcessInstanceQuery().processDefinitionKey("complaint-answer")
                    .processInstanceBusinessKey(DOCKET_NUMBER.get(execution))
                    .variableValueEquals(RESPONDENT_NO.name(), OFFERING_RESPONDENT_NO.get(execution)).list()) {
                runtime.createProcessInstanceModification(answer.getId())
                        .cancelActivityInstance(runtime.getActivityInstance(answer.getId()).getId())
                        .execute(true, true);
            }
        };
    }

    /** complaint-answer Event_IdentityNotice Task_CheckIdentityNotice (46a-54-37a(c)). */
    @Bean
    JavaDelegate checkIdentityNotice(CaseEvents events, ComplaintRecords records) {
        return execution -> {
            String docket = DOCKET_NUMBER.get(execution);
            String respondent = records.respondent(docket, RESPONDENT_NO.get(execution)).name();
            execution.setVariable("identityNoticeTimely", RuleViolations.get(() -> events.isIdentityNoticeTimely(docket,
                    respondent, IDENTITY_NOTICE_RECEIVED_ON.getOrDefault(execution, null))));
        };
    }

    /** complaint-answer Event_IdentityNotice Task_StayAnswerPeriod (46a-54-43a(d), 37a(c)): the answer timer waits. */
    @Bean
    JavaDelegate stayAnswerPeriod() {
        return execution -> answerTimer(execution).ifPresent(job -> execution.getProcessEngineServices()
                .getManagementService().suspendJobById(job.getId()));
    }

    /**
     * complaint-answer Event_IdentityNotice Task_RecordNamedComplaint (46a-54-37a(c)); the answer period starts
     * again from the service of the named complaint (43a(d)): case record, variable, task and timer.
     */
    @Bean
    JavaDelegate recordNamedComplaint(CaseEvents events, AnswerPeriod answers,
                                      org.civilrights.workflow.calendar.Deadlines deadlines) {
        return execution -> {
            String docket = DOCKET_NUMBER.get(execution);
            java.time.LocalDate servedOn = NAMED_COMPLAINT_SERVED_ON.getOrDefault(execution, null);
            RuleViolations.run(() -> events.serveNamedComplaint(docket, DESIGNATED_PERSON.getOrDefault(execution, null),
                    RELEASE_SIGNED_ON.getOrDefault(execution, null), servedOn));
            java.time.LocalDate due = answers.restartAfterNamedComplaint(docket, RESPONDENT_NO.get(execution),
                    org.civilrights.workflow.calendar.LegalPeriod.parse(ANSWER_PERIOD.get(execution)), servedOn);
            ANSWER_DUE_ON.set(execution, due);
            var services = execution.getProcessEngineServices();
            java.util.Date end = deadlines.endOf(due);
            answerTimer(execution).ifPresent(job -> {
                // one update of the timer: its new day and active again. The public calls (setJobDuedate and
                // activateJobById) cannot share a transaction: the second is a bulk update that bumps the
                // row's revision under the first.
                var timer = org.camunda.bpm.engine.impl.context.Context.getCommandContext().getJobManager()
                        .findJobById(job.getId());
                timer.setDuedate(end);
                timer.setSuspensionState(org.camunda.bpm.engine.impl.persistence.entity.SuspensionState.ACTIVE
                        .getStateCode());
            });
            services.getTaskService().createTaskQuery().processInstanceId(execution.getProcessInstanceId())
                    .taskDefinitionKey("Task_RecordRespondentFiling").list().forEach(task -> {
                        task.setDueDate(end);
                        services.getTaskService().saveTask(task);
                    });
        };
    }

    private static java.util.Optional<org.camunda.bpm.engine.runtime.Job> answerTimer(DelegateExecution execution) {
        return java.util.Optional.ofNullable(execution.getProcessEngineServices().getManagementService().createJobQuery()
                .processInstanceId(execution.getProcessInstanceId()).activityId("Timer_AnswerDue").singleResult());
    }

    /** Event_CommissionJoins Task_RecordCommissionJoins (46a-54-40a, 41a). */
    @Bean
    JavaDelegate recordCommissionJoins(CaseEvents events) {
        return execution -> RuleViolations.run(() -> events.recordCommissionJoins(DOCKET_NUMBER.get(execution),
                (String) execution.getVariable("joinReason"), Var.date("joinVoteOn").getOrDefault(execution, null),
                (String) execution.getVariable("joinAffectedPersons"),
                Var.date("joinNoticesSentOn").getOrDefault(execution, null),
                (String) execution.getVariable("joinNoticeMethod")));
    }

    /** Event_Release Task_CheckReleaseTiming: the inputs of complaint-release-eligibility.dmn (46a-54-66a). */
    @Bean
    JavaDelegate checkReleaseTiming(CaseEvents events, ComplaintRecords records) {
        return execution -> {
            String docket = DOCKET_NUMBER.get(execution);
            execution.setVariable("requestedWithin210Days", RuleViolations.get(() -> events.requestedWithin210Days(docket,
                    RELEASE_REQUESTED_ON.getOrDefault(execution, null))));
            execution.setVariable("timelyFiled", records.timelyFiled(docket));
            // 66a(d): while a reconsideration of a merit dismissal is pending, or within 15 days of the
            // notice of its decision, granted or denied
            execution.setVariable("meritDismissalPending", events.releaseAfterMeritReconsideration(docket,
                    RELEASE_REQUESTED_ON.getOrDefault(execution, null)));
        };
    }

    /** Event_Release Task_RecordReleaseDecision (46a-54-66a, 67a(e)). */
    @Bean
    JavaDelegate recordReleaseDecision(CaseEvents events) {
        return execution -> RuleViolations.run(() -> events.decideRelease(DOCKET_NUMBER.get(execution),
                RELEASE_RULE.get(execution), RELEASE_DECISION.getOrDefault(execution, null),
                RELEASE_REASONS.getOrDefault(execution, null), RELEASE_REQUESTED_ON.getOrDefault(execution, null),
                Var.date("releaseIssuedOn").getOrDefault(execution, null),
                (String) execution.getVariable("releaseMethod")));
    }

    /** Event_Suspension Task_RecordSuspensionDecision (46a-54-64a(a), (e)). */
    @Bean
    JavaDelegate recordSuspensionDecision(CaseEvents events) {
        return execution -> RuleViolations.run(() -> events.decideSuspension(DOCKET_NUMBER.get(execution),
                FORUM.getOrDefault(execution, null), SUSPEND.getOrDefault(execution, false),
                Var.date("suspensionNoticeSentOn").getOrDefault(execution, null),
                (String) execution.getVariable("suspensionNoticeMethod")));
    }

    /**
     * Event_Suspension Task_SuspendStage (46a-54-64a): the running stage stops where it is: its tasks
     * cannot be worked and its timers do not fire until processing resumes.
     */
    @Bean
    JavaDelegate suspendStage(CaseEvents events) {
        return execution -> {
            String docket = DOCKET_NUMBER.get(execution);
            STAGE_TO_RESUME.set(execution, events.currentStage(docket));
            var runtime = execution.getProcessEngineServices().getRuntimeService();
            // every stage and what it called in turn (a default proceeding of a stage), review F09
            for (ProcessInstance stage : descendants(execution)) {
                runtime.suspendProcessInstanceById(stage.getId());
            }
            // the main diagram itself stays active to hear the resumption; its own clocks stop
            execution.getProcessEngineServices().getManagementService().updateJobSuspensionState()
                    .byProcessInstanceId(execution.getProcessInstanceId()).suspend();
            events.markSuspended(docket, true, null);
        };
    }

    /** Event_Suspension Task_ResumeStage (46a-54-64a(c), (d)). */
    @Bean
    JavaDelegate resumeStage(CaseEvents events) {
        return execution -> {
            var runtime = execution.getProcessEngineServices().getRuntimeService();
            for (ProcessInstance stage : descendants(execution)) {
                runtime.activateProcessInstanceById(stage.getId());
            }
            execution.getProcessEngineServices().getManagementService().updateJobSuspensionState()
                    .byProcessInstanceId(execution.getProcessInstanceId()).activate();
            events.markSuspended(DOCKET_NUMBER.get(execution), false, STAGE_TO_RESUME.get(execution));
        };
    }

    /**
     * 46a-54-62a(b), (d): the complaint's main diagram, ended with the final dismissal, runs again from the reconsideration
     * stage, with the variables it ended with (review F24); the stage starts at the review of the recorded request. When
     * the diagram still waits for the executive director to issue the release of 66a(c) (review F23), no release has
     * issued: that task is withdrawn and the diagram goes back to the reconsideration stage. The release the timely
     * request now makes moot is no longer due (66a(c): "no timely request for reconsideration").
     */
    private static void reopenReconsideration(DelegateExecution execution, String docket) {
        var services = execution.getProcessEngineServices();
        ProcessInstance awaitingRelease = services.getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey("complaint-processing").processInstanceBusinessKey(docket).list().stream()
                .findFirst().orElse(null);
        if (awaitingRelease != null) {
            if (services.getRuntimeService().createExecutionQuery().processInstanceId(awaitingRelease.getId())
                    .activityId("Task_IssueMandatoryRelease").count() == 0) {
                throw new FormCheckException("requestType: complaint " + docket + " is still being processed; a request "
                        + "for reconsideration is recorded in its reconsideration stage (46a-54-62a(b))");
            }
            services.getRuntimeService().setVariable(awaitingRelease.getId(), MANDATORY_RELEASE_DUE.name(), false);
            services.getRuntimeService().createProcessInstanceModification(awaitingRelease.getId())
                    .cancelAllForActivity("Task_IssueMandatoryRelease")
                    .startBeforeActivity("CallActivity_Reconsideration").execute();
            return;
        }
        var ended = services.getHistoryService().createHistoricProcessInstanceQuery()
                .processDefinitionKey("complaint-processing").processInstanceBusinessKey(docket).finished()
                .orderByProcessInstanceEndTime().desc().list().stream().findFirst()
                .orElseThrow(() -> new FormCheckException("docketNumber: complaint " + docket + " has no ended case to reopen"));
        Map<String, Object> variables = new java.util.HashMap<>();
        services.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(ended.getId()).list().stream()
                .filter(v -> ended.getId().equals(v.getExecutionId()) && !OUTCOME.name().equals(v.getName())
                        && !MANDATORY_RELEASE_DUE.name().equals(v.getName()))
                .forEach(v -> variables.put(v.getName(), v.getValue()));
        services.getRuntimeService().createProcessInstanceByKey("complaint-processing").businessKey(docket)
                .setVariables(variables).startBeforeActivity("CallActivity_Reconsideration").execute();
    }

    private static Receipts.Paper receiptOf(DelegateExecution execution) {
        Object paper = execution.getVariable("receiptOf");
        try {
            return Receipts.Paper.valueOf(String.valueOf(paper));
        } catch (IllegalArgumentException e) {
            throw new InvalidFilingException(List.of("receiptOf: 'Which paper the complainant received' is required (one of "
                    + java.util.Arrays.toString(Receipts.Paper.values()) + ") (46a-54-18a(c))"));
        }
    }

    private static Integer respondentNo(DelegateExecution execution) {
        Integer no = RESPONDENT_NO.getOrDefault(execution, null);
        if (no == null) {
            throw new FormCheckException("respondentNo: the respondent's number (1, 2, ...) is required for this request");
        }
        return no;
    }

    /**
     * The instances the complaint called, and those they called in turn: Camunda suspends one instance of a
     * hierarchy at a time, so a suspension must reach each (46a-54-64a; review F09).
     */
    private static List<ProcessInstance> descendants(DelegateExecution execution) {
        var runtime = execution.getProcessEngineServices().getRuntimeService();
        List<ProcessInstance> all = new java.util.ArrayList<>();
        java.util.Deque<String> parents = new java.util.ArrayDeque<>(List.of(execution.getProcessInstanceId()));
        while (!parents.isEmpty()) {
            for (ProcessInstance child : runtime.createProcessInstanceQuery().superProcessInstanceId(parents.pop()).list()) {
                all.add(child);
                parents.push(child.getId());
            }
        }
        return all;
    }

    /**
     * complaint-request Task_DeliverRequest: the request staff recorded in Tasklist goes to the open
     * complaint with that docket number, as the message the REST API would deliver. Starting
     * complaint-request is the permission (intake, executive director): Camunda checks no authorization
     * in delegate code, so the delivery does not need the user's rights on the complaint.
     */
    @Bean
    JavaDelegate deliverComplaintRequest(ComplaintRecords records, ComplaintIntake intake, AnswerPeriod answers,
                                         PendingMeritReview pendingReview, MeritAssessment meritReview,
                                         Defaults defaults, AwaitedAnswers awaitedAnswers,
                                         Reconsideration reconsideration, CaseEvents events, Receipts receipts,
                                         StageClocks stageClocks) {
        return execution -> {
            String docket = DOCKET_NUMBER.getOrDefault(execution, "").trim();
            if (records.find(docket).isEmpty()) {
                throw new FormCheckException("docketNumber: no complaint has docket number '" + docket + "'");
            }
            execution.setProcessBusinessKey(docket);
            String type = REQUEST_TYPE.get(execution);
            java.time.LocalDate received = RECEIVED_ON.get(execution);
            if ("ANSWER".equals(type)) {
                // 46a-54-43a, 46a(c): an answer is recorded whenever it comes; where the answer or default stage
                // still waits for it, it goes there (and bars a default not yet ordered), else to the case record
                int respondentNo = respondentNo(execution);
                boolean sworn = Boolean.TRUE.equals(execution.getVariable("answerSworn"));
                if (!awaitedAnswers.deliver(execution.getProcessEngineServices(), docket, respondentNo,
                        AnswerPeriod.AnswerTo.COMPLAINT, received, sworn)) {
                    RuleViolations.run(() -> answers.recordLateAnswer(docket, respondentNo, received, sworn));
                }
                return;
            }
            if ("VACATE_DEFAULT".equals(type)) {
                // 46a-54-46a(f): before the hearing in damages begins, for good cause shown (review F04); the order
                // vacating it as staff sent it (review F23) sets the date the answer is due, and the answer clock opens
                // again (review F28): the answer to the complaint, or to the amended complaint when that is what the
                // respondent did not answer (review R-2)
                int respondentNo = respondentNo(execution);
                RuleViolations.get(() -> defaults.vacate(docket, respondentNo, (String) execution.getVariable("vacateReasons"),
                        Var.date("vacaturSentOn").getOrDefault(execution, null),
                        (String) execution.getVariable("vacaturMethod"),
                        VACATUR_ANSWER_DUE_ON.getOrDefault(execution, null)))
                        .ifPresent(owed -> {
                            try {
                                awaitedAnswers.await(execution.getProcessEngineServices(), docket, respondentNo,
                                        owed.answerTo(), owed.dueOn());
                            } catch (MismatchingMessageCorrelationException e) {
                                throw new FormCheckException("requestType: complaint " + docket + " is closed; the "
                                        + "answer cannot be awaited again (46a-54-46a(f))");
                            }
                        });
                return;
            }
            if ("ANSWER_EXTENSION".equals(type)) {
                // 46a-54-45a, 47a: a request for more time received before the answer was due goes to the stage awaiting
                // that answer, also when it is keyed in after the due day ended and the stage asks whether to request a
                // default (review R-4); the investigator then decides it (a grant only on a request received in time)
                int respondentNo = respondentNo(execution);
                AnswerPeriod.AnswerTo answerTo = Boolean.TRUE.equals(execution.getVariable("extensionForAmendedComplaint"))
                        ? AnswerPeriod.AnswerTo.AMENDED_COMPLAINT : AnswerPeriod.AnswerTo.COMPLAINT;
                RuntimeService runtime = execution.getProcessEngineServices().getRuntimeService();
                AwaitedAnswers.nameEarlierStages(runtime, docket);
                try {
                    runtime.createMessageCorrelation("AnswerExtensionRequested").processInstanceBusinessKey(docket)
                            .processInstanceVariableEquals(RESPONDENT_NO.name(), respondentNo)
                            .processInstanceVariableEquals(ANSWER_TO.name(), answerTo.name())
                            .setVariable(EXTENSION_REQUEST_RECEIVED_ON.name(), received.toString()).correlate();
                } catch (MismatchingMessageCorrelationException e) {
                    throw new FormCheckException("respondentNo: no answer of respondent " + respondentNo + " to the "
                            + (answerTo == AnswerPeriod.AnswerTo.AMENDED_COMPLAINT ? "amended complaint" : "complaint")
                            + " is awaited now; a request for more time goes to the stage awaiting the answer (46a-54-45a)");
                }
                return;
            }
            if ("RECONSIDERATION_REQUEST".equals(type)) {
                // 46a-54-62a(b), (c): receipt within the fifteen days decides, not its recording: a timely request that
                // reached the file after the dismissal became final reopens reconsideration if no release has issued;
                // an untimely one is rejected unread (review F24)
                if (RuleViolations.get(() -> reconsideration.recordAfterFinal(docket, received,
                        COPY_MAILED_TO_RESPONDENT.getOrDefault(execution, false)))) {
                    reopenReconsideration(execution, docket);
                }
                return;
            }
            if ("AFFECTED_PERSON_RESPONSE".equals(type)) {
                // 46a-54-41a(b): whether the person asks the commission to seek relief (review F18)
                RuleViolations.run(() -> events.recordAffectedPersonResponse(docket,
                        (String) execution.getVariable("affectedPersonName"),
                        Var.flag("wantsRelief").getOrDefault(execution, null), received));
                return;
            }
            if ("LATE_INFORMATION".equals(type)) {
                // 46a-54-49a(a): considered upon good cause shown, the complainant having fifteen days to rebut
                RuleViolations.get(() -> meritReview.recordLateInformation(docket, received,
                        Var.date("lateInformationSentOn").getOrDefault(execution, null),
                        (String) execution.getVariable("lateInformationGoodCause"),
                        (String) execution.getVariable("lateInformationMethod"),
                        Var.date("lateInformationComplainantReceivedOn").getOrDefault(execution, null)));
                return;
            }
            if ("ADDRESS_CHANGE".equals(type)) {
                // 46a-54-19a(c), (d): kept in the case record; the new address is where papers go (review F26)
                String party = (String) execution.getVariable("addressParty");
                RuleViolations.get(() -> events.recordAddressChange(docket, party,
                        "RESPONDENT".equals(party) ? respondentNo(execution) : null,
                        (String) execution.getVariable("addressWhat"), (String) execution.getVariable("newAddress"),
                        (String) execution.getVariable("newRepresentative"),
                        Var.date("addressChangedOn").getOrDefault(execution, null), received));
                execution.removeVariable("newAddress");
                execution.removeVariable("newRepresentative");
                return;
            }
            if ("PROOF_OF_RECEIPT".equals(type)) {
                // 46a-54-18a(c), 48a(b), 49a(a), 66a(d)(1): the complainant's receipt, proven later, moves the running
                // clock when it gives more time (review F16)
                Receipts.Paper paper = RuleViolations.get(() -> receiptOf(execution));
                Integer no = paper == Receipts.Paper.ANSWER_COPY ? respondentNo(execution) : null;
                RuleViolations.get(() -> receipts.recordProvenReceipt(docket, paper, no, received))
                        .ifPresent(moved -> stageClocks.move(execution.getProcessEngineServices(), docket, moved));
                return;
            }
            if ("AMENDED_ANSWER".equals(type)) {
                // 46a-54-47a, 65a(a): to the stage awaiting it (its ten days, a default it bars; review F10(c)), else
                // recorded in the case; a pending merit review moves to 90 days after it
                int respondentNo = respondentNo(execution);
                boolean sworn = Boolean.TRUE.equals(execution.getVariable("amendedAnswerSworn"));
                if (!awaitedAnswers.deliver(execution.getProcessEngineServices(), docket, respondentNo,
                        AnswerPeriod.AnswerTo.AMENDED_COMPLAINT, received, sworn)) {
                    RuleViolations.get(() -> intake.recordAmendedAnswer(docket, respondentNo, received, sworn))
                            .ifPresent(review -> pendingReview.moveTo(execution.getProcessEngineServices(), docket, review));
                }
                return;
            }
            Map<String, Object> variables = new java.util.HashMap<>();
            String message = switch (type) {
                case "WITHDRAWAL" -> {
                    variables.put(WITHDRAWAL_RECEIVED_ON.name(), received.toString());
                    variables.put(VOLUNTARY_STATEMENT.name(), VOLUNTARY_STATEMENT.getOrDefault(execution, false));
                    variables.put(WITHDRAWAL_REASONS.name(), WITHDRAWAL_REASONS.getOrDefault(execution, null));
                    yield "ComplaintWithdrawn";
                }
                case "RELEASE" -> {
                    variables.put(RELEASE_REQUESTED_ON.name(), received.toString());
                    variables.put(JOINT_REQUEST.name(), JOINT_REQUEST.getOrDefault(execution, false));
                    yield "ReleaseRequested";
                }
                case "SUSPENSION" -> {
                    variables.put(FORUM.name(), FORUM.getOrDefault(execution, null));
                    yield "SuspensionRequested";
                }
                case "RESUMPTION" -> "ResumptionRequested";
                case "NO_FAULT_OFFER" -> {
                    variables.put(NO_FAULT_OFFER_RECEIVED_ON.name(), received.toString());
                    variables.put(OFFERING_RESPONDENT_NO.name(), respondentNo(execution));
                    yield "NoFaultOfferReceived";
                }
                case "DISCOVERY_SERVED" -> {
                    variables.put(RESPONDENT_NO.name(), respondentNo(execution));
                    variables.put(DefaultDelegates.DEFAULT_GROUND.name(), DefaultDelegates.DEFAULT_GROUND.get(execution));
                    variables.put("discoveryReceivedOn", received.toString());
                    Object specified = execution.getVariable("complianceDueOn");
                    variables.put("complianceDueOn", specified);
                    yield "DiscoveryServed";
                }
                case "COMMISSION_JOINS" -> "CommissionJoinProposed";
                case "AMENDMENT" -> {
                    variables.put(AMENDMENT_RECEIVED_ON.name(), received.toString());
                    yield "AmendmentReceived";
                }
                case "NO_RELEASE" -> {
                    // 46a-54-37a(c), 67a(f)(1)(B): only while a named complaint awaits the release (review F30)
                    int no = respondentNo(execution);
                    RuleViolations.run(() -> {
                        events.checkNamedComplaintAwaitsRelease(execution.getProcessEngineServices(), docket, no);
                        events.requireActualNotice(ACTUAL_NOTICE_ON.getOrDefault(execution, null));
                    });
                    variables.put(NO_RELEASE_RESPONDENT_NO.name(), no);
                    variables.put(ACTUAL_NOTICE_ON.name(), ACTUAL_NOTICE_ON.getOrDefault(execution, null) == null ? null
                            : ACTUAL_NOTICE_ON.get(execution).toString());
                    yield "ReleaseNotGiven";
                }
                case "IDENTITY_NOTICE" -> {
                    variables.put(IDENTITY_NOTICE_RECEIVED_ON.name(), received.toString());
                    variables.put(DESIGNATED_PERSON.name(), DESIGNATED_PERSON.getOrDefault(execution, null));
                    yield "IdentityNoticeFiled";
                }
                default -> throw new FormCheckException("requestType: '" + type + "' is not a request on a complaint");
            };
            RuntimeService runtime = execution.getProcessEngineServices().getRuntimeService();
            try {
                // the request's details belong to the event subprocess it starts, not to the whole stage: two
                // requests of one kind open at once (two discovery items, say) keep their own (review F33)
                var correlation = runtime.createMessageCorrelation(message).processInstanceBusinessKey(docket)
                        .setVariablesToTriggeredScope(variables);
                if ("IDENTITY_NOTICE".equals(type)) {
                    // the answer stage of that respondent (to the complaint, not to an amendment of it)
                    AwaitedAnswers.nameEarlierStages(runtime, docket);
                    correlation.processInstanceVariableEquals(RESPONDENT_NO.name(), respondentNo(execution))
                            .processInstanceVariableEquals(ANSWER_TO.name(), AnswerPeriod.AnswerTo.COMPLAINT.name());
                }
                correlation.correlate();
            } catch (MismatchingMessageCorrelationException e) {
                throw new FormCheckException("requestType: complaint " + docket + " is not open to "
                        + type.toLowerCase(java.util.Locale.ROOT) + " now (closed, or for a resumption: not suspended)");
            }
        };
    }
}
