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
        lineB.put(ASIAN_PACIFIC_ISLANDER_MALE, new BigDecimal("1.2"));
        lineB.put(ASIAN_PACIFIC_ISLANDER_FEMALE, new BigDecimal("1.3"));
        lineB.put(AMERICAN_INDIAN_ALASKAN_NATIVE_MALE, new BigDecimal("0.2"));
        lineB.put(AMERICAN_INDIAN_ALASKAN_NATIVE_FEMALE, new BigDecimal("0.3"));
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

        GroupResult asianMale = form.get(ASIAN_PACIFIC_ISLANDER_MALE); // 0 of 50; 50 x 1.2% = 0.6
        assertThat(asianMale.parityNumber()).isEqualByComparingTo("0.60");
        assertThat(asianMale.parityGoal()).isEqualTo(1);

        GroupResult indianMale = form.get(AMERICAN_INDIAN_ALASKAN_NATIVE_MALE); // 50 x 0.2% = 0.1
        assertThat(indianMale.conclusion()).isEqualTo(Conclusion.UNDERUTILIZED);
        assertThat(indianMale.parityGoal()).as("0.1 rounds to no goal").isZero();
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

    @Test
    void anEmptyWorkForceOrAMissingAvailabilityIsRefusedByName() {
        assertThatThrownBy(() -> UtilizationAnalysis.analyze(Map.of(), Map.of(), Map.of()))
                .hasMessageContaining("Grand Total");
        assertThatThrownBy(() -> UtilizationAnalysis.analyze(Map.of(WHITE_MALE, 3), Map.of(WHITE_MALE, BigDecimal.TEN), Map.of()))
                .hasMessageContaining("parityPercent: WHITE_FEMALE");
    }
}
