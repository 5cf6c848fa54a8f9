package org.civilrights.workflow.process;

import java.util.List;

import org.camunda.bpm.engine.BadUserRequestException;

/**
 * A submission that breaks a rule of its form or of the regulation. Thrown before anything is
 * recorded, so the case stays as it was and Tasklist shows the message next to the form; the REST
 * API answers 400 Bad Request with it.
 */
public class FormCheckException extends BadUserRequestException {

    private final List<String> problems;

    public FormCheckException(List<String> problems) {
        super("The form cannot be accepted: " + String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    public FormCheckException(String problem) {
        this(List.of(problem));
    }

    public List<String> problems() {
        return problems;
    }
}
