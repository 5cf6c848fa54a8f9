package org.civilrights.workflow.apprenticeship;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.civilrights.workflow.complaint.ComplaintRecords;
import org.civilrights.workflow.process.ProcessTest;
import org.civilrights.workflow.process.ServedNotices;
import org.civilrights.workflow.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** apprenticeship-deregistration with its compliance review and complaint (46a-68-8 to 46a-68-16). */
class ApprenticeshipProcessTest extends ProcessTest {

    private static final LocalDate OPENED = LocalDate.of(2026, 3, 2);

    @Autowired ApprenticeshipPrograms programs;
    @Autowired ServedNotices notices;
    @Autowired ComplaintRecords records;
    @Autowired JdbcClient jdbc;
    @Autowired org.springframework.boot.test.web.client.TestRestTemplate http;

    private String program;

    @Test // review D-39
    void aRegularAuditFindsCompliance_andTheNextRegularAuditIsHeldNoEarlierThanTwelveMonthsLater_46a_68_8_a() {
        program = "CT-APP-1001";
        ProcessInstance matter = open("REGULAR_AUDIT", OPENED, Map.of("sponsor", "Hartford Electrical JATC",
                "trade", "Electrician"));
        ProcessInstance review = review(matter);
        assertThat(programs.find(program).orElseThrow().status()).isEqualTo(ApprenticeshipPrograms.Status.UNDER_REVIEW);
        assertThat(task(review)).hasDefinitionKey("Task_NotifySponsor").hasCandidateGroup(Role.APPRENTICESHIP_STAFF.groupId());
        assertThatThrownBy(() -> complete(task(review), Map.of("auditNotifiedOn", "2026-03-02", "auditOn", "2026-03-06")))
                .as("less than a week").hasMessageContaining("auditOn").hasMessageContaining("46a-68-8(a)(2)");
        complete(task(review), Map.of("auditNotifiedOn", "2026-03-02", "auditOn", "2026-03-09"));
        today(LocalDate.of(2026, 3, 10));
        complete(task(review), results("2026-03-09", "COMPLIANT", "2026-03-10", null));

        assertThat(review).isEnded().hasPassed("End_Compliant");
        assertThat(matter).isEnded().hasPassed("End_MatterClosed").hasNotPassed("SubProcess_Deregister");
        assertThat(programs.find(program).orElseThrow().status()).isEqualTo(ApprenticeshipPrograms.Status.REGISTERED);
        assertThat(programs.find(program).orElseThrow().lastRegularAuditOn()).isEqualTo("2026-03-09");

        // review D-39: the 12-month limit is on the audit, not on opening the matter: a regular audit opened on
        // 1 March 2027 gives the sponsor its week's notice for an audit on or after 9 March
        ProcessInstance next = review(open("REGULAR_AUDIT", LocalDate.of(2027, 3, 1), Map.of()));
        assertThat(next).as("opened inside the 12 months").isNotNull();
        assertThatThrownBy(() -> complete(task(next), Map.of("auditNotifiedOn", "2027-03-01", "auditOn", "2027-03-08")))
                .hasMessageContaining("auditOn")
                .hasMessageContaining("not more than once in any 12-month period, so the next from 2027-03-09")
                .hasMessageContaining("46a-68-8(a)(1)");
        complete(task(next), Map.of("auditNotifiedOn", "2027-03-01", "auditOn", "2027-03-09"));
        assertThat(task(next)).hasDefinitionKey("Task_ConductAudit");
        today(LocalDate.of(2027, 3, 9));
        assertThatThrownBy(() -> complete(task(next), results("2027-03-08", "COMPLIANT", "2027-03-09", null)))
                .as("held a day early").hasMessageContaining("auditHeldOn").hasMessageContaining("46a-68-8(a)(1)");
        assertThatThrownBy(() -> open("REGULAR_AUDIT", LocalDate.of(2027, 3, 1), Map.of()))
                .as("one regular audit at a time").hasMessageContaining("already under a regular audit");
        assertThat(open("SPECIAL_AUDIT", LocalDate.of(2027, 3, 1), Map.of("matterReasons", "Three complaints of "
                + "steering in a month."))).as("a special audit when warranted").isNotNull();
    }

    @Test
    void findingsInWritingThenVoluntaryCompliance_andSpecialProcessingExtendsThePeriod_46a_68_8_b_11() {
        program = "CT-APP-1002";
        ProcessInstance review = review(open("SPECIAL_AUDIT", OPENED, Map.of("sponsor", "Bridgeport Plumbers Local",
                "matterReasons", "Applicant flow shows no women in three years.")));
        arrangeAudit(review);
        today(LocalDate.of(2026, 3, 12));
        assertThatThrownBy(() -> complete(task(review), results("2026-03-10", "NONCOMPLIANT", "2026-03-12", null)))
                .hasMessageContaining("complianceDueOn").hasMessageContaining("46a-68-8(b)")
                .as("review D-33").hasMessageContaining("discriminatoryPractice");
        complete(task(review), noncompliant("2026-03-10", "2026-03-12", "2026-05-29", false));

        assertThat(task(review)).hasDefinitionKey("Task_AwaitCompliance");
        assertThat(task(review).getDueDate()).isEqualTo(endOf(LocalDate.of(2026, 5, 29)));
        assertThat(programs.find(program).orElseThrow().status()).isEqualTo(ApprenticeshipPrograms.Status.COMPLIANCE_PERIOD);
        today(LocalDate.of(2026, 5, 20));
        assertThatThrownBy(() -> complete(task(review), Map.of("periodOutcome", "ADJUSTED", "newComplianceDueOn", "2026-07-31")))
                .as("only where no one is prejudiced").hasMessageContaining("46a-68-11");
        complete(task(review), Map.of("periodOutcome", "ADJUSTED", "newComplianceDueOn", "2026-07-31", "noOnePrejudiced", true));
        Job period = jobQuery().processInstanceId(review.getId()).timers().singleResult();
        assertThat(period.getDuedate()).as("the timer moved with the period").isEqualTo(endOf(LocalDate.of(2026, 7, 31)));

        today(LocalDate.of(2026, 7, 15));
        complete(task(review), Map.of("periodOutcome", "COMPLIED", "compliedOn", "2026-07-15"));
        assertThat(review).isEnded().hasPassed("End_VoluntaryCompliance");
        assertThat(programs.find(program).orElseThrow().status()).isEqualTo(ApprenticeshipPrograms.Status.REGISTERED);
    }

    @Test // docs/legal-readings.md 2.3: 46a-68-1 to 17 have no roll rule, so the sixtieth day is not moved
    void sixtyDaysForAPatternOrPracticeLapseIntoDeregistration_theSixtiethDayAHolidayNotMoved_46a_68_9_12() {
        program = "CT-APP-1003";
        ProcessInstance matter = open("REGULAR_AUDIT", OPENED, Map.of("sponsor", "New Haven Carpenters JATC"));
        ProcessInstance review = review(matter);
        arrangeAudit(review);
        // results sent Sunday 27 September 2026: the 60th day is Thanksgiving, 26 November, and it is not moved
        today(LocalDate.of(2026, 9, 27));
        complete(task(review), results("2026-03-10", "PATTERN_OR_PRACTICE", "2026-09-27", null));
        Job sixty = jobQuery().processInstanceId(review.getId()).timers().singleResult();
        assertThat(sixty.getDuedate()).isEqualTo(endOf(LocalDate.of(2026, 11, 26)));
        at(LocalDate.of(2026, 11, 26), 23);
        assertThat(jobQuery().processInstanceId(review.getId()).executable().count()).isZero();
        at(LocalDate.of(2026, 11, 27), 0);
        execute(sixty);

        assertThat(task(review)).hasDefinitionKey("Task_CorrectiveAction");
        today(LocalDate.of(2026, 12, 14));
        complete(task(review), Map.of("correctiveAction", "Ordered outreach to women's trade organizations; no response.",
                "sanction", "DEREGISTER"));
        assertThat(review).isEnded().hasPassed("End_DeregisterOnReview");

        deregister(matter, "2026-12-14", false);
        assertThat(matter).isEnded().hasPassed("End_ProgramDeregistered");
        assertThat(programs.find(program).orElseThrow().status()).isEqualTo(ApprenticeshipPrograms.Status.DEREGISTERED);
        assertThat(notices.of(program + " deregistration " + matterId(matter))).extracting(ServedNotices.Notice::recipient)
                .containsExactly("New Haven Carpenters JATC", "the public", "New Haven Carpenters JATC",
                        "United States Department of Labor");
    }

    @Test // reviews D-33, D-36
    void aReferralToChroOnItsRecordedDayAndItsFinalDecisionFindingDiscriminationDeregister_46a_68_12_a_b() {
        program = "CT-APP-1004";
        ProcessInstance matter = open("REGULAR_AUDIT", OPENED, Map.of("sponsor", "Waterbury Machinists"));
        ProcessInstance review = review(matter);
        arrangeAudit(review);
        today(LocalDate.of(2026, 3, 12));
        complete(task(review), noncompliant("2026-03-10", "2026-03-12", "2026-04-30", true));
        at(LocalDate.of(2026, 5, 1), 0);
        execute(jobQuery().processInstanceId(review.getId()).timers().singleResult());
        today(LocalDate.of(2026, 5, 8));
        assertThatThrownBy(() -> complete(task(review), Map.of("correctiveAction", "Letter to the sponsor.",
                "sanction", "REFER_TO_CHRO"))).as("review D-33: the day of the referral is recorded")
                .hasMessageContaining("referredToChroOn").hasMessageContaining("46a-68-12(a)");
        complete(task(review), Map.of("correctiveAction", "Letter to the sponsor.", "sanction", "REFER_TO_CHRO",
                "referredToChroOn", "2026-05-04"));
        assertThat(jdbc.sql("SELECT referred_to_chro_on FROM apprenticeship_matter WHERE id = :id")
                .param("id", matterId(matter)).query(LocalDate.class).single()).isEqualTo("2026-05-04");
        assertThat(task(review)).hasDefinitionKey("Task_RecordChroDetermination");
        today(LocalDate.of(2026, 9, 1));
        // review D-36: a finding of reasonable cause is not CHRO's formal determination
        assertThatThrownBy(() -> complete(task(review), Map.of("chroDetermination", "DISCRIMINATION",
                "chroDeterminedOn", "2026-09-01"))).hasMessageContaining("chroFinalDecision")
                .hasMessageContaining("reasonable cause").hasMessageContaining("46a-68-12(b)(1)");
        complete(task(review), Map.of("chroDetermination", "DISCRIMINATION", "chroDeterminedOn", "2026-09-01",
                "chroFinalDecision", true));

        assertThat(review).isEnded().hasPassed("End_DeregisterOnChro");
        assertThat(matter).isWaitingAt("Task_NotifySponsorOfDetermination");
    }

    @Test
    void aComplaintIsReferredToChroWhichFilesItsOwnComplaint_identityKeptOutOfTheProcess_46a_68_10_14() {
        program = "CT-APP-1005";
        ProcessInstance matter = open("COMPLAINT", OPENED, complaint("Stamford Sheet Metal JATC"));
        ProcessInstance handling = complaintHandling(matter);

        String docket = (String) runtimeService().getVariable(handling.getId(), "chroDocket");
        ProcessInstance chro = runtimeService().createProcessInstanceQuery().processDefinitionKey("complaint-processing")
                .processInstanceBusinessKey(docket).singleResult();
        assertThat(chro).as("CHRO's separate complaint (46a-68-10(b))").isNotNull();
        ComplaintRecords.CaseSummary record = records.find(docket).orElseThrow();
        assertThat(record.complainantName()).isEqualTo("Maria Lopez");
        assertThat(records.respondents(docket).toString()).contains("Stamford Sheet Metal JATC");
        for (String name : ApprenticeshipDelegates.IDENTITY) {
            assertThat(runtimeService().getVariable(matter.getId(), name)).as(name).isNull();
            assertThat(runtimeService().getVariable(handling.getId(), name)).as(name).isNull();
            assertThat(historyService().createHistoricVariableInstanceQuery().variableName(name)
                    .processInstanceIdIn(matter.getId(), handling.getId()).count()).as(name + " in history").isZero();
        }
        assertThat(task(handling)).hasDefinitionKey("Task_InformalResolution")
                .hasCandidateGroup(Role.APPRENTICESHIP_STAFF.groupId());
    }

    @Test
    void aComplaintWithoutItsRequiredContentsIsRefused_46a_68_10_a() {
        program = "CT-APP-1006";
        Map<String, Object> unsigned = new HashMap<>(complaint("Norwich Pipefitters"));
        unsigned.put("complaintSigned", false);
        unsigned.remove("complainantPhone");
        assertThatThrownBy(() -> open("COMPLAINT", OPENED, unsigned))
                .hasMessageContaining("complaintSigned").hasMessageContaining("telephone").hasMessageContaining("46a-68-10(a)");
        assertThat(programs.find(program)).as("nothing kept").isEmpty();
    }

    @Test
    void aComplaintResolvedInformallyThatCompliesClosesChrosComplaint_46a_68_10_b() {
        program = "CT-APP-1007";
        ProcessInstance matter = open("COMPLAINT", OPENED, complaint("Danbury Ironworkers"));
        ProcessInstance handling = complaintHandling(matter);
        String docket = (String) runtimeService().getVariable(handling.getId(), "chroDocket");
        complete(task(handling), Map.of("informalResult", "RESOLVED", "resolutionTerms", "Admitted to the next class with back pay."));
        assertThat(task(handling)).hasDefinitionKey("Task_ChroReviewsResolution")
                .hasCandidateGroup(Role.EXECUTIVE_DIRECTOR.groupId());
        today(LocalDate.of(2026, 3, 20));
        complete(task(handling), Map.of("resolutionComplies", "true", "chroResolution", "WITHDRAWAL",
                "withdrawalReceivedOn", "2026-03-20", "voluntaryStatement", true));

        assertThat(handling).isEnded().hasPassed("End_ResolvedAndClosed");
        assertThat(matter).isEnded().hasPassed("End_MatterClosed");
        ProcessInstance chro = runtimeService().createProcessInstanceQuery().processInstanceBusinessKey(docket)
                .processDefinitionKey("complaint-processing").singleResult();
        assertThat(taskQuery().processInstanceId(chro.getId()).taskDefinitionKey("Task_DecideSubstitution").count())
                .as("CHRO's complaint takes the withdrawal (46a-54-68a)").isOne();
    }

    @Test
    void anUnresolvedComplaintGoesOnAtChroWhoseDeterminationDeregistersWithNoticeToTheComplainant_46a_68_10_12() {
        program = "CT-APP-1008";
        ProcessInstance matter = open("COMPLAINT", OPENED, complaint("Meriden Electricians"));
        ProcessInstance handling = complaintHandling(matter);
        complete(task(handling), Map.of("informalResult", "NOT_RESOLVED"));
        assertThat(task(handling)).hasDefinitionKey("Task_RecordChroFinding");
        today(LocalDate.of(2026, 10, 1));
        complete(task(handling), Map.of("chroDetermination", "DISCRIMINATION", "chroDeterminedOn", "2026-10-01",
                "chroFinalDecision", true));

        assertThat(handling).isEnded().hasPassed("End_ComplaintDeregister");
        Map<String, Object> withoutComplainant = orderNotices("2026-10-01");
        complete(task(matter), Map.of("determinationNoticeOn", "2026-10-01"));
        assertThatThrownBy(() -> complete(task(matter), withoutComplainant)).as("the complainant is told too")
                .hasMessageContaining("46a-68-12(b)(2)");
        Map<String, Object> order = orderNotices("2026-10-01");
        order.put("complainantNoticeMethod", "CERTIFIED_MAIL");
        order.put("complainantNoticeOn", "2026-10-01");
        complete(task(matter), order);
        assertThat(matter).isEnded().hasPassed("End_ProgramDeregistered");
        assertThat(programs.find(program).orElseThrow().status()).isEqualTo(ApprenticeshipPrograms.Status.DEREGISTERED);

        // staff see the program's state and its matters; the complainant's identity is not there (46a-68-14)
        var response = http.withBasicAuth("abby", "abby").getForEntity("/api/apprenticeship-programs/" + program, String.class);
        assertThat(response.getStatusCode().value()).isEqualTo(200);
        assertThat(response.getBody()).contains("DEREGISTERED", "\"matter\":\"COMPLAINT\"", "\"chroDetermination\":\"DISCRIMINATION\"")
                .doesNotContain("Maria Lopez");
        assertThat(http.withBasicAuth("paula", "paula").getForEntity("/api/apprenticeship-programs/" + program, String.class)
                .getStatusCode().value()).isEqualTo(403);
    }

    @Test
    void aDeregisteredProgramIsReinstatedOnAdequateEvidence_46a_68_13() {
        program = "CT-APP-1009";
        today(OPENED);
        assertThatThrownBy(() -> open("REINSTATEMENT", OPENED, Map.of("sponsor", "Groton Shipfitters")))
                .hasMessageContaining("only a deregistered program is reinstated");
        jdbc.sql("INSERT INTO apprenticeship_program (registration_number, sponsor, status, status_since) VALUES "
                + "(:r, 'Groton Shipfitters', 'DEREGISTERED', DATE '2025-06-01')").param("r", program).update();
        ProcessInstance matter = open("REINSTATEMENT", OPENED, Map.of());
        assertThat(task(matter)).hasDefinitionKey("Task_WeighReinstatement");
        assertThatThrownBy(() -> complete(task(matter), Map.of("relief", "NONE", "reinstatementEvidence", "A promise.",
                "reinstatementDecision", "REINSTATE", "reinstatementDecidedOn", "2026-03-02")))
                .hasMessageContaining("deficiencyCorrected").hasMessageContaining("46a-68-13");
        complete(task(matter), Map.of("relief", "MAKE_WHOLE", "deficiencyCorrected", true, "reinstatementEvidence",
                "Back pay and seniority to the four applicants; new selection procedure.", "reinstatementDecision", "REINSTATE",
                "reinstatementDecidedOn", "2026-03-02"));

        assertThat(matter).isEnded().hasPassed("End_ReinstatementDecided");
        assertThat(programs.find(program).orElseThrow().status()).isEqualTo(ApprenticeshipPrograms.Status.REINSTATED);
    }

    @Test
    void anExemptionAfterConsultingChroAndTheDepartmentOfLaborTold_46a_68_16() {
        program = "CT-APP-1010";
        ProcessInstance matter = open("EXEMPTION", OPENED, Map.of("sponsor", "Statewide Nursing Assistants Program",
                "matterReasons", "Program closes in June; no new apprentices."));
        assertThat(task(matter)).hasDefinitionKey("Task_ConsultChro").hasCandidateGroup(Role.EXECUTIVE_DIRECTOR.groupId());
        complete(task(matter), Map.of("chroView", "No objection if current apprentices finish."));
        complete(task(matter), Map.of("exemptionDecision", "GRANT", "goodCause", true, "substantialNumber", true,
                "exemptionDecidedOn", "2026-03-02"));
        assertThat(task(matter)).hasDefinitionKey("Task_NotifyDol");
        complete(task(matter), Map.of("dolNoticeMethod", "EMAIL", "dolNoticeOn", "2026-03-02"));

        assertThat(matter).isEnded().hasPassed("End_ExemptionDecided", "Task_RecordDolNotice");
        assertThat(notices.of(program + " exemption " + matterId(matter))).extracting(ServedNotices.Notice::recipient)
                .containsExactly("United States Department of Labor");
    }

    @Test
    void aSpecialAuditNeedsItsReason_andAnAuditIsNotHeldWithinAWeekOfTheNotice_46a_68_8_a_2() {
        program = "CT-APP-1011";
        assertThatThrownBy(() -> open("SPECIAL_AUDIT", OPENED, Map.of("sponsor", "Enfield Welders")))
                .hasMessageContaining("reasons").hasMessageContaining("46a-68-8(a)(2)");
        ProcessInstance review = review(open("SPECIAL_AUDIT", OPENED, Map.of("sponsor", "Enfield Welders",
                "matterReasons", "Two complaints of steering.")));
        arrangeAudit(review); // notified 2 March, audit arranged for the 10th
        today(LocalDate.of(2026, 3, 12));
        assertThatThrownBy(() -> complete(task(review), results("2026-03-06", "COMPLIANT", "2026-03-12", null)))
                .as("held before a week had passed").hasMessageContaining("auditHeldOn").hasMessageContaining("46a-68-8(a)(2)");
    }

    @Test
    void anExemptionIsGrantedOnlyForGoodCauseAfterConsultingChro_46a_68_16() {
        program = "CT-APP-1012";
        ProcessInstance matter = open("EXEMPTION", OPENED, Map.of("sponsor", "Milford Boatbuilders",
                "matterReasons", "Seasonal program."));
        complete(task(matter), Map.of("chroView", "Objects: no showing of need."));
        assertThatThrownBy(() -> complete(task(matter), Map.of("exemptionDecision", "GRANT", "goodCause", false,
                "exemptionDecidedOn", "2026-03-02"))).hasMessageContaining("goodCause").hasMessageContaining("46a-68-16");
        complete(task(matter), Map.of("exemptionDecision", "DENY", "exemptionDecidedOn", "2026-03-02"));

        assertThat(matter).isEnded().hasPassed("End_ExemptionDecided").hasNotPassed("Task_NotifyDol");
    }

    @Test // review D-33
    void aReviewThatFoundNoDiscriminatoryPracticeDoesNotDeregister_andComplianceCountsFromItsRecordedDay_46a_68_8_b_12() {
        program = "CT-APP-1013";
        ProcessInstance review = review(open("SPECIAL_AUDIT", OPENED, Map.of("sponsor", "Torrington Millwrights",
                "matterReasons", "Selection records missing for two classes.")));
        arrangeAudit(review);
        today(LocalDate.of(2026, 3, 12));
        complete(task(review), noncompliant("2026-03-10", "2026-03-12", "2026-04-30", false));
        at(LocalDate.of(2026, 5, 1), 0);
        execute(jobQuery().processInstanceId(review.getId()).timers().singleResult());

        today(LocalDate.of(2026, 5, 20));
        assertThatThrownBy(() -> complete(task(review), Map.of("correctiveAction", "Letter to the sponsor.",
                "sanction", "DEREGISTER"))).as("a record-keeping lapse is no determination of discriminatory practices")
                .hasMessageContaining("sanction ('Result')").hasMessageContaining("46a-68-12(b)(1)")
                .hasMessageContaining("without a discriminatory practice");
        assertThat(task(review)).hasDefinitionKey("Task_CorrectiveAction");
        assertThatThrownBy(() -> complete(task(review), Map.of("correctiveAction", "Letter to the sponsor.",
                "sanction", "COMPLIED"))).hasMessageContaining("compliedOn");
        complete(task(review), Map.of("correctiveAction", "Letter to the sponsor.", "sanction", "COMPLIED",
                "compliedOn", "2026-05-05"));

        assertThat(review).isEnded().hasPassed("End_ComplianceAfterAction");
        ApprenticeshipPrograms.Program state = programs.find(program).orElseThrow();
        assertThat(state.status()).isEqualTo(ApprenticeshipPrograms.Status.REGISTERED);
        assertThat(state.statusSince()).as("the day compliance came, not the day it was entered").isEqualTo("2026-05-05");
    }

    @Test // review M-38
    void theAuditRecordsEachSponsorDutyAsMetNotMetOrNotApplicable_andADutyNotMetIsNotCompliance_46a_68_4_6_7_8() {
        program = "CT-APP-1014";
        ProcessInstance matter = open("REGULAR_AUDIT", OPENED, Map.of("sponsor", "Bristol Toolmakers JATC"));
        ProcessInstance review = review(matter);
        arrangeAudit(review);
        today(LocalDate.of(2026, 3, 12));
        Map<String, Object> unchecked = results("2026-03-10", "COMPLIANT", "2026-03-12", null);
        unchecked.remove("check6b");
        assertThatThrownBy(() -> complete(task(review), unchecked)).hasMessageContaining("(46a-68-6(b))' is required");
        Map<String, Object> lapse = results("2026-03-10", "COMPLIANT", "2026-03-12", null);
        lapse.put("check7f", "NOT_MET");
        lapse.put("check6b", "NOT_APPLICABLE");
        lapse.put("check6bNotes", "Selects from the department's pool (6(c)).");
        assertThatThrownBy(() -> complete(task(review), lapse)).as("notes and compliance")
                .hasMessageContaining("check7fNotes").hasMessageContaining("46a-68-7(f)")
                .hasMessageContaining("auditFinding").hasMessageContaining("46a-68-8(b)");
        Map<String, Object> noncompliant = noncompliant("2026-03-10", "2026-03-12", "2026-05-29", false);
        noncompliant.putAll(Map.of("check7f", "NOT_MET", "check7fNotes", "Applications of 2025 discarded after six months.",
                "check6b", "NOT_APPLICABLE", "check6bNotes", "Selects from the department's pool (6(c))."));
        complete(task(review), noncompliant);

        assertThat(task(review)).hasDefinitionKey("Task_AwaitCompliance");
        assertThat(programs.auditChecks(matterId(matter))).containsEntry("7(f)", new ApprenticeshipPrograms.DutyCheck(
                "NOT_MET", "Applications of 2025 discarded after six months.")).containsEntry("4(c)",
                new ApprenticeshipPrograms.DutyCheck("MET", null)).containsEntry("6(b)", new ApprenticeshipPrograms.DutyCheck(
                "NOT_APPLICABLE", "Selects from the department's pool (6(c)).")).hasSize(4);
    }

    @Test // review M-37
    void aSponsorSeekingNewRegistrationIsGivenTheDepartmentsRecommendations_46a_68_8_b() {
        program = "CT-APP-1015";
        ProcessInstance matter = open("SPECIAL_AUDIT", OPENED, Map.of("sponsor", "New London Marine Electricians",
                "matterReasons", "Application for registration of a new program."));
        ProcessInstance review = review(matter);
        arrangeAudit(review);
        today(LocalDate.of(2026, 3, 12));
        Map<String, Object> results = noncompliant("2026-03-10", "2026-03-12", "2026-05-29", false);
        results.put("seekingRegistration", true);
        assertThatThrownBy(() -> complete(task(review), results)).hasMessageContaining("registrationRecommendations")
                .hasMessageContaining("recommendationsSentOn").hasMessageContaining("46a-68-8(b)");
        results.putAll(Map.of("registrationRecommendations", "Adopt the model affirmative action plan; post openings "
                + "with the job service network.", "recommendationsSentOn", "2026-03-12"));
        complete(task(review), results);

        assertThat(jdbc.sql("SELECT registration_recommendations FROM apprenticeship_matter WHERE id = :id")
                .param("id", matterId(matter)).query(String.class).single()).startsWith("Adopt the model");
    }

    @Test // review D-34
    void chrosComplaintIsFiledOnTheDayItReceivedTheReferral_andSwornBeforeIt_46a_68_10_b_46a_54_35a_36a() {
        program = "CT-APP-1016";
        ProcessInstance matter = open("COMPLAINT", OPENED, complaint("Middletown Roofers JATC"));
        ProcessInstance handling = handling(matter);
        assertThat(task("Task_ReceiveReferral", handling)).hasCandidateGroup(Role.INTAKE.groupId());
        today(LocalDate.of(2026, 3, 20));
        assertThatThrownBy(() -> complete(task("Task_ReceiveReferral", handling), Map.of("referralReceivedOn", "2026-03-01",
                "complaintSwornOn", "2026-02-28"))).as("before the department received the complaint; sworn before that")
                .hasMessageContaining("referralReceivedOn").hasMessageContaining("46a-68-10(b)")
                .hasMessageContaining("complaintSwornOn").hasMessageContaining("46a-54-35a(a)");
        complete(task("Task_ReceiveReferral", handling), Map.of("referralReceivedOn", "2026-03-05",
                "complaintSwornOn", "2026-03-09"));

        String docket = (String) runtimeService().getVariable(handling.getId(), "chroDocket");
        ComplaintRecords.CaseSummary chro = records.find(docket).orElseThrow();
        assertThat(chro.filedOn()).as("the day CHRO received the referral: not the 2nd (the department), not the 20th "
                + "(the entry)").isEqualTo("2026-03-05");
        assertThat(jdbc.sql("SELECT sworn_on FROM complaint WHERE docket_number = :d").param("d", docket)
                .query(LocalDate.class).single()).as("the oath CHRO obtained, not the signature of the 1st")
                .isEqualTo("2026-03-09");
        ProcessInstance complaint = runtimeService().createProcessInstanceQuery().processDefinitionKey("complaint-processing")
                .processInstanceBusinessKey(docket).singleResult();
        assertThat(runtimeService().getVariable(complaint.getId(), "departmentReceivedOn")).as("for CHRO's reviewer")
                .isEqualTo("2026-03-02");
        assertThat(jdbc.sql("SELECT chro_received_on FROM apprenticeship_matter WHERE id = :id")
                .param("id", matterId(matter)).query(LocalDate.class).single()).isEqualTo("2026-03-05");
        assertThat(task(handling)).hasDefinitionKey("Task_InformalResolution");
    }

    @Test // review R-7
    void theDepartmentsInformalResolutionDoesNotWaitForChroIntake_andTheHeldIdentityGoesOnlyToChrosComplaint_46a_68_10_b_14() {
        program = "CT-APP-1020";
        ProcessInstance matter = open("COMPLAINT", OPENED, complaint("Bristol Carpenters JATC"));
        ProcessInstance handling = handling(matter);

        // 10(b): the department refers the complaint at once and uses its good offices at once, side by side
        assertThat(task("Task_ReceiveReferral", handling)).hasCandidateGroup(Role.INTAKE.groupId());
        assertThat(task("Task_InformalResolution", handling)).hasCandidateGroup(Role.APPRENTICESHIP_STAFF.groupId());
        today(LocalDate.of(2026, 3, 6));
        complete(task("Task_InformalResolution", handling), Map.of("informalResult", "RESOLVED",
                "resolutionTerms", "Admitted to the April class."));

        // CHRO reviews the resolution on its own complaint, so that review waits for the referral; the identity is
        // still held for CHRO's complaint, and nowhere else
        assertThat(taskQuery().processInstanceId(handling.getId()).taskDefinitionKey("Task_ChroReviewsResolution").count())
                .isZero();
        assertThat(heldIdentities(matter)).isOne();
        today(LocalDate.of(2026, 3, 9));
        complete(task("Task_ReceiveReferral", handling), Map.of("referralReceivedOn", "2026-03-05",
                "complaintSwornOn", "2026-03-09"));

        assertThat(task(handling)).hasDefinitionKey("Task_ChroReviewsResolution");
        assertThat(heldIdentities(matter)).as("taken by CHRO's complaint").isZero();
        String docket = (String) runtimeService().getVariable(handling.getId(), "chroDocket");
        assertThat(records.find(docket)).isPresent();
    }

    @Test // review R-7
    void aMatterCancelledBeforeChroIntakeRecordedTheReferralLeavesNoHeldIdentity_46a_68_14() {
        program = "CT-APP-1021";
        ProcessInstance matter = open("COMPLAINT", OPENED, complaint("Groton Boilermakers JATC"));
        assertThat(heldIdentities(matter)).isOne();
        long matterId = matterId(matter);

        runtimeService().deleteProcessInstance(matter.getId(), "Opened in error");

        assertThat(jdbc.sql("SELECT COUNT(*) FROM apprenticeship_referral_held WHERE matter_id = :id").param("id", matterId)
                .query(Long.class).single()).isZero();
    }

    private long heldIdentities(ProcessInstance matter) {
        return jdbc.sql("SELECT COUNT(*) FROM apprenticeship_referral_held WHERE matter_id = :id")
                .param("id", matterId(matter)).query(Long.class).single();
    }

    @Test // review D-35
    void aComplyingResolutionMayDisposeOfChrosComplaintAsAConciliationAgreement_46a_68_10_b_46a_54_67a() {
        program = "CT-APP-1017";
        ProcessInstance matter = open("COMPLAINT", OPENED, complaint("Norwalk Glaziers"));
        ProcessInstance handling = complaintHandling(matter);
        String docket = (String) runtimeService().getVariable(handling.getId(), "chroDocket");
        complete(task(handling), Map.of("informalResult", "RESOLVED", "resolutionTerms", "Admitted to the June class."));
        today(LocalDate.of(2026, 3, 25));
        Map<String, Object> agreement = new HashMap<>(Map.of("resolutionComplies", "true",
                "chroResolution", "CONCILIATION_AGREEMENT", "agreementExecutedOn", "2026-03-24"));
        assertThatThrownBy(() -> complete(task(handling), agreement)).hasMessageContaining("agreementExecutedByAll")
                .hasMessageContaining("46a-54-55a(h)");
        agreement.put("agreementExecutedByAll", true);
        complete(task(handling), agreement);

        assertThat(handling).isEnded().hasPassed("End_ResolvedAndClosed");
        assertThat(matter).isEnded().hasPassed("End_MatterClosed");
        assertThat(runtimeService().createProcessInstanceQuery().processInstanceBusinessKey(docket).count())
                .as("CHRO's complaint closed, without a withdrawal").isZero();
        ComplaintRecords.CaseSummary chro = records.find(docket).orElseThrow();
        assertThat(chro.disposition()).isEqualTo("CONCILIATION_AGREEMENT");
        assertThat(chro.disposedOn()).isEqualTo("2026-03-24");
        assertThat(jdbc.sql("SELECT chro_resolution FROM apprenticeship_matter WHERE id = :id")
                .param("id", matterId(matter)).query(String.class).single()).isEqualTo("CONCILIATION_AGREEMENT");
    }

    @Test // review M-37
    void aComplaintChroReceivedIsReferredToTheDepartmentToResolveInformally_46a_68_10_b() {
        program = "CT-APP-1018";
        today(LocalDate.of(2026, 4, 1));
        Map<String, Object> filing = new HashMap<>(Map.of("filedOn", "2026-04-01", "swornOn", "2026-04-01",
                "complainantName", "Dana Whitfield", "complainantAddress", "4 Oak Lane, Meriden", "confidential", false,
                "firstRespondentName", "Wallingford Sheet Metal JATC", "protectedBasis", "Race",
                "statementOfFacts", "Not admitted to the apprenticeship class.", "actOn", "2026-03-10"));
        filing.putAll(Map.of("continuingViolation", false, "criminalRecordClaim", false, "housingClaim", false));
        String definition = engine.getRepositoryService().createProcessDefinitionQuery()
                .processDefinitionKey("complaint-processing").latestVersion().singleResult().getId();
        String docket = engine.getFormService().submitStartForm(definition, filing).getBusinessKey();

        Map<String, Object> fromChro = new HashMap<>(Map.of("sponsor", "Wallingford Sheet Metal JATC",
                "complaintFiledWith", "CHRO", "chroDocket", "2026-99999"));
        assertThatThrownBy(() -> open("COMPLAINT", LocalDate.of(2026, 4, 3), fromChro)).hasMessageContaining("chroDocket")
                .hasMessageContaining("46a-68-10(b)");
        fromChro.put("chroDocket", docket);
        ProcessInstance matter = open("COMPLAINT", LocalDate.of(2026, 4, 3), fromChro);

        ProcessInstance handling = handling(matter);
        assertThat(task(handling)).as("no new CHRO complaint: straight to the department's good offices")
                .hasDefinitionKey("Task_InformalResolution");
        assertThat(runtimeService().getVariable(handling.getId(), "chroDocket")).isEqualTo(docket);
        assertThat(runtimeService().createProcessInstanceQuery().processDefinitionKey("complaint-processing")
                .processInstanceBusinessKey(docket).count()).isOne();
        assertThat(jdbc.sql("SELECT filed_with || ' ' || chro_docket FROM apprenticeship_matter WHERE id = :id")
                .param("id", matterId(matter)).query(String.class).single()).isEqualTo("CHRO " + docket);
    }

    @Test // review M-37
    void theNoticeOfTheComplaintProcedureToApplicantsAndApprenticesIsRecorded_46a_68_10_c() {
        program = "CT-APP-1019";
        Map<String, Object> nobody = new HashMap<>(Map.of("sponsor", "Willimantic Plumbers JATC",
                "procedureNoticeMethod", "POSTED_AT_WORKSITE", "procedureNoticeOn", "2026-03-02"));
        assertThatThrownBy(() -> open("PROCEDURE_NOTICE", OPENED, nobody)).hasMessageContaining("procedureNoticeApplicants")
                .hasMessageContaining("46a-68-10(c)");
        nobody.putAll(Map.of("procedureNoticeApplicants", true, "procedureNoticeApprentices", true));
        ProcessInstance matter = open("PROCEDURE_NOTICE", OPENED, nobody);

        assertThat(matter).isEnded().hasPassed("End_ProcedureNoticeRecorded");
        assertThat(notices.of(program + " complaint procedure " + matterId(matter)))
                .extracting(ServedNotices.Notice::recipient, ServedNotices.Notice::method, ServedNotices.Notice::section)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("applicants for apprenticeship in program " + program,
                                "POSTED_AT_WORKSITE", "46a-68-10(c)"),
                        org.assertj.core.groups.Tuple.tuple("apprentices of program " + program, "POSTED_AT_WORKSITE",
                                "46a-68-10(c)"));
    }

    // ---------------------------------------------------------------------------------------------

    private ProcessInstance open(String matter, LocalDate on, Map<String, Object> more) {
        today(on);
        Map<String, Object> form = new HashMap<>(more);
        form.put("registrationNumber", program);
        form.put("matter", matter);
        form.put("openedOn", on.toString());
        String definition = engine.getRepositoryService().createProcessDefinitionQuery()
                .processDefinitionKey("apprenticeship-deregistration").latestVersion().singleResult().getId();
        return engine.getFormService().submitStartForm(definition, form);
    }

    private ProcessInstance review(ProcessInstance matter) {
        return runtimeService().createProcessInstanceQuery().superProcessInstanceId(matter.getId())
                .processDefinitionKey("apprenticeship-compliance-review").singleResult();
    }

    /** The complaint handling of the matter, CHRO intake having recorded the referral received on the 5th. */
    private ProcessInstance complaintHandling(ProcessInstance matter) {
        ProcessInstance handling = handling(matter);
        assertThat(task("Task_ReceiveReferral", handling)).hasCandidateGroup(Role.INTAKE.groupId());
        for (String name : ApprenticeshipDelegates.IDENTITY) {
            // review D-34 with 46a-68-14: while CHRO intake records the referral, the identity is not in the process
            // (Cockpit shows process variables to managers); it waits in the case tables
            assertThat(runtimeService().getVariable(matter.getId(), name)).as(name + " while the referral waits").isNull();
            assertThat(runtimeService().getVariable(handling.getId(), name)).as(name + " while the referral waits").isNull();
        }
        today(LocalDate.of(2026, 3, 9));
        complete(task("Task_ReceiveReferral", handling), Map.of("referralReceivedOn", "2026-03-05",
                "complaintSwornOn", "2026-03-09"));
        return handling;
    }

    private ProcessInstance handling(ProcessInstance matter) {
        return runtimeService().createProcessInstanceQuery().superProcessInstanceId(matter.getId())
                .processDefinitionKey("apprenticeship-complaint").singleResult();
    }

    private long matterId(ProcessInstance matter) {
        return jdbc.sql("SELECT id FROM apprenticeship_matter WHERE process_instance_id = :pi").param("pi", matter.getId())
                .query(Long.class).single();
    }

    private void arrangeAudit(ProcessInstance review) {
        complete(task(review), Map.of("auditNotifiedOn", "2026-03-02", "auditOn", "2026-03-10"));
    }

    private static Map<String, Object> results(String heldOn, String finding, String sentOn, String dueOn) {
        Map<String, Object> form = new HashMap<>();
        form.put("auditHeldOn", heldOn);
        form.put("auditFinding", finding);
        form.put("auditFindings", "Applicant flow and selection records reviewed.");
        form.put("resultsSentOn", sentOn);
        for (ApprenticeshipPrograms.SponsorDuty duty : ApprenticeshipPrograms.SponsorDuty.values()) {
            form.put(duty.field(), "MET");
        }
        if (dueOn != null) {
            form.put("complianceDueOn", dueOn);
        }
        return form;
    }

    /** Not in accordance with the regulation, with or without a discriminatory practice (46a-68-8(b), 12(b)). */
    private static Map<String, Object> noncompliant(String heldOn, String sentOn, String dueOn, boolean discriminatory) {
        Map<String, Object> form = results(heldOn, "NONCOMPLIANT", sentOn, dueOn);
        form.put("discriminatoryPractice", String.valueOf(discriminatory));
        return form;
    }

    private static Map<String, Object> complaint(String sponsor) {
        Map<String, Object> form = new HashMap<>();
        form.put("sponsor", sponsor);
        form.put("complainantName", "Maria Lopez");
        form.put("complainantAddress", "12 Elm Street, Stamford");
        form.put("complainantPhone", "203-555-0142");
        form.put("discriminationBasis", "sex");
        form.put("statementOfFacts", "Rejected for the apprenticeship class although ranked third on the list.");
        form.put("actOn", "2026-02-10");
        form.put("complaintSigned", true);
        form.put("complaintSignedOn", "2026-03-01");
        form.put("complaintFiledWith", "DEPARTMENT");
        return form;
    }

    private static Map<String, Object> orderNotices(String on) {
        Map<String, Object> form = new HashMap<>();
        for (String who : new String[] {"sponsor", "dol"}) {
            form.put(who + "NoticeMethod", "CERTIFIED_MAIL");
            form.put(who + "NoticeOn", on);
        }
        form.put("publicNoticeMethod", "NEWSPAPER");
        form.put("publicNoticeOn", on);
        form.put("appealRightsGiven", true);
        return form;
    }

    private void deregister(ProcessInstance matter, String on, boolean complainant) {
        assertThat(task(matter)).hasDefinitionKey("Task_NotifySponsorOfDetermination")
                .hasCandidateGroup(Role.APPRENTICESHIP_STAFF.groupId());
        complete(task(matter), Map.of("determinationNoticeOn", on));
        Map<String, Object> order = orderNotices(on);
        order.put("appealRightsGiven", false);
        assertThatThrownBy(() -> complete(task(matter), order)).as("29 CFR 30.15")
                .hasMessageContaining("'The sponsor was informed of its appeal to the Secretary under 29 CFR 30.15' must be confirmed");
        complete(task(matter), orderNotices(on));
    }
}
