package org.civilrights.workflow.planreview;

import java.time.LocalDate;
import java.time.Month;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.civilrights.workflow.calendar.LegalCalendar;
import org.civilrights.workflow.calendar.LegalPeriod;
import org.civilrights.workflow.process.Var;
import org.civilrights.workflow.process.Watches;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

/**
 * aa-compliance-report: every agency files a compliance summary report of its work force as of June 30
 * and December 31, not more than 30 days after (46a-68-53). One instance per agency and date, each
 * starting the next.
 */
@Configuration
class ComplianceReports {

    static final String PROCESS = "aa-compliance-report";
    /** 46a-68-53(b): not more than thirty days after June 30 and December 31. */
    static final LegalPeriod FILING_PERIOD = LegalPeriod.days(30);
    static final Var<String> AGENCY = Var.text("agency");
    static final Var<LocalDate> AS_OF = Var.date("reportAsOf");

    /** The next June 30 or December 31 on or after {@code day}. */
    static LocalDate nextAsOf(LocalDate day) {
        LocalDate june = LocalDate.of(day.getYear(), Month.JUNE, 30);
        return day.isAfter(june) ? LocalDate.of(day.getYear(), Month.DECEMBER, 31) : june;
    }

    /**
     * 46a-68-53(b): the report is due not more than 30 days after the date it describes; the
     * regulation moves no day here (51(d) speaks of plans only).
     */
    static LocalDate dueOn(LocalDate asOf, LegalCalendar calendar) {
        return calendar.lastDayUnmoved(asOf, FILING_PERIOD);
    }

    static void watch(RuntimeService runtime, LegalCalendar calendar, String agency, LocalDate asOf) {
        Watches.startOnce(runtime, PROCESS, agency + " report " + asOf,
                Map.of(AGENCY.name(), agency, AS_OF.name(), asOf.toString(), "reportDueOn", dueOn(asOf, calendar).toString(),
                        "reportOpensOn", asOf.plusDays(1).toString()));
    }

    /**
     * 46a-68-53(b), 52(a)(1): a report received on the first open day after a 30th day the office was closed. The
     * 30 days do not roll (only a plan's due date does, 51(d)), so it is recorded late, as received; it is marked so
     * that the commission sees it when it weighs "the timeliness of prior submissions" (legal readings 2.2, review
     * D-10).
     */
    static boolean afterClosedLastDay(LocalDate filed, LocalDate due, LegalCalendar calendar) {
        return filed != null && !calendar.isOpen(due) && filed.equals(calendar.nextOpenDay(due));
    }

    /**
     * Task_SaveReport, Task_SaveLateReport (46a-68-53(b), 52(a)(1)): the report as filed within the 30
     * days, filed late, or closed as missing, kept per agency and date in table compliance_report, with whether it
     * came on the first open day after a closed last day ({@link #afterClosedLastDay}).
     */
    @Bean
    JavaDelegate recordComplianceReport(org.springframework.jdbc.core.simple.JdbcClient jdbc,
                                        org.civilrights.workflow.process.OfficeClock clock, LegalCalendar calendar) {
        return execution -> {
            LocalDate asOf = AS_OF.get(execution);
            LocalDate due = Var.date("reportDueOn").get(execution);
            LocalDate filed = Var.date("reportFiledOn").getOrDefault(execution, null);
            boolean missing = "MISSING".equals(execution.getVariable("lateReport"));
            org.civilrights.workflow.process.RuleChecks checks = new org.civilrights.workflow.process.RuleChecks(clock);
            if (!missing) {
                checks.happened(filed, "reportFiledOn", "the day the report was filed (46a-68-53(b))");
                checks.notBefore(filed, asOf, "reportFiledOn", "the report describes the work force as of " + asOf
                        + " (46a-68-53(b))");
            }
            org.civilrights.workflow.process.RuleViolations.run(checks::orThrow);
            String status = missing ? "MISSING" : filed.isAfter(due) ? "LATE" : "FILED";
            // update, else insert (one row per agency and half year), in SQL H2 and PostgreSQL both run
            java.util.Map<String, Object> row = new java.util.HashMap<>();
            row.put("a", AGENCY.get(execution));
            row.put("asOf", asOf);
            row.put("due", due);
            row.put("filed", missing ? null : filed);
            row.put("s", status);
            row.put("n", execution.getVariable("missingReportNotes"));
            boolean closedLastDay = "LATE".equals(status) && afterClosedLastDay(filed, due, calendar);
            row.put("closed", closedLastDay);
            if (jdbc.sql("""
                    UPDATE compliance_report SET due_on = :due, filed_on = :filed, status = :s, notes = :n,
                        last_day_closed = :closed
                    WHERE agency = :a AND as_of = :asOf
                    """).params(row).update() == 0) {
                jdbc.sql("""
                        INSERT INTO compliance_report (agency, as_of, due_on, filed_on, status, notes, last_day_closed)
                        VALUES (:a, :asOf, :due, :filed, :s, :n, :closed)
                        """).params(row).update();
            }
            execution.setVariable("reportStatus", status);
            execution.setVariable("reportLastDayClosed", closedLastDay);
        };
    }

    /** Task_WatchNextReport (46a-68-53(a)): the next half year. */
    @Bean
    JavaDelegate watchNextReport(LegalCalendar calendar) {
        return execution -> watch(execution.getProcessEngineServices().getRuntimeService(), calendar, AGENCY.get(execution),
                nextAsOf(AS_OF.get(execution).plusDays(1)));
    }

    /** At start: every agency of Appendix A has its next report watched. */
    @Bean
    @Order(4)
    @ConditionalOnProperty(name = "plan-review.watch-due-dates", havingValue = "true", matchIfMissing = true)
    ApplicationRunner watchEveryReport(PlanDueDates dueDates, RuntimeService runtime, LegalCalendar calendar) {
        return args -> {
            // the report of the last half year is due within 30 days of it; watch that one while it is not late
            LocalDate today = dueDates.today();
            LocalDate asOf = nextAsOf(today.minusDays(FILING_PERIOD.amount()));
            for (String agency : dueDates.agencies()) {
                if (!Watches.anyWith(runtime, PROCESS, AGENCY.name(), agency)) {
                    watch(runtime, calendar, agency, asOf);
                }
            }
        };
    }
}
