package org.civilrights.workflow.closure;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One thing a closure moved from the closed day to the next open day, as the administrator sees it and
 * the table {@code closure_move} keeps it.
 *
 * @param item              the job, task, variable or row moved (its id)
 * @param label             what it is, in plain words
 * @param caseKey           the docket number, plan or other business key of the case
 * @param from              the day before: for a timer or a task, the day at whose end it was due
 * @param to                the day after
 * @param movedAt           when, once recorded
 * @param movedBy           by whom (the administrator, or {@code start-up} for the closures of the configuration)
 */
public record Move(Kind kind, String item, String label, String processInstanceId, String caseKey, LocalDate from,
                   LocalDate to, Instant movedAt, String movedBy) {

    public enum Kind {
        /** A pending timer job (ManagementService.setJobDuedate). */
        TIMER,
        /** An open user task's due date. */
        TASK_DUE_DATE,
        /** A process variable that holds the last day a rolling timer or due date reads. */
        VARIABLE,
        /** An open clock of the complaint case record (case_deadline.due_on). */
        CASE_DEADLINE,
        /** A respondent's answer due date (respondent.answer_due_on). */
        ANSWER_DUE_ON,
        /** A filed plan's due date (aa_plan.due_on, 46a-68-51(d)). */
        PLAN_DUE_ON,
        /** An early plan is deemed filed on its (moved) due date (aa_plan.deemed_filed_on, 51(e)). */
        PLAN_DEEMED_FILED_ON,
        /** The 90th day after the deemed filing (aa_plan.default_approval_on, 62(b)). */
        PLAN_DEFAULT_APPROVAL_ON
    }

    /** A move not yet recorded. */
    static Move of(Kind kind, String item, String label, String processInstanceId, String caseKey, LocalDate from,
                   LocalDate to) {
        return new Move(kind, item, label, processInstanceId, caseKey, from, to, null, null);
    }

    Move recorded(Instant at, String by) {
        return new Move(kind, item, label, processInstanceId, caseKey, from, to, at, by);
    }
}
