package org.civilrights.workflow.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** A recorded date is the calendar day the sender wrote, whatever shape carried it (staff issue, item 1). */
class CalendarDateTest {

    private static final LocalDate FIRST_OF_DECEMBER = LocalDate.of(2026, 12, 1);

    @ParameterizedTest
    @ValueSource(strings = {"2026-12-01", " 2026-12-01 ", "2026-12-01T00:00:00.000+0000", "2026-12-01T00:00:00Z",
            "2026-12-01T00:00:00-05:00", "2026-12-01T00:00:00+14:00", "2026-12-01T23:59:59-10:00",
            "2026-12-01T00:00:00.000-0500"})
    void aWrittenDateIsThatDayInAnyZone(String written) {
        assertThat(CalendarDate.of(written, "filedOn")).isEqualTo(FIRST_OF_DECEMBER);
    }

    @Test
    void aDateTypedValueAtMidnightUtcIsThatDayNotTheDayBeforeInHartford() {
        Instant midnightUtc = Instant.parse("2026-12-01T00:00:00Z");
        assertThat(CalendarDate.of(Date.from(midnightUtc), "filedOn")).isEqualTo(FIRST_OF_DECEMBER);
        assertThat(CalendarDate.of(midnightUtc, "filedOn")).isEqualTo(FIRST_OF_DECEMBER);
    }

    @Test
    void anOtherInstantIsReadInTheOfficesZone() {
        assertThat(CalendarDate.of(Instant.parse("2026-12-02T03:00:00Z"), "filedOn")).isEqualTo(FIRST_OF_DECEMBER);
    }

    @Test
    void somethingElseIsRefusedNamingTheField() {
        assertThatThrownBy(() -> CalendarDate.of("12/01/2026x", "filedOn")).hasMessageContaining("'filedOn' is not a date");
    }
}
