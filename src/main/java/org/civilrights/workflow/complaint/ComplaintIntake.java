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
 * Filing, jurisdictional review and service of a complaint (46a-54-33a to 46a-54-42a).
 */
@Service
public class ComplaintIntake {

    /** 46a-54-42a(b): served on each respondent not later than 20 days after filing or amendment. */
    public static final LegalPeriod SERVICE_PERIOD = LegalPeriod.days(20);
    public static final String SERVICE_DEADLINE = "Service of the complaint";
    /** 46a-54-42a(b)(2): the notice to the complainant of the opportunity to comment on the evidence in the file. */
    public static final String COMMENT_NOTICE = "Notice of the opportunity to comment on the evidence in the file";
    public static final String COMMENT_DEADLINE = "Comments on the evidence in the file";
    /**
     * 46a-54-42a(b)(2) gives the parties an opportunity to comment but names no period: the notice gives fifteen
     * days from its mailing (docs/legal-readings.md, F12).
     */
    public static final LegalPeriod COMMENT_PERIOD = LegalPeriod.days(15);
    /** 46a-54-18a, 42a(b): in person, or mail that confirms receipt. */
    public static final Set<String> SERVICE_METHODS = Set.of("CERTIFIED_MAIL", "REGISTERED_MAIL", "FIRST_CLASS_MAIL",
            "IN_HAND", "AGENT_FOR_SERVICE", "CONFIRMED_DELIVERY_SERVICE", "LEFT_AT_ABODE");
    /** 46a-54-39a(a)(1)-(5). */
    public static final Set<String> COMMISSION_GROUNDS = Set.of("REASON_TO_BELIEVE", "PLAN_VIOLATION",
            "NO_PLAN_FILED", "CONTRACTOR_NONCOMPLIANCE", "MBE_FRAUD");
    /** 46a-54-37a(a). */
    public static final Set<String> CONFIDENTIAL_GROUNDS = Set.of("HIV_RELATED", "SEXUAL_ASSAULT");

    private final ComplaintRecords records;
    private final CaseFile caseFile;
    private final LegalCalendar calendar;
    private final OfficeClock clock;

    ComplaintIntake(ComplaintRecords records, CaseFile caseFile, LegalCalendar calendar, OfficeClock clock) {
        this.records = records;
        this.caseFile = caseFile;
        this.calendar = calendar;
        this.clock = clock;
    }

    /**
     * @param filingDeadline  the last day to file counted from the date of the act, or null when the complaint gives
     *                        that date only approximately, without a day (review F29)
     * @param timelyOnItsFace likewise null when there is no date to count from: the review decides (42a(a))
     */
    public record Registered(String docketNumber, String caseTitle, LocalDate filingDeadline, Boolean timelyOnItsFace) {
    }

    /**
     * Records a complaint received at an office and gives it its docket number.
     *
     * <p>46a-54-35a: in writing, under oath, naming the complainant and each respondent, with a plain
     * statement of the facts and their dates. 46a-54-36a(b): filed the day an office received it.
     * 46a-54-37a: a confidential complaint is known by a pseudonym; the true identity is kept apart.
     * 46a-54-34a: filed within the period after the alleged act (the filing-period DMN gives it);
     * lateness is shown to the reviewer, who decides timeliness at the jurisdictional review,
     * weighing when the complainant knew, and whether the violation continues.
     *
     * @throws InvalidFilingException naming every missing or impossible field
     */
    public Registered register(Filing filing, LegalPeriod filingPeriod, String recordedBy, String processInstanceId) {
        validate(filing);
        // 35a(b), 36a(b): a complaint that says "when" only approximately is filed the day it is received all the
        // same; without a day to count from, its timeliness is left to the review (review F29)
        LocalDate deadline = filing.actOn() == null ? null : calendar.dueDate(filing.actOn(), filingPeriod);
        Boolean timely = deadline == null ? null : !filing.filedOn().isAfter(deadline);
        String docket = records.nextDocketNumber(filing.filedOn().getYear());
        records.insert(docket, filing, filingPeriod.toString(), deadline, timely, recordedBy, processInstanceId);
        String title = filing.publicComplainantName() + " v. " + filing.respondents().get(0).name()
                + (filing.respondents().size() > 1 ? " et al." : "");
        return new Registered(docket, title, deadline, timely);
    }

    /**
     * 46a-54-34a(b)(2), (3): the last day to file counted from the day the complainant knew or reasonably should
     * have known of the act, or that it may have been discrimination, which the reviewer weighs with the act's own
     * date.
     */
    public LocalDate lastDayFrom(LocalDate knewOn, LegalPeriod filingPeriod) {
        return calendar.dueDate(knewOn, filingPeriod);
    }

    /**
     * 46a-54-34a(b)(1), 35a(b): the date of the act as the complaint gives it, for the reviewer: the day, or the
     * complaint's own words marked approximate (review F29).
     */
    static String asFiled(LocalDate actOn, String approximately) {
        if (approximately == null || approximately.isBlank()) {
            return actOn == null ? null : actOn.toString();
        }
        return (actOn == null ? "" : actOn + ", ") + "approximate: " + approximately.trim();
    }

    void validate(Filing f) {
        List<String> problems = new ArrayList<>();
        LocalDate today = clock.today();
        if (f.filedOn() == null) {
            problems.add("filedOn: the date an office received the complaint is required (46a-54-36a(b))");
        } else if (f.filedOn().isAfter(today)) {
            problems.add("filedOn: " + f.filedOn() + " is in the future; the filing date is the day an office "
                    + "received the complaint (46a-54-36a(b))");
        }
        if (f.swornOn() == null) {
            problems.add("swornOn: a complaint must be under oath (46a-54-35a(a))");
        } else if (f.swornOn().isAfter(today)) {
            problems.add("swornOn: " + f.swornOn() + " is in the future (46a-54-35a(a))");
        }
        if (blank(f.complainantName())) {
            problems.add("complainantName: the complainant's name is required (46a-54-35a(a)(1))");
        }
        if (!f.confidential() && (!blank(f.pseudonym()) || !blank(f.confidentialGround()))) {
            // a filing that names a pseudonym or a ground of confidentiality is never registered as an ordinary
            // complaint, with the true name in its title (security issue, item 2)
            problems.add("confidential: a pseudonym or a ground of confidentiality was given, so the complaint must be "
                    + "marked confidential (46a-54-37a)");
        }
        if (f.confidential()) {
            if (blank(f.pseudonym())) {
                problems.add("pseudonym: a confidential complaint is served under a pseudonym (46a-54-37a(b))");
            } else if (f.pseudonym().trim().equalsIgnoreCase(String.valueOf(f.complainantName()).trim())) {
                problems.add("pseudonym: the pseudonym must not be the complainant's name (46a-54-37a(b))");
            }
            if (f.confidentialGround() == null || !CONFIDENTIAL_GROUNDS.contains(f.confidentialGround())) {
                problems.add("confidentialGround: HIV-related information or sexual assault is required for a "
                        + "pseudonym complaint (46a-54-37a(a))");
            }
        }
        if (f.respondents().isEmpty() || f.respondents().stream().anyMatch(r -> blank(r.name()))) {
            problems.add("respondents: every respondent needs a name, and there must be at least one "
                    + "(46a-54-35a(a)(2))");
        }
        // the case file keeps a name in 200 characters and an address in 500 (security issue, item 7)
        f.respondents().stream().filter(r -> r.name() != null && r.name().length() > 200).findFirst().ifPresent(r ->
                problems.add("otherRespondents: a respondent's name takes at most 200 characters, not " + r.name().length()));
        f.respondents().stream().filter(r -> r.address() != null && r.address().length() > 500).findFirst().ifPresent(r ->
                problems.add("otherRespondents: a respondent's address takes at most 500 characters, not " + r.address().length()));
        if (blank(f.statementOfFacts())) {
            problems.add("statementOfFacts: a plain and concise statement of the facts is required "
                    + "(46a-54-35a(a)(3))");
        }
        boolean approximate = !blank(f.actApproximately());
        if (f.actOn() == null && !approximate) {
            problems.add("actOn: 'Date of the alleged act' is required to decide timeliness, or, when the complaint gives "
                    + "it only approximately, 'When the act happened, in the complaint's words' (46a-54-34a, 35a(b))");
        } else if (approximate && f.actApproximately().length() > 200) {
            problems.add("actApproximately: 'When the act happened, in the complaint's words' takes at most 200 "
                    + "characters (46a-54-35a(b))");
        } else if (f.actOn() != null && f.filedOn() != null && f.actOn().isAfter(f.filedOn())) {
            problems.add("actOn: the alleged act (" + f.actOn() + ") cannot come after the filing ("
                    + f.filedOn() + ") (46a-54-34a)");
        }
        if (f.knewOn() != null && f.filedOn() != null && f.knewOn().isAfter(f.filedOn())) {
            problems.add("knewOn: cannot come after the filing (46a-54-34a(b))");
        }
        if (f.knewDiscriminationOn() != null && f.filedOn() != null && f.knewDiscriminationOn().isAfter(f.filedOn())) {
            problems.add("knewDiscriminationOn: 'Date the complainant knew or should have known it may have been "
                    + "discrimination' cannot come after the filing (46a-54-34a(b)(3))");
        }
        if (f.commissionIssue() != null) {
            Filing.CommissionIssue issue = f.commissionIssue();
            if (issue.voteOn() == null || (f.filedOn() != null && issue.voteOn().isAfter(f.filedOn()))) {
                problems.add("commissionVoteOn: a commission complaint is initiated by a majority vote at a commission "
                        + "meeting, on or before its filing (46a-54-39a(c))");
            }
            if (issue.ground() == null || !COMMISSION_GROUNDS.contains(issue.ground())) {
                problems.add("commissionGround: one of the grounds of 46a-54-39a(a) is required");
            }
            if (f.criminalRecordClaim()) {
                problems.add("criminalRecordClaim: the commission may not issue a complaint alleging a violation of "
                        + "46a-80(a) (46a-54-39a(b))");
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidFilingException(problems);
        }
    }

    /**
     * Opens the 20-day service clock from {@code from}: the filing, or the receipt of an amendment
     * (46a-54-42a(b)). Returns the due day, rolled to an open day (46a-54-20a), which the diagram's
     * timer reads.
     */
    public LocalDate openServiceClock(String docket, LocalDate from) {
        LocalDate due = calendar.dueDate(from, SERVICE_PERIOD);
        caseFile.open(docket, SERVICE_DEADLINE, "all respondents", "46a-54-42a(b)", due);
        return due;
    }

    /** 46a-54-42a(a): the review decides whether the complaint is timely and alleges a discriminatory practice. */
    public boolean recordJurisdiction(String docket, boolean timely, boolean allegesDiscriminatoryPractice) {
        boolean jurisdictional = timely && allegesDiscriminatoryPractice;
        records.setJurisdictional(docket, timely, jurisdictional);
        return jurisdictional;
    }

    /** 46a-54-37a(c): the notice served with a pseudonym complaint, as its own paper (review F30). */
    public static final String IDENTITY_NOTICE = "Notice: say in writing within ten days if the complainant cannot be "
            + "identified, and designate a person to receive the named complaint";
    /** 46a-54-37a(c), 22a(b), 23a(b): the complainant's release authorizing disclosure to the respondent. */
    public static final String DISCLOSURE_RELEASE = "Complainant's release authorizing disclosure to the respondent";
    static final String NAMED = "Complaint naming the complainant (release signed)";

    /**
     * 46a-54-42a(b), 18a: the complaint served on one respondent, with the notice of rights and duties
     * (jurisdictional) or the notice that no answer is due yet (non-jurisdictional).
     *
     * <p>46a-54-37a(c): a confidential complaint is served under its pseudonym "If the complainant has not signed a
     * release authorizing disclosure ... to the respondent", with the notice of the respondent's ten days to say it
     * cannot identify the complainant, recorded as a paper of its own. When the release was signed before service,
     * the complaint naming the complainant is served instead and no such notice goes with it (review F30).
     */
    public void recordService(String docket, int respondentNo, boolean jurisdictional, String method,
                              LocalDate sentOn, LocalDate receivedOn) {
        recordService(docket, respondentNo, jurisdictional, method, sentOn, receivedOn, null);
    }

    public void recordService(String docket, int respondentNo, boolean jurisdictional, String method,
                              LocalDate sentOn, LocalDate receivedOn, LocalDate disclosureReleaseSignedOn) {
        List<String> problems = new ArrayList<>();
        LocalDate today = clock.today();
        if (method == null || !SERVICE_METHODS.contains(method)) {
            problems.add("serviceMethod: '" + method + "' is not a way of service the regulation allows: in person, by "
                    + "first-class, registered or certified mail or other mail that confirms receipt, or a copy left at "
                    + "the principal place of business or abode (46a-54-18a)");
        }
        if (sentOn == null || sentOn.isAfter(today)) {
            problems.add("sentOn: the day the complaint was mailed or delivered is required and cannot be in the "
                    + "future (46a-54-42a(b))");
        }
        if (receivedOn != null && (receivedOn.isAfter(today) || (sentOn != null && receivedOn.isBefore(sentOn)))) {
            problems.add("respondentReceivedOn: the respondent cannot receive the complaint before it was sent "
                    + "or in the future (46a-54-43a(d))");
        }
        boolean confidential = records.get(docket).confidential();
        if (disclosureReleaseSignedOn != null && !confidential) {
            problems.add("disclosureReleaseSignedOn: only a confidential complaint needs the complainant's release "
                    + "(46a-54-37a(c))");
        } else if (disclosureReleaseSignedOn != null && (disclosureReleaseSignedOn.isAfter(today)
                || (sentOn != null && disclosureReleaseSignedOn.isAfter(sentOn)))) {
            problems.add("disclosureReleaseSignedOn: 'Complainant's release signed on' cannot be in the future or after the "
                    + "service; a release signed later goes with the named complaint (46a-54-37a(c))");
        }
        if (!problems.isEmpty()) {
            throw new InvalidFilingException(problems);
        }
        ComplaintRecords.RespondentRecord respondent = records.respondent(docket, respondentNo);
        boolean named = confidential && disclosureReleaseSignedOn != null;
        String notice = (named ? NAMED + " and " : "Complaint and ")
                + (jurisdictional ? "notice of rights and obligations" : "notice that no answer is required");
        caseFile.served(docket, notice, respondent.name(), method, sentOn, receivedOn, "46a-54-42a(b)");
        if (named) {
            caseFile.served(docket, DISCLOSURE_RELEASE, respondent.name(), "FILED", disclosureReleaseSignedOn,
                    disclosureReleaseSignedOn, "46a-54-37a(c), 22a(b), 23a(b)");
        } else if (confidential) {
            caseFile.served(docket, IDENTITY_NOTICE, respondent.name(), method, sentOn, receivedOn, "46a-54-37a(c)");
        }
        if (receivedOn != null) {
            records.setRespondentReceipt(docket, respondentNo, receivedOn);
        }
        if (!jurisdictional) {
            // 42a(b)(2): "At the same time, the complainant and the respondent shall be informed that they have an
            // opportunity to provide written or oral comments on the evidence in the commission's file" (review F12)
            caseFile.served(docket, COMMENT_NOTICE, "complainant", method, sentOn, null, "46a-54-42a(b)(2)");
            LocalDate lastSent = caseFile.notices(docket).stream().filter(n -> n.notice().equals(COMMENT_NOTICE))
                    .map(CaseFile.ServedNotice::sentOn).max(LocalDate::compareTo).orElse(sentOn);
            LocalDate lastDay = calendar.lastDayUnmoved(lastSent, COMMENT_PERIOD);
            caseFile.open(docket, COMMENT_DEADLINE, "complainant and respondents", "46a-54-42a(b)(2)", lastDay,
                    calendar.nextOpenDay(lastDay));
        }
    }

    /**
     * 46a-54-42a(b)(2): the investigator decides on the defect "after reviewing the evidence in the commission's
     * file and the timely comments, if any": not before the time given for comments is over, unless every party
     * has already commented (review F12).
     */
    public void checkDefectDecisionTime(String docket, boolean everyPartyCommented) {
        java.util.Optional<CaseFile.Deadline> comments = caseFile.deadlines(docket).stream()
                .filter(d -> d.deadline().equals(COMMENT_DEADLINE) && d.status() == CaseFile.DeadlineStatus.OPEN).findFirst();
        if (comments.isEmpty()) {
            return;
        }
        if (!everyPartyCommented && !clock.today().isAfter(comments.get().dueOn())) {
            throw new InvalidFilingException(List.of("bothPartiesCommented: the complainant and the respondents may comment on the "
                    + "evidence in the file until " + comments.get().dueOn() + "; decide after that day, or once every "
                    + "party has commented (46a-54-42a(b)(2))"));
        }
        caseFile.close(docket, COMMENT_DEADLINE, "complainant and respondents", CaseFile.DeadlineStatus.MET, clock.today());
    }

    /**
     * 46a-54-42a(b)(2), 38a: the time the investigator gives the complainant to amend a complaint whose defect can be
     * cured. The regulation names no period; a curable defect that is never amended must not leave the case waiting
     * for ever (review F12), so the investigator sets the day, and when it passes without an amendment decides again
     * on the file: dispose of the complaint by a finding of No Reasonable Cause - Lack of Jurisdiction, or give more
     * time (docs/legal-readings.md, F12).
     */
    public static final String AMENDMENT_TO_CURE_DEADLINE = "Amendment to cure the defect";

    /** 46a-54-42a(b)(2): opens (or moves) the time to amend, a day not before today (review F12). */
    public void giveTimeToAmend(String docket, LocalDate amendBy) {
        if (amendBy == null || amendBy.isBefore(clock.today())) {
            throw new InvalidFilingException(List.of("amendmentDueOn: 'Amendment expected by', the day by which the "
                    + "complainant may amend the complaint to cure the defect, is required and cannot be in the past "
                    + "(46a-54-42a(b)(2), 38a)"));
        }
        caseFile.open(docket, AMENDMENT_TO_CURE_DEADLINE, "complainant", "46a-54-42a(b)(2), 38a", amendBy,
                calendar.nextOpenDay(amendBy));
    }

    /** 46a-54-42a(b)(2): the time to amend ran out with no amendment; the investigator decides again (review F12). */
    public void noAmendmentCame(String docket) {
        caseFile.deadlines(docket).stream()
                .filter(d -> d.deadline().equals(AMENDMENT_TO_CURE_DEADLINE) && d.status() == CaseFile.DeadlineStatus.OPEN)
                .forEach(d -> caseFile.close(docket, AMENDMENT_TO_CURE_DEADLINE, d.party(), CaseFile.DeadlineStatus.MISSED,
                        d.dueOn()));
    }

    /** Closes the service clock when every respondent is served, as met or missed. */
    public void closeServiceClock(String docket) {
        LocalDate lastSent = caseFile.notices(docket).stream()
                .filter(n -> "46a-54-42a(b)".equals(n.section()))
                .map(CaseFile.ServedNotice::sentOn).max(LocalDate::compareTo).orElse(clock.today());
        caseFile.closeByActOn(docket, SERVICE_DEADLINE, lastSent);
    }

    /** A deadline the agency owes has passed with the act not done: the case shows as overdue. */
    public void markOverdue(String docket) {
        records.setOverdue(docket, true);
    }

    /** 46a-54-42a(b)(2), 67a(c): the defect cannot be cured by amendment. */
    public void dismissForLackOfJurisdiction(String docket) {
        records.setDisposition(docket, Disposition.NO_REASONABLE_CAUSE_LACK_OF_JURISDICTION, clock.today());
    }

    /**
     * 46a-54-38a(c), 42a: a sworn amendment restarts the review and the 20-day service clock from
     * its receipt.
     */
    public void recordAmendment(String docket, LocalDate receivedOn, LocalDate swornOn) {
        List<String> problems = new ArrayList<>();
        if (receivedOn == null || receivedOn.isAfter(clock.today())) {
            problems.add("amendmentReceivedOn: the day the amendment was received is required and cannot be in the "
                    + "future (46a-54-38a(c))");
        }
        if (swornOn == null) {
            problems.add("swornOn: an amendment must be sworn (46a-54-38a(c))");
        }
        if (!problems.isEmpty()) {
            throw new InvalidFilingException(problems);
        }
        // an amendment within the time the investigator gave closes it (42a(b)(2); review F12)
        caseFile.closeByActOn(docket, AMENDMENT_TO_CURE_DEADLINE, receivedOn);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /** 46a-54-47a: an amended complaint is served within 10 days of its receipt. */
    public static final LegalPeriod AMENDMENT_SERVICE_PERIOD = LegalPeriod.days(10);
    /** 46a-54-38a(c), 42a(b): "Amendments adding an additional respondent shall be served not later than twenty (20) days after receipt" (review F10(b)). */
    public static final LegalPeriod ADDED_RESPONDENT_SERVICE_PERIOD = LegalPeriod.days(20);

    /** The service period of an amendment: 20 days when it adds a respondent (38a(c)), else 10 (47a). */
    public static LegalPeriod amendmentServicePeriod(boolean addsRespondent) {
        return addsRespondent ? ADDED_RESPONDENT_SERVICE_PERIOD : AMENDMENT_SERVICE_PERIOD;
    }
    public static final String AMENDMENT_SERVICE_DEADLINE = "Service of the amended complaint";

    /**
     * 46a-54-38a, 47a: a sworn amendment received before a presiding officer is appointed. It is served
     * on the respondents within 10 days of its receipt (47a; 38a(c) allows 20 for an added respondent,
     * the shorter period is kept for both). An added respondent joins the case and gets its own answer
     * period. Returns the added respondent's number, or empty.
     */
    public java.util.Optional<Integer> recordAmendmentAtAnyStage(String docket, LocalDate receivedOn, LocalDate swornOn,
                                                                 Filing.Party addedRespondent) {
        recordAmendment(docket, receivedOn, swornOn);
        if (addedRespondent != null && (addedRespondent.name() == null || addedRespondent.name().isBlank())) {
            throw new InvalidFilingException(List.of("newRespondentName: an added respondent needs a name (46a-54-35a(a)(2))"));
        }
        caseFile.open(docket, AMENDMENT_SERVICE_DEADLINE, "all respondents",
                addedRespondent != null ? "46a-54-38a(c), 42a(b)" : "46a-54-47a",
                calendar.dueDate(receivedOn, amendmentServicePeriod(addedRespondent != null)));
        if (addedRespondent == null) {
            return java.util.Optional.empty();
        }
        int number = records.respondents(docket).size() + 1;
        records.addRespondent(docket, number, addedRespondent, receivedOn);
        return java.util.Optional.of(number);
    }

    /** 46a-54-47a: ten days after receipt to answer a complaint amended to correct or amplify its allegations. */
    public static final LegalPeriod AMENDMENT_ANSWER_PERIOD = LegalPeriod.days(10);
    public static final String AMENDMENT_ANSWER_DEADLINE = "Answer to the amended complaint";
    static final String AMENDED_COMPLAINT = "Amended complaint";

    /**
     * 46a-54-47a, 65a(a): a respondent's answer to the amended complaint, under oath (43a). It closes the
     * respondent's ten-day clock; when the merit assessment review is still to be done, the review is due
     * not later than ninety days after this answer. Returns the moved review day, or empty.
     */
    public java.util.Optional<LocalDate> recordAmendedAnswer(String docket, int respondentNo, LocalDate filedOn,
                                                              boolean sworn) {
        clock.requireHappened(filedOn, "receivedOn: the day the answer to the amended complaint was filed is required "
                + "and cannot be in the future (46a-54-47a)");
        ComplaintRecords.RespondentRecord respondent = records.respondent(docket, respondentNo);
        CaseFile.Deadline clockOf = caseFile.deadlines(docket).stream()
                .filter(d -> d.deadline().equals(AMENDMENT_ANSWER_DEADLINE) && d.party().equals(respondent.name()))
                .findFirst().orElseThrow(() -> new InvalidFilingException(List.of("respondentNo: no amended complaint "
                        + "served on " + respondent.name() + " awaits an answer (46a-54-47a)")));
        if (!sworn) {
            throw new InvalidFilingException(List.of("amendedAnswerSworn: the answer is under oath (46a-54-43a, 47a)"));
        }
        caseFile.served(docket, AMENDMENT_ANSWER_DEADLINE, respondent.name(), "FILED", filedOn, filedOn, "46a-54-47a");
        caseFile.close(docket, AMENDMENT_ANSWER_DEADLINE, respondent.name(),
                filedOn.isAfter(clockOf.dueOn()) ? CaseFile.DeadlineStatus.MISSED : CaseFile.DeadlineStatus.MET, filedOn);
        return reviewAfter(docket, filedOn, "46a-54-65a(a), 47a");
    }

    /** 46a-54-46a(c), 47a: whether the respondent answered the amended complaint last served on it (its clock closed). */
    boolean answeredAmendedComplaint(String docket, String respondentName) {
        return caseFile.deadlines(docket).stream().anyMatch(d -> d.deadline().equals(AMENDMENT_ANSWER_DEADLINE)
                && d.party().equals(respondentName) && d.closedOn() != null
                && (d.status() == CaseFile.DeadlineStatus.MET || d.status() == CaseFile.DeadlineStatus.MISSED));
    }

    /**
     * 46a-54-49a(a), 65a(a): the answer of a respondent that an amendment added to the case, filed while the merit
     * assessment review is pending, moves the review to 90 days after it (review F10(d)). Empty when the respondent
     * was in the case from the filing, or no review is pending.
     */
    public java.util.Optional<LocalDate> reviewAfterAddedRespondentAnswer(String docket, int respondentNo, LocalDate answeredOn) {
        LocalDate addedOn = records.addedOn(docket, respondentNo);
        if (addedOn == null || !addedOn.isAfter(records.get(docket).filedOn()) || answeredOn == null) {
            return java.util.Optional.empty();
        }
        return reviewAfter(docket, answeredOn, "46a-54-65a(a), 49a(a), 38a");
    }

    /**
     * 46a-54-49a(a), 65a(a): an answer filed while the merit assessment review is pending moves the review to 90 days
     * after it (the answer of a respondent whose default was vacated, 46a(f); review F28). Empty when none is pending.
     */
    java.util.Optional<LocalDate> reviewAfterAnswer(String docket, LocalDate answeredOn, String section) {
        return answeredOn == null ? java.util.Optional.empty() : reviewAfter(docket, answeredOn, section);
    }

    private java.util.Optional<LocalDate> reviewAfter(String docket, LocalDate answeredOn, String section) {
        boolean reviewPending = Stage.MERIT_ASSESSMENT.name().equals(records.get(docket).stage())
                && caseFile.deadlines(docket).stream().anyMatch(d -> d.deadline().equals(MeritAssessment.REVIEW_DEADLINE)
                && d.status() == CaseFile.DeadlineStatus.OPEN);
        if (!reviewPending) {
            return java.util.Optional.empty();
        }
        LocalDate review = calendar.dueDate(answeredOn, MeritAssessment.REVIEW_PERIOD);
        caseFile.open(docket, MeritAssessment.REVIEW_DEADLINE, "commission", section, review);
        return java.util.Optional.of(review);
    }

    /**
     * 46a-54-47a: the amended complaint served on one respondent. A respondent already in the case has ten
     * days after its receipt to answer it, awaited in an answer stage of its own (complaint-answer with answerTo
     * AMENDED_COMPLAINT, which opens the clock; review F10(c)); an added respondent answers in its own answer stage,
     * 30 days or 10 for housing. The service clock closes when every respondent has been served with this amendment.
     * Returns whether this respondent must answer the amended complaint within the ten days (it was already in the case).
     */
    public boolean recordAmendmentService(String docket, int respondentNo, String method, LocalDate sentOn,
                                          LocalDate receivedOn, LocalDate amendmentReceivedOn) {
        ComplaintRecords.RespondentRecord respondent = records.respondent(docket, respondentNo);
        if (sentOn == null || sentOn.isAfter(clock.today()) || method == null || !SERVICE_METHODS.contains(method)) {
            throw new InvalidFilingException(List.of("sentOn, serviceMethod: how and when the amended complaint was served "
                    + "(46a-54-18a, 47a)"));
        }
        caseFile.served(docket, AMENDED_COMPLAINT, respondent.name(), method, sentOn, receivedOn, "46a-54-47a");
        LocalDate addedOn = records.addedOn(docket, respondentNo);
        boolean alreadyInTheCase = addedOn == null || (amendmentReceivedOn != null && addedOn.isBefore(amendmentReceivedOn));
        if (receivedOn != null && respondent.receivedOn() == null) {
            records.setRespondentReceipt(docket, respondentNo, receivedOn);
        }
        if (amendmentReceivedOn != null) {
            java.util.Map<String, LocalDate> servedOn = new java.util.HashMap<>();
            caseFile.notices(docket).stream().filter(n -> n.notice().equals(AMENDED_COMPLAINT)
                    && !n.sentOn().isBefore(amendmentReceivedOn)).forEach(n -> servedOn.put(n.recipient(), n.sentOn()));
            if (records.respondentsInCase(docket).stream().allMatch(r -> servedOn.containsKey(r.name()))) {
                caseFile.closeByActOn(docket, AMENDMENT_SERVICE_DEADLINE,
                        servedOn.values().stream().max(LocalDate::compareTo).orElseThrow());
            }
        }
        return alreadyInTheCase;
    }
}
