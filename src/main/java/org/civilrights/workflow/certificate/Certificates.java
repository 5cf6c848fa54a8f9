package org.civilrights.workflow.certificate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.civilrights.workflow.process.OfficeClock;
import org.civilrights.workflow.process.RuleChecks;
import org.civilrights.workflow.process.ServedNotices;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Certificates of noncompliance (46a-68-67 to 70): issue and service, the bar on hiring and promotion,
 * and the three ways out: withdrawal, rescission and, vacancy by vacancy, exemption. The certificate
 * and its state are kept in table {@code noncompliance_certificate}; exemption petitions in
 * {@code certificate_exemption}; the services in {@code proceeding_notice}.
 */
@Service
public class Certificates {

    public enum Status {
        /** Issued and being served; the bar runs from the agency's receipt (67(b)). */
        ISSUED,
        /** The bar holds (67(b)). */
        IN_EFFECT,
        /** Withdrawn on corrected deficiencies, or after an agreement was honored (68(b)). */
        WITHDRAWN,
        /** Withdrawn on an agreement staff monitor; the commission may reinstate it (68(b)(2), (d)). */
        WITHDRAWN_ON_AGREEMENT,
        /**
         * Reinstated by the commission's vote and being served again like the original; the bar runs again
         * from the agency's receipt (68(d), 67(b), (c); review M-23).
         */
        REINSTATED,
        /** Rescinded by the hearing officer or a court (69). */
        RESCINDED,
        /**
         * Withdrawn on an agreement the agency failed; the commission declined to reinstate it, so it stays
         * withdrawn (68(d): the commission "may" reinstate; review W-22).
         */
        REINSTATEMENT_DECLINED
    }

    /** 46a-68-67(c): by any proper officer or indifferent person or by certified mail. */
    public static final Set<String> SERVICE_METHODS = Set.of("PROPER_OFFICER", "INDIFFERENT_PERSON", "CERTIFIED_MAIL");
    static final String SERVICE_RULE = "a proper officer, an indifferent person or certified mail (46a-68-67(c))";
    static final String CERTIFICATE_NOTICE = "certificate of noncompliance";
    /** 46a-68-68(d): served as 67(c) requires (a second reinstatement's service replaces the first's record). */
    static final String REINSTATED_NOTICE = "reinstated certificate of noncompliance";

    /** 46a-68-67(c): the three served, as the notice records name them. */
    public enum Served {
        AGENCY("agency", "the agency"),
        DAS("das", "Department of Administrative Services"),
        OPM("opm", "Office of Policy and Management");

        final String field;
        final String recipient;

        Served(String field, String recipient) {
            this.field = field;
            this.recipient = recipient;
        }
    }

    public record Delivery(String method, LocalDate servedOn) {
    }

    public record Certificate(String certificateId, String agency, String planId, LocalDate votedOn, LocalDate issuedOn,
                              Status status, LocalDate barFrom, LocalDate endedOn, LocalDate agreementDueOn,
                              LocalDate reinstatedOn) {
    }

    /** The answer to "may this agency fill this vacancy now?", with its reasons and sections. */
    public record HiringBar(String agency, String vacancy, boolean mayFill, List<String> reasons, String certificateId,
                            Status status) {
    }

    private final JdbcClient jdbc;
    private final OfficeClock clock;
    private final ServedNotices notices;

    Certificates(JdbcClient jdbc, OfficeClock clock, ServedNotices notices) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.notices = notices;
    }

    /**
     * 46a-68-67(a): a certificate may issue if the agency's plan is disapproved, on the commission's vote,
     * counted as the votes of 68 are (review D-25). The plan is named by its due date; one certificate
     * stands against an agency at a time.
     */
    @Transactional
    public Certificate register(String agency, LocalDate planDueOn, LocalDate votedOn, int votesFor, int votesAgainst,
                                LocalDate issuedOn, String processInstanceId) {
        RuleChecks checks = new RuleChecks(clock);
        checks.require(agency != null && !agency.isBlank(), "agency: the agency is required (46a-68-67(a))");
        checks.require(planDueOn != null, "planDueOn: the due date of the disapproved plan is required (46a-68-67(a))");
        checks.happened(votedOn, "votedOn", "the day the commission voted to issue the certificate");
        checks.require(votesFor >= 0 && votesAgainst >= 0 && votesFor + votesAgainst > 0, "certificateVotesFor: the "
                + "votes of the commissioners present and voting, for and against issuing the certificate, are required "
                + "(46a-68-67(a))");
        checks.require(votesFor < 0 || votesAgainst < 0 || votesFor > votesAgainst, "certificateVotesFor: " + votesFor
                + " for and " + votesAgainst + " against is no majority of the commissioners present and voting: the "
                + "commission has not voted to issue the certificate (46a-68-67(a))");
        checks.happened(issuedOn, "issuedOn", "the day the certificate was issued");
        checks.notBefore(issuedOn, votedOn, "issuedOn", "a certificate issues after the commission's vote (46a-68-67(a))");
        checks.orThrow();
        String planId = agency.trim() + " " + planDueOn;
        Optional<Map<String, Object>> plan = jdbc.sql("SELECT agency, status, decided_on FROM aa_plan WHERE plan_id = :id")
                .param("id", planId).query().listOfRows().stream().findFirst();
        checks.require(plan.isPresent(), "planDueOn: " + agency + " has no plan due on " + planDueOn
                + " in the plan reviews; a certificate may issue only on a disapproved plan (46a-68-67(a))");
        plan.ifPresent(p -> {
            checks.require("DISAPPROVED".equals(p.get("STATUS")), "planDueOn: the plan of " + agency + " due on " + planDueOn
                    + " is " + p.get("STATUS") + ", not disapproved: a certificate may issue only if the plan is "
                    + "disapproved (46a-68-67(a))");
            Object decided = p.get("DECIDED_ON");
            LocalDate decidedOn = decided == null ? null : java.sql.Date.valueOf(decided.toString()).toLocalDate();
            checks.notBefore(votedOn, decidedOn, "votedOn", "the certificate follows the disapproval (46a-68-67(a))");
        });
        checks.require(standing(agency.trim()).isEmpty(), "agency: " + agency + " already has a certificate of "
                + "noncompliance standing (46a-68-67(b))");
        checks.orThrow();
        String id = agency.trim() + " certificate " + issuedOn;
        jdbc.sql("""
                INSERT INTO noncompliance_certificate (certificate_id, agency, plan_id, voted_on, votes_for, votes_against,
                    issued_on, status, process_instance_id)
                VALUES (:id, :agency, :plan, :voted, :for, :against, :issued, 'ISSUED', :pi)
                """)
                .param("id", id).param("agency", agency.trim()).param("plan", planId).param("voted", votedOn)
                .param("for", votesFor).param("against", votesAgainst)
                .param("issued", issuedOn).param("pi", processInstanceId).update();
        return get(id);
    }

    /**
     * 46a-68-67(b), (c): the certificate served on the agency, DAS and OPM, each by a permitted method;
     * the bar takes effect on the agency's receipt. A certificate the commission reinstated is served the
     * same way, after the vote, and its bar runs again from the agency's receipt (68(d); review M-23).
     */
    @Transactional
    public void recordService(String certificateId, Map<Served, Delivery> served, LocalDate agencyReceivedOn) {
        Certificate certificate = get(certificateId);
        boolean reinstated = certificate.status() == Status.REINSTATED;
        RuleChecks checks = new RuleChecks(clock);
        checks.require(certificate.status() == Status.ISSUED || reinstated, "agencyServedOn: certificate " + certificateId
                + " is " + certificate.status() + "; a certificate is served when issued (46a-68-67(c)) or reinstated "
                + "(68(d))");
        LocalDate from = reinstated ? certificate.reinstatedOn() : certificate.issuedOn();
        String order = reinstated ? "service follows the vote of " + from + " that reinstated the certificate "
                + "(46a-68-68(d), 67(c))" : "service follows the issue of " + from + " (46a-68-67(c))";
        for (Served party : Served.values()) {
            Delivery service = served.get(party);
            String method = service == null ? null : service.method();
            checks.require(method != null && SERVICE_METHODS.contains(method), party.field + "ServiceMethod: "
                    + party.recipient + " is served by " + SERVICE_RULE);
            LocalDate on = checks.happened(service == null ? null : service.servedOn(), party.field + "ServedOn",
                    "the day " + party.recipient + " was served");
            checks.notBefore(on, from, party.field + "ServedOn", order);
        }
        checks.happened(agencyReceivedOn, "agencyReceivedOn", "the day the agency received the certificate (46a-68-67(b))");
        Delivery agency = served.get(Served.AGENCY);
        checks.notBefore(agencyReceivedOn, agency == null ? null : agency.servedOn(), "agencyReceivedOn",
                "the agency receives the certificate when or after it is served (46a-68-67(b), (c))");
        checks.orThrow();
        for (Served party : Served.values()) {
            Delivery service = served.get(party);
            String recipient = party == Served.AGENCY ? certificate.agency() : party.recipient;
            LocalDate receivedOn = party == Served.AGENCY ? agencyReceivedOn : null;
            notices.record(certificateId, reinstated
                    ? new ServedNotices.Notice(REINSTATED_NOTICE, recipient, service.method(), service.servedOn(), receivedOn,
                            "46a-68-67(c), 68(d)")
                    : new ServedNotices.Notice(CERTIFICATE_NOTICE, recipient, service.method(), service.servedOn(), receivedOn,
                            "46a-68-67(c)"));
        }
        jdbc.sql("UPDATE noncompliance_certificate SET status = 'IN_EFFECT', bar_from = :from WHERE certificate_id = :id")
                .param("from", agencyReceivedOn).param("id", certificateId).update();
    }

    /** A petition for withdrawal as staff recorded it (46a-68-68(a)-(c)). */
    public record WithdrawalPetition(LocalDate receivedOn, boolean addressedToChair, String ground, String agreementTerms,
                                     LocalDate agreementDueOn, boolean signedByAppointingAuthority,
                                     boolean signedByAffirmativeActionOfficer, boolean signedByCommission) {
        boolean onAgreement() {
            return "AGREEMENT".equals(ground);
        }
    }

    /**
     * 46a-68-68(a)-(c): a petition addressed to the chairperson, showing corrected deficiencies (b)(1) or
     * resting on a written agreement with time frames (b)(2), signed by the agency appointing authority,
     * its affirmative action officer and a representative of the commission (c).
     */
    public void checkWithdrawalPetition(String certificateId, WithdrawalPetition petition) {
        Certificate certificate = get(certificateId);
        RuleChecks checks = new RuleChecks(clock);
        checks.require(certificate.status() == Status.IN_EFFECT, "petitionReceivedOn: certificate " + certificateId
                + " is " + certificate.status() + "; only a standing certificate can be withdrawn (46a-68-68(a))");
        checks.happened(petition.receivedOn(), "petitionReceivedOn", "the day the petition was received");
        checks.notBefore(petition.receivedOn(), certificate.issuedOn(), "petitionReceivedOn",
                "an agency receiving a certificate petitions for its withdrawal (46a-68-68(a))");
        checks.require(petition.addressedToChair(), "addressedToChair: a petition for withdrawal is addressed to the "
                + "chairperson of the commission (46a-68-68(a))");
        checks.require("CORRECTED".equals(petition.ground()) || petition.onAgreement(), "petitionGround: corrected "
                + "deficiencies (46a-68-68(b)(1)) or an agreement with time frames (68(b)(2))");
        if (petition.onAgreement()) {
            checks.require(petition.agreementTerms() != null && !petition.agreementTerms().isBlank(),
                    "agreementTerms: the agreement is in writing (46a-68-68(c))");
            checks.require(petition.agreementDueOn() != null && petition.receivedOn() != null
                    && petition.agreementDueOn().isAfter(petition.receivedOn()), "agreementDueOn: the agreement brings "
                    + "the agency into compliance within specified time frames, after the petition (46a-68-68(b)(2))");
            checks.require(petition.signedByAppointingAuthority() && petition.signedByAffirmativeActionOfficer()
                    && petition.signedByCommission(), "agreementSigned: the agreement is signed by the agency "
                    + "appointing authority, the affirmative action officer and a representative of the commission "
                    + "(46a-68-68(c))");
        }
        checks.orThrow();
    }

    /**
     * 46a-68-68(a): withdrawn by a majority vote of the commissioners present and voting. Returns whether
     * the certificate was withdrawn; on an agreement it stays under the staff's monitoring (68(d)).
     */
    @Transactional
    public boolean recordWithdrawalVote(String certificateId, WithdrawalPetition petition, LocalDate votedOn,
                                        int votesFor, int votesAgainst) {
        Certificate certificate = get(certificateId);
        RuleChecks checks = new RuleChecks(clock);
        checks.happened(votedOn, "withdrawalVotedOn", "the day of the vote");
        checks.notBefore(votedOn, petition.receivedOn(), "withdrawalVotedOn", "the commission votes on a petition it "
                + "received (46a-68-68(a))");
        checkVotes(checks, votesFor, votesAgainst, "withdrawal");
        checks.orThrow();
        boolean withdrawn = votesFor > votesAgainst;
        if (withdrawn) {
            jdbc.sql("""
                    UPDATE noncompliance_certificate SET status = :s, ended_on = :on, agreement = :a, agreement_due_on = :due
                    WHERE certificate_id = :id
                    """)
                    .param("s", (petition.onAgreement() ? Status.WITHDRAWN_ON_AGREEMENT : Status.WITHDRAWN).name())
                    .param("on", votedOn).param("a", petition.onAgreement() ? petition.agreementTerms() : null)
                    .param("due", petition.onAgreement() ? petition.agreementDueOn() : null)
                    .param("id", certificate.certificateId()).update();
        }
        return withdrawn;
    }

    private static void checkVotes(RuleChecks checks, int votesFor, int votesAgainst, String what) {
        checks.require(votesFor >= 0 && votesAgainst >= 0 && votesFor + votesAgainst > 0, what + "VotesFor: the votes of "
                + "the commissioners present and voting, for and against, are required (46a-68-68)");
    }

    /**
     * 46a-68-69(a), (b): upon receipt of a request for rescission, the chairperson appoints a hearing officer
     * (any commissioner records it; the appointment must be the chairperson's, review D-24).
     */
    @Transactional
    public void recordHearingOfficer(String certificateId, LocalDate requestedOn, String hearingOfficer,
                                     LocalDate appointedOn, boolean appointedByChair) {
        Certificate certificate = get(certificateId);
        RuleChecks checks = new RuleChecks(clock);
        checks.require(certificate.status() == Status.IN_EFFECT, "rescissionRequestedOn: certificate " + certificateId
                + " is " + certificate.status() + "; only a standing certificate can be rescinded (46a-68-69(a))");
        checks.happened(requestedOn, "rescissionRequestedOn", "the day of the request for rescission");
        checks.notBefore(requestedOn, certificate.issuedOn(), "rescissionRequestedOn", "an agency receiving a "
                + "certificate requests its rescission (46a-68-69(a))");
        checks.require(hearingOfficer != null && !hearingOfficer.isBlank(), "hearingOfficer: the chairperson appoints a "
                + "hearing officer (46a-68-69(b))");
        checks.require(appointedByChair, "appointedByChair: the hearing officer is appointed by the chairperson of the "
                + "commission (46a-68-69(b))");
        checks.happened(appointedOn, "hearingOfficerAppointedOn", "the day the hearing officer was appointed");
        checks.notBefore(appointedOn, requestedOn, "hearingOfficerAppointedOn", "appointed upon receipt of the request "
                + "(46a-68-69(b))");
        checks.orThrow();
        jdbc.sql("UPDATE noncompliance_certificate SET hearing_officer = :h WHERE certificate_id = :id")
                .param("h", hearingOfficer.trim()).param("id", certificateId).update();
    }

    /**
     * 46a-68-69(b), (c): the hearing officer's final order: rescinded when the commission is unable to show
     * cause why the certificate should continue.
     */
    @Transactional
    public void recordRescissionOrder(String certificateId, LocalDate appointedOn, LocalDate orderOn, String result) {
        RuleChecks checks = new RuleChecks(clock);
        checks.happened(orderOn, "orderIssuedOn", "the day of the final order");
        checks.notBefore(orderOn, appointedOn, "orderIssuedOn", "the hearing officer's order follows the appointment (46a-68-69(b))");
        checks.require("RESCINDED".equals(result) || "CONTINUED".equals(result), "hearingResult: rescinded (the "
                + "commission could not show cause) or continued (46a-68-69(b))");
        checks.orThrow();
        if ("RESCINDED".equals(result)) {
            end(certificateId, Status.RESCINDED, orderOn);
        }
    }

    /** 46a-68-69(d), 67(b)(2): the final order appealed; a court may rescind the certificate. */
    @Transactional
    public void recordAppeal(String certificateId, String outcome, LocalDate decidedOn) {
        RuleChecks checks = new RuleChecks(clock);
        checks.require(Set.of("COURT_RESCINDED", "AFFIRMED", "NO_APPEAL").contains(String.valueOf(outcome)),
                "appealOutcome: rescinded by the court, order affirmed, or no appeal (46a-68-69(d))");
        if ("COURT_RESCINDED".equals(outcome)) {
            checks.happened(decidedOn, "appealDecidedOn", "the day of the court's decision");
        }
        checks.orThrow();
        if ("COURT_RESCINDED".equals(outcome)) {
            end(certificateId, Status.RESCINDED, decidedOn);
        }
    }

    /** 46a-68-69(d): what became of an appeal from the hearing officer's final order rescinding the certificate. */
    public static final Set<String> RESCISSION_APPEAL_OUTCOMES = Set.of("NO_APPEAL", "AFFIRMED", "REVERSED");

    /**
     * 46a-68-69(b), (d), 67(b)(2): a final order rescinding the certificate may be appealed as well; when a court
     * reverses it, the certificate stands again (IN_EFFECT, its bar from the agency's receipt as before) and the
     * ways out start afresh (review D-24). No period for the appeal is counted: it is the statute's (46a-95, 4-183).
     */
    @Transactional
    public void recordAppealFromRescission(String certificateId, String outcome, LocalDate decidedOn) {
        Certificate certificate = get(certificateId);
        RuleChecks checks = new RuleChecks(clock);
        checks.require(certificate.status() == Status.RESCINDED, "rescissionAppealOutcome: certificate " + certificateId
                + " is " + certificate.status() + "; only a rescission is appealed here (46a-68-69(d))");
        checks.require(RESCISSION_APPEAL_OUTCOMES.contains(String.valueOf(outcome)), "rescissionAppealOutcome: no appeal, "
                + "the rescission affirmed, or reversed by the court (46a-68-69(d))");
        if (!"NO_APPEAL".equals(outcome)) {
            checks.happened(decidedOn, "rescissionAppealDecidedOn", "the day of the court's decision");
            checks.notBefore(decidedOn, certificate.endedOn(), "rescissionAppealDecidedOn", "the court reviews the final "
                    + "order of " + certificate.endedOn() + " (46a-68-69(d))");
        }
        checks.orThrow();
        if ("REVERSED".equals(outcome)) {
            jdbc.sql("UPDATE noncompliance_certificate SET status = 'IN_EFFECT', ended_on = NULL WHERE certificate_id = :id")
                    .param("id", certificateId).update();
        }
    }

    /**
     * 46a-68-70(a): a petition for a certificate of exemption for one vacancy, served upon the commission
     * in a manner of 67(c), which the petition states; one petition per vacancy at a time.
     */
    @Transactional
    public long openExemption(String certificateId, String vacancy, LocalDate servedOn, String method,
                              boolean petitionStatesService) {
        Certificate certificate = get(certificateId);
        RuleChecks checks = new RuleChecks(clock);
        checks.require(certificate.status() == Status.IN_EFFECT, "vacancy: certificate " + certificateId + " is "
                + certificate.status() + "; an exemption is needed only while the bar holds (46a-68-70(a))");
        checks.require(vacancy != null && !vacancy.isBlank(), "vacancy: the vacancy (position or position "
                + "classification) is required: a separate certificate of exemption for each vacancy (46a-68-70(a))");
        checks.happened(servedOn, "exemptionServedOn", "the day the petition was served upon the commission");
        checks.notBefore(servedOn, certificate.issuedOn(), "exemptionServedOn", "an agency receiving a certificate "
                + "petitions (46a-68-70(a))");
        checks.require(method != null && SERVICE_METHODS.contains(method), "exemptionServiceMethod: the petition is "
                + "served upon the commission by " + SERVICE_RULE + ", as 46a-68-70(a) requires");
        checks.require(petitionStatesService, "petitionStatesService: the petition states how it was served "
                + "(46a-68-70(a))");
        if (vacancy != null && !vacancy.isBlank()) {
            Optional<String> open = jdbc.sql("""
                    SELECT status FROM certificate_exemption WHERE certificate_id = :id AND vacancy_key = :v
                    AND status IN ('PENDING', 'REFERRED', 'GRANTED')
                    """).param("id", certificateId).param("v", vacancyKey(vacancy)).query(String.class).optional();
            checks.require(open.isEmpty(), "vacancy: '" + vacancy.trim() + "' already has a petition "
                    + open.map(s -> s.toLowerCase(Locale.ROOT)).orElse("") + " (46a-68-70(a): one certificate per vacancy)");
        }
        checks.orThrow();
        jdbc.sql("""
                INSERT INTO certificate_exemption (certificate_id, vacancy, vacancy_key, served_on, status)
                VALUES (:id, :v, :k, :on, 'PENDING')
                """)
                .param("id", certificateId).param("v", vacancy.trim()).param("k", vacancyKey(vacancy)).param("on", servedOn)
                .update();
        notices.record(certificateId, new ServedNotices.Notice("petition for a certificate of exemption: " + vacancy.trim(),
                "Commission on Human Rights and Opportunities", method, servedOn, null, "46a-68-70(a)"));
        return jdbc.sql("SELECT MAX(id) FROM certificate_exemption WHERE certificate_id = :id AND vacancy_key = :k")
                .param("id", certificateId).param("k", vacancyKey(vacancy)).query(Long.class).single();
    }

    /** 46a-68-70(b), (c): referred to the commission, or the emergency finding of DAS and OPM. */
    @Transactional
    public void recordExemptionDecision(long exemptionId, String action, LocalDate decidedOn) {
        RuleChecks checks = new RuleChecks(clock);
        checks.require(Set.of("REFERRED", "GRANTED", "DENIED").contains(String.valueOf(action)), "exemptionAction: "
                + "referred to the commission (46a-68-70(b)), exemption granted or denied (70(c))");
        checks.happened(decidedOn, "exemptionDecidedOn", "the day DAS and OPM acted");
        checks.orThrow();
        setExemption(exemptionId, action, "REFERRED".equals(action) ? null : decidedOn);
    }

    /** 46a-68-70(b): the discussion's result reported to DAS and OPM; an agreement in writing, signed by the three. */
    @Transactional
    public void recordExemptionDiscussion(long exemptionId, boolean agreementReached, LocalDate reportedOn,
                                          boolean signedByTheThree) {
        RuleChecks checks = new RuleChecks(clock);
        checks.happened(reportedOn, "discussionReportedOn", "the day the results were reported to DAS and OPM "
                + "(46a-68-70(b))");
        checks.require(!agreementReached || signedByTheThree, "agreementSigned: an agreement is in writing and signed by "
                + "the agency appointing authority, the affirmative action officer and a representative of the "
                + "commission (46a-68-70(b))");
        checks.orThrow();
        if (agreementReached) {
            setExemption(exemptionId, "OBVIATED", reportedOn);
        }
    }

    private void setExemption(long exemptionId, String status, LocalDate decidedOn) {
        jdbc.sql("UPDATE certificate_exemption SET status = :s, decided_on = :on WHERE id = :id")
                .param("s", status).param("on", decidedOn).param("id", exemptionId).update();
    }

    /** 46a-68-67(b): with the certificate withdrawn or rescinded, pending exemption petitions are moot. */
    @Transactional
    public void closePendingExemptions(String certificateId) {
        jdbc.sql("""
                UPDATE certificate_exemption SET status = 'MOOT', decided_on = :on
                WHERE certificate_id = :id AND status IN ('PENDING', 'REFERRED')
                """).param("on", clock.today()).param("id", certificateId).update();
    }

    /**
     * 46a-68-68(c), (d): the staff's report on the agreement: honored (the withdrawal stands for good),
     * failed without good cause (to the commission), or good cause shown and a new time frame.
     */
    @Transactional
    public void recordAgreementReport(String certificateId, String report, LocalDate newDueOn) {
        RuleChecks checks = new RuleChecks(clock);
        checks.require(Set.of("HONORED", "FAILED", "GOOD_CAUSE").contains(String.valueOf(report)), "agreementReport: "
                + "honored, failed, or good cause shown (46a-68-68(c), (d))");
        if ("GOOD_CAUSE".equals(report)) {
            checks.require(newDueOn != null && newDueOn.isAfter(clock.today()), "newAgreementDueOn: for good cause shown "
                    + "the agreement needs a new time frame, after today (46a-68-68(c))");
        }
        checks.orThrow();
        if ("HONORED".equals(report)) {
            jdbc.sql("UPDATE noncompliance_certificate SET status = 'WITHDRAWN' WHERE certificate_id = :id")
                    .param("id", certificateId).update();
        } else if ("GOOD_CAUSE".equals(report)) {
            jdbc.sql("UPDATE noncompliance_certificate SET agreement_due_on = :d WHERE certificate_id = :id")
                    .param("d", newDueOn).param("id", certificateId).update();
        }
    }

    /**
     * 46a-68-68(d): the commission may reinstate the certificate by a majority of those present and
     * voting. The reinstated certificate is then served on the agency, DAS and OPM like the original
     * ({@link #recordService}, 67(c)); the bar runs again from the agency's receipt (67(b); review M-23).
     */
    @Transactional
    public boolean recordReinstatementVote(String certificateId, LocalDate votedOn, int votesFor, int votesAgainst) {
        Certificate certificate = get(certificateId);
        RuleChecks checks = new RuleChecks(clock);
        checks.require(certificate.status() == Status.WITHDRAWN_ON_AGREEMENT, "reinstatementVotedOn: only a certificate "
                + "withdrawn on an agreement can be reinstated (46a-68-68(d)); " + certificateId + " is "
                + certificate.status());
        checks.happened(votedOn, "reinstatementVotedOn", "the day of the vote");
        checkVotes(checks, votesFor, votesAgainst, "reinstatement");
        checks.notBefore(votedOn, certificate.endedOn(), "reinstatementVotedOn", "the commission reinstates a certificate "
                + "it withdrew (46a-68-68(d))");
        checks.orThrow();
        boolean reinstated = votesFor > votesAgainst;
        if (reinstated) {
            // the bar does not run again until the agency receives the reinstated certificate (67(b))
            jdbc.sql("""
                    UPDATE noncompliance_certificate SET status = :s, reinstated_on = :on, bar_from = NULL, ended_on = NULL
                    WHERE certificate_id = :id
                    """).param("s", Status.REINSTATED.name()).param("on", votedOn).param("id", certificateId).update();
        } else {
            // 68(d) "may reinstate": a declined reinstatement leaves the certificate withdrawn for good (review W-22)
            jdbc.sql("UPDATE noncompliance_certificate SET status = :s WHERE certificate_id = :id")
                    .param("s", Status.REINSTATEMENT_DECLINED.name()).param("id", certificateId).update();
        }
        return reinstated;
    }

    private void end(String certificateId, Status status, LocalDate on) {
        jdbc.sql("UPDATE noncompliance_certificate SET status = :s, ended_on = :on WHERE certificate_id = :id")
                .param("s", status.name()).param("on", on).param("id", certificateId).update();
    }

    /**
     * 46a-68-67(b), 70: whether the agency may fill the vacancy by hire or promotion today, and why. The
     * bar holds from the agency's receipt of the certificate until it is withdrawn or rescinded; a
     * certificate of exemption lifts it for its one vacancy.
     */
    public HiringBar hiringBar(String agency, String vacancy) {
        String name = agency == null ? "" : agency.trim();
        Optional<Certificate> latest = jdbc.sql(SELECT + " WHERE LOWER(agency) = LOWER(:a) ORDER BY issued_on DESC, "
                        + "certificate_id DESC LIMIT 1")
                .param("a", name).query(Certificates::certificate).optional();
        List<String> reasons = new ArrayList<>();
        if (latest.isEmpty()) {
            reasons.add("No certificate of noncompliance has been issued to " + name + " (46a-68-67).");
            return new HiringBar(name, vacancy, true, reasons, null, null);
        }
        Certificate c = latest.get();
        LocalDate today = clock.today();
        boolean barred = false;
        switch (c.status()) {
            case ISSUED -> reasons.add("Certificate " + c.certificateId() + " was issued on " + c.issuedOn()
                    + " and is not yet received: the bar runs from the agency's receipt (46a-68-67(b)).");
            case REINSTATED -> reasons.add("Certificate " + c.certificateId() + " was reinstated by the commission's vote "
                    + "on " + c.reinstatedOn() + " and is not yet received: the bar runs again from the agency's receipt "
                    + "of the reinstated certificate (46a-68-67(b), 68(d)).");
            case WITHDRAWN -> reasons.add("Certificate " + c.certificateId() + " was withdrawn on " + c.endedOn()
                    + " (46a-68-67(b)(1), 68).");
            case WITHDRAWN_ON_AGREEMENT -> reasons.add("Certificate " + c.certificateId() + " was withdrawn on "
                    + c.endedOn() + " on an agreement due " + c.agreementDueOn() + ", which staff monitor; the "
                    + "commission may reinstate it if the agency fails the agreement (46a-68-68(b)(2), (d)).");
            case RESCINDED -> reasons.add("Certificate " + c.certificateId() + " was rescinded on " + c.endedOn()
                    + " (46a-68-67(b)(2), 69).");
            case REINSTATEMENT_DECLINED -> reasons.add("Certificate " + c.certificateId() + " was withdrawn on "
                    + c.endedOn() + " on an agreement the agency did not honor; the commission declined to reinstate it, "
                    + "so it stays withdrawn (46a-68-68(d)).");
            case IN_EFFECT -> {
                if (c.barFrom() != null && !c.barFrom().isAfter(today)) {
                    Optional<Map<String, Object>> exemption = exemption(c.certificateId(), vacancy);
                    String status = exemption.map(e -> (String) e.get("STATUS")).orElse("");
                    if ("GRANTED".equals(status)) {
                        reasons.add("Certificate " + c.certificateId() + " bars hiring and promotion since "
                                + c.barFrom() + ", but a certificate of exemption was granted for vacancy '"
                                + exemption.get().get("VACANCY") + "' on " + exemption.get().get("DECIDED_ON")
                                + " (46a-68-67(b)(3), 70(c)).");
                    } else {
                        barred = true;
                        reasons.add("Certificate " + c.certificateId() + ", received on " + c.barFrom() + ", bars "
                                + c.agency() + " from filling any position or position classification by hire or "
                                + "promotion until it is withdrawn or rescinded, or the vacancy exempted (46a-68-67(b)).");
                        if (Set.of("PENDING", "REFERRED").contains(status)) {
                            reasons.add("A petition for a certificate of exemption for this vacancy is before DAS and "
                                    + "OPM (46a-68-70).");
                        }
                    }
                }
            }
        }
        return new HiringBar(c.agency(), vacancy, !barred, reasons, c.certificateId(), c.status());
    }

    /** The certificates that bar an agency today, for the staff's view. */
    public List<Certificate> standingCertificates() {
        return jdbc.sql(SELECT + " WHERE status IN ('ISSUED', 'IN_EFFECT', 'WITHDRAWN_ON_AGREEMENT', 'REINSTATED') "
                        + "ORDER BY agency")
                .query(Certificates::certificate).list();
    }

    public record Exemption(String vacancy, LocalDate servedOn, String status, LocalDate decidedOn) {
    }

    public List<Exemption> exemptions(String certificateId) {
        return jdbc.sql("""
                SELECT vacancy, served_on, status, decided_on FROM certificate_exemption WHERE certificate_id = :id
                ORDER BY id
                """).param("id", certificateId)
                .query((rs, i) -> new Exemption(rs.getString(1), rs.getObject(2, LocalDate.class), rs.getString(3),
                        rs.getObject(4, LocalDate.class))).list();
    }

    private Optional<Map<String, Object>> exemption(String certificateId, String vacancy) {
        if (vacancy == null || vacancy.isBlank()) {
            return Optional.empty();
        }
        return jdbc.sql("""
                SELECT vacancy, status, decided_on FROM certificate_exemption WHERE certificate_id = :id
                AND vacancy_key = :k ORDER BY id DESC LIMIT 1
                """).param("id", certificateId).param("k", vacancyKey(vacancy)).query().listOfRows().stream().findFirst();
    }

    /** Vacancies compare without regard to case and spacing: "Clerk Typist #1204" = "clerk  typist #1204". */
    static String vacancyKey(String vacancy) {
        return vacancy.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private static final String SELECT = """
            SELECT certificate_id, agency, plan_id, voted_on, issued_on, status, bar_from, ended_on, agreement_due_on,
                   reinstated_on
            FROM noncompliance_certificate""";

    private static Certificate certificate(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Certificate(rs.getString(1), rs.getString(2), rs.getString(3), rs.getObject(4, LocalDate.class),
                rs.getObject(5, LocalDate.class), Status.valueOf(rs.getString(6)), rs.getObject(7, LocalDate.class),
                rs.getObject(8, LocalDate.class), rs.getObject(9, LocalDate.class), rs.getObject(10, LocalDate.class));
    }

    private Optional<Certificate> standing(String agency) {
        return jdbc.sql(SELECT + " WHERE LOWER(agency) = LOWER(:a) AND status IN ('ISSUED', 'IN_EFFECT', 'REINSTATED')")
                .param("a", agency).query(Certificates::certificate).optional();
    }

    public Certificate get(String certificateId) {
        return jdbc.sql(SELECT + " WHERE certificate_id = :id").param("id", certificateId)
                .query(Certificates::certificate).optional()
                .orElseThrow(() -> new IllegalArgumentException("No certificate of noncompliance '" + certificateId + "'"));
    }
}
