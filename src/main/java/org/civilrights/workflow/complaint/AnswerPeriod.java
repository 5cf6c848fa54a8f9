package org.civilrights.workflow.complaint;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.civilrights.workflow.calendar.LegalCalendar;
import org.civilrights.workflow.calendar.LegalPeriod;
import org.civilrights.workflow.process.OfficeClock;
import org.civilrights.workflow.process.RuleChecks;
import org.springframework.stereotype.Service;

/**
 * The respondent's answer: the answer period (46a-54-43a) and its one extension (45a). When no
 * answer comes, {@link Defaults}. The same stage awaits the answer to a complaint amended to correct or
 * amplify its allegations (47a: ten days, an extension under 45a, a default under 46a, since the
 * "complaint" includes any amended complaint, 1a(b)(3); review F10(c)), and the answer whose time a vacated
 * default reopened (46a(f), 43a; review F28).
 */
@Service
public class AnswerPeriod {

    /** 46a-54-45a: one extension of fifteen days, for good cause. */
    public static final LegalPeriod EXTENSION = LegalPeriod.days(15);
    public static final String ANSWER_DEADLINE = "Answer";
    /** 46a-54-45a: "The response to a request for extension of time shall inform the respondent of the date the answer is due". */
    static final String EXTENSION_RESPONSE = "Response to the request for an extension of time to answer";
    static final String AMENDED_EXTENSION_RESPONSE = "Response to the request for an extension of time to answer the amended complaint";

    /** What the stage awaits: the answer to the complaint (43a) or to a complaint amended to correct or amplify it (47a). */
    public enum AnswerTo {
        COMPLAINT(ANSWER_DEADLINE, EXTENSION_RESPONSE, "46a-54-43a, 45a"),
        AMENDED_COMPLAINT(ComplaintIntake.AMENDMENT_ANSWER_DEADLINE, AMENDED_EXTENSION_RESPONSE, "46a-54-47a, 45a");

        final String deadline;
        final String extensionResponse;
        final String extendedSection;

        AnswerTo(String deadline, String extensionResponse, String extendedSection) {
            this.deadline = deadline;
            this.extensionResponse = extensionResponse;
            this.extendedSection = extendedSection;
        }

        /** The stage's variable {@code answerTo}; absent means the complaint itself. */
        public static AnswerTo of(String name) {
            return name == null ? COMPLAINT : valueOf(name);
        }
    }

    /** 46a-54-45a: the reply to the request, sent to the respondent: when and how (18a). */
    public record ExtensionResponse(LocalDate sentOn, String method) {
    }

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
     * 46a-54-43a(d), 47a: whether the stage knows when the respondent received what it must answer: the complaint,
     * or the amended complaint (its return receipt, recorded with the service or afterwards).
     */
    public boolean receiptKnown(String docket, int respondentNo, String answerTo) {
        ComplaintRecords.RespondentRecord respondent = records.respondent(docket, respondentNo);
        return AnswerTo.of(answerTo) == AnswerTo.COMPLAINT ? respondent.receivedOn() != null
                : amendedComplaintReceivedOn(docket, respondent.name()).isPresent();
    }

    /** 46a-54-47a, 43a(d): the day the respondent received the amended complaint, from its service record. */
    public void recordAmendedComplaintReceipt(String docket, int respondentNo, LocalDate receivedOn) {
        clock.requireHappened(receivedOn, "respondentReceivedOn: the day the respondent received the amended complaint is "
                + "required and cannot be in the future (46a-54-47a)");
        caseFile.received(docket, ComplaintIntake.AMENDED_COMPLAINT, records.respondent(docket, respondentNo).name(),
                receivedOn);
    }

    java.util.Optional<LocalDate> amendedComplaintReceivedOn(String docket, String respondentName) {
        // the latest service of an amended complaint on this respondent (one row per paper and recipient)
        return caseFile.notices(docket).stream().filter(n -> n.notice().equals(ComplaintIntake.AMENDED_COMPLAINT)
                && n.recipient().equals(respondentName)).map(CaseFile.ServedNotice::receivedOn)
                .filter(java.util.Objects::nonNull).findFirst();
    }

    /**
     * 46a-54-47a: "The respondent shall have ten (10) days after receipt to file an answer to a complaint amended to
     * correct or amplify the allegations therein", rolled to an open day (20a); kept in the case record (review F10(c)).
     * The ten days are a minimum: they never take away a later date the respondent already has (docs/legal-readings.md,
     * readings made while fixing ):
     * <ul>
     *   <li>a respondent that has not answered the complaint yet keeps the thirty days of 43a(a) for its answer, which
     *   answers the complaint as amended (1a(b)(3); review R-3);</li>
     *   <li>a complaint amended again while the answer to the earlier amendment is awaited keeps a later date the
     *   respondent was told, an extension granted (45a; review R-1).</li>
     * </ul>
     */
    public LocalDate openAmended(String docket, int respondentNo) {
        ComplaintRecords.RespondentRecord respondent = records.respondent(docket, respondentNo);
        LocalDate receivedOn = amendedComplaintReceivedOn(docket, respondent.name()).orElseThrow(() ->
                new IllegalStateException("Respondent " + respondentNo + " of " + docket + " has no recorded receipt of the "
                        + "amended complaint: the ten days cannot start (46a-54-47a)"));
        LocalDate lastDay = calendar.lastDayUnmoved(receivedOn, ComplaintIntake.AMENDMENT_ANSWER_PERIOD);
        LocalDate due = calendar.nextOpenDay(lastDay);
        String section = "46a-54-47a";
        if (respondent.answeredOn() == null && respondent.answerDueOn() != null && respondent.answerDueOn().isAfter(due)) {
            due = respondent.answerDueOn();
            lastDay = caseFile.lastDay(docket, ANSWER_DEADLINE, respondent.name()).orElse(due);
            section = "46a-54-47a, 43a(a)";
        }
        java.util.Optional<CaseFile.Deadline> awaited = caseFile.deadlines(docket).stream()
                .filter(d -> d.deadline().equals(ComplaintIntake.AMENDMENT_ANSWER_DEADLINE)
                        && d.party().equals(respondent.name()) && d.status() == CaseFile.DeadlineStatus.OPEN)
                .findFirst();
        if (awaited.isPresent() && awaited.get().dueOn().isAfter(due)) {
            due = awaited.get().dueOn();
            lastDay = caseFile.lastDay(docket, ComplaintIntake.AMENDMENT_ANSWER_DEADLINE, respondent.name()).orElse(due);
            section = awaited.get().section();
        }
        caseFile.open(docket, ComplaintIntake.AMENDMENT_ANSWER_DEADLINE, respondent.name(), section, lastDay, due);
        return due;
    }

    /**
     * 46a-54-43a(a), 47a, 1a(b)(3): whether the respondent's answer to the complaint, filed on {@code answeredOn}, also
     * answers an amended complaint served on it: it does when the respondent had received the amended complaint by then
     * (one answer to the complaint as amended; review R-3).
     */
    public boolean answersAmendedComplaint(String docket, int respondentNo, LocalDate answeredOn) {
        ComplaintRecords.RespondentRecord respondent = records.respondent(docket, respondentNo);
        return answeredOn != null && amendedComplaintReceivedOn(docket, respondent.name())
                .filter(received -> !received.isAfter(answeredOn)).isPresent();
    }

    /**
     * 46a-54-46a(f), 43a, 47a: the order vacating a default against a respondent that has not answered sets the date the
     * answer is due; the answer clock opens again on that date (moved to an open day, 20a; review F28): the clock of the
     * answer to the complaint, or to the amended complaint when the default was for not answering that (review R-2).
     */
    public LocalDate reopenAfterVacatur(String docket, int respondentNo, LocalDate dueOn, AnswerTo answerTo) {
        ComplaintRecords.RespondentRecord respondent = records.respondent(docket, respondentNo);
        LocalDate due = calendar.nextOpenDay(dueOn);
        if (answerTo == AnswerTo.AMENDED_COMPLAINT) {
            caseFile.open(docket, ComplaintIntake.AMENDMENT_ANSWER_DEADLINE, respondent.name(), "46a-54-46a(f), 47a", dueOn,
                    due);
            return due;
        }
        records.setAnswerDue(docket, respondentNo, due);
        caseFile.open(docket, ANSWER_DEADLINE, respondent.name(), "46a-54-46a(f), 43a", dueOn, due);
        return due;
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
     * 46a-54-45a (and 47a for an amended complaint): one extension of fifteen days, for good cause, if the request was
     * received before the answer was originally due. The response, which "shall inform the respondent of the date the
     * answer is due", is recorded as a paper served on the respondent with that date (review F27). After a vacated
     * default the order has already fixed the date, and the answer was originally due long before: nothing is left to
     * extend ({@code reopened}). Returns the new due day, or empty when the request is denied.
     *
     * @throws InvalidFilingException when staff try to grant what the regulation does not allow
     */
    public java.util.Optional<LocalDate> decideExtension(String docket, int respondentNo, AnswerTo answerTo,
                                                         LocalDate requestReceivedOn, boolean grant, boolean alreadyExtended,
                                                         boolean reopened, ExtensionResponse response) {
        ComplaintRecords.RespondentRecord respondent = records.respondent(docket, respondentNo);
        LocalDate currentDue = caseFile.deadlines(docket).stream()
                .filter(d -> d.deadline().equals(answerTo.deadline) && d.party().equals(respondent.name()))
                .map(CaseFile.Deadline::dueOn).findFirst().orElse(respondent.answerDueOn());
        RuleChecks checks = new RuleChecks(clock);
        checks.happened(requestReceivedOn, "extensionRequestReceivedOn", "the day the request was received (46a-54-45a)");
        LocalDate sentOn = checks.happened(response == null ? null : response.sentOn(), "extensionResponseSentOn",
                "the day the response was sent to the respondent (46a-54-45a)");
        checks.notBefore(sentOn, requestReceivedOn, "extensionResponseSentOn",
                "the response cannot be sent before the request was received (46a-54-45a)");
        checks.require(response != null && ComplaintIntake.SERVICE_METHODS.contains(response.method()),
                "extensionResponseMethod: how the response was sent to the respondent: in person, by mail or a copy left "
                        + "at the place of business or abode (46a-54-18a, 45a)");
        if (grant) {
            checks.require(!alreadyExtended,
                    "grantExtension: the respondent already had its one extension of fifteen days (46a-54-45a)");
            checks.require(!reopened, "grantExtension: the order vacating the default set the date the answer is due; "
                    + "the answer was originally due long before, and a request must come before that date (46a-54-45a, 46a(f))");
            checks.require(requestReceivedOn == null || requestReceivedOn.isBefore(currentDue),
                    "grantExtension: the request was received on " + requestReceivedOn + ", not before the answer was due ("
                            + currentDue + "); it cannot be granted (46a-54-45a)");
        }
        checks.orThrow();
        LocalDate due = currentDue;
        if (grant) {
            // the fifteen days run from the last day of the period, not from the open day it was moved to (20a; review F14)
            LocalDate lastDay = calendar.lastDayUnmoved(caseFile.lastDay(docket, answerTo.deadline, respondent.name())
                    .orElse(currentDue), EXTENSION);
            due = calendar.nextOpenDay(lastDay);
            if (answerTo == AnswerTo.COMPLAINT) {
                records.setAnswerDue(docket, respondentNo, due);
            }
            caseFile.open(docket, answerTo.deadline, respondent.name(), answerTo.extendedSection, lastDay, due);
        }
        caseFile.served(docket, answerTo.extensionResponse, respondent.name(), response.method(), sentOn, null,
                "46a-54-45a", due);
        return grant ? java.util.Optional.of(due) : java.util.Optional.empty();
    }
}
