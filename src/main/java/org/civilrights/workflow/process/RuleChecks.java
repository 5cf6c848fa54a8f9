package org.civilrights.workflow.process;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects the rules one submission breaks, so the person sees all of them at once, each naming the
 * field, the rule and its section; {@link #orThrow()} then refuses the submission as a whole (run
 * through {@link RuleViolations} it becomes a {@link FormCheckException}, and nothing is kept).
 */
public final class RuleChecks {

    /** The submission's broken rules. */
    public static final class Violation extends IllegalArgumentException implements RuleViolations.Problems {
        private final List<String> problems;

        public Violation(List<String> problems) {
            super(String.join("; ", problems));
            this.problems = List.copyOf(problems);
        }

        @Override
        public List<String> problems() {
            return problems;
        }
    }

    private final List<String> problems = new ArrayList<>();
    private final LocalDate today;

    public RuleChecks(OfficeClock clock) {
        this.today = clock.today();
    }

    /** A recorded date (something that happened): required, and not after today. */
    public LocalDate happened(LocalDate date, String field, String what) {
        if (date == null) {
            problems.add(field + ": " + what + " is required");
        } else if (date.isAfter(today)) {
            problems.add(field + ": " + what + " cannot be later than today (" + today + ")");
        }
        return date;
    }

    /** {@code later} (when both are known) is not before {@code earlier}. */
    public void notBefore(LocalDate later, LocalDate earlier, String field, String rule) {
        if (later != null && earlier != null && later.isBefore(earlier)) {
            problems.add(field + ": " + later + " is before " + earlier + ": " + rule);
        }
    }

    /** A rule that holds or not: {@code problem} names the field, the rule and its section. */
    public void require(boolean holds, String problem) {
        if (!holds) {
            problems.add(problem);
        }
    }

    public void orThrow() {
        if (!problems.isEmpty()) {
            throw new Violation(problems);
        }
    }
}
