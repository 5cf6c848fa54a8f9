package org.civilrights.workflow.planreview;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * Form 40A: the representation of each race/sex group of 46a-68-31(kk) (the eight of {@link RaceSexGroup})
 * in one unit of an agency's work force (an occupational category, position classification or job title, in one labor
 * market area: {@link Form40A}) against its availability (46a-68-40), and the goals the plan must set where a
 * group is underutilized (46a-68-41); and the work force as a whole, the occupational categories added up (59(b)(1)).
 * Plain Java: the review's service task calls it and the reviewer's form shows the result.
 */
public final class UtilizationAnalysis {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal FIVE = BigDecimal.valueOf(5);

    private UtilizationAnalysis() {
    }

    public enum Conclusion { UNDERUTILIZED, PARITY, OVERUTILIZED }

    /** How a group's net utilization moved since the previous plan (Line F against Line E). */
    public enum Progress { IMPROVED, UNCHANGED, WORSENED, NO_PREVIOUS_PLAN }

    /**
     * One race/sex group's column of Form 40A.
     *
     * @param workforcePercent       Line A: the group's share of the work force, in percent
     * @param parityPercent          Line B: the availability percent (46a-68-39)
     * @param workforce              Line C: the group's work force number
     * @param parityNumber           Line D: the expected number, Grand Total times Line B
     * @param netUtilization         Line E: Line C minus Line D; negative is underutilization
     * @param previousNet            Line F: Line E of the previous plan, null when there is none
     * @param parityGoal             the goal to reach parity: Line E's shortfall rounded to the closer whole number, 0 when none
     * @param minimumShortTermGoal   41(d): ordinarily not less than one-fifth of parity, rounded
     */
    public record GroupResult(RaceSexGroup group, BigDecimal workforcePercent, BigDecimal parityPercent, int workforce,
                              BigDecimal parityNumber, BigDecimal netUtilization, BigDecimal previousNet,
                              Conclusion conclusion, Progress progress, int parityGoal, int minimumShortTermGoal) {
    }

    /**
     * 46a-68-40(b), (c), 41(c), (d).
     *
     * @param workforce        Line C for each group (Form 38A); a missing group counts as 0
     * @param parityPercent    Line B for each group, in percent (e.g. 12.5)
     * @param previousNet      Line E of the previous plan for each group (Line F), may be empty
     */
    public static Map<RaceSexGroup, GroupResult> analyze(Map<RaceSexGroup, Integer> workforce,
                                                         Map<RaceSexGroup, BigDecimal> parityPercent,
                                                         Map<RaceSexGroup, BigDecimal> previousNet) {
        Objects.requireNonNull(workforce, "workforce");
        Objects.requireNonNull(parityPercent, "parityPercent");
        int grandTotal = workforce.values().stream().mapToInt(Integer::intValue).sum();
        if (grandTotal <= 0) {
            throw new IllegalArgumentException("workforce: the Grand Total (Cell 1C) must be greater than zero (46a-68-40(b))");
        }
        BigDecimal total = BigDecimal.valueOf(grandTotal);
        Map<RaceSexGroup, GroupResult> results = new EnumMap<>(RaceSexGroup.class);
        for (RaceSexGroup group : RaceSexGroup.values()) {
            int count = workforce.getOrDefault(group, 0);
            BigDecimal parity = parityPercent.get(group);
            if (parity == null || parity.signum() < 0 || parity.compareTo(HUNDRED) > 0) {
                throw new IllegalArgumentException("parityPercent: " + group + " needs an availability percent from 0 to 100 "
                        + "(46a-68-40(b)(3))");
            }
            BigDecimal expected = total.multiply(parity).divide(HUNDRED, 2, RoundingMode.HALF_UP);
            results.put(group, column(group, count, grandTotal, parity, expected,
                    previousNet == null ? null : previousNet.get(group)));
        }
        return results;
    }

    /**
     * The work force as a whole (46a-68-59(b)(1): "considered as a whole and by occupational category"): the
     * occupational categories' Form 40A added up. Line C and Line D are the sums of the categories', each category
     * having been compared with the availability of its own labor market area (40(a)); Line B is then the share
     * Line D makes of the Grand Total. Line F is the sum of the categories' where every category has one. Position
     * classifications and job titles lie within the categories and are not added again.
     */
    public static Map<RaceSexGroup, GroupResult> asAWhole(java.util.Collection<Map<RaceSexGroup, GroupResult>> categories) {
        if (categories.isEmpty()) {
            throw new IllegalArgumentException("categories: the work force as a whole is the sum of the occupational "
                    + "categories; none was entered (46a-68-39(a), 59(b)(1))");
        }
        int grandTotal = categories.stream().flatMap(c -> c.values().stream()).mapToInt(GroupResult::workforce).sum();
        if (grandTotal <= 0) {
            throw new IllegalArgumentException("workforce: the Grand Total (Cell 1C) must be greater than zero (46a-68-40(b))");
        }
        Map<RaceSexGroup, GroupResult> whole = new EnumMap<>(RaceSexGroup.class);
        for (RaceSexGroup group : RaceSexGroup.values()) {
            int count = 0;
            BigDecimal expected = BigDecimal.ZERO;
            BigDecimal previous = BigDecimal.ZERO;
            for (Map<RaceSexGroup, GroupResult> category : categories) {
                GroupResult r = category.get(group);
                count += r.workforce();
                expected = expected.add(r.parityNumber());
                previous = previous == null || r.previousNet() == null ? null : previous.add(r.previousNet());
            }
            BigDecimal parity = expected.multiply(HUNDRED).divide(BigDecimal.valueOf(grandTotal), 2, RoundingMode.HALF_UP);
            whole.put(group, column(group, count, grandTotal, parity, expected, previous));
        }
        return whole;
    }

    /** 40(b)(2), (5), (c), 41(d): one group's column from Line C, Line B, Line D and Line F. */
    private static GroupResult column(RaceSexGroup group, int count, int grandTotal, BigDecimal parity, BigDecimal expected,
                                      BigDecimal previous) {
        BigDecimal share = BigDecimal.valueOf(count).multiply(HUNDRED).divide(BigDecimal.valueOf(grandTotal), 2,
                RoundingMode.HALF_UP);
        BigDecimal net = BigDecimal.valueOf(count).subtract(expected);
        Conclusion conclusion = net.signum() < 0 ? Conclusion.UNDERUTILIZED
                : net.signum() > 0 ? Conclusion.OVERUTILIZED : Conclusion.PARITY;
        int parityGoal = net.signum() < 0 ? closerWholeNumber(net.negate()) : 0;
        int minimumShortTerm = net.signum() < 0 ? closerWholeNumber(net.negate().divide(FIVE, 4, RoundingMode.HALF_UP)) : 0;
        return new GroupResult(group, share, parity, count, expected, net, previous, conclusion, progress(net, previous),
                parityGoal, minimumShortTerm);
    }

    /**
     * 46a-68-41(c): the long term hiring goal is the parity figure less the short term hiring and
     * promotion goals.
     */
    public static int longTermGoal(GroupResult result, int shortTermHiring, int shortTermPromotion) {
        return Math.max(0, result.parityGoal() - shortTermHiring - shortTermPromotion);
    }

    /**
     * 46a-68-41(d): ordinarily a short term goal is not less than one-fifth of parity. Returns whether
     * the plan's short term goals (hiring plus promotion) meet it.
     */
    public static boolean shortTermGoalSufficient(GroupResult result, int shortTermHiring, int shortTermPromotion) {
        return shortTermHiring + shortTermPromotion >= result.minimumShortTermGoal();
    }

    /** 46a-68-41(d): "rounded up or down to the closer whole number" (a half rounds up). */
    static int closerWholeNumber(BigDecimal value) {
        return value.setScale(0, RoundingMode.HALF_UP).intValueExact();
    }

    private static Progress progress(BigDecimal net, BigDecimal previous) {
        if (previous == null) {
            return Progress.NO_PREVIOUS_PLAN;
        }
        int compared = net.compareTo(previous);
        return compared > 0 ? Progress.IMPROVED : compared < 0 ? Progress.WORSENED : Progress.UNCHANGED;
    }
}
