package org.civilrights.workflow.complaint;

import java.util.List;

import org.civilrights.workflow.process.RuleViolations;

/**
 * A filing or record that breaks a rule of the regulation, with every problem named by its field and
 * section. Thrown before anything is written, so the case is left as it was.
 */
public class InvalidFilingException extends IllegalArgumentException implements RuleViolations.Problems {

    private final List<String> problems;

    public InvalidFilingException(List<String> problems) {
        super(String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    @Override
    public List<String> problems() {
        return problems;
    }
}
