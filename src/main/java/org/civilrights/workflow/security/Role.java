package org.civilrights.workflow.security;

import java.util.List;

/**
 * The people who act in the procedures of Title 46a, as Camunda groups. A user task's candidate
 * group is the role the regulation names for the step; staff see and work only those tasks.
 */
public enum Role {
    INTAKE("intake", "Intake staff", Access.STAFF, "complaint-processing", "complaint-request"),
    INVESTIGATOR("investigator", "Investigators", Access.STAFF, "complaint-request"),
    REGIONAL_MANAGER("regionalManager", "Regional managers", Access.STAFF_AND_WATCH),
    EXECUTIVE_DIRECTOR("executiveDirector", "Executive director and designees", Access.STAFF_AND_WATCH,
            "complaint-processing", "complaint-request"),
    COMMISSION_COUNSEL("commissionCounsel", "Commission counsel", Access.STAFF),
    COMMISSIONER("commissioner", "Commissioners", Access.STAFF),
    HEARING_REFEREE("hearingReferee", "Human rights referees and Office of Public Hearings", Access.STAFF),
    APPRENTICESHIP_STAFF("apprenticeshipStaff", "Labor Department apprenticeship staff", Access.STAFF,
            "apprenticeship-deregistration"),
    PLAN_REVIEWER("planReviewer", "Affirmative action and contract compliance staff", Access.STAFF,
            "aa-plan-review", "aa-filing-privilege", "certificate-of-noncompliance", "contractor-noncompliance"),
    MANAGER("manager", "Managers (watch the caseload, change nothing)", Access.WATCH),
    /**
     * A service account for filings that arrive electronically (answers, requests, objections): it
     * may deliver messages to the waiting stages and nothing else.
     */
    EFILING("efiling", "Electronic filing service", Access.DELIVER, "complaint-answer");

    /** What a role may do in the webapps and the REST API. */
    public enum Access {
        /** Tasklist: work the tasks of the role. */
        STAFF,
        /** Cockpit: read every process, instance, task and history; change nothing. */
        WATCH,
        /** Both: a supervisor who works escalations and watches the caseload. */
        STAFF_AND_WATCH,
        /** No webapp: delivers messages (outside filings) to instances of its processes. */
        DELIVER;

        boolean works() {
            return this == STAFF || this == STAFF_AND_WATCH;
        }

        boolean watches() {
            return this == WATCH || this == STAFF_AND_WATCH;
        }
    }

    private final String groupId;
    private final String groupName;
    private final Access access;
    private final List<String> startableProcesses;

    Role(String groupId, String groupName, Access access, String... startableProcesses) {
        this.groupId = groupId;
        this.groupName = groupName;
        this.access = access;
        this.startableProcesses = List.of(startableProcesses);
    }

    /** The Camunda group id, used as {@code camunda:candidateGroups} in the diagrams. */
    public String groupId() {
        return groupId;
    }

    public String groupName() {
        return groupName;
    }

    public Access access() {
        return access;
    }

    /**
     * Process keys whose instances members may start from Tasklist, or for {@link Access#DELIVER}
     * the processes it may deliver messages to.
     */
    public List<String> startableProcesses() {
        return access == Access.DELIVER ? List.of() : startableProcesses;
    }

}
