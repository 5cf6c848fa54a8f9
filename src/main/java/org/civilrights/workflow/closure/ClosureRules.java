package org.civilrights.workflow.closure;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.civilrights.workflow.calendar.LegalCalendar;

/**
 * What a closure declared after the fact moves (46a-54-20a; for plans 46a-68-51(d); docs/legal-readings.md
 * 2.5): the last days that fall on the closed day and that the law rolls, read from the diagrams' own
 * expressions, so that a stored timer or due date ends where the same expression evaluated after the
 * closure would have put it.
 *
 * <p>Plain Java: the services of this package apply these rules to the engine and the case tables.
 */
public final class ClosureRules {

    /**
     * {@code deadlines.endOf(day)} and {@code deadlines.due(start, period)} roll a last day that falls on a
     * closed day to the next open day; {@code deadlines.endOfExactly(day)} does not (periods no rule
     * extends: 46a-68-53(b), 62(b), 66(a), 46a-68j, the apprenticeship sections; legal-readings 2.2 to 2.4),
     * nor does {@code deadlines.startOf(day)}, nor a duration.
     */
    private static final Pattern ROLLING = Pattern.compile("\\bdeadlines\\s*\\.\\s*(endOf|due)\\s*\\(");

    /** The variable a rolling expression reads as its last day: {@code ${deadlines.endOf(answerDueOn)}}. */
    private static final Pattern LAST_DAY_READ =
            Pattern.compile("\\bdeadlines\\s*\\.\\s*endOf\\s*\\(\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*\\)");

    /**
     * Process variables that hold a last day the law rolls, as the diagrams' timers and due dates read them
     * with {@code deadlines.endOf(..)}: the periods of 46a-54 (20a rolls every one of them) and a plan's due
     * date (46a-68-51(d), the aa-plan-due watch). When such a day turns out to be closed, the variable moves
     * with its timer, so that the case (e.g. the no-fault offer "before the answer is due", 63a) and any later
     * evaluation agree with the moved timer.
     */
    public static final Set<String> LAST_DAY_VARIABLES = Set.of(
            "serviceDueOn",             // 46a-54-42a(b)
            "answerDueOn",              // 43a, 45a
            "defaultWaitEndsOn",        // 46a(c), 57a(c)
            "amendmentServiceDueOn",    // 47a, 38a(c)
            "amendmentDueOn",           // 42a(b)(2), 38a: the day the investigator gave to amend (review F12)
            "replyDueOn",               // 48a(b), (c)
            "additionalInfoDueOn",      // 49a(a)
            "rebuttalDueOn",            // 49a(a)
            "reviewDueOn",              // 49a(a), 65a(a)
            "investigationDueOn",       // 65a(b)
            "discoveryDueOn",           // 52a(e), 53a(e)
            "commentsDueOn",            // 59a(b)
            "reconsiderationDueOn",     // 62a(b)
            "reconsiderationClosesOn",  // 62a(b): the last day to record a request received in time
            "releaseWindowEndsOn",      // 66a(d)(1)
            "dueOn");                   // 46a-68-51(d): a plan's due date (aa-plan-due)

    /**
     * Variables read by {@code deadlines.endOf(..)} that are not a last day the law rolls: their timer or
     * task moves (it is a prompt to staff), the date itself stays. The day of a mediation session is set by
     * the notice (46a-54-56a), the agreement's own date governs (46a-68-68(b)(2); legal-readings 2.2), and
     * the Law Journal's date is the publisher's (46a-68j-41(c)).
     */
    public static final Set<String> DATES_THAT_STAY = Set.of("mediationOn", "agreementDueOn", "sendBy");

    private ClosureRules() {
    }

    /** Whether a timer's {@code timeDate} or a task's {@code camunda:dueDate} rolls its last day off a closed day. */
    public static boolean rolls(String expression) {
        return expression != null && ROLLING.matcher(expression).find();
    }

    /** The variable holding the last day that a rolling expression reads, when the law rolls that day too. */
    public static Optional<String> lastDayVariable(String expression) {
        if (expression == null) {
            return Optional.empty();
        }
        Matcher read = LAST_DAY_READ.matcher(expression);
        return read.find() && LAST_DAY_VARIABLES.contains(read.group(1)) ? Optional.of(read.group(1)) : Optional.empty();
    }

    /** Every variable {@code expression} reads with {@code deadlines.endOf(..)} (for the diagrams' check). */
    static Set<String> endOfVariables(String expression) {
        Set<String> names = new java.util.TreeSet<>();
        Matcher read = LAST_DAY_READ.matcher(expression);
        while (read.find()) {
            names.add(read.group(1));
        }
        return names;
    }

    /**
     * The day a last day on {@code closed} moves to: the next day the offices are open after it
     * (46a-54-20a: "the next business day the commission's office is open"; 46a-68-51(d)).
     */
    public static LocalDate nextOpenDay(LegalCalendar calendar, LocalDate closed) {
        return calendar.nextOpenDay(closed.plusDays(1));
    }
}
