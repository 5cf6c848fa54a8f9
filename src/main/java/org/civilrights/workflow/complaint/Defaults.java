package org.civilrights.workflow.complaint;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.civilrights.workflow.calendar.LegalCalendar;
import org.civilrights.workflow.calendar.LegalPeriod;
import org.civilrights.workflow.process.OfficeClock;
import org.springframework.stereotype.Service;

/**
 * Default against a respondent: for failing to answer the complaint (46a-54-46a), or to answer
 * interrogatories, respond to a subpoena or attend a mandatory mediation session (57a). One request,
 * fifteen days from its mailing for an objection, then the executive director's order or denial.
 */
@Service
public class Defaults {

    /**
     * What the respondent failed to do. NO_AMENDED_ANSWER: it did not answer a complaint amended to correct or amplify
     * its allegations within the ten days of 47a: the "complaint" of 46a includes any amended complaint (1a(b)(3);
     * review F10(c)).
     */
    public enum Ground {
        NO_ANSWER("46a-54-46a"), NO_AMENDED_ANSWER("46a-54-46a"), INTERROGATORIES("46a-54-57a"), SUBPOENA("46a-54-57a"),
        MEDIATION("46a-54-57a");

        final String section;

        Ground(String section) {
            this.section = section;
        }
    }

    /** 46a-54-46a(c), (d), 57a(c), (d): the director may act, and the respondent object, within 15 days of mailing. */
    public static final LegalPeriod WAIT = LegalPeriod.days(15);
    public static final String DEADLINE = "Objection to the request to enter default";
    /** 46a-54-46a(b) and 57a(b): who may ask for a default. */
    static final Map<Ground, Set<String>> REQUESTERS = Map.of(
            Ground.NO_ANSWER, Set.of("commission attorney", "Attorney General", "manager", "investigator", "complainant"),
            Ground.NO_AMENDED_ANSWER, Set.of("commission attorney", "Attorney General", "manager", "investigator",
                    "complainant"),
            Ground.INTERROGATORIES, Set.of("commission attorney", "investigator", "complainant"),
            Ground.SUBPOENA, Set.of("commission attorney", "investigator", "complainant"),
            Ground.MEDIATION, Set.of("commission attorney", "investigator", "complainant"));
    static final String ORDER = "Order of default";
    static final String VACATED = "Order of default vacated";

    private final ComplaintRecords records;
    private final CaseFile caseFile;
    private final LegalCalendar calendar;
    private final OfficeClock clock;
    private final AnswerPeriod answers;
    private final ComplaintIntake intake;

    Defaults(ComplaintRecords records, CaseFile caseFile, LegalCalendar calendar, OfficeClock clock, AnswerPeriod answers,
             ComplaintIntake intake) {
        this.records = records;
        this.caseFile = caseFile;
        this.calendar = calendar;
        this.clock = clock;
        this.answers = answers;
        this.intake = intake;
    }

    /**
     * 46a-54-46a(b), 57a(b): the "Request to Enter Default", mailed to the executive director with
     * copies to the parties, the respondent's by certified mail. Returns the last day of the 15 days.
     */
    public LocalDate recordRequest(String docket, int respondentNo, Ground ground, LocalDate mailedOn, String requestedBy) {
        clock.requireHappened(mailedOn, "defaultRequestMailedOn: the mailing date on the receipt for "
                    + "certified mail is required and cannot be in the future (" + ground.section + "(b))");
        if (requestedBy == null || !REQUESTERS.get(ground).contains(requestedBy)) {
            throw new InvalidFilingException(List.of("defaultRequestedBy: for this default only "
                    + String.join(", ", REQUESTERS.get(ground).stream().sorted().toList()) + " may ask ("
                    + ground.section + "(b))"));
        }
        ComplaintRecords.RespondentRecord respondent = records.respondent(docket, respondentNo);
        caseFile.served(docket, "Request to Enter Default (by " + requestedBy + ")", respondent.name(),
                "CERTIFIED_MAIL", mailedOn, null, ground.section + "(b)");
        LocalDate waitEnds = calendar.dueDate(mailedOn, WAIT);
        caseFile.open(docket, DEADLINE, respondent.name(), ground.section + "(d)", waitEnds);
        return waitEnds;
    }

    /** 46a-54-46a(d), 57a(d): the respondent's written objection, which the executive director must consider. */
    public void recordObjection(String docket, int respondentNo, Ground ground, LocalDate receivedOn) {
        clock.requireHappened(receivedOn, "objectionReceivedOn: the day the objection was received is "
                    + "required and cannot be in the future (" + ground.section + "(d))");
        ComplaintRecords.RespondentRecord respondent = records.respondent(docket, respondentNo);
        caseFile.close(docket, DEADLINE, respondent.name(), CaseFile.DeadlineStatus.MET, receivedOn);
    }

    /**
     * 46a-54-46a(c), 57a(c): no default if the respondent has answered the complaint (or the amended complaint, 47a)
     * under oath, answered the interrogatories under oath or responded to the subpoena. Missing a mediation has no
     * such cure. Returns the day a pending merit review moves to, when the answer to an amended complaint moves it
     * (65a(a)), else empty.
     */
    public java.util.Optional<LocalDate> recordCure(String docket, int respondentNo, Ground ground, LocalDate filedOn,
                                                    Boolean sworn) {
        switch (ground) {
            case NO_ANSWER -> answers.recordAnswer(docket, respondentNo, filedOn, sworn);
            case NO_AMENDED_ANSWER -> {
                return intake.recordAmendedAnswer(docket, respondentNo, filedOn, Boolean.TRUE.equals(sworn));
            }
            case INTERROGATORIES, SUBPOENA -> {
                clock.requireHappened(filedOn, "answeredOn: the day the commission received it is "
                            + "required and cannot be in the future (46a-54-57a(c))");
                if (ground == Ground.INTERROGATORIES && !Boolean.TRUE.equals(sworn)) {
                    throw new InvalidFilingException(List.of("answerSworn: interrogatories are answered under oath "
                            + "(46a-54-52a(a), 57a(c))"));
                }
                caseFile.served(docket, ground == Ground.INTERROGATORIES ? "Interrogatories answered under oath"
                                : "Subpoena responded to", records.respondent(docket, respondentNo).name(), "FILED",
                        filedOn, filedOn, "46a-54-57a(c)");
            }
            case MEDIATION -> throw new InvalidFilingException(List.of("filingType: no filing bars a default for "
                    + "missing a mandatory mediation session; the respondent may object (46a-54-57a(c), (d))"));
        }
        return java.util.Optional.empty();
    }

    /**
     * 46a-54-46a(c), (e), 57a(c): after the 15 days the executive director orders default or denies the
     * request; an order sends the case to the office of public hearings for a hearing in damages.
     */
    public void decide(String docket, int respondentNo, Ground ground, boolean order) {
        decide(docket, respondentNo, ground, order, false, null, null);
    }

    /**
     * As {@link #decide(String, int, Ground, boolean)}; when the respondent objected, the executive director
     * decides only after the requester was allowed to respond fully to the objection (46a(d), 57a(d); review F11):
     * {@code requesterResponse} is RESPONDED (with the day the response came) or DECLINED.
     */
    public void decide(String docket, int respondentNo, Ground ground, boolean order, boolean objectionFiled,
                       String requesterResponse, LocalDate requesterResponseOn) {
        if (objectionFiled) {
            boolean responded = "RESPONDED".equals(requesterResponse);
            if (!responded && !"DECLINED".equals(requesterResponse)) {
                throw new InvalidFilingException(List.of("requesterResponse: the respondent objected; the requester of the "
                        + "default must be allowed to respond fully to the objection before the decision "
                        + "(" + ground.section + "(d))"));
            }
            if (responded) {
                clock.requireHappened(requesterResponseOn, "requesterResponseOn: the day the response came is required and "
                        + "cannot be in the future (" + ground.section + "(d))");
                caseFile.served(docket, "Requester's response to the objection", "executive director", "FILED",
                        requesterResponseOn, requesterResponseOn, ground.section + "(d)");
            }
        }
        ComplaintRecords.RespondentRecord respondent = records.respondent(docket, respondentNo);
        if (order && ground == Ground.NO_ANSWER && respondent.answeredOn() != null) {
            throw new InvalidFilingException(List.of("orderDefault: the respondent answered on " + respondent.answeredOn()
                    + "; no default may enter (46a-54-46a(c))"));
        }
        if (order && ground == Ground.NO_AMENDED_ANSWER && intake.answeredAmendedComplaint(docket, respondent.name())) {
            throw new InvalidFilingException(List.of("orderDefault: the respondent has answered the amended complaint under "
                    + "oath; no default may enter (46a-54-46a(c), 47a)"));
        }
        if (order && (ground == Ground.INTERROGATORIES || ground == Ground.SUBPOENA) && caseFile.notices(docket).stream()
                .anyMatch(n -> n.recipient().equals(respondent.name()) && n.section().equals("46a-54-57a(c)"))) {
            throw new InvalidFilingException(List.of("orderDefault: the respondent has answered or responded; no "
                    + "default may enter (46a-54-57a(c))"));
        }
        if (order) {
            caseFile.served(docket, ORDER, respondent.name(), "CERTIFIED_MAIL", clock.today(), null,
                    ground.section.equals("46a-54-46a") ? "46a-54-46a(e)" : "46a-54-57a(c)");
            records.setStage(docket, Stage.DEFAULT);
        }
    }

    /** What a vacatur leaves owed (46a-54-46a(f)): the answer, due on the date the order set, and to what. */
    public record AnswerOwed(LocalDate dueOn, AnswerPeriod.AnswerTo answerTo) {
    }

    /**
     * 46a-54-46a(f): before the hearing in damages begins, the executive director may, for good cause
     * shown, vacate an order of default; processing of the complaint goes on. The answer is still owed (43a, 47a) by a
     * respondent that has not answered what the order was for: the order sets the date it is due, and that answer clock
     * opens again on it (review F28): the answer to the complaint, or, for a respondent that answered the complaint but
     * not the amended complaint, the answer to the amended complaint (review R-2). Returns that answer, or empty when
     * nothing is owed (a default for discovery or a missed mediation). The order vacated is the one entered: the order
     * vacating it is sent on or after the day it was entered (review R-10); it is recorded with the day and the way it
     * was sent (review F23).
     */
    public java.util.Optional<AnswerOwed> vacate(String docket, int respondentNo, String reasons, LocalDate sentOn,
                                                 String method, LocalDate answerDueOn) {
        ComplaintRecords.RespondentRecord respondent = records.respondent(docket, respondentNo);
        org.civilrights.workflow.process.RuleChecks checks = new org.civilrights.workflow.process.RuleChecks(clock);
        checks.require(reasons != null && !reasons.isBlank(), "vacateReasons: a default is vacated only for good cause "
                + "shown, stated here (46a-54-46a(f))");
        // the order vacating the default, as staff sent it: its day and way, never the click (review F23)
        checks.happened(sentOn, "vacaturSentOn", "'Order vacating the default sent on' (46a-54-46a(f), 18a)");
        checks.require(method != null && ComplaintIntake.SERVICE_METHODS.contains(method), "vacaturMethod: 'How the "
                + "order was sent' is required: in person, by mail, or a copy left at the place of business or abode "
                + "(46a-54-18a)");
        java.util.Optional<CaseFile.ServedNotice> order = caseFile.notices(docket).stream()
                .filter(n -> n.recipient().equals(respondent.name()) && n.notice().equals(ORDER)).findFirst();
        checks.require(order.isEmpty() || sentOn == null || !sentOn.isBefore(order.get().sentOn()),
                "vacaturSentOn: the order of default against " + respondent.name() + " was entered on "
                        + order.map(CaseFile.ServedNotice::sentOn).orElse(null) + "; the order vacating it is sent on or "
                        + "after that day (46a-54-46a(f))");
        // the answer is owed again when the order vacated was for not answering (46a(e)) and that answer never came
        boolean forNotAnswering = order.isPresent() && order.get().section().equals("46a-54-46a(e)");
        AnswerPeriod.AnswerTo owed = !forNotAnswering ? null
                : respondent.answeredOn() == null ? AnswerPeriod.AnswerTo.COMPLAINT
                : owesAmendedAnswer(docket, respondent.name()) ? AnswerPeriod.AnswerTo.AMENDED_COMPLAINT : null;
        boolean amended = owed == AnswerPeriod.AnswerTo.AMENDED_COMPLAINT;
        checks.require(owed == null || answerDueOn != null, "vacaturAnswerDueOn: " + respondent.name() + " has not "
                + "answered " + (amended ? "the amended complaint" : "the complaint") + "; the order vacating the default "
                + "sets the date the answer is due (46a-54-46a(f), " + (amended ? "47a" : "43a") + ")");
        checks.require(owed == null || answerDueOn == null || sentOn == null || answerDueOn.isAfter(sentOn),
                "vacaturAnswerDueOn: the answer is due after the order is sent (46a-54-46a(f), 43a)");
        checks.orThrow();
        if (!inDefault(docket, respondent.name())) {
            throw new InvalidFilingException(List.of("respondentNo: no order of default stands against " + respondent.name()
                    + " (46a-54-46a(f))"));
        }
        if (Disposition.DEFAULT_HEARING_IN_DAMAGES.name().equals(records.get(docket).disposition())) {
            throw new InvalidFilingException(List.of("requestType: every respondent is in default and the case is with the "
                    + "office of public hearings for the hearing in damages; a vacatur is decided there (46a-54-46a(e), (f))"));
        }
        caseFile.served(docket, VACATED, respondent.name(), method, sentOn, null, "46a-54-46a(f)",
                owed != null ? answerDueOn : null);
        return owed == null ? java.util.Optional.empty() : java.util.Optional.of(new AnswerOwed(answerDueOn, owed));
    }

    /** 46a-54-47a, 46a(c): an amended complaint was served on the respondent and its answer has not been filed. */
    private boolean owesAmendedAnswer(String docket, String respondentName) {
        return caseFile.deadlines(docket).stream().anyMatch(d -> d.deadline().equals(ComplaintIntake.AMENDMENT_ANSWER_DEADLINE)
                && d.party().equals(respondentName)) && !intake.answeredAmendedComplaint(docket, respondentName);
    }

    /**
     * 46a-54-46a(e): when every respondent is in default the whole case goes to a hearing in damages,
     * recorded as the case's disposition (as a certification to public hearing is, 60a(d)).
     */
    public boolean sendToHearingInDamagesIfAllDefaulted(String docket) {
        boolean all = everyRespondentDefaulted(docket);
        if (all) {
            records.setDisposition(docket, Disposition.DEFAULT_HEARING_IN_DAMAGES, clock.today());
            records.setStage(docket, Stage.DEFAULT);
        }
        return all;
    }

    /** Whether an order of default stands against the respondent (entered and not vacated, 46a(e), (f)). */
    public boolean inDefault(String docket, String respondentName) {
        boolean standing = false;
        for (CaseFile.ServedNotice notice : inOrderOfDates(docket)) {
            if (notice.recipient().equals(respondentName) && notice.notice().equals(ORDER)) {
                standing = true;
            } else if (notice.recipient().equals(respondentName) && notice.notice().equals(VACATED)) {
                standing = false;
            }
        }
        return standing;
    }

    /** 46a-54-46a(e): every respondent is in default (an order not vacated). */
    public boolean everyRespondentDefaulted(String docket) {
        java.util.Set<String> defaulted = new java.util.HashSet<>();
        for (CaseFile.ServedNotice notice : inOrderOfDates(docket)) {
            if (notice.notice().equals(ORDER)) {
                defaulted.add(notice.recipient());
            } else if (notice.notice().equals(VACATED)) {
                defaulted.remove(notice.recipient());
            }
        }
        // the respondents still in the case: one whose part a no-fault agreement disposed of is not (63a; F13(b))
        List<String> inCase = records.respondentsInCase(docket).stream().map(ComplaintRecords.RespondentRecord::name).toList();
        return !inCase.isEmpty() && defaulted.containsAll(inCase);
    }

    /**
     * The case's papers by the day they were sent: a default ordered again after a vacatur (its answer still not
     * filed by the date the vacatur set, review F28) updates the earlier order's record, which must then count as the
     * later act.
     */
    private List<CaseFile.ServedNotice> inOrderOfDates(String docket) {
        return caseFile.notices(docket).stream().sorted(java.util.Comparator.comparing(CaseFile.ServedNotice::sentOn)).toList();
    }
}
