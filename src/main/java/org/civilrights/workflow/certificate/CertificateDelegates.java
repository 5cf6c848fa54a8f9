package org.civilrights.workflow.certificate;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.civilrights.workflow.process.RuleViolations;
import org.civilrights.workflow.process.Var;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The delegates of certificate-of-noncompliance.bpmn and certificate-exemption.bpmn: each reads the
 * form's variables and calls one method of {@link Certificates}; a broken rule goes back to the form.
 */
@Configuration
class CertificateDelegates {

    static final String EXEMPTION_PROCESS = "certificate-exemption";

    static final Var<String> CERTIFICATE_ID = Var.text("certificateId");
    static final Var<String> AGENCY = Var.text("agency");
    static final Var<LocalDate> PLAN_DUE_ON = Var.date("planDueOn");
    static final Var<LocalDate> VOTED_ON = Var.date("certificateVotedOn");
    static final Var<Integer> VOTES_FOR = Var.number("certificateVotesFor");
    static final Var<Integer> VOTES_AGAINST = Var.number("certificateVotesAgainst");
    static final Var<LocalDate> ISSUED_ON = Var.date("issuedOn");
    static final Var<String> STATUS = Var.text("certificateStatus");
    static final Var<LocalDate> AGENCY_RECEIVED_ON = Var.date("agencyReceivedOn");

    static final Var<LocalDate> PETITION_RECEIVED_ON = Var.date("petitionReceivedOn");
    static final Var<Boolean> ADDRESSED_TO_CHAIR = Var.flag("addressedToChair");
    static final Var<String> PETITION_GROUND = Var.text("petitionGround");
    static final Var<String> AGREEMENT_TERMS = Var.text("agreementTerms");
    static final Var<LocalDate> AGREEMENT_DUE_ON = Var.date("agreementDueOn");
    static final Var<Boolean> SIGNED_APPOINTING_AUTHORITY = Var.flag("signedByAppointingAuthority");
    static final Var<Boolean> SIGNED_AA_OFFICER = Var.flag("signedByAffirmativeActionOfficer");
    static final Var<Boolean> SIGNED_COMMISSION = Var.flag("signedByCommission");
    static final Var<LocalDate> WITHDRAWAL_VOTED_ON = Var.date("withdrawalVotedOn");
    static final Var<Integer> WITHDRAWAL_FOR = Var.number("withdrawalVotesFor");
    static final Var<Integer> WITHDRAWAL_AGAINST = Var.number("withdrawalVotesAgainst");
    static final Var<Boolean> WITHDRAWN = Var.flag("certificateWithdrawn");

    static final Var<LocalDate> RESCISSION_REQUESTED_ON = Var.date("rescissionRequestedOn");
    static final Var<String> HEARING_OFFICER = Var.text("hearingOfficer");
    static final Var<LocalDate> HEARING_OFFICER_APPOINTED_ON = Var.date("hearingOfficerAppointedOn");
    static final Var<Boolean> APPOINTED_BY_CHAIR = Var.flag("appointedByChair");
    static final Var<LocalDate> ORDER_ISSUED_ON = Var.date("orderIssuedOn");
    static final Var<String> HEARING_RESULT = Var.text("hearingResult");
    static final Var<String> APPEAL_OUTCOME = Var.text("appealOutcome");
    static final Var<LocalDate> APPEAL_DECIDED_ON = Var.date("appealDecidedOn");
    static final Var<String> RESCISSION_APPEAL_OUTCOME = Var.text("rescissionAppealOutcome");
    static final Var<LocalDate> RESCISSION_APPEAL_DECIDED_ON = Var.date("rescissionAppealDecidedOn");

    static final Var<String> VACANCY = Var.text("vacancy");
    static final Var<LocalDate> EXEMPTION_SERVED_ON = Var.date("exemptionServedOn");
    static final Var<String> EXEMPTION_SERVICE_METHOD = Var.text("exemptionServiceMethod");
    static final Var<Boolean> PETITION_STATES_SERVICE = Var.flag("petitionStatesService");
    static final Var<Integer> EXEMPTION_ID = Var.number("exemptionId");
    static final Var<String> EXEMPTION_ACTION = Var.text("exemptionAction");
    static final Var<LocalDate> EXEMPTION_DECIDED_ON = Var.date("exemptionDecidedOn");
    static final Var<Boolean> AGREEMENT_REACHED = Var.flag("agreementReached");
    static final Var<LocalDate> DISCUSSION_REPORTED_ON = Var.date("discussionReportedOn");
    static final Var<Boolean> AGREEMENT_SIGNED = Var.flag("agreementSigned");

    static final Var<String> AGREEMENT_REPORT = Var.text("agreementReport");
    static final Var<LocalDate> NEW_AGREEMENT_DUE_ON = Var.date("newAgreementDueOn");
    static final Var<LocalDate> REINSTATEMENT_VOTED_ON = Var.date("reinstatementVotedOn");
    static final Var<Integer> REINSTATEMENT_FOR = Var.number("reinstatementVotesFor");
    static final Var<Integer> REINSTATEMENT_AGAINST = Var.number("reinstatementVotesAgainst");
    static final Var<Boolean> REINSTATED = Var.flag("certificateReinstated");
    /** The day of the vote that reinstated the certificate, shown on the service form (46a-68-68(d)). */
    static final Var<LocalDate> REINSTATED_ON = Var.date("reinstatedOn");

    /** Task_RegisterCertificate (46a-68-67(a)): the plan, the vote with its count, the day of issue. */
    @Bean
    JavaDelegate registerCertificate(Certificates certificates) {
        return execution -> {
            Certificates.Certificate certificate = RuleViolations.get(() -> certificates.register(
                    AGENCY.getOrDefault(execution, null), PLAN_DUE_ON.getOrDefault(execution, null),
                    VOTED_ON.getOrDefault(execution, null), VOTES_FOR.getOrDefault(execution, -1),
                    VOTES_AGAINST.getOrDefault(execution, -1), ISSUED_ON.getOrDefault(execution, null),
                    execution.getProcessInstanceId()));
            execution.setProcessBusinessKey(certificate.certificateId());
            CERTIFICATE_ID.set(execution, certificate.certificateId());
            AGENCY.set(execution, certificate.agency());
            STATUS.set(execution, certificate.status().name());
        };
    }

    /** The form certificate-service: how and when each of the three was served (46a-68-67(c)). */
    static Var<String> serviceMethod(Certificates.Served party) {
        return Var.text(party.field + "ServiceMethod");
    }

    static Var<LocalDate> servedOn(Certificates.Served party) {
        return Var.date(party.field + "ServedOn");
    }

    /** Task_RecordService (46a-68-67(b), (c), 68(d)): the certificate as issued or as reinstated. */
    @Bean
    JavaDelegate recordCertificateService(Certificates certificates) {
        return execution -> {
            Map<Certificates.Served, Certificates.Delivery> served = new EnumMap<>(Certificates.Served.class);
            for (Certificates.Served party : Certificates.Served.values()) {
                served.put(party, new Certificates.Delivery(serviceMethod(party).getOrDefault(execution, null),
                        servedOn(party).getOrDefault(execution, null)));
            }
            RuleViolations.run(() -> certificates.recordService(CERTIFICATE_ID.get(execution), served,
                    AGENCY_RECEIVED_ON.getOrDefault(execution, null)));
            STATUS.set(execution, Certificates.Status.IN_EFFECT.name());
        };
    }

    private static Certificates.WithdrawalPetition petition(DelegateExecution execution) {
        return new Certificates.WithdrawalPetition(PETITION_RECEIVED_ON.getOrDefault(execution, null),
                ADDRESSED_TO_CHAIR.getOrDefault(execution, false), PETITION_GROUND.getOrDefault(execution, null),
                AGREEMENT_TERMS.getOrDefault(execution, null), AGREEMENT_DUE_ON.getOrDefault(execution, null),
                SIGNED_APPOINTING_AUTHORITY.getOrDefault(execution, false), SIGNED_AA_OFFICER.getOrDefault(execution, false),
                SIGNED_COMMISSION.getOrDefault(execution, false));
    }

    /** Task_RegisterWithdrawalPetition (46a-68-68(a)-(c)). */
    @Bean
    JavaDelegate registerWithdrawalPetition(Certificates certificates) {
        return execution -> RuleViolations.run(() -> certificates.checkWithdrawalPetition(CERTIFICATE_ID.get(execution),
                petition(execution)));
    }

    /** Task_RecordWithdrawalVote (46a-68-68(a)): a denied petition is cleared for the next one. */
    @Bean
    JavaDelegate recordWithdrawalVote(Certificates certificates) {
        return execution -> {
            String id = CERTIFICATE_ID.get(execution);
            boolean withdrawn = RuleViolations.get(() -> certificates.recordWithdrawalVote(id, petition(execution),
                    WITHDRAWAL_VOTED_ON.getOrDefault(execution, null), WITHDRAWAL_FOR.getOrDefault(execution, -1),
                    WITHDRAWAL_AGAINST.getOrDefault(execution, -1)));
            WITHDRAWN.set(execution, withdrawn);
            STATUS.set(execution, certificates.get(id).status().name());
            if (!withdrawn) {
                clear(execution, PETITION_RECEIVED_ON, ADDRESSED_TO_CHAIR, PETITION_GROUND, AGREEMENT_TERMS, AGREEMENT_DUE_ON,
                        SIGNED_APPOINTING_AUTHORITY, SIGNED_AA_OFFICER, SIGNED_COMMISSION, WITHDRAWAL_VOTED_ON,
                        WITHDRAWAL_FOR, WITHDRAWAL_AGAINST);
            }
        };
    }

    /** Task_RecordAppointment (46a-68-69(a), (b)). */
    @Bean
    JavaDelegate recordHearingOfficer(Certificates certificates) {
        return execution -> RuleViolations.run(() -> certificates.recordHearingOfficer(CERTIFICATE_ID.get(execution),
                RESCISSION_REQUESTED_ON.getOrDefault(execution, null), HEARING_OFFICER.getOrDefault(execution, null),
                HEARING_OFFICER_APPOINTED_ON.getOrDefault(execution, null), APPOINTED_BY_CHAIR.getOrDefault(execution, false)));
    }

    /** Task_RecordOrder (46a-68-69(b), (c)). */
    @Bean
    JavaDelegate recordRescissionOrder(Certificates certificates) {
        return execution -> {
            String id = CERTIFICATE_ID.get(execution);
            RuleViolations.run(() -> certificates.recordRescissionOrder(id,
                    HEARING_OFFICER_APPOINTED_ON.getOrDefault(execution, null), ORDER_ISSUED_ON.getOrDefault(execution, null),
                    HEARING_RESULT.getOrDefault(execution, null)));
            STATUS.set(execution, certificates.get(id).status().name());
        };
    }

    /** Task_RecordAppealOutcome (46a-68-69(d), 67(b)(2)): without a rescission the next request starts afresh. */
    @Bean
    JavaDelegate recordRescissionAppeal(Certificates certificates) {
        return execution -> {
            String id = CERTIFICATE_ID.get(execution);
            String outcome = APPEAL_OUTCOME.getOrDefault(execution, null);
            RuleViolations.run(() -> certificates.recordAppeal(id, outcome, APPEAL_DECIDED_ON.getOrDefault(execution, null)));
            STATUS.set(execution, certificates.get(id).status().name());
            if (!"COURT_RESCINDED".equals(outcome)) {
                clear(execution, RESCISSION_REQUESTED_ON, HEARING_OFFICER, HEARING_OFFICER_APPOINTED_ON, APPOINTED_BY_CHAIR,
                        ORDER_ISSUED_ON, HEARING_RESULT, APPEAL_DECIDED_ON);
            }
        };
    }

    /**
     * Task_RecordRescissionAppealOutcome (46a-68-69(d), review D-24): a rescission reversed by a court revives the
     * certificate, and the ways out start afresh.
     */
    @Bean
    JavaDelegate recordAppealFromRescission(Certificates certificates) {
        return execution -> {
            String id = CERTIFICATE_ID.get(execution);
            String outcome = RESCISSION_APPEAL_OUTCOME.getOrDefault(execution, null);
            RuleViolations.run(() -> certificates.recordAppealFromRescission(id, outcome,
                    RESCISSION_APPEAL_DECIDED_ON.getOrDefault(execution, null)));
            STATUS.set(execution, certificates.get(id).status().name());
            if ("REVERSED".equals(outcome)) {
                clear(execution, RESCISSION_REQUESTED_ON, HEARING_OFFICER, HEARING_OFFICER_APPOINTED_ON, APPOINTED_BY_CHAIR,
                        ORDER_ISSUED_ON, HEARING_RESULT, APPEAL_OUTCOME, APPEAL_DECIDED_ON);
            }
        };
    }

    /**
     * Task_OpenExemption (46a-68-70(a)): the petition checked and recorded, then run as its own
     * certificate-exemption instance; the form is cleared for the next vacancy. (Camunda checks no
     * authorization in delegate code: recording the petition is the permission.)
     */
    @Bean
    JavaDelegate openExemptionPetition(Certificates certificates) {
        return execution -> {
            String id = CERTIFICATE_ID.get(execution);
            String vacancy = VACANCY.getOrDefault(execution, null);
            LocalDate servedOn = EXEMPTION_SERVED_ON.getOrDefault(execution, null);
            long exemptionId = RuleViolations.get(() -> certificates.openExemption(id, vacancy, servedOn,
                    EXEMPTION_SERVICE_METHOD.getOrDefault(execution, null),
                    PETITION_STATES_SERVICE.getOrDefault(execution, false)));
            Map<String, Object> variables = Map.of(CERTIFICATE_ID.name(), id, AGENCY.name(), AGENCY.get(execution),
                    VACANCY.name(), vacancy.trim(), EXEMPTION_ID.name(), (int) exemptionId,
                    EXEMPTION_SERVED_ON.name(), servedOn.toString());
            RuntimeService runtime = execution.getProcessEngineServices().getRuntimeService();
            runtime.startProcessInstanceByKey(EXEMPTION_PROCESS, id + " vacancy " + vacancy.trim(), variables);
            clear(execution, VACANCY, EXEMPTION_SERVED_ON, EXEMPTION_SERVICE_METHOD, PETITION_STATES_SERVICE);
            execution.removeVariable("emergencyGrounds");
        };
    }

    /** Task_LiftBar (46a-68-67(b)): pending exemption petitions of this certificate end as moot. */
    @Bean
    JavaDelegate liftHiringBar(Certificates certificates) {
        return execution -> {
            String id = CERTIFICATE_ID.get(execution);
            certificates.closePendingExemptions(id);
            RuntimeService runtime = execution.getProcessEngineServices().getRuntimeService();
            runtime.createMessageCorrelation("CertificateLifted").processInstanceVariableEquals(CERTIFICATE_ID.name(), id)
                    .correlateAll();
            STATUS.set(execution, certificates.get(id).status().name());
        };
    }

    /** Task_RecordAgreementReport (46a-68-68(c), (d)). */
    @Bean
    JavaDelegate recordAgreementReport(Certificates certificates) {
        return execution -> {
            String report = AGREEMENT_REPORT.getOrDefault(execution, null);
            LocalDate newDue = NEW_AGREEMENT_DUE_ON.getOrDefault(execution, null);
            RuleViolations.run(() -> certificates.recordAgreementReport(CERTIFICATE_ID.get(execution), report, newDue));
            if ("GOOD_CAUSE".equals(report)) {
                AGREEMENT_DUE_ON.set(execution, newDue);
                clear(execution, NEW_AGREEMENT_DUE_ON);
            }
            STATUS.set(execution, certificates.get(CERTIFICATE_ID.get(execution)).status().name());
        };
    }

    /**
     * Task_RecordReinstatementVote (46a-68-68(d)): a reinstated certificate goes to Task_ServeCertificate
     * again (67(c); review M-23), whose form starts blank.
     */
    @Bean
    JavaDelegate recordReinstatementVote(Certificates certificates) {
        return execution -> {
            String id = CERTIFICATE_ID.get(execution);
            boolean reinstated = RuleViolations.get(() -> certificates.recordReinstatementVote(id,
                    REINSTATEMENT_VOTED_ON.getOrDefault(execution, null), REINSTATEMENT_FOR.getOrDefault(execution, -1),
                    REINSTATEMENT_AGAINST.getOrDefault(execution, -1)));
            REINSTATED.set(execution, reinstated);
            STATUS.set(execution, certificates.get(id).status().name());
            clear(execution, AGREEMENT_REPORT, REINSTATEMENT_VOTED_ON, REINSTATEMENT_FOR, REINSTATEMENT_AGAINST);
            if (reinstated) {
                REINSTATED_ON.set(execution, certificates.get(id).reinstatedOn());
                // the ways out start afresh: no petition, request or vote of the earlier standing is kept
                clear(execution, PETITION_RECEIVED_ON, ADDRESSED_TO_CHAIR, PETITION_GROUND, AGREEMENT_TERMS,
                        SIGNED_APPOINTING_AUTHORITY, SIGNED_AA_OFFICER, SIGNED_COMMISSION, WITHDRAWAL_VOTED_ON,
                        WITHDRAWAL_FOR, WITHDRAWAL_AGAINST, WITHDRAWN, AGENCY_RECEIVED_ON);
                for (Certificates.Served party : Certificates.Served.values()) {
                    clear(execution, serviceMethod(party), servedOn(party));
                }
            }
        };
    }

    /** certificate-exemption Task_SaveExemptionDecision (46a-68-70(b), (c)). */
    @Bean
    JavaDelegate recordExemptionDecision(Certificates certificates) {
        return execution -> RuleViolations.run(() -> certificates.recordExemptionDecision(EXEMPTION_ID.get(execution),
                EXEMPTION_ACTION.getOrDefault(execution, null), EXEMPTION_DECIDED_ON.getOrDefault(execution, null)));
    }

    /** certificate-exemption Task_SaveDiscussion (46a-68-70(b)). */
    @Bean
    JavaDelegate recordExemptionDiscussion(Certificates certificates) {
        return execution -> {
            boolean reached = AGREEMENT_REACHED.getOrDefault(execution, false);
            RuleViolations.run(() -> certificates.recordExemptionDiscussion(EXEMPTION_ID.get(execution), reached,
                    DISCUSSION_REPORTED_ON.getOrDefault(execution, null), AGREEMENT_SIGNED.getOrDefault(execution, false)));
            AGREEMENT_REACHED.set(execution, reached);
            if (!reached) {
                clear(execution, EXEMPTION_ACTION, EXEMPTION_DECIDED_ON);
            }
        };
    }

    @SafeVarargs
    private static void clear(DelegateExecution execution, Var<?>... variables) {
        for (Var<?> variable : variables) {
            variable.remove(execution);
        }
    }
}
