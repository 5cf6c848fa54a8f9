package org.civilrights.workflow.complaint;

import java.time.LocalDate;
import java.util.List;

import org.civilrights.workflow.calendar.LegalCalendar;
import org.civilrights.workflow.calendar.LegalPeriod;
import org.civilrights.workflow.process.OfficeClock;
import org.springframework.stereotype.Service;

/**
 * A dismissal, its mailing with the notice of the right to ask for reconsideration, and the request
 * (46a-54-61a(b), 62a, 67a).
 */
@Service
public class Reconsideration {

    /** 46a-54-62a(b): received not later than fifteen days after the mailing of the dismissal. */
    public static final LegalPeriod PERIOD = LegalPeriod.days(15);
    /**
     * Mail received on the last day reaches the case a few days later: the stage waits this long after
     * the last day for staff to record a request before the dismissal is final. Timeliness is still
     * decided by the recorded date of receipt (46a-54-62a(b), (c)).
     */
    public static final LegalPeriod RECORDING_GRACE = LegalPeriod.businessDays(5);
    public static final String DEADLINE = "Request for reconsideration";

    private final ComplaintRecords records;
    private final CaseFile caseFile;
    private final LegalCalendar calendar;
    private final OfficeClock clock;
    private final PartyNotices notices;

    Reconsideration(ComplaintRecords records, CaseFile caseFile, LegalCalendar calendar, OfficeClock clock,
                    PartyNotices notices) {
        this.records = records;
        this.caseFile = caseFile;
        this.calendar = calendar;
        this.clock = clock;
        this.notices = notices;
    }

    public record Window(LocalDate dueOn, LocalDate closesOn) {
    }

    /**
     * 46a-54-61a(b): the dismissal is mailed to the complainant and the respondent by certified mail,
     * with the notice of the complainant's right to ask for reconsideration; the 15 days run from the
     * mailing (62a(b)).
     */
    public Window mailDismissal(String docket, LocalDate mailedOn) {
        clock.requireHappened(mailedOn, "dismissalMailedOn: the mailing date is required and cannot be in "
                    + "the future (46a-54-61a(b))");
        String disposition = records.get(docket).disposition();
        String label = disposition == null ? "Dismissal" : Disposition.valueOf(disposition).label();
        notices.serveOnParties(docket, label + ", with notice of the right to request reconsideration",
                "CERTIFIED_MAIL", mailedOn, "46a-54-61a(b)");
        LocalDate due = calendar.dueDate(mailedOn, PERIOD);
        caseFile.open(docket, DEADLINE, "complainant", "46a-54-62a(b)", due);
        records.setStage(docket, Stage.RECONSIDERATION);
        return new Window(due, calendar.dueDate(due, RECORDING_GRACE));
    }

    /**
     * 46a-54-62a(b), (c): a request is timely when the commission received it not later than the
     * fifteenth day after the mailing (rolled to an open day, 20a).
     */
    public boolean isTimely(String docket, LocalDate receivedOn, LocalDate dueOn) {
        clock.requireHappened(receivedOn, "reconsiderationReceivedOn: the day the commission received the "
                    + "request is required and cannot be in the future (46a-54-62a(b))");
        boolean timely = !receivedOn.isAfter(dueOn);
        caseFile.close(docket, DEADLINE, "complainant",
                timely ? CaseFile.DeadlineStatus.MET : CaseFile.DeadlineStatus.MISSED, receivedOn);
        return timely;
    }

    /**
     * 46a-54-62a(c): an untimely request is rejected without a review of its substance. The complainant
     * then filed no timely request, so the dismissal is final as if none had come, with the release of
     * 66a(c) where it is due ({@link #makeFinal}).
     */
    public boolean rejectUnread(String docket) {
        caseFile.served(docket, "Untimely request for reconsideration rejected without review", "complainant",
                "FIRST_CLASS_MAIL", clock.today(), null, "46a-54-62a(c)");
        return makeFinal(docket);
    }

    /**
     * 46a-54-62a(d)-(g): the executive director's decision, notified to both parties. Granted, the file
     * goes back for further investigation; rejected, the dismissal is a commission dismissal (67a).
     * After a rejected reconsideration of a merit assessment dismissal the complainant may still ask
     * for a release within 15 days of receiving the notice (66a(d)(1)): the returned day ends that
     * window (receipt estimated three days after mailing until one is proven; review F16); otherwise null.
     */
    public LocalDate decide(String docket, boolean reconsider, LocalDate mailedOn) {
        if (mailedOn != null && mailedOn.isAfter(clock.today())) {
            throw new InvalidFilingException(List.of("reconsiderationDecisionMailedOn: the day the decision was mailed "
                    + "cannot be in the future (46a-54-62a(f))"));
        }
        LocalDate today = mailedOn != null ? mailedOn : clock.today();
        notices.serveOnParties(docket, reconsider ? "Reconsideration granted" : "Reconsideration rejected",
                "FIRST_CLASS_MAIL", today, "46a-54-62a(f)");
        if (reconsider) {
            records.clearDisposition(docket);
            records.setStage(docket, Stage.INVESTIGATION);
            return null;
        }
        if (Disposition.MERIT_ASSESSMENT_DISMISSAL.name().equals(records.get(docket).disposition())) {
            // 66a(d)(1): fifteen days after the complainant's receipt of the notice: the agency's estimate until a receipt
            // is proven (review F16), kept as a clock a proven receipt can move
            LocalDate lastDay = calendar.lastDayUnmoved(Receipts.receivedOrEstimated(null, today), RELEASE_REQUEST_WINDOW);
            LocalDate due = calendar.nextOpenDay(lastDay);
            caseFile.open(docket, RELEASE_WINDOW_DEADLINE, "complainant", "46a-54-66a(d)(1)", lastDay, due);
            return due;
        }
        records.setStage(docket, Stage.CLOSED);
        return null;
    }

    /** 46a-54-66a(d)(1): fifteen days after receipt of the notice of the reconsideration decision. */
    public static final LegalPeriod RELEASE_REQUEST_WINDOW = LegalPeriod.days(15);
    public static final String RELEASE_WINDOW_DEADLINE = "Request for a release after the reconsideration decision";

    /** The release window after a merit dismissal closed without a release: the case is closed. */
    public void close(String docket) {
        records.setStage(docket, Stage.CLOSED);
        caseFile.deadlines(docket).stream()
                .filter(d -> d.deadline().equals(RELEASE_WINDOW_DEADLINE) && d.status() == CaseFile.DeadlineStatus.OPEN)
                .forEach(d -> caseFile.close(docket, d.deadline(), d.party(), CaseFile.DeadlineStatus.MISSED, d.dueOn()));
    }

    /**
     * 46a-54-67a: no timely request: the dismissal is a commission dismissal. 46a-54-66a(c): after a
     * merit assessment dismissal, or a dismissal for refusing full relief, with no timely request for
     * reconsideration, the executive director shall grant a release of jurisdiction: returns whether one is due. The
     * release itself is the executive director's act, recorded with its day and way ({@link #issueMandatoryRelease};
     * review F23).
     */
    public boolean makeFinal(String docket) {
        records.setStage(docket, Stage.CLOSED);
        String disposition = records.get(docket).disposition();
        // the ground is read from the case record, where the investigation stage kept it (review F02)
        return Disposition.MERIT_ASSESSMENT_DISMISSAL.name().equals(disposition)
                || (Disposition.ADMINISTRATIVE_DISMISSAL.name().equals(disposition)
                && "COMPLAINANT_REFUSED_FULL_RELIEF".equals(records.dispositionGround(docket)));
    }

    /**
     * 46a-54-66a(c): "The executive director shall grant a release of jurisdiction": the release the regulation
     * requires, sent to the complainant on the day and in the way the executive director records, never the click:
     * the time to sue runs from it (General Statutes 46a-101; review F23).
     */
    public void issueMandatoryRelease(String docket, LocalDate issuedOn, String method) {
        List<String> problems = new java.util.ArrayList<>();
        if (issuedOn == null || issuedOn.isAfter(clock.today())) {
            problems.add("releaseIssuedOn: 'Release issued on' is required and cannot be in the future (46a-54-66a(c))");
        }
        if (method == null || !ComplaintIntake.SERVICE_METHODS.contains(method)) {
            problems.add("releaseMethod: 'How the release was sent' is required: in person, by mail, or a copy left at the "
                    + "place of business or abode (46a-54-66a(c), 18a)");
        }
        if (!problems.isEmpty()) {
            throw new InvalidFilingException(problems);
        }
        caseFile.served(docket, CaseEvents.RELEASE, "complainant", method, issuedOn, null, "46a-54-66a(c)");
    }
}
