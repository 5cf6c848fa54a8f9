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

    /** 46a-68-51(e): a plan filed earlier than the date required is deemed filed on the required date. */
    public static LocalDate deemedFiledOn(LocalDate filedOn, LocalDate dueOn) {
        return filedOn.isBefore(dueOn) ? dueOn : filedOn;
    }

}
