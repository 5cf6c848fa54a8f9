package org.civilrights.workflow.planreview;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.civilrights.workflow.process.RuleChecks;

/**
 * One Form 40A as staff enter it from the plan: the unit and labor market area it analyses (46a-68-39(a), 40(a)),
 * and for each race/sex group of 31(kk) the work force number (Line C, from Form 38A), the availability percent
 * (Line B, from the availability analysis of 39) and the previous plan's net utilization (Line F); the goals the
 * plan sets (Lines M, U, V, N of 41(b), (c)) and the previous plan's goals with what was achieved (Lines G to J and
 * O to R of 41(g)); and, for the unit, the factors of the short term goals (41(b)(1)-(3)) and, where a vacancy may be
 * filled by hire or promotion, each group's representation in the lower job titles (41(e)). Plain Java: {@link #read}
 * checks a submission and refuses it with every figure at fault, each named by its field, its unit and its section;
 * whether the goals are right is not refused but shown to the reviewer ({@link GoalReview}).
 */
public record Form40A(AnalysisUnit unit, Map<RaceSexGroup, Column> columns, Factors factors) {

    /** The fields of the form plan-utilization that name the unit. */
    public static final String UNIT_KIND = "unitKind";
    public static final String UNIT_NAME = "unitName";
    public static final String LABOR_MARKET_AREA = "laborMarketArea";
    /** The unit's fields of 41(b)(1)-(3) and 41(e). */
    public static final String ACTUAL_VACANCIES = "actualVacancies";
    public static final String PROJECTED_VACANCIES = "projectedVacancies";
    public static final String ANTICIPATED_HIRES = "anticipatedHiresPromotions";
    public static final String HIRE_OR_PROMOTION = "hireOrPromotion";

    /**
     * The availability percents of the eight groups cover every person once, so they add up to 100; entered with one or
     * two decimals they may miss it by a rounding, which is let pass up to this much.
     */
    public static final BigDecimal AVAILABILITY_ROUNDING = new BigDecimal("0.1");

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /**
     * The lines of Form 40A entered per race/sex group, each a field per group ({@code workforce02} ... {@code
     * workforce09}) and a column of aa_plan_unit_utilization; and the 41(e) representation in the lower job titles.
     * Lines A, D, E (40(b), (c)) and K, L, S, T (41(g)(4), (5), (10), (11)) are computed, not entered.
     */
    public enum Line {
        C("workforce", "workforce", "employed (Line C)", "46a-68-40(b)(1)"),
        B("availability", "parity_percent", "availability % (Line B)", "46a-68-40(b)(3)"),
        F("previousNet", "previous_net", "previous net utilization (Line F)", "46a-68-40(c)"),
        M("shortTermHiringGoal", "short_term_hiring_goal", "short term hiring goal (Line M)", "46a-68-41(b), 41(d)"),
        U("shortTermPromotionGoal", "short_term_promotion_goal", "short term promotion goal (Line U)", "46a-68-41(b), 41(d)"),
        V("upwardMobilityGoal", "upward_mobility_goal", "upward mobility goal (Line V)", "46a-68-41(b), 41(d)"),
        N("longTermHiringGoal", "long_term_hiring_goal", "long term hiring goal (Line N)", "46a-68-41(c), 41(d)"),
        G("previousShortTermHiringGoal", "previous_short_term_hiring_goal", "previous short term hiring goal (Line G)",
                "46a-68-41(g)(1)"),
        H("previousLongTermHiringGoal", "previous_long_term_hiring_goal", "previous long term hiring goal (Line H)",
                "46a-68-41(g)(2)"),
        I("shortTermGoalHires", "short_term_goal_hires", "hires against the short term goal (Line I)", "46a-68-41(g)(3)"),
        J("longTermGoalHires", "long_term_goal_hires", "hires against the long term goal (Line J)", "46a-68-41(g)(3)"),
        O("previousShortTermPromotionGoal", "previous_short_term_promotion_goal",
                "previous short term promotion goal (Line O)", "46a-68-41(g)(6)"),
        P("previousUpwardMobilityGoal", "previous_upward_mobility_goal", "previous upward mobility goal (Line P)",
                "46a-68-41(g)(7)"),
        Q("promotions", "promotions", "promotions (Line Q)", "46a-68-41(g)(8)"),
        R("upwardMobilityPromotions", "upward_mobility_promotions", "upward mobility promotions (Line R)", "46a-68-41(g)(9)"),
        LOWER_TITLES("lowerTitlesPercent", "lower_titles_percent", "representation % in the lower job titles",
                "46a-68-41(e)");

        /** The lines of goals and of what was achieved: whole numbers, 0 when left empty. */
        public static final List<Line> GOALS = List.of(M, U, V, N, G, H, I, J, O, P, Q, R);

        private final String field;
        private final String column;
        private final String label;
        private final String section;

        Line(String field, String column, String label, String section) {
            this.field = field;
            this.column = column;
            this.label = label;
            this.section = section;
        }

        /** The column of aa_plan_unit_utilization. */
        public String column() {
            return column;
        }

        /** The form field of this line for a group, e.g. {@code workforce03} for white females' Line C. */
        public String field(RaceSexGroup group) {
            return String.format("%s%02d", field, group.fieldNumber());
        }

        public String label() {
            return label;
        }

        public String section() {
            return section;
        }
    }

    /**
     * One race/sex group's figures.
     *
     * @param workforce          Line C
     * @param availability       Line B, in percent
     * @param previousNet        Line F, null when there was no previous plan
     * @param goals              Lines M, U, V, N and G to J, O to R ({@link Line#GOALS}); a line not entered is 0
     * @param lowerTitlesPercent 41(e): the group's representation in the job titles from which a promotion could be
     *                           made, null when not stated
     */
    public record Column(int workforce, BigDecimal availability, BigDecimal previousNet, Map<Line, Integer> goals,
                         BigDecimal lowerTitlesPercent) {

        public Column {
            goals = Collections.unmodifiableMap(goals.isEmpty() ? new EnumMap<>(Line.class) : new EnumMap<>(goals));
        }

        public Column(int workforce, BigDecimal availability, BigDecimal previousNet) {
            this(workforce, availability, previousNet, Map.of(), null);
        }

        /** A line of goals or results, 0 when not entered. */
        public int line(Line line) {
            return goals.getOrDefault(line, 0);
        }
    }

    /**
     * The unit's factors of the short term goals, each null when not stated: 41(b)(1) actual vacancies, (2) projected
     * vacancies, (3) anticipated hires and promotions; and 41(e): whether a vacancy may be filled by hire or promotion.
     */
    public record Factors(Integer actualVacancies, Integer projectedVacancies, Integer anticipatedHires,
                          boolean hireOrPromotion) {

        public static final Factors NONE = new Factors(null, null, null, false);

        public boolean stated() {
            return actualVacancies != null || projectedVacancies != null || anticipatedHires != null;
        }
    }

    public Form40A {
        columns = Collections.unmodifiableMap(new EnumMap<>(columns));
        factors = factors == null ? Factors.NONE : factors;
    }

    public Form40A(AnalysisUnit unit, Map<RaceSexGroup, Column> columns) {
        this(unit, columns, Factors.NONE);
    }

    /** 46a-68-40(b), (c), 41(d): the unit's Form 40A computed. */
    public Map<RaceSexGroup, UtilizationAnalysis.GroupResult> analyze() {
        Map<RaceSexGroup, Integer> lineC = new EnumMap<>(RaceSexGroup.class);
        Map<RaceSexGroup, BigDecimal> lineB = new EnumMap<>(RaceSexGroup.class);
        Map<RaceSexGroup, BigDecimal> lineF = new EnumMap<>(RaceSexGroup.class);
        columns.forEach((group, column) -> {
            lineC.put(group, column.workforce());
            lineB.put(group, column.availability());
            if (column.previousNet() != null) {
                lineF.put(group, column.previousNet());
            }
        });
        return UtilizationAnalysis.analyze(lineC, lineB, lineF);
    }

    /** The Grand Total (Cell 1C). */
    public int grandTotal() {
        return columns.values().stream().mapToInt(Column::workforce).sum();
    }

    /**
     * The unit a submission names (46a-68-39(a), 40(a)).
     *
     * @throws RuleChecks.Violation naming each field missing
     */
    public static AnalysisUnit readUnit(Function<String, Object> submitted) {
        List<String> problems = new ArrayList<>();
        AnalysisUnit.Kind kind = null;
        try {
            kind = AnalysisUnit.Kind.valueOf(String.valueOf(submitted.apply(UNIT_KIND)));
        } catch (IllegalArgumentException e) {
            problems.add(UNIT_KIND + ": an occupational category, a position classification employing a significant number "
                    + "of persons, or a job title with its own availability base (46a-68-39(a), 40(a))");
        }
        String name = text(submitted.apply(UNIT_NAME));
        if (name.isEmpty() || name.length() > 200) {
            problems.add(UNIT_NAME + ": the name of the occupational category, position classification or job title, "
                    + "up to 200 characters (46a-68-40(a))");
        }
        String area = text(submitted.apply(LABOR_MARKET_AREA));
        if (area.isEmpty() || area.length() > 200) {
            problems.add(LABOR_MARKET_AREA + ": the relevant labor market area the availability is for, up to 200 "
                    + "characters; an analysis is made for each (46a-68-39(a)(2), 40(a))");
        }
        if (!problems.isEmpty()) {
            throw new RuleChecks.Violation(problems);
        }
        return new AnalysisUnit(kind, name, area);
    }

    /**
     * Reads and checks a submitted Form 40A: the unit (39(a), 40(a)); Line C a whole number of persons, 0 or more,
     * with a Grand Total above 0 (40(b)(1)); Line B a percent from 0 to 100 for each group, the eight adding up to
     * 100 (39, 40(b)(3)); Line F a number, or empty when there was no previous plan (40(c)); the goals whole numbers
     * (41(d): "rounded ... to the closer whole number"), as are the hires and promotions of 41(g) and the factors of
     * 41(b); the representation in the lower job titles a percent (41(e)).
     *
     * @throws RuleChecks.Violation naming each figure at fault by its field, its unit and its section
     */
    public static Form40A read(Function<String, Object> submitted) {
        AnalysisUnit unit = readUnit(submitted);
        String in = "in " + unit.label() + ", ";
        List<String> problems = new ArrayList<>();
        Map<RaceSexGroup, Column> columns = new EnumMap<>(RaceSexGroup.class);
        BigDecimal availabilityTotal = BigDecimal.ZERO;
        for (RaceSexGroup group : RaceSexGroup.values()) {
            Integer workforce = wholeNumber(submitted, Line.C, group, true, in, problems);
            BigDecimal availability = number(submitted, Line.B, group, true, in, problems);
            if (availability != null && (availability.signum() < 0 || availability.compareTo(HUNDRED) > 0)) {
                problems.add(Line.B.field(group) + ": " + in + group.label() + " " + Line.B.label() + " is a percent from 0 "
                        + "to 100, not " + availability.toPlainString() + " (" + Line.B.section() + ")");
            }
            BigDecimal previous = number(submitted, Line.F, group, false, in, problems);
            if (availability != null) {
                availability = availability.scale() > 4 ? availability.setScale(4, RoundingMode.HALF_UP) : availability;
                availabilityTotal = availabilityTotal.add(availability);
            }
            if (previous != null && previous.scale() > 2) {
                previous = previous.setScale(2, RoundingMode.HALF_UP);
            }
            Map<Line, Integer> goals = new EnumMap<>(Line.class);
            for (Line line : Line.GOALS) {
                Integer value = wholeNumber(submitted, line, group, false, in, problems);
                if (value != null) {
                    goals.put(line, value);
                }
            }
            BigDecimal lower = number(submitted, Line.LOWER_TITLES, group, false, in, problems);
            if (lower != null && (lower.signum() < 0 || lower.compareTo(HUNDRED) > 0)) {
                problems.add(Line.LOWER_TITLES.field(group) + ": " + in + group.label() + " " + Line.LOWER_TITLES.label()
                        + " is a percent from 0 to 100, not " + lower.toPlainString() + " (" + Line.LOWER_TITLES.section() + ")");
            } else if (lower != null && lower.scale() > 4) {
                lower = lower.setScale(4, RoundingMode.HALF_UP);
            }
            columns.put(group, new Column(workforce == null ? 0 : workforce, availability, previous, goals, lower));
        }
        Factors factors = new Factors(factor(submitted, ACTUAL_VACANCIES, "actual vacancies", "46a-68-41(b)(1)", in, problems),
                factor(submitted, PROJECTED_VACANCIES, "projected vacancies", "46a-68-41(b)(2)", in, problems),
                factor(submitted, ANTICIPATED_HIRES, "anticipated hires and promotions", "46a-68-41(b)(3)", in, problems),
                Boolean.TRUE.equals(submitted.apply(HIRE_OR_PROMOTION))
                        || "true".equals(String.valueOf(submitted.apply(HIRE_OR_PROMOTION))));
        if (problems.isEmpty()) {
            if (availabilityTotal.subtract(HUNDRED).abs().compareTo(AVAILABILITY_ROUNDING) > 0) {
                problems.add(Line.B.field(RaceSexGroup.WHITE_MALE) + " to " + Line.B.field(RaceSexGroup.OTHER_FEMALE) + ": "
                        + in + "the availability percents (Line B) of the eight race/sex groups add up to "
                        + availabilityTotal.stripTrailingZeros().toPlainString() + ", not 100 (46a-68-39, 40(b)(3))");
            }
            if (columns.values().stream().mapToInt(Column::workforce).sum() == 0) {
                problems.add(Line.C.field(RaceSexGroup.WHITE_MALE) + " to " + Line.C.field(RaceSexGroup.OTHER_FEMALE) + ": "
                        + in + "no one is employed: the Grand Total (Cell 1C) must be greater than zero (46a-68-40(b))");
            }
        }
        if (!problems.isEmpty()) {
            throw new RuleChecks.Violation(problems);
        }
        return new Form40A(unit, columns, factors);
    }

    /** Every field of the unit's figures on the form, to clear them before the next Form 40A is entered. */
    public static List<String> fields() {
        List<String> fields = new ArrayList<>(List.of(UNIT_KIND, UNIT_NAME, LABOR_MARKET_AREA, ACTUAL_VACANCIES,
                PROJECTED_VACANCIES, ANTICIPATED_HIRES, HIRE_OR_PROMOTION));
        for (Line line : Line.values()) {
            for (RaceSexGroup group : RaceSexGroup.values()) {
                fields.add(line.field(group));
            }
        }
        return fields;
    }

    private static Integer factor(Function<String, Object> submitted, String field, String what, String section, String in,
                                  List<String> problems) {
        Object raw = submitted.apply(field);
        if (raw == null || raw.toString().isBlank()) {
            return null;
        }
        try {
            BigDecimal value = new BigDecimal(raw.toString().trim());
            if (value.signum() >= 0 && value.stripTrailingZeros().scale() <= 0
                    && value.compareTo(BigDecimal.valueOf(1_000_000)) <= 0) {
                return value.intValueExact();
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        problems.add(field + ": " + in + "the " + what + " are a whole number, 0 or more, not '" + raw + "' (" + section + ")");
        return null;
    }

    static Integer wholeNumber(Function<String, Object> submitted, Line line, RaceSexGroup group, boolean required,
                               String in, List<String> problems) {
        BigDecimal value = number(submitted, line, group, required, in, problems);
        if (value == null) {
            return null;
        }
        if (value.signum() < 0 || value.stripTrailingZeros().scale() > 0 || value.compareTo(BigDecimal.valueOf(1_000_000)) > 0) {
            problems.add(line.field(group) + ": " + in + group.label() + " " + line.label() + " is a whole number, 0 or more, "
                    + "not " + value.toPlainString() + " (" + line.section() + ")");
            return null;
        }
        return value.intValueExact();
    }

    static BigDecimal number(Function<String, Object> submitted, Line line, RaceSexGroup group, boolean required,
                             String in, List<String> problems) {
        Object raw = submitted.apply(line.field(group));
        if (raw == null || raw.toString().isBlank()) {
            if (required) {
                problems.add(line.field(group) + ": " + in + group.label() + " " + line.label() + " is required ("
                        + line.section() + ")");
            }
            return null;
        }
        try {
            return new BigDecimal(raw.toString().trim());
        } catch (NumberFormatException e) {
            problems.add(line.field(group) + ": " + in + group.label() + " " + line.label() + " must be a number, not '"
                    + raw + "' (" + line.section() + ")");
            return null;
        }
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString().trim();
    }
}
