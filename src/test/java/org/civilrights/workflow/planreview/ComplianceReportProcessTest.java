package org.civilrights.workflow.planreview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.util.Map;

import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.civilrights.workflow.calendar.LegalCalendar;
import org.civilrights.workflow.process.ProcessTest;
import org.civilrights.workflow.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** aa-compliance-report: the semiannual compliance summary report of every agency (46a-68-53). */
class ComplianceReportProcessTest extends ProcessTest {

    @Test
    void everyAgencyHasItsNextReportWatched_46a_68_53(@Autowired PlanDueDates dueDates) {
        assertThat(dueDates.agencies()).hasSize(82).allSatisfy(agency -> assertThat(processInstanceQuery()
                .processDefinitionKey(ComplianceReports.PROCESS).variableValueEquals("agency", agency).count())
                .as(agency).isPositive());
    }

    @Test
    void aReportFiledInTimeIsRecordedAndTheNextHalfYearWatched_46a_68_53_b() {
        ProcessInstance report = watch("Department of Consumer Protection", LocalDate.of(2026, 6, 30));
        assertThat(task(report)).hasCandidateGroup(Role.PLAN_REVIEWER.groupId());
        assertThat(task(report).getDueDate()).as("30 days after June 30").isEqualTo(endOf(LocalDate.of(2026, 7, 30)));
        today(LocalDate.of(2026, 7, 20));

        complete(task(report), Map.of("reportFiledOn", "2026-07-20"));

        assertThat(report).isEnded().hasNotPassed("Task_FollowUpMissingReport");
        assertThat(status("Department of Consumer Protection", "2026-06-30")).isEqualTo("FILED");
        assertThat(processInstanceQuery().processDefinitionKey(ComplianceReports.PROCESS)
                .processInstanceBusinessKey("Department of Consumer Protection report 2026-12-31").count()).isOne();
    }

    @Test
    void aMissingReportRaisesATaskAtTheEndOfTheThirtiethDayEvenOnASaturday_46a_68_53_b() {
        // 30 days after 31 December 2026: Saturday 30 January 2027, not moved
        ProcessInstance report = watch("Office of Protection and Advocacy for Persons with Disabilities", LocalDate.of(2026, 12, 31));
        Job due = jobQuery().processInstanceId(report.getId()).timers().singleResult();
        assertThat(due.getDuedate()).isEqualTo(endOf(LocalDate.of(2027, 1, 30)));

        at(LocalDate.of(2027, 1, 31), 0);
        execute(due);

        assertThat(task(report)).hasDefinitionKey("Task_FollowUpMissingReport");
        assertThat(processInstanceQuery().processDefinitionKey(ComplianceReports.PROCESS).processInstanceBusinessKey(
                "Office of Protection and Advocacy for Persons with Disabilities report 2027-06-30").count())
                .as("the next half year is watched on time").isOne();
        today(LocalDate.of(2027, 2, 8));
        assertThatThrownBy(() -> complete(task(report), Map.of("lateReport", "RECEIVED_LATE",
                "missingReportNotes", "Letter sent.")))
                .hasMessageContaining("reportFiledOn");
        complete(task(report), Map.of("lateReport", "RECEIVED_LATE", "reportFiledOn", "2027-02-08",
                "missingReportNotes", "Letter sent to the appointing authority; report came on 8 February."));
        assertThat(report).isEnded().hasPassed("End_ReportFollowedUp");
        assertThat(status("Office of Protection and Advocacy for Persons with Disabilities", "2026-12-31")).isEqualTo("LATE");
    }

    @Test
    void aReportThatNeverComesIsClosedAsMissing_46a_68_53_52() {
        ProcessInstance report = watch("Department of Agriculture", LocalDate.of(2026, 6, 30));
        at(LocalDate.of(2026, 7, 31), 0);
        execute(jobQuery().processInstanceId(report.getId()).timers().singleResult());
        complete(task(report), Map.of("lateReport", "MISSING", "missingReportNotes", "Three letters, no answer."));
        assertThat(status("Department of Agriculture", "2026-06-30")).isEqualTo("MISSING");
    }

    @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;
    @Test // legal readings 2.2, review D-10
    void aReportReceivedOnTheFirstOpenDayAfterAClosedThirtiethDayIsMarkedForTheCommission_46a_68_53_b_52_a_1(
            @Autowired PlanReview plans) {
        // 30 days after 31 December 2027: Sunday 30 January 2028, not moved; the report comes on Monday the 31st
        ProcessInstance report = watch("Department of Correction", LocalDate.of(2027, 12, 31));
        at(LocalDate.of(2028, 1, 31), 0);
        execute(jobQuery().processInstanceId(report.getId()).timers().singleResult());
        today(LocalDate.of(2028, 1, 31));
        complete(task(report), Map.of("lateReport", "RECEIVED_LATE", "reportFiledOn", "2028-01-31",
                "missingReportNotes", "Handed in Monday morning."));

        assertThat(status("Department of Correction", "2027-12-31")).as("recorded as received: no roll (2.2)").isEqualTo("LATE");
        assertThat(lastDayClosed("Department of Correction", "2027-12-31")).isTrue();
        assertThat(plans.privilegeRecord("Department of Correction")).contains("compliance summary reports late: 1 (1 of "
                + "them received on the first open day after a last day the office was closed: weigh whether timely in "
                + "fact, 46a-68-52(a)(1))");

        // a day later is late, and not marked
        ProcessInstance later = watch("Department of Public Utility Control", LocalDate.of(2027, 12, 31));
        at(LocalDate.of(2028, 1, 31), 0);
        execute(jobQuery().processInstanceId(later.getId()).timers().singleResult());
        today(LocalDate.of(2028, 2, 1));
        complete(task(later), Map.of("lateReport", "RECEIVED_LATE", "reportFiledOn", "2028-02-01",
                "missingReportNotes", "Came on Tuesday."));
        assertThat(lastDayClosed("Department of Public Utility Control", "2027-12-31")).isFalse();
        assertThat(plans.privilegeRecord("Department of Public Utility Control")).contains("reports late: 1")
                .doesNotContain("office was closed");
    }

    private boolean lastDayClosed(String agency, String asOf) {
        return jdbc.sql("SELECT last_day_closed FROM compliance_report WHERE agency = :a AND as_of = :d").param("a", agency)
                .param("d", LocalDate.parse(asOf)).query(Boolean.class).single();
    }


    private String status(String agency, String asOf) {
        return jdbc.sql("SELECT status FROM compliance_report WHERE agency = :a AND as_of = :d").param("a", agency)
                .param("d", LocalDate.parse(asOf)).query(String.class).single();
    }

    /** The report's watch, opened the day after the date it describes (the task waits until then). */
    private ProcessInstance watch(String agency, LocalDate asOf) {
        today(asOf);
        ComplianceReports.watch(runtimeService(), new LegalCalendar(), agency, asOf);
        ProcessInstance report = processInstanceQuery().processDefinitionKey(ComplianceReports.PROCESS)
                .processInstanceBusinessKey(agency + " report " + asOf).singleResult();
        assertThat(report).isWaitingAt("Timer_HalfYearOver");
        Job opens = jobQuery().processInstanceId(report.getId()).activityId("Timer_HalfYearOver").singleResult();
        assertThat(opens.getDuedate()).isEqualTo(java.util.Date.from(asOf.plusDays(1)
                .atStartOfDay(LegalCalendar.OFFICE_ZONE).toInstant()));
        at(asOf.plusDays(1), 0);
        execute(opens);
        return report;
    }
}
