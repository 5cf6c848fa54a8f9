package org.civilrights.workflow.planreview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.civilrights.workflow.process.ProcessTest;
import org.civilrights.workflow.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** aa-plan-review: filing, desk audit, vote, and approval by default after 90 days (46a-68-51 to 62). */
class PlanReviewProcessTest extends ProcessTest {

    /** Agencies of Appendix A due 15 January and 15 July: one per test, as plans are kept per agency and date. */
    private String agency = "Department of Revenue Services";
    /** Due 15 July 2026 (Appendix A: 15 January, semiannual). */
    private static final LocalDate DUE = LocalDate.of(2026, 7, 15);

    @Autowired PlanReview plans;
    @Autowired org.civilrights.workflow.certificate.Certificates certificates;

    @Test
    void aPlanWithAllElementsApprovedByTheCommission_46a_68_62_a() {
        agency = "Division of Special Revenue";
        ProcessInstance plan = file(DUE, DUE);
        auditWithAllElements(plan);
        recommend(plan, "APPROVE", "Meets 59.", "PARITY");
        assertThat(task(plan)).hasDefinitionKey("Task_RecordVote").hasCandidateGroup(Role.COMMISSIONER.groupId());
        today(LocalDate.of(2026, 9, 10));
        assertThatThrownBy(() -> complete(task(plan), Map.of("commissionDecision", "APPROVE", "votedOn", "2026-07-14", "votesFor", 5L, "votesAgainst", 2L)))
                .as("a vote before the plan was filed").hasMessageContaining("votedOn").hasMessageContaining("62(b)");
        assertThatThrownBy(() -> complete(task(plan), Map.of("commissionDecision", "APPROVE", "votedOn", "2026-09-10",
                "votesFor", 3L, "votesAgainst", 3L))).as("a tie is no formal action").hasMessageContaining("46a-68-62(a)");
        complete(task(plan), Map.of("commissionDecision", "APPROVE", "votedOn", "2026-09-10", "votesFor", 5L, "votesAgainst", 2L));
        assertThat(task(plan)).hasDefinitionKey("Task_SendNotice");
        complete(task(plan), Map.of("noticeReceivedOn", "2026-09-10"));

        assertThat(plan).isEnded().hasPassed("End_Approved");
        assertThat(plans.get(planId()).status()).isEqualTo(PlanReview.Status.APPROVED);
    }

    @Test
    void aPlanMissingElementsCannotBeApprovedAndIsDisapproved_46a_68_59_a_62() {
        agency = "Office of the Attorney General";
        ProcessInstance plan = file(DUE, DUE);
        Map<String, Object> audit = allElements();
        audit.put("element16", false); // goals analysis
        complete(task(plan), audit);
        complete(task(plan), figures());
        recommend(plan, "DISAPPROVE", "No goals analysis.", "GOOD_FAITH");
        today(LocalDate.of(2026, 9, 10));

        assertThatThrownBy(() -> complete(task(plan), Map.of("commissionDecision", "APPROVE", "votedOn", "2026-09-10", "votesFor", 5L, "votesAgainst", 2L)))
                .hasMessageContaining("(16) goals analysis");
        complete(task(plan), Map.of("commissionDecision", "DISAPPROVE", "votedOn", "2026-09-10", "votesFor", 5L, "votesAgainst", 2L));
        today(LocalDate.of(2026, 9, 14));
        // review D-16: "This notice will inform the agency of the specific deficiencies which must be corrected"
        assertThatThrownBy(() -> complete(task(plan), Map.of("deficiencies", " ", "noticeReceivedOn", "2026-09-14")))
                .as("a disapproval without its deficiencies").hasMessageContaining("'Deficiencies and the commission's "
                        + "proposals' is required").hasMessageContaining("46a-68-62(c)");
        assertThat(task(plan)).as("nothing recorded").hasDefinitionKey("Task_SendNotice");
        complete(task(plan), Map.of("deficiencies", "No goals analysis (46a-68-48).", "noticeReceivedOn", "2026-09-14"));
        // 46a-68-67(a): the certificate decision is offered at once, alongside the steps of 66 (review W-9)
        assertThat(task("Task_ConsiderCertificate", plan)).hasCandidateGroup(Role.COMMISSIONER.groupId());
        complete(task("Task_ConsiderCertificate", plan), Map.of("issueCertificate", "false"));

        // 46a-68-66(a): 30 days from the receipt of the notice, 14 September: Wednesday 14 October
        assertThat(task(plan)).hasDefinitionKey("Task_RecordProposalsAnswer");
        assertThat(task(plan).getDueDate()).isEqualTo(endOf(LocalDate.of(2026, 10, 14)));
        complete(task(plan), Map.of("commitment", "REJECTED"));
        complete(task(plan), Map.of("commitment", "AGREEMENT_SIGNED", "commitmentReviewOn", "2026-12-01",
                "meetingNotes", "Goals analysis due in 60 days."));

        // 46a-68-66(c): the signed letter of commitment is monitored; a failure is reported to the commission and the Governor
        assertThat(task(plan)).hasDefinitionKey("Task_MonitorCommitment").hasCandidateGroup(Role.PLAN_REVIEWER.groupId());
        today(LocalDate.of(2026, 12, 1));
        assertThatThrownBy(() -> complete(task(plan), Map.of("commitmentReport", "FAILED", "commitmentReportedOn", "2026-12-01",
                "monitoringFindings", "No goals analysis.")))
                .hasMessageContaining("governorReportedOn").hasMessageContaining("46a-68-66(c)");
        complete(task(plan), Map.of("commitmentReport", "FAILED", "commitmentReportedOn", "2026-12-01",
                "governorReportedOn", "2026-12-01", "monitoringFindings", "No goals analysis."));
        assertThat(jdbc.sql("SELECT commitment_report FROM aa_plan WHERE plan_id = :id").param("id", planId())
                .query(String.class).single()).isEqualTo("FAILED");

        assertThat(plan).isEnded().hasPassed("End_Disapproved", "Task_MeetAgency", "End_CommitmentStepsDone");
        assertThat(plans.get(planId()).status()).isEqualTo(PlanReview.Status.DISAPPROVED);
    }

    @Test
    void aDisapprovedPlanCanLeadToACertificateOfNoncomplianceWhichBarsHiringOnReceipt_46a_68_67() {
        agency = "Workers' Compensation Commission";
        ProcessInstance plan = fileFor(LocalDate.of(2026, 8, 17)); // 15 August 2026 is a Saturday (51(d))
        auditWithAllElements(plan);
        recommend(plan, "DISAPPROVE", "No good faith efforts.", "NONE");
        today(LocalDate.of(2026, 9, 10));
        complete(task(plan), Map.of("commissionDecision", "DISAPPROVE", "votedOn", "2026-09-10", "votesFor", 5L, "votesAgainst", 2L));
        complete(task(plan), Map.of("deficiencies", "No good faith efforts shown (46a-68-59(b)(3)).",
                "noticeReceivedOn", "2026-09-10"));
        assertThat(task("Task_ConsiderCertificate", plan)).isNotNull();
        assertThatThrownBy(() -> complete(task("Task_ConsiderCertificate", plan), Map.of("issueCertificate", "true",
                "certificateVotedOn", "2026-09-10"))).as("the day of issue is required").hasMessageContaining("Certificate issued on");

        // a commissioner, signed in with the rights of that role only, starts the certificate process through this step
        var commissioner = task("Task_ConsiderCertificate", plan);
        engine.getIdentityService().setAuthentication("cora", java.util.List.of(Role.COMMISSIONER.groupId()));
        try {
            engine.getTaskService().complete(commissioner.getId(), Map.of("issueCertificate", "true",
                    "certificateVotedOn", "2026-09-10", "certificateVotesFor", 6L, "certificateVotesAgainst", 1L,
                    "issuedOn", "2026-09-10"));
        } finally {
            engine.getIdentityService().clearAuthentication();
        }

        assertThat(plan).hasPassed("Task_StartCertificate", "End_CertificateIssued").isWaitingAt("Task_RecordProposalsAnswer");
        ProcessInstance certificate = runtimeService().createProcessInstanceQuery()
                .processDefinitionKey("certificate-of-noncompliance")
                .processInstanceBusinessKey(agency + " certificate 2026-09-10").singleResult();
        assertThat(certificate).isWaitingAt("Task_ServeCertificate");
        assertThat(certificates.hiringBar(agency, "Clerk").mayFill()).as("not until the agency receives it").isTrue();
        today(LocalDate.of(2026, 9, 11));
        Map<String, Object> service = new HashMap<>();
        for (String party : new String[] {"agency", "das", "opm"}) {
            service.put(party + "ServiceMethod", "CERTIFIED_MAIL");
            service.put(party + "ServedOn", "2026-09-11");
        }
        service.put("agencyReceivedOn", "2026-09-11");
        complete(task(certificate), service);
        assertThat(certificates.hiringBar(agency, "Clerk").mayFill()).isFalse();
    }

    @Test
    void withoutFormalActionInNinetyDaysThePlanIsApprovedByDefaultAndTheReviewCancelled_46a_68_62_b() {
        agency = "Eastern Connecticut State University";
        ProcessInstance plan = file(DUE, DUE);
        auditWithAllElements(plan);
        // 90 days after 15 July 2026: Tuesday 13 October
        Job ninety = jobQuery().processInstanceId(plan.getId()).timers().singleResult();
        assertThat(ninety.getDuedate()).isEqualTo(endOf(LocalDate.of(2026, 10, 13)));

        at(LocalDate.of(2026, 10, 13), 23);
        assertThat(jobQuery().processInstanceId(plan.getId()).executable().count()).as("not a day, nor an hour, before").isZero();
        at(LocalDate.of(2026, 10, 14), 0);
        execute(ninety);

        assertThat(taskQuery().processInstanceId(plan.getId()).count()).as("the open review was cancelled").isOne();
        assertThat(task(plan)).hasDefinitionKey("Task_CheckTimelyVote").hasCandidateGroup(Role.COMMISSIONER.groupId());
        complete(task(plan), Map.of("votedInTime", "false"));
        assertThat(plan).isWaitingAt("Task_NotifyDefaultApproval").hasNotPassed("Task_RecordVote");
        // review D-20: the notice of the approval by default is kept with the plan, and is sent after day 90 ended
        assertThatThrownBy(() -> complete(task(plan), Map.of("defaultNoticeSentOn", "2026-10-13")))
                .hasMessageContaining("defaultNoticeSentOn").hasMessageContaining("46a-68-62(b)");
        complete(task(plan), Map.of("defaultNoticeSentOn", "2026-10-14", "defaultNoticeNotes", "Upward mobility goals unclear."));
        assertThat(plan).isEnded().hasPassed("End_ApprovedByDefault");
        var notice = jdbc.sql("SELECT default_notice_sent_on, default_notice_notes FROM aa_plan WHERE plan_id = :id")
                .param("id", planId()).query().singleRow();
        assertThat(notice.get("DEFAULT_NOTICE_SENT_ON").toString()).isEqualTo("2026-10-14");
        assertThat(notice.get("DEFAULT_NOTICE_NOTES")).isEqualTo("Upward mobility goals unclear.");
        assertThat(plans.get(planId()).status()).isEqualTo(PlanReview.Status.APPROVED_BY_DEFAULT);
        assertThat(plans.get(planId()).decidedOn()).isEqualTo("2026-10-13");
    }

    @Test // review W-1
    void aVoteTakenWithinTheNinetyDaysButEnteredLaterIsRecordedNotLostToTheDefault_46a_68_62_a_b() {
        // filed on its due day, Monday 1 March 2027: day 90 is Sunday 30 May; the commission voted on Thursday 27 May
        agency = "Office of the Governor";
        LocalDate due = LocalDate.of(2027, 3, 1);
        ProcessInstance plan = file(due, due);
        auditWithAllElements(plan);
        recommend(plan, "DISAPPROVE", "Goals unmet.", "NONE");
        at(LocalDate.of(2027, 5, 31), 0);
        execute(jobQuery().processInstanceId(plan.getId()).timers().singleResult());
        today(LocalDate.of(2027, 6, 2)); // the minutes reach staff three days later

        assertThatThrownBy(() -> complete(task(plan), Map.of("votedInTime", "true", "commissionDecision", "DISAPPROVE",
                "votedOn", "2027-05-31", "votesFor", 6L, "votesAgainst", 1L)))
                .as("a vote after day 90 is too late").hasMessageContaining("votedOn").hasMessageContaining("62(b)");
        complete(task(plan), Map.of("votedInTime", "true", "commissionDecision", "DISAPPROVE", "votedOn", "2027-05-27",
                "votesFor", 6L, "votesAgainst", 1L));

        assertThat(plan).isWaitingAt("Task_SendNotice").hasNotPassed("Task_ApproveByDefault");
        assertThat(plans.get(agency + " " + due).status()).isEqualTo(PlanReview.Status.DISAPPROVED);
        assertThat(plans.get(agency + " " + due).decidedOn()).isEqualTo("2027-05-27");
    }

    @Test // review W-9
    void theCertificateDecisionIsOfferedAsSoonAsThePlanIsDisapproved_alongsideTheCommitmentSteps_46a_68_67_a_66() {
        agency = "Department of Public Works";
        LocalDate due = LocalDate.of(2027, 3, 1);
        ProcessInstance plan = file(due, due);
        auditWithAllElements(plan);
        recommend(plan, "DISAPPROVE", "Goals unmet.", "NONE");
        today(LocalDate.of(2027, 4, 1));
        complete(task(plan), Map.of("commissionDecision", "DISAPPROVE", "votedOn", "2027-04-01", "votesFor", 5L,
                "votesAgainst", 2L));
        complete(task(plan), Map.of("deficiencies", "Goals not set (46a-68-41).", "noticeReceivedOn", "2027-04-01"));

        assertThat(plan).as("67(a) needs only the disapproval, not the end of 66")
                .isWaitingAt("Task_RecordProposalsAnswer", "Task_ConsiderCertificate");
        assertThat(task("Task_ConsiderCertificate", plan)).hasCandidateGroup(Role.COMMISSIONER.groupId());
        complete(task("Task_ConsiderCertificate", plan), Map.of("issueCertificate", "true", "certificateVotedOn", "2027-04-01",
                "certificateVotesFor", 5L, "certificateVotesAgainst", 2L, "issuedOn", "2027-04-01"));
        assertThat(runtimeService().createProcessInstanceQuery().processDefinitionKey("certificate-of-noncompliance")
                .processInstanceBusinessKey(agency + " certificate 2027-04-01").count()).isOne();
        assertThat(plan).as("the commitment steps go on").isWaitingAt("Task_RecordProposalsAnswer");

        complete(task("Task_RecordProposalsAnswer", plan), Map.of("commitment", "ACCEPTED", "commitmentReviewOn", "2027-06-01"));
        assertThat(task(plan)).hasDefinitionKey("Task_MonitorCommitment");
        complete(task(plan), Map.of("commitmentReport", "HONORED", "commitmentReportedOn", "2027-04-01",
                "monitoringFindings", "Goals set."));
        assertThat(plan).isEnded().hasPassed("End_CertificateIssued", "End_CommitmentStepsDone")
                .hasNotPassed("End_Approved");
    }

    @Test // review W-2
    void theCommissionMayApproveAgainstStaffOnItsOwnFindingUnder59_46a_68_61_62_a() {
        agency = "Department of Veterans' Affairs";
        LocalDate due = LocalDate.of(2027, 3, 1);
        ProcessInstance plan = file(due, due);
        auditWithAllElements(plan);
        recommend(plan, "DISAPPROVE", "Goals unmet.", "NONE");
        today(LocalDate.of(2027, 4, 1));

        complete(task(plan), Map.of("commissionDecision", "APPROVE", "votedOn", "2027-04-01", "votesFor", 5L,
                "votesAgainst", 2L, "commissionFindsStandardMet", true));

        assertThat(plans.get(agency + " " + due).status()).isEqualTo(PlanReview.Status.APPROVED);
    }

    @Test
    void theNinetiethDayOnAHolidayIsNotExtended_46a_68_62_b() {
        // a plan due 15 July and filed late, on 28 August 2026: its 90th day is Thanksgiving, 26 November, not moved
        agency = "Police Officer Standards and Training Council";
        ProcessInstance plan = file(DUE, LocalDate.of(2026, 8, 28));
        Job ninety = jobQuery().processInstanceId(plan.getId()).timers().singleResult();

        assertThat(ninety.getDuedate()).isEqualTo(endOf(LocalDate.of(2026, 11, 26)));
    }

    @Test
    void anEarlyPlanIsDeemedFiledOnItsDueDate_46a_68_51_e() {
        agency = "Department of Public Health";
        ProcessInstance plan = file(DUE, LocalDate.of(2026, 7, 1));

        assertThat(runtimeService().getVariable(plan.getId(), "deemedFiledOn")).isEqualTo("2026-07-15");
        assertThat(plans.get(planId()).defaultApprovalOn()).isEqualTo("2026-10-13");
    }

    @Test
    void theReviewerSeesTheUtilizationAnalysisComputedFromThePlansFigures_46a_68_40_41() {
        agency = "Office of Health Care Access";
        ProcessInstance plan = fileFor(LocalDate.of(2026, 8, 17)); // 15 August 2026 is a Saturday (51(d))
        auditWithAllElements(plan);

        assertThat(task(plan)).hasDefinitionKey("Task_WriteRecommendation");
        assertThat((String) runtimeService().getVariable(plan.getId(), "utilizationSummary"))
                .contains("**White female**: 12 employed, 15.00 expected (Line E -3.00); parity goal 3, short term goal at least 1; improved")
                .contains("**Black female**: 2 employed, 3.50 expected (Line E -1.50); parity goal 2")
                // review W-6: the eight groups of 46a-68-31(kk); "other males" 0 against 1.4%: 50 x 1.4% = 0.70
                .contains("**Other male**: 0 employed, 0.70 expected (Line E -0.70); parity goal 1, short term goal at least 0; "
                        + "no previous plan")
                .contains("**Other female**: 0 employed, 0.80 expected (Line E -0.80); parity goal 1")
                .doesNotContain("White male").doesNotContain("Asian").doesNotContain("American Indian");
    }

    @Test
    void anAgencyThatDoesNotAnswerTheProposalsInThirtyDaysIsMetWith_46a_68_66() {
        agency = "Department of Revenue Services";
        ProcessInstance plan = file(DUE, DUE);
        auditWithAllElements(plan);
        recommend(plan, "APPROVE", "Minor gaps.", "GOALS_MET");
        today(LocalDate.of(2026, 9, 10));
        complete(task(plan), Map.of("commissionDecision", "APPROVE", "votedOn", "2026-09-10", "votesFor", 5L, "votesAgainst", 2L));
        complete(task(plan), Map.of("deficiencies", "Upward mobility goals unclear.", "noticeReceivedOn", "2026-09-10"));

        Job thirty = jobQuery().processInstanceId(plan.getId()).timers().singleResult();
        assertThat(thirty.getDuedate()).as("30 days after 10 September: Saturday 10 October, not moved (66(a); only 51(d) moves a day)")
                .isEqualTo(endOf(LocalDate.of(2026, 10, 10)));
        assertThat(task(plan).getDueDate()).as("Tasklist shows the day the timer fires").isEqualTo(thirty.getDuedate());
        at(LocalDate.of(2026, 10, 11), 0);
        execute(thirty);

        assertThat(task(plan)).hasDefinitionKey("Task_MeetAgency");
        complete(task(plan), Map.of("commitment", "NO_AGREEMENT", "meetingNotes", "Agency refuses."));
        assertThat(plan).isEnded().hasPassed("End_Approved").hasNotPassed("Task_MonitorCommitment");
    }

    @Test
    void aRequestForInformationSendsTheReviewerBackToTheAuditWhileTheNinetyDaysRun_46a_68_58() {
        agency = "Department of Emergency Management and Homeland Security";
        ProcessInstance plan = fileFor(LocalDate.of(2026, 8, 17));
        Map<String, Object> audit = allElements();
        audit.put("requestInformation", "true");
        complete(task(plan), audit);
        assertThat(task(plan)).hasDefinitionKey("Task_RequestInformation");
        today(LocalDate.of(2026, 9, 1));
        complete(task(plan), Map.of("informationRequested", "Applicant flow data.", "informationReceivedOn", "2026-09-01"));

        assertThat(task(plan)).hasDefinitionKey("Task_DeskAudit");
        assertThat(jobQuery().processInstanceId(plan.getId()).timers().singleResult().getDuedate())
                .as("not tolled: 90 days after 17 August").isEqualTo(endOf(LocalDate.of(2026, 11, 15)));
    }

    @Test
    void aSecondPlanForTheSameDueDateIsRefused_46a_68_51() {
        agency = "Connecticut Valley Hospital (Department of Mental Health and Addiction Services)";
        file(DUE, DUE);
        assertThatThrownBy(() -> file(DUE, DUE)).hasMessageContaining("already registered");
    }

    @Test
    void anAgencyOrDueDateNotInAppendixAIsRefused_46a_68_51() {
        today(DUE);
        assertThatThrownBy(() -> start(Map.of("agency", "Department of Nowhere", "dueOn", DUE.toString(),
                "planFiledOn", DUE.toString())))
                .hasMessageContaining("not in the filing schedule of Appendix A");
        assertThatThrownBy(() -> start(Map.of("agency", agency, "dueOn", "2026-07-16", "planFiledOn", DUE.toString())))
                .hasMessageContaining("is not a due date of Department of Revenue Services");
    }

    @Test
    void theStandardOfReviewIsAChecklistAndOnlyAPlanMeetingItIsRecommendedOrApproved_46a_68_59_61() {
        agency = "State Elections Enforcement Commission";
        ProcessInstance plan = fileFor(LocalDate.of(2026, 8, 17));
        auditWithAllElements(plan);
        assertThat((String) runtimeService().getVariable(plan.getId(), "adverseImpactSummary"))
                .contains("**Black female**: selection rate 10.0%, 0.33 of the most favored group's rate")
                // review W-8: an indication, with the benchmark named; 10 applicants is a small sample (31(a))
                .contains("An indication, not a finding").contains("most favored group, White male (30.0% of 100 applicants)")
                .contains("**small sample** (10 applicants, the most favored group 100)")
                .doesNotContain("**White male**");

        assertThatThrownBy(() -> complete(task(plan), Map.of("staffRecommendation", "APPROVE", "recommendationReasons",
                "Close enough.", "standardGoals", "NONE", "priorDeficienciesAddressed", "true")))
                .hasMessageContaining("staffRecommendation").hasMessageContaining("59(b)");
        assertThatThrownBy(() -> complete(task(plan), Map.of("staffRecommendation", "APPROVE", "recommendationReasons",
                "Goals met.", "standardGoals", "GOALS_MET", "priorDeficienciesAddressed", "false")))
                .hasMessageContaining("59(b)(4)");
        recommend(plan, "DISAPPROVE", "No parity, goals unmet, efforts not shown.", "NONE");
        today(LocalDate.of(2026, 9, 10));
        assertThatThrownBy(() -> complete(task(plan), Map.of("commissionDecision", "APPROVE", "votedOn", "2026-09-10", "votesFor", 5L, "votesAgainst", 2L)))
                .as("approving against staff's finding takes the commission's own finding")
                .hasMessageContaining("commissionFindsStandardMet").hasMessageContaining("46a-68-59");

        var row = jdbc.sql("SELECT recommendation, recommendation_reasons, standard_of_review, adverse_impact FROM aa_plan "
                + "WHERE plan_id = :id").param("id", agency + " 2026-08-17").query().singleRow();
        assertThat(row.get("RECOMMENDATION")).isEqualTo("DISAPPROVE");
        assertThat(row.get("RECOMMENDATION_REASONS")).isEqualTo("No parity, goals unmet, efforts not shown.");
        assertThat(row.get("STANDARD_OF_REVIEW")).isEqualTo("59(a) all elements; 59(b) none; 59(b)(4) prior deficiencies addressed");
        assertThat(row.get("ADVERSE_IMPACT").toString()).contains("Black female");
    }

    @Test // review D-15
    void theCommissionMayDecideNotToMeetAndNoMeetingHeldIsRecordedAsSuch_46a_68_66_b() {
        agency = "Capital Community-Technical College";
        LocalDate due = LocalDate.of(2027, 3, 30);
        ProcessInstance plan = file(due, due);
        auditWithAllElements(plan);
        recommend(plan, "APPROVE", "Minor gaps.", "GOALS_MET");
        today(LocalDate.of(2027, 5, 3));
        complete(task(plan), Map.of("commissionDecision", "APPROVE", "votedOn", "2027-05-03", "votesFor", 5L, "votesAgainst", 2L));
        complete(task(plan), Map.of("deficiencies", "Upward mobility goals unclear.", "noticeReceivedOn", "2027-05-03"));
        complete(task(plan), Map.of("commitment", "REJECTED"));

        // 66(b) "the commission may meet": it did not
        assertThat(task(plan)).hasDefinitionKey("Task_MeetAgency");
        complete(task(plan), Map.of("commitment", "NO_MEETING", "meetingNotes", "The commission chose not to meet."));

        assertThat(plan).isEnded().hasPassed("End_Approved").hasNotPassed("Task_MonitorCommitment");
        assertThat(jdbc.sql("SELECT commitment FROM aa_plan WHERE plan_id = :id").param("id", agency + " " + due)
                .query(String.class).single()).isEqualTo("NO_MEETING");
    }

    @Test // review D-15
    void theLetterOfCommitmentIsMonitoredOnReviewDatesStaffSet_46a_68_66_c() {
        agency = "Manchester Community-Technical College";
        LocalDate due = LocalDate.of(2027, 3, 30);
        String planId = agency + " " + due;
        ProcessInstance plan = file(due, due);
        auditWithAllElements(plan);
        recommend(plan, "APPROVE", "Minor gaps.", "GOALS_MET");
        today(LocalDate.of(2027, 5, 3));
        complete(task(plan), Map.of("commissionDecision", "APPROVE", "votedOn", "2027-05-03", "votesFor", 5L, "votesAgainst", 2L));
        complete(task(plan), Map.of("deficiencies", "Upward mobility goals unclear.", "noticeReceivedOn", "2027-05-03"));

        assertThatThrownBy(() -> complete(task(plan), Map.of("commitment", "ACCEPTED")))
                .as("a letter of commitment is monitored from a date staff set")
                .hasMessageContaining("'First monitoring review on' is required").hasMessageContaining("46a-68-66(c)");
        assertThatThrownBy(() -> complete(task(plan), Map.of("commitment", "ACCEPTED", "commitmentReviewOn", "2027-05-02")))
                .as("not before the notice").hasMessageContaining("commitmentReviewOn");
        complete(task(plan), Map.of("commitment", "ACCEPTED", "commitmentReviewOn", "2027-07-13"));

        assertThat(task(plan)).hasDefinitionKey("Task_MonitorCommitment");
        assertThat(task(plan).getDueDate()).as("the review date, not moved").isEqualTo(endOf(LocalDate.of(2027, 7, 13)));
        today(LocalDate.of(2027, 7, 13));
        assertThatThrownBy(() -> complete(task(plan), Map.of("commitmentReport", "CONTINUING", "commitmentReviewOn",
                "2027-07-13", "monitoringFindings", "Two of five goals met.")))
                .as("the next review comes after this one").hasMessageContaining("'Next monitoring review on'")
                .hasMessageContaining("46a-68-66(c)");
        complete(task(plan), Map.of("commitmentReport", "CONTINUING", "commitmentReviewOn", "2027-10-13",
                "monitoringFindings", "Two of five goals met."));

        assertThat(task(plan)).as("reviewed again").hasDefinitionKey("Task_MonitorCommitment");
        assertThat(task(plan).getDueDate()).isEqualTo(endOf(LocalDate.of(2027, 10, 13)));
        assertThat(jdbc.sql("SELECT commitment_review_on FROM aa_plan WHERE plan_id = :id").param("id", planId)
                .query(LocalDate.class).single()).isEqualTo("2027-10-13");
        today(LocalDate.of(2027, 10, 13));
        complete(task(plan), Map.of("commitmentReport", "HONORED", "monitoringFindings", "All goals met."));
        assertThat(plan).isEnded().hasPassed("End_Approved");
    }

    @Test // review D-13
    void theReportingPeriodIsCountedFromTheAppendixADateBeforeItIsMoved_46a_68_54_51_d() {
        // 30 November 2025 is a Sunday, so the plan is due Monday 1 December (51(d)); 54(b) counts from November
        agency = "Department of Mental Retardation";
        LocalDate due = LocalDate.of(2025, 12, 1);
        ProcessInstance plan = file(due, due);

        assertThat(runtimeService().getVariable(plan.getId(), "reportingPeriod")).isEqualTo("2025-02-01 to 2025-08-31 (46a-68-54)");
        var row = jdbc.sql("SELECT reporting_from, reporting_to FROM aa_plan WHERE plan_id = :id").param("id", agency + " " + due)
                .query().singleRow();
        assertThat(row.get("REPORTING_FROM").toString()).isEqualTo("2025-02-01");
        assertThat(row.get("REPORTING_TO").toString()).isEqualTo("2025-08-31");
    }

    @Test // review M-18
    void theDeskAuditChecksThePartsOf38And39eAndRecordsTheMethodsOfReview_46a_68_38_39_e_56_57() {
        agency = "Commission on the Deaf and Hearing Impaired";
        LocalDate due = LocalDate.of(2027, 3, 15);
        ProcessInstance plan = file(due, due);
        Map<String, Object> audit = allElements();
        audit.put("part38b", false); // no age groupings
        audit.put("reviewMethod3", true);
        audit.put("availabilitySources", "Census EEO tabulation 2020; DOL occupational projections.");
        complete(task(plan), audit);
        complete(task(plan), figures());

        var row = jdbc.sql("SELECT missing_elements, review_methods, availability_sources FROM aa_plan WHERE plan_id = :id")
                .param("id", agency + " " + due).query().singleRow();
        assertThat(row.get("MISSING_ELEMENTS")).isEqualTo("(6) work force analysis: 38(b) the age groupings of the "
                + "full-time work force, in 5 year increments, by occupational category");
        assertThat(row.get("REVIEW_METHODS").toString()).contains("57(1) desk audit").contains("57(3) on-site analysis")
                .doesNotContain("57(4)");
        assertThat(row.get("AVAILABILITY_SOURCES")).isEqualTo("Census EEO tabulation 2020; DOL occupational projections.");
        assertThat(runtimeService().getVariable(plan.getId(), "missingElementCount")).isEqualTo(1);
        // 59(a): a plan must contain all elements required by 46a-68-31 to 74 to be approved
        assertThatThrownBy(() -> recommend(plan, "APPROVE", "Meets 59.", "PARITY")).hasMessageContaining("38(b)")
                .hasMessageContaining("59(a)");
    }

    @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;

    private void recommend(ProcessInstance plan, String recommendation, String reasons, String standard) {
        assertThat(task(plan)).hasDefinitionKey("Task_WriteRecommendation");
        complete(task(plan), Map.of("staffRecommendation", recommendation, "recommendationReasons", reasons,
                "standardGoals", standard, "priorDeficienciesAddressed", "true"));
    }

    private ProcessInstance file(LocalDate due, LocalDate filed) {
        today(filed);
        return start(Map.of("agency", agency, "dueOn", due.toString(), "planFiledOn", filed.toString()));
    }

    private ProcessInstance fileFor(LocalDate due) {
        today(due);
        return start(Map.of("agency", agency, "dueOn", due.toString(), "planFiledOn", due.toString()));
    }

    private ProcessInstance start(Map<String, Object> form) {
        String definition = engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey("aa-plan-review")
                .latestVersion().singleResult().getId();
        return engine.getFormService().submitStartForm(definition, form);
    }

    private String planId() {
        return agency + " " + DUE;
    }

    private void auditWithAllElements(ProcessInstance plan) {
        assertThat(task(plan)).hasDefinitionKey("Task_DeskAudit").hasCandidateGroup(Role.PLAN_REVIEWER.groupId());
        complete(task(plan), allElements());
        complete(task(plan), figures());
    }

    /** Form 40A of an occupational category of 50 (UtilizationAnalysisTest works it by hand), the plan's only one. */
    private static Map<String, Object> figures() {
        Map<String, Object> form = new HashMap<>();
        form.put("unitKind", "OCCUPATIONAL_CATEGORY");
        form.put("unitName", "Professionals");
        form.put("laborMarketArea", "Hartford");
        form.put("anotherUnit", "false");
        // the eight groups of 46a-68-31(kk), in the order of RaceSexGroup: white, black, Hispanic, other; male, female
        int[] employed = {30, 12, 3, 2, 2, 1, 0, 0};
        String[] availability = {"45.0", "30.0", "6.0", "7.0", "4.0", "5.0", "1.4", "1.6"};
        for (RaceSexGroup group : RaceSexGroup.values()) {
            form.put(PlanDelegates.field("workforce", group), (long) employed[group.ordinal()]);
            form.put(PlanDelegates.field("availability", group), Double.valueOf(availability[group.ordinal()]));
        }
        form.put(PlanDelegates.field("previousNet", RaceSexGroup.WHITE_FEMALE), -5.0);
        // selections in the reporting period: white men 30 of 100 (the most favored), black women 1 of 10
        form.put(PlanDelegates.field("applicants", RaceSexGroup.WHITE_MALE), 100L);
        form.put(PlanDelegates.field("selected", RaceSexGroup.WHITE_MALE), 30L);
        form.put(PlanDelegates.field("applicants", RaceSexGroup.WHITE_FEMALE), 80L);
        form.put(PlanDelegates.field("selected", RaceSexGroup.WHITE_FEMALE), 20L);
        form.put(PlanDelegates.field("applicants", RaceSexGroup.BLACK_FEMALE), 10L);
        form.put(PlanDelegates.field("selected", RaceSexGroup.BLACK_FEMALE), 1L);
        return form;
    }

    private static Map<String, Object> allElements() {
        Map<String, Object> audit = new HashMap<>();
        for (RequiredElement element : RequiredElement.values()) {
            audit.put(PlanDelegates.elementField(element), true);
        }
        for (RequiredElement.Part part : RequiredElement.Part.values()) {
            audit.put(part.field(), true);
        }
        audit.put("deskAuditNotes", "Complete plan.");
        audit.put("requestInformation", "false");
        return audit;
    }
}
