package org.civilrights.workflow.planreview;

/** How often an agency files its affirmative action plan (46a-68-51(a)-(c), 52). */
public enum PlanFrequency {
    /** The date of Appendix A, every year; after the commission grants the annual filing privilege (52). */
    ANNUAL,
    /** The date of Appendix A and six months later (51(b)); the schedule until annual filing is granted. */
    SEMIANNUAL,
    /**
     * The date of Appendix A every two years (51(c)), counted from the agency's first biennial due date, which the
     * filing schedule states (the regulation names no base year; review D-19).
     */
    BIENNIAL
}
