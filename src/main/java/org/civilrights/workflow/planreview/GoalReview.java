package org.civilrights.workflow.planreview;

import static org.civilrights.workflow.planreview.Form40A.Line.*;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.civilrights.workflow.planreview.Form40A.Column;
import org.civilrights.workflow.planreview.UtilizationAnalysis.Conclusion;
import org.civilrights.workflow.planreview.UtilizationAnalysis.GroupResult;

/**
 * The goals a plan sets for one unit (Form 40A, Lines M, U, V, N), checked against 46a-68-41(a) to (f), and the
 * previous plan's goals with what was achieved (Lines G to T, 41(g)). The results are findings the reviewer reads and
 * the recommendation records, not refusals: 41(d) sets its one-fifth "ordinarily", and the commission "reserves the
 * right to determine the appropriateness and sufficiency of goals" (41(h)). Plain Java.
 */
public final class GoalReview {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private GoalReview() {
    }

    /** What the figures show against a subsection of 41; {@code group} is null for the unit as a whole. */
    public record Finding(RaceSexGroup group, String text) {
    }

    /** 41(e): the kind of goal the lower job titles call for. */
    enum Kind { HIRING, PROMOTION, EITHER }

    /**
     * 41(g): the previous plan's goals of one group and what was achieved against them.
     *
     * @param lineI the hires placed on Line I as 41(g)(3)(A) to (D) place them: up to the short term goal when both goals
     *              were set, none when only a long term goal was, all of them otherwise; the rest are on {@code lineJ}
     * @param lineK Line I / Line G in percent, null without a Line G (41(g)(4)); likewise Lines L, S and T (41(g)(5),
     *              (10), (11))
     */
    public record Achievement(RaceSexGroup group, int lineG, int lineH, int lineI, int lineJ, int lineO, int lineP,
                              int lineQ, int lineR, BigDecimal lineK, BigDecimal lineL, BigDecimal lineS,
                              BigDecimal lineT) {

        /** Whether the previous plan set this group any goal. */
        public boolean hadGoals() {
            return lineG + lineH + lineO + lineP > 0;
        }
    }

    /** 46a-68-41(a) to (g): the findings on one unit's goals, the unit's first, then the groups' in the order of 31(kk). */
    public static List<Finding> findings(Form40A form, Map<RaceSexGroup, GroupResult> analysis) {
        List<Finding> findings = new ArrayList<>();
        Map<RaceSexGroup, Column> columns = form.columns();
        boolean goalsCalledFor = analysis.values().stream().anyMatch(r -> r.parityGoal() > 0);
        // 41(b): the short term goal is obtained by considering the vacancies, the turnover and the hires expected
        Form40A.Factors factors = form.factors();
        int shortTermGoals = columns.values().stream().mapToInt(c -> c.line(M) + c.line(U)).sum();
        if (goalsCalledFor && !factors.stated()) {
            findings.add(new Finding(null, "the actual and projected vacancies and the anticipated hires and promotions "
                    + "the short term goals rest on are not stated (41(b)(1)-(3))"));
        }
        if (factors.anticipatedHires() != null && shortTermGoals > factors.anticipatedHires()) {
            findings.add(new Finding(null, "the short term goals add up to " + shortTermGoals + ", more than the "
                    + factors.anticipatedHires() + " anticipated hires and promotions: are they reasonably attainable? "
                    + "(41(b)(3), (d))"));
        }
        for (RaceSexGroup group : RaceSexGroup.values()) {
            GroupResult r = analysis.get(group);
            Column c = columns.get(group);
            int shortTerm = c.line(M) + c.line(U);
            int total = shortTerm + c.line(N);
            if (r.parityGoal() > 0) {
                if (total == 0) {
                    findings.add(new Finding(group, "underutilized, a parity goal of " + r.parityGoal()
                            + ", but no goal is set (41(a))"));
                } else {
                    if (shortTerm < r.minimumShortTermGoal()) {
                        findings.add(new Finding(group, "short term goal below one-fifth of parity (41(d)): Lines M and U "
                                + "set " + shortTerm + "; one-fifth of the shortfall of " + r.netUtilization().negate()
                                .toPlainString() + ", to the closer whole number, is " + r.minimumShortTermGoal()));
                    }
                    int longTerm = Math.max(0, r.parityGoal() - shortTerm);
                    if (total < r.parityGoal()) {
                        findings.add(new Finding(group, "the goals add up to " + total + " (Line M " + c.line(M)
                                + ", U " + c.line(U) + ", N " + c.line(N) + "), less than parity, " + r.parityGoal()
                                + ": the long term hiring goal is parity less the short term goals, " + longTerm
                                + " (41(c), (d))"));
                    } else if (c.line(N) != longTerm) {
                        findings.add(new Finding(group, "Line N is " + c.line(N) + "; parity less the short term goals "
                                + "is " + longTerm + " (41(c))"));
                    }
                }
            } else if (total > 0 && r.conclusion() != Conclusion.UNDERUTILIZED) {
                findings.add(new Finding(group, "goals of " + total + " (Lines M, U and N) for a group that is not "
                        + "underutilized (41(a))"));
            }
            if (c.line(V) > c.line(U)) {
                findings.add(new Finding(group, "Line V, " + c.line(V) + " upward mobility goals, is more than Line U, "
                        + c.line(U) + ", which includes them (41(b))"));
            }
        }
        if (factors.hireOrPromotion()) {
            findings.addAll(hireOrPromotion(columns, analysis));
        }
        findings.addAll(collectively(columns, analysis));
        for (RaceSexGroup group : RaceSexGroup.values()) {
            Column c = columns.get(group);
            Achievement a = achievement(group, c);
            if (a.lineI() != c.line(I) || a.lineJ() != c.line(J)) {
                findings.add(new Finding(group, "hires go on Line I up to the short term goal and the rest on Line J: Line I "
                        + a.lineI() + " and Line J " + a.lineJ() + ", not " + c.line(I) + " and " + c.line(J)
                        + " (41(g)(3))"));
            }
            if (c.line(R) > c.line(Q)) {
                findings.add(new Finding(group, "Line R, " + c.line(R) + " upward mobility promotions, is more than Line Q, "
                        + c.line(Q) + ", which includes them (41(g)(8), (9))"));
            }
            if (c.line(P) > c.line(O)) {
                findings.add(new Finding(group, "Line P, " + c.line(P) + " upward mobility goals of the previous plan, is "
                        + "more than Line O, " + c.line(O) + ", which includes them (41(g)(6), (7))"));
            }
        }
        return findings;
    }

    /**
     * 41(e): where a vacancy may be filled by hire or promotion, a group whose representation in the lower job titles
     * exceeds its availability gets a promotion goal (Line U), one whose availability exceeds that representation a
     * hiring goal (Line M or N). Where the underutilized groups point both ways, "the race/sex group most
     * underutilized" (the largest shortfall, Line E) gets the goal its own comparison calls for; the others are not
     * checked.
     */
    static List<Finding> hireOrPromotion(Map<RaceSexGroup, Column> columns, Map<RaceSexGroup, GroupResult> analysis) {
        List<Finding> findings = new ArrayList<>();
        Map<RaceSexGroup, Kind> kinds = new EnumMap<>(RaceSexGroup.class);
        for (RaceSexGroup group : RaceSexGroup.values()) {
            GroupResult r = analysis.get(group);
            BigDecimal lower = columns.get(group).lowerTitlesPercent();
            if (r.parityGoal() == 0) {
                continue;
            }
            if (lower == null) {
                findings.add(new Finding(group, "the representation in the lower job titles is not stated, so whether a "
                        + "hiring or a promotion goal is called for cannot be seen (41(e))"));
                continue;
            }
            int compared = lower.compareTo(r.parityPercent());
            kinds.put(group, compared > 0 ? Kind.PROMOTION : compared < 0 ? Kind.HIRING : Kind.EITHER);
        }
        boolean mixed = kinds.containsValue(Kind.PROMOTION) && kinds.containsValue(Kind.HIRING);
        List<RaceSexGroup> checked = new ArrayList<>(kinds.keySet());
        if (mixed) {
            checked = List.of(mostUnderutilized(kinds.keySet().stream().toList(), analysis));
        }
        for (RaceSexGroup group : checked) {
            Column c = columns.get(group);
            GroupResult r = analysis.get(group);
            String compared = "the lower job titles hold " + plain(c.lowerTitlesPercent()) + "% against "
                    + plain(r.parityPercent()) + "% available";
            String why = mixed ? "; the groups point both ways, so the goal follows the group most underutilized (41(e))"
                    : " (41(e))";
            if (kinds.get(group) == Kind.PROMOTION && c.line(U) == 0) {
                findings.add(new Finding(group, compared + ": a promotion goal (Line U) is called for" + why));
            } else if (kinds.get(group) == Kind.HIRING && c.line(M) + c.line(N) == 0) {
                findings.add(new Finding(group, compared + ": a hiring goal (Line M or N) is called for" + why));
            }
        }
        return findings;
    }

    /**
     * 41(f): groups each underutilized by less than would round to a goal, but together by enough: a goal for "the
     * race/sex group most underutilized ... or for the race/sex group with the highest availability base, as the agency
     * elects", of at least the shortfall they make together, rounded to the closer whole number (41(d)). Read with the
     * review: the groups considered together are those without a goal of their own, and the two it names are among them.
     */
    static List<Finding> collectively(Map<RaceSexGroup, Column> columns, Map<RaceSexGroup, GroupResult> analysis) {
        List<RaceSexGroup> small = analysis.values().stream()
                .filter(r -> r.conclusion() == Conclusion.UNDERUTILIZED && r.parityGoal() == 0).map(GroupResult::group)
                .toList();
        BigDecimal together = small.stream().map(g -> analysis.get(g).netUtilization().negate())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        int goal = UtilizationAnalysis.closerWholeNumber(together);
        if (small.size() < 2 || goal == 0) {
            return List.of();
        }
        RaceSexGroup most = mostUnderutilized(small, analysis);
        RaceSexGroup highest = small.stream().max(Comparator.comparing((RaceSexGroup g) -> analysis.get(g).parityPercent())
                .thenComparing(Comparator.reverseOrder())).orElseThrow();
        if (total(columns.get(most)) >= goal || total(columns.get(highest)) >= goal) {
            return List.of();
        }
        String whom = most == highest ? most.label() + " (the most underutilized, with the highest availability)"
                : most.label() + " (the most underutilized) or " + highest.label() + " (the highest availability)";
        return List.of(new Finding(null, small.stream().map(RaceSexGroup::label).collect(Collectors.joining(", "))
                + " are short by " + together.toPlainString() + " together, though none enough alone for a goal: a goal "
                + "of " + goal + " for " + whom + ", as the agency elects (41(f))"));
    }

    /** 41(g)(3) to (11): each group's previous goals and what was achieved against them. */
    public static Map<RaceSexGroup, Achievement> achievements(Form40A form) {
        Map<RaceSexGroup, Achievement> achievements = new EnumMap<>(RaceSexGroup.class);
        form.columns().forEach((group, column) -> achievements.put(group, achievement(group, column)));
        return achievements;
    }

    private static Achievement achievement(RaceSexGroup group, Column c) {
        int g = c.line(G);
        int h = c.line(H);
        int hires = c.line(I) + c.line(J);
        int i;
        if (g > 0 && h > 0) {
            i = Math.min(hires, g);       // (B): enough to exhaust the short term goal on Line I, the rest on Line J
        } else if (g == 0 && h > 0) {
            i = 0;                        // (D): a long term goal only
        } else {
            i = hires;                    // (A), (C): no goal, or a short term goal only
        }
        return new Achievement(group, g, h, i, hires - i, c.line(O), c.line(P), c.line(Q), c.line(R), percent(i, g),
                percent(hires - i, h), percent(c.line(Q), c.line(O)), percent(c.line(R), c.line(P)));
    }

    /** The largest shortfall (Line E); of equal ones, the first in the order of 31(kk). */
    private static RaceSexGroup mostUnderutilized(List<RaceSexGroup> groups, Map<RaceSexGroup, GroupResult> analysis) {
        return groups.stream().min(Comparator.comparing((RaceSexGroup g) -> analysis.get(g).netUtilization())
                .thenComparing(Comparator.naturalOrder())).orElseThrow();
    }

    private static int total(Column c) {
        return c.line(M) + c.line(U) + c.line(N);
    }

    /** 41(g)(4), (5), (10), (11): "divide ... multiply by 100%", to one decimal; null without a goal to divide by. */
    static BigDecimal percent(int achieved, int goal) {
        return goal == 0 ? null : BigDecimal.valueOf(achieved).multiply(HUNDRED).divide(BigDecimal.valueOf(goal), 1,
                RoundingMode.HALF_UP);
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
