package org.civilrights.workflow.complaint;

/** Where a complaint stands; kept in the case record for staff and managers' reports. */
public enum Stage {
    INTAKE,
    ANSWER,
    DEFAULT,
    MERIT_ASSESSMENT,
    MEDIATION,
    INVESTIGATION,
    DETERMINATION,
    RECONSIDERATION,
    PUBLIC_HEARING,
    SUSPENDED,
    CLOSED
}
