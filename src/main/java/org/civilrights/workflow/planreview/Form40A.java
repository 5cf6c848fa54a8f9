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
 * (Line B, from the availability analysis of 39) and the previous plan's net utilization (Line F). Plain Java:
 * {@link #read} checks a submission and refuses it with every figure at fault, each named by its field, its unit and
 * its section.
 */
public record Form40A(AnalysisUnit unit, Map<RaceSexGroup, Column> columns) {

    /** The fields of the form plan-utilization that name the unit. */
    public static final String UNIT_KIND = "unitKind";
    public static final String UNIT_NAME = "unitName";
    public static final String LABOR_MARKET_AREA = "laborMarketArea";

    /**
     * The availability percents of the eight groups cover every person once, so they add up to 100; entered with one or
     * two decimals they may miss it by a rounding, which is let pass up to this much.
     */
    public static final BigDecimal AVAILABILITY_ROUNDING = new BigDecimal("0.1");

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** The lines of Form 40A entered per race/sex group, each a field per group ({@code workforce02} ... {@code workforce09}). */
    public enum Line {
        C("workforce", "employed (Line C)", "46a-68-40(b)(1)"),
        B("availability", "availability % (Line B)", "46a-68-40(b)(3)"),
        F("previousNet", "previous net utilization (Line F)", "46a-68-40(c)");

        private final String field;
        private final String label;
        private final String section;

        Line(String field, String label, String section) {
            this.field = field;
            this.label = label;
            this.section = section;
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
     * @param workforce    Line C
     * @param availability Line B, in percent
     * @param previousNet  Line F, null when there was no previous plan
     */
    public record Column(int workforce, BigDecimal availability, BigDecimal previousNet) {
    }

    public Form40A {
        columns = Collections.unmodifiableMap(new EnumMap<>(columns));
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
     * 100 (39, 40(b)(3)); Line F a number, or empty when there was no previous plan (40(c)).
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
            columns.put(group, new Column(workforce == null ? 0 : workforce, availability, previous));
        }
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
        return new Form40A(unit, columns);
    }

    /** Every field of the unit's figures on the form, to clear them before the next Form 40A is entered. */
    public static List<String> fields() {
        List<String> fields = new ArrayList<>(List.of(UNIT_KIND, UNIT_NAME, LABOR_MARKET_AREA));
        for (Line line : Line.values()) {
            for (RaceSexGroup group : RaceSexGroup.values()) {
                fields.add(line.field(group));
            }
        }
        return fields;
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
