package org.civilrights.workflow.planreview;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.civilrights.workflow.calendar.LegalCalendar;

/**
 * Appendix A to 46a-68-51: each agency's plan due date and how often it files, read from a CSV file
 * the application ships ({@code planreview/filing-schedule.csv}) or one the agency keeps beside it.
 */
public final class FilingSchedule {

    /**
     * One agency's line of Appendix A. {@code firstBiennialYear}: for a biennial filer, the year of its first biennial
     * due date, from which it files every two years (46a-68-51(c); review D-19); null for the others.
     */
    public record Entry(String agency, MonthDay due, PlanFrequency frequency, Integer firstBiennialYear) {
    }

    private final List<Entry> entries;

    private FilingSchedule(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    /**
     * Reads {@code agency,due_month,due_day,frequency[,first_due_year]}; lines starting with # are comments. A
     * BIENNIAL line needs the fifth cell, the year of the agency's first biennial due date (46a-68-51(c)).
     */
    public static FilingSchedule read(InputStream csv) throws IOException {
        List<Entry> entries = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(csv, StandardCharsets.UTF_8))) {
            String line;
            int number = 0;
            boolean header = true;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                List<String> cells = cells(line);
                if (cells.size() < 4) {
                    throw new IllegalArgumentException("filing schedule line " + number
                            + ": expected agency,due_month,due_day,frequency");
                }
                PlanFrequency frequency = PlanFrequency.valueOf(cells.get(3).trim().toUpperCase(Locale.ROOT));
                String firstYear = cells.size() > 4 ? cells.get(4).trim() : "";
                if (frequency == PlanFrequency.BIENNIAL && firstYear.isEmpty()) {
                    throw new IllegalArgumentException("filing schedule line " + number + ": a BIENNIAL agency needs "
                            + "first_due_year, the year of its first biennial due date: it files on its date of Appendix A "
                            + "\"and every two years\" from then (46a-68-51(c))");
                }
                entries.add(new Entry(cells.get(0).trim(),
                        MonthDay.of(Integer.parseInt(cells.get(1).trim()), Integer.parseInt(cells.get(2).trim())),
                        frequency, firstYear.isEmpty() ? null : Integer.valueOf(firstYear)));
            }
        }
        return new FilingSchedule(entries);
    }

    /** The schedule with {@code agency} filing at {@code frequency} (the annual filing privilege, 46a-68-52). */
    public FilingSchedule withFrequency(String agency, PlanFrequency frequency) {
        return new FilingSchedule(entries.stream().map(e -> e.agency().equalsIgnoreCase(agency.trim())
                ? new Entry(e.agency(), e.due(), frequency, e.firstBiennialYear()) : e).toList());
    }

    public List<Entry> entries() {
        return entries;
    }

    public Optional<Entry> find(String agency) {
        return entries.stream().filter(e -> e.agency().equalsIgnoreCase(agency.trim())).findFirst();
    }

    /**
     * The plan due dates of {@code year} (46a-68-51(a)-(c)); a date on a Saturday, Sunday or legal
     * holiday is due the next business day (51(d)). Six months after the 30th of August is the last
     * day of February.
     */
    public static List<LocalDate> dueDates(Entry entry, int year, LegalCalendar calendar) {
        return scheduledDates(entry, year).stream().map(calendar::nextOpenDay).toList();
    }

    /**
     * The dates of {@code year} as Appendix A sets them, before 51(d) moves any: the date (51(a)), and six months
     * thereafter for a semiannual filer (51(b)); a biennial filer's date "every two years" from its first biennial due
     * date (51(c): no base year is named, so none is assumed; review D-19).
     */
    static List<LocalDate> scheduledDates(Entry entry, int year) {
        LocalDate first = on(year, entry.due());
        return switch (entry.frequency()) {
            case ANNUAL -> List.of(first);
            case SEMIANNUAL -> List.of(first, first.plusMonths(6));
            case BIENNIAL -> year >= entry.firstBiennialYear() && (year - entry.firstBiennialYear()) % 2 == 0
                    ? List.of(first) : List.of();
        };
    }

    /**
     * The date of Appendix A that the due date {@code dueOn} answers, before 51(d) moved it off a weekend, holiday or
     * closure: the reporting period of 54 is counted from it (review D-13). Empty when {@code dueOn} is no due date.
     */
    public static Optional<LocalDate> appendixDate(Entry entry, LocalDate dueOn, LegalCalendar calendar) {
        return java.util.stream.IntStream.rangeClosed(dueOn.getYear() - 1, dueOn.getYear()).boxed()
                .flatMap(year -> scheduledDates(entry, year).stream())
                .filter(d -> !d.isAfter(dueOn) && calendar.nextOpenDay(d).equals(dueOn)).findFirst();
    }

    private static LocalDate on(int year, MonthDay day) {
        YearMonth month = YearMonth.of(year, day.getMonth());
        return month.atDay(Math.min(day.getDayOfMonth(), month.lengthOfMonth()));
    }

    /** A CSV line, with double-quoted cells that may hold commas. */
    static List<String> cells(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted && c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                cell.append('"');
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString());
        return cells;
    }
}
