package org.civilrights.workflow.planreview;

import java.time.LocalDate;

import org.civilrights.workflow.calendar.LegalPeriod;

/** When a plan counts as filed, and when the commission's silence approves it (46a-68-51(e), 62(b)). */
public final class PlanDates {

    /**
     * 46a-68-62(b): if the commission has not formally approved or disapproved the plan within ninety
     * days of its filing, the plan is approved by default at the end of the 90th day, a day not moved
     * for a weekend or holiday ({@link org.civilrights.workflow.calendar.LegalCalendar#lastDayUnmoved}).
     */
    public static final LegalPeriod DEFAULT_APPROVAL = LegalPeriod.days(90);

    private PlanDates() {
    }

    /** The period a plan reports on (46a-68-54), or none where the regulation sets none (a biennial plan). */
    public record ReportingPeriod(LocalDate from, LocalDate to) {
    }

    /**
     * 46a-68-54: an annual plan reports from the first day of the month fifteen months before its filing
     * date to the last day of the month three months before it (a); a semiannual plan from the first day
     * of the month nine months before (b). The regulation sets no period for a biennial plan.
     * {@code appendixDate} is the date of Appendix A the plan answers, before 51(d) moved it: a roll into the next
     * month would make consecutive periods overlap or leave a gap (review D-13;
     * {@link FilingSchedule#appendixDate}).
     */
    public static java.util.Optional<ReportingPeriod> reportingPeriod(LocalDate appendixDate, PlanFrequency frequency) {
        java.time.YearMonth month = java.time.YearMonth.from(appendixDate);
        return switch (frequency) {
            case ANNUAL -> java.util.Optional.of(new ReportingPeriod(month.minusMonths(15).atDay(1),
                    month.minusMonths(3).atEndOfMonth()));
            case SEMIANNUAL -> java.util.Optional.of(new ReportingPeriod(month.minusMonths(9).atDay(1),
                    month.minusMonths(3).atEndOfMonth()));
            case BIENNIAL -> java.util.Optional.empty();
        };
    }

    /** 46a-68-51(e): a plan filed earlier than the date required is deemed filed on the required date. */
    public static LocalDate deemedFiledOn(LocalDate filedOn, LocalDate dueOn) {
        return filedOn.isBefore(dueOn) ? dueOn : filedOn;
    }

}
