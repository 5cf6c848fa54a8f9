package org.civilrights.workflow.complaint;

import org.civilrights.workflow.process.Var;

/**
 * Every variable of the complaint processes, declared once. The process carries references and the
 * flags its gateways read; the case itself is in the case tables ({@link ComplaintRecords}).
 */
public final class ComplaintVariables {

    private ComplaintVariables() {
    }

    // ----- set at filing (start form "complaint-filing") and kept for the life of the case -----
    /** Assigned at registration; also the business key. */
    public static final Var<String> DOCKET_NUMBER = Var.text("docketNumber");
    /** "Pseudonym or complainant v. first respondent": what Tasklist shows; never a true confidential name. */
    public static final Var<String> CASE_TITLE = Var.text("caseTitle");
    /** 46a-54-36a(b): the day an office received the complaint. */
    public static final Var<java.time.LocalDate> FILED_ON = Var.date("filedOn");
    /** 46a-54-43a(a): complaints under 46a-64c or 46a-81e (housing) have 10 days to answer, no merit review. */
    public static final Var<Boolean> HOUSING_CLAIM = Var.flag("housingClaim");
    /** 46a-54-34a(a): a claim under 46a-80(a) must be filed within 30 days. */
    public static final Var<Boolean> CRIMINAL_RECORD_CLAIM = Var.flag("criminalRecordClaim");

    // ----- filing form fields that go into the case tables, not into the process -----
    public static final Var<String> PSEUDONYM = Var.text("pseudonym");
    public static final Var<Boolean> CONFIDENTIAL = Var.flag("confidential");
    public static final Var<String> CONFIDENTIAL_GROUND = Var.text("confidentialGround");
    public static final Var<String> REPRESENTATIVE_ADDRESS = Var.text("representativeAddress");
    public static final Var<String> COMPLAINANT_NAME = Var.text("complainantName");
    public static final Var<String> COMPLAINANT_ADDRESS = Var.text("complainantAddress");
    public static final Var<String> FIRST_RESPONDENT_NAME = Var.text("firstRespondentName");
    public static final Var<String> FIRST_RESPONDENT_ADDRESS = Var.text("firstRespondentAddress");
    /** Further respondents, one per line: "name; address". */
    public static final Var<String> OTHER_RESPONDENTS = Var.text("otherRespondents");
    public static final Var<String> PROTECTED_BASIS = Var.text("protectedBasis");
    public static final Var<String> STATEMENT_OF_FACTS = Var.text("statementOfFacts");
    public static final Var<java.time.LocalDate> SWORN_ON = Var.date("swornOn");
    public static final Var<java.time.LocalDate> ACT_ON = Var.date("actOn");
    public static final Var<java.time.LocalDate> KNEW_ON = Var.date("knewOn");
    /** 46a-54-35a(b): the complaint's own words when it gives the date of the act only approximately (review F29). */
    public static final Var<String> ACT_APPROXIMATELY = Var.text("actApproximately");
    /** 46a-54-34a(b)(3): when the complainant knew or should have known the acts may have been discrimination. */
    public static final Var<java.time.LocalDate> KNEW_DISCRIMINATION_ON = Var.date("knewDiscriminationOn");
    public static final Var<Boolean> CONTINUING_VIOLATION = Var.flag("continuingViolation");

    /** 46a-54-39a: the commission issued the complaint itself. */
    public static final Var<Boolean> COMMISSION_ISSUED = Var.flag("commissionIssued");
    public static final Var<java.time.LocalDate> COMMISSION_VOTE_ON = Var.date("commissionVoteOn");
    public static final Var<String> COMMISSION_GROUND = Var.text("commissionGround");

    // ----- decided by DMN -----
    /** Output of complaint-filing-period.dmn, e.g. P180D. */
    public static final Var<String> FILING_PERIOD = Var.text("filingPeriod");
    public static final Var<java.time.LocalDate> FILING_DEADLINE = Var.date("filingDeadline");
    public static final Var<Boolean> TIMELY_ON_ITS_FACE = Var.flag("timelyOnItsFace");

    // ----- intake and jurisdiction (complaint-intake) -----
    /** 46a-54-42a(b): service is due 20 days after this date (filing, or receipt of an amendment). */
    public static final Var<java.time.LocalDate> SERVICE_CLOCK_FROM = Var.date("serviceClockFrom");
    /** The last day to serve, computed from {@link ComplaintIntake#SERVICE_PERIOD}; the timer reads it. */
    public static final Var<java.time.LocalDate> SERVICE_DUE_ON = Var.date("serviceDueOn");
    public static final Var<Boolean> TIMELY = Var.flag("timely");
    public static final Var<Boolean> ALLEGES_DISCRIMINATORY_PRACTICE = Var.flag("allegesDiscriminatoryPractice");
    public static final Var<Boolean> JURISDICTIONAL = Var.flag("jurisdictional");
    public static final Var<Boolean> DEFECT_CURABLE = Var.flag("defectCurable");
    public static final Var<java.time.LocalDate> AMENDMENT_RECEIVED_ON = Var.date("amendmentReceivedOn");
    /** 46a-54-42a(b)(2), 38a: the day the investigator gives the complainant to amend a curable defect (review F12). */
    public static final Var<java.time.LocalDate> AMENDMENT_DUE_ON = Var.date("amendmentDueOn");
    /** 46a-54-38a(c): an amendment must be sworn. A name of its own, so the filing's oath never stands in for it. */
    public static final Var<java.time.LocalDate> AMENDMENT_SWORN_ON = Var.date("amendmentSwornOn");
    /** Set by a multi-instance body: which respondent (1..n) the task serves or the stage concerns. */
    public static final Var<Integer> RESPONDENT_NO = Var.number("respondentNo");
    public static final Var<String> SERVICE_METHOD = Var.text("serviceMethod");
    public static final Var<java.time.LocalDate> SENT_ON = Var.date("sentOn");
    public static final Var<java.time.LocalDate> RESPONDENT_RECEIVED_ON = Var.date("respondentReceivedOn");
    /** 46a-54-37a(c): the complainant's release authorizing disclosure to this respondent, signed before service (F30). */
    public static final Var<java.time.LocalDate> DISCLOSURE_RELEASE_SIGNED_ON = Var.date("disclosureReleaseSignedOn");

    // ----- answer (complaint-answer, one instance per respondent) -----
    /** Output of complaint-answer-period.dmn: P30D, or P10D for a housing complaint (46a-54-43a(a)). */
    public static final Var<String> ANSWER_PERIOD = Var.text("answerPeriod");
    public static final Var<java.time.LocalDate> ANSWER_DUE_ON = Var.date("answerDueOn");
    /** COMPLAINT (43a) or AMENDED_COMPLAINT (47a): what the stage awaits the answer to ({@link AnswerPeriod.AnswerTo}). */
    public static final Var<String> ANSWER_TO = Var.text("answerTo");
    /** 46a-54-46a(f), 43a: the date the order vacating a default sets for the answer; the stage reopens with it (review F28). */
    public static final Var<java.time.LocalDate> VACATUR_ANSWER_DUE_ON = Var.date("vacaturAnswerDueOn");
    /** Message AnswerFiled or the form: the day the answer reached the commission (46a-54-44a(a)). */
    public static final Var<java.time.LocalDate> ANSWERED_ON = Var.date("answeredOn");
    public static final Var<Boolean> ANSWER_SWORN = Var.flag("answerSworn");
    /** 46a-54-44a(c), 19a(a)(2): the answer's certification of its copy to the complainant (review F26, F16). */
    public static final Var<java.time.LocalDate> ANSWER_COPY_SENT_ON = Var.date("answerCopySentOn");
    public static final Var<String> ANSWER_COPY_METHOD = Var.text("answerCopyMethod");
    /** 46a-54-18a(c), 48a(b): the complainant's receipt of the copy, where the return receipt shows it. */
    public static final Var<java.time.LocalDate> ANSWER_COPY_RECEIVED_ON = Var.date("answerCopyReceivedOn");
    public static final Var<java.time.LocalDate> EXTENSION_REQUEST_RECEIVED_ON = Var.date("extensionRequestReceivedOn");
    public static final Var<Boolean> GRANT_EXTENSION = Var.flag("grantExtension");
    /** 46a-54-45a: when and how the response to the request was sent to the respondent (review F27). */
    public static final Var<java.time.LocalDate> EXTENSION_RESPONSE_SENT_ON = Var.date("extensionResponseSentOn");
    public static final Var<String> EXTENSION_RESPONSE_METHOD = Var.text("extensionResponseMethod");
    /** 46a-54-45a allows one extension. */
    public static final Var<Boolean> EXTENDED = Var.flag("extended");
    public static final Var<Boolean> REQUEST_DEFAULT = Var.flag("requestDefault");
    public static final Var<java.time.LocalDate> DEFAULT_REQUEST_MAILED_ON = Var.date("defaultRequestMailedOn");
    public static final Var<String> DEFAULT_REQUESTED_BY = Var.text("defaultRequestedBy");
    /** 46a-54-46a(c), (d): 15 days from the mailing of the request; the timer reads it. */
    public static final Var<java.time.LocalDate> DEFAULT_WAIT_ENDS_ON = Var.date("defaultWaitEndsOn");
    public static final Var<java.time.LocalDate> OBJECTION_RECEIVED_ON = Var.date("objectionReceivedOn");
    public static final Var<Boolean> OBJECTION_FILED = Var.flag("objectionFiled");
    public static final Var<Boolean> ORDER_DEFAULT = Var.flag("orderDefault");
    public static final Var<Boolean> ANSWERED = Var.flag("answered");

    // ----- merit assessment review (complaint-merit-assessment) -----
    public static final Var<java.time.LocalDate> REVIEW_DUE_ON = Var.date("reviewDueOn");
    public static final Var<java.time.LocalDate> REPLY_DUE_ON = Var.date("replyDueOn");
    public static final Var<java.time.LocalDate> REPLY_RECEIVED_ON = Var.date("replyReceivedOn");
    /** RETAIN or DISMISS (46a-54-49a(b), (e)). */
    public static final Var<String> REVIEW_DECISION = Var.text("reviewDecision");
    public static final Var<String> DISMISSAL_GROUND = Var.text("dismissalGround");

    /** 46a-54-65a(b): the day the review retained the complaint; the 190 days run from it. */
    public static final Var<java.time.LocalDate> REVIEW_DECIDED_ON = Var.date("reviewDecidedOn");

    // ----- mandatory mediation (complaint-mediation) -----
    public static final Var<java.time.LocalDate> MEDIATION_ON = Var.date("mediationOn");
    public static final Var<String> MEDIATION_PLACE = Var.text("mediationPlace");
    /** SETTLED, NOT_SETTLED, RESCHEDULE, COMPLAINANT_ABSENT or RESPONDENT_ABSENT (46a-54-56a). */
    public static final Var<String> MEDIATION_RESULT = Var.text("mediationResult");
    /** 46a-54-56a(g): the respondents absent from the session, as numbers "1, 3" (review F31). */
    public static final Var<String> ABSENT_RESPONDENTS = Var.text("absentRespondents");
    /** 46a-54-57a(a): the absent respondents against whom a default is requested, "1, 3"; empty: every absent one. */
    public static final Var<String> DEFAULT_RESPONDENTS = Var.text("defaultRespondents");
    /** 46a-54-56a(c), 18a: the day and the way the notice of the session was sent (review F23). */
    public static final Var<java.time.LocalDate> MEDIATION_NOTICE_MAILED_ON = Var.date("mediationNoticeMailedOn");
    public static final Var<String> MEDIATION_NOTICE_METHOD = Var.text("mediationNoticeMethod");

    // ----- investigation and determination (complaint-investigation) -----
    public static final Var<java.time.LocalDate> INVESTIGATION_DUE_ON = Var.date("investigationDueOn");
    public static final Var<Integer> INVESTIGATION_EXTENSIONS = Var.number("investigationExtensions");
    /** 46a-54-62a(g), 42a(b)(1): a reversed dismissal for lack of jurisdiction goes back to be served (review F05). */
    public static final Var<Boolean> RETURN_TO_INTAKE = Var.flag("returnToIntake");
    /** 46a-54-65a(b), (c): how many extensions of three months the investigation may have (complaint-investigation-period.dmn). */
    public static final Var<Integer> INVESTIGATION_EXTENSIONS_ALLOWED = Var.number("investigationExtensionsAllowed");
    public static final Var<Boolean> EXTEND_INVESTIGATION = Var.flag("extendInvestigation");
    /** 46a-54-65a(b): the day the executive director is asked whether to extend, before the period ends (review F25). */
    public static final Var<java.time.LocalDate> EXTENSION_OFFERED_ON = Var.date("extensionOfferedOn");
    /** FINDINGS_READY, PREDETERMINATION_AGREEMENT or ADMINISTRATIVE_DISMISSAL. */
    public static final Var<String> INVESTIGATION_RESULT = Var.text("investigationResult");
    public static final Var<String> ADMINISTRATIVE_GROUND = Var.text("administrativeGround");
    public static final Var<java.time.LocalDate> COMMENTS_MAILED_ON = Var.date("commentsMailedOn");
    public static final Var<java.time.LocalDate> COMMENTS_DUE_ON = Var.date("commentsDueOn");
    /** REASONABLE_CAUSE or NO_REASONABLE_CAUSE (46a-54-60a, 61a). */
    public static final Var<String> DETERMINATION = Var.text("determination");
    public static final Var<Boolean> CONCILIATED = Var.flag("conciliated");

    // ----- reconsideration (complaint-reconsideration) -----
    public static final Var<java.time.LocalDate> DISMISSAL_MAILED_ON = Var.date("dismissalMailedOn");
    /** 46a-54-66a(c): the dismissal became final and the executive director shall grant a release (review F23). */
    public static final Var<Boolean> MANDATORY_RELEASE_DUE = Var.flag("mandatoryReleaseDue");
    public static final Var<java.time.LocalDate> RECONSIDERATION_DUE_ON = Var.date("reconsiderationDueOn");
    /** The last day staff may still record a request received in time, before the dismissal is final. */
    public static final Var<java.time.LocalDate> RECONSIDERATION_CLOSES_ON = Var.date("reconsiderationClosesOn");
    public static final Var<java.time.LocalDate> RECONSIDERATION_RECEIVED_ON = Var.date("reconsiderationReceivedOn");
    public static final Var<Boolean> RECONSIDERATION_TIMELY = Var.flag("reconsiderationTimely");
    public static final Var<Boolean> RECONSIDER = Var.flag("reconsider");
    /** 46a-54-62a(g): where a reconsidered case goes: INVESTIGATION, SERVICE, MERIT_REVIEW or MEDIATION (review F32). */
    public static final Var<String> RECONSIDERED_TO = Var.text("reconsideredTo");
    /** 46a-54-62a(b): the complainant certifies that a copy of the request was mailed to the respondent (review F24). */
    public static final Var<Boolean> COPY_MAILED_TO_RESPONDENT = Var.flag("copyMailedToRespondent");
    /** 46a-54-62a(d), (g): the day the executive director decided; a reconsidered case's new periods run from it (F25). */
    public static final Var<java.time.LocalDate> RECONSIDERATION_DECIDED_ON = Var.date("reconsiderationDecidedOn");

    // ----- outcome of a stage, read by the main diagram's gateways -----
    /** Set by each stage's end events; the main diagram's gateways read it. */
    public static final Var<String> OUTCOME = Var.text("outcome");
}
