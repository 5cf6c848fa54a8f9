package org.civilrights.workflow.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.Date;

/**
 * Reads a date that staff recorded, in whatever shape it reached the engine: a Camunda Form date
 * field ({@code "2026-03-02"}), a date-time string, a {@link Date} or a {@link LocalDate}.
 */
public final class CalendarDate {

    private CalendarDate() {
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
            return d.toInstant().atZone(LegalCalendar.OFFICE_ZONE).toLocalDate();
        }
        if (value instanceof Instant i) {
            return i.atZone(LegalCalendar.OFFICE_ZONE).toLocalDate();
        }
        String text = value.toString().trim();
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException notPlain) {
            try {
                return OffsetDateTime.parse(text).atZoneSameInstant(LegalCalendar.OFFICE_ZONE).toLocalDate();
            } catch (DateTimeParseException notOffset) {
                try {
                    return ZonedDateTime.parse(text).withZoneSameInstant(LegalCalendar.OFFICE_ZONE).toLocalDate();
                } catch (DateTimeParseException e) {
                    throw new IllegalArgumentException(
                            "'" + field + "' is not a date: '" + text + "' (expected a date such as 2026-03-02)");
                }
            }
        }
    }
}
