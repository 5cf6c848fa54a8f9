package org.civilrights.workflow.planreview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.civilrights.workflow.planreview.RaceSexGroup.*;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.civilrights.workflow.process.ProcessTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * aa-plan-review, Form 40A: one per occupational category, position classification or job title and labor
 * market area (46a-68-39(a), 40(a)), and the work force as a whole (59(b)(1)).
 */
class Form40AProcessTest extends ProcessTest {

    @Autowired JdbcClient jdbc;

    @Test // review W-5
    void underutilizationInAnOccupationalCategoryIsNotAveragedAwayByTheWorkForceAsAWhole_46a_68_40_a_59_b_1() {
        ProcessInstance plan = fileAndAudit("Department of Motor Vehicles", LocalDate.of(2026, 9, 30));
        // Officials: 20 employed, white women 2 against 40%: 8 expected, short 6
        Map<String, Object> officials = form40A("OCCUPATIONAL_CATEGORY", "Officials", "Hartford",
                new int[] {18, 2, 0, 0, 0, 0, 0, 0}, new String[] {"60", "40", "0", "0", "0", "0", "0", "0"});
        officials.put("anotherUnit", "true");
        complete(task(plan), officials);
        assertThat(task(plan)).as("a second Form 40A").hasDefinitionKey("Task_EnterUtilization");
        // Clerical: 40 employed, white women 38 against 40%: 16 expected
        complete(task(plan), form40A("OCCUPATIONAL_CATEGORY", "Clerical", "Hartford",
                new int[] {2, 38, 0, 0, 0, 0, 0, 0}, new String[] {"60", "40", "0", "0", "0", "0", "0", "0"}));

        assertThat(task(plan)).hasDefinitionKey("Task_WriteRecommendation");
        String summary = (String) runtimeService().getVariable(plan.getId(), "utilizationSummary");
        // units by kind, then by name
        assertThat(summary).containsSubsequence("**Clerical** (occupational category; labor market area: Hartford), 40 employed",
                "**White male**: 2 employed, 24.00 expected (Line E -22.00); parity goal 22",
                "**Officials** (occupational category; labor market area: Hartford), 20 employed",
                "**White female**: 2 employed, 8.00 expected (Line E -6.00); parity goal 6, short term goal at least 1",
                "**The work force as a whole**", "**White male**: 20 employed, 36.00 expected (Line E -16.00)")
                .contains("not in parity");
        String id = "Department of Motor Vehicles 2026-09-30";
        Map<String, Object> officialsWhiteFemale = jdbc.sql("""
                SELECT net_utilization, conclusion, parity_goal, minimum_short_term_goal FROM aa_plan_unit_utilization
                WHERE plan_id = :id AND unit_name = 'Officials' AND race_sex_group = 'WHITE_FEMALE'
                """).param("id", id).query().singleRow();
        assertThat((BigDecimal) officialsWhiteFemale.get("NET_UTILIZATION")).isEqualByComparingTo("-6.00");
        assertThat(officialsWhiteFemale.get("CONCLUSION")).isEqualTo("UNDERUTILIZED");
        assertThat(officialsWhiteFemale.get("PARITY_GOAL")).isEqualTo(6);
        // together 40 of 60 against 8 + 16 = 24 expected: overutilized as a whole
        Map<String, Object> wholeWhiteFemale = jdbc.sql("""
                SELECT workforce, parity_number, net_utilization, conclusion FROM aa_plan_utilization
                WHERE plan_id = :id AND race_sex_group = 'WHITE_FEMALE'
                """).param("id", id).query().singleRow();
        assertThat(wholeWhiteFemale.get("WORKFORCE")).isEqualTo(40);
        assertThat((BigDecimal) wholeWhiteFemale.get("PARITY_NUMBER")).isEqualByComparingTo("24.00");
        assertThat((BigDecimal) wholeWhiteFemale.get("NET_UTILIZATION")).isEqualByComparingTo("16.00");
        assertThat(wholeWhiteFemale.get("CONCLUSION")).isEqualTo("OVERUTILIZED");
    }

    @Test // review W-5
    void eachUnitsAvailabilityAddsUpTo100AndItsCountsAreWholeNumbers_theRefusalNamesUnitFieldAndSection_46a_68_40_a_b() {
        ProcessInstance plan = fileAndAudit("Department of Public Safety", LocalDate.of(2026, 9, 30));

        Map<String, Object> ninetyNine = form40A("OCCUPATIONAL_CATEGORY", "Officials", "Hartford",
                new int[] {18, 2, 0, 0, 0, 0, 0, 0}, new String[] {"60", "39", "0", "0", "0", "0", "0", "0"});
        assertThatThrownBy(() -> complete(task(plan), ninetyNine)).hasMessageContaining("Officials")
                .hasMessageContaining("availability").hasMessageContaining("not 100").hasMessageContaining("40(b)(3)");

        Map<String, Object> halfAPerson = form40A("OCCUPATIONAL_CATEGORY", "Officials", "Hartford",
                new int[] {18, 2, 0, 0, 0, 0, 0, 0}, new String[] {"60", "40", "0", "0", "0", "0", "0", "0"});
        halfAPerson.put(PlanDelegates.field("workforce", WHITE_FEMALE), 2.5);
        assertThatThrownBy(() -> complete(task(plan), halfAPerson)).hasMessageContaining("workforce03")
                .hasMessageContaining("Officials").hasMessageContaining("whole number").hasMessageContaining("40(b)(1)");

        Map<String, Object> noArea = form40A("OCCUPATIONAL_CATEGORY", "Officials", "",
                new int[] {18, 2, 0, 0, 0, 0, 0, 0}, new String[] {"60", "40", "0", "0", "0", "0", "0", "0"});
        assertThatThrownBy(() -> complete(task(plan), noArea)).hasMessageContaining("laborMarketArea")
                .hasMessageContaining("40(a)");
        assertThat(task(plan)).hasDefinitionKey("Task_EnterUtilization");
    }

    @Test // review W-5
    void aForm40AIsKeptPerUnitAndLaborMarketArea_enteredAgainItIsReplaced_andOccupationalCategoriesAreTheMinimum_46a_68_39_a_40_a() {
        String agency = "Division of Criminal Justice";
        ProcessInstance plan = fileAndAudit(agency, LocalDate.of(2026, 9, 30));
        int[] employed = {18, 2, 0, 0, 0, 0, 0, 0};
        String[] availability = {"60", "40", "0", "0", "0", "0", "0", "0"};

        assertThatThrownBy(() -> complete(task(plan), form40A("JOB_TITLE", "Inspector", "Hartford", employed, availability)))
                .as("a job title alone: the analysis is at least by occupational category")
                .hasMessageContaining("occupational category").hasMessageContaining("46a-68-39(a)");
        complete(task(plan), more(form40A("JOB_TITLE", "Inspector", "Hartford", employed, availability)));
        complete(task(plan), more(form40A("OCCUPATIONAL_CATEGORY", "Officials", "Hartford", employed, availability)));
        complete(task(plan), more(form40A("OCCUPATIONAL_CATEGORY", "Officials", "New Haven", employed, availability)));
        assertThat(units(agency)).containsExactlyInAnyOrder("JOB_TITLE Inspector Hartford",
                "OCCUPATIONAL_CATEGORY Officials Hartford", "OCCUPATIONAL_CATEGORY Officials New Haven");
        assertThat((String) runtimeService().getVariable(plan.getId(), "unitsEntered")).contains("**Inspector**")
                .contains("labor market area: New Haven");

        // the Hartford officials again, corrected: 10 white men, not 18
        complete(task(plan), more(form40A("OCCUPATIONAL_CATEGORY", "OFFICIALS", "hartford",
                new int[] {10, 2, 0, 0, 0, 0, 0, 0}, availability)));
        Map<String, Object> remove = more(new HashMap<>(Map.of("unitAction", "REMOVE", "unitKind", "OCCUPATIONAL_CATEGORY",
                "unitName", "Officials", "laborMarketArea", "New Haven")));
        complete(task(plan), remove);
        assertThatThrownBy(() -> complete(task(plan), remove)).hasMessageContaining("unitName")
                .hasMessageContaining("New Haven");
        complete(task(plan), Map.of("unitAction", "NONE"));

        assertThat(task(plan)).hasDefinitionKey("Task_WriteRecommendation");
        assertThat(units(agency)).containsExactlyInAnyOrder("JOB_TITLE Inspector Hartford",
                "OCCUPATIONAL_CATEGORY OFFICIALS hartford");
        assertThat(jdbc.sql("""
                SELECT workforce FROM aa_plan_unit_utilization WHERE plan_id = :id AND LOWER(unit_name) = 'officials'
                AND race_sex_group = 'WHITE_MALE'
                """).param("id", agency + " 2026-09-30").query(Integer.class).single()).isEqualTo(10);
        assertThat((String) runtimeService().getVariable(plan.getId(), "utilizationSummary"))
                .contains("**Inspector** (job title; labor market area: Hartford)")
                .doesNotContain("New Haven");
    }

    // --- helpers

    private ProcessInstance fileAndAudit(String agency, LocalDate due) {
        today(due);
        String definition = engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey("aa-plan-review")
                .latestVersion().singleResult().getId();
        ProcessInstance plan = engine.getFormService().submitStartForm(definition, Map.of("agency", agency,
                "dueOn", due.toString(), "planFiledOn", due.toString()));
        Map<String, Object> audit = new HashMap<>();
        for (RequiredElement element : RequiredElement.values()) {
            audit.put(PlanDelegates.elementField(element), true);
        }
        audit.put("deskAuditNotes", "Complete plan.");
        audit.put("requestInformation", "false");
        complete(task(plan), audit);
        assertThat(task(plan)).hasDefinitionKey("Task_EnterUtilization");
        return plan;
    }

    /** One Form 40A as staff enter it; the figures in the order of RaceSexGroup (white, black, Hispanic, other; male, female). */
    static Map<String, Object> form40A(String kind, String name, String area, int[] employed, String[] availability) {
        Map<String, Object> form = new HashMap<>();
        form.put("unitKind", kind);
        form.put("unitName", name);
        form.put("laborMarketArea", area);
        for (RaceSexGroup group : RaceSexGroup.values()) {
            form.put(PlanDelegates.field("workforce", group), (long) employed[group.ordinal()]);
            form.put(PlanDelegates.field("availability", group), Double.valueOf(availability[group.ordinal()]));
        }
        form.put("anotherUnit", "false");
        return form;
    }

    private static Map<String, Object> more(Map<String, Object> form) {
        form.put("anotherUnit", "true");
        return form;
    }

    private List<String> units(String agency) {
        return jdbc.sql("SELECT unit_kind, unit_name, labor_market_area FROM aa_plan_unit WHERE plan_id = :id")
                .param("id", agency + " 2026-09-30").query((rs, i) -> rs.getString(1) + " " + rs.getString(2) + " "
                        + rs.getString(3)).list();
    }
}
