package org.civilrights.workflow.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.Date;

/**
 * Reads a date that staff recorded, in whatever shape it reached the engine: a Camunda Form date
 * field ({@code "2026-03-02"}), a date-time string, a {@link Date} or a {@link LocalDate}. The date is
 * the calendar day the sender wrote: a date-time with an offset is read in its own offset (so
 * {@code 2026-12-01T00:00:00.000+0000} is 1 December, not 30 November in Hartford), and a bare instant
 * at midnight UTC is the day a client in UTC meant; other instants are read in the office's zone.
 */
public final class CalendarDate {

    /** ISO offsets written +00:00, +0000 or Z, as Camunda's REST API and JavaScript send them. */
    private static final java.time.format.DateTimeFormatter OFFSET_DATE_TIME =
            new java.time.format.DateTimeFormatterBuilder().append(java.time.format.DateTimeFormatter.ISO_LOCAL_DATE_TIME)
                    .optionalStart().appendOffset("+HH:MM", "Z").optionalEnd()
                    .optionalStart().appendOffset("+HHMM", "Z").optionalEnd()
                    .toFormatter();

    private CalendarDate() {
    }

    private static LocalDate dayOf(Instant instant) {
        if (instant.equals(instant.truncatedTo(java.time.temporal.ChronoUnit.DAYS))) {
            return instant.atOffset(java.time.ZoneOffset.UTC).toLocalDate();
        }
        return instant.atZone(LegalCalendar.OFFICE_ZONE).toLocalDate();
    }

    /**
     * @param field the name of the field, for the error message
     * @throws IllegalArgumentException naming the field when the value is missing or not a date
     */
    public static LocalDate of(Object value, String field) {
        if (value == null || (value instanceof String s && s.isBlank())) {
            throw new IllegalArgumentException("'" + field + "' is required: a date such as 2026-03-02");
        }
        if (value instanceof LocalDate d) {
            return d;
        }
        if (value instanceof Date d) {
            return dayOf(d.toInstant());
        }
        if (value instanceof Instant i) {
            return dayOf(i);
        }
        String text = value.toString().trim();
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException notPlain) {
            try {
                return OffsetDateTime.parse(text, OFFSET_DATE_TIME).toLocalDate();
            } catch (DateTimeParseException notOffset) {
                try {
                    return ZonedDateTime.parse(text).toLocalDate();
                } catch (DateTimeParseException e) {
                    throw new IllegalArgumentException(
                            "'" + field + "' is not a date: '" + text + "' (expected a date such as 2026-03-02)");
                }
            }
        }
    }
}
