package org.civilrights.workflow.complaint;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.civilrights.workflow.calendar.LegalCalendar;
import org.civilrights.workflow.calendar.LegalPeriod;
import org.civilrights.workflow.process.OfficeClock;
import org.springframework.stereotype.Service;

/**
 * What can happen to an open complaint at any stage: withdrawal (46a-54-68a), release of
 * jurisdiction (66a) and suspension for another forum (64a).
 */
@Service
public class CaseEvents {

    /** 46a-54-66a(b): the 210 days from the filing of the complaint. */
    public static final LegalPeriod RELEASE_PERIOD = LegalPeriod.days(210);
    /** 46a-54-64a(a), (e): the forums for which processing may (or, for an ADEA action, must) be suspended. */
    public static final Set<String> FORUMS = Set.of("ARBITRATION", "SUPERIOR_COURT_46A_98A", "SUPERIOR_COURT_46A_99",
            "OTHER_AGENCY_OR_COURT", "ADEA_COURT_ACTION");

    private final ComplaintRecords records;
    private final LegalCalendar calendar;
    private final OfficeClock clock;
    private final PartyNotices notices;
    private final CaseFile caseFile;

    CaseEvents(ComplaintRecords records, LegalCalendar calendar, OfficeClock clock, PartyNotices notices,
               CaseFile caseFile) {
        this.records = records;
        this.caseFile = caseFile;
        this.calendar = calendar;
        this.clock = clock;
        this.notices = notices;
    }

    /**
     * 46a-54-68a(a): a withdrawal, with or without settlement, must state that it is a knowing and
     * voluntary act undertaken without duress, and give its reasons.
     */
    public void checkWithdrawal(LocalDate receivedOn, Boolean voluntary, String reasons) {
        List<String> problems = new ArrayList<>();
        if (receivedOn == null || receivedOn.isAfter(clock.today())) {
            problems.add("receivedOn: the day the withdrawal was received is required and cannot be in the future");
        }
        if (!Boolean.TRUE.equals(voluntary)) {
            problems.add("voluntaryStatement: a withdrawal must state that it is a knowing and voluntary act undertaken "
                    + "without duress (46a-54-68a(a))");
        }
        if (reasons == null || reasons.isBlank()) {
            problems.add("withdrawalReasons: a withdrawal must give its reasons (46a-54-68a(a))");
        }
        if (!problems.isEmpty()) {
            throw new InvalidFilingException(problems);
        }
    }

    /** 46a-54-68a: the complaint is closed as withdrawn. */
    public void closeWithdrawn(String docket) {
        records.setDisposition(docket, Disposition.WITHDRAWN, clock.today());
    }

    /**
     * 46a-54-68a(b), 40a, 41a: the commission substitutes itself and proceeds upon the complaint the complainant
     * withdrew, as when it joins a complaint (review F18): the majority vote at a meeting and its day, the ground of
     * 40a(a)(1) (the complainant wishes to withdraw), the notices to the parties and to each person affected, with the
     * day and the way they were sent; the persons' answers are then tracked (41a(b)).
     */
    public void recordSubstitution(String docket, LocalDate voteOn, String affectedPersons, LocalDate noticesSentOn,
                                   String noticeMethod) {
        recordCommissionAmendment(docket, "COMPLAINANT_WITHDRAWS", voteOn, affectedPersons, noticesSentOn, noticeMethod,
                "Commission substituted as complaining party", "substitution");
    }

    /**
     * 46a-54-66a(b): whether a request for a release came before the 210 days from filing ran out.
     * Day 210 itself is still before the expiration. The day is not moved to an open day: 20a lets a party
     * act on the next open day when its last day to act is closed; it does not postpone the complainant's
     * own right under (b)(2), which arises when the 210 days expire (review F15).
     */
    public boolean requestedWithin210Days(String docket, LocalDate requestedOn) {
        clock.requireHappened(requestedOn, "receivedOn: the day the request for a release was received is "
                    + "required and cannot be in the future (46a-54-66a)");
        LocalDate end = calendar.lastDayUnmoved(records.get(docket).filedOn(), RELEASE_PERIOD);
        return !requestedOn.isAfter(end);
    }

    /**
     * 46a-54-66a(d): after a merit assessment dismissal (46a-83(b)) the executive director may grant a
     * release requested while the complainant's request for reconsideration is pending (d)(2), or not later
     * than fifteen days after receipt of the notice granting or denying it (d)(1) (the recorded receipt, else the
     * agency's estimate of three days after mailing: review F16). Read from the case record: the dismissal's notice,
     * the request received in time, and the notice of the decision.
     */
    public boolean releaseAfterMeritReconsideration(String docket, LocalDate requestedOn) {
        List<CaseFile.ServedNotice> served = caseFile.notices(docket);
        LocalDate dismissed = served.stream()
                .filter(n -> n.notice().startsWith(Disposition.MERIT_ASSESSMENT_DISMISSAL.label()))
                .map(CaseFile.ServedNotice::sentOn).max(LocalDate::compareTo).orElse(null);
        if (dismissed == null || requestedOn == null) {
            return false;
        }
        boolean requested = caseFile.deadlines(docket).stream()
                .anyMatch(d -> d.deadline().equals(Reconsideration.DEADLINE) && d.status() == CaseFile.DeadlineStatus.MET
                        && !d.closedOn().isBefore(dismissed));
        if (!requested) {
            return false;
        }
        java.util.Optional<CaseFile.ServedNotice> decision = served.stream()
                .filter(n -> n.notice().equals("Reconsideration granted") || n.notice().equals("Reconsideration rejected"))
                .filter(n -> n.recipient().equals("complainant") && !n.sentOn().isBefore(dismissed))
                .max(java.util.Comparator.comparing(CaseFile.ServedNotice::sentOn));
        if (decision.isEmpty() || requestedOn.isBefore(decision.get().sentOn())) {
            return true;
        }
        // (d)(1): fifteen days after the complainant's receipt of the notice: recorded, else estimated (review F16)
        return !requestedOn.isAfter(calendar.dueDate(Receipts.receivedOrEstimated(decision.get().receivedOn(),
                decision.get().sentOn()), Reconsideration.RELEASE_REQUEST_WINDOW));
    }

    /**
     * 46a-54-66a(a), (e), 67a(e): the executive director's decision on a release. A release the rule
     * requires may be declined or deferred only as 46a-101(c) allows, with the reason stated; a
     * release the rule does not allow cannot be granted.
     */
    public void decideRelease(String docket, String rule, String decision, String reasons, LocalDate requestedOn,
                              LocalDate issuedOn, String method) {
        List<String> problems = new ArrayList<>();
        if (!Set.of("GRANT", "DECLINE", "DEFER").contains(String.valueOf(decision))) {
            problems.add("releaseDecision: grant, decline or defer (46a-54-66a)");
        } else if ("GRANT".equals(decision) && "NOT_ELIGIBLE".equals(rule)) {
            problems.add("releaseDecision: this request does not qualify for a release: a complainant alone may ask "
                    + "only after 210 days from filing, and only a timely filed complaint can be released (46a-54-66a(a), (b))");
        } else if (!"GRANT".equals(decision) && String.valueOf(rule).startsWith("MANDATORY")
                && (reasons == null || reasons.isBlank())) {
            problems.add("releaseReasons: a release the regulation requires may be declined or deferred only on the "
                    + "grounds of 46a-101(c), stated here (46a-54-66a(e))");
        }
        if ("GRANT".equals(decision)) {
            // the time to sue runs from the release (General Statutes 46a-101): its day and way are recorded as staff
            // sent it, never the click (review F23)
            problems.addAll(paperProblems(issuedOn, method, "releaseIssuedOn", "Release issued on", "releaseMethod",
                    "How the release was sent", "46a-54-66a, 18a"));
            if (issuedOn != null && requestedOn != null && issuedOn.isBefore(requestedOn)) {
                problems.add("releaseIssuedOn: 'Release issued on' cannot come before the request was received ("
                        + requestedOn + ") (46a-54-66a)");
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidFilingException(problems);
        }
        if ("GRANT".equals(decision)) {
            notices.serveOnParties(docket, RELEASE, method, issuedOn, "46a-54-66a");
            records.setDisposition(docket, Disposition.RELEASE_OF_JURISDICTION, issuedOn);
        }
    }

    /** 46a-54-66a: the paper that releases the complaint from the commission's jurisdiction. */
    static final String RELEASE = "Release of jurisdiction";

    /**
     * A paper the commission served (46a-54-18a): the day it went out, not in the future, and one of the ways of 18a.
     * Each problem names the field by its label and the section.
     */
    List<String> paperProblems(LocalDate sentOn, String method, String dateField, String dateLabel, String methodField,
                               String methodLabel, String section) {
        List<String> problems = new ArrayList<>();
        if (sentOn == null || sentOn.isAfter(clock.today())) {
            problems.add(dateField + ": '" + dateLabel + "' is required and cannot be in the future (" + section + ")");
        }
        if (method == null || !ComplaintIntake.SERVICE_METHODS.contains(method)) {
            problems.add(methodField + ": '" + methodLabel + "' is required: in person, by mail, or a copy left at the "
                    + "place of business or abode (" + section + ")");
        }
        return problems;
    }

    /**
     * 46a-54-64a(a), (e): the executive director may suspend processing while the same issues are
     * pursued in another forum, and shall for a court action under the ADEA.
     */
    public void decideSuspension(String docket, String forum, boolean suspend, LocalDate noticeSentOn,
                                 String noticeMethod) {
        if (forum == null || !FORUMS.contains(forum)) {
            throw new InvalidFilingException(List.of("forum: the other forum is required (46a-54-64a(a))"));
        }
        if (suspend && !"ADEA_COURT_ACTION".equals(forum) && records.commissionIssued(docket)) {
            throw new InvalidFilingException(List.of("suspend: only a complaint the complainant filed under General "
                    + "Statutes 46a-82(a) may be suspended for another forum; the commission issued this one (46a-54-64a(a), 39a)"));
        }
        if (!suspend && "ADEA_COURT_ACTION".equals(forum)) {
            throw new InvalidFilingException(List.of("suspend: processing shall be suspended while the issues are "
                    + "pursued in a court action under the Age Discrimination in Employment Act (46a-54-64a(e))"));
        }
        if (suspend) {
            List<String> problems = paperProblems(noticeSentOn, noticeMethod, "suspensionNoticeSentOn",
                    "Notice of the suspension sent on", "suspensionNoticeMethod", "How the notice was sent",
                    "46a-54-64a, 18a");
            if (!problems.isEmpty()) {
                throw new InvalidFilingException(problems);
            }
            notices.serveOnParties(docket, "Processing suspended", noticeMethod, noticeSentOn, "46a-54-64a");
        }
    }

    public void markSuspended(String docket, boolean suspended, String stageToResume) {
        records.setStage(docket, suspended ? Stage.SUSPENDED : Stage.valueOf(stageToResume));
    }

    public String currentStage(String docket) {
        return records.get(docket).stage();
    }

    /** 46a-54-63a: the respondent may offer no-fault relief within 30 days after receiving the complaint. */
    public static final LegalPeriod NO_FAULT_OFFER_PERIOD = LegalPeriod.days(30);

    /**
     * 46a-54-63a: an offer of immediate relief made not later than 30 days after the respondent
     * received the complaint.
     */
    public boolean isNoFaultOfferTimely(String docket, int respondentNo, LocalDate offeredOn) {
        ComplaintRecords.RespondentRecord respondent = records.respondent(docket, respondentNo);
        clock.requireHappened(offeredOn, "noFaultOfferReceivedOn: the day the offer was received is required "
                    + "and cannot be in the future (46a-54-63a)");
        if (respondent.receivedOn() != null) {
            return !offeredOn.isAfter(calendar.dueDate(respondent.receivedOn(), NO_FAULT_OFFER_PERIOD));
        }
        // receipt not yet recorded: the respondent received the complaint no earlier than it was sent, so an
        // offer within 30 days of the sending is timely whatever the receipt (review F13(a))
        java.util.Optional<LocalDate> sent = caseFile.notices(docket).stream()
                .filter(n -> n.recipient().equals(respondent.name()) && n.section().startsWith("46a-54-42a(b)"))
                .map(CaseFile.ServedNotice::sentOn).filter(java.util.Objects::nonNull).min(java.util.Comparator.naturalOrder());
        if (sent.isPresent() && !offeredOn.isAfter(calendar.dueDate(sent.get(), NO_FAULT_OFFER_PERIOD))) {
            return true;
        }
        throw new InvalidFilingException(List.of("noFaultOfferReceivedOn: record first when the respondent received the "
                + "complaint: the 30 days for a no-fault offer run from that receipt (46a-54-63a, 43a(d))"));
    }

    /** What a no-fault agreement disposed of (46a-54-63a, 67a(a)(1)). */
    public enum NoFaultResult {
        /** No agreement: processing goes on. */
        NONE,
        /** The complaint as to the respondent that signed it; the case goes on against the others (review F13(b)). */
        RESPONDENT,
        /** The complaint: the respondent was the only one, or the last one, still in the case. */
        CASE
    }

    /**
     * 46a-54-63a, 67a(a)(1): accepted by the complainant, acceptable to the commission as a just
     * resolution, and executed by the complainant, the respondent and the commission before the
     * answer is due: the complaint is disposed of without a finding of liability, as to the respondent that
     * signed it. 63a is written for "the respondent" that offers relief: the claims against the other respondents
     * go on and need their own disposition under 67a (review F13(b)); with no other respondent left in the case the
     * complaint itself is disposed of.
     */
    public NoFaultResult recordNoFaultAgreement(String docket, int respondentNo, boolean accepted, boolean acceptable,
                                                LocalDate executedOn) {
        if (!accepted || !acceptable) {
            return NoFaultResult.NONE;
        }
        ComplaintRecords.RespondentRecord respondent = records.respondent(docket, respondentNo);
        clock.requireHappened(executedOn, "agreementExecutedOn: the day all three signed is required and "
                    + "cannot be in the future (46a-54-63a)");
        if (respondent.answerDueOn() != null && executedOn.isAfter(respondent.answerDueOn())) {
            throw new InvalidFilingException(List.of("agreementExecutedOn: a no-fault agreement must be executed before "
                    + "the answer is due (" + respondent.answerDueOn() + "); record a later settlement as a "
                    + "predetermination agreement (46a-54-63a)"));
        }
        boolean othersInCase = records.respondentsInCase(docket).stream().anyMatch(r -> r.respondentNo() != respondentNo);
        if (othersInCase) {
            caseFile.served(docket, NO_FAULT_AGREEMENT, "complainant", "EXECUTED", executedOn, executedOn, "46a-54-63a");
            caseFile.served(docket, NO_FAULT_AGREEMENT, respondent.name(), "EXECUTED", executedOn, executedOn, "46a-54-63a");
            records.setRespondentDisposition(docket, respondentNo, Disposition.CONCILIATION_AGREEMENT, executedOn);
            // that respondent's clocks end with its part of the complaint
            caseFile.deadlines(docket).stream()
                    .filter(d -> d.party().equals(respondent.name()) && d.status() == CaseFile.DeadlineStatus.OPEN)
                    .forEach(d -> caseFile.close(docket, d.deadline(), d.party(), CaseFile.DeadlineStatus.CANCELLED, executedOn));
            return NoFaultResult.RESPONDENT;
        }
        notices.serveOnParties(docket, NO_FAULT_AGREEMENT, "EXECUTED", executedOn, "46a-54-63a");
        records.setDisposition(docket, Disposition.CONCILIATION_AGREEMENT, executedOn);
        return NoFaultResult.CASE;
    }

    /** 46a-54-63a: the agreement the complainant, the respondent and the commission executed. */
    static final String NO_FAULT_AGREEMENT = "No-fault conciliation agreement";

    /** 46a-54-37a(c): the respondent's notice is due ten days after the complaint was served on it. */
    public static final LegalPeriod IDENTITY_NOTICE_PERIOD = LegalPeriod.days(10);

    /**
     * 46a-54-37a(c): a respondent served with a pseudonym complaint that cannot identify the
     * complainant says so in writing within ten days of service, naming a person to receive the
     * named complaint. Without a timely notice the pseudonym complaint is presumed sufficient.
     */
    public boolean isIdentityNoticeTimely(String docket, String respondentName, LocalDate receivedOn) {
        if (!records.get(docket).confidential()) {
            throw new InvalidFilingException(List.of("docketNumber: complaint " + docket + " was not served under a "
                    + "pseudonym (46a-54-37a)"));
        }
        clock.requireHappened(receivedOn, "identityNoticeReceivedOn: the day the notice was received is "
                    + "required and cannot be in the future (46a-54-37a(c))");
        boolean servedNamed = caseFile.notices(docket).stream().anyMatch(n -> n.recipient().equals(respondentName)
                && n.notice().equals(ComplaintIntake.DISCLOSURE_RELEASE));
        if (servedNamed) {
            throw new InvalidFilingException(List.of("requestType: " + respondentName + " was served with the complaint "
                    + "naming the complainant, the release having been signed before service; no pseudonym complaint "
                    + "and no notice under 46a-54-37a(c) went to it (review F30)"));
        }
        LocalDate served = caseFileServedOn(docket, respondentName);
        return served != null && !receivedOn.isAfter(calendar.dueDate(served, IDENTITY_NOTICE_PERIOD));
    }

    /**
     * 46a-54-37a(c): the named complaint still awaits the complainant's release for this respondent: its answer stage
     * waits at "Obtain the release and serve the named complaint" (review F30).
     */
    public void checkNamedComplaintAwaitsRelease(org.camunda.bpm.engine.ProcessEngineServices engine, String docket,
                                                 int respondentNo) {
        boolean awaits = engine.getTaskService().createTaskQuery().processDefinitionKey("complaint-answer")
                .processInstanceBusinessKey(docket).taskDefinitionKey("Task_ServeNamedComplaint")
                .processVariableValueEquals("respondentNo", respondentNo).count() > 0;
        boolean answerStage = engine.getRuntimeService().createExecutionQuery().processDefinitionKey("complaint-processing")
                .processInstanceBusinessKey(docket).activityId("CallActivity_Answer").count() > 0;
        if (!awaits || !answerStage) {
            throw new InvalidFilingException(List.of("respondentNo: no complaint naming the complainant awaits a release for "
                    + "respondent " + respondentNo + " while the answers are awaited on complaint " + docket
                    + " (46a-54-37a(c))"));
        }
    }

    /** 46a-54-67a(f)(1)(B): a dismissal for failure to cooperate comes only "after actual notice" (review F30). */
    public void requireActualNotice(LocalDate actualNoticeOn) {
        clock.requireHappened(actualNoticeOn, "actualNoticeOn: 'Complainant told the release is needed on' is required "
                + "and cannot be in the future: a complainant is dismissed for failure to cooperate only after actual notice "
                + "(46a-54-67a(f)(1)(B))");
    }

    /** 46a-54-19a(c), (d): a party tells the commission of a change "not later than fifteen (15) days after" it. */
    public static final LegalPeriod ADDRESS_CHANGE_PERIOD = LegalPeriod.days(15);
    static final Set<String> ADDRESS_CHANGES = Set.of("ADDRESS", "REPRESENTATIVE");

    /**
     * 46a-54-19a(c), (d): the complainant's or a respondent's change of address, or of the identity and address of its
     * representative, kept in the case record with the day it took effect and the day the commission was told; the
     * new address is the one papers go to from then on (44a(b)). A notice later than fifteen days is recorded as late,
     * not refused (review F26). Returns whether it came within the fifteen days (the last day rolled, 20a).
     */
    public boolean recordAddressChange(String docket, String party, Integer respondentNo, String whatChanged,
                                       String newAddress, String representative, LocalDate changedOn,
                                       LocalDate notifiedOn) {
        List<String> problems = new ArrayList<>();
        boolean respondent = "RESPONDENT".equals(party);
        if (!respondent && !"COMPLAINANT".equals(party)) {
            problems.add("addressParty: 'Whose address changed' is required: the complainant or a respondent (46a-54-19a(c), (d))");
        }
        if (whatChanged == null || !ADDRESS_CHANGES.contains(whatChanged)) {
            problems.add("addressWhat: 'What changed' is required: the address, or the representative (46a-54-19a(c), (d))");
        } else if ("ADDRESS".equals(whatChanged) && (newAddress == null || newAddress.isBlank() || newAddress.length() > 500)) {
            problems.add("newAddress: 'New address' is required, in at most 500 characters (46a-54-19a(c), (d))");
        } else if ("REPRESENTATIVE".equals(whatChanged)
                && (representative == null || representative.isBlank() || representative.length() > 500)) {
            problems.add("newRepresentative: 'New representative, name and address' is required, in at most 500 characters "
                    + "(46a-54-19a(c), (d))");
        }
        if (changedOn == null || changedOn.isAfter(clock.today())) {
            problems.add("addressChangedOn: 'Changed on' is required and cannot be in the future (46a-54-19a(c), (d))");
        } else if (notifiedOn != null && notifiedOn.isBefore(changedOn)) {
            problems.add("receivedOn: the commission cannot be told of the change before it happened (" + changedOn + ")");
        }
        if (!problems.isEmpty()) {
            throw new InvalidFilingException(problems);
        }
        clock.requireHappened(notifiedOn, "receivedOn: the day the commission was told is required and cannot be in the "
                + "future (46a-54-19a(c), (d))");
        String name = respondent ? records.respondent(docket, respondentNo).name() : "complainant";
        boolean within = !notifiedOn.isAfter(calendar.dueDate(changedOn, ADDRESS_CHANGE_PERIOD));
        records.recordAddressChange(docket, name, respondent ? respondentNo : null, whatChanged,
                "ADDRESS".equals(whatChanged) ? newAddress.trim() : null,
                "REPRESENTATIVE".equals(whatChanged) ? representative.trim() : null, changedOn, notifiedOn, within);
        return within;
    }

    /** 46a-54-37a(c): on the complainant's release, the named complaint goes to the designated person. */
    public void serveNamedComplaint(String docket, String designatedPerson, LocalDate releaseSignedOn, LocalDate servedOn) {
        List<String> problems = new ArrayList<>();
        if (releaseSignedOn == null || releaseSignedOn.isAfter(clock.today())) {
            problems.add("releaseSignedOn: the named complaint goes out only after the complainant signs a release "
                    + "(46a-54-37a(c))");
        }
        if (servedOn == null || servedOn.isAfter(clock.today()) || (releaseSignedOn != null && servedOn.isBefore(releaseSignedOn))) {
            problems.add("namedComplaintServedOn: served after the release, and not in the future (46a-54-37a(c))");
        }
        if (designatedPerson == null || designatedPerson.isBlank()) {
            problems.add("designatedPerson: the person the respondent designated is required (46a-54-37a(c))");
        }
        if (!problems.isEmpty()) {
            throw new InvalidFilingException(problems);
        }
        caseFile.served(docket, "Complaint naming the complainant (confidential)", designatedPerson,
                "IN_HAND", servedOn, null, "46a-54-37a(c)");
    }

    private LocalDate caseFileServedOn(String docket, String respondentName) {
        return caseFile.notices(docket).stream()
                .filter(n -> n.recipient().equals(respondentName) && "46a-54-42a(b)".equals(n.section()))
                .map(CaseFile.ServedNotice::sentOn).findFirst().orElse(null);
    }

    /** 46a-54-40a(a): why the commission substitutes or adds itself as a complaining party. */
    public static final Set<String> JOIN_REASONS = Set.of("COMPLAINANT_WITHDRAWS", "OTHERS_AFFECTED", "COMPLAINANT_DIED");

    /**
     * 46a-54-40a, 41a: by majority vote at a meeting, before a presiding officer is appointed, the
     * commission substitutes or adds itself; the persons whose rights it believes are affected are
     * notified by mail that confirms receipt and asked whether they wish it to seek relief.
     */
    public void recordCommissionJoins(String docket, String reason, LocalDate voteOn, String affectedPersons,
                                      LocalDate noticesSentOn, String noticeMethod) {
        recordCommissionAmendment(docket, reason, voteOn, affectedPersons, noticesSentOn, noticeMethod,
                "Complaint amended: the commission joins as complaining party", "join");
    }

    /** 46a-54-41a(a): "by certified mail or other mail service that confirms receipt". */
    static final Set<String> CONFIRMS_RECEIPT = Set.of("CERTIFIED_MAIL", "REGISTERED_MAIL", "CONFIRMED_DELIVERY_SERVICE");
    static final String AFFECTED_PERSON_NOTICE = "Notice to a person affected: does the person want relief sought?";

    /**
     * 46a-54-40a, 41a: the commission's amendment substituting or adding itself (40a(a) ground, majority vote at a
     * meeting before a presiding officer is appointed, 40a(b)), served on the parties (38a(c), 18a) and noticed to each
     * person affected by mail that confirms receipt (41a(a)), each on the day and in the way staff recorded
     * (review F18, F23). Each person's row then awaits the written response of 41a(b).
     */
    private void recordCommissionAmendment(String docket, String reason, LocalDate voteOn, String affectedPersons,
                                           LocalDate noticesSentOn, String noticeMethod, String notice, String prefix) {
        List<String> problems = new ArrayList<>();
        if (reason == null || !JOIN_REASONS.contains(reason)) {
            problems.add("joinReason: one of the grounds of 46a-54-40a(a)");
        }
        if (voteOn == null || voteOn.isAfter(clock.today())) {
            problems.add(prefix + "VoteOn: 'Date of the majority vote' at a commission meeting is required and cannot be in "
                    + "the future (46a-54-40a(b))");
        }
        if (Stage.PUBLIC_HEARING.name().equals(records.get(docket).stage())) {
            problems.add("docketNumber: a presiding officer may already be appointed; the commission can no longer join "
                    + "under 46a-54-40a(b)");
        }
        List<String> persons = affectedPersons == null ? List.of()
                : affectedPersons.lines().map(String::trim).filter(line -> !line.isEmpty()).toList();
        if (persons.stream().anyMatch(line -> line.length() > 200)) {
            problems.add(prefix + "AffectedPersons: one person a line, each name at most 200 characters (46a-54-41a)");
        }
        problems.addAll(paperProblems(noticesSentOn, noticeMethod, prefix + "NoticesSentOn", "Notices sent on",
                prefix + "NoticeMethod", "How the notices were sent", "46a-54-41a(a), 18a"));
        if (noticesSentOn != null && voteOn != null && noticesSentOn.isBefore(voteOn)) {
            problems.add(prefix + "NoticesSentOn: 'Notices sent on' cannot come before the vote (" + voteOn + ") "
                    + "(46a-54-40a(b), 41a(a))");
        }
        if (!persons.isEmpty() && noticeMethod != null && !CONFIRMS_RECEIPT.contains(noticeMethod)) {
            problems.add(prefix + "NoticeMethod: the persons affected are notified by certified mail or other mail service "
                    + "that confirms receipt (46a-54-41a(a))");
        }
        if (!problems.isEmpty()) {
            throw new InvalidFilingException(problems);
        }
        notices.serveOnParties(docket, notice, noticeMethod, noticesSentOn, "46a-54-40a");
        for (String person : persons) {
            caseFile.served(docket, AFFECTED_PERSON_NOTICE, person, noticeMethod, noticesSentOn, null, "46a-54-41a");
            records.notifyAffectedPerson(docket, person, noticeMethod, noticesSentOn);
        }
    }

    /**
     * 46a-54-41a(b): a person notified of the commission's amended complaint answers in writing whether it wishes the
     * commission to seek relief; without that answer "the commission may not proceed on behalf of such person's claim"
     * (review F18).
     */
    public void recordAffectedPersonResponse(String docket, String person, Boolean wantsRelief, LocalDate receivedOn) {
        List<String> problems = new ArrayList<>();
        clock.requireHappened(receivedOn, "receivedOn: the day the response was received is required and cannot be in "
                + "the future (46a-54-41a(b))");
        java.util.Optional<ComplaintRecords.AffectedPerson> notified = records.affectedPersons(docket).stream()
                .filter(p -> person != null && p.name().equalsIgnoreCase(person.trim())).findFirst();
        if (notified.isEmpty()) {
            problems.add("affectedPersonName: '" + person + "' was not notified of the commission's amended complaint on "
                    + "this case; the persons notified are " + records.affectedPersons(docket).stream()
                    .map(ComplaintRecords.AffectedPerson::name).toList() + " (46a-54-41a(a))");
        } else if (receivedOn.isBefore(notified.get().noticeSentOn())) {
            problems.add("receivedOn: the response cannot come before the notice was sent (" + notified.get().noticeSentOn()
                    + ") (46a-54-41a(b))");
        }
        if (wantsRelief == null) {
            problems.add("wantsRelief: 'Does the person ask the commission to seek relief?' is required (46a-54-41a(b))");
        }
        if (!problems.isEmpty()) {
            throw new InvalidFilingException(problems);
        }
        records.recordAffectedPersonResponse(docket, notified.get().name(), receivedOn, wantsRelief);
    }
}
