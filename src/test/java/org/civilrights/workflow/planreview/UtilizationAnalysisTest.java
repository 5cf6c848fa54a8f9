package org.civilrights.workflow.planreview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.civilrights.workflow.planreview.RaceSexGroup.*;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;

import org.civilrights.workflow.planreview.UtilizationAnalysis.Conclusion;
import org.civilrights.workflow.planreview.UtilizationAnalysis.GroupResult;
import org.civilrights.workflow.planreview.UtilizationAnalysis.Progress;
import org.junit.jupiter.api.Test;

/** Form 40A on worked examples, every figure computed by hand (46a-68-40, 41). */
class UtilizationAnalysisTest {

    /** An occupational category of 50: Line C and Line B (availability percent). */
    private static Map<RaceSexGroup, GroupResult> fiftyEmployees(Map<RaceSexGroup, BigDecimal> previous) {
        Map<RaceSexGroup, Integer> lineC = new EnumMap<>(Map.of(WHITE_MALE, 30, WHITE_FEMALE, 12, BLACK_MALE, 3,
                BLACK_FEMALE, 2, HISPANIC_MALE, 2, HISPANIC_FEMALE, 1));
        Map<RaceSexGroup, BigDecimal> lineB = new EnumMap<>(RaceSexGroup.class);
        lineB.put(WHITE_MALE, new BigDecimal("45.0"));
        lineB.put(WHITE_FEMALE, new BigDecimal("30.0"));
        lineB.put(BLACK_MALE, new BigDecimal("6.0"));
        lineB.put(BLACK_FEMALE, new BigDecimal("7.0"));
        lineB.put(HISPANIC_MALE, new BigDecimal("4.0"));
        lineB.put(HISPANIC_FEMALE, new BigDecimal("5.0"));
        lineB.put(OTHER_MALE, new BigDecimal("1.4"));
        lineB.put(OTHER_FEMALE, new BigDecimal("1.6"));
        return UtilizationAnalysis.analyze(lineC, lineB, previous);
    }

    @Test
    void lineAIsTheWorkForceShareLineDTheExpectedNumberLineETheDifference_46a_68_40() {
        Map<RaceSexGroup, GroupResult> form = fiftyEmployees(Map.of());

        GroupResult whiteMale = form.get(WHITE_MALE);       // 30 of 50; 50 x 45% = 22.5
        assertThat(whiteMale.workforcePercent()).isEqualByComparingTo("60.00");
        assertThat(whiteMale.parityNumber()).isEqualByComparingTo("22.50");
        assertThat(whiteMale.netUtilization()).isEqualByComparingTo("7.50");
        assertThat(whiteMale.conclusion()).isEqualTo(Conclusion.OVERUTILIZED);
        assertThat(whiteMale.parityGoal()).isZero();

        GroupResult whiteFemale = form.get(WHITE_FEMALE);   // 12 of 50; 50 x 30% = 15
        assertThat(whiteFemale.workforcePercent()).isEqualByComparingTo("24.00");
        assertThat(whiteFemale.netUtilization()).isEqualByComparingTo("-3.00");
        assertThat(whiteFemale.conclusion()).isEqualTo(Conclusion.UNDERUTILIZED);
        assertThat(whiteFemale.parityGoal()).isEqualTo(3);
        assertThat(whiteFemale.minimumShortTermGoal()).as("one-fifth of 3 is 0.6, closer to 1").isEqualTo(1);

        assertThat(form.get(BLACK_MALE).conclusion()).as("3 of 50 against 6%").isEqualTo(Conclusion.PARITY);
        assertThat(form.get(HISPANIC_MALE).netUtilization()).isEqualByComparingTo("0");

        GroupResult blackFemale = form.get(BLACK_FEMALE);   // 50 x 7% = 3.5; 2 - 3.5 = -1.5
        assertThat(blackFemale.netUtilization()).isEqualByComparingTo("-1.50");
        assertThat(blackFemale.parityGoal()).as("1.5 rounds to the closer whole number, 2").isEqualTo(2);
        assertThat(blackFemale.minimumShortTermGoal()).as("0.3 rounds to 0").isZero();

        GroupResult otherMale = form.get(OTHER_MALE);       // 0 of 50; 50 x 1.4% = 0.7
        assertThat(otherMale.parityNumber()).isEqualByComparingTo("0.70");
        assertThat(otherMale.conclusion()).isEqualTo(Conclusion.UNDERUTILIZED);
        assertThat(otherMale.parityGoal()).isEqualTo(1);
        assertThat(otherMale.minimumShortTermGoal()).as("0.14 rounds to 0").isZero();
    }

    @Test
    void aShortfallUnderOneHalfSetsNoGoal_46a_68_41_d() {
        // 200 employees; other women 1 against 0.7%: 200 x 0.7% = 1.4, shortfall 0.4
        Map<RaceSexGroup, Integer> lineC = new EnumMap<>(Map.of(WHITE_MALE, 120, WHITE_FEMALE, 79, OTHER_FEMALE, 1));
        Map<RaceSexGroup, BigDecimal> lineB = new EnumMap<>(RaceSexGroup.class);
        for (RaceSexGroup group : RaceSexGroup.values()) {
            lineB.put(group, BigDecimal.ZERO);
        }
        lineB.put(WHITE_MALE, new BigDecimal("59.3"));
        lineB.put(WHITE_FEMALE, new BigDecimal("40.0"));
        lineB.put(OTHER_FEMALE, new BigDecimal("0.7"));

        GroupResult otherFemale = UtilizationAnalysis.analyze(lineC, lineB, Map.of()).get(OTHER_FEMALE);

        assertThat(otherFemale.netUtilization()).isEqualByComparingTo("-0.40");
        assertThat(otherFemale.conclusion()).isEqualTo(Conclusion.UNDERUTILIZED);
        assertThat(otherFemale.parityGoal()).as("0.4 rounds to no goal").isZero();
    }

    @Test // review W-6
    void otherMalesAndOtherFemalesAreEachOneGroupAs31kkDefinesThem_46a_68_31_kk_41_d() {
        // the review's example 2, 300 employees. Kept apart, Asian or Pacific Islander men (0 against 1.2%) had a
        // goal of 4 (at least 1) and American Indian or Alaskan Native men (3 against 0.2%) were overutilized;
        // 31(kk) counts them together as "other males": 0 + 3 employed against 1.2% + 0.2%
        Map<RaceSexGroup, Integer> lineC = new EnumMap<>(RaceSexGroup.class);
        Map<RaceSexGroup, BigDecimal> lineB = new EnumMap<>(RaceSexGroup.class);
        Object[][] figures = {
                {WHITE_MALE, 150, "45"}, {WHITE_FEMALE, 120, "40"}, {BLACK_MALE, 12, "4"}, {BLACK_FEMALE, 10, "4"},
                {HISPANIC_MALE, 5, "2"}, {HISPANIC_FEMALE, 0, "2"},
                {OTHER_MALE, 0 + 3, "1.4"},    // 1.2 + 0.2
                {OTHER_FEMALE, 0 + 0, "1.6"}}; // 1.0 + 0.6
        for (Object[] row : figures) {
            lineC.put((RaceSexGroup) row[0], (Integer) row[1]);
            lineB.put((RaceSexGroup) row[0], new BigDecimal((String) row[2]));
        }

        Map<RaceSexGroup, GroupResult> form = UtilizationAnalysis.analyze(lineC, lineB, Map.of());

        assertThat(form).hasSize(8);
        GroupResult otherMale = form.get(OTHER_MALE);       // 300 x 1.4% = 4.2; 3 - 4.2 = -1.2
        assertThat(otherMale.parityNumber()).isEqualByComparingTo("4.20");
        assertThat(otherMale.netUtilization()).isEqualByComparingTo("-1.20");
        assertThat(otherMale.parityGoal()).as("one other male, not four Asian or Pacific Islander men").isEqualTo(1);
        assertThat(otherMale.minimumShortTermGoal()).as("0.24 rounds to 0").isZero();
        GroupResult otherFemale = form.get(OTHER_FEMALE);   // 300 x 1.6% = 4.8
        assertThat(otherFemale.parityGoal()).isEqualTo(5);
        assertThat(otherFemale.minimumShortTermGoal()).as("0.96 rounds to 1").isEqualTo(1);
        assertThat(form.get(HISPANIC_FEMALE).parityGoal()).isEqualTo(6);
        assertThat(form.get(BLACK_FEMALE).parityGoal()).isEqualTo(2);
    }

    @Test // review W-6
    void twoShortfallsUnderOneHalfKeptApartMakeAGoalTogetherAsOtherMales_46a_68_31_kk_41_d() {
        // 300 employees. Kept apart, 1 Asian or Pacific Islander man against 0.47% (1.41 expected, short 0.41)
        // and 2 American Indian or Alaskan Native men against 0.8% (2.40, short 0.40) set no goal; as the one
        // group of "other males", 3 against 1.27%: 3.81 expected, short 0.81, a goal of 1
        Map<RaceSexGroup, Integer> lineC = new EnumMap<>(Map.of(WHITE_MALE, 297, OTHER_MALE, 1 + 2));
        Map<RaceSexGroup, BigDecimal> lineB = new EnumMap<>(RaceSexGroup.class);
        for (RaceSexGroup group : RaceSexGroup.values()) {
            lineB.put(group, BigDecimal.ZERO);
        }
        lineB.put(WHITE_MALE, new BigDecimal("98.73"));
        lineB.put(OTHER_MALE, new BigDecimal("1.27")); // 0.47 + 0.8

        GroupResult otherMale = UtilizationAnalysis.analyze(lineC, lineB, Map.of()).get(OTHER_MALE);

        assertThat(otherMale.netUtilization()).isEqualByComparingTo("-0.81");
        assertThat(otherMale.parityGoal()).isEqualTo(1);
    }

    @Test
    void aShortTermGoalIsNotLessThanOneFifthOfParityAndTheLongTermGoalIsTheRest_46a_68_41_c_d() {
        // 400 employees; white women 100 against 38.5%: 400 x 38.5% = 154, shortfall 54, one-fifth 10.8 -> 11
        Map<RaceSexGroup, Integer> lineC = new EnumMap<>(Map.of(WHITE_MALE, 300, WHITE_FEMALE, 100));
        Map<RaceSexGroup, BigDecimal> lineB = new EnumMap<>(RaceSexGroup.class);
        for (RaceSexGroup group : RaceSexGroup.values()) {
            lineB.put(group, BigDecimal.ZERO);
        }
        lineB.put(WHITE_MALE, new BigDecimal("61.5"));
        lineB.put(WHITE_FEMALE, new BigDecimal("38.5"));

        GroupResult whiteFemale = UtilizationAnalysis.analyze(lineC, lineB, Map.of()).get(WHITE_FEMALE);

        assertThat(whiteFemale.parityNumber()).isEqualByComparingTo("154.00");
        assertThat(whiteFemale.parityGoal()).isEqualTo(54);
        assertThat(whiteFemale.minimumShortTermGoal()).isEqualTo(11);
        assertThat(UtilizationAnalysis.shortTermGoalSufficient(whiteFemale, 8, 3)).isTrue();
        assertThat(UtilizationAnalysis.shortTermGoalSufficient(whiteFemale, 8, 2)).isFalse();
        assertThat(UtilizationAnalysis.longTermGoal(whiteFemale, 8, 3)).isEqualTo(43);
    }

    @Test
    void aHalfRoundsUpToTheCloserWholeNumber_46a_68_41_d() {
        // 100 employees; white women 20 against 32.5%: shortfall 12.5 -> 13; one-fifth 2.5 -> 3
        Map<RaceSexGroup, Integer> lineC = new EnumMap<>(Map.of(WHITE_MALE, 80, WHITE_FEMALE, 20));
        Map<RaceSexGroup, BigDecimal> lineB = new EnumMap<>(RaceSexGroup.class);
        for (RaceSexGroup group : RaceSexGroup.values()) {
            lineB.put(group, BigDecimal.ZERO);
        }
        lineB.put(WHITE_MALE, new BigDecimal("67.5"));
        lineB.put(WHITE_FEMALE, new BigDecimal("32.5"));

        GroupResult whiteFemale = UtilizationAnalysis.analyze(lineC, lineB, Map.of()).get(WHITE_FEMALE);

        assertThat(whiteFemale.parityGoal()).isEqualTo(13);
        assertThat(whiteFemale.minimumShortTermGoal()).isEqualTo(3);
    }

    @Test
    void lineFShowsProgressAgainstThePreviousPlan_46a_68_40_c() {
        Map<RaceSexGroup, GroupResult> form = fiftyEmployees(Map.of(WHITE_FEMALE, new BigDecimal("-5.00"),
                BLACK_FEMALE, new BigDecimal("-1.00"), BLACK_MALE, BigDecimal.ZERO));

        assertThat(form.get(WHITE_FEMALE).progress()).as("-5 to -3").isEqualTo(Progress.IMPROVED);
        assertThat(form.get(BLACK_FEMALE).progress()).as("-1 to -1.5").isEqualTo(Progress.WORSENED);
        assertThat(form.get(BLACK_MALE).progress()).isEqualTo(Progress.UNCHANGED);
        assertThat(form.get(HISPANIC_MALE).progress()).isEqualTo(Progress.NO_PREVIOUS_PLAN);
    }

    @Test // review W-6, W-5
    void form40AAsksForTheEightRaceSexGroupsOf31kkOnEachLine_46a_68_31_kk_40_b() throws java.io.IOException {
        com.fasterxml.jackson.databind.JsonNode form = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(java.nio.file.Path.of("forms/planreview/plan-utilization.form").toFile());
        java.util.Set<String> keys = new java.util.TreeSet<>();
        java.util.List<String> problems = new java.util.ArrayList<>();
        for (com.fasterxml.jackson.databind.JsonNode component : form.path("components")) {
            keys.add(component.path("key").asText());
            java.util.List<String> labels = new java.util.ArrayList<>();
            component.path("components").forEach(field -> {
                keys.add(field.path("key").asText());
                labels.add(field.path("label").asText());
            });
            if (component.path("id").asText().startsWith("Group_Line") && !labels.equals(java.util.List.of("White male",
                    "Black male", "Hispanic male", "Other male", "White female", "Black female", "Hispanic female",
                    "Other female"))) {
                problems.add(component.path("label").asText() + ": " + labels);
            }
        }
        keys.remove("");
        assertThat(problems).as("each line asks for the eight groups").isEmpty();
        java.util.Set<String> expected = new java.util.TreeSet<>(Form40A.fields());
        expected.addAll(java.util.List.of("unitAction", "anotherUnit"));
        for (RaceSexGroup group : RaceSexGroup.values()) {
            expected.add(PlanDelegates.field("applicants", group));
            expected.add(PlanDelegates.field("selected", group));
        }
        assertThat(keys).as("the fields the computation reads").isEqualTo(expected);
    }

    @Test // review W-5
    void theWorkForceAsAWholeAddsUpTheCategoriesButEachCategoryKeepsItsUnderutilization_46a_68_40_a_59_b_1() {
        // the review's test: Officials, white women 2 of 20 against 40%; Clerical, 38 of 40 against 40%
        Map<RaceSexGroup, BigDecimal> fortyPercent = new EnumMap<>(RaceSexGroup.class);
        for (RaceSexGroup group : RaceSexGroup.values()) {
            fortyPercent.put(group, BigDecimal.ZERO);
        }
        fortyPercent.put(WHITE_MALE, new BigDecimal("60"));
        fortyPercent.put(WHITE_FEMALE, new BigDecimal("40"));
        Map<RaceSexGroup, GroupResult> officials = UtilizationAnalysis.analyze(
                new EnumMap<>(Map.of(WHITE_MALE, 18, WHITE_FEMALE, 2)), fortyPercent, Map.of(WHITE_FEMALE, new BigDecimal("-5")));
        Map<RaceSexGroup, GroupResult> clerical = UtilizationAnalysis.analyze(
                new EnumMap<>(Map.of(WHITE_MALE, 2, WHITE_FEMALE, 38)), fortyPercent, Map.of(WHITE_FEMALE, new BigDecimal("20")));

        GroupResult inOfficials = officials.get(WHITE_FEMALE);      // 20 x 40% = 8
        assertThat(inOfficials.parityNumber()).isEqualByComparingTo("8.00");
        assertThat(inOfficials.conclusion()).isEqualTo(Conclusion.UNDERUTILIZED);
        assertThat(inOfficials.parityGoal()).isEqualTo(6);
        assertThat(inOfficials.minimumShortTermGoal()).as("1.2 rounds to 1").isEqualTo(1);

        Map<RaceSexGroup, GroupResult> whole = UtilizationAnalysis.asAWhole(java.util.List.of(officials, clerical));
        GroupResult together = whole.get(WHITE_FEMALE);            // 40 of 60 against 8 + 16 = 24
        assertThat(together.workforce()).isEqualTo(40);
        assertThat(together.parityNumber()).isEqualByComparingTo("24.00");
        assertThat(together.parityPercent()).isEqualByComparingTo("40.00");
        assertThat(together.workforcePercent()).isEqualByComparingTo("66.67");
        assertThat(together.netUtilization()).isEqualByComparingTo("16.00");
        assertThat(together.conclusion()).isEqualTo(Conclusion.OVERUTILIZED);
        assertThat(together.previousNet()).as("Line F added up: -5 + 20").isEqualByComparingTo("15");
        assertThat(together.progress()).isEqualTo(Progress.IMPROVED);
        assertThat(whole.get(WHITE_MALE).netUtilization()).as("20 of 60 against 12 + 24").isEqualByComparingTo("-16.00");
        assertThat(whole.get(WHITE_MALE).progress()).as("no Line F in either category").isEqualTo(Progress.NO_PREVIOUS_PLAN);
    }

    @Test
    void anEmptyWorkForceOrAMissingAvailabilityIsRefusedByName() {
        assertThatThrownBy(() -> UtilizationAnalysis.analyze(Map.of(), Map.of(), Map.of()))
                .hasMessageContaining("Grand Total");
        assertThatThrownBy(() -> UtilizationAnalysis.analyze(Map.of(WHITE_MALE, 3), Map.of(WHITE_MALE, BigDecimal.TEN), Map.of()))
                .hasMessageContaining("parityPercent: WHITE_FEMALE");
    }
}
