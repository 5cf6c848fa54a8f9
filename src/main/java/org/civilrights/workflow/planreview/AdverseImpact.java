package org.civilrights.workflow.planreview;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumMap;
import java.util.Map;

/**
 * The four-fifths rule of 46a-68-31(a): a selection rate for any group less than four-fifths of the
 * rate of the group most favored by the selection device indicates adverse impact. The groups compared
 * are the eight race/sex groups of 31(kk) ({@link RaceSexGroup}), as in 43(b). The regulation
 * tempers it (small samples, atypical pools): the result is shown to the reviewer as an indication,
 * with the numbers, not applied as a verdict.
 *
 * <p>The rates are compared exactly, as fractions (review W-8): a ratio rounded before the "less than
 * four-fifths" test would let 0.79995 pass as 0.8. The rounded ratio is only for display.
 */
public final class AdverseImpact {

    /** 46a-68-31(a), for display; the test itself is {@link #belowFourFifths}. */
    public static final BigDecimal FOUR_FIFTHS = new BigDecimal("0.8");

    /**
     * 46a-68-31(a): "Greater differences in selection may not constitute adverse impact where the differences are
     * based upon small samples and are not statistically meaningful". The regulation names no size: the project's
     * own threshold (to confirm) is fewer than 30 applicants in the group or in the most favored group, and the
     * reviewer is warned, not overruled.
     */
    public static final int SMALL_SAMPLE = 30;

    private AdverseImpact() {
    }

    /** Applicants and those selected (hired or promoted) of one group. */
    public record Selection(int applicants, int selected) {
        public Selection {
            if (applicants < 0 || selected < 0 || selected > applicants) {
                throw new IllegalArgumentException("selected: between 0 and the number of applicants (" + applicants + ")");
            }
        }
    }

    /**
     * @param rate           selected / applicants, rounded for display
     * @param ratioToFavored rate / the most favored group's rate, rounded for display
     * @param adverseImpact  the exact ratio is below four-fifths (31(a))
     * @param smallSample    the group or the most favored group has fewer than {@link #SMALL_SAMPLE} applicants (31(a))
     * @param favored        the most favored group, the benchmark
     */
    public record Result(RaceSexGroup group, BigDecimal rate, BigDecimal ratioToFavored, boolean adverseImpact,
                         boolean smallSample, RaceSexGroup favored) {
    }

    /** Groups with no applicants are left out: they have no selection rate. */
    public static Map<RaceSexGroup, Result> analyze(Map<RaceSexGroup, Selection> selections) {
        Map<RaceSexGroup, Selection> rated = new EnumMap<>(RaceSexGroup.class);
        selections.forEach((group, s) -> {
            if (s.applicants() > 0) {
                rated.put(group, s);
            }
        });
        // the most favored group: the highest rate, compared exactly (a/b > c/d when a*d > c*b)
        RaceSexGroup favored = null;
        for (Map.Entry<RaceSexGroup, Selection> entry : rated.entrySet()) {
            if (favored == null || product(1, entry.getValue().selected(), rated.get(favored).applicants())
                    .compareTo(product(1, rated.get(favored).selected(), entry.getValue().applicants())) > 0) {
                favored = entry.getKey();
            }
        }
        Map<RaceSexGroup, Result> results = new EnumMap<>(RaceSexGroup.class);
        for (Map.Entry<RaceSexGroup, Selection> entry : rated.entrySet()) {
            Selection s = entry.getValue();
            Selection best = rated.get(favored);
            BigDecimal rate = BigDecimal.valueOf(s.selected()).divide(BigDecimal.valueOf(s.applicants()), 6,
                    RoundingMode.HALF_UP);
            BigDecimal ratio = best.selected() == 0 ? BigDecimal.ONE
                    : new BigDecimal(product(1, s.selected(), best.applicants()))
                    .divide(new BigDecimal(product(1, best.selected(), s.applicants())), 4, RoundingMode.HALF_UP);
            boolean small = s.applicants() < SMALL_SAMPLE || best.applicants() < SMALL_SAMPLE;
            results.put(entry.getKey(), new Result(entry.getKey(), rate, ratio, belowFourFifths(s, best), small, favored));
        }
        return results;
    }

    /**
     * 46a-68-31(a), 43(b): {@code s}'s rate is less than four-fifths of {@code favored}'s, in whole numbers:
     * selected/applicants &lt; 4/5 × favoredSelected/favoredApplicants, i.e.
     * 5 × selected × favoredApplicants &lt; 4 × favoredSelected × applicants. No rounding comes before the test.
     */
    static boolean belowFourFifths(Selection s, Selection favored) {
        return product(5, s.selected(), favored.applicants()).compareTo(product(4, favored.selected(), s.applicants())) < 0;
    }

    /** k × a × b, exactly (no overflow however large the figures entered). */
    private static java.math.BigInteger product(int k, int a, int b) {
        return java.math.BigInteger.valueOf(k).multiply(java.math.BigInteger.valueOf(a)).multiply(java.math.BigInteger.valueOf(b));
    }
}
