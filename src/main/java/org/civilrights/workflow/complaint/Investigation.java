package org.civilrights.workflow.complaint;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.civilrights.workflow.calendar.LegalCalendar;
import org.civilrights.workflow.calendar.LegalPeriod;
import org.civilrights.workflow.process.OfficeClock;
import org.springframework.stereotype.Service;

/**
 * Investigation and determination (46a-54-55a, 59a to 61a, 65a(b), 67a): the 190 days and their two
 * extensions, final comments, reasonable cause and conciliation, no reasonable cause, and the
 * investigator's administrative dismissal.
 */
@Service
public class Investigation {

    /** 46a-54-65a(b): completed within 190 days after the determination following the review. */
    public static final LegalPeriod PERIOD = LegalPeriod.days(190);
    /** 46a-54-65a(b): no more than two extensions of three months each. */
    public static final LegalPeriod EXTENSION = LegalPeriod.months(3);
    public static final int MAX_EXTENSIONS = 2;
    /**
     * The project's own lead time (65a(b) gives none): the executive director is asked whether to extend this long
     * before the period ends, because once it has ended there is nothing left to extend (review F25).
     */
    public static final LegalPeriod EXTENSION_OFFERED_BEFORE_END = LegalPeriod.days(30);
    /** 46a-54-59a(b): fifteen days from the mailing of the notice to comment. */
    public static final LegalPeriod COMMENT_PERIOD = LegalPeriod.days(15);
    public static final String DEADLINE = "Investigation";
    public static final String COMMENTS_DEADLINE = "Final comments";
    /** 46a-54-67a(f)(1)(A)-(E): the only grounds of an administrative dismissal. */
    public static final Set<String> ADMINISTRATIVE_GROUNDS = Set.of("COMPLAINANT_CANNOT_BE_LOCATED",
            "COMPLAINANT_FAILS_TO_COOPERATE", "COMPLAINANT_MISSED_MEDIATION", "COMPLAINANT_REFUSED_FULL_RELIEF",
            "RESPONDENT_CEASED_OPERATIONS");

    private final ComplaintRecords records;
    private final CaseFile caseFile;
    private final LegalCalendar calendar;
    private final OfficeClock clock;
    private final PartyNotices notices;

    Investigation(ComplaintRecords records, CaseFile caseFile, LegalCalendar calendar, OfficeClock clock,
                  PartyNotices notices) {
        this.records = records;
        this.caseFile = caseFile;
        this.calendar = calendar;
        this.clock = clock;
        this.notices = notices;
    }

    /**
     * The investigation's clock as complaint-investigation-period.dmn gives it: 46a-54-65a(b) 190 days from the
     * review's determination with two extensions; 65a(c) the statutory housing timeframe, from filing, with none.
     */
    public record PeriodRule(LegalPeriod period, boolean fromFiling, int extensionsAllowed) {
    }

    /**
     * 46a-54-65a(b), (c): opens the investigation's period from the determination following the review, or, for a
     * housing complaint, from the filing (review F06). A case whose dismissal was reconsidered gets a new period from
     * the recorded date of the executive director's decision (62a(g)), the later of the two dates counting: the
     * regulation is silent, so this is the project's policy (review F25). Without either date (a case moved here by
     * hand) the period runs from today.
     */
    public LocalDate open(String docket, LocalDate reviewDecidedOn, LocalDate reconsideredOn, PeriodRule rule) {
        boolean afterReconsideration = reconsideredOn != null && (reviewDecidedOn == null || reconsideredOn.isAfter(reviewDecidedOn));
        LocalDate start = rule.fromFiling() ? records.get(docket).filedOn()
                : afterReconsideration ? reconsideredOn : reviewDecidedOn != null ? reviewDecidedOn : clock.today();
        LocalDate lastDay = calendar.lastDayUnmoved(start, rule.period());
        LocalDate due = calendar.nextOpenDay(lastDay);
        caseFile.open(docket, DEADLINE, "commission", rule.fromFiling() ? "46a-54-65a(c)"
                : afterReconsideration ? "46a-54-65a(b), 62a(g)" : "46a-54-65a(b)", lastDay, due);
        records.setStage(docket, Stage.INVESTIGATION);
        return due;
    }

    /** 46a-54-65a(b): the day the executive director is asked whether to extend a period due on {@code dueOn} (F25). */
    public static LocalDate extensionOfferedOn(LocalDate dueOn) {
        return dueOn.minusDays(EXTENSION_OFFERED_BEFORE_END.amount());
    }

    /**
     * 46a-54-65a(b): the executive director may grant no more than two extensions of three months, each before the
     * period it extends has ended (the recorded day of the decision; review F25).
     *
     * @return the new due day
     */
    public LocalDate extend(String docket, int extensionsSoFar, int extensionsAllowed, LocalDate currentDue,
                            LocalDate decidedOn) {
        clock.requireHappened(decidedOn, "investigationExtensionDecidedOn: the day the executive director decided is "
                + "required and cannot be in the future (46a-54-65a(b))");
        if (decidedOn.isAfter(currentDue)) {
            throw new InvalidFilingException(List.of("investigationExtensionDecidedOn: the investigation period ended on "
                    + currentDue + "; once it has ended there is nothing left to extend (46a-54-65a(b))"));
        }
        if (extensionsAllowed == 0) {
            throw new InvalidFilingException(List.of("extendInvestigation: a housing complaint is investigated within the "
                    + "statute's timeframe, without the extensions of 46a-54-65a(b) (65a(c))"));
        }
        if (extensionsSoFar >= Math.min(extensionsAllowed, MAX_EXTENSIONS)) {
            throw new InvalidFilingException(List.of("extendInvestigation: the investigation has had its two extensions "
                    + "of three months; no more may be granted (46a-54-65a(b))"));
        }
        // three months from the period's last day, not from the open day it was moved to (20a; review F14)
        LocalDate lastDay = calendar.lastDayUnmoved(caseFile.lastDay(docket, DEADLINE, "commission").orElse(currentDue),
                EXTENSION);
        LocalDate due = calendar.nextOpenDay(lastDay);
        caseFile.open(docket, DEADLINE, "commission", "46a-54-65a(b), extension " + (extensionsSoFar + 1), lastDay, due);
        return due;
    }

    /**
     * 46a-54-59a: the investigator mails both parties the draft findings with the notice of their
     * right to comment; the comment period runs 15 days from the mailing.
     */
    public LocalDate mailForFinalComments(String docket, LocalDate mailedOn) {
        requirePast(mailedOn, "commentsMailedOn", "46a-54-59a(a)");
        notices.serveOnParties(docket, "Draft findings with notice of the right to comment", "FIRST_CLASS_MAIL", mailedOn,
                "46a-54-59a(a)");
        LocalDate due = calendar.dueDate(mailedOn, COMMENT_PERIOD);
        caseFile.open(docket, COMMENTS_DEADLINE, "complainant and respondents", "46a-54-59a(b)", due);
        return due;
    }

    /** 46a-54-55a(h), 67a(a)(2): a predetermination conciliation agreement ends the complaint. */
    public void recordPredeterminationAgreement(String docket) {
        closeInvestigation(docket);
        records.setDisposition(docket, Disposition.CONCILIATION_AGREEMENT, clock.today());
    }

    /** 46a-54-67a(f): the investigator's administrative dismissal, on one of its five grounds only. */
    public void dismissAdministratively(String docket, String ground) {
        if (ground == null || !ADMINISTRATIVE_GROUNDS.contains(ground)) {
            throw new InvalidFilingException(List.of("administrativeGround: an administrative dismissal needs one of the "
                    + "grounds of 46a-54-67a(f)(1)(A)-(E)"));
        }
        closeInvestigation(docket);
        records.setDisposition(docket, Disposition.ADMINISTRATIVE_DISMISSAL, clock.today());
        records.setDispositionGround(docket, ground);
        records.setStage(docket, Stage.RECONSIDERATION);
    }

    /**
     * 46a-54-60a(a), (b), 61a(a): after the comment period, the investigator's final determination.
     * Reasonable cause is notified to both parties with the start of conciliation, on the day and in the way the
     * investigator records; no reasonable cause is a dismissal the complainant may ask to reconsider (its mailing is
     * recorded in the reconsideration stage, 61a(b)).
     */
    public void determine(String docket, String determination, LocalDate findingSentOn, String findingMethod) {
        if ("REASONABLE_CAUSE".equals(determination)) {
            // the finding as the investigator sent it: its day and way, never the click (review F23)
            List<String> problems = new java.util.ArrayList<>();
            if (findingSentOn == null || findingSentOn.isAfter(clock.today())) {
                problems.add("findingSentOn: 'Finding sent to the parties on' is required and cannot be in the future "
                        + "(46a-54-60a(b))");
            }
            if (findingMethod == null || !ComplaintIntake.SERVICE_METHODS.contains(findingMethod)) {
                problems.add("findingMethod: 'How the finding was sent' is required: in person, by mail, or a copy left "
                        + "at the place of business or abode (46a-54-60a(b), 18a)");
            }
            if (!problems.isEmpty()) {
                throw new InvalidFilingException(problems);
            }
        }
        closeInvestigation(docket);
        if ("REASONABLE_CAUSE".equals(determination)) {
            notices.serveOnParties(docket, "Finding of reasonable cause and notice of conciliation", findingMethod,
                    findingSentOn, "46a-54-60a(b)");
            records.setStage(docket, Stage.DETERMINATION);
        } else if ("NO_REASONABLE_CAUSE".equals(determination)) {
            records.setDisposition(docket, Disposition.NO_REASONABLE_CAUSE, clock.today());
            records.setStage(docket, Stage.RECONSIDERATION);
        } else {
            throw new InvalidFilingException(List.of("determination: reasonable cause or no reasonable cause "
                    + "(46a-54-60a, 61a)"));
        }
    }

    /**
     * 46a-54-60a(c), (d), 67a(a)(3): conciliation ends in an agreement, or the investigator certifies
     * the complaint and the findings to public hearing.
     */
    public void concludeConciliation(String docket, boolean agreement) {
        if (agreement) {
            records.setDisposition(docket, Disposition.CONCILIATION_AGREEMENT, clock.today());
        } else {
            records.setDisposition(docket, Disposition.CERTIFIED_TO_PUBLIC_HEARING, clock.today());
            records.setStage(docket, Stage.PUBLIC_HEARING);
        }
    }

    private void closeInvestigation(String docket) {
        caseFile.closeByActOn(docket, DEADLINE, clock.today());
    }

    private void requirePast(LocalDate date, String field, String section) {
        clock.requireHappened(date, field + ": the mailing date is required and cannot be in the "
                    + "future (" + section + ")");
    }
}
