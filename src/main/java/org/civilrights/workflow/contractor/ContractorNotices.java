package org.civilrights.workflow.contractor;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.civilrights.workflow.calendar.LegalCalendar;
import org.civilrights.workflow.calendar.LegalPeriod;
import org.civilrights.workflow.process.OfficeClock;
import org.civilrights.workflow.process.RuleChecks;
import org.civilrights.workflow.process.ServedNotices;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Notices of noncompliance issued to contractors (46a-68j-41, 42): issue, the verified statement and
 * the commission's determination, and the list of contractors under notice the commission keeps
 * current (41(c)). Kept in table {@code contractor_notice}; copies sent in {@code proceeding_notice}.
 */
@Service
public class ContractorNotices {

    /** 46a-68j-42(a): the contractor's verified statement within fifteen days after the notice is issued. */
    public static final LegalPeriod STATEMENT_PERIOD = LegalPeriod.days(15);
    /** 46a-68j-42(a), (e): the commission's review within 45 days of issue, or of the receipt of a later statement. */
    public static final LegalPeriod REVIEW_PERIOD = LegalPeriod.days(45);

    public enum Status { IN_EFFECT, RESCINDED }

    public record Notice(String noticeId, String contractor, String fein, String vendorNumber, String awardingAgency,
                         LocalDate issuedOn, LocalDate statementDueOn, LocalDate reviewDueOn, LocalDate statementReceivedOn,
                         String statementKind, Status status, boolean supplementalAllowed, LocalDate determinedOn,
                         boolean reviewOverdue) {
    }

    /**
     * 46a-68j-41(c): who a contractor is: its name, and its federal employer identification number (FEIN)
     * or state vendor number, so the list of contractors under notice is complete and accurate (review D-31).
     */
    public record Contractor(String name, String fein, String vendorNumber) {
    }

    /**
     * A notice of the adverse finding as staff recorded it (46a-68j-43): to whom; what it tells ((a)(1)-(3));
     * the recommendation on a civil action under General Statutes 4a-65, BRING or NOT_BRING ((b)); and
     * whether it requests action with all necessary speed ((c)).
     */
    public record AdverseFinding(List<String> recipients, boolean notComplying, boolean contractVoid,
                                 String enforcedRecommendation, String civilAction, boolean speedyActionRequested) {
        boolean enforcesRecommendation() {
            return enforcedRecommendation != null && !enforcedRecommendation.isBlank();
        }
    }

    /** 46a-68j-42(d), (e): after a refusal, a new request for rescission or a supplemental statement. */
    public static final Set<String> LATER_STATEMENTS = Set.of("NEW_REQUEST", "SUPPLEMENTAL");

    /** 46a-68j-43(b): a civil action to be brought, or not, against the administrative head of the awarding agency. */
    public static final Set<String> CIVIL_ACTION = Set.of("BRING", "NOT_BRING");

    /** What the determination found and the three conditions of 42(d) for a supplemental statement. */
    public record Determination(String decision, LocalDate determinedOn, boolean offerSupplemental,
                                boolean substantiallyImplemented, boolean willingnessExpressed, boolean adequateTime) {
    }

    private final JdbcClient jdbc;
    private final LegalCalendar calendar;
    private final OfficeClock clock;
    private final ServedNotices notices;

    ContractorNotices(JdbcClient jdbc, LegalCalendar calendar, OfficeClock clock, ServedNotices notices) {
        this.jdbc = jdbc;
        this.calendar = calendar;
        this.clock = clock;
        this.notices = notices;
    }

    /**
     * 46a-68j-41(a), (b), 42(a): the notice follows a presiding officer's finding and is effective on
     * issue; the statement is due 15 days and the review 45 days after it (neither moved for a closed day:
     * docs/legal-readings.md 2.4). The contractor is named with its FEIN or vendor number (41(c)); one notice
     * stands against a contractor at a time.
     */
    @Transactional
    public Notice issue(Contractor who, String awardingAgency, String presidingOfficer, LocalDate findingOn,
                        LocalDate issuedOn, String processInstanceId) {
        String contractor = who.name();
        RuleChecks checks = new RuleChecks(clock);
        checks.require(contractor != null && !contractor.isBlank(), "contractor: the contractor is required (46a-68j-41(a))");
        String fein = fein(who.fein());
        String vendorNumber = blankToNull(who.vendorNumber());
        checks.require(who.fein() == null || who.fein().isBlank() || fein != null, "contractorFein: a federal employer "
                + "identification number has nine digits, e.g. 06-1234567 (46a-68j-41(c))");
        checks.require(blankToNull(who.fein()) != null || vendorNumber != null, "contractorFein: the contractor's "
                + "FEIN or its vendor number is required, so that the list of contractors under notice is complete and "
                + "accurate (46a-68j-41(c))");
        checks.require(awardingAgency != null && !awardingAgency.isBlank(), "awardingAgency: the awarding agency, who "
                + "receives a copy, is required (46a-68j-41(b))");
        checks.require(presidingOfficer != null && !presidingOfficer.isBlank(), "presidingOfficer: the notice follows a "
                + "presiding officer's finding (46a-68j-41(a))");
        checks.happened(findingOn, "findingOn", "the day of the presiding officer's finding");
        checks.happened(issuedOn, "issuedOn", "the day the notice was issued");
        checks.notBefore(issuedOn, findingOn, "issuedOn", "the notice issues after the finding (46a-68j-41(a))");
        if (contractor != null && !contractor.isBlank()) {
            underNotice(new Contractor(contractor, fein, vendorNumber)).ifPresent(n -> checks.require(false, "contractor: "
                    + contractor.trim() + " is already under a notice of noncompliance, issued " + n.issuedOn() + " to "
                    + n.contractor() + " (46a-68j-41(c))"));
        }
        checks.orThrow();
        String id = contractor.trim() + " notice " + issuedOn;
        jdbc.sql("""
                INSERT INTO contractor_notice (notice_id, contractor, fein, vendor_number, awarding_agency,
                    presiding_officer, finding_on, issued_on, statement_due_on, review_due_on, status, process_instance_id)
                VALUES (:id, :c, :fein, :vendor, :a, :p, :f, :i, :s, :r, 'IN_EFFECT', :pi)
                """)
                .param("id", id).param("c", contractor.trim()).param("fein", fein).param("vendor", vendorNumber)
                .param("a", awardingAgency.trim())
                .param("p", presidingOfficer.trim()).param("f", findingOn).param("i", issuedOn)
                .param("s", calendar.lastDayUnmoved(issuedOn, STATEMENT_PERIOD))
                .param("r", calendar.lastDayUnmoved(issuedOn, REVIEW_PERIOD)).param("pi", processInstanceId).update();
        return get(id);
    }

    /** 46a-68j-41(b), 42(b), (c): a copy of the notice or letter to the awarding agency and the Attorney General. */
    @Transactional
    public void recordCopies(String noticeId, String document, String method, LocalDate agencyCopySentOn,
                             LocalDate attorneyGeneralCopySentOn, String section) {
        Notice notice = get(noticeId);
        RuleChecks checks = new RuleChecks(clock);
        checks.require(method != null && !method.isBlank(), "copyMethod: how the copies were sent is required (46a-68j-41(b), 42(b), (c))");
        checks.happened(agencyCopySentOn, "agencyCopySentOn", "the day the copy went to the awarding agency");
        checks.happened(attorneyGeneralCopySentOn, "attorneyGeneralCopySentOn", "the day the copy went to the Attorney "
                + "General");
        checks.notBefore(agencyCopySentOn, notice.issuedOn(), "agencyCopySentOn", "a copy of what was issued (46a-68j-41(b))");
        checks.notBefore(attorneyGeneralCopySentOn, notice.issuedOn(), "attorneyGeneralCopySentOn", "a copy of what was "
                + "issued (46a-68j-41(b))");
        checks.orThrow();
        notices.record(noticeId, new ServedNotices.Notice(document, notice.awardingAgency(), method, agencyCopySentOn,
                null, section));
        notices.record(noticeId, new ServedNotices.Notice(document, "Attorney General", method,
                attorneyGeneralCopySentOn, null, section));
    }

    /**
     * 46a-68j-43: besides the notice, the commission may tell the awarding agency or other interested
     * persons that the contractor is not complying (a)(1), that a contract made contrary to General Statutes
     * 4a-60 or 46a-71(d) is void (a)(2), or that action be taken to enforce its recommendation under 46a-56(c)
     * (a)(3). Any such notice includes a recommendation that a civil action be brought or not against the
     * administrative head of the awarding agency under 4a-65 (b), and requests that appropriate action be
     * taken with all necessary speed (c, General Statutes 46a-77). Kept in {@code contractor_adverse_finding},
     * each recipient's copy in {@code proceeding_notice} (review M-26).
     */
    @Transactional
    public void notifyAdverseFinding(String noticeId, AdverseFinding finding, String method, LocalDate sentOn) {
        Notice notice = get(noticeId);
        RuleChecks checks = new RuleChecks(clock);
        checks.require(!finding.recipients().isEmpty(), "adverseFindingRecipients: name the awarding agency or other "
                + "interested persons the notice of the adverse finding goes to, one per line (46a-68j-43(a))");
        finding.recipients().stream().filter(r -> r.length() > 200).forEach(r -> checks.require(false,
                "adverseFindingRecipients: '" + r.substring(0, 40) + "...' is longer than 200 characters: one recipient "
                        + "per line (46a-68j-43(a))"));
        checks.require(finding.notComplying() || finding.contractVoid() || finding.enforcesRecommendation(),
                "statesNoncompliance: a notice of the adverse finding tells that the contractor is not complying "
                        + "(46a-68j-43(a)(1)), that a contract made contrary to General Statutes 4a-60 or 46a-71(d) is "
                        + "void (43(a)(2)), or that action be taken to enforce the commission's recommendation under "
                        + "General Statutes 46a-56(c) (43(a)(3))");
        checks.require(CIVIL_ACTION.contains(String.valueOf(finding.civilAction())), "civilActionRecommendation: any "
                + "notice of the adverse finding includes a recommendation that a civil action be brought or not be "
                + "brought against the administrative head of the awarding agency under General Statutes 4a-65 to "
                + "recover the costs of the order or contract (46a-68j-43(b))");
        checks.require(finding.speedyActionRequested(), "speedyActionRequested: the commission requests that "
                + "appropriate action be taken to enforce its recommendation with all necessary speed (46a-68j-43(c), "
                + "General Statutes 46a-77)");
        checks.happened(sentOn, "agencyCopySentOn", "the day the notice of the adverse finding was sent");
        checks.notBefore(sentOn, notice.issuedOn(), "agencyCopySentOn", "the notice of the adverse finding follows the "
                + "presiding officer's finding and the notice of noncompliance (46a-68j-43(a))");
        checks.orThrow();
        boolean bring = "BRING".equals(finding.civilAction());
        jdbc.sql("""
                INSERT INTO contractor_adverse_finding (notice_id, sent_on, method, recipients, not_complying,
                    contract_void, enforced_recommendation, civil_action_recommended, speedy_action_requested)
                VALUES (:id, :on, :m, :r, :nc, :cv, :er, :ca, TRUE)
                """)
                .param("id", noticeId).param("on", sentOn).param("m", method)
                .param("r", String.join("\n", finding.recipients())).param("nc", finding.notComplying())
                .param("cv", finding.contractVoid())
                .param("er", finding.enforcesRecommendation() ? finding.enforcedRecommendation().trim() : null)
                .param("ca", bring).update();
        List<String> tells = new ArrayList<>();
        if (finding.notComplying()) {
            tells.add("contractor not complying");
        }
        if (finding.contractVoid()) {
            tells.add("contract void (4a-60, 46a-71(d))");
        }
        if (finding.enforcesRecommendation()) {
            tells.add("action to enforce the 46a-56(c) recommendation");
        }
        String what = "notice of adverse finding: " + String.join("; ", tells) + "; recommends "
                + (bring ? "a" : "no") + " civil action (4a-65); action requested with all necessary speed (46a-77)";
        for (String recipient : finding.recipients()) {
            notices.record(noticeId, new ServedNotices.Notice(what, recipient, method, sentOn, null, "46a-68j-43"));
        }
    }

    /**
     * 46a-68j-42(a), (d), (e): a verified statement received. Timely (within the 15 days): decided within 45
     * days of issue. After a refusal that allowed it: supplemental, decided within 45 days of receipt. Any
     * other statement after the 15 days comes with a letter explaining the delay and is decided within 45
     * days of its receipt. After a refusal that allowed none, staff say what the contractor submitted
     * ({@code laterStatement}): a new request for rescission (42(e)) is registered; a supplemental statement is
     * declined and the notice remains in effect (42(c), (d); review D-27). Returns the day the determination is
     * due.
     */
    @Transactional
    public LocalDate registerStatement(String noticeId, LocalDate receivedOn, boolean underOath, String letterOfExplanation,
                                       String laterStatement) {
        Notice notice = get(noticeId);
        RuleChecks checks = new RuleChecks(clock);
        if (notice.determinedOn() != null && !notice.supplementalAllowed()) {
            checks.require(LATER_STATEMENTS.contains(String.valueOf(laterStatement)), "laterStatement: after the refusal "
                    + "of " + notice.determinedOn() + ", say whether the contractor submitted a new request for "
                    + "rescission describing the steps taken (42(e)) or a supplemental statement answering the refusal "
                    + "(42(d)) (46a-68j-42(d), (e))");
            checks.require(!"SUPPLEMENTAL".equals(laterStatement), "laterStatement: the refusal of "
                    + notice.determinedOn() + " allowed no supplemental statement; absent the three conditions of "
                    + "46a-68j-42(d) the commission declines to accept one and the notice of noncompliance remains in "
                    + "effect (42(c), (d)); a request for rescission describing the steps taken is a new request (42(e))");
        }
        checks.happened(receivedOn, "statementReceivedOn", "the day the statement was received");
        checks.notBefore(receivedOn, notice.issuedOn(), "statementReceivedOn", "a statement answers the notice issued (46a-68j-42(a))");
        checks.require(underOath, "underOath: the statement is written and under oath (46a-68j-42(a), (d))");
        checks.require(notice.status() == Status.IN_EFFECT, "statementReceivedOn: the notice of " + notice.contractor()
                + " was rescinded on " + notice.determinedOn() + " (46a-68j-42(b))");
        checks.orThrow();
        String kind;
        LocalDate reviewDue;
        if (notice.supplementalAllowed()) {
            kind = "SUPPLEMENTAL";
            reviewDue = calendar.lastDayUnmoved(receivedOn, REVIEW_PERIOD);
        } else if (!receivedOn.isAfter(notice.statementDueOn()) && notice.determinedOn() == null) {
            kind = "TIMELY";
            reviewDue = calendar.lastDayUnmoved(notice.issuedOn(), REVIEW_PERIOD);
        } else {
            kind = "LATE";
            checks.require(letterOfExplanation != null && !letterOfExplanation.isBlank(), "letterOfExplanation: a "
                    + "statement submitted after the fifteen days comes with a letter explaining the reasons for the delay "
                    + "(46a-68j-42(e))");
            checks.orThrow();
            reviewDue = calendar.lastDayUnmoved(receivedOn, REVIEW_PERIOD);
        }
        jdbc.sql("""
                UPDATE contractor_notice SET statement_received_on = :r, statement_kind = :k, review_due_on = :due,
                    supplemental_allowed = FALSE, review_overdue = FALSE WHERE notice_id = :id
                """).param("r", receivedOn).param("k", kind).param("due", reviewDue).param("id", noticeId).update();
        return reviewDue;
    }

    /**
     * 46a-68j-38, 42(a)-(c): staff review the verified statement and recommend rescinding or refusing to rescind
     * the notice, with their reasons; the commission then determines (review D-28).
     */
    @Transactional
    public void recordRecommendation(String noticeId, String recommendation, String reasons, LocalDate recommendedOn) {
        Notice notice = get(noticeId);
        RuleChecks checks = new RuleChecks(clock);
        checks.require("RESCIND".equals(recommendation) || "REFUSE".equals(recommendation), "staffRecommendation: staff "
                + "recommend that the commission rescind the notice (46a-68j-42(b)) or refuse to rescind it (42(c))");
        checks.require(reasons != null && !reasons.isBlank(), "recommendationReasons: the recommendation gives its "
                + "reasons, for the commission's review of the statement (46a-68j-38, 42(a))");
        checks.happened(recommendedOn, "recommendedOn", "the day of the recommendation");
        checks.notBefore(recommendedOn, notice.statementReceivedOn(), "recommendedOn", "staff review the statement "
                + "received (46a-68j-42(a))");
        checks.orThrow();
        jdbc.sql("""
                UPDATE contractor_notice SET staff_recommendation = :r, recommendation_reasons = :why, recommended_on = :on
                WHERE notice_id = :id
                """).param("r", recommendation).param("why", reasons.trim()).param("on", recommendedOn)
                .param("id", noticeId).update();
    }

    /** 46a-68j-42(a), (e): the commission's days ran out without a determination. */
    public void markReviewOverdue(String noticeId) {
        jdbc.sql("UPDATE contractor_notice SET review_overdue = TRUE WHERE notice_id = :id").param("id", noticeId).update();
    }

    /**
     * 46a-68j-42(b)-(d): the commission rescinds when the contractor has adopted policies consistent with the
     * statutes, else refuses; a supplemental statement may be allowed only if all three conditions are met.
     * Returns whether one is allowed.
     */
    @Transactional
    public boolean determine(String noticeId, Determination d) {
        Notice notice = get(noticeId);
        RuleChecks checks = new RuleChecks(clock);
        checks.require("RESCIND".equals(d.decision()) || "REFUSE".equals(d.decision()), "contractorDetermination: "
                + "rescind (46a-68j-42(b)) or refuse to rescind (42(c))");
        checks.happened(d.determinedOn(), "determinedOn", "the day of the determination");
        checks.notBefore(d.determinedOn(), notice.statementReceivedOn(), "determinedOn", "the determination reviews the "
                + "statement received (46a-68j-42(a))");
        boolean supplemental = "REFUSE".equals(d.decision()) && d.offerSupplemental();
        if (supplemental) {
            checks.require(d.substantiallyImplemented() && d.willingnessExpressed() && d.adequateTime(),
                    "offerSupplemental: a supplemental statement may be permitted only if the required steps have been "
                            + "substantially implemented, the contractor has expressed a general willingness, and the "
                            + "commission will have adequate time to decide (46a-68j-42(d)(1)-(3))");
        }
        checks.orThrow();
        jdbc.sql("""
                UPDATE contractor_notice SET status = :s, supplemental_allowed = :sup, determined_on = :on
                WHERE notice_id = :id
                """)
                .param("s", "RESCIND".equals(d.decision()) ? Status.RESCINDED.name() : Status.IN_EFFECT.name())
                .param("sup", supplemental).param("on", d.determinedOn()).param("id", noticeId).update();
        return supplemental;
    }

    /** One monitoring review after a rescission (46a-68j-42(f)). */
    public record MonitoringReview(LocalDate reviewedOn, String findings, boolean concluded, LocalDate nextReviewOn) {
    }

    /**
     * 46a-68j-42(f): "The commission shall closely monitor the contractor's efforts to continue in compliance" once
     * the notice is rescinded (staff monitor, 38(3)). Each review is recorded with its day and what it found, and
     * either the day of the next review, a day to come, or that the monitoring is concluded (review M-29).
     */
    @Transactional
    public void recordMonitoring(String noticeId, MonitoringReview review) {
        Notice notice = get(noticeId);
        RuleChecks checks = new RuleChecks(clock);
        checks.require(notice.status() == Status.RESCINDED, "monitoringReviewedOn: the notice of " + notice.contractor()
                + " is in effect; the monitoring of 46a-68j-42(f) follows its rescission (42(b))");
        checks.happened(review.reviewedOn(), "monitoringReviewedOn", "the day of the monitoring review");
        checks.notBefore(review.reviewedOn(), notice.determinedOn(), "monitoringReviewedOn", "the monitoring follows the "
                + "rescission (46a-68j-42(f))");
        checks.require(review.findings() != null && !review.findings().isBlank(), "monitoringFindings ('What the review "
                + "found'): what the review found of the contractor's efforts to continue in compliance (46a-68j-42(f))");
        if (!review.concluded()) {
            checks.require(review.nextReviewOn() != null && review.nextReviewOn().isAfter(clock.today()),
                    "monitoringNextReviewOn ('Next review on'): the commission closely monitors the contractor "
                            + "(46a-68j-42(f)): set the day of the next review, after today (" + clock.today()
                            + "), or record the monitoring concluded");
        }
        checks.orThrow();
        jdbc.sql("""
                INSERT INTO contractor_monitoring (notice_id, reviewed_on, findings, concluded, next_review_on)
                VALUES (:id, :on, :f, :c, :next)
                """).param("id", noticeId).param("on", review.reviewedOn()).param("f", review.findings().trim())
                .param("c", review.concluded()).param("next", review.concluded() ? null : review.nextReviewOn()).update();
    }

    /** The monitoring reviews of a rescinded notice, oldest first (46a-68j-42(f)). */
    public List<MonitoringReview> monitoring(String noticeId) {
        return jdbc.sql("""
                SELECT reviewed_on, findings, concluded, next_review_on FROM contractor_monitoring
                WHERE notice_id = :id ORDER BY id""").param("id", noticeId)
                .query((rs, i) -> new MonitoringReview(rs.getObject(1, LocalDate.class), rs.getString(2),
                        rs.getBoolean(3), rs.getObject(4, LocalDate.class))).list();
    }

    /** 46a-68j-41(c): the complete and accurate list of contractors under notice, at all times. */
    public List<Notice> underNotice() {
        return jdbc.sql(SELECT + " WHERE status = 'IN_EFFECT' ORDER BY contractor").query(ContractorNotices::notice).list();
    }

    /** 46a-68j-41(a): whether the contractor, known by its name alone, may enter into a contract now. */
    public Optional<Notice> underNotice(String contractor) {
        return underNotice(new Contractor(contractor, null, null));
    }

    /**
     * 46a-68j-41(a), (c): the notice standing against this contractor, if any: the same FEIN or vendor number,
     * or the same name (whatever its case, spacing and punctuation: "ACME, Inc." is "Acme Inc.") unless an
     * identifier both sides know differs (review D-31).
     */
    public Optional<Notice> underNotice(Contractor who) {
        String fein = fein(who.fein());
        String vendor = blankToNull(who.vendorNumber());
        String name = nameKey(who.name());
        return underNotice().stream().filter(n -> {
            boolean sameFein = fein != null && fein.equals(n.fein());
            boolean sameVendor = vendor != null && vendor.equalsIgnoreCase(n.vendorNumber());
            boolean otherId = (fein != null && n.fein() != null && !sameFein)
                    || (vendor != null && n.vendorNumber() != null && !sameVendor);
            return sameFein || sameVendor || (!name.isEmpty() && name.equals(nameKey(n.contractor())) && !otherId);
        }).findFirst();
    }

    /** A FEIN as NN-NNNNNNN, or null when none (or not nine digits) was given. */
    static String fein(String fein) {
        String digits = fein == null ? "" : fein.replaceAll("[\\s-]", "");
        return digits.matches("\\d{9}") ? digits.substring(0, 2) + "-" + digits.substring(2) : null;
    }

    private static String nameKey(String name) {
        return name == null ? "" : name.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    public Notice get(String noticeId) {
        return jdbc.sql(SELECT + " WHERE notice_id = :id").param("id", noticeId).query(ContractorNotices::notice)
                .optional().orElseThrow(() -> new IllegalArgumentException("No notice of noncompliance '" + noticeId + "'"));
    }

    private static final String SELECT = """
            SELECT notice_id, contractor, fein, vendor_number, awarding_agency, issued_on, statement_due_on, review_due_on,
                   statement_received_on, statement_kind, status, supplemental_allowed, determined_on, review_overdue
            FROM contractor_notice""";

    private static Notice notice(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Notice(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getObject(6, LocalDate.class), rs.getObject(7, LocalDate.class), rs.getObject(8, LocalDate.class),
                rs.getObject(9, LocalDate.class), rs.getString(10), Status.valueOf(rs.getString(11)), rs.getBoolean(12),
                rs.getObject(13, LocalDate.class), rs.getBoolean(14));
    }
}
