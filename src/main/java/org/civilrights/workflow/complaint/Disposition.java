package org.civilrights.workflow.complaint;

/** The ways a complaint ends before a contested case (46a-54-67a), and the other closings of the file. */
public enum Disposition {
    /** 46a-54-67a(a): no-fault, predetermination or post-cause conciliation agreement. */
    CONCILIATION_AGREEMENT("Conciliation agreement", "46a-54-67a(a)"),
    /** 46a-54-67a(b), 61a. */
    NO_REASONABLE_CAUSE("No reasonable cause", "46a-54-67a(b)"),
    /** 46a-54-42a(b)(2), 67a(c). */
    NO_REASONABLE_CAUSE_LACK_OF_JURISDICTION("No Reasonable Cause - Lack of Jurisdiction", "46a-54-67a(c)"),
    /** 46a-54-49a, 67a(d). */
    MERIT_ASSESSMENT_DISMISSAL("Merit assessment dismissal", "46a-54-67a(d)"),
    /** 46a-54-66a, 67a(e). */
    RELEASE_OF_JURISDICTION("Dismissal upon release of jurisdiction", "46a-54-67a(e)"),
    /** 46a-54-67a(f). */
    ADMINISTRATIVE_DISMISSAL("No Reasonable Cause-Administrative Dismissal", "46a-54-67a(f)"),
    /** 46a-54-68a. */
    WITHDRAWN("Withdrawn", "46a-54-68a"),
    /** 46a-54-60a: certified to public hearing after failed conciliation. */
    CERTIFIED_TO_PUBLIC_HEARING("Certified to public hearing", "46a-54-60a"),
    /** 46a-54-46a(e): default entered; hearing in damages at the office of public hearings. */
    DEFAULT_HEARING_IN_DAMAGES("Default: hearing in damages", "46a-54-46a(e)");

    private final String label;
    private final String section;

    Disposition(String label, String section) {
        this.label = label;
        this.section = section;
    }

    public String label() {
        return label;
    }

    public String section() {
        return section;
    }
}
