package org.civilrights.workflow.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.civilrights.workflow.complaint.Complaints.file;
import static org.civilrights.workflow.complaint.Complaints.filing;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.civilrights.workflow.process.FormCheckException;
import org.civilrights.workflow.process.ProcessTest;
import org.civilrights.workflow.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Filing, jurisdictional review and service: complaint-processing with complaint-intake (46a-54-33a to 42a). */
class ComplaintIntakeProcessTest extends ProcessTest {

    private static final LocalDate FILED = LocalDate.of(2026, 3, 2);

    @Autowired ComplaintRecords records;
    @Autowired CaseFile caseFile;

    @Test
    void aSufficientComplaintGetsADocketNumberAndGoesToJurisdictionalReview_46a_54_36a_42a() {
        today(FILED);
        ProcessInstance complaint = file(engine, filing(FILED));

        String docket = (String) runtimeService().getVariable(complaint.getId(), "docketNumber");
        assertThat(docket).matches("2026-\\d{5}");
        assertThat(processInstanceQuery().processInstanceBusinessKey(docket, Complaints.PROCESS).count()).isOne();
        ProcessInstance intake = calledProcessInstance(complaint);
        assertThat(intake).isWaitingAt("Task_ReviewJurisdiction");
        assertThat(task(intake)).hasCandidateGroup(Role.INTAKE.groupId());
        assertThat(intake.getBusinessKey()).isEqualTo(docket);

        ComplaintRecords.CaseSummary record = records.get(docket);
        assertThat(record.filedOn()).isEqualTo(FILED);
        assertThat(record.stage()).isEqualTo("INTAKE");
        assertThat(record.timelyOnItsFace()).isTrue();
        assertThat(records.respondents(docket)).extracting(ComplaintRecords.RespondentRecord::name,
                ComplaintRecords.RespondentRecord::address).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Acme Manufacturing LLC", "1 Industrial Way, New Britain, CT"),
                org.assertj.core.groups.Tuple.tuple("Pat Quinn", "1 Industrial Way, New Britain, CT"));
        assertThat(caseFile.deadlines(docket)).singleElement()
                .satisfies(d -> assertThat(d.dueOn()).isEqualTo("2026-03-23"));
    }

    @Test
    void aComplaintWithoutTheRequiredContentsIsRefusedAndNothingIsRecorded_46a_54_35a() {
        today(FILED);
        Map<String, Object> form = filing(FILED);
        form.remove("statementOfFacts");
        form.remove("swornOn");
        long casesBefore = processInstanceQuery().processDefinitionKey(Complaints.PROCESS).count();

        assertThatThrownBy(() -> file(engine, form))
                .isInstanceOf(FormCheckException.class)
                .hasMessageContaining("'Statement of the facts, with their dates' is required")
                .hasMessageContaining("'Sworn on' is required");
        assertThat(processInstanceQuery().processDefinitionKey(Complaints.PROCESS).count()).isEqualTo(casesBefore);
    }

    @Test
    void aFilingDateInTheFutureIsRefused_46a_54_36a() {
        today(FILED);
        assertThatThrownBy(() -> file(engine, filing(FILED.plusDays(1))))
                .isInstanceOf(FormCheckException.class)
                .hasMessageContaining("'Received at an office on' cannot be later than today");
    }

    @Test
    void anActAfterTheFilingIsRefused_46a_54_34a() {
        today(FILED);
        Map<String, Object> form = filing(FILED);
        form.put("actOn", FILED.toString());
        form.put("filedOn", FILED.minusDays(1).toString());
        assertThatThrownBy(() -> file(engine, form)).hasMessageContaining("actOn: the alleged act");
    }

    @Test
    void theReviewerSeesTheLastDayCountedFromWhenTheComplainantKnew_andAKnowledgeAfterFilingIsRefused_46a_54_34a_b() {
        today(FILED);
        Map<String, Object> form = filing(FILED);
        form.put("actOn", FILED.minusDays(200).toString());
        form.put("knewOn", FILED.minusDays(60).toString()); // 1 January 2026: 180 days later, Tuesday 30 June
        ProcessInstance complaint = file(engine, form);
        assertThat(complaint).variables().containsEntry("timelyOnItsFace", false)
                .containsEntry("filingDeadlineFromKnowledge", "2026-06-30");

        today(FILED.plusDays(5)); // recorded days later: the knowledge date lies after the filing, not in the future
        Map<String, Object> later = filing(FILED);
        later.put("knewOn", FILED.plusDays(1).toString());
        assertThatThrownBy(() -> file(engine, later)).hasMessageContaining("knewOn").hasMessageContaining("46a-54-34a(b)");
    }

    @Test // review F29
    void aComplaintGivingTheActOnlyApproximatelyIsRegisteredMarkedApproximate_andTheReviewerSeesAllThreeDates_46a_54_34a_b_35a_b() throws Exception {
        today(FILED);
        Map<String, Object> form = filing(FILED);
        form.remove("actOn");
        assertThatThrownBy(() -> file(engine, form)).hasMessageContaining("'Date of the alleged act' is required")
                .hasMessageContaining("'When the act happened, in the complaint's words'");
        form.put("actApproximately", "spring 2026");
        form.put("knewOn", "2026-02-20");
        form.put("knewDiscriminationOn", "2026-02-25");

        ProcessInstance complaint = file(engine, form);

        String docket = docket(complaint);
        ComplaintRecords.CaseSummary record = records.get(docket);
        assertThat(record.filedOn()).as("36a(b): filed the day it was received").isEqualTo(FILED);
        assertThat(record.actOn()).isNull();
        assertThat(record.actApproximately()).isEqualTo("spring 2026");
        assertThat(record.filingDeadline()).as("no day to count from: the review decides").isNull();
        assertThat(record.timelyOnItsFace()).isNull();
        ProcessInstance intake = calledProcessInstance(complaint);
        assertThat(intake).isWaitingAt("Task_ReviewJurisdiction");
        assertThat(runtimeService().getVariables(intake.getId()))
                .containsEntry("actDateAsFiled", "approximate: spring 2026")
                .containsEntry("knewOnAsFiled", "2026-02-20")
                .containsEntry("filingDeadlineFromKnowledge", "2026-08-19") // 34a(b)(2)
                .containsEntry("knewDiscriminationOnAsFiled", "2026-02-25")
                .containsEntry("filingDeadlineFromDiscriminationKnown", "2026-08-24"); // 34a(b)(3)
        String review = new String(engine.getFormService().getDeployedTaskForm(task(intake).getId()).readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8);
        assertThat(review).contains("{{actDateAsFiled}}", "{{filingDeadlineFromKnowledge}}",
                "{{filingDeadlineFromDiscriminationKnown}}", "34a(b)(3)");

        complete(task(intake), Map.of("timely", "true", "allegesDiscriminatoryPractice", "true"));
        assertThat(records.timelyFiled(docket)).isTrue();
    }

    @Test
    void aPseudonymThatIsTheComplainantsNameIsRefused_46a_54_37a_b() {
        today(FILED);
        Map<String, Object> form = filing(FILED);
        form.put("confidential", true);
        form.put("confidentialGround", "HIV_RELATED");
        form.put("pseudonym", " " + form.get("complainantName").toString().toUpperCase() + " ");
        assertThatThrownBy(() -> file(engine, form)).hasMessageContaining("must not be the complainant's name")
                .hasMessageContaining("46a-54-37a(b)");
    }

    @Test
    void aComplaintFiledAfter180DaysIsShownLateToTheReviewer_46a_54_34a() {
        today(FILED);
        Map<String, Object> form = filing(FILED);
        form.put("actOn", FILED.minusDays(184).toString()); // 30 August 2025: the 180th day is Thursday 26 February

        ProcessInstance complaint = file(engine, form);

        assertThat(complaint).variables().containsEntry("timelyOnItsFace", false)
                .containsEntry("filingPeriod", "P180D").containsEntry("filingDeadline", "2026-02-26");
    }

    @Test
    void the180thDayOnASundayLeavesTheMondayToFile_46a_54_20a() {
        today(FILED);
        Map<String, Object> form = filing(FILED);
        form.put("actOn", FILED.minusDays(181).toString()); // the 180th day is Sunday 1 March

        ProcessInstance complaint = file(engine, form);

        assertThat(complaint).variables().containsEntry("timelyOnItsFace", true)
                .containsEntry("filingDeadline", "2026-03-02");
    }

    @Test
    void aCriminalRecordClaimHasThirtyDays_46a_54_34a() {
        today(FILED);
        Map<String, Object> form = filing(FILED);
        form.put("criminalRecordClaim", true);
        form.put("actOn", FILED.minusDays(33).toString()); // 28 January: the 30th day is Friday 27 February

        ProcessInstance complaint = file(engine, form);

        assertThat(complaint).variables().containsEntry("filingPeriod", "P30D")
                .containsEntry("timelyOnItsFace", false).containsEntry("filingDeadline", "2026-02-27");
    }

    @Test
    void aConfidentialComplaintIsKnownByItsPseudonymAndTheNameIsNeverAVariable_46a_54_37a() {
        today(FILED);
        Map<String, Object> form = filing(FILED);
        form.put("confidential", true);
        form.put("confidentialGround", "HIV_RELATED");
        form.put("pseudonym", "John Doe");
        form.put("representativeAddress", "CHRO Capitol Region Office, Hartford");

        ProcessInstance complaint = file(engine, form);
        String docket = (String) runtimeService().getVariable(complaint.getId(), "docketNumber");

        assertThat(records.get(docket).complainantName()).isEqualTo("John Doe");
        assertThat(records.confidentialIdentity(docket)).hasValueSatisfying(identity -> {
            assertThat(identity.complainantName()).isEqualTo("Jordan Avery");
            assertThat(identity.ground()).isEqualTo("HIV_RELATED");
        });
        assertThat(runtimeService().getVariable(complaint.getId(), "caseTitle"))
                .isEqualTo("John Doe v. Acme Manufacturing LLC et al.");
        assertThat(runtimeService().getVariables(complaint.getId())).doesNotContainKeys("complainantName",
                "complainantAddress");
        assertThat(historyService().createHistoricVariableInstanceQuery().variableName("complainantName").count())
                .isZero();
        assertThat(historyService().createHistoricDetailQuery().processInstanceId(complaint.getId()).list())
                .noneMatch(detail -> detail.toString().contains("Jordan Avery"));
        assertThat(historyService().createHistoricVariableInstanceQuery().processInstanceId(complaint.getId())
                .variableNameIn("statementOfFacts", "confidentialGround", "complainantAddress").count())
                .as("the facts of an HIV complaint, and what makes it confidential, are not in the history").isZero();
    }

    @Test
    void theCommissionIssuesAComplaintByMajorityVoteOnAGroundOfTheRegulation_46a_54_39a() {
        today(FILED);
        Map<String, Object> form = filing(FILED);
        form.put("complainantName", "Commission on Human Rights and Opportunities");
        form.put("commissionIssued", true);
        form.put("commissionGround", "NO_PLAN_FILED");

        assertThatThrownBy(() -> file(engine, form)).hasMessageContaining("commissionVoteOn");
        form.put("commissionVoteOn", "2026-02-25");
        form.put("criminalRecordClaim", true);
        assertThatThrownBy(() -> file(engine, form)).hasMessageContaining("may not issue a complaint alleging a violation of 46a-80(a)");

        form.put("criminalRecordClaim", false);
        ProcessInstance complaint = file(engine, form);
        assertThat(calledProcessInstance(complaint)).isWaitingAt("Task_ReviewJurisdiction");
    }

    @Test
    void aPseudonymIsRequiredForAConfidentialComplaint_46a_54_37a() {
        today(FILED);
        Map<String, Object> form = filing(FILED);
        form.put("confidential", true);
        form.put("confidentialGround", "SEXUAL_ASSAULT");
        assertThatThrownBy(() -> file(engine, form)).hasMessageContaining("pseudonym: a confidential complaint");
    }

    @Test // security issue, item 7
    void aHundredKilobyteAddressIsRefusedWithItsLimitAndNothingIsRegistered() {
        today(FILED);
        long before = records.count();
        Map<String, Object> form = filing(FILED);
        form.put("complainantAddress", "x".repeat(100_000));

        assertThatThrownBy(() -> file(engine, form)).hasMessageContaining("takes at most 500 characters")
                .hasMessageNotContaining("SQL").hasMessageNotContaining("VARCHAR");
        form.put("complainantAddress", "12 Elm Street");
        form.put("otherRespondents", "y".repeat(300) + "; Hartford");
        assertThatThrownBy(() -> file(engine, form)).hasMessageContaining("otherRespondents: a respondent's name takes at most 200");
        assertThat(records.count()).isEqualTo(before);
    }

    @Test // security issue, item 2
    void aConfidentialFlagThatIsNeitherTrueNorFalseIsRefusedAndNothingIsRegistered_46a_54_37a() {
        today(FILED);
        long before = records.count();
        Map<String, Object> form = filing(FILED);
        form.put("confidential", "yes");
        form.put("confidentialGround", "HIV_RELATED");
        form.put("pseudonym", "John Doe");
        assertThatThrownBy(() -> file(engine, form)).hasMessageContaining("must be ticked or not (true or false), not 'yes'");

        form.put("confidential", false);
        assertThatThrownBy(() -> file(engine, form)).as("a pseudonym is never filed as an ordinary complaint")
                .hasMessageContaining("confidential: a pseudonym or a ground of confidentiality was given");
        assertThat(records.count()).isEqualTo(before);
    }

    @Test // review F17
    void aCopyLeftAtThePlaceOfBusinessOrAbodeIsService_46a_54_18a_b() {
        today(FILED);
        ProcessInstance complaint = file(engine, filing(FILED));
        ProcessInstance intake = calledProcessInstance(complaint);
        complete(task(intake), Map.of("timely", "true", "allegesDiscriminatoryPractice", "true"));
        today(FILED.plusDays(5));

        for (Task service : taskQuery().processInstanceId(intake.getId()).list()) {
            complete(service, Map.of("serviceMethod", "LEFT_AT_ABODE", "sentOn", "2026-03-05",
                    "respondentReceivedOn", "2026-03-05"));
        }

        assertThat(intake).isEnded().hasPassed("End_Jurisdictional");
        assertThat(caseFile.notices(docket(complaint))).hasSize(2)
                .allSatisfy(n -> assertThat(n.method()).isEqualTo("LEFT_AT_ABODE"));
    }

    @Test
    void aJurisdictionalComplaintIsServedOnEachRespondentAndTheAnswerIsDue_46a_54_42a_b_1() {
        today(FILED);
        ProcessInstance complaint = file(engine, filing(FILED));
        String docket = docket(complaint);
        ProcessInstance intake = calledProcessInstance(complaint);

        complete(task(intake), Map.of("timely", "true", "allegesDiscriminatoryPractice", "true"));
        List<Task> services = taskQuery().processInstanceId(intake.getId())
                .taskDefinitionKey("Task_ServeJurisdictional").list();
        assertThat(services).hasSize(2);
        today(FILED.plusDays(5));
        for (Task service : services) {
            complete(service, Map.of("serviceMethod", "CERTIFIED_MAIL", "sentOn", "2026-03-05",
                    "respondentReceivedOn", "2026-03-07"));
        }

        assertThat(intake).isEnded().hasPassed("End_Jurisdictional");
        assertThat(complaint).isWaitingAt("CallActivity_Answer");
        assertThat(caseFile.notices(docket)).hasSize(2).allSatisfy(n -> {
            assertThat(n.notice()).isEqualTo("Complaint and notice of rights and obligations");
            assertThat(n.method()).isEqualTo("CERTIFIED_MAIL");
            assertThat(n.sentOn()).isEqualTo("2026-03-05");
        });
        assertThat(records.respondents(docket)).allSatisfy(r -> assertThat(r.receivedOn()).isEqualTo("2026-03-07"));
        assertThat(caseFile.deadlines(docket)).filteredOn(d -> d.deadline().equals(ComplaintIntake.SERVICE_DEADLINE))
                .singleElement().satisfies(d -> assertThat(d.status()).isEqualTo(CaseFile.DeadlineStatus.MET));
        assertThat(records.get(docket).jurisdictional()).isTrue();
        assertThat(records.get(docket).overdue()).isFalse();
    }

    @Test
    void serviceTwentyDaysLateEscalatesToTheRegionalManagerAndServiceGoesOn_46a_54_42a_b() {
        // filed 6 November 2026: the 20th day is Thanksgiving (26 November), so service is due Friday 27th
        LocalDate filed = LocalDate.of(2026, 11, 6);
        today(filed);
        ProcessInstance complaint = file(engine, filing(filed));
        ProcessInstance intake = calledProcessInstance(complaint);

        Job timer = jobQuery().processInstanceId(intake.getId()).timers().singleResult();
        assertThat(timer.getDuedate()).isEqualTo(endOf(LocalDate.of(2026, 11, 27)));

        at(LocalDate.of(2026, 11, 28), 0);
        execute(timer);

        assertThat(intake).isWaitingAt("Task_ReviewJurisdiction", "Task_FollowUpLateService");
        assertThat(task("Task_FollowUpLateService", intake)).hasCandidateGroup(Role.REGIONAL_MANAGER.groupId());
        assertThat(records.get(docket(complaint)).overdue()).isTrue();
    }

    @Test
    void aDefectThatCannotBeCuredEndsInNoReasonableCauseLackOfJurisdiction_46a_54_42a_b_2() {
        today(FILED);
        ProcessInstance complaint = file(engine, filing(FILED));
        String docket = docket(complaint);
        ProcessInstance intake = calledProcessInstance(complaint);

        complete(task(intake), Map.of("timely", "false", "allegesDiscriminatoryPractice", "true"));
        for (Task service : taskQuery().processInstanceId(intake.getId()).list()) {
            assertThat(service.getTaskDefinitionKey()).isEqualTo("Task_ServeNonJurisdictional");
            complete(service, Map.of("serviceMethod", "FIRST_CLASS_MAIL", "sentOn", FILED.toString()));
        }
        assertThat(task(intake)).hasDefinitionKey("Task_DecideDefectCurable")
                .hasCandidateGroup(Role.INVESTIGATOR.groupId());
        assertThat(caseFile.notices(docket)).as("42a(b)(2): the complainant too is told of the opportunity to comment")
                .anySatisfy(n -> {
                    assertThat(n.recipient()).isEqualTo("complainant");
                    assertThat(n.notice()).isEqualTo(ComplaintIntake.COMMENT_NOTICE);
                }); // review F12
        assertThatThrownBy(() -> complete(task(intake), Map.of("defectCurable", "false",
                "defectReasons", "Filed 200 days after the act."))).as("not before the time for comments is over")
                .hasMessageContaining("may comment on the evidence in the file until 2026-03-17"); // review F12
        today(FILED.plusDays(16));
        complete(task(intake), Map.of("defectCurable", "false", "defectReasons", "Filed 200 days after the act."));

        assertThat(intake).isEnded().hasPassed("End_LackOfJurisdiction");
        assertThat(complaint).isWaitingAt("CallActivity_Reconsideration");
        assertThat(records.get(docket).disposition())
                .isEqualTo(Disposition.NO_REASONABLE_CAUSE_LACK_OF_JURISDICTION.name());
        assertThat(caseFile.notices(docket)).filteredOn(n -> !n.recipient().equals("complainant")).allSatisfy(
                n -> assertThat(n.notice()).isEqualTo("Complaint and notice that no answer is required"));
    }

    @Test
    void anAmendmentCuringTheDefectIsReviewedAgainWithANewServiceClock_46a_54_38a_42a() {
        today(FILED);
        ProcessInstance complaint = file(engine, filing(FILED));
        ProcessInstance intake = calledProcessInstance(complaint);
        complete(task(intake), Map.of("timely", "true", "allegesDiscriminatoryPractice", "false"));
        for (Task service : taskQuery().processInstanceId(intake.getId()).list()) {
            complete(service, Map.of("serviceMethod", "IN_HAND", "sentOn", FILED.toString()));
        }
        complete(task(intake), Map.of("defectCurable", "true", "defectReasons", "The basis was left out.",
                "bothPartiesCommented", true, "amendmentDueOn", "2026-03-31"));
        today(LocalDate.of(2026, 3, 16));
        complete(task(intake), Map.of("amendmentReceivedOn", "2026-03-16", "amendmentSwornOn", "2026-03-15",
                "amendmentSummary", "Adds the protected class."));

        assertThat(intake).isWaitingAt("Task_ReviewJurisdiction");
        Job timer = jobQuery().processInstanceId(intake.getId()).timers().singleResult();
        assertThat(timer.getDuedate()).as("20 days after 16 March: Sunday 5 April, so Monday 6 April")
                .isEqualTo(endOf(LocalDate.of(2026, 4, 6)));
        assertThat(caseFile.deadlines(docket(complaint))).filteredOn(d -> d.deadline().equals(ComplaintIntake.AMENDMENT_TO_CURE_DEADLINE))
                .singleElement().satisfies(d -> assertThat(d.status()).isEqualTo(CaseFile.DeadlineStatus.MET)); // review F12
    }

    @Test // review F12
    void aCurableDefectNeverAmendedGoesBackToTheInvestigatorWhenTheTimeToAmendIsOver_46a_54_42a_b_2() {
        today(FILED);
        ProcessInstance complaint = file(engine, filing(FILED));
        String docket = docket(complaint);
        ProcessInstance intake = calledProcessInstance(complaint);
        complete(task(intake), Map.of("timely", "true", "allegesDiscriminatoryPractice", "false"));
        for (Task service : taskQuery().processInstanceId(intake.getId()).list()) {
            complete(service, Map.of("serviceMethod", "IN_HAND", "sentOn", FILED.toString()));
        }
        assertThatThrownBy(() -> complete(task(intake), Map.of("defectCurable", "true", "defectReasons",
                "The basis was left out.", "bothPartiesCommented", true)))
                .as("the investigator gives the complainant a day to amend").hasMessageContaining("'Amendment expected by'");

        complete(task(intake), Map.of("defectCurable", "true", "defectReasons", "The basis was left out.",
                "bothPartiesCommented", true, "amendmentDueOn", "2026-04-03"));
        assertThat(task(intake)).hasDefinitionKey("Task_RecordAmendedComplaint");
        Job timer = jobQuery().processInstanceId(intake.getId()).activityId("Timer_AmendmentToCureDue").singleResult();
        assertThat(timer.getDuedate()).as("Friday 3 April 2026 is Good Friday: the complainant may amend on Monday 6 April")
                .isEqualTo(endOf(LocalDate.of(2026, 4, 6)));

        at(LocalDate.of(2026, 4, 7), 0);
        execute(timer);

        assertThat(task(intake)).as("the case does not wait for ever for an amendment")
                .hasDefinitionKey("Task_DecideDefectCurable").hasCandidateGroup(Role.INVESTIGATOR.groupId());
        assertThat(caseFile.deadlines(docket)).filteredOn(d -> d.deadline().equals(ComplaintIntake.AMENDMENT_TO_CURE_DEADLINE))
                .singleElement().satisfies(d -> assertThat(d.status()).isEqualTo(CaseFile.DeadlineStatus.MISSED));
        complete(task(intake), Map.of("defectCurable", "false", "defectReasons", "Not amended in the time given."));

        assertThat(intake).isEnded().hasPassed("End_LackOfJurisdiction");
        assertThat(complaint).isWaitingAt("CallActivity_Reconsideration");
        assertThat(records.get(docket).disposition()).isEqualTo(Disposition.NO_REASONABLE_CAUSE_LACK_OF_JURISDICTION.name());
    }

    @Test
    void aServiceRecordWithAFutureDateIsRefusedAndTheTaskStaysOpen_46a_54_42a_b() {
        today(FILED);
        ProcessInstance complaint = file(engine, filing(FILED));
        String docket = docket(complaint);
        ProcessInstance intake = calledProcessInstance(complaint);
        complete(task(intake), Map.of("timely", "true", "allegesDiscriminatoryPractice", "true"));
        Task service = taskQuery().processInstanceId(intake.getId()).list().get(0);

        assertThatThrownBy(() -> complete(service, Map.of("serviceMethod", "CERTIFIED_MAIL", "sentOn", "2026-03-09")))
                .hasMessageContaining("'Mailed or delivered on' cannot be later than today");
        assertThatThrownBy(() -> complete(service, Map.of("serviceMethod", "CARRIER_PIGEON", "sentOn", "2026-03-02")))
                .hasMessageContaining("must be one of the listed choices");

        assertThat(taskQuery().taskId(service.getId()).count()).isOne();
        assertThat(caseFile.notices(docket)).isEmpty();
    }

    private String docket(ProcessInstance complaint) {
        return (String) runtimeService().getVariable(complaint.getId(), "docketNumber");
    }
}
