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
        for (int year = from.getYear(); year <= from.getYear() + 2; year++) {
            Optional<LocalDate> due = FilingSchedule.dueDates(entry, year, calendar).stream()
                    .filter(d -> !d.isBefore(from)).findFirst();
            if (due.isPresent()) {
                return due;
            }
        }
        return Optional.empty();
    }

    /** Every agency of Appendix A. */
    public List<String> agencies() {
        return plans.schedule().entries().stream().map(FilingSchedule.Entry::agency).toList();
    }

    public LocalDate today() {
        return clock.today();
    }
}
