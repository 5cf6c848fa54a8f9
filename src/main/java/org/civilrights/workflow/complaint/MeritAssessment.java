package org.civilrights.workflow.complaint;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.civilrights.workflow.calendar.LegalCalendar;
import org.civilrights.workflow.calendar.LegalPeriod;
import org.civilrights.workflow.process.OfficeClock;
import org.springframework.stereotype.Service;

/** The complainant's reply and the merit assessment review (46a-54-48a, 49a, 65a(a)). */
@Service
public class MeritAssessment {

    /** 46a-54-49a(a), 65a(a): the review within 90 days of the filing of the answer. */
    public static final LegalPeriod REVIEW_PERIOD = LegalPeriod.days(90);
    /** 46a-54-48a(b): the complainant may reply within 15 days of receiving the answer. */
    public static final LegalPeriod REPLY_PERIOD = LegalPeriod.days(15);
    /** 46a-54-49a(a): the respondent may add information within 30 days after filing its answer. */
    public static final LegalPeriod ADDITIONAL_INFORMATION_PERIOD = LegalPeriod.days(30);
    /** 46a-54-49a(a): the complainant has 15 days to review and respond to it. */
    public static final LegalPeriod REBUTTAL_PERIOD = LegalPeriod.days(15);
    /** 46a-54-49a(e), 56a(b), (c): the notice that the review retained the complaint for investigation. */
    public static final String RETENTION_NOTICE = "Notice of the merit assessment review determination: complaint retained";
    public static final String REVIEW_DEADLINE = "Merit assessment review";
    public static final String REPLY_DEADLINE = "Complainant's reply to the answer";
    /** 49a(a): the complainant's fifteen days to review and respond to the respondent's additional information. */
    public static final String REBUTTAL_DEADLINE = "Complainant's response to additional information";
    static final String ADDITIONAL_INFORMATION = "Respondent's additional information, for a response within 15 days";
    static final String LATE_INFORMATION = "Respondent's late additional information (good cause), for a rebuttal within 15 days";
    /** 46a-54-49a(b)(1)-(4): the grounds on which the review shall dismiss. */
    public static final Set<String> DISMISSAL_GROUNDS = Set.of("FAILS_TO_STATE_A_CLAIM", "FRIVOLOUS",
            "RESPONDENT_EXEMPT", "NO_REASONABLE_POSSIBILITY_OF_CAUSE");

    private final ComplaintRecords records;
    private final CaseFile caseFile;
    private final LegalCalendar calendar;
    private final OfficeClock clock;
    private final PartyNotices notices;

    private final Receipts receipts;

    MeritAssessment(ComplaintRecords records, CaseFile caseFile, LegalCalendar calendar, OfficeClock clock,
                    PartyNotices notices, Receipts receipts) {
        this.notices = notices;
        this.receipts = receipts;
        this.records = records;
        this.caseFile = caseFile;
        this.calendar = calendar;
        this.clock = clock;
    }

    public record Clocks(LocalDate replyDueOn, LocalDate reviewDueOn, LocalDate additionalInformationDueOn) {
    }

    /**
     * Opens the reply and review clocks from the filing of the last answer (46a-54-49a(a): with
     * several respondents the file is complete with the last one). Where no respondent answered, the
     * last answer due date stands in for it.
     *
     * <p>48a(b) counts the reply from the complainant's receipt of the answer: the recorded receipt of the copy the
     * answer certifies was sent (44a(c), 18a(c)), else the agency's own estimate of {@value Receipts#ESTIMATED_MAIL_DAYS}
     * days after the copy was sent or the answer filed, so that the complainant never gets less than the law gives
     * ({@link Receipts}; review F16).
     */
    public Clocks open(String docket) {
        return open(docket, null);
    }

    /**
     * As {@link #open(String)}; for a merit dismissal the executive director reconsidered and returned to the review
     * (62a(g); review F32) the review's 90 days run from the recorded decision ({@code reconsideredOn}) when it is later
     * than the last answer: the regulation gives no new period; the project's policy, as for the investigation (F25).
     */
    public Clocks open(String docket, LocalDate reconsideredOn) {
        // the respondents the complaint still goes on against (a no-fault agreement ends one's part, 63a; F13(b))
        List<ComplaintRecords.RespondentRecord> respondents = records.respondentsInCase(docket);
        LocalDate lastAnswer = respondents.stream().map(ComplaintRecords.RespondentRecord::answeredOn)
                .filter(Objects::nonNull).max(Comparator.naturalOrder())
                .orElseGet(() -> respondents.stream().map(ComplaintRecords.RespondentRecord::answerDueOn)
                        .filter(Objects::nonNull).max(Comparator.naturalOrder()).orElse(clock.today()));
        // 48a(b): the complainant's receipt of the last answer, recorded or estimated (review F16)
        LocalDate received = receipts.lastAnswerReceivedByComplainant(docket)
                .orElse(Receipts.receivedOrEstimated(null, lastAnswer));
        // 65a(a): an answer to an amended complaint filed before the review starts counts as the last answer
        List<CaseFile.ServedNotice> amendedAnswers = caseFile.notices(docket).stream()
                .filter(n -> n.notice().equals(ComplaintIntake.AMENDMENT_ANSWER_DEADLINE) && n.sentOn() != null).toList();
        java.util.Optional<LocalDate> amendedAnswer = amendedAnswers.stream().map(CaseFile.ServedNotice::sentOn)
                .max(Comparator.naturalOrder());
        if (amendedAnswer.isPresent() && amendedAnswer.get().isAfter(lastAnswer)) {
            lastAnswer = amendedAnswer.get();
            // its receipt: the certified copy's, recorded or estimated (47a, 44a(c); review F26)
            LocalDate amendedReceived = amendedAnswers.stream()
                    .map(n -> receipts.amendedAnswerReceivedByComplainant(docket, n.recipient(), n.sentOn()))
                    .max(Comparator.naturalOrder()).orElseThrow();
            received = amendedReceived.isAfter(received) ? amendedReceived : received;
        }
        LocalDate replyLastDay = calendar.lastDayUnmoved(received, REPLY_PERIOD);
        LocalDate reply = calendar.nextOpenDay(replyLastDay);
        LocalDate review = calendar.dueDate(reconsideredOn != null && reconsideredOn.isAfter(lastAnswer) ? reconsideredOn
                : lastAnswer, REVIEW_PERIOD);
        // 62a(g), 48a (review R-6): a review the executive director returned does not give the reply window again; the
        // reply clock already on record (met, or missed) stays as it is
        boolean replyOnRecord = reconsideredOn != null && caseFile.deadlines(docket).stream()
                .anyMatch(d -> d.deadline().equals(REPLY_DEADLINE));
        if (!replyOnRecord) {
            caseFile.open(docket, REPLY_DEADLINE, "complainant", "46a-54-48a(b)", replyLastDay, reply);
        }
        caseFile.open(docket, REVIEW_DEADLINE, "commission", "46a-54-49a(a), 65a(a)", review);
        records.setStage(docket, Stage.MERIT_ASSESSMENT);
        return new Clocks(reply, review, calendar.dueDate(lastAnswer, ADDITIONAL_INFORMATION_PERIOD));
    }

    /**
     * 46a-54-48a(c): if a respondent had the 15-day extension to answer (45a), the complainant, upon
     * request, shall be granted 15 more days to reply. Returns the new last day.
     */
    public LocalDate extendReply(String docket, LocalDate currentDue) {
        boolean respondentExtended = caseFile.deadlines(docket).stream()
                .anyMatch(d -> d.deadline().equals(AnswerPeriod.ANSWER_DEADLINE) && d.section().contains("45a"));
        if (!respondentExtended) {
            throw new InvalidFilingException(List.of("replyAction: the complainant's 15 more days follow only a respondent's "
                    + "extension of time to answer (46a-54-48a(c))"));
        }
        // fifteen more days from the reply period's last day, not from the open day it was moved to (20a; review F14)
        LocalDate lastDay = calendar.lastDayUnmoved(caseFile.lastDay(docket, REPLY_DEADLINE, "complainant")
                .orElse(currentDue), REPLY_PERIOD);
        LocalDate due = calendar.nextOpenDay(lastDay);
        caseFile.open(docket, REPLY_DEADLINE, "complainant", "46a-54-48a(b), (c)", lastDay, due);
        return due;
    }

    /** 46a-54-48a: the complainant's written reply (optional; what it does not answer is deemed denied). */
    public void recordReply(String docket, LocalDate receivedOn) {
        clock.requireHappened(receivedOn, "replyReceivedOn: the day the reply was received is required and "
                    + "cannot be in the future (46a-54-48a)");
        caseFile.close(docket, REPLY_DEADLINE, "complainant", CaseFile.DeadlineStatus.MET, receivedOn);
    }

    /**
     * 46a-54-49a(a): the respondent's additional information, sent to the complainant in the way staff chose (18a;
     * review F23), who has 15 days to review and respond before the review may consider it, counted from its receipt:
     * the recorded receipt, else the agency's estimate from the sending (review F16). Returns the last day of those 15.
     */
    public LocalDate recordAdditionalInformation(String docket, LocalDate receivedOn, LocalDate sentToComplainantOn,
                                                 String method, LocalDate complainantReceivedOn) {
        List<String> problems = new ArrayList<>();
        LocalDate today = clock.today();
        if (receivedOn == null || receivedOn.isAfter(today)) {
            problems.add("additionalInfoReceivedOn: the day it was received is required and cannot be in the future "
                    + "(46a-54-49a(a))");
        }
        if (sentToComplainantOn == null || sentToComplainantOn.isAfter(today)
                || (receivedOn != null && sentToComplainantOn.isBefore(receivedOn))) {
            problems.add("additionalInfoSentOn: the day it was sent to the complainant, not before it was received and "
                    + "not in the future (46a-54-49a(a))");
        }
        problems.addAll(complainantCopyProblems(method, complainantReceivedOn, sentToComplainantOn, "additionalInfo"));
        if (!problems.isEmpty()) {
            throw new InvalidFilingException(problems);
        }
        caseFile.served(docket, ADDITIONAL_INFORMATION, "complainant", method, sentToComplainantOn, complainantReceivedOn,
                "46a-54-49a(a)");
        LocalDate lastDay = calendar.lastDayUnmoved(Receipts.receivedOrEstimated(complainantReceivedOn, sentToComplainantOn),
                REBUTTAL_PERIOD);
        LocalDate due = calendar.nextOpenDay(lastDay);
        caseFile.open(docket, REBUTTAL_DEADLINE, "complainant", "46a-54-49a(a)", lastDay, due);
        return due;
    }

    private List<String> complainantCopyProblems(String method, LocalDate complainantReceivedOn, LocalDate sentOn,
                                                 String prefix) {
        List<String> problems = new ArrayList<>();
        if (method == null || !ComplaintIntake.SERVICE_METHODS.contains(method)) {
            problems.add(prefix + "Method: 'How it was sent to the complainant' is required: in person, by mail, or a copy "
                    + "left at the place of business or abode (46a-54-18a)");
        }
        if (complainantReceivedOn != null && (complainantReceivedOn.isAfter(clock.today())
                || (sentOn != null && complainantReceivedOn.isBefore(sentOn)))) {
            problems.add(prefix + "ComplainantReceivedOn: 'Received by the complainant on' cannot come before it was sent "
                    + "or be in the future (46a-54-18a(c))");
        }
        return problems;
    }

    /** 46a-54-49a(a): the complainant's fifteen days to rebut a late submission considered for good cause. */
    public static final String LATE_REBUTTAL_DEADLINE = "Complainant's rebuttal of late additional information";

    /**
     * 46a-54-49a(a), last sentence: after the thirty days, the executive director "may consider, upon good cause
     * shown, late-filed submissions provided the complainant has fifteen (15) days to rebut the respondent's
     * submission and the executive director ... has not completed the merit assessment review" (review F20). The
     * submission is recorded with the good cause shown and sent to the complainant (in the way staff chose, 18a), whose
     * fifteen days, counted from its receipt, recorded or estimated (review F16), hold the review until they are over.
     * Returns the last day to rebut.
     */
    public LocalDate recordLateInformation(String docket, LocalDate receivedOn, LocalDate sentToComplainantOn,
                                           String goodCause, String method, LocalDate complainantReceivedOn) {
        boolean reviewPending = Stage.MERIT_ASSESSMENT.name().equals(records.get(docket).stage())
                && caseFile.deadlines(docket).stream().anyMatch(d -> d.deadline().equals(REVIEW_DEADLINE)
                && d.status() == CaseFile.DeadlineStatus.OPEN);
        List<String> problems = new ArrayList<>();
        if (!reviewPending) {
            problems.add("requestType: a late submission is considered only while the merit assessment review is not "
                    + "completed (46a-54-49a(a))");
        }
        if (goodCause == null || goodCause.isBlank()) {
            problems.add("lateInformationGoodCause: a late submission is considered only upon good cause shown, stated "
                    + "here (46a-54-49a(a))");
        }
        if (!problems.isEmpty()) {
            throw new InvalidFilingException(problems);
        }
        LocalDate sent = sentToComplainantOn;
        clock.requireHappened(receivedOn, "receivedOn: the day the late submission was received is required and cannot "
                + "be in the future (46a-54-49a(a))");
        if (sent == null || sent.isBefore(receivedOn) || sent.isAfter(clock.today())) {
            throw new InvalidFilingException(List.of("lateInformationSentOn: the day it was sent to the complainant, not "
                    + "before it was received and not in the future (46a-54-49a(a))"));
        }
        List<String> copyProblems = complainantCopyProblems(method, complainantReceivedOn, sent, "lateInformation");
        if (!copyProblems.isEmpty()) {
            throw new InvalidFilingException(copyProblems);
        }
        caseFile.served(docket, LATE_INFORMATION, "complainant", method, sent, complainantReceivedOn, "46a-54-49a(a)");
        LocalDate lastDay = calendar.lastDayUnmoved(Receipts.receivedOrEstimated(complainantReceivedOn, sent), REBUTTAL_PERIOD);
        LocalDate due = calendar.nextOpenDay(lastDay);
        caseFile.open(docket, LATE_REBUTTAL_DEADLINE, "complainant", "46a-54-49a(a)", lastDay, due);
        return due;
    }

    /**
     * 46a-54-49a(b), (e): the review dismisses the complaint on a ground of (b) or retains it. A retained
     * complaint's parties are sent the notice of the determination, after which mediation may be ordered
     * (56a(b), (c); review F19): mailed on {@code noticeMailedOn}, or on the day of the determination, in the way staff
     * recorded (18a; review F23).
     */
    public boolean decide(String docket, String decision, String ground, LocalDate decidedOn, LocalDate noticeMailedOn,
                          String noticeMethod) {
        List<String> problems = new ArrayList<>();
        if (decidedOn != null && decidedOn.isAfter(clock.today())) {
            problems.add("reviewDecidedOn: the day of the decision cannot be in the future");
        }
        boolean dismiss = "DISMISS".equals(decision);
        if (!dismiss && !"RETAIN".equals(decision)) {
            problems.add("reviewDecision: the review either retains the complaint or dismisses it (46a-54-49a)");
        }
        if (dismiss && (ground == null || !DISMISSAL_GROUNDS.contains(ground))) {
            problems.add("dismissalGround: a merit assessment dismissal needs one of the grounds of 46a-54-49a(b)");
        }
        if (!problems.isEmpty()) {
            throw new InvalidFilingException(problems);
        }
        LocalDate on = decidedOn != null ? decidedOn : clock.today();
        java.util.Optional<CaseFile.Deadline> rebuttal = caseFile.deadlines(docket).stream()
                .filter(d -> d.deadline().equals(LATE_REBUTTAL_DEADLINE) && d.status() == CaseFile.DeadlineStatus.OPEN)
                .findFirst();
        if (rebuttal.isPresent() && !on.isAfter(rebuttal.get().dueOn())) {
            throw new InvalidFilingException(List.of("reviewDecision: the complainant has until " + rebuttal.get().dueOn()
                    + " to rebut the respondent's late submission; the review is completed after that (46a-54-49a(a))"));
        }
        rebuttal.ifPresent(d -> caseFile.close(docket, LATE_REBUTTAL_DEADLINE, "complainant", CaseFile.DeadlineStatus.MET, on));
        caseFile.closeByActOn(docket, REVIEW_DEADLINE, on);
        if (dismiss) {
            records.setDisposition(docket, Disposition.MERIT_ASSESSMENT_DISMISSAL, on);
            records.setStage(docket, Stage.RECONSIDERATION);
        } else {
            LocalDate mailed = noticeMailedOn != null ? noticeMailedOn : on;
            if (mailed.isBefore(on) || mailed.isAfter(clock.today())) {
                throw new InvalidFilingException(List.of("retentionNoticeMailedOn: the notice of the determination is "
                        + "mailed on or after the day of the determination, and not in the future (46a-54-49a(e), 56a(b))"));
            }
            if (noticeMethod == null || !ComplaintIntake.SERVICE_METHODS.contains(noticeMethod)) {
                throw new InvalidFilingException(List.of("retentionNoticeMethod: 'How the notice was sent' is required: in "
                        + "person, by mail, or a copy left at the place of business or abode (46a-54-49a(e), 18a)"));
            }
            // the notice as staff sent it: its way, never one nobody chose (review F23)
            notices.serveOnParties(docket, RETENTION_NOTICE, noticeMethod, mailed, "46a-54-49a(e), 56a(b)");
        }
        return dismiss;
    }
}
