package org.civilrights.workflow.complaint;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.civilrights.workflow.calendar.LegalCalendar;
import org.civilrights.workflow.calendar.LegalPeriod;
import org.civilrights.workflow.process.OfficeClock;
import org.civilrights.workflow.process.RuleChecks;
import org.springframework.stereotype.Service;

/** Interrogatories and subpoenas served on a respondent during the investigation (46a-54-52a, 53a, 57a). */
@Service
public class Discovery {

    /** 46a-54-52a(a): answered under oath within 30 days after receipt, unless a shorter time is specified. */
    public static final LegalPeriod INTERROGATORY_PERIOD = LegalPeriod.days(30);
    public static final String DEADLINE = "Interrogatories or subpoena";

    private final ComplaintRecords records;
    private final CaseFile caseFile;
    private final LegalCalendar calendar;
    private final OfficeClock clock;

    Discovery(ComplaintRecords records, CaseFile caseFile, LegalCalendar calendar, OfficeClock clock) {
        this.records = records;
        this.caseFile = caseFile;
        this.calendar = calendar;
        this.clock = clock;
    }

    /**
     * 46a-54-52a(a), 53a(a): interrogatories are due 30 days after receipt unless a shorter time is
     * specified; a subpoena within the time it specifies. Returns the due day.
     */
    public LocalDate open(String docket, int respondentNo, Defaults.Ground kind, LocalDate receivedOn,
                          LocalDate specifiedDue) {
        List<String> problems = new ArrayList<>();
        if (kind != Defaults.Ground.INTERROGATORIES && kind != Defaults.Ground.SUBPOENA) {
            problems.add("defaultGround: interrogatories or a subpoena (46a-54-52a, 53a)");
        }
        if (receivedOn == null || receivedOn.isAfter(clock.today())) {
            problems.add("receivedOn: the day the respondent received them is required and cannot be in the future");
        }
        if (kind == Defaults.Ground.SUBPOENA && specifiedDue == null) {
            problems.add("complianceDueOn: a subpoena is complied with within the time it specifies (46a-54-53a(a))");
        }
        if (!problems.isEmpty()) {
            throw new InvalidFilingException(problems);
        }
        LocalDate due = kind == Defaults.Ground.SUBPOENA ? calendar.nextOpenDay(specifiedDue)
                : calendar.dueDate(receivedOn, INTERROGATORY_PERIOD);
        if (kind == Defaults.Ground.INTERROGATORIES && specifiedDue != null && specifiedDue.isBefore(due)) {
            due = calendar.nextOpenDay(specifiedDue);
        }
        String respondent = records.respondent(docket, respondentNo).name();
        caseFile.served(docket, kind == Defaults.Ground.SUBPOENA ? "Subpoena" : "Interrogatories", respondent,
                "CERTIFIED_MAIL", receivedOn, receivedOn, kind == Defaults.Ground.SUBPOENA ? "46a-54-53a" : "46a-54-52a");
        caseFile.open(docket, DEADLINE, respondent, kind == Defaults.Ground.SUBPOENA ? "46a-54-53a(a)" : "46a-54-52a(a)", due);
        return due;
    }

    /**
     * How commission counsel decides an objection or a request for more time (46a-54-52a, 53a; review F21): sustained
     * (nothing more is required), modified (the interrogatories or subpoena as modified are answered by a new date,
     * 52a(e)(3)), denied (a reasonable time to comply, 52a(d)), or more time granted for good cause (52a(a), (e)(4)).
     */
    public enum ObjectionDecision {
        SUSTAIN("Objection sustained: nothing more is required", "46a-54-52a(b), 53a(b)"),
        MODIFY("Interrogatories or subpoena modified on the objection", "46a-54-52a(e)(3), 53a(e)(3)"),
        DENY("Objection or request for more time denied", "46a-54-52a(d), 53a(d)"),
        MORE_TIME("More time to comply granted", "46a-54-52a(a), 53a(a)");

        final String notice;
        final String section;

        ObjectionDecision(String notice, String section) {
            this.notice = notice;
            this.section = section;
        }
    }

    /** The decision as counsel records it: the new time to comply, how the items are modified, when and how it was sent. */
    public record Decision(ObjectionDecision decision, LocalDate newDue, String modification, LocalDate sentOn,
                           String method) {
    }

    /** 46a-54-52a(c), 53a(c): whether counsel and the objecting person conferred to resolve it informally, when, and what came of it. */
    public record Conference(boolean held, LocalDate heldOn, String result) {
    }

    static final String CONFERENCE = "Informal conference on the objection";

    /**
     * 46a-54-52a(a)-(e), 53a(a)-(e): an objection or a request for more time, received by the time set for compliance
     * ({@code currentDue}), is decided by commission counsel as sustained, modified, denied or more time granted, each
     * but the first with its new time to comply; the decision is a paper served on the objecting person with that
     * date, and an informal conference is recorded (review F21). Returns the new due day, or null when sustained.
     */
    public LocalDate decideObjection(String docket, int respondentNo, LocalDate filedOn, LocalDate currentDue,
                                     Decision decision, Conference conference) {
        String respondent = records.respondent(docket, respondentNo).name();
        RuleChecks checks = new RuleChecks(clock);
        checks.require(decision.decision() != null, "objectionDecision: sustain, modify, deny, or grant more time "
                + "(46a-54-52a, 53a)");
        LocalDate sentOn = checks.happened(decision.sentOn(), "objectionDecisionSentOn",
                "the day the decision was sent to the respondent (46a-54-52a, 53a)");
        checks.require(ComplaintIntake.SERVICE_METHODS.contains(decision.method()), "objectionDecisionMethod: how the "
                + "decision was sent: in person, by mail or a copy left at the place of business or abode (46a-54-18a)");
        ObjectionDecision kind = decision.decision();
        if (kind != null && kind != ObjectionDecision.SUSTAIN) {
            checks.require(decision.newDue() != null && (sentOn == null || decision.newDue().isAfter(sentOn)),
                    "complianceDueOn: a reasonable time to comply, after the decision is sent, is afforded when an "
                            + "objection is modified or denied or more time is granted (46a-54-52a(d), 53a(d))");
        }
        if (kind == ObjectionDecision.MODIFY) {
            checks.require(decision.modification() != null && !decision.modification().isBlank(), "objectionModification: "
                    + "say how the interrogatories or the subpoena are modified (46a-54-52a(e)(3), 53a(e)(3))");
        }
        if (kind == ObjectionDecision.MORE_TIME) {
            checks.require(filedOn == null || currentDue == null || !filedOn.isAfter(currentDue), "objectionDecision: the "
                    + "request for more time was received on " + filedOn + ", after the time to comply (" + currentDue
                    + "); more time may be granted only on a request received by then (46a-54-52a(a), 53a(a))");
            checks.require(decision.newDue() == null || currentDue == null || decision.newDue().isAfter(currentDue),
                    "complianceDueOn: more time runs past the time to comply now set (" + currentDue + ") (46a-54-52a(a), 53a(a))");
        }
        if (conference.held()) {
            LocalDate heldOn = checks.happened(conference.heldOn(), "conferredOn",
                    "the day counsel and the objecting person conferred (46a-54-52a(c), 53a(c))");
            checks.notBefore(heldOn, filedOn, "conferredOn", "they confer on an objection already received (46a-54-52a(c))");
        }
        checks.orThrow();
        if (conference.held()) {
            caseFile.served(docket, CONFERENCE, respondent, "CONFERENCE", conference.heldOn(), conference.heldOn(),
                    "46a-54-52a(c), 53a(c)");
        }
        if (kind == ObjectionDecision.SUSTAIN) {
            caseFile.served(docket, kind.notice, respondent, decision.method(), sentOn, null, kind.section);
            caseFile.close(docket, DEADLINE, respondent, CaseFile.DeadlineStatus.CANCELLED, sentOn);
            return null;
        }
        LocalDate due = calendar.nextOpenDay(decision.newDue());
        caseFile.served(docket, kind.notice, respondent, decision.method(), sentOn, null, kind.section, due);
        caseFile.open(docket, DEADLINE, respondent, kind.section, due);
        return due;
    }

    /**
     * 46a-54-52a(a), (b), (e)(1), 53a(a), (b), (e)(1): an objection or a request for more time received by the time to
     * comply is timely, also when it is recorded only after that time ended (its timer gone): commission counsel then
     * decides it, and neither enforcement nor default follows as if none had come (review R-4).
     *
     * @throws InvalidFilingException when it was received after the time to comply, or not said when
     */
    public void requireFiledInTime(LocalDate receivedOn, LocalDate dueOn) {
        RuleChecks checks = new RuleChecks(clock);
        checks.happened(receivedOn, "answeredOn", "the day the objection or request for more time was received "
                + "(46a-54-52a(b), 53a(b))");
        checks.require(receivedOn == null || dueOn == null || !receivedOn.isAfter(dueOn), "answeredOn ('Objection or "
                + "request received on'): it was received on " + receivedOn + ", after the time to comply (" + dueOn + "); "
                + "only an objection or request received by then is timely (46a-54-52a(a), (b), 53a(a), (b)): choose "
                + "enforcement, default or neither");
        checks.orThrow();
    }

    /**
     * 46a-54-52a(e), 53a(e): enforcement in the Superior Court is sought by a commission attorney, on the day counsel
     * records it was filed, never the click (review F23).
     */
    public void recordEnforcement(String docket, int respondentNo, LocalDate filedOn) {
        clock.requireHappened(filedOn, "enforcementFiledOn: 'Filed in the Superior Court on' is required and cannot be "
                + "in the future (46a-54-52a(e), 53a(e))");
        caseFile.served(docket, "Enforcement sought in the Superior Court (46a-87, 46a-88)",
                records.respondent(docket, respondentNo).name(), "COURT_FILING", filedOn, null, "46a-54-52a(e), 53a(e)");
    }

    /** Closes the clock when the respondent complied (46a-54-57a(c)). */
    public void complied(String docket, int respondentNo, LocalDate on) {
        caseFile.closeByActOn(docket, DEADLINE, on);
    }
}
