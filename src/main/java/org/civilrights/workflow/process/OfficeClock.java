package org.civilrights.workflow.process;

import java.time.LocalDate;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.civilrights.workflow.calendar.LegalCalendar;
import org.springframework.stereotype.Component;

/** Today in the office's time zone, by the engine's clock (which tests move). */
@Component
public class OfficeClock {

    /**
     * A recorded date (filed, received, mailed: something that happened) must be given and not lie after
     * today; else the submission is refused with {@code problem}, which names the field and the section.
     */
    public LocalDate requireHappened(LocalDate date, String problem) {
        if (date == null || date.isAfter(today())) {
            throw new RuleChecks.Violation(java.util.List.of(problem));
        }
        return date;
    }

    public LocalDate today() {
        return ClockUtil.getCurrentTime().toInstant().atZone(LegalCalendar.OFFICE_ZONE).toLocalDate();
    }
}
