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

    @Test
    void aRegularAuditFindsComplianceAndASecondRegularAuditWithinTwelveMonthsIsRefused_46a_68_8_a() {
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

        today(LocalDate.of(2027, 3, 8));
        assertThatThrownBy(() -> open("REGULAR_AUDIT", LocalDate.of(2027, 3, 8), Map.of()))
                .hasMessageContaining("not more than once in any 12-month period, so the next from 2027-03-09")
                .hasMessageContaining("46a-68-8(a)(1)");
        assertThat(open("SPECIAL_AUDIT", LocalDate.of(2027, 3, 8), Map.of("matterReasons", "Three complaints of "
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
                .hasMessageContaining("complianceDueOn").hasMessageContaining("46a-68-8(b)");
        complete(task(review), results("2026-03-10", "NONCOMPLIANT", "2026-03-12", "2026-05-29"));

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

    @Test
    void aReferralToChroAndItsDeterminationOfDiscriminationDeregister_46a_68_12_a_b() {
        program = "CT-APP-1004";
        ProcessInstance matter = open("REGULAR_AUDIT", OPENED, Map.of("sponsor", "Waterbury Machinists"));
        ProcessInstance review = review(matter);
        arrangeAudit(review);
        today(LocalDate.of(2026, 3, 12));
        complete(task(review), results("2026-03-10", "NONCOMPLIANT", "2026-03-12", "2026-04-30"));
        at(LocalDate.of(2026, 5, 1), 0);
        execute(jobQuery().processInstanceId(review.getId()).timers().singleResult());
        today(LocalDate.of(2026, 5, 4));
        complete(task(review), Map.of("correctiveAction", "Letter to the sponsor.", "sanction", "REFER_TO_CHRO"));
        assertThat(task(review)).hasDefinitionKey("Task_RecordChroDetermination");
        today(LocalDate.of(2026, 9, 1));
        complete(task(review), Map.of("chroDetermination", "DISCRIMINATION", "chroDeterminedOn", "2026-09-01"));

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
        complete(task(handling), Map.of("resolutionComplies", "true", "withdrawalReceivedOn", "2026-03-20",
                "voluntaryStatement", true));

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
        complete(task(handling), Map.of("chroDetermination", "DISCRIMINATION", "chroDeterminedOn", "2026-10-01"));

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

    private ProcessInstance complaintHandling(ProcessInstance matter) {
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
        if (dueOn != null) {
            form.put("complianceDueOn", dueOn);
        }
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
