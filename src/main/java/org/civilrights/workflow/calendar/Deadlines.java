package org.civilrights.workflow.calendar;

import java.time.LocalDate;
import java.util.Date;

import org.springframework.stereotype.Component;

/**
 * The legal calendar as BPMN timers and forms call it, e.g. a timer's {@code timeDate}
 * {@code ${deadlines.due(filedOn, 'P20D')}}: the end of the twentieth day after the recorded filing
 * date, rolled to the next day the office is open (46a-54-20a).
 *
 * <p>Every clock runs from a date staff recorded (filed, received, mailed), never from the moment
 * a task was completed.
 */
@Component("deadlines")
public class Deadlines {

    private final LegalCalendar calendar;

    public Deadlines(LegalCalendar calendar) {
        this.calendar = calendar;
    }

    /** The instant the period from {@code start} runs out: the end of its (rolled) last day. */
    public Date due(Object start, String period) {
        return Date.from(calendar.endOf(dueDate(start, period)));
    }

    /** The last day to act, rolled to an open day, for forms and the case record. */
    public LocalDate dueDate(Object start, String period) {
        return calendar.dueDate(CalendarDate.of(start, "start date"), LegalPeriod.parse(period));
    }

    /** The end of a day already known to be the due day (e.g. a date the executive director set). */
    public Date endOf(Object dueDate) {
        return Date.from(calendar.endOf(calendar.nextOpenDay(CalendarDate.of(dueDate, "due date"))));
    }

    /**
     * The end of exactly this day, even when the offices are closed: for a period no rule extends,
     * such as the commission's 90 days to act on a plan (46a-68-62(b)).
     */
    public Date endOfExactly(Object day) {
        return Date.from(calendar.endOf(CalendarDate.of(day, "day")));
    }

    /** The first moment of the day, Hartford time: for a timer that starts work on a day (e.g. compiling a list). */
    public Date startOf(Object day) {
        return Date.from(CalendarDate.of(day, "day").atStartOfDay(LegalCalendar.OFFICE_ZONE).toInstant());
    }

    public LegalCalendar calendar() {
        return calendar;
    }
}
