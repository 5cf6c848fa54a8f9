package org.civilrights.workflow.process;

import java.util.List;
import java.util.function.Supplier;

/**
 * Runs a step of a domain service from a delegate: a rule the submission breaks (the services throw
 * {@link IllegalArgumentException}, naming the field, the rule and its section) becomes a
 * {@link FormCheckException}: shown on the form, 400 from the REST API, and the transaction rolled back
 * so that nothing of the submission is kept.
 */
public final class RuleViolations {

    /** An exception that names several broken rules at once. */
    public interface Problems {
        List<String> problems();
    }

    private RuleViolations() {
    }

    public static void run(Runnable step) {
        get(() -> {
            step.run();
            return null;
        });
    }

    public static <T> T get(Supplier<T> step) {
        try {
            return step.get();
        } catch (IllegalArgumentException e) {
            throw e instanceof Problems p ? new FormCheckException(p.problems()) : new FormCheckException(e.getMessage());
        }
    }
}
