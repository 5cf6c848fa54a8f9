package org.civilrights.workflow.complaint;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.civilrights.workflow.calendar.LegalCalendar;
import org.civilrights.workflow.calendar.LegalPeriod;
import org.civilrights.workflow.process.OfficeClock;
import org.springframework.stereotype.Service;

/**
 * What can happen to an open complaint at any stage: withdrawal (46a-54-68a), release of
 * jurisdiction (66a) and suspension for another forum (64a).
 */
@Service
public class CaseEvents {

    /** 46a-54-66a(b): the 210 days from the filing of the complaint. */
    public static final LegalPeriod RELEASE_PERIOD = LegalPeriod.days(210);
    /** 46a-54-64a(a), (e): the forums for which processing may (or, for an ADEA action, must) be suspended. */
    public static final Set<String> FORUMS = Set.of("ARBITRATION", "SUPERIOR_COURT_46A_98A", "SUPERIOR_COURT_46A_99",
            "OTHER_AGENCY_OR_COURT", "ADEA_COURT_ACTION");

    private final ComplaintRecords records;
    private final LegalCalendar calendar;
    private final OfficeClock clock;
    private final PartyNotices notices;
    private final CaseFile caseFile;

    CaseEvents(ComplaintRecords records, LegalCalendar calendar, OfficeClock clock, PartyNotices notices,
               CaseFile caseFile) {
        this.records = records;
        this.caseFile = caseFile;
        this.calendar = calendar;
        this.clock = clock;
        this.notices = notices;
    }

    /**
     * 46a-54-68a(a): a withdrawal, with or without settlement, must state that it is a knowing and
     * voluntary act undertaken without duress, and give its reasons.
     */
    public void checkWithdrawal(LocalDate receivedOn, Boolean voluntary, String reasons) {
        List<String> problems = new ArrayList<>();
        if (receivedOn == null || receivedOn.isAfter(clock.today())) {
            problems.add("receivedOn: the day the withdrawal was received is required and cannot be in the future");
        }
        if (!Boolean.TRUE.equals(voluntary)) {
            problems.add("voluntaryStatement: a withdrawal must state that it is a knowing and voluntary act undertaken "
                    + "without duress (46a-54-68a(a))");
        }
        if (reasons == null || reasons.isBlank()) {
            problems.add("withdrawalReasons: a withdrawal must give its reasons (46a-54-68a(a))");
        }
        if (!problems.isEmpty()) {
            throw new InvalidFilingException(problems);
        }
    }

    /** 46a-54-68a: the complaint is closed as withdrawn. */
    public void closeWithdrawn(String docket) {
        records.setDisposition(docket, Disposition.WITHDRAWN, clock.today());
    }

    /** 46a-54-68a(b), 40a, 41a: the commission substitutes itself and proceeds upon the complaint. */
    public void recordSubstitution(String docket) {
        notices.serveOnParties(docket, "Commission substituted as complaining party", "CERTIFIED_MAIL", clock.today(),
                "46a-54-40a, 41a");
    }

    /**
     * 46a-54-66a(b): whether a request for a release came before the 210 days from filing ran out.
     * Day 210 itself is still before the expiration. The day is not moved to an open day: 20a lets a party
     * act on the next open day when its last day to act is closed; it does not postpone the complainant's
     * own right under (b)(2), which arises when the 210 days expire (review F15).
     */
    public boolean requestedWithin210Days(String docket, LocalDate requestedOn) {
        clock.requireHappened(requestedOn, "receivedOn: the day the request for a release was received is "
                    + "required and cannot be in the future (46a-54-66a)");
        LocalDate end = calendar.lastDayUnmoved(records.get(docket).filedOn(), RELEASE_PERIOD);
        return !requestedOn.isAfter(end);
    }

    /**
     * 46a-54-66a(d): after a merit assessment dismissal (46a-83(b)) the executive director may grant a
     * release requested while the complainant's request for reconsideration is pending (d)(2), or not later
     * than fifteen days after receipt of the notice granting or denying it (d)(1) (receipt presumed three
     * days after mailing, 46a-54-61a). Read from the case record: the dismissal's notice, the request
     * received in time, and the notice of the decision.
     */
    public boolean releaseAfterMeritReconsideration(String docket, LocalDate requestedOn) {
        List<CaseFile.ServedNotice> served = caseFile.notices(docket);
        LocalDate dismissed = served.stream()
                .filter(n -> n.notice().startsWith(Disposition.MERIT_ASSESSMENT_DISMISSAL.label()))
                .map(CaseFile.ServedNotice::sentOn).max(LocalDate::compareTo).orElse(null);
        if (dismissed == null || requestedOn == null) {
            return false;
        }
        boolean requested = caseFile.deadlines(docket).stream()
                .anyMatch(d -> d.deadline().equals(Reconsideration.DEADLINE) && d.status() == CaseFile.DeadlineStatus.MET
                        && !d.closedOn().isBefore(dismissed));
        if (!requested) {
            return false;
        }
        LocalDate decisionMailed = served.stream()
                .filter(n -> n.notice().equals("Reconsideration granted") || n.notice().equals("Reconsideration rejected"))
                .map(CaseFile.ServedNotice::sentOn).filter(on -> !on.isBefore(dismissed))
                .max(LocalDate::compareTo).orElse(null);
        if (decisionMailed == null || requestedOn.isBefore(decisionMailed)) {
            return true;
        }
        return !requestedOn.isAfter(calendar.dueDate(calendar.presumedReceipt(decisionMailed),
                Reconsideration.RELEASE_REQUEST_WINDOW));
    }

    /**
     * 46a-54-66a(a), (e), 67a(e): the executive director's decision on a release. A release the rule
     * requires may be declined or deferred only as 46a-101(c) allows, with the reason stated; a
     * release the rule does not allow cannot be granted.
     */
    public void decideRelease(String docket, String rule, String decision, String reasons) {
        List<String> problems = new ArrayList<>();
        if (!Set.of("GRANT", "DECLINE", "DEFER").contains(String.valueOf(decision))) {
            problems.add("releaseDecision: grant, decline or defer (46a-54-66a)");
        } else if ("GRANT".equals(decision) && "NOT_ELIGIBLE".equals(rule)) {
            problems.add("releaseDecision: this request does not qualify for a release: a complainant alone may ask "
                    + "only after 210 days from filing, and only a timely filed complaint can be released (46a-54-66a(a), (b))");
        } else if (!"GRANT".equals(decision) && String.valueOf(rule).startsWith("MANDATORY")
                && (reasons == null || reasons.isBlank())) {
            problems.add("releaseReasons: a release the regulation requires may be declined or deferred only on the "
                    + "grounds of 46a-101(c), stated here (46a-54-66a(e))");
        }
        if (!problems.isEmpty()) {
            throw new InvalidFilingException(problems);
        }
        if ("GRANT".equals(decision)) {
            notices.serveOnParties(docket, "Release of jurisdiction", "CERTIFIED_MAIL", clock.today(), "46a-54-66a");
            records.setDisposition(docket, Disposition.RELEASE_OF_JURISDICTION, clock.today());
        }
    }

    /**
     * 46a-54-64a(a), (e): the executive director may suspend processing while the same issues are
     * pursued in another forum, and shall for a court action under the ADEA.
     */
    public void decideSuspension(String docket, String forum, boolean suspend) {
        if (forum == null || !FORUMS.contains(forum)) {
            throw new InvalidFilingException(List.of("forum: the other forum is required (46a-54-64a(a))"));
        }
        if (suspend && !"ADEA_COURT_ACTION".equals(forum) && records.commissionIssued(docket)) {
            throw new InvalidFilingException(List.of("suspend: only a complaint the complainant filed under General "
                    + "Statutes 46a-82(a) may be suspended for another forum; the commission issued this one (46a-54-64a(a), 39a)"));
        }
        if (!suspend && "ADEA_COURT_ACTION".equals(forum)) {
            throw new InvalidFilingException(List.of("suspend: processing shall be suspended while the issues are "
                    + "pursued in a court action under the Age Discrimination in Employment Act (46a-54-64a(e))"));
        }
        if (suspend) {
            notices.serveOnParties(docket, "Processing suspended", "FIRST_CLASS_MAIL", clock.today(), "46a-54-64a");
        }
    }

    public void markSuspended(String docket, boolean suspended, String stageToResume) {
        records.setStage(docket, suspended ? Stage.SUSPENDED : Stage.valueOf(stageToResume));
    }

    public String currentStage(String docket) {
        return records.get(docket).stage();
    }

    /** 46a-54-63a: the respondent may offer no-fault relief within 30 days after receiving the complaint. */
    public static final LegalPeriod NO_FAULT_OFFER_PERIOD = LegalPeriod.days(30);

    /**
     * 46a-54-63a: an offer of immediate relief made not later than 30 days after the respondent
     * received the complaint.
     */
    public boolean isNoFaultOfferTimely(String docket, int respondentNo, LocalDate offeredOn) {
        ComplaintRecords.RespondentRecord respondent = records.respondent(docket, respondentNo);
        clock.requireHappened(offeredOn, "noFaultOfferReceivedOn: the day the offer was received is required "
                    + "and cannot be in the future (46a-54-63a)");
        if (respondent.receivedOn() != null) {
            return !offeredOn.isAfter(calendar.dueDate(respondent.receivedOn(), NO_FAULT_OFFER_PERIOD));
        }
        // receipt not yet recorded: the respondent received the complaint no earlier than it was sent, so an
        // offer within 30 days of the sending is timely whatever the receipt (review F13(a))
        java.util.Optional<LocalDate> sent = caseFile.notices(docket).stream()
                .filter(n -> n.recipient().equals(respondent.name()) && n.section().startsWith("46a-54-42a(b)"))
                .map(CaseFile.ServedNotice::sentOn).filter(java.util.Objects::nonNull).min(java.util.Comparator.naturalOrder());
        if (sent.isPresent() && !offeredOn.isAfter(calendar.dueDate(sent.get(), NO_FAULT_OFFER_PERIOD))) {
            return true;
        }
        throw new InvalidFilingException(List.of("noFaultOfferReceivedOn: record first when the respondent received the "
                + "complaint: the 30 days for a no-fault offer run from that receipt (46a-54-63a, 43a(d))"));
    }

    /**
     * 46a-54-63a, 67a(a)(1): accepted by the complainant, acceptable to the commission as a just
     * resolution, and executed by the complainant, the respondent and the commission before the
     * answer is due: the complaint is disposed of without a finding of liability.
     *
     * @return true when the complaint is disposed of by the agreement
     */
    public boolean recordNoFaultAgreement(String docket, int respondentNo, boolean accepted, boolean acceptable,
                                          LocalDate executedOn) {
        if (!accepted || !acceptable) {
            return false;
        }
        ComplaintRecords.RespondentRecord respondent = records.respondent(docket, respondentNo);
        clock.requireHappened(executedOn, "agreementExecutedOn: the day all three signed is required and "
                    + "cannot be in the future (46a-54-63a)");
        if (respondent.answerDueOn() != null && executedOn.isAfter(respondent.answerDueOn())) {
            throw new InvalidFilingException(List.of("agreementExecutedOn: a no-fault agreement must be executed before "
                    + "the answer is due (" + respondent.answerDueOn() + "); record a later settlement as a "
                    + "predetermination agreement (46a-54-63a)"));
        }
        notices.serveOnParties(docket, "No-fault conciliation agreement", "FIRST_CLASS_MAIL", executedOn, "46a-54-63a");
        records.setDisposition(docket, Disposition.CONCILIATION_AGREEMENT, executedOn);
        return true;
    }

    /** 46a-54-37a(c): the respondent's notice is due ten days after the complaint was served on it. */
    public static final LegalPeriod IDENTITY_NOTICE_PERIOD = LegalPeriod.days(10);

    /**
     * 46a-54-37a(c): a respondent served with a pseudonym complaint that cannot identify the
     * complainant says so in writing within ten days of service, naming a person to receive the
     * named complaint. Without a timely notice the pseudonym complaint is presumed sufficient.
     */
    public boolean isIdentityNoticeTimely(String docket, String respondentName, LocalDate receivedOn) {
        if (!records.get(docket).confidential()) {
            throw new InvalidFilingException(List.of("docketNumber: complaint " + docket + " was not served under a "
                    + "pseudonym (46a-54-37a)"));
        }
        clock.requireHappened(receivedOn, "identityNoticeReceivedOn: the day the notice was received is "
                    + "required and cannot be in the future (46a-54-37a(c))");
        LocalDate served = caseFileServedOn(docket, respondentName);
        return served != null && !receivedOn.isAfter(calendar.dueDate(served, IDENTITY_NOTICE_PERIOD));
    }

    /** 46a-54-37a(c): on the complainant's release, the named complaint goes to the designated person. */
    public void serveNamedComplaint(String docket, String designatedPerson, LocalDate releaseSignedOn, LocalDate servedOn) {
        List<String> problems = new ArrayList<>();
        if (releaseSignedOn == null || releaseSignedOn.isAfter(clock.today())) {
            problems.add("releaseSignedOn: the named complaint goes out only after the complainant signs a release "
                    + "(46a-54-37a(c))");
        }
        if (servedOn == null || servedOn.isAfter(clock.today()) || (releaseSignedOn != null && servedOn.isBefore(releaseSignedOn))) {
            problems.add("namedComplaintServedOn: served after the release, and not in the future (46a-54-37a(c))");
        }
        if (designatedPerson == null || designatedPerson.isBlank()) {
            problems.add("designatedPerson: the person the respondent designated is required (46a-54-37a(c))");
        }
        if (!problems.isEmpty()) {
            throw new InvalidFilingException(problems);
        }
        caseFile.served(docket, "Complaint naming the complainant (confidential)", designatedPerson,
                "IN_HAND", servedOn, null, "46a-54-37a(c)");
    }

    private LocalDate caseFileServedOn(String docket, String respondentName) {
        return caseFile.notices(docket).stream()
                .filter(n -> n.recipient().equals(respondentName) && "46a-54-42a(b)".equals(n.section()))
                .map(CaseFile.ServedNotice::sentOn).findFirst().orElse(null);
    }

    /** 46a-54-40a(a): why the commission substitutes or adds itself as a complaining party. */
    public static final Set<String> JOIN_REASONS = Set.of("COMPLAINANT_WITHDRAWS", "OTHERS_AFFECTED", "COMPLAINANT_DIED");

    /**
     * 46a-54-40a, 41a: by majority vote at a meeting, before a presiding officer is appointed, the
     * commission substitutes or adds itself; the persons whose rights it believes are affected are
     * notified by mail that confirms receipt and asked whether they wish it to seek relief.
     */
    public void recordCommissionJoins(String docket, String reason, LocalDate voteOn, String affectedPersons) {
        List<String> problems = new ArrayList<>();
        if (reason == null || !JOIN_REASONS.contains(reason)) {
            problems.add("joinReason: one of the grounds of 46a-54-40a(a)");
        }
        if (voteOn == null || voteOn.isAfter(clock.today())) {
            problems.add("commissionVoteOn: the majority vote at a commission meeting (46a-54-40a(b))");
        }
        if (Stage.PUBLIC_HEARING.name().equals(records.get(docket).stage())) {
            problems.add("docketNumber: a presiding officer may already be appointed; the commission can no longer join "
                    + "under 46a-54-40a(b)");
        }
        if (affectedPersons != null && affectedPersons.lines().anyMatch(line -> line.trim().length() > 200)) {
            problems.add("affectedPersons: one person a line, each name at most 200 characters (46a-54-41a)");
        }
        if (!problems.isEmpty()) {
            throw new InvalidFilingException(problems);
        }
        notices.serveOnParties(docket, "Complaint amended: the commission joins as complaining party", "CERTIFIED_MAIL",
                clock.today(), "46a-54-40a");
        if (affectedPersons != null && !affectedPersons.isBlank()) {
            for (String person : affectedPersons.split("\\R")) {
                if (!person.isBlank()) {
                    caseFile.served(docket, "Notice to a person affected: does the person want relief sought?", person.trim(), "CERTIFIED_MAIL", clock.today(), null, "46a-54-41a");
                }
            }
        }
    }
}
