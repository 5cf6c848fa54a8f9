package org.civilrights.workflow.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LegalCalendarTest {

    private final LegalCalendar calendar = new LegalCalendar();

    @ParameterizedTest(name = "{0} + {1} is due {2}: {3}")
    @CsvSource(delimiter = '|', textBlock = """
            2026-03-03 | P20D | 2026-03-23 | 46a-54-1a: calendar days; the 20th day is a Monday, open
            2026-02-15 | P20D | 2026-03-09 | 46a-54-20a: the 20th day is a Saturday, due Monday
            2026-01-26 | P20D | 2026-02-17 | 46a-54-20a: the 20th day is a Sunday and Monday is Washington's Birthday
            2026-11-06 | P20D | 2026-11-27 | 46a-54-20a: the 20th day is Thanksgiving, due Friday
            2026-01-23 | P20D | 2026-02-13 | 46a-54-20a: the 20th day is Lincoln's Birthday
            2026-06-13 | P20D | 2026-07-06 | 46a-54-20a: the 20th day is Independence Day kept on Friday 3 July
            2027-12-11 | P20D | 2028-01-03 | 46a-54-20a: the 20th day is New Year's Day 2028 kept on 31 December 2027
            2025-09-15 | P180D | 2026-03-16 | 46a-54-34a: 180 days end Saturday 14 March, due Monday 16 March
            2026-01-31 | P1M  | 2026-03-02 | 46a-54-65a(b): a calendar month to the month's last day, a Saturday
            2026-01-31 | P3M  | 2026-04-30 | 46a-54-65a(b): three calendar months, to the month's last day
            2024-02-29 | P2Y  | 2026-03-02 | 46a-54-71a: two years from a leap day end on 28 February, a Saturday
            2026-11-25 | 4BD  | 2026-12-02 | 46a-54-152(b): four business days skip Thanksgiving and the weekend
            2026-07-02 | 4BD  | 2026-07-09 | 46a-54-152(b): four business days skip Independence Day (3 July) and the weekend
            """)
    void dueDate(LocalDate start, String period, LocalDate due, String rule) {
        assertThat(calendar.dueDate(start, LegalPeriod.parse(period))).as(rule).isEqualTo(due);
    }

    @Test
    void aConfiguredClosureMovesTheDueDay_46a_54_20a() {
        LegalCalendar withStorm = new LegalCalendar(Map.of(LocalDate.of(2026, 2, 9), "Snow storm"));

        assertThat(calendar.dueDate(LocalDate.of(2026, 1, 20), LegalPeriod.days(20))).isEqualTo("2026-02-09");
        assertThat(withStorm.dueDate(LocalDate.of(2026, 1, 20), LegalPeriod.days(20))).isEqualTo("2026-02-10");
        assertThat(withStorm.closedBecause(LocalDate.of(2026, 2, 9))).contains("Snow storm");
    }

    @Test
    void anActOnTheRolledDueDayIsInTime_46a_54_20a() {
        LocalDate filed = LocalDate.of(2026, 11, 6);

        // the 20th day is Thanksgiving, 26 November: the act may be done on Friday the 27th
        assertThat(calendar.dueDate(filed, LegalPeriod.days(20))).isEqualTo("2026-11-27");
    }

    @Test
    void theAffirmativeActionPeriodsAreNotMoved_46a_68_53_b_62_b_66_a() {
        LocalDate filed = LocalDate.of(2026, 11, 6);
        assertThat(calendar.lastDayUnmoved(filed, LegalPeriod.days(20))).isEqualTo("2026-11-26");
        assertThat(calendar.lastDayUnmoved(LocalDate.of(2026, 8, 28), LegalPeriod.days(90))).isEqualTo("2026-11-26");
    }

    @Test
    void mailedPaperIsPresumedReceivedOnTheThirdDayAfter_46a_68j_32a() {
        assertThat(calendar.presumedReceipt(LocalDate.of(2026, 3, 2))).isEqualTo("2026-03-05");
    }

    @Test
    void aDueDayEndsAtMidnightOfficeTime_inWinterAndSummer() {
        assertThat(calendar.endOf(LocalDate.of(2026, 3, 2))).isEqualTo(Instant.parse("2026-03-03T05:00:00Z"));
        assertThat(calendar.endOf(LocalDate.of(2026, 7, 6))).isEqualTo(Instant.parse("2026-07-07T04:00:00Z"));
    }

    @Test
    void weekendsAndHolidaysAreClosedWithTheirReason() {
        assertThat(calendar.closedBecause(LocalDate.of(2026, 3, 7))).contains("Saturday");
        assertThat(calendar.closedBecause(LocalDate.of(2026, 3, 8))).contains("Sunday");
        assertThat(calendar.closedBecause(LocalDate.of(2026, 12, 25))).contains("Christmas Day");
        assertThat(calendar.isOpen(LocalDate.of(2026, 3, 9))).isTrue();
    }

    @Test
    void periodsAreWrittenInIsoOrAsBusinessDays() {
        assertThat(LegalPeriod.parse("P30D")).isEqualTo(LegalPeriod.days(30));
        assertThat(LegalPeriod.parse("p3m")).isEqualTo(LegalPeriod.months(3));
        assertThat(LegalPeriod.parse("P2Y")).isEqualTo(LegalPeriod.years(2));
        assertThat(LegalPeriod.parse("4BD")).isEqualTo(LegalPeriod.businessDays(4));
        assertThat(LegalPeriod.days(15)).hasToString("P15D");
        assertThatThrownBy(() -> LegalPeriod.parse("thirty days"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Not a legal period");
    }

    @Test
    void recordedDatesAreReadFromFormsAndRejectedWithTheFieldName() {
        assertThat(CalendarDate.of("2026-03-02", "filedOn")).isEqualTo("2026-03-02");
        assertThat(CalendarDate.of("2026-03-02T03:00:00Z", "filedOn")).as("the day written, in its own offset")
                .isEqualTo("2026-03-02");
        assertThatThrownBy(() -> CalendarDate.of("", "filedOn")).hasMessageContaining("'filedOn' is required");
        assertThatThrownBy(() -> CalendarDate.of("02/03/2026", "filedOn")).hasMessageContaining("'filedOn' is not a date");
    }
}
