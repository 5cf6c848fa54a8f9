package org.civilrights.workflow.contractor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.civilrights.workflow.calendar.LegalCalendar;
import org.civilrights.workflow.process.ProcessTest;
import org.civilrights.workflow.process.ServedNotices;
import org.civilrights.workflow.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/** contractor-noncompliance and contractor-publication: every path of the notice, and the Law Journal list (46a-68j-41, 42). */
class ContractorNoncomplianceProcessTest extends ProcessTest {

    private static final LocalDate ISSUED = LocalDate.of(2026, 3, 2);

    @Autowired ContractorNotices notices;
    @Autowired ServedNotices served;
    @Autowired LegalCalendar calendar;
    @Autowired JdbcClient jdbc;
    @Autowired TestRestTemplate http;

    private String contractor;

    @Test
    void aTimelyStatementAndTheNoticeRescindedWithinFortyFiveDays_46a_68j_41_42_b() {
        ProcessInstance notice = issue("Acme Paving LLC", ISSUED);
        // 15 days after Monday 2 March: Tuesday 17 March; 45 days: Thursday 16 April
        assertThat(notices.get(noticeId()).statementDueOn()).isEqualTo("2026-03-17");
        assertThat(notices.get(noticeId()).reviewDueOn()).isEqualTo("2026-04-16");
        assertThat(notices.underNotice(contractor)).as("effective on issue (41(b))").isPresent();
        Map<String, Object> withAdverseFinding = copies("2026-03-02");
        withAdverseFinding.putAll(Map.of("adverseFindingRecipients", "Department of Administrative Services\n",
                "contractVoid", true, "civilActionRecommendation", "BRING", "speedyActionRequested", true));
        complete(task(notice), withAdverseFinding);

        assertThat(task(notice)).hasDefinitionKey("Task_RecordStatement").hasCandidateGroup(Role.PLAN_REVIEWER.groupId());
        assertThat(task(notice).getDueDate()).isEqualTo(endOf(LocalDate.of(2026, 3, 17)));
        today(LocalDate.of(2026, 3, 10));
        assertThatThrownBy(() -> complete(task(notice), Map.of("statementReceivedOn", "2026-03-10", "underOath", false)))
                .hasMessageContaining("'The statement is written and under oath' must be confirmed");
        complete(task(notice), statement("2026-03-10"));

        assertThat(task(notice)).hasDefinitionKey("Task_RecommendDetermination");
        assertThat(task(notice).getDueDate()).as("45 days from issue").isEqualTo(endOf(LocalDate.of(2026, 4, 16)));
        today(LocalDate.of(2026, 3, 20));
        decide(notice, Map.of("contractorDetermination", "RESCIND", "determinedOn", "2026-03-20"));
        assertThat(task(notice)).hasDefinitionKey("Task_SendLetterCopies");
        sendCopies(notice, "2026-03-20");

        assertThat(notice).isWaitingAt("Task_MonitorCompliance");
        concludeMonitoring(notice, "2026-03-20");
        assertThat(notice).isEnded().hasPassed("End_MonitoringConcluded");
        assertThat(notices.underNotice(contractor)).isEmpty();
        assertThat(notices.underNotice()).extracting(ContractorNotices.Notice::contractor).doesNotContain(contractor);
        assertThat(served.of(noticeId())).extracting(ServedNotices.Notice::notice, ServedNotices.Notice::recipient)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("notice of noncompliance", "Department of Transportation"),
                        org.assertj.core.groups.Tuple.tuple("notice of noncompliance", "Attorney General"),
                        org.assertj.core.groups.Tuple.tuple("notice of adverse finding: contract void (4a-60, 46a-71(d)); "
                                + "recommends a civil action (4a-65); action requested with all necessary speed (46a-77)",
                                "Department of Administrative Services"),
                        org.assertj.core.groups.Tuple.tuple("letter rescinding the notice of noncompliance", "Department of Transportation"),
                        org.assertj.core.groups.Tuple.tuple("letter rescinding the notice of noncompliance", "Attorney General"));
    }

    @Test // review M-26
    void aNoticeOfTheAdverseFindingRecommendsOnACivilActionAndRequestsActionWithAllNecessarySpeed_46a_68j_43() {
        ProcessInstance notice = issue("Kilo Concrete Corp.", ISSUED);
        Map<String, Object> silent = copies("2026-03-02");
        silent.put("adverseFindingRecipients", "Department of Administrative Services\nCity of Hartford, Purchasing\n");
        silent.put("statesNoncompliance", true);
        assertThatThrownBy(() -> complete(task(notice), silent)).as("no recommendation on a civil action, no request")
                .hasMessageContaining("civilActionRecommendation").hasMessageContaining("4a-65")
                .hasMessageContaining("46a-68j-43(b)")
                .hasMessageContaining("speedyActionRequested").hasMessageContaining("46a-68j-43(c)");
        Map<String, Object> saysNothing = copies("2026-03-02");
        saysNothing.put("adverseFindingRecipients", "Department of Administrative Services");
        saysNothing.put("civilActionRecommendation", "BRING");
        saysNothing.put("speedyActionRequested", true);
        assertThatThrownBy(() -> complete(task(notice), saysNothing)).as("what the notice tells (43(a)(1)-(3))")
                .hasMessageContaining("statesNoncompliance").hasMessageContaining("46a-68j-43(a)");
        assertThat(served.of(noticeId())).as("nothing of a refused submission is kept").isEmpty();

        Map<String, Object> full = new HashMap<>(silent);
        full.put("contractVoid", true);
        full.put("enforcedRecommendation", "Cancel purchase order 26-118 (recommendation of 20 February 2026)");
        full.put("civilActionRecommendation", "NOT_BRING");
        full.put("speedyActionRequested", true);
        complete(task(notice), full);

        assertThat(task(notice)).hasDefinitionKey("Task_RecordStatement");
        Map<String, Object> record = jdbc.sql("""
                SELECT recipients, sent_on, method, not_complying, contract_void, enforced_recommendation,
                       civil_action_recommended, speedy_action_requested FROM contractor_adverse_finding WHERE notice_id = :id
                """).param("id", noticeId()).query().singleRow();
        assertThat(record).containsEntry("RECIPIENTS", "Department of Administrative Services\nCity of Hartford, Purchasing")
                .containsEntry("SENT_ON", java.sql.Date.valueOf("2026-03-02")).containsEntry("METHOD", "CERTIFIED_MAIL")
                .containsEntry("NOT_COMPLYING", true).containsEntry("CONTRACT_VOID", true)
                .containsEntry("ENFORCED_RECOMMENDATION", "Cancel purchase order 26-118 (recommendation of 20 February 2026)")
                .containsEntry("CIVIL_ACTION_RECOMMENDED", false).containsEntry("SPEEDY_ACTION_REQUESTED", true);
        String what = "notice of adverse finding: contractor not complying; contract void (4a-60, 46a-71(d)); action to "
                + "enforce the 46a-56(c) recommendation; recommends no civil action (4a-65); action requested with all "
                + "necessary speed (46a-77)";
        assertThat(served.of(noticeId())).filteredOn(n -> n.notice().startsWith("notice of adverse finding"))
                .extracting(ServedNotices.Notice::notice, ServedNotices.Notice::recipient, ServedNotices.Notice::section)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(what, "Department of Administrative Services", "46a-68j-43"),
                        org.assertj.core.groups.Tuple.tuple(what, "City of Hartford, Purchasing", "46a-68j-43"));
    }

    @Test
    void refusedTheNoticeStaysInEffectUntilALaterStatementWithItsLetter_46a_68j_42_c_e() {
        ProcessInstance notice = withTimelyStatement("Bolt Electric Inc.");
        today(LocalDate.of(2026, 4, 1));
        decide(notice, Map.of("contractorDetermination", "REFUSE", "determinedOn", "2026-04-01",
                "offerSupplemental", "false"));
        sendCopies(notice, "2026-04-01");

        assertThat(notice).isWaitingAt("Task_RecordLateStatement").hasPassed("Gateway_Supplemental");
        assertThat(notices.underNotice(contractor)).as("42(c): remains in effect").isPresent();
        assertThat(served.of(noticeId())).extracting(ServedNotices.Notice::notice)
                .contains("letter refusing to rescind the notice of noncompliance (2026-04-01)");

        today(LocalDate.of(2026, 6, 1));
        Map<String, Object> withoutLetter = statement("2026-06-01");
        withoutLetter.put("laterStatement", "NEW_REQUEST");
        assertThatThrownBy(() -> complete(task(notice), withoutLetter)).as("46a-68j-42(e)")
                .hasMessageContaining("letterOfExplanation").hasMessageContaining("letter explaining the reasons for the delay");
        Map<String, Object> request = lateStatement("2026-06-01", "New management adopted the policies in May.");
        request.put("laterStatement", "NEW_REQUEST");
        complete(task(notice), request);

        assertThat(notices.get(noticeId()).statementKind()).isEqualTo("LATE");
        assertThat(notices.get(noticeId()).reviewDueOn()).as("45 days from receipt: 16 July").isEqualTo("2026-07-16");
        assertThat(task(notice).getDueDate()).isEqualTo(endOf(LocalDate.of(2026, 7, 16)));
    }

    @Test // review D-27
    void afterARefusalWithoutLeaveASupplementalStatementIsDeclinedAndANewRequestIsDecidedWithin45DaysOfReceipt_46a_68j_42_d_e() {
        ProcessInstance notice = withTimelyStatement("Mike Mechanical LLC");
        today(LocalDate.of(2026, 4, 1));
        decide(notice, Map.of("contractorDetermination", "REFUSE", "determinedOn", "2026-04-01",
                "offerSupplemental", "false"));
        sendCopies(notice, "2026-04-01");
        assertThat(task(notice)).hasDefinitionKey("Task_RecordLateStatement");

        today(LocalDate.of(2026, 4, 2));
        Map<String, Object> unsaid = lateStatement("2026-04-02", "We trained our supervisors in March.");
        assertThatThrownBy(() -> complete(task(notice), unsaid)).as("staff say what it is")
                .hasMessageContaining("laterStatement").hasMessageContaining("46a-68j-42(d), (e)");
        Map<String, Object> supplemental = lateStatement("2026-04-02", "We trained our supervisors in March.");
        supplemental.put("laterStatement", "SUPPLEMENTAL");
        assertThatThrownBy(() -> complete(task(notice), supplemental)).as("42(d): absent the conditions, declined")
                .hasMessageContaining("laterStatement").hasMessageContaining("declines to accept")
                .hasMessageContaining("46a-68j-42(d)");
        assertThat(notices.get(noticeId()).statementReceivedOn()).as("nothing kept").isEqualTo("2026-03-10");
        assertThat(notice).isWaitingAt("Task_RecordLateStatement");
        assertThat(notices.underNotice(contractor)).as("the notice remains in effect (42(c), (d))").isPresent();

        today(LocalDate.of(2026, 5, 4));
        Map<String, Object> request = lateStatement("2026-05-04", "New steps since the refusal: a new hiring policy.");
        request.put("laterStatement", "NEW_REQUEST");
        complete(task(notice), request);

        assertThat(notices.get(noticeId()).statementKind()).isEqualTo("LATE");
        assertThat(notices.get(noticeId()).reviewDueOn()).as("45 days from receipt (42(e))").isEqualTo("2026-06-18");
        assertThat(task(notice)).hasDefinitionKey("Task_RecommendDetermination");
    }

    @Test
    void aSupplementalStatementOnlyOnTheThreeConditions_46a_68j_42_d() {
        ProcessInstance notice = withTimelyStatement("Crane Masonry Co.");
        today(LocalDate.of(2026, 4, 1));
        recommend(notice, "REFUSE", "2026-04-01");
        Map<String, Object> refusal = new HashMap<>(Map.of("contractorDetermination", "REFUSE", "determinedOn", "2026-04-01",
                "offerSupplemental", "true", "substantiallyImplemented", true, "willingnessExpressed", true));
        assertThatThrownBy(() -> complete(task(notice), refusal)).hasMessageContaining("offerSupplemental")
                .hasMessageContaining("46a-68j-42(d)");
        refusal.put("adequateTime", true);
        complete(task(notice), refusal);
        sendCopies(notice, "2026-04-01");

        assertThat(task(notice)).hasDefinitionKey("Task_RecordSupplemental");
        today(LocalDate.of(2026, 4, 10));
        complete(task(notice), statement("2026-04-10"));
        assertThat(notices.get(noticeId()).statementKind()).isEqualTo("SUPPLEMENTAL");
        assertThat(task(notice)).hasDefinitionKey("Task_RecommendDetermination");
        decide(notice, Map.of("contractorDetermination", "RESCIND", "determinedOn", "2026-04-10"));
        sendCopies(notice, "2026-04-10");
        assertThat(notice).hasPassed("Task_RecordSupplemental").isWaitingAt("Task_MonitorCompliance");
    }

    @Test // docs/legal-readings.md 2.4: nothing in 46a-68j rolls (46a-54-20a reaches chapter 814c and 46a-54 only)
    void noStatementInFifteenDaysWhoseLastDayIsAHolidayNotMoved_thenALateOneWithItsLetter_46a_68j_42_e() {
        // issued Wednesday 11 November 2026: the 15th day is Thanksgiving, 26 November, and it is not moved
        ProcessInstance notice = issue("Delta Roofing LLC", LocalDate.of(2026, 11, 11));
        sendCopies(notice, "2026-11-11");
        Job fifteen = jobQuery().processInstanceId(notice.getId()).timers().singleResult();
        assertThat(fifteen.getDuedate()).isEqualTo(endOf(LocalDate.of(2026, 11, 26)));
        at(LocalDate.of(2026, 11, 26), 23);
        assertThat(jobQuery().processInstanceId(notice.getId()).executable().count()).isZero();
        at(LocalDate.of(2026, 11, 27), 0);
        execute(fifteen);

        assertThat(task(notice)).hasDefinitionKey("Task_RecordLateStatement");
        today(LocalDate.of(2026, 12, 1));
        complete(task(notice), lateStatement("2026-12-01", "Our counsel was ill."));

        // 45 days from the receipt, 1 December: Friday 15 January 2027
        assertThat(task(notice)).hasDefinitionKey("Task_RecommendDetermination");
        assertThat(task(notice).getDueDate()).isEqualTo(endOf(LocalDate.of(2027, 1, 15)));
    }

    @Test // review D-28
    void staffReviewTheStatementAndRecommend_theCommissionersDecide_46a_68j_42_a_c_38() {
        ProcessInstance notice = withTimelyStatement("Oscar Electric Co.");
        assertThat(task(notice)).hasDefinitionKey("Task_RecommendDetermination")
                .hasCandidateGroup(Role.PLAN_REVIEWER.groupId());
        assertThat(task(notice).getDueDate()).as("within the commission's 45 days").isEqualTo(endOf(LocalDate.of(2026, 4, 16)));
        today(LocalDate.of(2026, 3, 25));
        complete(task(notice), Map.of("staffRecommendation", "RESCIND", "recommendedOn", "2026-03-25",
                "recommendationReasons", "A written policy was adopted and supervisors were trained."));

        assertThat(task(notice)).hasDefinitionKey("Task_Determine").hasCandidateGroup(Role.COMMISSIONER.groupId());
        assertThat(task(notice).getDueDate()).isEqualTo(endOf(LocalDate.of(2026, 4, 16)));
        assertThat(jdbc.sql("SELECT staff_recommendation, recommended_on FROM contractor_notice WHERE notice_id = :id")
                .param("id", noticeId()).query().singleRow()).containsEntry("STAFF_RECOMMENDATION", "RESCIND")
                .containsEntry("RECOMMENDED_ON", java.sql.Date.valueOf("2026-03-25"));
        today(LocalDate.of(2026, 4, 2));
        complete(task(notice), Map.of("contractorDetermination", "REFUSE", "determinedOn", "2026-04-02",
                "offerSupplemental", "false"));

        assertThat(task(notice)).as("the commission decides, against the recommendation if it so finds")
                .hasDefinitionKey("Task_SendLetterCopies");
        assertThat(notices.get(noticeId()).status()).isEqualTo(ContractorNotices.Status.IN_EFFECT);
    }

    @Test // review D-30
    void aStatementReceivedWithinTheFifteenDaysButRecordedAfterThemNeedsNoLetter_46a_68j_42_a_e() {
        ProcessInstance notice = issue("Lima Steel Inc.", ISSUED);
        sendCopies(notice, "2026-03-02");
        Job fifteen = jobQuery().processInstanceId(notice.getId()).timers().singleResult();
        at(LocalDate.of(2026, 3, 18), 0);
        execute(fifteen);
        assertThat(task(notice)).hasDefinitionKey("Task_RecordLateStatement");

        today(LocalDate.of(2026, 3, 20));
        assertThatThrownBy(() -> complete(task(notice), statement("2026-03-18"))).as("received on day 16: a letter (42(e))")
                .hasMessageContaining("letterOfExplanation").hasMessageContaining("46a-68j-42(e)");
        complete(task(notice), statement("2026-03-16"));

        assertThat(notices.get(noticeId()).statementKind()).as("received on day 14: timely").isEqualTo("TIMELY");
        assertThat(notices.get(noticeId()).reviewDueOn()).as("45 days from issue (42(a))").isEqualTo("2026-04-16");
        assertThat(task(notice)).hasDefinitionKey("Task_RecommendDetermination");
        assertThat(task(notice).getDueDate()).isEqualTo(endOf(LocalDate.of(2026, 4, 16)));
    }

    @Test
    void theCommissionsFortyFiveDaysRunOutAndTheDeterminationIsEscalated_46a_68j_42_a() {
        ProcessInstance notice = withTimelyStatement("Echo Plumbing Corp.");
        Job fortyFive = jobQuery().processInstanceId(notice.getId()).timers().singleResult();
        assertThat(fortyFive.getDuedate()).isEqualTo(endOf(LocalDate.of(2026, 4, 16)));
        at(LocalDate.of(2026, 4, 17), 0);
        execute(fortyFive);

        assertThat(notice).isWaitingAt("Task_RecommendDetermination", "Task_FollowUpOverdue");
        assertThat(task("Task_FollowUpOverdue", notice)).hasCandidateGroup(Role.EXECUTIVE_DIRECTOR.groupId());
        assertThat(notices.get(noticeId()).reviewOverdue()).isTrue();
        complete(task("Task_FollowUpOverdue", notice), Map.of("overdueFollowUp", "Asked the reviewer for a date."));
        assertThat(notice).isWaitingAt("Task_RecommendDetermination");
    }

    @Test
    void aSecondNoticeWhileOneStandsAndANoticeBeforeTheFindingAreRefused_46a_68j_41() {
        issue("Foxtrot Builders", ISSUED);
        assertThatThrownBy(() -> start("Foxtrot Builders", ISSUED, ISSUED)).hasMessageContaining("already under a notice");
        assertThatThrownBy(() -> start("Golf Glass Co.", ISSUED, ISSUED.minusDays(1)))
                .hasMessageContaining("issuedOn").hasMessageContaining("46a-68j-41(a)");
    }

    @Test
    void theNamesUnderNoticeGoToTheLawJournalEachQuarter_46a_68j_41_c() {
        issue("Hotel Drywall LLC", ISSUED);
        LawJournal.watch(runtimeService(), calendar, LocalDate.of(2027, 4, 1));
        ProcessInstance april = runtimeService().createProcessInstanceQuery().processInstanceBusinessKey("Law Journal 2027-04")
                .singleResult();
        Job compile = jobQuery().processInstanceId(april.getId()).timers().singleResult();
        assertThat(compile.getDuedate()).as("the first day of the month before")
                .isEqualTo(java.util.Date.from(LocalDate.of(2027, 3, 1).atStartOfDay(LegalCalendar.OFFICE_ZONE).toInstant()));
        at(LocalDate.of(2027, 3, 1), 0);
        execute(compile);

        assertThat(task(april)).hasDefinitionKey("Task_SendNames").hasCandidateGroup(Role.PLAN_REVIEWER.groupId());
        assertThat(task(april).getDueDate()).as("the last open day of March 2027, Wednesday the 31st")
                .isEqualTo(endOf(LocalDate.of(2027, 3, 31)));
        assertThat((String) runtimeService().getVariable(april.getId(), "contractorNames"))
                .contains("- Hotel Drywall LLC (notice of 2026-03-02)");
        today(LocalDate.of(2027, 3, 5));
        complete(task(april), Map.of("namesSentOn", "2027-03-05"));

        assertThat(april).isEnded().hasPassed("End_NamesSent");
        assertThat(jdbc.sql("SELECT names FROM law_journal_publication WHERE issue_month = DATE '2027-04-01'")
                .query(String.class).single()).contains("Hotel Drywall LLC");
        assertThat(runtimeService().createProcessInstanceQuery().processInstanceBusinessKey("Law Journal 2027-07").count())
                .as("the next quarter is watched").isOne();
    }

    @Test // review D-32
    void theNextQuarterIsWatchedEvenWhenThisQuartersNamesAreNeverSent_46a_68j_41_c() {
        LawJournal.watch(runtimeService(), calendar, LocalDate.of(2028, 1, 1));
        ProcessInstance january = runtimeService().createProcessInstanceQuery()
                .processInstanceBusinessKey("Law Journal 2028-01").singleResult();
        at(LocalDate.of(2027, 12, 1), 0);
        execute(jobQuery().processInstanceId(january.getId()).timers().singleResult());

        assertThat(task(january)).as("the names of January 2028 are not sent").hasDefinitionKey("Task_SendNames");
        ProcessInstance april = runtimeService().createProcessInstanceQuery()
                .processInstanceBusinessKey("Law Journal 2028-04").singleResult();
        assertThat(april).as("April 2028 is watched all the same: every quarter (41(c))").isNotNull();
        assertThat(jobQuery().processInstanceId(april.getId()).timers().singleResult().getDuedate())
                .isEqualTo(java.util.Date.from(LocalDate.of(2028, 3, 1).atStartOfDay(LegalCalendar.OFFICE_ZONE).toInstant()));
    }

    @Test // review M-29
    void afterARescissionStaffMonitorTheContractorOnTheDaysTheySetUntilTheyConcludeIt_46a_68j_42_f() {
        ProcessInstance notice = withTimelyStatement("Papa Masonry LLC");
        today(LocalDate.of(2026, 3, 20));
        decide(notice, Map.of("contractorDetermination", "RESCIND", "determinedOn", "2026-03-20"));
        sendCopies(notice, "2026-03-20");

        assertThat(task(notice)).hasDefinitionKey("Task_MonitorCompliance").hasCandidateGroup(Role.PLAN_REVIEWER.groupId());
        today(LocalDate.of(2026, 3, 23));
        assertThatThrownBy(() -> complete(task(notice), Map.of("monitoringReviewedOn", "2026-03-23",
                "monitoringFindings", "Policy adopted; training scheduled for April.", "monitoringConcluded", "false")))
                .as("closely monitor: a next review").hasMessageContaining("monitoringNextReviewOn")
                .hasMessageContaining("46a-68j-42(f)");
        complete(task(notice), Map.of("monitoringReviewedOn", "2026-03-23", "monitoringFindings",
                "Policy adopted; training scheduled for April.", "monitoringConcluded", "false",
                "monitoringNextReviewOn", "2026-06-15"));

        assertThat(notice).as("nothing to do until the review date").isWaitingAt("Timer_NextMonitoringReview");
        Job review = jobQuery().processInstanceId(notice.getId()).timers().singleResult();
        assertThat(review.getDuedate())
                .isEqualTo(java.util.Date.from(LocalDate.of(2026, 6, 15).atStartOfDay(LegalCalendar.OFFICE_ZONE).toInstant()));
        at(LocalDate.of(2026, 6, 15), 0);
        execute(review);
        assertThat(task(notice)).hasDefinitionKey("Task_MonitorCompliance");
        today(LocalDate.of(2026, 6, 16));
        concludeMonitoring(notice, "2026-06-16");

        assertThat(notice).isEnded().hasPassed("End_MonitoringConcluded");
        assertThat(notices.monitoring(noticeId())).extracting(ContractorNotices.MonitoringReview::reviewedOn,
                ContractorNotices.MonitoringReview::concluded, ContractorNotices.MonitoringReview::nextReviewOn)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(LocalDate.of(2026, 3, 23), false, LocalDate.of(2026, 6, 15)),
                        org.assertj.core.groups.Tuple.tuple(LocalDate.of(2026, 6, 16), true, null));
    }

    @Test
    void issueMonthsAreJanuaryAprilJulyAndOctober_46a_68j_41_c() {
        assertThat(LawJournal.nextIssueMonth(LocalDate.of(2026, 11, 23))).isEqualTo("2027-01-01");
        assertThat(LawJournal.nextIssueMonth(LocalDate.of(2027, 1, 1))).isEqualTo("2027-04-01");
        assertThat(LawJournal.nextIssueMonth(LocalDate.of(2027, 6, 30))).isEqualTo("2027-07-01");
        assertThat(LawJournal.nextIssueMonth(LocalDate.of(2027, 7, 1))).isEqualTo("2027-10-01");
        assertThat(LawJournal.sendBy(LocalDate.of(2027, 1, 1), calendar)).as("New Year's Day 2027 is Friday; 31 December is "
                + "open").isEqualTo("2026-12-31");
        assertThat(LawJournal.sendBy(LocalDate.of(2028, 1, 1), calendar))
                .as("New Year's Day 2028, a Saturday, is kept on Friday 31 December 2027").isEqualTo("2027-12-30");
    }

    @Test
    void whetherAContractorMayContractAnswersThroughTheRestApi_46a_68j_41_a_c() {
        issue("India Fencing Inc.", ISSUED);
        ResponseEntity<Map> answer = http.withBasicAuth("paula", "paula")
                .getForEntity("/api/contractors-under-notice?contractor={c}", Map.class, "india fencing inc.");
        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(answer.getBody()).containsEntry("mayContract", false);
        assertThat(http.withBasicAuth("paula", "paula").getForEntity("/api/contractors-under-notice?contractor={c}",
                Map.class, "Juliet Janitorial").getBody()).containsEntry("mayContract", true);
        assertThat(http.withBasicAuth("paula", "paula").getForEntity("/api/contractors-under-notice", String.class).getBody())
                .contains("India Fencing Inc.");
        assertThat(http.getForEntity("/api/contractors-under-notice", String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test // review D-31
    void aContractorIsKnownByItsFeinOrVendorNumberNotOnlyByTheSpellingOfItsName_46a_68j_41_c() {
        today(ISSUED);
        Map<String, Object> unnamed = startForm("November Paving Inc.", ISSUED, ISSUED);
        unnamed.remove("contractorFein");
        assertThatThrownBy(() -> engine.getFormService().submitStartForm(definition(), unnamed))
                .as("a complete and accurate list needs an identifier").hasMessageContaining("contractorFein")
                .hasMessageContaining("46a-68j-41(c)");
        Map<String, Object> badFein = startForm("November Paving Inc.", ISSUED, ISSUED);
        badFein.put("contractorFein", "06-12345");
        assertThatThrownBy(() -> engine.getFormService().submitStartForm(definition(), badFein))
                .hasMessageContaining("contractorFein").hasMessageContaining("nine digits");
        Map<String, Object> form = startForm("November Paving Inc.", ISSUED, ISSUED);
        form.put("contractorFein", "061234567");
        form.put("contractorVendorNumber", "V-000451");
        contractor = "November Paving Inc.";
        engine.getFormService().submitStartForm(definition(), form);
        assertThat(notices.get(noticeId()).fein()).as("kept as NN-NNNNNNN").isEqualTo("06-1234567");

        Map<String, Object> renamed = startForm("November Paving Incorporated", ISSUED, ISSUED);
        renamed.put("contractorFein", "06-1234567");
        assertThatThrownBy(() -> engine.getFormService().submitStartForm(definition(), renamed))
                .as("the same contractor under another spelling").hasMessageContaining("already under a notice");

        String query = "/api/contractors-under-notice?contractor={c}&fein={f}&vendorNumber={v}";
        assertThat(http.withBasicAuth("paula", "paula").getForEntity(query, Map.class, "NOVEMBER PAVING, INC", "", "")
                .getBody()).as("the name, whatever its case and punctuation").containsEntry("mayContract", false);
        assertThat(http.withBasicAuth("paula", "paula").getForEntity(query, Map.class, "Nov. Paving", "061234567", "")
                .getBody()).as("the FEIN").containsEntry("mayContract", false);
        assertThat(http.withBasicAuth("paula", "paula").getForEntity(query, Map.class, "", "", "V-000451")
                .getBody()).as("the vendor number").containsEntry("mayContract", false);
        assertThat(http.withBasicAuth("paula", "paula").getForEntity(query, Map.class, "November Paving Inc.",
                "06-7654321", "").getBody()).as("another FEIN is another contractor, whatever its name")
                .containsEntry("mayContract", true);
    }

    // ---------------------------------------------------------------------------------------------

    private ProcessInstance issue(String name, LocalDate issued) {
        contractor = name;
        today(issued);
        ProcessInstance notice = start(name, issued, issued);
        assertThat(task(notice)).hasDefinitionKey("Task_SendNoticeCopies");
        return notice;
    }

    /** Issued on 2 March 2026, copies sent, the verified statement received on the 10th. */
    private ProcessInstance withTimelyStatement(String name) {
        ProcessInstance notice = issue(name, ISSUED);
        sendCopies(notice, "2026-03-02");
        today(LocalDate.of(2026, 3, 10));
        complete(task(notice), statement("2026-03-10"));
        return notice;
    }

    private static Map<String, Object> lateStatement(String receivedOn, String letter) {
        Map<String, Object> form = statement(receivedOn);
        form.put("letterOfExplanation", letter);
        return form;
    }

    private ProcessInstance start(String name, LocalDate findingOn, LocalDate issued) {
        return engine.getFormService().submitStartForm(definition(), startForm(name, findingOn, issued));
    }

    private String definition() {
        return engine.getRepositoryService().createProcessDefinitionQuery()
                .processDefinitionKey("contractor-noncompliance").latestVersion().singleResult().getId();
    }

    /** The start form, with a FEIN made from the name (one contractor, one FEIN). */
    private static Map<String, Object> startForm(String name, LocalDate findingOn, LocalDate issued) {
        return new HashMap<>(Map.of("contractor", name, "contractorFein",
                String.format("%02d-%07d", Math.floorMod(name.hashCode(), 100), Math.floorMod(name.hashCode(), 10_000_000)),
                "awardingAgency", "Department of Transportation", "presidingOfficer", "Hon. D. Presiding",
                "findingOn", findingOn.toString(), "issuedOn", issued.toString()));
    }

    private String noticeId() {
        return notices.underNotice().stream().filter(n -> n.contractor().equals(contractor)).findFirst()
                .map(ContractorNotices.Notice::noticeId)
                .orElseGet(() -> jdbc.sql("SELECT notice_id FROM contractor_notice WHERE contractor = :c")
                        .param("c", contractor).query(String.class).single());
    }

    /** Staff recommend (46a-68j-38) what the commission then decides on the same day. */
    private void decide(ProcessInstance notice, Map<String, Object> determination) {
        recommend(notice, (String) determination.get("contractorDetermination"), (String) determination.get("determinedOn"));
        complete(task(notice), determination);
    }

    private void recommend(ProcessInstance notice, String recommendation, String on) {
        assertThat(task(notice)).hasDefinitionKey("Task_RecommendDetermination");
        complete(task(notice), Map.of("staffRecommendation", recommendation, "recommendedOn", on,
                "recommendationReasons", "Reviewed the verified statement against the finding."));
        assertThat(task(notice)).hasDefinitionKey("Task_Determine");
    }

    /** 46a-68j-42(f): staff record a last review and the monitoring concluded. */
    private void concludeMonitoring(ProcessInstance notice, String on) {
        complete(task(notice), Map.of("monitoringReviewedOn", on, "monitoringFindings", "Policy posted; no new complaints.",
                "monitoringConcluded", "true"));
    }

    private void sendCopies(ProcessInstance notice, String on) {
        complete(task(notice), copies(on));
    }

    private static Map<String, Object> copies(String on) {
        return new HashMap<>(Map.of("copyMethod", "CERTIFIED_MAIL", "agencyCopySentOn", on, "attorneyGeneralCopySentOn", on));
    }

    private static Map<String, Object> statement(String receivedOn) {
        Map<String, Object> form = new HashMap<>();
        form.put("statementReceivedOn", receivedOn);
        form.put("underOath", true);
        form.put("stepsTaken", "Adopted an affirmative action policy; trained supervisors.");
        return form;
    }
}
