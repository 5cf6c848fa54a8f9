package org.civilrights.workflow.planreview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.EnumSet;

import org.civilrights.workflow.calendar.LegalCalendar;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The filing schedule of Appendix A (46a-68-51), the eighteen elements (32) and the 90 days (62(b)). */
class PlanScheduleTest {

    private static FilingSchedule schedule;
    private final LegalCalendar calendar = new LegalCalendar();

    @BeforeAll
    static void appendixA() throws IOException {
        try (InputStream csv = PlanScheduleTest.class.getResourceAsStream("/planreview/filing-schedule.csv")) {
            schedule = FilingSchedule.read(csv);
        }
    }

    @Test
    void theApplicationShipsEveryAgencyOfAppendixA_46a_68_51() {
        assertThat(schedule.entries()).hasSize(82);
        assertThat(schedule.find("Department of Revenue Services")).hasValueSatisfying(e -> {
            assertThat(e.due()).isEqualTo(MonthDay.of(1, 15));
            assertThat(e.frequency()).isEqualTo(PlanFrequency.SEMIANNUAL);
        });
    }

    @Test
    void aSemiannualFilerIsDueOnItsDateAndSixMonthsLater_46a_68_51_b() {
        FilingSchedule.Entry revenue = schedule.find("Department of Revenue Services").orElseThrow();

        assertThat(FilingSchedule.dueDates(revenue, 2026, calendar))
                .containsExactly(LocalDate.of(2026, 1, 15), LocalDate.of(2026, 7, 15));
    }

    @Test
    void aDueDateOnAWeekendOrHolidayMovesToTheNextBusinessDay_46a_68_51_d() {
        FilingSchedule.Entry chro = schedule.find("Commission on Human Rights and Opportunities").orElseThrow();

        // 15 February 2026 is a Sunday and the 16th Washington's Birthday: due Tuesday the 17th;
        // 15 August 2026 is a Saturday: due Monday the 17th
        assertThat(FilingSchedule.dueDates(chro, 2026, calendar))
                .containsExactly(LocalDate.of(2026, 2, 17), LocalDate.of(2026, 8, 17));
    }

    @Test
    void sixMonthsAfterAugustThirtiethIsTheEndOfFebruary_46a_68_51_b() throws IOException {
        FilingSchedule one = FilingSchedule.read(csv("agency,due_month,due_day,frequency\nTest Agency,8,30,SEMIANNUAL\n"));
        // 30 August 2026 is a Sunday: Monday the 31st; then 28 February 2027, a Sunday: Monday 1 March
        assertThat(FilingSchedule.dueDates(one.entries().get(0), 2026, calendar))
                .containsExactly(LocalDate.of(2026, 8, 31), LocalDate.of(2027, 3, 1));
    }

    @Test
    void annualAndBiennialFilers_46a_68_51_a_c_52() throws IOException {
        FilingSchedule two = FilingSchedule.read(csv("""
                # comment
                agency,due_month,due_day,frequency
                "Office of Policy and Management, Budget Division",3,30,annual
                Biennial Board,4,30,BIENNIAL,2026
                """));
        assertThat(two.find("Office of Policy and Management, Budget Division")).isPresent();
        assertThat(FilingSchedule.dueDates(two.entries().get(0), 2026, calendar)).containsExactly(LocalDate.of(2026, 3, 30));
        assertThat(FilingSchedule.dueDates(two.entries().get(1), 2026, calendar)).containsExactly(LocalDate.of(2026, 4, 30));
        assertThat(FilingSchedule.dueDates(two.entries().get(1), 2027, calendar)).isEmpty();
        assertThatThrownBy(() -> FilingSchedule.read(csv("agency,due_month,due_day,frequency\nX,13,1,ANNUAL\n")))
                .isInstanceOf(java.time.DateTimeException.class);
    }

    @Test // review D-19
    void aBiennialFilerIsDueEveryTwoYearsFromItsFirstBiennialDueDateNotInEvenYears_46a_68_51_c() throws IOException {
        FilingSchedule odd = FilingSchedule.read(csv("""
                agency,due_month,due_day,frequency,first_due_year
                Biennial Board,4,30,BIENNIAL,2027
                """));
        FilingSchedule.Entry board = odd.entries().get(0);
        assertThat(FilingSchedule.dueDates(board, 2026, calendar)).as("before its first biennial due date").isEmpty();
        assertThat(FilingSchedule.dueDates(board, 2027, calendar)).containsExactly(LocalDate.of(2027, 4, 30));
        assertThat(FilingSchedule.dueDates(board, 2028, calendar)).isEmpty();
        // 30 April 2029 is a Monday
        assertThat(FilingSchedule.dueDates(board, 2029, calendar)).containsExactly(LocalDate.of(2029, 4, 30));
        assertThatThrownBy(() -> FilingSchedule.read(csv("agency,due_month,due_day,frequency\nBiennial Board,4,30,BIENNIAL\n")))
                .as("51(c) names no base year: the schedule must").hasMessageContaining("first_due_year")
                .hasMessageContaining("46a-68-51(c)");
    }

    @Test // review D-13
    void theReportingPeriodIsCountedFromTheAppendixADateNotTheDayItWasMovedTo_46a_68_54_51_d() {
        FilingSchedule.Entry retardation = schedule.find("Department of Mental Retardation").orElseThrow();
        // 30 November 2025 is a Sunday: due Monday 1 December (51(d)); 54(b) counts from November
        assertThat(FilingSchedule.appendixDate(retardation, LocalDate.of(2025, 12, 1), calendar))
                .contains(LocalDate.of(2025, 11, 30));
        assertThat(PlanDates.reportingPeriod(LocalDate.of(2025, 11, 30), PlanFrequency.SEMIANNUAL)).contains(
                new PlanDates.ReportingPeriod(LocalDate.of(2025, 2, 1), LocalDate.of(2025, 8, 31)));
        // six months after 30 November: 30 May 2026 is a Saturday, so Monday 1 June; its period is counted from May
        assertThat(FilingSchedule.appendixDate(retardation, LocalDate.of(2026, 6, 1), calendar))
                .contains(LocalDate.of(2026, 5, 30));
        assertThat(FilingSchedule.appendixDate(retardation, LocalDate.of(2026, 6, 2), calendar)).isEmpty();
    }

    @Test
    void anEarlyPlanIsDeemedFiledOnItsDueDate_46a_68_51_e() {
        assertThat(PlanDates.deemedFiledOn(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 7, 15))).isEqualTo("2026-07-15");
        assertThat(PlanDates.deemedFiledOn(LocalDate.of(2026, 7, 20), LocalDate.of(2026, 7, 15))).isEqualTo("2026-07-20");
    }

    @Test
    void withoutFormalActionThePlanIsApprovedAtTheEndOfTheNinetiethDayEvenAHoliday_46a_68_62_b() {
        // filed 28 August 2026: the 90th day is Thanksgiving, 26 November; no roll for 62(b)
        assertThat(calendar.endOf(calendar.lastDayUnmoved(LocalDate.of(2026, 8, 28), PlanDates.DEFAULT_APPROVAL)))
                .isEqualTo(Instant.parse("2026-11-27T05:00:00Z"));
    }

    @Test
    void thePlanMustHaveAllEighteenElements_46a_68_32() {
        assertThat(RequiredElement.values()).hasSize(18);
        assertThat(RequiredElement.POLICY_STATEMENT.section()).isEqualTo("46a-68-33");
        assertThat(RequiredElement.CONCLUDING_STATEMENT.section()).isEqualTo("46a-68-50");
        EnumSet<RequiredElement> present = EnumSet.allOf(RequiredElement.class);
        present.remove(RequiredElement.GOALS_ANALYSIS);
        present.remove(RequiredElement.UTILIZATION_ANALYSIS);

        assertThat(RequiredElement.missing(present))
                .containsExactly(RequiredElement.UTILIZATION_ANALYSIS, RequiredElement.GOALS_ANALYSIS);
        assertThat(RequiredElement.missing(EnumSet.allOf(RequiredElement.class))).isEmpty();
    }

    private static InputStream csv(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0} plan due {1}: reports {2} to {3}")
    @org.junit.jupiter.params.provider.CsvSource({
            // 54(a): from the first day of the month 15 months before, to the last day of the month 3 months before
            "ANNUAL, 2026-07-15, 2025-04-01, 2026-04-30",
            // 54(b): from the first day of the month 9 months before
            "SEMIANNUAL, 2026-07-15, 2025-10-01, 2026-04-30",
            "SEMIANNUAL, 2026-03-02, 2025-06-01, 2025-12-31",
            "ANNUAL, 2027-05-31, 2026-02-01, 2027-02-28"})
    void theReportingPeriodOfAPlan_46a_68_54(PlanFrequency frequency, LocalDate dueOn, LocalDate from, LocalDate to) {
        assertThat(PlanDates.reportingPeriod(dueOn, frequency)).contains(new PlanDates.ReportingPeriod(from, to));
    }

    @Test
    void aBiennialPlanHasNoReportingPeriodInTheRegulation_46a_68_54() {
        assertThat(PlanDates.reportingPeriod(LocalDate.of(2026, 7, 15), PlanFrequency.BIENNIAL)).isEmpty();
    }
}
