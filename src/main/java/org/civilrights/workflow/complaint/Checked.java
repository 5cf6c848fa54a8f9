package org.civilrights.workflow.complaint;

import java.util.function.Supplier;

import org.civilrights.workflow.process.FormCheckException;

/**
 * Runs a step of the domain from a delegate: a broken rule of the regulation becomes a
 * {@link FormCheckException}, shown on the form (or answered with 400 by the REST API) while the
 * transaction is rolled back, so nothing of the submission is kept.
 */
final class Checked {

    private Checked() {
    }

    static void run(Runnable step) {
        get(() -> {
            step.run();
            return null;
        });
    }

    static <T> T get(Supplier<T> step) {
        try {
            return step.get();
        } catch (InvalidFilingException e) {
            throw new FormCheckException(e.problems());
        }
    }
}
