package org.civilrights.workflow.complaint;

import java.time.LocalDate;
import java.util.List;

import org.civilrights.workflow.calendar.LegalCalendar;
import org.civilrights.workflow.calendar.LegalPeriod;
import org.civilrights.workflow.process.OfficeClock;
import org.civilrights.workflow.process.RuleChecks;
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
    /** 46a-54-62a(b): the request, kept with whether the complainant certified that a copy was mailed to the respondent. */
    static final String REQUEST_CERTIFIED = "Request for reconsideration, certifying a copy mailed to the respondent";
    static final String REQUEST_UNCERTIFIED = "Request for reconsideration, without the certification of a copy to the respondent";
    static final String REJECTED_UNREAD = "Untimely request for reconsideration rejected without review";
    static final String RELEASE = CaseEvents.RELEASE;
    /** 46a-54-62a(a): the dismissals the complainant may ask to reconsider (67a(b), (c), (d), (f)). */
    static final java.util.Set<String> RECONSIDERABLE = java.util.Set.of(Disposition.NO_REASONABLE_CAUSE.name(),
            Disposition.NO_REASONABLE_CAUSE_LACK_OF_JURISDICTION.name(), Disposition.MERIT_ASSESSMENT_DISMISSAL.name(),
            Disposition.ADMINISTRATIVE_DISMISSAL.name());

    /**
     * 46a-54-62a(g): "returned to the appropriate regional office for further investigation or other action consistent
     * with the executive director's decision": the next step the decision names (review F32). SERVICE: served with the
     * notice of rights requiring an answer (42a(b)(1)), after a dismissal for lack of jurisdiction (review F05).
     */
    public enum NextStep {
        INVESTIGATION(Stage.INVESTIGATION), SERVICE(Stage.INTAKE), MERIT_REVIEW(Stage.MERIT_ASSESSMENT),
        MEDIATION(Stage.MEDIATION);

        final Stage stage;

        NextStep(Stage stage) {
            this.stage = stage;
        }
    }

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
     * fifteenth day after the mailing (rolled to an open day, 20a). The request is kept in the case file with whether
     * the complainant certified that a copy was mailed to the respondent and its attorney (62a(b); review F24).
     */
    public boolean isTimely(String docket, LocalDate receivedOn, LocalDate dueOn, Boolean copyMailedToRespondent) {
        clock.requireHappened(receivedOn, "reconsiderationReceivedOn: the day the commission received the "
                    + "request is required and cannot be in the future (46a-54-62a(b))");
        boolean timely = !receivedOn.isAfter(dueOn);
        caseFile.close(docket, DEADLINE, "complainant",
                timely ? CaseFile.DeadlineStatus.MET : CaseFile.DeadlineStatus.MISSED, receivedOn);
        caseFile.served(docket, Boolean.TRUE.equals(copyMailedToRespondent) ? REQUEST_CERTIFIED : REQUEST_UNCERTIFIED,
                "executive director", "FILED", receivedOn, receivedOn, "46a-54-62a(b)");
        return timely;
    }

    /**
     * 46a-54-62a(b): whether a timely request for the dismissal last mailed is recorded and not yet decided: the stage
     * then starts at the review, the dismissal having been mailed already (a request recorded after the dismissal
     * became final; review F24).
     */
    public boolean requestAwaitsDecision(String docket) {
        List<CaseFile.ServedNotice> notices = caseFile.notices(docket);
        java.util.Optional<LocalDate> mailed = notices.stream().filter(n -> n.section().equals("46a-54-61a(b)"))
                .map(CaseFile.ServedNotice::sentOn).max(LocalDate::compareTo);
        java.util.Optional<LocalDate> requested = notices.stream()
                .filter(n -> n.notice().equals(REQUEST_CERTIFIED) || n.notice().equals(REQUEST_UNCERTIFIED))
                .map(CaseFile.ServedNotice::sentOn).filter(on -> mailed.isPresent() && !on.isBefore(mailed.get()))
                .max(LocalDate::compareTo);
        return requested.isPresent() && notices.stream().noneMatch(n -> n.section().equals("46a-54-62a(f)")
                && !n.sentOn().isBefore(requested.get()));
    }

    /**
     * 46a-54-62a(b), (c): a request the commission received within the fifteen days but that staff record only after
     * the dismissal became final (mail that reached the file late) is still a timely request: receipt, not recording,
     * decides (review F24). It reopens reconsideration when no release of jurisdiction has issued; an untimely one is
     * rejected without review. Returns whether reconsideration reopens (false: the request was rejected unread).
     *
     * @throws InvalidFilingException when there is no final dismissal awaiting a request, a request was already
     *                                recorded, or a release has issued
     */
    public boolean recordAfterFinal(String docket, LocalDate receivedOn, Boolean copyMailedToRespondent) {
        clock.requireHappened(receivedOn, "receivedOn: the day the commission received the request is required and cannot "
                + "be in the future (46a-54-62a(b))");
        ComplaintRecords.CaseSummary complaint = records.get(docket);
        if (!Stage.CLOSED.name().equals(complaint.stage()) || !RECONSIDERABLE.contains(complaint.disposition())) {
            throw new InvalidFilingException(List.of("requestType: complaint " + docket + " has no final dismissal that the "
                    + "complainant may ask to reconsider (46a-54-62a(a))"));
        }
        java.util.Optional<CaseFile.ServedNotice> release = caseFile.notices(docket).stream()
                .filter(n -> n.notice().equals(RELEASE)).findFirst();
        if (release.isPresent()) {
            throw new InvalidFilingException(List.of("requestType: a release of jurisdiction was issued on "
                    + release.get().sentOn() + " (46a-54-66a(c)); the dismissal can no longer be reconsidered (46a-54-62a(b))"));
        }
        CaseFile.Deadline window = caseFile.deadlines(docket).stream().filter(d -> d.deadline().equals(DEADLINE))
                .findFirst().orElseThrow(() -> new InvalidFilingException(List.of("requestType: the dismissal of " + docket
                        + " was not mailed with the notice of the right to reconsideration (46a-54-61a(b))")));
        if (window.status() != CaseFile.DeadlineStatus.OPEN) {
            throw new InvalidFilingException(List.of("requestType: a request for reconsideration of this dismissal was "
                    + "already recorded, received on " + window.closedOn() + " (46a-54-62a)"));
        }
        boolean timely = isTimely(docket, receivedOn, window.dueOn(), copyMailedToRespondent);
        if (!timely) {
            caseFile.served(docket, REJECTED_UNREAD, "complainant", "FIRST_CLASS_MAIL", clock.today(), null, "46a-54-62a(c)");
            return false;
        }
        records.setStage(docket, Stage.RECONSIDERATION);
        return true;
    }

    /**
     * 46a-54-62a(c): an untimely request is rejected without a review of its substance. The complainant
     * then filed no timely request, so the dismissal is final as if none had come, with the release of
     * 66a(c) where it is due ({@link #makeFinal}).
     */
    public boolean rejectUnread(String docket) {
        caseFile.served(docket, REJECTED_UNREAD, "complainant", "FIRST_CLASS_MAIL", clock.today(), null, "46a-54-62a(c)");
        return makeFinal(docket);
    }

    /**
     * The executive director's decision as recorded: the day decided and the day its notice was mailed to the parties
     * (62a(d), (f)), and, when granted, the next step it names (62a(g); review F32).
     */
    public record Decision(boolean reconsider, LocalDate decidedOn, LocalDate mailedOn, String nextStep) {
    }

    /** What the decision leads to: the step the case returns to, and the end of the 66a(d)(1) window, or null. */
    public record Outcome(NextStep nextStep, LocalDate releaseWindowEndsOn) {
    }

    /**
     * 46a-54-62a(d)-(g): the executive director's decision, notified to both parties. Granted, the file returns for
     * the step the decision names (62a(g); review F32): further investigation, the merit assessment review, mandatory
     * mediation, or, after a dismissal for lack of jurisdiction, service with the notice requiring an answer
     * (42a(b)(1); review F05). Rejected, the dismissal is a commission dismissal (67a). After a rejected
     * reconsideration of a merit assessment dismissal the complainant may still ask for a release within 15 days of
     * receiving the notice (66a(d)(1)): the outcome's day ends that window (receipt estimated three days after mailing
     * until one is proven; review F16).
     */
    public Outcome decide(String docket, Decision decision, boolean housingClaim) {
        RuleChecks checks = new RuleChecks(clock);
        LocalDate decidedOn = checks.happened(decision.decidedOn(), "reconsiderationDecidedOn",
                "the day the executive director decided (46a-54-62a(d))");
        LocalDate mailedOn = checks.happened(decision.mailedOn(), "reconsiderationDecisionMailedOn",
                "the day the decision was mailed to the parties (46a-54-62a(f))");
        checks.notBefore(mailedOn, decidedOn, "reconsiderationDecisionMailedOn", "the decision is mailed once made (46a-54-62a(f))");
        NextStep next = null;
        if (decision.reconsider()) {
            boolean lackOfJurisdiction = Disposition.NO_REASONABLE_CAUSE_LACK_OF_JURISDICTION.name()
                    .equals(records.get(docket).disposition());
            next = decision.nextStep() == null ? null : java.util.Arrays.stream(NextStep.values())
                    .filter(n -> n.name().equals(decision.nextStep())).findFirst().orElse(null);
            checks.require(next != null, "reconsideredTo: the decision names what follows: further investigation, service "
                    + "with the notice requiring an answer, the merit assessment review, or mandatory mediation (46a-54-62a(g))");
            checks.require(next == null || !lackOfJurisdiction || next == NextStep.SERVICE, "reconsideredTo: the complaint was "
                    + "dismissed for lack of jurisdiction and served with a notice that no answer is due; it is served again "
                    + "with the notice requiring an answer (46a-54-62a(g), 42a(b)(1))");
            checks.require(next != NextStep.SERVICE || lackOfJurisdiction, "reconsideredTo: the complaint was already served "
                    + "with the notice requiring an answer; service follows only a dismissal for lack of jurisdiction "
                    + "(46a-54-42a(b)(1), 62a(g))");
            checks.require(!housingClaim || (next != NextStep.MERIT_REVIEW && next != NextStep.MEDIATION),
                    "reconsideredTo: a housing complaint has no merit assessment review and so no mandatory mediation "
                            + "(46a-54-49a(c), 56a(a))");
        }
        checks.orThrow();
        notices.serveOnParties(docket, decision.reconsider() ? "Reconsideration granted" : "Reconsideration rejected",
                "FIRST_CLASS_MAIL", mailedOn, "46a-54-62a(f)");
        if (decision.reconsider()) {
            records.clearDisposition(docket);
            records.setStage(docket, next.stage);
            return new Outcome(next, null);
        }
        if (Disposition.MERIT_ASSESSMENT_DISMISSAL.name().equals(records.get(docket).disposition())) {
            // 66a(d)(1): fifteen days after the complainant's receipt of the notice: the agency's estimate until a receipt
            // is proven (review F16), kept as a clock a proven receipt can move
            LocalDate lastDay = calendar.lastDayUnmoved(Receipts.receivedOrEstimated(null, mailedOn), RELEASE_REQUEST_WINDOW);
            LocalDate due = calendar.nextOpenDay(lastDay);
            caseFile.open(docket, RELEASE_WINDOW_DEADLINE, "complainant", "46a-54-66a(d)(1)", lastDay, due);
            return new Outcome(null, due);
        }
        records.setStage(docket, Stage.CLOSED);
        return new Outcome(null, null);
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
        caseFile.served(docket, RELEASE, "complainant", method, issuedOn, null, "46a-54-66a(c)");
    }
}
