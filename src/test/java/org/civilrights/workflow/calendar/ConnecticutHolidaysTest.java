package org.civilrights.workflow.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The days the state's offices close for a legal holiday (General Statutes 1-4), as published. */
class ConnecticutHolidaysTest {

    @ParameterizedTest(name = "{0} is closed for {1} ({2})")
    @CsvSource(delimiter = '|', textBlock = """
            2024-01-01 | New Year's Day             | fixed date, Monday
            2024-01-15 | Martin Luther King Jr. Day | third Monday of January
            2024-02-12 | Lincoln's Birthday         | fixed date, Monday
            2024-02-19 | Washington's Birthday      | third Monday of February
            2024-03-29 | Good Friday                | two days before Easter (31 March 2024)
            2024-05-27 | Memorial Day               | last Monday of May
            2024-06-19 | Juneteenth                 | fixed date, Wednesday
            2024-07-04 | Independence Day           | fixed date, Thursday
            2024-09-02 | Labor Day                  | first Monday of September
            2024-10-14 | Columbus Day               | second Monday of October
            2024-11-11 | Veterans' Day              | fixed date, Monday
            2024-11-28 | Thanksgiving Day           | fourth Thursday of November
            2024-12-25 | Christmas Day              | fixed date, Wednesday
            2025-01-20 | Martin Luther King Jr. Day | third Monday of January
            2025-04-18 | Good Friday                | two days before Easter (20 April 2025)
            2025-11-27 | Thanksgiving Day           | fourth Thursday of November
            2026-01-01 | New Year's Day             | fixed date, Thursday
            2026-02-12 | Lincoln's Birthday         | fixed date, Thursday
            2026-02-16 | Washington's Birthday      | third Monday of February
            2026-04-03 | Good Friday                | two days before Easter (5 April 2026)
            2026-05-25 | Memorial Day               | last Monday of May
            2026-06-19 | Juneteenth                 | fixed date, Friday
            2026-07-03 | Independence Day           | Saturday 4 July kept on the Friday before
            2026-09-07 | Labor Day                  | first Monday of September
            2026-10-12 | Columbus Day               | second Monday of October
            2026-11-11 | Veterans' Day              | fixed date, Wednesday
            2026-11-26 | Thanksgiving Day           | fourth Thursday of November
            2026-12-25 | Christmas Day              | fixed date, Friday
            2027-03-26 | Good Friday                | two days before Easter (28 March 2027)
            2027-05-31 | Memorial Day               | last Monday of May, the 31st
            2027-06-18 | Juneteenth                 | Saturday 19 June kept on the Friday before
            2027-07-05 | Independence Day           | Sunday 4 July kept on the Monday after
            2027-12-24 | Christmas Day              | Saturday 25 December kept on the Friday before
            2027-12-31 | New Year's Day             | Saturday 1 January 2028 kept on Friday 31 December 2027
            2022-12-26 | Christmas Day              | Sunday 25 December kept on the Monday after
            2023-01-02 | New Year's Day             | Sunday 1 January kept on the Monday after
            2023-06-19 | Juneteenth                 | first year Juneteenth is a legal holiday
            2028-02-11 | Lincoln's Birthday         | Saturday 12 February kept on the Friday before
            2028-04-14 | Good Friday                | two days before Easter (16 April 2028)
            2028-11-10 | Veterans' Day              | Saturday 11 November kept on the Friday before
            2029-11-12 | Veterans' Day              | Sunday 11 November kept on the Monday after
            """)
    void observedHoliday(LocalDate date, String holiday, String rule) {
        assertThat(ConnecticutHolidays.on(date)).as(rule).contains(holiday);
    }

    @ParameterizedTest(name = "{0} is no holiday ({1})")
    @CsvSource(delimiter = '|', textBlock = """
            2022-06-20 | Juneteenth was not a legal holiday before 2023
            2026-07-04 | Independence Day 2026 is kept on Friday 3 July, not on the Saturday
            2027-12-27 | Christmas 2027 is kept on Friday 24 December, not on the Monday after
            2026-11-27 | the day after Thanksgiving is no legal holiday
            2026-04-06 | Easter Monday is no legal holiday
            """)
    void notAHoliday(LocalDate date, String rule) {
        assertThat(ConnecticutHolidays.on(date)).as(rule).isEmpty();
    }

    @Test
    void thirteenHolidaysAYearFrom2023_twelveBefore() {
        assertThat(ConnecticutHolidays.observedIn(2022)).hasSize(12);
        for (int year = 2023; year <= 2040; year++) {
            assertThat(ConnecticutHolidays.observedIn(year)).as("year %d", year).hasSize(13);
        }
    }

    @Test
    void newYearsDayOnASaturdayIsKeptInTheYearBefore() {
        assertThat(ConnecticutHolidays.observedIn(2028)).containsEntry(LocalDate.of(2027, 12, 31), "New Year's Day");
        assertThat(ConnecticutHolidays.on(LocalDate.of(2027, 12, 31))).contains("New Year's Day");
    }
}
