package org.civilrights.workflow.calendar;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Builds the legal calendar with the extra office closures of the configuration, e.g. in
 * {@code config/application.yaml} beside the application:
 *
 * <pre>
 * legal-calendar:
 *   closures:
 *     "2026-02-09": Offices closed by the Governor (snow storm)
 * </pre>
 *
 * <p>and with the closures an administrator recorded since ({@code POST /api/closures}, table
 * {@code office_closure}), which {@code closure.OfficeClosures} also adds to this calendar as they come.
 */
@Configuration
@EnableConfigurationProperties(CalendarConfiguration.ClosureProperties.class)
class CalendarConfiguration {

    @Bean
    LegalCalendar legalCalendar(ClosureProperties properties, JdbcClient jdbc) {
        Map<LocalDate, String> closures = new LinkedHashMap<>();
        properties.getClosures().forEach((date, reason) -> closures.put(LocalDate.parse(date), reason));
        jdbc.sql("SELECT closed_on, reason FROM office_closure ORDER BY closed_on")
                .query((rs, i) -> Map.entry(rs.getObject(1, LocalDate.class), rs.getString(2)))
                .list().forEach(recorded -> closures.putIfAbsent(recorded.getKey(), recorded.getValue()));
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
