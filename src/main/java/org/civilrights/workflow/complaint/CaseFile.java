package org.civilrights.workflow.complaint;

import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The served notices and legal clocks of a case: what was served on whom, how and when, and each
 * deadline with the section that sets it. Writes are idempotent (one row per case, paper or clock,
 * and party), so a step that runs twice after a lost job lock records once.
 */
@Repository
public class CaseFile {

    public enum DeadlineStatus { OPEN, MET, MISSED, EXTENDED, CANCELLED }

    /** {@code dueOn}: the date the paper tells its recipient something is due, when it states one (V50). */
    public record ServedNotice(String notice, String recipient, String method, LocalDate sentOn,
                               LocalDate receivedOn, String section, LocalDate dueOn) {
    }

    public record Deadline(String deadline, String party, String section, LocalDate dueOn, DeadlineStatus status,
                           LocalDate closedOn) {
    }

    private final JdbcClient jdbc;

    CaseFile(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records a served paper once; a second call for the same paper and recipient updates it. */
    public void served(String docket, String notice, String recipient, String method, LocalDate sentOn,
                       LocalDate receivedOn, String section) {
        served(docket, notice, recipient, method, sentOn, receivedOn, section, null);
    }

    /**
     * As {@link #served(String, String, String, String, LocalDate, LocalDate, String)}, for a paper that states the
     * date something is due: the answer after an extension (46a-54-45a) or a vacated default (46a(f)), the new time
     * to comply with interrogatories or a subpoena (52a, 53a).
     */
    public void served(String docket, String notice, String recipient, String method, LocalDate sentOn,
                       LocalDate receivedOn, String section, LocalDate dueOn) {
        int updated = jdbc.sql("""
                UPDATE served_notice SET method = :m, sent_on = :s, received_on = :r, section = :sec, due_on = :due
                WHERE docket_number = :d AND notice = :n AND recipient = :to
                """)
                .param("m", method).param("s", sentOn).param("r", receivedOn).param("sec", section).param("due", dueOn)
                .param("d", docket).param("n", notice).param("to", recipient).update();
        if (updated == 0) {
            jdbc.sql("""
                    INSERT INTO served_notice (docket_number, notice, recipient, method, sent_on, received_on, section, due_on)
                    VALUES (:d, :n, :to, :m, :s, :r, :sec, :due)
                    """)
                    .param("d", docket).param("n", notice).param("to", recipient).param("m", method)
                    .param("s", sentOn).param("r", receivedOn).param("sec", section).param("due", dueOn).update();
        }
    }

    /** The day the recipient received a paper already recorded as served (its return receipt, 46a-54-18a(c)). */
    public void received(String docket, String notice, String recipient, LocalDate receivedOn) {
        jdbc.sql("UPDATE served_notice SET received_on = :r WHERE docket_number = :d AND notice = :n AND recipient = :to")
                .param("r", receivedOn).param("d", docket).param("n", notice).param("to", recipient).update();
    }

    public List<ServedNotice> notices(String docket) {
        return jdbc.sql("""
                SELECT notice, recipient, method, sent_on, received_on, section, due_on FROM served_notice
                WHERE docket_number = :d ORDER BY id
                """)
                .param("d", docket)
                .query((rs, i) -> new ServedNotice(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getObject(4, LocalDate.class), rs.getObject(5, LocalDate.class), rs.getString(6),
                        rs.getObject(7, LocalDate.class)))
                .list();
    }

    /** Opens (or moves) a clock: the due day is already rolled to an open day. */
    public void open(String docket, String deadline, String party, String section, LocalDate dueOn) {
        open(docket, deadline, party, section, null, dueOn);
    }

    /**
     * Opens (or moves) a clock whose period may be extended: {@code lastDay} is the period's last day before
     * it was moved to an open day (46a-54-20a), from which an extension runs; {@code dueOn} the moved day.
     */
    public void open(String docket, String deadline, String party, String section, LocalDate lastDay, LocalDate dueOn) {
        int updated = jdbc.sql("""
                UPDATE case_deadline SET section = :sec, last_day = :last, due_on = :due, status = 'OPEN', closed_on = NULL
                WHERE docket_number = :d AND deadline = :n AND party = :p
                """)
                .param("sec", section).param("last", lastDay).param("due", dueOn).param("d", docket)
                .param("n", deadline).param("p", party).update();
        if (updated == 0) {
            jdbc.sql("""
                    INSERT INTO case_deadline (docket_number, deadline, party, section, last_day, due_on, status)
                    VALUES (:d, :n, :p, :sec, :last, :due, 'OPEN')
                    """)
                    .param("d", docket).param("n", deadline).param("p", party).param("sec", section)
                    .param("last", lastDay).param("due", dueOn).update();
        }
    }

    /**
     * The last day of a clock's period as the regulation counts it, before any move to an open day: what an
     * extension runs from (46a-54-45a, 48a(c), 65a(b) with 20a). Empty when the case has no such clock.
     */
    public java.util.Optional<LocalDate> lastDay(String docket, String deadline, String party) {
        return jdbc.sql("""
                SELECT COALESCE(last_day, due_on) FROM case_deadline
                WHERE docket_number = :d AND deadline = :n AND party = :p
                """)
                .param("d", docket).param("n", deadline).param("p", party)
                .query(LocalDate.class).optional();
    }

    public void close(String docket, String deadline, String party, DeadlineStatus status, LocalDate on) {
        jdbc.sql("""
                UPDATE case_deadline SET status = :s, closed_on = :on
                WHERE docket_number = :d AND deadline = :n AND party = :p
                """)
                .param("s", status.name()).param("on", on).param("d", docket).param("n", deadline)
                .param("p", party).update();
    }

    /**
     * Closes an open clock by the day the act was done: met when on or before its due day (already
     * rolled to an open day, 46a-54-20a), missed after it.
     */
    public void closeByActOn(String docket, String deadline, LocalDate actedOn) {
        deadlines(docket).stream()
                .filter(d -> d.deadline().equals(deadline) && d.status() == DeadlineStatus.OPEN)
                .forEach(d -> close(docket, deadline, d.party(),
                        actedOn.isAfter(d.dueOn()) ? DeadlineStatus.MISSED : DeadlineStatus.MET, actedOn));
    }

    public List<Deadline> deadlines(String docket) {
        return jdbc.sql("""
                SELECT deadline, party, section, due_on, status, closed_on FROM case_deadline
                WHERE docket_number = :d ORDER BY id
                """)
                .param("d", docket)
                .query((rs, i) -> new Deadline(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getObject(4, LocalDate.class), DeadlineStatus.valueOf(rs.getString(5)),
                        rs.getObject(6, LocalDate.class)))
                .list();
    }
}
