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

    /**
     * Parts of an element that its section requires in so many words and that a plan can leave out while having the
     * element (review M-18): the desk audit checks them, and a part left out is an element required by 46a-68-31 to 74
     * that the plan lacks (59(a)). A plan without the element itself lacks its parts too.
     */
    public enum Part {
        PART_TIME_ANALYSIS(WORK_FORCE_ANALYSIS, "38(a)", "a separate analysis of part-time and other employees"),
        AGE_GROUPINGS(WORK_FORCE_ANALYSIS, "38(b)", "the age groupings of the full-time work force, in 5 year increments, "
                + "by occupational category"),
        PHYSICAL_DISABILITY(WORK_FORCE_ANALYSIS, "38(c)", "the number of physically disabled persons in the full-time "
                + "work force, by occupational category"),
        SOURCES_NAMED(AVAILABILITY_ANALYSIS, "39(e)", "the name of each source consulted, and the basis for its "
                + "selection, for each category, classification or title analyzed");

        private final RequiredElement element;
        private final String subsection;
        private final String wording;

        Part(RequiredElement element, String subsection, String wording) {
            this.element = element;
            this.subsection = subsection;
            this.wording = wording;
        }

        public RequiredElement element() {
            return element;
        }

        /** As the desk audit and the recorded findings name it: "38(b) the age groupings ...". */
        public String label() {
            return subsection + " " + wording;
        }

        /** The desk audit's field, e.g. part38b. */
        public String field() {
            return "part" + subsection.replace("(", "").replace(")", "");
        }
    }

    /**
     * 46a-68-32(a), 38, 39(e), 59(a): what the plan lacks, in the order of 32(a): each element missing, and each part
     * missing from an element that is present ("(6) work force analysis: 38(b) the age groupings ...").
     */
    public static List<String> missing(Set<RequiredElement> present, Set<Part> presentParts) {
        List<String> missing = new java.util.ArrayList<>();
        for (RequiredElement element : values()) {
            String name = "(" + element.number() + ") " + element.wording();
            if (!present.contains(element)) {
                missing.add(name);
                continue;
            }
            for (Part part : Part.values()) {
                if (part.element() == element && !presentParts.contains(part)) {
                    missing.add(name + ": " + part.label());
                }
            }
        }
        return missing;
    }

    /**
     * 46a-68-57: the methods of review, one or more; the desk audit of the submission (1) is the task itself. (3) and
     * (4) rest on the access to premises, records and personnel that 56 gives (review M-18).
     */
    public enum ReviewMethod {
        SUBMISSION("57(1) desk audit of the documents and material forming the submission"),
        RECEIVED("57(2) desk audit of documents and material received on access (56) or on request (58)"),
        ON_SITE("57(3) on-site analysis of documents and material the agency retains, with access to its premises (56)"),
        OFF_SITE("57(4) off-site study of documents and material copied and removed from the agency's premises (56)");

        private final String label;

        ReviewMethod(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        /** The desk audit's field, e.g. reviewMethod3; (1) has none: the desk audit is always one. */
        public String field() {
            return "reviewMethod" + (ordinal() + 1);
        }
    }
}
