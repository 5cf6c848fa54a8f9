package org.civilrights.workflow.complaint;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.civilrights.workflow.calendar.LegalCalendar;
import org.civilrights.workflow.calendar.LegalPeriod;
import org.civilrights.workflow.process.OfficeClock;
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
     * 46a-54-52a(b)-(d), 53a(b)-(d): an objection or a request for more time, received by the time set
     * for compliance, is decided by commission counsel; if denied, a reasonable time to comply is given.
     * Returns the new due day, or null when the objection is sustained.
     */
    public LocalDate decideObjection(String docket, int respondentNo, boolean sustain, LocalDate newDue) {
        String respondent = records.respondent(docket, respondentNo).name();
        if (sustain) {
            caseFile.close(docket, DEADLINE, respondent, CaseFile.DeadlineStatus.CANCELLED, clock.today());
            return null;
        }
        if (newDue == null || !newDue.isAfter(clock.today())) {
            throw new InvalidFilingException(List.of("complianceDueOn: a reasonable time to comply, after today, is "
                    + "afforded when an objection or a request for more time is denied (46a-54-52a(d), 53a(d))"));
        }
        LocalDate due = calendar.nextOpenDay(newDue);
        caseFile.open(docket, DEADLINE, respondent, "46a-54-52a(d), 53a(d)", due);
        return due;
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
