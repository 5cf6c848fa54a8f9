package org.civilrights.workflow.calendar;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collections;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * When the offices are open, and when a period the regulations give ends.
 *
 * <p>Plain Java on purpose: processes reach it through the {@code deadlines} bean, and the rules can
 * be tested and read without the engine.
 */
public class LegalCalendar {

    /** The offices of the commission and the Labor Department keep Connecticut time. */
    public static final ZoneId OFFICE_ZONE = ZoneId.of("America/New_York");

    /** 46a-68j-32(a): a form is received on or before the third day after it is mailed. */
    static final int MAILING_DAYS = 3;

    /** Read by the timers and forms while an administrator may add a closure: a concurrent map. */
    private final NavigableMap<LocalDate, String> closures;

    /** A calendar with the legal holidays only. */
    public LegalCalendar() {
        this(Map.of());
    }

    /**
     * @param closures other days the offices are closed (a storm, a holiday moved by the Governor),
     *                 with the reason, read from configuration
     */
    public LegalCalendar(Map<LocalDate, String> closures) {
        this.closures = new ConcurrentSkipListMap<>(closures);
    }

    /**
     * Closes the offices on {@code date} from now on, e.g. when the Governor closes them for a storm, even
     * after the fact: 46a-54-20a asks whether the office "is closed" on the last day, whenever that is
     * announced (docs/legal-readings.md 2.5). A day already closed keeps its first reason.
     *
     * @return whether the calendar changed: false for a weekend, a legal holiday or a closure it knew
     */
    public boolean addClosure(LocalDate date, String reason) {
        if (closedBecause(date).isPresent()) {
            return false;
        }
        return closures.putIfAbsent(date, reason) == null;
    }

    /** Takes back a closure added by {@link #addClosure} (its record was not kept). */
    public void removeClosure(LocalDate date) {
        closures.remove(date);
    }

    /** The extra closures (not weekends nor legal holidays), in date order, with their reasons. */
    public Map<LocalDate, String> closures() {
        return Collections.unmodifiableMap(closures);
    }

    /** Why the offices are closed on {@code date}, or empty when they are open. */
    public Optional<String> closedBecause(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        if (day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY) {
            return Optional.of(day == DayOfWeek.SATURDAY ? "Saturday" : "Sunday");
        }
        Optional<String> holiday = ConnecticutHolidays.on(date);
        if (holiday.isPresent()) {
            return holiday;
        }
        return Optional.ofNullable(closures.get(date));
    }

    public boolean isOpen(LocalDate date) {
        return closedBecause(date).isEmpty();
    }

    /** {@code date} itself when the offices are open then, else the next day they are. */
    public LocalDate nextOpenDay(LocalDate date) {
        LocalDate d = date;
        while (!isOpen(d)) {
            d = d.plusDays(1);
        }
        return d;
    }

    /**
     * The last day to act within {@code period} from {@code start}.
     *
     * <p>46a-54-20a (and, for plans, 46a-68-51(d)): when the last day of a timeframe falls on a day
     * the office is closed, the act may be done on the next day it is open, with the same effect.
     * Business days (46a-54-152(b)) count open days only.
     */
    public LocalDate dueDate(LocalDate start, LegalPeriod period) {
        if (period.unit() == LegalPeriod.Unit.BUSINESS_DAYS) {
            return businessDaysAfter(start, period.amount());
        }
        return nextOpenDay(period.addTo(start));
    }

    /**
     * The last day of {@code period} from {@code start}, not moved when the offices are closed: for the
     * periods of the affirmative action regulations, where only a plan's own due date moves
     * (46a-68-51(d)) and 46a-54-20a does not reach (46a-68-53(b), 62(b), 66(a)).
     */
    public LocalDate lastDayUnmoved(LocalDate start, LegalPeriod period) {
        if (period.unit() == LegalPeriod.Unit.BUSINESS_DAYS) {
            return businessDaysAfter(start, period.amount());
        }
        return period.addTo(start);
    }

    /** The {@code n}th day the offices are open after {@code start} (46a-54-152(b)). */
    public LocalDate businessDaysAfter(LocalDate start, int n) {
        LocalDate d = start;
        for (int counted = 0; counted < n; ) {
            d = d.plusDays(1);
            if (isOpen(d)) {
                counted++;
            }
        }
        return d;
    }

    /**
     * 46a-68j-32(a): a paper mailed on {@code mailedOn} is taken as received on the third day after,
     * unless the addressee shows otherwise.
     */
    public LocalDate presumedReceipt(LocalDate mailedOn) {
        return mailedOn.plusDays(MAILING_DAYS);
    }

    /**
     * The instant a due day is over in the office's time zone: midnight at its end. Timers fire then,
     * so that an act done on the due day is never late.
     */
    public Instant endOf(LocalDate dueDate) {
        return dueDate.plusDays(1).atStartOfDay(OFFICE_ZONE).toInstant();
    }
}
