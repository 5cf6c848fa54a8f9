package org.civilrights.workflow.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Connecticut's legal holidays (General Statutes 1-4), as the days the state's offices are closed.
 *
 * <p>A holiday of a fixed date that falls on a Sunday is kept on the Monday after; one that falls on
 * a Saturday on the Friday before. New Year's Day on a Saturday therefore closes the offices on
 * 31 December of the year before. Juneteenth is a legal holiday from 2023 on.
 */
public final class ConnecticutHolidays {

    /** First year in which Juneteenth (19 June) is a Connecticut legal holiday. */
    static final int FIRST_JUNETEENTH = 2023;

    private ConnecticutHolidays() {
    }

    /** The observed holiday on {@code date}, by name, if there is one. */
    public static Optional<String> on(LocalDate date) {
        // New Year's Day of the next year may be observed on 31 December.
        String name = observedIn(date.getYear()).get(date);
        if (name == null && date.getMonth() == Month.DECEMBER && date.getDayOfMonth() == 31) {
            name = observedIn(date.getYear() + 1).get(date);
        }
        return Optional.ofNullable(name);
    }

    /**
     * Every holiday of {@code year}, keyed by the day the offices are closed for it. New Year's Day
     * is included even when it is observed on 31 December of the year before.
     */
    public static Map<LocalDate, String> observedIn(int year) {
        Map<LocalDate, String> days = new TreeMap<>();
        fixed(days, LocalDate.of(year, Month.JANUARY, 1), "New Year's Day");
        days.put(nth(year, Month.JANUARY, DayOfWeek.MONDAY, 3), "Martin Luther King Jr. Day");
        fixed(days, LocalDate.of(year, Month.FEBRUARY, 12), "Lincoln's Birthday");
        days.put(nth(year, Month.FEBRUARY, DayOfWeek.MONDAY, 3), "Washington's Birthday");
        days.put(easterSunday(year).minusDays(2), "Good Friday");
        days.put(LocalDate.of(year, Month.MAY, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)),
                "Memorial Day");
        if (year >= FIRST_JUNETEENTH) {
            fixed(days, LocalDate.of(year, Month.JUNE, 19), "Juneteenth");
        }
        fixed(days, LocalDate.of(year, Month.JULY, 4), "Independence Day");
        days.put(nth(year, Month.SEPTEMBER, DayOfWeek.MONDAY, 1), "Labor Day");
        days.put(nth(year, Month.OCTOBER, DayOfWeek.MONDAY, 2), "Columbus Day");
        fixed(days, LocalDate.of(year, Month.NOVEMBER, 11), "Veterans' Day");
        days.put(nth(year, Month.NOVEMBER, DayOfWeek.THURSDAY, 4), "Thanksgiving Day");
        fixed(days, LocalDate.of(year, Month.DECEMBER, 25), "Christmas Day");
        return days;
    }

    /** Sunday to the Monday after, Saturday to the Friday before. */
    private static void fixed(Map<LocalDate, String> days, LocalDate date, String name) {
        LocalDate observed = switch (date.getDayOfWeek()) {
            case SUNDAY -> date.plusDays(1);
            case SATURDAY -> date.minusDays(1);
            default -> date;
        };
        days.put(observed, name);
    }

    private static LocalDate nth(int year, Month month, DayOfWeek day, int n) {
        return LocalDate.of(year, month, 1).with(TemporalAdjusters.dayOfWeekInMonth(n, day));
    }

    /** Easter Sunday in the Gregorian calendar (the anonymous Gregorian algorithm). */
    static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = ((h + l - 7 * m + 114) % 31) + 1;
        return LocalDate.of(year, month, day);
    }
}
