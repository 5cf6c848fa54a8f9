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
        FilingSchedule.Entry entry = plans.schedule().find(agency)
                .orElseThrow(() -> new IllegalArgumentException("agency: '" + agency + "' is not in Appendix A (46a-68-51)"));
        // from the year before: its second semiannual date falls in January to June of this year (review W-4)
        return java.util.stream.IntStream.rangeClosed(from.getYear() - 1, from.getYear() + 2).boxed()
                .flatMap(year -> FilingSchedule.dueDates(entry, year, calendar).stream())
                .filter(d -> !d.isBefore(from)).min(java.util.Comparator.naturalOrder());
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
}
