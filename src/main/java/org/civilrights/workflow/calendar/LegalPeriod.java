package org.civilrights.workflow.calendar;

import java.time.LocalDate;
import java.time.Period;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A period of time a regulation gives: calendar days, months or years, or business days.
 *
 * <p>"Days" are calendar days unless the text says otherwise (46a-54-1a); "three months", "one
 * year" and "two years" are calendar months and years (46a-54-65a(b), 46a-54-71a, 46a-68-8);
 * business days skip weekends and days the offices are closed (46a-54-152(b)).
 *
 * <p>Written as ISO-8601 ({@code P20D}, {@code P3M}, {@code P2Y}) or, for business days, {@code 4BD}.
 */
public record LegalPeriod(int amount, Unit unit) {

    public enum Unit { DAYS, MONTHS, YEARS, BUSINESS_DAYS }

    private static final Pattern ISO = Pattern.compile("P(\\d+)([DMY])");
    private static final Pattern BUSINESS = Pattern.compile("(\\d+)BD");

    public LegalPeriod {
        Objects.requireNonNull(unit, "unit");
        if (amount < 0) {
            throw new IllegalArgumentException("A legal period cannot be negative: " + amount);
        }
    }

    public static LegalPeriod days(int n) {
        return new LegalPeriod(n, Unit.DAYS);
    }

    public static LegalPeriod months(int n) {
        return new LegalPeriod(n, Unit.MONTHS);
    }

    public static LegalPeriod years(int n) {
        return new LegalPeriod(n, Unit.YEARS);
    }

    public static LegalPeriod businessDays(int n) {
        return new LegalPeriod(n, Unit.BUSINESS_DAYS);
    }

    /** Parses {@code P20D}, {@code P3M}, {@code P1Y} or {@code 4BD}. */
    public static LegalPeriod parse(String text) {
        String t = text == null ? "" : text.trim().toUpperCase(Locale.ROOT);
        Matcher iso = ISO.matcher(t);
        if (iso.matches()) {
            int n = Integer.parseInt(iso.group(1));
            return switch (iso.group(2)) {
                case "D" -> days(n);
                case "M" -> months(n);
                default -> years(n);
            };
        }
        Matcher business = BUSINESS.matcher(t);
        if (business.matches()) {
            return businessDays(Integer.parseInt(business.group(1)));
        }
        throw new IllegalArgumentException("Not a legal period: '" + text
                + "' (expected calendar days, months or years as P20D, P3M, P1Y, or business days as 4BD)");
    }

    /** The plain calendar end of the period, before any roll to an open day. */
    LocalDate addTo(LocalDate start) {
        return switch (unit) {
            case DAYS -> start.plusDays(amount);
            case MONTHS -> start.plus(Period.ofMonths(amount));
            case YEARS -> start.plus(Period.ofYears(amount));
            case BUSINESS_DAYS -> throw new IllegalStateException("business days need the calendar");
        };
    }

    @Override
    public String toString() {
        return unit == Unit.BUSINESS_DAYS ? amount + "BD" : "P" + amount + unit.name().charAt(0);
    }
}
