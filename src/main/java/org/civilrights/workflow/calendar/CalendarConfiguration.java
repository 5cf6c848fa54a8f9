package org.civilrights.workflow.calendar;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Builds the legal calendar with the extra office closures of the configuration, e.g. in
 * {@code config/application.yaml} beside the application:
 *
 * <pre>
 * legal-calendar:
 *   closures:
 *     "2026-02-09": Offices closed by the Governor (snow storm)
 * </pre>
 */
@Configuration
@EnableConfigurationProperties(CalendarConfiguration.ClosureProperties.class)
class CalendarConfiguration {

    @Bean
    LegalCalendar legalCalendar(ClosureProperties properties) {
        Map<LocalDate, String> closures = new LinkedHashMap<>();
        properties.getClosures().forEach((date, reason) -> closures.put(LocalDate.parse(date), reason));
        return new LegalCalendar(closures);
    }

    @ConfigurationProperties("legal-calendar")
    static class ClosureProperties {
        /** Extra days the offices are closed, ISO date to reason. */
        private Map<String, String> closures = new LinkedHashMap<>();

        public Map<String, String> getClosures() {
            return closures;
        }

        public void setClosures(Map<String, String> closures) {
            this.closures = closures;
        }
    }
}
