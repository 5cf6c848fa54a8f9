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
 */
public final class AdverseImpact {

    /** 46a-68-31(a). */
    public static final BigDecimal FOUR_FIFTHS = new BigDecimal("0.8");

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
     * @param rate           selected / applicants
     * @param ratioToFavored rate / the most favored group's rate
     * @param adverseImpact  the ratio is below four-fifths
     */
    public record Result(RaceSexGroup group, BigDecimal rate, BigDecimal ratioToFavored, boolean adverseImpact) {
    }

    /** Groups with no applicants are left out: they have no selection rate. */
    public static Map<RaceSexGroup, Result> analyze(Map<RaceSexGroup, Selection> selections) {
        Map<RaceSexGroup, BigDecimal> rates = new EnumMap<>(RaceSexGroup.class);
        selections.forEach((group, s) -> {
            if (s.applicants() > 0) {
                rates.put(group, BigDecimal.valueOf(s.selected()).divide(BigDecimal.valueOf(s.applicants()), 6,
                        RoundingMode.HALF_UP));
            }
        });
        BigDecimal favored = rates.values().stream().max(BigDecimal::compareTo).orElse(BigDecimal.ZERO);
        Map<RaceSexGroup, Result> results = new EnumMap<>(RaceSexGroup.class);
        rates.forEach((group, rate) -> {
            BigDecimal ratio = favored.signum() == 0 ? BigDecimal.ONE
                    : rate.divide(favored, 4, RoundingMode.HALF_UP);
            results.put(group, new Result(group, rate, ratio, ratio.compareTo(FOUR_FIFTHS) < 0));
        });
        return results;
    }
}
