package org.civilrights.workflow.planreview;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.civilrights.workflow.calendar.LegalCalendar;
import org.civilrights.workflow.process.OfficeClock;
import org.springframework.stereotype.Service;

/** The next plan due date of each agency, watched until a plan is filed (46a-68-51, 71). */
@Service
public class PlanDueDates {

    private final PlanReview plans;
    private final LegalCalendar calendar;
    private final OfficeClock clock;

    PlanDueDates(PlanReview plans, LegalCalendar calendar, OfficeClock clock) {
        this.plans = plans;
        this.calendar = calendar;
        this.clock = clock;
    }

    /** The first due date of {@code agency} on or after {@code from} (rolled to a business day, 51(d)). */
    public Optional<LocalDate> nextDueOn(String agency, LocalDate from) {
        FilingSchedule.Entry entry = entry(agency);
        // from the year before: its second semiannual date falls in January to June of this year (review W-4)
        return java.util.stream.IntStream.rangeClosed(from.getYear() - 1, from.getYear() + 2).boxed()
                .flatMap(year -> FilingSchedule.dueDates(entry, year, calendar).stream())
                .filter(d -> !d.isBefore(from)).min(java.util.Comparator.naturalOrder());
    }

    /**
     * Whether {@code day} is a due date of {@code agency} under the schedule as it stands now, with the
     * commission's decisions on annual filing (46a-68-51(a)-(d), 52). A date of one year may come from that
     * year's Appendix A date or from six months after last year's.
     */
    public boolean isDueDate(String agency, LocalDate day) {
        FilingSchedule.Entry entry = entry(agency);
        return java.util.stream.IntStream.rangeClosed(day.getYear() - 1, day.getYear())
                .anyMatch(year -> FilingSchedule.dueDates(entry, year, calendar).contains(day));
    }

    /**
     * 46a-68-51, 52: after the commission grants or rescinds annual filing on {@code decidedOn}, a watched
     * date later than that day which the new schedule does not have is no longer due (an annual filer owes
     * nothing six months after its Appendix A date, 51(a)). A date on or before the decision was due when it
     * came and stays so.
     */
    public boolean noLongerDue(String agency, LocalDate watched, LocalDate decidedOn) {
        return watched.isAfter(decidedOn) && !isDueDate(agency, watched);
    }

    /**
     * 46a-68-51, 52: the date to watch once the agency's frequency has changed on {@code decidedOn}: its next
     * due date under the new schedule, from the day after the decision but not before today, and not one
     * for which a plan is already registered (filed early, 51(e)). A date that fell due under the new
     * schedule between the decision and the day it is entered is not watched afterwards: until then the
     * schedule refused a plan for it (review W-3).
     */
    public Optional<LocalDate> nextToWatchAfterChange(String agency, LocalDate decidedOn) {
        LocalDate from = decidedOn.plusDays(1).isAfter(clock.today()) ? decidedOn.plusDays(1) : clock.today();
        Optional<LocalDate> next = nextDueOn(agency, from);
        while (next.isPresent() && plans.isRegistered(agency, next.get())) {
            next = nextDueOn(agency, next.get().plusDays(1));
        }
        return next;
    }

    /**
     * 46a-68-71(3), 46a-54-39a: the commission may file a complaint against an agency that did not submit
     * its plan by the due date; the vote to do so comes after that date and is not in the future.
     */
    public LocalDate checkComplaintVote(LocalDate dueOn, LocalDate votedOn) {
        if (votedOn == null || !votedOn.isAfter(dueOn) || votedOn.isAfter(clock.today())) {
            throw new IllegalArgumentException("commissionVoteOn: the day the commission voted the complaint is required, "
                    + "after the due date " + dueOn + " and not in the future (46a-68-71(3), 46a-54-39a)");
        }
        return votedOn;
    }

    /** Every agency of Appendix A. */
    public List<String> agencies() {
        return plans.schedule().entries().stream().map(FilingSchedule.Entry::agency).toList();
    }

    public LocalDate today() {
        return clock.today();
    }

    private FilingSchedule.Entry entry(String agency) {
        return plans.schedule().find(agency)
                .orElseThrow(() -> new IllegalArgumentException("agency: '" + agency + "' is not in Appendix A (46a-68-51)"));
    }
}
