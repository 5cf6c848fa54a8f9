package org.civilrights.workflow.planreview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.civilrights.workflow.planreview.Form40A.Line.*;
import static org.civilrights.workflow.planreview.RaceSexGroup.*;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.civilrights.workflow.planreview.GoalReview.Achievement;
import org.civilrights.workflow.planreview.GoalReview.Finding;
import org.junit.jupiter.api.Test;

/** The goal checks of 46a-68-41 on worked examples, every figure computed by hand (review M-7). */
class GoalReviewTest {

    private static final AnalysisUnit LIEUTENANT = new AnalysisUnit(AnalysisUnit.Kind.JOB_TITLE, "Lieutenant", "Hartford");

    /** A unit of 100: white men 70 against 60%, white women 30 against 40% (short 10, at least 2 short term). */
    private static Map<RaceSexGroup, Form40A.Column> hundred() {
        Map<RaceSexGroup, Form40A.Column> columns = new EnumMap<>(RaceSexGroup.class);
        for (RaceSexGroup group : RaceSexGroup.values()) {
            columns.put(group, new Form40A.Column(0, BigDecimal.ZERO, null));
        }
        columns.put(WHITE_MALE, new Form40A.Column(70, new BigDecimal("60"), null));
        columns.put(WHITE_FEMALE, new Form40A.Column(30, new BigDecimal("40"), null));
        return columns;
    }

    private static Form40A.Column with(Form40A.Column column, Map<Form40A.Line, Integer> lines, String lowerTitles) {
        return new Form40A.Column(column.workforce(), column.availability(), column.previousNet(), lines,
                lowerTitles == null ? null : new BigDecimal(lowerTitles));
    }

    private static List<Finding> findings(Map<RaceSexGroup, Form40A.Column> columns, Form40A.Factors factors) {
        Form40A form = new Form40A(LIEUTENANT, columns, factors);
        return GoalReview.findings(form, form.analyze());
    }

    private static final Form40A.Factors STATED = new Form40A.Factors(2, 8, 10, false);
    private static final Form40A.Factors HIRE_OR_PROMOTION = new Form40A.Factors(2, 8, 10, true);

    @Test // review M-7
    void goalsOfParityWithAFifthInTheShortTermRaiseNoFinding_46a_68_41_c_d() {
        Map<RaceSexGroup, Form40A.Column> columns = hundred();
        columns.put(WHITE_FEMALE, with(columns.get(WHITE_FEMALE), Map.of(M, 2, N, 8), null));

        assertThat(findings(columns, STATED)).isEmpty();
    }

    @Test // review M-7
    void theLongTermGoalAboveParityLessTheShortTermGoalsIsNoted_46a_68_41_c() {
        Map<RaceSexGroup, Form40A.Column> columns = hundred();
        columns.put(WHITE_FEMALE, with(columns.get(WHITE_FEMALE), Map.of(M, 2, U, 1, N, 9), null));

        assertThat(findings(columns, STATED)).extracting(Finding::text)
                .containsExactly("Line N is 9; parity less the short term goals is 7 (41(c))");
    }

    @Test // review M-7
    void aGoalForAGroupThatIsNotUnderutilizedIsNoted_andUpwardMobilityIsPartOfLineU_46a_68_41_a_b() {
        Map<RaceSexGroup, Form40A.Column> columns = hundred();
        columns.put(WHITE_FEMALE, with(columns.get(WHITE_FEMALE), Map.of(M, 2, N, 8), null));
        columns.put(WHITE_MALE, with(columns.get(WHITE_MALE), Map.of(M, 1, V, 1), null));

        assertThat(findings(columns, STATED)).extracting(f -> f.group() + " " + f.text()).containsExactly(
                "WHITE_MALE goals of 1 (Lines M, U and N) for a group that is not underutilized (41(a))",
                "WHITE_MALE Line V, 1 upward mobility goals, is more than Line U, 0, which includes them (41(b))");
    }

    @Test // review M-7
    void withLowerTitlesBelowAvailabilityAHiringGoalIsCalledFor_atEqualRatesEither_46a_68_41_e() {
        Map<RaceSexGroup, Form40A.Column> columns = hundred();
        // the lower titles hold 25% white women, against 40% available: a hiring goal is called for
        columns.put(WHITE_FEMALE, with(columns.get(WHITE_FEMALE), Map.of(U, 2, N, 8), "25"));
        assertThat(findings(columns, HIRE_OR_PROMOTION)).as("the long term hiring goal is one").isEmpty();

        columns.put(WHITE_FEMALE, with(columns.get(WHITE_FEMALE), Map.of(U, 10), "25"));
        assertThat(findings(columns, HIRE_OR_PROMOTION)).extracting(Finding::text).containsExactly(
                "the lower job titles hold 25% against 40% available: a hiring goal (Line M or N) is called for (41(e))");

        columns.put(WHITE_FEMALE, with(columns.get(WHITE_FEMALE), Map.of(U, 10), "40"));
        assertThat(findings(columns, HIRE_OR_PROMOTION)).as("equal: either kind will do").isEmpty();

        columns.put(WHITE_FEMALE, with(columns.get(WHITE_FEMALE), Map.of(U, 10), null));
        assertThat(findings(columns, HIRE_OR_PROMOTION)).extracting(Finding::text).singleElement().asString()
                .contains("not stated").contains("41(e)");
        assertThat(findings(columns, STATED)).as("a unit filled one way only: 41(e) does not apply").isEmpty();
    }

    @Test // review M-7
    void oneSmallShortfallAloneIsNotACollectiveOne_46a_68_41_f() {
        // 200: white women 79 against 39.7% (79.4 expected, short 0.4): no goal, and no group to count it with
        Map<RaceSexGroup, Form40A.Column> columns = hundred();
        columns.put(WHITE_MALE, new Form40A.Column(121, new BigDecimal("60.3"), null));
        columns.put(WHITE_FEMALE, new Form40A.Column(79, new BigDecimal("39.7"), null));

        assertThat(findings(columns, STATED)).isEmpty();
    }

    @Test // review M-7
    void hiresAreAllocatedToTheShortTermGoalFirstAndTheRestToTheLongTerm_46a_68_41_g_3() {
        Map<RaceSexGroup, Form40A.Column> columns = hundred();
        columns.put(WHITE_FEMALE, with(columns.get(WHITE_FEMALE), Map.of(M, 2, N, 8, G, 3, H, 5, I, 6), null));
        columns.put(BLACK_FEMALE, with(columns.get(BLACK_FEMALE), Map.of(H, 4, I, 2), null));
        columns.put(HISPANIC_FEMALE, with(columns.get(HISPANIC_FEMALE), Map.of(G, 2, I, 5), null));
        columns.put(OTHER_FEMALE, with(columns.get(OTHER_FEMALE), Map.of(I, 1), null));
        Form40A form = new Form40A(LIEUTENANT, columns, STATED);

        Map<RaceSexGroup, Achievement> achieved = GoalReview.achievements(form);

        // (B) both goals: 6 hires, 3 exhaust the short term goal, 3 go to the long term goal
        assertThat(achieved.get(WHITE_FEMALE)).extracting(Achievement::lineI, Achievement::lineJ).containsExactly(3, 3);
        assertThat(achieved.get(WHITE_FEMALE).lineK()).isEqualByComparingTo("100.0");
        assertThat(achieved.get(WHITE_FEMALE).lineL()).as("3 / 5").isEqualByComparingTo("60.0");
        // (D) a long term goal only: all on Line J
        assertThat(achieved.get(BLACK_FEMALE)).extracting(Achievement::lineI, Achievement::lineJ).containsExactly(0, 2);
        assertThat(achieved.get(BLACK_FEMALE).lineL()).isEqualByComparingTo("50.0");
        // (C) a short term goal only: all on Line I, beyond the goal
        assertThat(achieved.get(HISPANIC_FEMALE).lineK()).as("5 / 2").isEqualByComparingTo("250.0");
        assertThat(achieved.get(HISPANIC_FEMALE).lineL()).as("no Line H to divide by").isNull();
        // (A) no goal: all on Line I, nothing to measure
        assertThat(achieved.get(OTHER_FEMALE).hadGoals()).isFalse();
        assertThat(GoalReview.findings(form, form.analyze())).extracting(f -> f.group() + " " + f.text()).containsExactly(
                "WHITE_FEMALE hires go on Line I up to the short term goal and the rest on Line J: Line I 3 and Line J 3, "
                        + "not 6 and 0 (41(g)(3))",
                "BLACK_FEMALE hires go on Line I up to the short term goal and the rest on Line J: Line I 0 and Line J 2, "
                        + "not 2 and 0 (41(g)(3))");
    }
}
