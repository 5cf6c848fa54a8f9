package org.civilrights.workflow.complaint;

/** A filing or request named a docket number the commission has not given out. */
public class UnknownDocketException extends IllegalArgumentException {
    public UnknownDocketException(String docket) {
        super("No complaint has docket number '" + docket + "'");
    }
}
