package org.civilrights.workflow.closure;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.civilrights.workflow.calendar.LegalCalendar;
import org.civilrights.workflow.planreview.PlanDates;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The case tables' side of a closure: the due dates stored there that fall on the closed day move to the
 * next open day, as a timer evaluated after the closure would.
 *
 * <ul>
 * <li>Complaints (46a-54-20a rolls every period of 46a-54): the open clocks of {@code case_deadline}, which
 *     keep their unmoved last day in {@code last_day} (an extension runs from it: 45a, 48a(c), 65a(b)), and
 *     the answer due date of each respondent that has not answered.</li>
 * <li>Plans under review (46a-68-51(d)): the due date, and for a plan filed early, which is deemed filed on
 *     its due date (51(e)), the deemed filing and the 90th day from it (62(b)), with the review's variables,
 *     timer and task due dates.</li>
 * </ul>
 * No other table holds a last day the law rolls: compliance reports (53(b)), contractors' notices (46a-68j),
 * apprenticeship compliance periods and certificate agreements keep their days (legal-readings 2.2 to 2.4).
 */
@Component
class StoredDueDates {

    private final JdbcClient jdbc;
    private final LegalCalendar calendar;
    private final ScheduledDueDates scheduled;

    StoredDueDates(JdbcClient jdbc, LegalCalendar calendar, ScheduledDueDates scheduled) {
        this.jdbc = jdbc;
        this.calendar = calendar;
        this.scheduled = scheduled;
    }

    List<Move> roll(LocalDate closed, LocalDate next) {
        List<Move> moves = new ArrayList<>();
        moves.addAll(caseDeadlines(closed, next));
        moves.addAll(answerDueDates(closed, next));
        moves.addAll(plans(closed, next));
        return moves;
    }

    /** 46a-54-20a: every open clock of a complaint due on the closed day. */
    private List<Move> caseDeadlines(LocalDate closed, LocalDate next) {
        List<Move> moves = jdbc.sql("""
                SELECT id, docket_number, deadline, party, section FROM case_deadline
                WHERE status = 'OPEN' AND due_on = :closed ORDER BY id
                """)
                .param("closed", closed)
                .query((rs, i) -> Move.of(Move.Kind.CASE_DEADLINE, "case_deadline " + rs.getLong(1),
                        rs.getString(3) + " (" + rs.getString(4) + ", " + rs.getString(5) + ")", null, rs.getString(2),
                        closed, next))
                .list();
        // the unmoved last day stays what an extension runs from (review F14)
        jdbc.sql("""
                UPDATE case_deadline SET last_day = COALESCE(last_day, due_on), due_on = :next
                WHERE status = 'OPEN' AND due_on = :closed
                """)
                .param("next", next).param("closed", closed).update();
        return moves;
    }

    /** 46a-54-43a, 20a: the answer of a respondent that has not answered, in a case not disposed of. */
    private List<Move> answerDueDates(LocalDate closed, LocalDate next) {
        String unanswered = """
                answer_due_on = :closed AND answered_on IS NULL AND EXISTS (SELECT 1 FROM complaint c
                WHERE c.docket_number = respondent.docket_number AND c.disposition IS NULL)
                """;
        List<Move> moves = jdbc.sql("SELECT docket_number, respondent_no, name FROM respondent WHERE " + unanswered
                        + " ORDER BY docket_number, respondent_no")
                .param("closed", closed)
                .query((rs, i) -> Move.of(Move.Kind.ANSWER_DUE_ON, "respondent " + rs.getString(1) + " " + rs.getInt(2),
                        "Answer of " + rs.getString(3) + " (46a-54-43a)", null, rs.getString(1), closed, next))
                .list();
        jdbc.sql("UPDATE respondent SET answer_due_on = :next WHERE " + unanswered)
                .param("next", next).param("closed", closed).update();
        return moves;
    }

    /**
     * 46a-68-51(d): a plan under review due on the closed day is due on the next business day; when it was
     * filed before that day it is deemed filed then (51(e)), and the commission's 90 days run from then (62(b),
     * a day itself not moved).
     */
    private List<Move> plans(LocalDate closed, LocalDate next) {
        record Plan(String planId, String processInstanceId, LocalDate filedOn, LocalDate deemedFiledOn,
                    LocalDate defaultApprovalOn) {
        }
        List<Plan> plans = jdbc.sql("""
                SELECT plan_id, process_instance_id, filed_on, deemed_filed_on, default_approval_on FROM aa_plan
                WHERE due_on = :closed AND status = 'UNDER_REVIEW' ORDER BY plan_id
                """)
                .param("closed", closed)
                .query((rs, i) -> new Plan(rs.getString(1), rs.getString(2), rs.getObject(3, LocalDate.class),
                        rs.getObject(4, LocalDate.class), rs.getObject(5, LocalDate.class)))
                .list();
        List<Move> moves = new ArrayList<>();
        for (Plan plan : plans) {
            String pi = plan.processInstanceId();
            LocalDate deemed = PlanDates.deemedFiledOn(plan.filedOn(), next);
            LocalDate ninetieth = calendar.lastDayUnmoved(deemed, PlanDates.DEFAULT_APPROVAL);
            jdbc.sql("""
                    UPDATE aa_plan SET due_on = :due, deemed_filed_on = :deemed, default_approval_on = :ninetieth
                    WHERE plan_id = :id
                    """)
                    .param("due", next).param("deemed", deemed).param("ninetieth", ninetieth).param("id", plan.planId())
                    .update();
            moves.add(Move.of(Move.Kind.PLAN_DUE_ON, "aa_plan " + plan.planId(), "Plan due date (46a-68-51(d))", pi,
                    plan.planId(), closed, next));
            scheduled.setDate(pi, "dueOn", closed, next).ifPresent(moves::add);
            if (!deemed.equals(plan.deemedFiledOn())) {
                moves.add(Move.of(Move.Kind.PLAN_DEEMED_FILED_ON, "aa_plan " + plan.planId(),
                        "Plan deemed filed on its due date (46a-68-51(e))", pi, plan.planId(), plan.deemedFiledOn(), deemed));
                scheduled.setDate(pi, "deemedFiledOn", plan.deemedFiledOn(), deemed).ifPresent(moves::add);
            }
            if (!ninetieth.equals(plan.defaultApprovalOn())) {
                moves.add(Move.of(Move.Kind.PLAN_DEFAULT_APPROVAL_ON, "aa_plan " + plan.planId(),
                        "Approval by default after 90 days (46a-68-62(b))", pi, plan.planId(), plan.defaultApprovalOn(),
                        ninetieth));
                scheduled.setDate(pi, "defaultApprovalOn", plan.defaultApprovalOn(), ninetieth).ifPresent(moves::add);
                if (pi != null) {
                    moves.addAll(scheduled.moveInstance(pi, plan.defaultApprovalOn(), ninetieth));
                }
            }
        }
        return moves;
    }
}
