package org.civilrights.workflow.process;

import java.time.LocalDate;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.civilrights.workflow.calendar.LegalCalendar;
import org.springframework.stereotype.Component;

/** Today in the office's time zone, by the engine's clock (which tests move). */
@Component
public class OfficeClock {

    public LocalDate today() {
        return ClockUtil.getCurrentTime().toInstant().atZone(LegalCalendar.OFFICE_ZONE).toLocalDate();
    }
}
