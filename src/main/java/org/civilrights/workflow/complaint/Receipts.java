package org.civilrights.workflow.complaint;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.civilrights.workflow.calendar.LegalCalendar;
import org.civilrights.workflow.calendar.LegalPeriod;
import org.civilrights.workflow.process.OfficeClock;
import org.springframework.stereotype.Service;

/**
 * When a party received a paper whose period runs "after receipt" (46a-54-48a(b), 49a(a), 66a(d)(1); review F16).
 *
 * <p>The recorded day of receipt counts where there is one: the return receipt or the delivery service's confirmation
 * (46a-54-18a(c), 19a(b)). Where none is recorded the agency estimates receipt {@value #ESTIMATED_MAIL_DAYS} days after
 * the paper was sent: its own estimate, so that a party never gets less time than the law gives; the 46a-54 rules
 * contain no presumption of receipt. A receipt proven later replaces the estimate when it gives more time; the running
 * clock, its timer and its task then move ({@link #recordProvenReceipt}).
 */
@Service
public class Receipts {

    /** The agency's own estimate of how long mail takes, where no receipt is recorded (review F16). */
    public static final int ESTIMATED_MAIL_DAYS = 3;
    /** 44a(b), (c), 19a(a)(2): the respondent's copy of its answer to the complainant, as the answer certifies it. */
    static final String ANSWER_COPY = "Copy of the answer, certified as sent to the complainant, of ";
    /** 44a(c), 47a, 19a(a)(2): the copy of the answer to an amended complaint, a paper of its own beside the answer's. */
    static final String AMENDED_ANSWER_COPY = "Copy of the answer to the amended complaint, certified as sent to the "
            + "complainant, of ";
    /** 48a(d), (e), 19a(a)(1): the complainant's copy of the reply to the respondent, as the reply certifies it. */
    static final String REPLY_COPY = "Copy of the reply, certified as sent to the respondent";
    /** 19a(b): how a party serves a paper: personal delivery, first-class or certified mail, or mail that confirms receipt. */
    static final Set<String> PARTY_SERVICE_METHODS = Set.of("IN_HAND", "FIRST_CLASS_MAIL", "CERTIFIED_MAIL",
            "REGISTERED_MAIL", "CONFIRMED_DELIVERY_SERVICE", "LEFT_AT_ABODE", "AGENT_FOR_SERVICE");

    /** The papers whose receipt starts a period of the complainant's. */
    public enum Paper {
        /** 48a(b): a respondent's answer, for the reply. */
        ANSWER_COPY,
        /** 49a(a): the respondent's additional information, for the fifteen days to respond. */
        ADDITIONAL_INFORMATION,
        /** 49a(a): a late submission considered for good cause, for the fifteen days to rebut. */
        LATE_INFORMATION,
        /** 66a(d)(1): the notice granting or denying reconsideration of a merit assessment dismissal. */
        RECONSIDERATION_DECISION
    }

    /** A clock a proven receipt moved: the running stage's variable, task and timer take the new last day. */
    public record MovedClock(String processKey, String variable, String taskKey, String timerActivityId,
                             LocalDate lastDay) {
    }

    private final ComplaintRecords records;
    private final CaseFile caseFile;
    private final LegalCalendar calendar;
    private final OfficeClock clock;

    Receipts(ComplaintRecords records, CaseFile caseFile, LegalCalendar calendar, OfficeClock clock) {
        this.records = records;
        this.caseFile = caseFile;
        this.calendar = calendar;
        this.clock = clock;
    }

    /** The recorded day of receipt, or the agency's estimate from the day the paper was sent (review F16). */
    public static LocalDate receivedOrEstimated(LocalDate receivedOn, LocalDate sentOn) {
        return receivedOn != null ? receivedOn : sentOn.plusDays(ESTIMATED_MAIL_DAYS);
    }

    /**
     * 46a-54-44a(b), (c), 19a(a)(2): the answer's certification that a copy went to the complainant: the day, the
     * way, and the complainant's receipt where it is known (review F26). Nothing is recorded without a day. The answer
     * to an amended complaint (47a) certifies its own copy, kept beside the answer's.
     */
    public void recordAnswerCopy(String docket, int respondentNo, AnswerPeriod.AnswerTo answerTo, LocalDate answeredOn,
                                 LocalDate sentOn, String method, LocalDate receivedOn) {
        if (sentOn == null && method == null && receivedOn == null) {
            return;
        }
        boolean amended = answerTo == AnswerPeriod.AnswerTo.AMENDED_COMPLAINT;
        String section = amended ? "46a-54-44a(c), 47a, 19a(a)(2)" : "46a-54-44a(c), 19a(a)(2)";
        List<String> problems = certificationProblems(sentOn, method, receivedOn, "answerCopy",
                "Copy to the complainant", section);
        if (sentOn != null && answeredOn != null && sentOn.isAfter(answeredOn)) {
            problems.add("answerCopySentOn: the copy is certified as sent when the answer is filed, not after it ("
                    + answeredOn + ") (" + section + ")");
        }
        if (!problems.isEmpty()) {
            throw new InvalidFilingException(problems);
        }
        String respondent = records.respondent(docket, respondentNo).name();
        caseFile.served(docket, (amended ? AMENDED_ANSWER_COPY : ANSWER_COPY) + respondent, "complainant", method, sentOn,
                receivedOn, section);
    }

    /**
     * 46a-54-48a(b), 47a: the day the complainant received the respondent's answer to the amended complaint filed on
     * {@code filedOn}: the recorded receipt of its certified copy, else the agency's estimate from the day the copy was
     * sent, else from the day the answer was filed.
     */
    public LocalDate amendedAnswerReceivedByComplainant(String docket, String respondentName, LocalDate filedOn) {
        return caseFile.notices(docket).stream()
                .filter(n -> n.notice().equals(AMENDED_ANSWER_COPY + respondentName) && n.recipient().equals("complainant"))
                .findFirst().map(n -> receivedOrEstimated(n.receivedOn(), n.sentOn()))
                .orElse(receivedOrEstimated(null, filedOn));
    }

    /** 46a-54-48a(d), (e), 19a(a)(1): the reply's certification that a copy went to the respondents (review F26). */
    public void recordReplyCopy(String docket, LocalDate sentOn, String method) {
        if (sentOn == null && method == null) {
            return;
        }
        List<String> problems = certificationProblems(sentOn, method, null, "replyCopy", "Copy to the respondent",
                "46a-54-48a(e), 19a(a)(1)");
        if (!problems.isEmpty()) {
            throw new InvalidFilingException(problems);
        }
        for (ComplaintRecords.RespondentRecord respondent : records.respondentsInCase(docket)) {
            caseFile.served(docket, REPLY_COPY, respondent.name(), method, sentOn, null, "46a-54-48a(e), 19a(a)(1)");
        }
    }

    private List<String> certificationProblems(LocalDate sentOn, String method, LocalDate receivedOn, String prefix,
                                               String label, String section) {
        List<String> problems = new ArrayList<>();
        if (sentOn == null || sentOn.isAfter(clock.today())) {
            problems.add(prefix + "SentOn: '" + label + " sent on', as the certification gives it, is required and cannot "
                    + "be in the future (" + section + ")");
        }
        if (method == null || !PARTY_SERVICE_METHODS.contains(method)) {
            problems.add(prefix + "Method: 'How the copy was sent' is required: by hand, first-class or certified mail, or "
                    + "other mail that confirms receipt (" + section + ", 19a(b))");
        }
        if (receivedOn != null && (receivedOn.isAfter(clock.today()) || (sentOn != null && receivedOn.isBefore(sentOn)))) {
            problems.add(prefix + "ReceivedOn: the copy cannot be received before it was sent, or in the future (18a(c))");
        }
        return problems;
    }

    /**
     * 46a-54-48a(b): the day the complainant received the last answer of the respondents still in the case: the
     * recorded receipt of its certified copy, else the agency's estimate from the day the copy was sent, else from the
     * day the answer was filed. Empty when no answer was filed.
     */
    public Optional<LocalDate> lastAnswerReceivedByComplainant(String docket) {
        List<CaseFile.ServedNotice> notices = caseFile.notices(docket);
        return records.respondentsInCase(docket).stream().filter(r -> r.answeredOn() != null).map(r -> notices.stream()
                        .filter(n -> n.notice().equals(ANSWER_COPY + r.name()) && n.recipient().equals("complainant"))
                        .findFirst().map(n -> receivedOrEstimated(n.receivedOn(), n.sentOn()))
                        .orElse(receivedOrEstimated(null, r.answeredOn())))
                .max(Comparator.naturalOrder());
    }

    /**
     * 46a-54-18a(c), 19a(b): the complainant's receipt of a paper, proven after its period started (a return receipt
     * that came back later). It is kept with the paper; when it gives the complainant more time than the estimate, the
     * running clock moves to the last day counted from it (review F16). An earlier proven receipt does not shorten a
     * period already counted from the agency's own estimate. Returns the clock to move in the running stage, if any.
     */
    public Optional<MovedClock> recordProvenReceipt(String docket, Paper paper, Integer respondentNo, LocalDate receivedOn) {
        clock.requireHappened(receivedOn, "receivedOn: the day the complainant received the paper, from the return "
                + "receipt or the delivery confirmation, is required and cannot be in the future (46a-54-18a(c))");
        CaseFile.ServedNotice notice = paper(docket, paper, respondentNo);
        if (receivedOn.isBefore(notice.sentOn())) {
            throw new InvalidFilingException(List.of("receivedOn: the paper was sent on " + notice.sentOn()
                    + "; it cannot have been received before (46a-54-18a(c))"));
        }
        caseFile.served(docket, notice.notice(), notice.recipient(), notice.method(), notice.sentOn(), receivedOn,
                notice.section());
        return switch (paper) {
            case ANSWER_COPY -> {
                LocalDate received = lastAnswerReceivedByComplainant(docket).orElse(receivedOn);
                boolean extended = caseFile.deadlines(docket).stream().anyMatch(d -> d.deadline()
                        .equals(MeritAssessment.REPLY_DEADLINE) && d.section().contains("(c)"));
                LegalPeriod period = LegalPeriod.days(extended ? 30 : 15); // 48a(b), and (c) after an extension
                yield move(docket, MeritAssessment.REPLY_DEADLINE, "46a-54-48a(b)" + (extended ? ", (c)" : ""), received,
                        period, new MovedClock("complaint-merit-assessment", ComplaintVariables.REPLY_DUE_ON.name(),
                                "Task_RecordReply", "Timer_ReplyOver", null));
            }
            case ADDITIONAL_INFORMATION -> move(docket, MeritAssessment.REBUTTAL_DEADLINE, "46a-54-49a(a)", receivedOn,
                    MeritAssessment.REBUTTAL_PERIOD, new MovedClock("complaint-merit-assessment", "rebuttalDueOn", null,
                            "Timer_RebuttalOver", null));
            case LATE_INFORMATION -> move(docket, MeritAssessment.LATE_REBUTTAL_DEADLINE, "46a-54-49a(a)", receivedOn,
                    MeritAssessment.REBUTTAL_PERIOD, null);
            case RECONSIDERATION_DECISION -> move(docket, Reconsideration.RELEASE_WINDOW_DEADLINE, "46a-54-66a(d)(1)",
                    receivedOn, Reconsideration.RELEASE_REQUEST_WINDOW, new MovedClock("complaint-reconsideration",
                            "releaseWindowEndsOn", null, "Timer_ReleaseWindowOver", null));
        };
    }

    private Optional<MovedClock> move(String docket, String deadline, String section, LocalDate received,
                                      LegalPeriod period, MovedClock stage) {
        Optional<CaseFile.Deadline> open = caseFile.deadlines(docket).stream()
                .filter(d -> d.deadline().equals(deadline) && d.status() == CaseFile.DeadlineStatus.OPEN).findFirst();
        if (open.isEmpty()) {
            return Optional.empty();
        }
        LocalDate lastDay = calendar.lastDayUnmoved(received, period);
        LocalDate due = calendar.nextOpenDay(lastDay);
        if (!due.isAfter(open.get().dueOn())) {
            return Optional.empty();
        }
        caseFile.open(docket, deadline, open.get().party(), section, lastDay, due);
        return stage == null ? Optional.empty() : Optional.of(new MovedClock(stage.processKey(), stage.variable(),
                stage.taskKey(), stage.timerActivityId(), due));
    }

    private CaseFile.ServedNotice paper(String docket, Paper paper, Integer respondentNo) {
        String name = switch (paper) {
            case ANSWER_COPY -> {
                if (respondentNo == null) {
                    throw new InvalidFilingException(List.of("respondentNo: whose answer the complainant received is "
                            + "required (46a-54-48a(b))"));
                }
                ComplaintRecords.RespondentRecord respondent = records.respondent(docket, respondentNo);
                if (respondent.answeredOn() == null) {
                    throw new InvalidFilingException(List.of("respondentNo: " + respondent.name() + " has filed no answer "
                            + "yet (46a-54-48a(b))"));
                }
                boolean certified = caseFile.notices(docket).stream()
                        .anyMatch(n -> n.notice().equals(ANSWER_COPY + respondent.name()));
                if (!certified) {
                    // 19a(a)(2): the copy goes to the complainant "at the time" the answer is filed
                    caseFile.served(docket, ANSWER_COPY + respondent.name(), "complainant", "NOT_CERTIFIED",
                            respondent.answeredOn(), null, "46a-54-44a(c), 19a(a)(2)");
                }
                yield ANSWER_COPY + respondent.name();
            }
            case ADDITIONAL_INFORMATION -> MeritAssessment.ADDITIONAL_INFORMATION;
            case LATE_INFORMATION -> MeritAssessment.LATE_INFORMATION;
            case RECONSIDERATION_DECISION -> null;
        };
        return caseFile.notices(docket).stream().filter(n -> n.recipient().equals("complainant"))
                .filter(n -> name != null ? n.notice().equals(name)
                        : n.notice().equals("Reconsideration granted") || n.notice().equals("Reconsideration rejected"))
                .filter(n -> n.sentOn() != null)
                .max(Comparator.comparing(CaseFile.ServedNotice::sentOn))
                .orElseThrow(() -> new InvalidFilingException(List.of("receiptOf: no such paper was sent to the complainant "
                        + "on this case" + (paper == Paper.ANSWER_COPY ? " (the answer's certified copy is recorded with the "
                        + "answer, 46a-54-44a(c))" : ""))));
    }
}
