package org.civilrights.workflow.planreview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.civilrights.workflow.calendar.LegalCalendar;
import org.civilrights.workflow.process.ProcessTest;
import org.civilrights.workflow.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** aa-filing-privilege: annual filing after a formally approved plan, on the three factors, and its rescission (46a-68-52). */
class FilingPrivilegeProcessTest extends ProcessTest {

    @Autowired PlanReview plans;
    @Autowired PlanDueDates dueDates;
    @Autowired LegalCalendar calendar;
    @Autowired JdbcClient jdbc;

    @Test
    void annualFilingIsGrantedOnlyAfterAFormallyApprovedPlanAndOnTheThreeFactors_thenRescinded_46a_68_52() {
        String agency = "Labor Department";
        today(LocalDate.of(2026, 10, 1));
        plan(agency, "2026-02-17", "DISAPPROVED");
        ProcessInstance petition = raise(agency, "PETITION");
        assertThat(task(petition)).hasDefinitionKey("Task_DecidePrivilege").hasCandidateGroup(Role.COMMISSIONER.groupId());
        assertThat((String) runtimeService().getVariable(petition.getId(), "privilegeRecord"))
                .contains("plan due 2026-02-17, filed 2026-02-17: disapproved");
        assertThatThrownBy(() -> complete(task(petition), decision("GRANT", true)))
                .hasMessageContaining("formally approved").hasMessageContaining("46a-68-52(a)");

        plan(agency, "2026-08-17", "APPROVED");
        assertThatThrownBy(() -> complete(task(petition), decision("GRANT", false)))
                .as("all three factors").hasMessageContaining("46a-68-52(a)(1)-(3)");
        complete(task(petition), decision("GRANT", true));

        assertThat(petition).isEnded().hasPassed("End_PrivilegeDecided");
        assertThat(plans.schedule().find(agency).orElseThrow().frequency()).isEqualTo(PlanFrequency.ANNUAL);
        assertThat(dueDates.nextDueOn(agency, LocalDate.of(2026, 10, 1))).as("no February 2027 filing: the next is August")
                .contains(LocalDate.of(2027, 8, 16));

        ProcessInstance rescission = raise(agency, "RESCISSION");
        Map<String, Object> noReasons = decision("RESCIND", false);
        assertThatThrownBy(() -> complete(task(rescission), noReasons)).hasMessageContaining("46a-68-52(b)");
        Map<String, Object> rescind = decision("RESCIND", false);
        rescind.put("privilegeReasons", "Two compliance summary reports missing in 2026.");
        assertThatThrownBy(() -> complete(task(rescission), decision("GRANT", true)))
                .as("a rescission is not a petition").hasMessageContaining("privilegeDecision");
        complete(task(rescission), rescind);

        assertThat(plans.schedule().find(agency).orElseThrow().frequency()).isEqualTo(PlanFrequency.SEMIANNUAL);
        assertThat(dueDates.nextDueOn(agency, LocalDate.of(2026, 10, 1))).contains(LocalDate.of(2027, 2, 16));
    }

    private void plan(String agency, String due, String status) {
        jdbc.sql("""
                INSERT INTO aa_plan (plan_id, agency, due_on, filed_on, deemed_filed_on, default_approval_on, status)
                VALUES (:id, :a, :d, :d, :d, :d, :s)
                """).param("id", agency + " " + due).param("a", agency).param("d", LocalDate.parse(due)).param("s", status)
                .update();
    }

    private ProcessInstance raise(String agency, String action) {
        String definition = engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey("aa-filing-privilege")
                .latestVersion().singleResult().getId();
        return engine.getFormService().submitStartForm(definition, Map.of("agency", agency, "privilegeAction", action,
                "privilegeRaisedOn", "2026-10-01"));
    }

    private static Map<String, Object> decision(String decision, boolean allFactors) {
        Map<String, Object> form = new HashMap<>();
        form.put("factorTimely", true);
        form.put("factorCompliant", true);
        form.put("factorGoodFaith", allFactors);
        form.put("privilegeDecision", decision);
        form.put("privilegeDecidedOn", "2026-10-01");
        return form;
    }
}
