package org.civilrights.workflow.process;

import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The notices served in the proceedings of 46a-68 and 46a-68j (certificates of noncompliance, notices
 * of noncompliance): what, to whom, how and when, kept in table {@code proceeding_notice} beyond the
 * life of the process. A notice served again (a certificate reinstated) replaces the earlier record.
 */
@Service
public class ServedNotices {

    public record Notice(String notice, String recipient, String method, LocalDate sentOn, LocalDate receivedOn,
                         String section) {
    }

    private final JdbcClient jdbc;

    ServedNotices(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void record(String proceedingId, Notice notice) {
        // update, else insert: one row per proceeding, paper and recipient, in SQL H2 and PostgreSQL both run
        int updated = jdbc.sql("""
                UPDATE proceeding_notice SET method = :m, sent_on = :s, received_on = :rec, section = :sec
                WHERE proceeding_id = :p AND notice = :n AND recipient = :r
                """)
                .param("p", proceedingId).param("n", notice.notice()).param("r", notice.recipient())
                .param("m", notice.method()).param("s", notice.sentOn()).param("rec", notice.receivedOn())
                .param("sec", notice.section()).update();
        if (updated == 0) {
            jdbc.sql("""
                    INSERT INTO proceeding_notice (proceeding_id, notice, recipient, method, sent_on, received_on, section)
                    VALUES (:p, :n, :r, :m, :s, :rec, :sec)
                    """)
                    .param("p", proceedingId).param("n", notice.notice()).param("r", notice.recipient())
                    .param("m", notice.method()).param("s", notice.sentOn()).param("rec", notice.receivedOn())
                    .param("sec", notice.section()).update();
        }
    }

    public List<Notice> of(String proceedingId) {
        return jdbc.sql("""
                SELECT notice, recipient, method, sent_on, received_on, section FROM proceeding_notice
                WHERE proceeding_id = :p ORDER BY id
                """)
                .param("p", proceedingId)
                .query((rs, i) -> new Notice(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getObject(4, LocalDate.class), rs.getObject(5, LocalDate.class), rs.getString(6)))
                .list();
    }
}
