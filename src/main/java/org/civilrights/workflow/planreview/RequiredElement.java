package org.civilrights.workflow.planreview;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The eighteen elements an affirmative action plan shall contain (46a-68-32(a)); element n is
 * governed by section 46a-68-(32+n).
 */
public enum RequiredElement {
    POLICY_STATEMENT("policy statement"),
    INTERNAL_COMMUNICATION("internal communication"),
    EXTERNAL_COMMUNICATION("external communication"),
    ASSIGNMENT_OF_RESPONSIBILITY("assignment of responsibility"),
    ORGANIZATIONAL_ANALYSIS("organizational analysis"),
    WORK_FORCE_ANALYSIS("work force analysis"),
    AVAILABILITY_ANALYSIS("availability analysis"),
    UTILIZATION_ANALYSIS("utilization analysis"),
    HIRING_PROMOTION_GOALS("hiring/promotion goals and timetables"),
    EMPLOYMENT_ANALYSES("employment analyses"),
    PROBLEM_AREAS("identification of problem areas"),
    PROGRAM_GOALS("program goals and timetables"),
    UPWARD_MOBILITY("upward mobility program and goals"),
    GRIEVANCE_PROCEDURE("grievance procedure"),
    INTERNAL_PROGRAM_EVALUATION("internal program evaluation"),
    GOALS_ANALYSIS("goals analysis"),
    INNOVATIVE_PROGRAMS("innovative programs"),
    CONCLUDING_STATEMENT("concluding statement and signature");

    private final String wording;

    RequiredElement(String wording) {
        this.wording = wording;
    }

    /** The element's number in 46a-68-32(a), 1 to 18. */
    public int number() {
        return ordinal() + 1;
    }

    /** The section that governs the element: 46a-68-33 for (1) to 46a-68-50 for (18). */
    public String section() {
        return "46a-68-" + (32 + number());
    }

    /** As worded in 46a-68-32(a). */
    public String wording() {
        return wording;
    }

    /** The elements a plan lacks, in the order of 46a-68-32(a); empty when the plan has all eighteen. */
    public static List<RequiredElement> missing(Set<RequiredElement> present) {
        Set<RequiredElement> missing = EnumSet.allOf(RequiredElement.class);
        missing.removeAll(present);
        return List.copyOf(missing);
    }
}
