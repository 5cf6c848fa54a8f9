package org.civilrights.workflow.closure;

import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.civilrights.workflow.calendar.ConnecticutHolidays;
import org.civilrights.workflow.calendar.LegalCalendar;
import org.civilrights.workflow.process.OfficeClock;
import org.civilrights.workflow.process.RuleChecks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Days the Governor closes the offices, recorded by an administrator without a restart, and what they move.
 *
 * <p>46a-54-20a asks whether the office "is closed" on the last day: a fact, whenever it is announced
 * (docs/legal-readings.md 2.5; for plans 46a-68-51(d), D-21). So a closure recorded after the fact moves every
 * stored last day on that day to the next open day: the pending timers and open tasks whose diagram
 * expression rolls ({@link ScheduledDueDates}), the last-day variables they read and the case tables' due
 * dates ({@link StoredDueDates}). Each move is kept in {@code closure_move}. Recording is one transaction,
 * and recording the same day again moves nothing twice: what moved is no longer due on the closed day.
 */
@Service
public class OfficeClosures implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(OfficeClosures.class);

    /** Who moved what for the closures of the configuration, at start-up. */
    static final String AT_START_UP = "start-up";

    /**
     * A day the offices are closed beyond weekends and legal holidays.
     *
     * @param source {@code recorded} (by an administrator) or {@code configuration}
     */
    public record Closure(LocalDate date, String reason, String source, Instant recordedAt, String recordedBy) {
    }

    /**
     * The answer to recording a closure.
     *
     * @param alreadyRecorded the day was closed already (recorded before or in the configuration): nothing new
     *                        is recorded, and only what was still due on it moved now
     * @param nextOpenDay     where the last days on it move
     * @param moved           what moved now
     */
    public record Recorded(Closure closure, boolean alreadyRecorded, LocalDate nextOpenDay, List<Move> moved) {
    }

    private final JdbcClient jdbc;
    private final LegalCalendar calendar;
    private final ScheduledDueDates scheduled;
    private final StoredDueDates stored;
    private final OfficeClock clock;
    private final TransactionTemplate startUp;

    OfficeClosures(JdbcClient jdbc, LegalCalendar calendar, ScheduledDueDates scheduled, StoredDueDates stored,
                   OfficeClock clock, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.calendar = calendar;
        this.scheduled = scheduled;
        this.stored = stored;
        this.clock = clock;
        this.startUp = new TransactionTemplate(transactions);
    }

    /**
     * Records that the offices are (or were) closed on {@code date} and moves what was due on it.
     *
     * @throws RuleChecks.Violation naming each field and rule broken; then nothing changes
     */
    @Transactional
    public Recorded record(String date, String reason, String by) {
        LocalDate day = check(date, reason);
        Optional<Closure> known = find(day);
        if (known.isEmpty()) {
            Instant now = Instant.now();
            jdbc.sql("INSERT INTO office_closure (closed_on, reason, recorded_at, recorded_by) VALUES (:d, :r, :at, :by)")
                    .param("d", day).param("r", reason.trim()).param("at", Timestamp.from(now)).param("by", by).update();
            addToCalendar(day, reason.trim());
        }
        Closure closure = find(day).orElseThrow();
        return new Recorded(closure, known.isPresent(), ClosureRules.nextOpenDay(calendar, day), replan(day, by));
    }

    /** Every closure beyond weekends and legal holidays: configured and recorded, in date order. */
    public List<Closure> list() {
        Map<LocalDate, Closure> recorded = new java.util.TreeMap<>();
        jdbc.sql("SELECT closed_on, reason, recorded_at, recorded_by FROM office_closure")
                .query((rs, i) -> new Closure(rs.getObject(1, LocalDate.class), rs.getString(2), "recorded",
                        rs.getTimestamp(3).toInstant(), rs.getString(4)))
                .list().forEach(c -> recorded.put(c.date(), c));
        calendar.closures().forEach((day, reason) -> recorded.putIfAbsent(day,
                new Closure(day, reason, "configuration", null, null)));
        return List.copyOf(recorded.values());
    }

    public Optional<Closure> find(LocalDate day) {
        return list().stream().filter(c -> c.date().equals(day)).findFirst();
    }

    /** What a closure moved, in the order it moved. */
    public List<Move> moves(LocalDate day) {
        return jdbc.sql("""
                SELECT kind, item, label, process_instance_id, case_key, moved_from, moved_to, moved_at, moved_by
                FROM closure_move WHERE closed_on = :d ORDER BY id
                """)
                .param("d", day)
                .query((rs, i) -> new Move(Move.Kind.valueOf(rs.getString(1)), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getObject(6, LocalDate.class), rs.getObject(7, LocalDate.class),
                        rs.getTimestamp(8).toInstant(), rs.getString(9)))
                .list();
    }

    /**
     * At start-up, the closures from today on (from the configuration, or recorded) move what is still due on
     * them: a closure entered in the configuration later rolls the timers scheduled before it too (2.5). Each
     * closure in its own transaction; one that fails is logged and does not stop the application.
     */
    @Override
    public void run(ApplicationArguments args) {
        LocalDate today = clock.today();
        for (LocalDate day : calendar.closures().keySet()) {
            if (day.isBefore(today)) {
                continue;
            }
            try {
                List<Move> moved = startUp.execute(status -> replan(day, AT_START_UP));
                if (!moved.isEmpty()) {
                    LOG.info("Office closure {}: {} due dates moved to {}", day, moved.size(),
                            ClosureRules.nextOpenDay(calendar, day));
                }
            } catch (RuntimeException failed) {
                LOG.error("Office closure {}: the due dates on it could not be moved at start-up", day, failed);
            }
        }
    }

    /** Moves what is due on the closed {@code day} and records it. */
    private List<Move> replan(LocalDate day, String by) {
        LocalDate next = ClosureRules.nextOpenDay(calendar, day);
        List<Move> moves = new ArrayList<>(scheduled.roll(day, next));
        moves.addAll(stored.roll(day, next));
        Instant now = Instant.now();
        List<Move> recorded = moves.stream().map(m -> m.recorded(now, by)).toList();
        for (Move m : recorded) {
            jdbc.sql("""
                    INSERT INTO closure_move (closed_on, kind, item, label, process_instance_id, case_key, moved_from,
                        moved_to, moved_at, moved_by) VALUES (:d, :kind, :item, :label, :pi, :key, :from, :to, :at, :by)
                    """)
                    .param("d", day).param("kind", m.kind().name()).param("item", m.item()).param("label", m.label())
                    .param("pi", m.processInstanceId()).param("key", m.caseKey()).param("from", m.from())
                    .param("to", m.to()).param("at", Timestamp.from(now)).param("by", by).update();
        }
        return recorded;
    }

    /** The calendar knows the closure at once; should the transaction roll back, it forgets it again. */
    private void addToCalendar(LocalDate day, String reason) {
        if (calendar.addClosure(day, reason) && TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    if (status != STATUS_COMMITTED) {
                        calendar.removeClosure(day);
                    }
                }
            });
        }
    }

    /**
     * The rules of a request: a date (ISO, as the forms write it) on which the offices would otherwise be
     * open, and the reason in plain words. Each problem names its field.
     */
    static LocalDate check(String date, String reason) {
        List<String> problems = new ArrayList<>();
        LocalDate day = null;
        if (date == null || date.isBlank()) {
            problems.add("date: the day the offices are closed is required, written YYYY-MM-DD (e.g. 2026-02-09)");
        } else {
            try {
                day = LocalDate.parse(date.trim());
            } catch (DateTimeParseException notADate) {
                problems.add("date: '" + date + "' is not a date; write the day as YYYY-MM-DD (e.g. 2026-02-09)");
            }
        }
        if (day != null) {
            DayOfWeek weekday = day.getDayOfWeek();
            Optional<String> holiday = ConnecticutHolidays.on(day);
            if (weekday == DayOfWeek.SATURDAY || weekday == DayOfWeek.SUNDAY) {
                problems.add("date: " + day + " is a " + (weekday == DayOfWeek.SATURDAY ? "Saturday" : "Sunday")
                        + ": the offices are closed that day already, and a last day on it rolls without a closure "
                        + "(46a-54-20a)");
            } else if (holiday.isPresent()) {
                problems.add("date: " + day + " is " + holiday.get() + ", a legal holiday: the offices are closed that "
                        + "day already, and a last day on it rolls without a closure (46a-54-20a)");
            }
        }
        if (reason == null || reason.isBlank()) {
            problems.add("reason: the reason the offices are closed is required (e.g. Offices closed by the Governor "
                    + "(snow storm))");
        } else if (reason.trim().length() > 500) {
            problems.add("reason: at most 500 characters");
        }
        if (!problems.isEmpty()) {
            throw new RuleChecks.Violation(problems);
        }
        return day;
    }
}
