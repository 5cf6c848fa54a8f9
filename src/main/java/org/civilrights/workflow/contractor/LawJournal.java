package org.civilrights.workflow.contractor;

import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.civilrights.workflow.calendar.LegalCalendar;
import org.civilrights.workflow.process.OfficeClock;
import org.civilrights.workflow.process.RuleViolations;
import org.civilrights.workflow.process.Var;
import org.civilrights.workflow.process.Watches;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * contractor-publication: the names of all contractors under a notice of noncompliance go to the first
 * regular issue of the Connecticut Law Journal of January, April, July and October (46a-68j-41(c)). The
 * names are compiled on the first day of the month before and sent by its last open day; one instance
 * per issue month, each starting the next when its names are compiled, whether or not they are sent
 * (review D-32).
 */
@Configuration
class LawJournal {

    static final String PROCESS = "contractor-publication";
    static final Var<LocalDate> ISSUE_MONTH = Var.date("issueMonth");
    static final Var<LocalDate> COMPILE_ON = Var.date("compileOn");
    static final Var<LocalDate> SEND_BY = Var.date("sendBy");
    static final Var<LocalDate> SENT_ON = Var.date("namesSentOn");
    static final Var<String> NAMES = Var.text("contractorNames");

    /** 46a-68j-41(c): the next of January, April, July or October that begins after {@code day}. */
    static LocalDate nextIssueMonth(LocalDate day) {
        LocalDate month = day.withDayOfMonth(1).plusMonths(1);
        while ((month.getMonthValue() - 1) % 3 != 0) {
            month = month.plusMonths(1);
        }
        return month;
    }

    /** The last day the offices are open before the issue month. */
    static LocalDate sendBy(LocalDate issueMonth, LegalCalendar calendar) {
        LocalDate day = issueMonth.minusDays(1);
        while (!calendar.isOpen(day)) {
            day = day.minusDays(1);
        }
        return day;
    }

    static void watch(RuntimeService runtime, LegalCalendar calendar, LocalDate issueMonth) {
        Watches.startOnce(runtime, PROCESS, "Law Journal " + issueMonth.toString().substring(0, 7),
                Map.of(ISSUE_MONTH.name(), issueMonth.toString(), COMPILE_ON.name(), issueMonth.minusMonths(1).toString(),
                        SEND_BY.name(), sendBy(issueMonth, calendar).toString()));
    }

    /** The list as the Law Journal prints it: one contractor a line, with the notice's date. */
    static String names(List<ContractorNotices.Notice> underNotice) {
        if (underNotice.isEmpty()) {
            return "No contractor is under a notice of noncompliance.";
        }
        return underNotice.stream().map(n -> "- " + n.contractor() + " (notice of " + n.issuedOn() + ")")
                .collect(Collectors.joining("\n"));
    }

    /** Task_CompileNames (46a-68j-41(c)). */
    @Bean
    JavaDelegate compileLawJournalNames(ContractorNotices notices) {
        return execution -> NAMES.set(execution, names(notices.underNotice()));
    }

    /** Task_RecordPublication (46a-68j-41(c)): the names as they stand on the day they are sent. */
    @Bean
    JavaDelegate recordLawJournalPublication(ContractorNotices notices, JdbcClient jdbc, OfficeClock clock) {
        return execution -> {
            LocalDate sentOn = SENT_ON.getOrDefault(execution, null);
            RuleViolations.run(() -> clock.requireHappened(sentOn, "namesSentOn: the day the names were sent is required "
                    + "and cannot be in the future (46a-68j-41(c))"));
            String names = names(notices.underNotice());
            NAMES.set(execution, names);
            // update, else insert (one row per issue), in SQL H2 and PostgreSQL both run
            if (jdbc.sql("UPDATE law_journal_publication SET sent_on = :s, names = :n WHERE issue_month = :m")
                    .param("m", ISSUE_MONTH.get(execution)).param("s", sentOn).param("n", names).update() == 0) {
                jdbc.sql("INSERT INTO law_journal_publication (issue_month, sent_on, names) VALUES (:m, :s, :n)")
                        .param("m", ISSUE_MONTH.get(execution)).param("s", sentOn).param("n", names).update();
            }
        };
    }

    /** Task_WatchNextIssue (46a-68j-41(c)): quarterly, on the compilation of this issue's names (review D-32). */
    @Bean
    JavaDelegate watchNextLawJournalIssue(LegalCalendar calendar) {
        return execution -> watch(execution.getProcessEngineServices().getRuntimeService(), calendar,
                nextIssueMonth(ISSUE_MONTH.get(execution)));
    }

    /** At start: the next issue month is watched. */
    @Bean
    @org.springframework.core.annotation.Order(5)
    @ConditionalOnProperty(name = "contract-compliance.watch-law-journal", havingValue = "true", matchIfMissing = true)
    ApplicationRunner watchNextLawJournal(RuntimeService runtime, LegalCalendar calendar, OfficeClock clock) {
        return args -> watch(runtime, calendar, nextIssueMonth(clock.today()));
    }
}
