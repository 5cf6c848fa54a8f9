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
 * market area (46a-68-39(a), 40(a)), the work force as a whole (59(b)(1)), and the goals the plan sets, checked
 * against 41(a) to (g) for the reviewer.
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

    @Test // review M-7
    void aShortTermGoalBelowOneFifthOfParityIsShownToTheReviewerAndRecordedWithTheRecommendation_46a_68_41_d() {
        String agency = "Department of Higher Education";
        ProcessInstance plan = fileAndAudit(agency, LocalDate.of(2026, 10, 15));
        // the review's example 1, 137 employees, with the eight groups of 31(kk): white women 40 against 38.1%:
        // 52.20 expected, short 12.20, a parity goal of 12 and at least 2 (2.44) in the short term
        Map<String, Object> form = form40A("OCCUPATIONAL_CATEGORY", "Professionals", "Hartford",
                new int[] {70, 40, 8, 9, 4, 3, 2, 1},
                new String[] {"42.3", "38.1", "4.9", "6.2", "3.4", "3.6", "0.9", "0.6"});
        factors(form, 5, 3, 6);
        goals(form, WHITE_FEMALE, 1, 0, 11);
        goals(form, HISPANIC_MALE, 0, 0, 1);
        goals(form, HISPANIC_FEMALE, 0, 0, 2);
        complete(task(plan), form);

        assertThat(task(plan)).hasDefinitionKey("Task_WriteRecommendation");
        String checks = (String) runtimeService().getVariable(plan.getId(), "goalChecks");
        assertThat(checks).contains("**White female**: short term goal below one-fifth of parity (41(d))")
                .doesNotContain("**Hispanic male**").doesNotContain("**Hispanic female**");
        complete(task(plan), Map.of("staffRecommendation", "DISAPPROVE", "recommendationReasons", "Goals too low.",
                "standardGoals", "NONE", "priorDeficienciesAddressed", "true"));
        assertThat(jdbc.sql("SELECT goal_findings FROM aa_plan WHERE plan_id = :id").param("id", agency + " 2026-10-15")
                .query(String.class).single()).contains("short term goal below one-fifth of parity (41(d))");
    }

    @Test // review M-7
    void everyUnderutilizationHasAGoalAndTheLongTermGoalIsParityLessTheShortTermGoals_onStatedFactors_46a_68_41_a_b_c() {
        ProcessInstance plan = fileAndAudit("Department of Banking", LocalDate.of(2026, 10, 30));
        // Officials, 40 employed: white women 6 against 40% (16 expected, a parity goal of 10, at least 2 short
        // term); black women 0 against 3% (1.2 expected, a goal of 1)
        int[] employed = {30, 6, 2, 0, 1, 1, 0, 0};
        String[] availability = {"50", "40", "4", "3", "1.5", "1", "0.3", "0.2"};
        Map<String, Object> form = form40A("OCCUPATIONAL_CATEGORY", "Officials", "Hartford", employed, availability);
        goals(form, WHITE_FEMALE, 3, 0, 5);
        form.put(PlanDelegates.field("shortTermHiringGoal", WHITE_FEMALE), 2.5);
        assertThatThrownBy(() -> complete(task(plan), form)).as("41(d): goals are whole numbers")
                .hasMessageContaining("shortTermHiringGoal03").hasMessageContaining("Officials")
                .hasMessageContaining("whole number").hasMessageContaining("41(d)");
        form.put(PlanDelegates.field("shortTermHiringGoal", WHITE_FEMALE), 3L);
        complete(task(plan), more(form));

        String checks = (String) runtimeService().getVariable(plan.getId(), "goalChecks");
        assertThat(checks).contains("**White female**").contains("less than parity").contains("41(c)")
                .contains("**Black female**").contains("no goal is set (41(a))")
                .contains("not stated (41(b)(1)-(3))");

        Map<String, Object> corrected = form40A("OCCUPATIONAL_CATEGORY", "Officials", "Hartford", employed, availability);
        goals(corrected, WHITE_FEMALE, 3, 0, 7);
        goals(corrected, BLACK_FEMALE, 0, 0, 1);
        factors(corrected, 1, 1, 2);
        complete(task(plan), corrected);

        checks = (String) runtimeService().getVariable(plan.getId(), "goalChecks");
        assertThat(checks).doesNotContain("41(a)").doesNotContain("41(c)")
                .contains("more than the 2 anticipated hires and promotions").contains("41(b)(3)");
    }

    @Test // review M-7
    void theLowerJobTitlesDecideBetweenAHireAndAPromotionGoal_andSmallShortfallsTogetherCallForAGoal_46a_68_41_e_f() {
        ProcessInstance plan = fileAndAudit("Board of Education and Services for the Blind", LocalDate.of(2026, 10, 15));
        complete(task(plan), more(form40A("OCCUPATIONAL_CATEGORY", "Professionals", "Hartford",
                new int[] {50, 30, 8, 6, 3, 2, 1, 0}, new String[] {"50", "30", "8", "6", "3", "2", "1", "0"})));
        // Rehabilitation counselors, 100: white women 20 against 30% (short 10), black women 4 against 6% (short 2);
        // Hispanic women 0.3, other men 0.4 and other women 0.3 short: no goal each, 1.00 together
        int[] employed = {60, 20, 10, 4, 4, 2, 0, 0};
        String[] availability = {"50", "30", "8", "6", "3", "2.3", "0.4", "0.3"};
        Map<String, Object> form = form40A("POSITION_CLASSIFICATION", "Rehabilitation Counselor", "Hartford", employed,
                availability);
        factors(form, 3, 5, 6);
        // 41(e): filled by hire or promotion; the lower titles hold 35% white women (above 30%: promotion) and 4%
        // black women (below 6%: hire); mixed, so the goal follows the group most underutilized, white women
        form.put("hireOrPromotion", "true");
        form.put(PlanDelegates.field("lowerTitlesPercent", WHITE_FEMALE), 35.0);
        form.put(PlanDelegates.field("lowerTitlesPercent", BLACK_FEMALE), 4.0);
        goals(form, WHITE_FEMALE, 2, 0, 8);
        goals(form, BLACK_FEMALE, 0, 0, 2);
        complete(task(plan), more(form));

        String checks = (String) runtimeService().getVariable(plan.getId(), "goalChecks");
        assertThat(checks).contains("**White female**").contains("a promotion goal (Line U)").contains("41(e)")
                .contains("Other male (the most underutilized) or Hispanic female (the highest availability)")
                .contains("41(f)");

        form.put(PlanDelegates.field("shortTermHiringGoal", WHITE_FEMALE), 0L);
        form.put(PlanDelegates.field("shortTermPromotionGoal", WHITE_FEMALE), 2L);
        form.put(PlanDelegates.field("shortTermHiringGoal", OTHER_MALE), 1L);
        form.put("anotherUnit", "false");
        complete(task(plan), form);

        checks = (String) runtimeService().getVariable(plan.getId(), "goalChecks");
        assertThat(checks).doesNotContain("a promotion goal (Line U)").doesNotContain("as the agency elects")
                .contains("Goals of **Rehabilitation Counselor** (position classification; labor market area: Hartford) "
                        + "(46a-68-41): no finding");
    }

    @Test // review M-7
    void thePreviousPlansGoalsHiresAndPromotionsGiveThePercentagesAchieved_46a_68_41_g_59_b_2() {
        ProcessInstance plan = fileAndAudit("Connecticut Agricultural Experiment Station", LocalDate.of(2026, 10, 15));
        Map<String, Object> form = form40A("OCCUPATIONAL_CATEGORY", "Clerical", "Hartford",
                new int[] {10, 20, 2, 4, 1, 2, 0, 1}, new String[] {"25", "50", "5", "10", "2.5", "5", "1", "1.5"});
        factors(form, 2, 2, 2);
        // white women: the previous plan set 4 short and 6 long term hiring goals, 2 short term promotion goals (1 of
        // upward mobility); 5 hires, which the agency put 3 on Line I and 2 on Line J; 1 promotion, 2 upward mobility
        Object[][] previous = {{"previousShortTermHiringGoal", 4L}, {"previousLongTermHiringGoal", 6L},
                {"shortTermGoalHires", 3L}, {"longTermGoalHires", 2L}, {"previousShortTermPromotionGoal", 2L},
                {"previousUpwardMobilityGoal", 1L}, {"promotions", 1L}, {"upwardMobilityPromotions", 2L}};
        for (Object[] line : previous) {
            form.put(PlanDelegates.field((String) line[0], WHITE_FEMALE), line[1]);
        }
        form.put(PlanDelegates.field("shortTermGoalHires", BLACK_MALE), 2L); // no previous goal: all on Line I
        complete(task(plan), form);

        String checks = (String) runtimeService().getVariable(plan.getId(), "goalChecks");
        // 41(g)(3)(B): the 5 hires exhaust the short term goal first: 4 on Line I, 1 on Line J
        assertThat(checks).contains("Line I 4 and Line J 1, not 3 and 2 (41(g)(3))")
                .contains("Line K 100.0%").contains("Line L 16.7%").contains("Line S 50.0%").contains("Line T 200.0%")
                .contains("Line R").contains("41(g)(8), (9)")
                .contains("59(b)(2)").doesNotContain("**Black male**");
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
        for (RequiredElement.Part part : RequiredElement.Part.values()) {
            audit.put(part.field(), true);
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

    /** Lines M, U and N of a group: the plan's short term hiring and promotion goals and its long term hiring goal (41(b), (c)). */
    private static void goals(Map<String, Object> form, RaceSexGroup group, long hiring, long promotion, long longTerm) {
        form.put(PlanDelegates.field("shortTermHiringGoal", group), hiring);
        form.put(PlanDelegates.field("shortTermPromotionGoal", group), promotion);
        form.put(PlanDelegates.field("longTermHiringGoal", group), longTerm);
    }

    /** 41(b)(1)-(3): actual and projected vacancies, anticipated hires and promotions of the unit. */
    private static void factors(Map<String, Object> form, long actual, long projected, long anticipated) {
        form.put("actualVacancies", actual);
        form.put("projectedVacancies", projected);
        form.put("anticipatedHiresPromotions", anticipated);
    }

    private List<String> units(String agency) {
        return jdbc.sql("SELECT unit_kind, unit_name, labor_market_area FROM aa_plan_unit WHERE plan_id = :id")
                .param("id", agency + " 2026-09-30").query((rs, i) -> rs.getString(1) + " " + rs.getString(2) + " "
                        + rs.getString(3)).list();
    }
}
