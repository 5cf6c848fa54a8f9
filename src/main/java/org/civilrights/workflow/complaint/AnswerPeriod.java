package org.civilrights.workflow.complaint;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.civilrights.workflow.calendar.LegalCalendar;
import org.civilrights.workflow.calendar.LegalPeriod;
import org.civilrights.workflow.process.OfficeClock;
import org.springframework.stereotype.Service;

/**
 * The respondent's answer and what the law gives when it does not come: the answer period
 * (46a-54-43a), the one extension (45a) and default (46a).
 */
@Service
public class AnswerPeriod {

    /** 46a-54-45a: one extension of fifteen days, for good cause. */
    public static final LegalPeriod EXTENSION = LegalPeriod.days(15);
    /** 46a-54-46a(c), (d): the executive director may act, and the respondent object, within 15 days of mailing. */
    public static final LegalPeriod DEFAULT_WAIT = LegalPeriod.days(15);
    public static final String ANSWER_DEADLINE = "Answer";
    public static final String DEFAULT_DEADLINE = "Objection to the request to enter default";

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
        if (receivedOn == null || receivedOn.isAfter(clock.today())) {
            throw new InvalidFilingException(List.of("respondentReceivedOn: the day the respondent received the "
                    + "complaint is required and cannot be in the future (46a-54-43a(d))"));
        }
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
        LocalDate due = calendar.dueDate(respondent.receivedOn(), period);
        records.setAnswerDue(docket, respondentNo, due);
        caseFile.open(docket, ANSWER_DEADLINE, respondent.name(), "46a-54-43a", due);
        return due;
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
        if (requestReceivedOn == null || requestReceivedOn.isAfter(clock.today())) {
            throw new InvalidFilingException(List.of("extensionRequestReceivedOn: the day the request was received is "
                    + "required and cannot be in the future (46a-54-45a)"));
        }
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
        LocalDate due = calendar.dueDate(respondent.answerDueOn(), EXTENSION);
        records.setAnswerDue(docket, respondentNo, due);
        caseFile.open(docket, ANSWER_DEADLINE, respondent.name(), "46a-54-43a, 45a", due);
        return java.util.Optional.of(due);
    }

    /**
     * 46a-54-46a(b): the request to enter default, mailed to the executive director with copies to
     * the parties, the respondent's by certified mail. Returns the last day of the 15 days from
     * mailing (46a-54-46a(c), (d)).
     */
    public LocalDate recordDefaultRequest(String docket, int respondentNo, LocalDate mailedOn, String requestedBy) {
        if (mailedOn == null || mailedOn.isAfter(clock.today())) {
            throw new InvalidFilingException(List.of("defaultRequestMailedOn: the mailing date on the receipt for "
                    + "certified mail is required and cannot be in the future (46a-54-46a(b))"));
        }
        ComplaintRecords.RespondentRecord respondent = records.respondent(docket, respondentNo);
        caseFile.served(docket, "Request to Enter Default (by " + requestedBy + ")", respondent.name(),
                "CERTIFIED_MAIL", mailedOn, null, "46a-54-46a(b)");
        LocalDate waitEnds = calendar.dueDate(mailedOn, DEFAULT_WAIT);
        caseFile.open(docket, DEFAULT_DEADLINE, respondent.name(), "46a-54-46a(d)", waitEnds);
        return waitEnds;
    }

    /** 46a-54-46a(d): the respondent's written objection, which the executive director must consider. */
    public void recordObjection(String docket, int respondentNo, LocalDate receivedOn) {
        if (receivedOn == null || receivedOn.isAfter(clock.today())) {
            throw new InvalidFilingException(List.of("objectionReceivedOn: the day the objection was received is "
                    + "required and cannot be in the future (46a-54-46a(d))"));
        }
        ComplaintRecords.RespondentRecord respondent = records.respondent(docket, respondentNo);
        caseFile.close(docket, DEFAULT_DEADLINE, respondent.name(), CaseFile.DeadlineStatus.MET, receivedOn);
    }

    /**
     * 46a-54-46a(c), (e): after the 15 days the executive director orders default or denies the
     * request; no default if the respondent has answered under oath. An order sends the case to the
     * office of public hearings for a hearing in damages.
     */
    public void decideDefault(String docket, int respondentNo, boolean order) {
        ComplaintRecords.RespondentRecord respondent = records.respondent(docket, respondentNo);
        if (order && respondent.answeredOn() != null) {
            throw new InvalidFilingException(List.of("orderDefault: the respondent answered on " + respondent.answeredOn()
                    + "; no default may enter (46a-54-46a(c))"));
        }
        if (order) {
            caseFile.served(docket, "Order of default", respondent.name(), "CERTIFIED_MAIL", clock.today(), null,
                    "46a-54-46a(e)");
            records.setStage(docket, Stage.DEFAULT);
        }
    }

    /** 46a-54-46a(e): every respondent is in default, so the whole case goes to a hearing in damages. */
    public boolean everyRespondentDefaulted(String docket) {
        long defaulted = caseFile.notices(docket).stream().filter(n -> n.notice().equals("Order of default")).count();
        return defaulted > 0 && defaulted == records.respondents(docket).size();
    }
}
