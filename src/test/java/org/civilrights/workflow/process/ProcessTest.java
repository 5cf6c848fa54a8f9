package org.civilrights.workflow.process;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Date;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.civilrights.workflow.calendar.LegalCalendar;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * Base of the process tests: the whole application, on an in-memory database,
 * with the job executor off so that each test fires its timers after moving the engine clock.
 * One Spring context (the same as the security tests') serves the whole suite.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
public abstract class ProcessTest {

    @Autowired
    protected ProcessEngine engine;

    @BeforeEach
    void initAssertions() {
        init(engine);
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    /** Moves the engine clock to a moment of an office day, Hartford time. */
    protected static void today(LocalDate date) {
        at(date, 10);
    }

    protected static void at(LocalDate date, int hour) {
        ZonedDateTime time = date.atTime(hour, 0).atZone(LegalCalendar.OFFICE_ZONE);
        ClockUtil.setCurrentTime(Date.from(time.toInstant()));
    }

    /** The instant a timer due at the end of {@code dueDay} fires: midnight after it, Hartford time. */
    protected static Date endOf(LocalDate dueDay) {
        return Date.from(dueDay.plusDays(1).atStartOfDay(LegalCalendar.OFFICE_ZONE).toInstant());
    }
}
