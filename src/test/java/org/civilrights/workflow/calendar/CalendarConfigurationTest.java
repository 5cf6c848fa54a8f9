package org.civilrights.workflow.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.civilrights.workflow.process.ProcessTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The calendar the timers use reads its extra closures from the configuration (46a-54-20a). */
class CalendarConfigurationTest extends ProcessTest {

    @Autowired Deadlines deadlines;

    @Test
    void aClosureInTheConfigurationMovesADueDay_46a_54_20a() {
        LocalDate closed = LocalDate.of(2030, 6, 3); // a Monday
        assertThat(deadlines.calendar().closedBecause(closed)).contains("Offices closed by the Governor (test)");
        assertThat(deadlines.dueDate("2030-05-14", "P20D")).as("the 20th day is the closed Monday")
                .isEqualTo(LocalDate.of(2030, 6, 4));
        assertThat(deadlines.due("2030-05-14", "P20D")).isEqualTo(endOf(LocalDate.of(2030, 6, 4)));
    }
}
