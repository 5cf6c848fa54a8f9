package org.civilrights.workflow.complaint;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.civilrights.workflow.calendar.LegalCalendar;
import org.civilrights.workflow.calendar.LegalPeriod;
import org.civilrights.workflow.process.OfficeClock;
import org.springframework.stereotype.Service;

/**
 * The respondent's answer: the answer period (46a-54-43a) and its one extension (45a). When no
 * answer comes, {@link Defaults}.
 */
@Service
public class AnswerPeriod {

    /** 46a-54-45a: one extension of fifteen days, for good cause. */
    public static final LegalPeriod EXTENSION = LegalPeriod.days(15);
    public static final String ANSWER_DEADLINE = "Answer";

    private final ComplaintRecords records;
    private final CaseFile caseFile;
    private final LegalCalendar calendar;
    private final OfficeClock clock;

    AnswerPeriod(ComplaintRecords records, CaseFile caseFile, LegalCalendar calendar, OfficeClock clock) {
        this.records = records;
        this.caseFile = caseFile;
        this.calendar = calendar;
        this.clock = clock;
    }

    /** Records when the respondent received the complaint (46a-54-43a(d): the answer period starts then). */
    public void recordReceipt(String docket, int respondentNo, LocalDate receivedOn) {
        clock.requireHappened(receivedOn, "respondentReceivedOn: the day the respondent received the "
                    + "complaint is required and cannot be in the future (46a-54-43a(d))");
        records.setRespondentReceipt(docket, respondentNo, receivedOn);
    }

    /**
     * 46a-54-43a(a), (d): the answer is due the given period after the respondent received the complaint
     * (30 days; 10 for a complaint under 46a-64c or 46a-81e), rolled to an open day (20a).
     */
    public LocalDate open(String docket, int respondentNo, LegalPeriod period) {
        ComplaintRecords.RespondentRecord respondent = records.respondent(docket, respondentNo);
        if (respondent.receivedOn() == null) {
            throw new IllegalStateException("Respondent " + respondentNo + " of " + docket
                    + " has no recorded receipt of the complaint: the answer period cannot start (46a-54-43a(d))");
        }
        LocalDate lastDay = calendar.lastDayUnmoved(respondent.receivedOn(), period);
        LocalDate due = calendar.nextOpenDay(lastDay);
        records.setAnswerDue(docket, respondentNo, due);
        caseFile.open(docket, ANSWER_DEADLINE, respondent.name(), "46a-54-43a", lastDay, due);
        return due;
    }

    /**
     * 46a-54-43a(d), 37a(c): a respondent that gave timely notice it cannot identify the complainant of a
     * pseudonym complaint answers the given period after the named complaint is served on its designee,
     * not after its receipt of the pseudonym complaint (review F03; the service date, as the 10 days of
     * 37a(c) also run from service: docs/legal-readings.md). Returns the new due day.
     */
    public LocalDate restartAfterNamedComplaint(String docket, int respondentNo, LegalPeriod period, LocalDate servedOn) {
        ComplaintRecords.RespondentRecord respondent = records.respondent(docket, respondentNo);
        LocalDate lastDay = calendar.lastDayUnmoved(servedOn, period);
        LocalDate due = calendar.nextOpenDay(lastDay);
        records.setAnswerDue(docket, respondentNo, due);
        caseFile.open(docket, ANSWER_DEADLINE, respondent.name(), "46a-54-43a(d), 37a(c)", lastDay, due);
        return due;
    }

    /**
     * 46a-54-43a, 42a(b)(1): an answer that no stage waits for any more (it came late) is recorded in the case record;
     * one from a respondent who was never served with the complaint and its notice of rights is refused.
     */
    public void recordLateAnswer(String docket, int respondentNo, LocalDate answeredOn, Boolean sworn) {
        ComplaintRecords.RespondentRecord respondent = records.respondent(docket, respondentNo);
        boolean served = caseFile.notices(docket).stream().anyMatch(n -> n.recipient().equals(respondent.name())
                && n.section().startsWith("46a-54-42a(b)") && n.notice().contains("rights and obligations"));
        if (!served) {
            throw new InvalidFilingException(List.of("respondentNo: " + respondent.name() + " has not been served with the "
                    + "complaint and the notice requiring an answer yet; record its answer once it is (46a-54-42a(b)(1), 43a)"));
        }
        recordAnswer(docket, respondentNo, answeredOn, sworn);
    }

    /**
     * 46a-54-43a: an answer under oath, received by the commission. A late answer is still recorded,
     * and it bars a default not yet ordered (46a-54-46a(c)).
     */
    public void recordAnswer(String docket, int respondentNo, LocalDate answeredOn, Boolean sworn) {
        List<String> problems = new ArrayList<>();
        if (answeredOn == null || answeredOn.isAfter(clock.today())) {
            problems.add("answeredOn: the day the commission received the answer is required and cannot be in the "
                    + "future (46a-54-44a(a))");
        }
        if (!Boolean.TRUE.equals(sworn)) {
            problems.add("answerSworn: the answer must be under oath (46a-54-43a)");
        }
        if (!problems.isEmpty()) {
            throw new InvalidFilingException(problems);
        }
        ComplaintRecords.RespondentRecord respondent = records.respondent(docket, respondentNo);
        records.setAnswered(docket, respondentNo, answeredOn);
        boolean late = respondent.answerDueOn() != null && answeredOn.isAfter(respondent.answerDueOn());
        caseFile.close(docket, ANSWER_DEADLINE, respondent.name(),
                late ? CaseFile.DeadlineStatus.MISSED : CaseFile.DeadlineStatus.MET, answeredOn);
    }

    /**
     * 46a-54-45a: one extension of fifteen days, for good cause, if the request was received before the
     * answer was originally due. Returns the new due day, or empty when the request is denied.
     *
     * @throws InvalidFilingException when staff try to grant what the regulation does not allow
     */
    public java.util.Optional<LocalDate> decideExtension(String docket, int respondentNo, LocalDate requestReceivedOn,
                                                         boolean grant, boolean alreadyExtended) {
        ComplaintRecords.RespondentRecord respondent = records.respondent(docket, respondentNo);
        clock.requireHappened(requestReceivedOn, "extensionRequestReceivedOn: the day the request was received is "
                    + "required and cannot be in the future (46a-54-45a)");
        if (!grant) {
            return java.util.Optional.empty();
        }
        List<String> problems = new ArrayList<>();
        if (alreadyExtended) {
            problems.add("grantExtension: the respondent already had its one extension of fifteen days (46a-54-45a)");
        }
        if (!requestReceivedOn.isBefore(respondent.answerDueOn())) {
            problems.add("grantExtension: the request was received on " + requestReceivedOn + ", not before the answer "
                    + "was due (" + respondent.answerDueOn() + "); it cannot be granted (46a-54-45a)");
        }
        if (!problems.isEmpty()) {
            throw new InvalidFilingException(problems);
        }
        // the fifteen days run from the thirtieth day, not from the open day it was moved to (20a; review F14)
        LocalDate lastDay = calendar.lastDayUnmoved(caseFile.lastDay(docket, ANSWER_DEADLINE, respondent.name())
                .orElse(respondent.answerDueOn()), EXTENSION);
        LocalDate due = calendar.nextOpenDay(lastDay);
        records.setAnswerDue(docket, respondentNo, due);
        caseFile.open(docket, ANSWER_DEADLINE, respondent.name(), "46a-54-43a, 45a", lastDay, due);
        return java.util.Optional.of(due);
    }
}
