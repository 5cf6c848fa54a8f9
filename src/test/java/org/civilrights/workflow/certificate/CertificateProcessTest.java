package org.civilrights.workflow.certificate;

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
import org.civilrights.workflow.process.ServedNotices;
import org.civilrights.workflow.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * certificate-of-noncompliance and certificate-exemption: every way a certificate ends, and the hiring
 * bar's answer in each state (46a-68-67 to 70).
 */
class CertificateProcessTest extends ProcessTest {

    private static final LocalDate ISSUED = LocalDate.of(2026, 9, 14);

    @Autowired Certificates certificates;
    @Autowired ServedNotices notices;
    @Autowired JdbcClient jdbc;
    @Autowired TestRestTemplate http;

    private String agency;

    @Test
    void issuedServedAndWithdrawnOnCorrectedDeficienciesByAMajority_46a_68_67_68() {
        ProcessInstance certificate = issue("Test Agency of Withdrawals");
        assertThat(task(certificate)).hasDefinitionKey("Task_ServeCertificate").hasCandidateGroup(Role.PLAN_REVIEWER.groupId());
        assertThat(bar("Clerk").mayFill()).as("the bar runs from receipt, not issue (67(b))").isTrue();
        assertThat(bar("Clerk").reasons().get(0)).contains("not yet received");

        today(LocalDate.of(2026, 9, 16));
        Map<String, Object> byEmail = service(LocalDate.of(2026, 9, 16));
        byEmail.put("dasServiceMethod", "EMAIL");
        assertThatThrownBy(() -> complete(task(certificate), byEmail)).as("only the methods of 46a-68-67(c)")
                .hasMessageContaining("'Department of Administrative Services: served' must be one of the listed choices");
        serve(certificate, LocalDate.of(2026, 9, 16));

        assertThat(bar("Clerk").mayFill()).isFalse();
        assertThat(bar("Clerk").reasons().get(0)).contains("received on 2026-09-16", "46a-68-67(b)");
        assertThat(notices.of(certificateId())).extracting(ServedNotices.Notice::recipient)
                .containsExactly(agency, "Department of Administrative Services", "Office of Policy and Management");

        today(LocalDate.of(2026, 10, 1));
        Map<String, Object> petition = Map.of("petitionReceivedOn", "2026-10-01", "addressedToChair", false,
                "petitionGround", "CORRECTED");
        assertThatThrownBy(() -> complete(task("Task_RecordWithdrawalPetition", certificate), petition))
                .as("46a-68-68(a)").hasMessageContaining("'The petition is addressed to the chairperson' must be confirmed");
        complete(task("Task_RecordWithdrawalPetition", certificate), corrected("2026-10-01"));
        assertThat(task("Task_VoteWithdrawal", certificate)).hasCandidateGroup(Role.COMMISSIONER.groupId());
        complete(task("Task_VoteWithdrawal", certificate), vote("withdrawal", "2026-10-01", 3, 3));
        assertThat(certificate).as("a tie is no majority of those present and voting (68(a))")
                .isWaitingAt("Task_RecordWithdrawalPetition");
        assertThat(bar("Clerk").mayFill()).isFalse();

        complete(task("Task_RecordWithdrawalPetition", certificate), corrected("2026-10-01"));
        complete(task("Task_VoteWithdrawal", certificate), vote("withdrawal", "2026-10-01", 4, 2));

        assertThat(certificate).isEnded().hasPassed("End_WithdrawalGranted", "Task_LiftBar", "End_Lifted");
        assertThat(certificates.get(certificateId()).status()).isEqualTo(Certificates.Status.WITHDRAWN);
        assertThat(bar("Clerk").mayFill()).isTrue();
        assertThat(bar("Clerk").reasons().get(0)).contains("withdrawn on 2026-10-01");
    }

    @Test
    void rescindedAfterAnAffirmedOrderAndASecondHearing_andPendingExemptionsEndMoot_46a_68_69() {
        ProcessInstance certificate = issue("Test Agency of Rescissions");
        serve(certificate, LocalDate.of(2026, 9, 16));
        ProcessInstance nurse = petitionExemption(certificate, "Nurse, position 4411");

        today(LocalDate.of(2026, 9, 21));
        complete(task("Task_RecordRescissionRequest", certificate), Map.of("rescissionRequestedOn", "2026-09-21"));
        assertThat(task("Task_AppointHearingOfficer", certificate)).hasCandidateGroup(Role.COMMISSIONER.groupId());
        complete(task("Task_AppointHearingOfficer", certificate), appointment("Hon. A. Referee", "2026-09-21"));
        assertThat(task("Task_RecordFinalOrder", certificate)).hasCandidateGroup(Role.HEARING_REFEREE.groupId());
        complete(task("Task_RecordFinalOrder", certificate), Map.of("hearingResult", "CONTINUED",
                "orderIssuedOn", "2026-09-21"));
        complete(task("Task_RecordAppeal", certificate), Map.of("appealOutcome", "AFFIRMED"));
        assertThat(certificate).isWaitingAt("Task_RecordRescissionRequest", "Task_RecordWithdrawalPetition",
                "Task_RecordExemptionPetition");
        assertThat(bar("Nurse, position 4411").mayFill()).isFalse();
        assertThat(bar("Nurse, position 4411").reasons()).anyMatch(r -> r.contains("before DAS and OPM"));

        today(LocalDate.of(2026, 11, 2));
        complete(task("Task_RecordRescissionRequest", certificate), Map.of("rescissionRequestedOn", "2026-11-02"));
        assertThatThrownBy(() -> complete(task("Task_AppointHearingOfficer", certificate),
                appointment("Hon. B. Referee", "2026-10-30")))
                .as("appointed before the request").hasMessageContaining("46a-68-69(b)");
        complete(task("Task_AppointHearingOfficer", certificate), appointment("Hon. B. Referee", "2026-11-02"));
        complete(task("Task_RecordFinalOrder", certificate), Map.of("hearingResult", "RESCINDED",
                "orderIssuedOn", "2026-11-02"));

        assertThat(certificate).hasPassed("End_Rescinded", "Task_LiftBar").isWaitingAt("Task_RecordRescissionAppeal");
        assertThat(nurse).as("the pending petition is moot").isEnded().hasPassed("End_Moot");
        assertThat(certificates.exemptions(certificateId())).extracting(Certificates.Exemption::status).containsExactly("MOOT");
        assertThat(bar("Nurse, position 4411").mayFill()).isTrue();
        assertThat(bar("Nurse, position 4411").reasons().get(0)).contains("rescinded on 2026-11-02");
        complete(task(certificate), Map.of("rescissionAppealOutcome", "NO_APPEAL"));
        assertThat(certificate).isEnded().hasPassed("End_RescissionFinal");
        assertThat(certificates.get(certificateId()).status()).isEqualTo(Certificates.Status.RESCINDED);
    }

    @Test
    void aCourtRescindsOnAppeal_46a_68_67_b_2_69_d() {
        ProcessInstance certificate = issue("Test Agency of Appeals");
        serve(certificate, LocalDate.of(2026, 9, 16));
        complete(task("Task_RecordRescissionRequest", certificate), Map.of("rescissionRequestedOn", "2026-09-16"));
        complete(task("Task_AppointHearingOfficer", certificate), appointment("Hon. C. Referee", "2026-09-16"));
        complete(task("Task_RecordFinalOrder", certificate), Map.of("hearingResult", "CONTINUED", "orderIssuedOn", "2026-09-16"));
        today(LocalDate.of(2027, 3, 1));
        complete(task("Task_RecordAppeal", certificate), Map.of("appealOutcome", "COURT_RESCINDED", "appealDecidedOn", "2027-03-01"));

        assertThat(certificate).isEnded().hasPassed("Gateway_CourtRescinded", "End_Rescinded");
        assertThat(certificates.get(certificateId()).endedOn()).isEqualTo("2027-03-01");
    }

    @Test // review D-24
    void theChairpersonAppointsTheHearingOfficer_andARescissionReversedOnAppealRevivesTheCertificate_46a_68_69_b_d() {
        ProcessInstance certificate = issue("Test Agency of Reversals");
        serve(certificate, LocalDate.of(2026, 9, 16));
        complete(task("Task_RecordRescissionRequest", certificate), Map.of("rescissionRequestedOn", "2026-09-16"));
        Map<String, Object> anyCommissioner = new HashMap<>(appointment("Hon. E. Referee", "2026-09-16"));
        anyCommissioner.remove("appointedByChair");
        assertThatThrownBy(() -> complete(task("Task_AppointHearingOfficer", certificate), anyCommissioner))
                .as("69(b): the chairperson appoints")
                .hasMessageContaining("'Appointed by the chairperson of the commission (69(b))' is required");
        assertThatThrownBy(() -> certificates.recordHearingOfficer(certificateId(), LocalDate.of(2026, 9, 16),
                "Hon. E. Referee", LocalDate.of(2026, 9, 16), false)).as("the service checks it too")
                .hasMessageContaining("appointedByChair").hasMessageContaining("46a-68-69(b)");
        anyCommissioner.put("appointedByChair", true);
        complete(task("Task_AppointHearingOfficer", certificate), anyCommissioner);
        today(LocalDate.of(2026, 10, 5));
        complete(task("Task_RecordFinalOrder", certificate), Map.of("hearingResult", "RESCINDED", "orderIssuedOn", "2026-10-05"));

        assertThat(certificates.get(certificateId()).status()).isEqualTo(Certificates.Status.RESCINDED);
        assertThat(bar("Clerk").mayFill()).as("rescinded on the final order (67(b)(2))").isTrue();
        assertThat(task(certificate)).as("69(d): the final order may be appealed, a rescission too")
                .hasDefinitionKey("Task_RecordRescissionAppeal").hasCandidateGroup(Role.COMMISSION_COUNSEL.groupId());
        today(LocalDate.of(2027, 2, 1));
        assertThatThrownBy(() -> complete(task(certificate), Map.of("rescissionAppealOutcome", "REVERSED",
                "rescissionAppealDecidedOn", "2026-10-01"))).as("decided before the order it reviews")
                .hasMessageContaining("rescissionAppealDecidedOn").hasMessageContaining("46a-68-69(d)");
        complete(task(certificate), Map.of("rescissionAppealOutcome", "REVERSED", "rescissionAppealDecidedOn", "2027-02-01"));

        assertThat(certificates.get(certificateId()).status()).as("the court reversed: the certificate stands again")
                .isEqualTo(Certificates.Status.IN_EFFECT);
        assertThat(certificates.get(certificateId()).endedOn()).isNull();
        assertThat(bar("Clerk").mayFill()).isFalse();
        assertThat(certificate).isWaitingAt("Task_RecordWithdrawalPetition", "Task_RecordRescissionRequest",
                "Task_RecordExemptionPetition");
        assertThat(runtimeService().getVariable(certificate.getId(), "hearingResult")).as("the next request starts afresh")
                .isNull();
    }

    @Test
    void withdrawnOnAnAgreementThatFailsAndReinstatedByTheCommission_theTimeFrameEndingOnAHoliday_46a_68_68() {
        ProcessInstance certificate = issue("Test Agency of Agreements");
        serve(certificate, LocalDate.of(2026, 9, 16));
        Map<String, Object> unsigned = agreement("2026-11-26");
        unsigned.put("signedByCommission", false);
        assertThatThrownBy(() -> complete(task("Task_RecordWithdrawalPetition", certificate), unsigned))
                .hasMessageContaining("agreementSigned").hasMessageContaining("46a-68-68(c)");
        complete(task("Task_RecordWithdrawalPetition", certificate), agreement("2026-11-26"));
        complete(task("Task_VoteWithdrawal", certificate), vote("withdrawal", "2026-09-16", 5, 1));

        assertThat(certificate).isWaitingAt("Task_MonitorAgreement");
        assertThat(certificates.get(certificateId()).status()).isEqualTo(Certificates.Status.WITHDRAWN_ON_AGREEMENT);
        assertThat(bar("Clerk").mayFill()).isTrue();
        assertThat(bar("Clerk").reasons().get(0)).contains("monitor", "may reinstate");

        // Thanksgiving, Thursday 26 November 2026: the time frame runs to the end of Friday the 27th
        Job timeFrame = jobQuery().processInstanceId(certificate.getId()).timers().singleResult();
        assertThat(timeFrame.getDuedate()).isEqualTo(endOf(LocalDate.of(2026, 11, 27)));
        assertThat(task(certificate).getDueDate()).isEqualTo(timeFrame.getDuedate());
        at(LocalDate.of(2026, 11, 27), 23);
        assertThat(jobQuery().processInstanceId(certificate.getId()).executable().count()).isZero();
        at(LocalDate.of(2026, 11, 28), 0);
        execute(timeFrame);

        assertThat(task(certificate)).hasDefinitionKey("Task_CheckAgreement");
        assertThatThrownBy(() -> complete(task(certificate), Map.of("agreementReport", "GOOD_CAUSE",
                "newAgreementDueOn", "2026-11-20"))).hasMessageContaining("newAgreementDueOn");
        complete(task(certificate), Map.of("agreementReport", "GOOD_CAUSE", "newAgreementDueOn", "2027-01-29"));
        assertThat(task(certificate)).hasDefinitionKey("Task_MonitorAgreement");
        assertThat(task(certificate).getDueDate()).isEqualTo(endOf(LocalDate.of(2027, 1, 29)));

        today(LocalDate.of(2027, 1, 11));
        complete(task(certificate), Map.of("agreementReport", "FAILED"));
        assertThat(task(certificate)).hasDefinitionKey("Task_VoteReinstatement").hasCandidateGroup(Role.COMMISSIONER.groupId());
        complete(task(certificate), vote("reinstatement", "2027-01-11", 4, 1));
        serve(certificate, LocalDate.of(2027, 1, 11));

        assertThat(certificates.get(certificateId()).status()).isEqualTo(Certificates.Status.IN_EFFECT);
        assertThat(bar("Clerk").mayFill()).isFalse();
        assertThat(bar("Clerk").reasons().get(0)).contains("received on 2027-01-11");
    }

    @Test // review M-23
    void theReinstatedCertificateIsServedOnTheAgencyDasAndOpmLikeTheOriginal_theBarFromTheAgencysReceipt_46a_68_67_c_68_d() {
        ProcessInstance certificate = issue("Test Agency of Second Service");
        serve(certificate, LocalDate.of(2026, 9, 16));
        complete(task("Task_RecordWithdrawalPetition", certificate), agreement("2026-12-31"));
        complete(task("Task_VoteWithdrawal", certificate), vote("withdrawal", "2026-09-16", 5, 0));
        today(LocalDate.of(2026, 12, 1));
        complete(task(certificate), Map.of("agreementReport", "FAILED"));
        complete(task("Task_VoteReinstatement", certificate), vote("reinstatement", "2026-12-01", 4, 1));

        assertThat(task(certificate)).as("served again as 67(c) requires").hasDefinitionKey("Task_ServeCertificate")
                .hasCandidateGroup(Role.PLAN_REVIEWER.groupId());
        assertThat(runtimeService().getVariable(certificate.getId(), "agencyServedOn"))
                .as("the form does not offer the first service's dates").isNull();
        assertThat(certificates.get(certificateId()).status()).isEqualTo(Certificates.Status.REINSTATED);
        assertThat(bar("Clerk").mayFill()).as("the bar runs again from the agency's receipt (67(b)), not the vote").isTrue();
        assertThat(bar("Clerk").reasons().get(0)).contains("reinstated", "2026-12-01", "not yet received", "68(d)");

        today(LocalDate.of(2026, 12, 4));
        assertThatThrownBy(() -> complete(task(certificate), service(LocalDate.of(2026, 11, 30))))
                .as("served before the vote that reinstated it").hasMessageContaining("agencyServedOn")
                .hasMessageContaining("46a-68-68(d)");
        Map<String, Object> byEmail = service(LocalDate.of(2026, 12, 3));
        byEmail.put("opmServiceMethod", "EMAIL");
        assertThatThrownBy(() -> complete(task(certificate), byEmail)).as("only the methods of 46a-68-67(c)")
                .hasMessageContaining("'Office of Policy and Management: served' must be one of the listed choices");
        Map<String, Object> reinstated = service(LocalDate.of(2026, 12, 3));
        reinstated.put("agencyReceivedOn", "2026-12-04");
        complete(task(certificate), reinstated);

        assertThat(certificate).isWaitingAt("Task_RecordWithdrawalPetition", "Task_RecordRescissionRequest",
                "Task_RecordExemptionPetition");
        assertThat(certificates.get(certificateId()).status()).isEqualTo(Certificates.Status.IN_EFFECT);
        assertThat(certificates.get(certificateId()).barFrom()).isEqualTo("2026-12-04");
        assertThat(bar("Clerk").mayFill()).isFalse();
        assertThat(bar("Clerk").reasons().get(0)).contains("received on 2026-12-04");
        assertThat(notices.of(certificateId())).filteredOn(n -> n.notice().startsWith("reinstated certificate"))
                .extracting(ServedNotices.Notice::recipient, ServedNotices.Notice::method, ServedNotices.Notice::sentOn,
                        ServedNotices.Notice::receivedOn, ServedNotices.Notice::section)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(agency, "PROPER_OFFICER", LocalDate.of(2026, 12, 3),
                                LocalDate.of(2026, 12, 4), "46a-68-67(c), 68(d)"),
                        org.assertj.core.groups.Tuple.tuple("Department of Administrative Services", "CERTIFIED_MAIL",
                                LocalDate.of(2026, 12, 3), null, "46a-68-67(c), 68(d)"),
                        org.assertj.core.groups.Tuple.tuple("Office of Policy and Management", "INDIFFERENT_PERSON",
                                LocalDate.of(2026, 12, 3), null, "46a-68-67(c), 68(d)"));
        assertThat(notices.of(certificateId())).as("the first service stays on record").hasSize(6);
    }

    @Test // review W-22
    void whenTheCommissionDeclinesToReinstateTheCertificateStaysWithdrawnAndTheMatterEnds_46a_68_68_d() {
        ProcessInstance certificate = issue("Test Agency of Broken Promises");
        serve(certificate, LocalDate.of(2026, 9, 16));
        complete(task("Task_RecordWithdrawalPetition", certificate), agreement("2026-12-31"));
        complete(task("Task_VoteWithdrawal", certificate), vote("withdrawal", "2026-09-16", 5, 0));
        today(LocalDate.of(2026, 12, 1));
        complete(task(certificate), Map.of("agreementReport", "FAILED"));

        complete(task("Task_VoteReinstatement", certificate), vote("reinstatement", "2026-12-01", 2, 5));

        assertThat(certificate).isEnded().hasPassed("End_ReinstatementDeclined").hasNotPassed("End_AgreementHonored");
        assertThat(certificates.get(certificateId()).status())
                .isEqualTo(Certificates.Status.REINSTATEMENT_DECLINED);
        assertThat(bar("Clerk").mayFill()).isTrue();
        assertThat(bar("Clerk").reasons().get(0)).contains("declined to reinstate");
    }

    @Test
    void anAgreementHonoredEndsTheCertificateForGood_46a_68_68_b_2() {
        ProcessInstance certificate = issue("Test Agency of Kept Promises");
        serve(certificate, LocalDate.of(2026, 9, 16));
        complete(task("Task_RecordWithdrawalPetition", certificate), agreement("2026-12-31"));
        complete(task("Task_VoteWithdrawal", certificate), vote("withdrawal", "2026-09-16", 5, 0));
        complete(task(certificate), Map.of("agreementReport", "HONORED"));

        assertThat(certificate).isEnded().hasPassed("End_AgreementHonored");
        assertThat(certificates.get(certificateId()).status()).isEqualTo(Certificates.Status.WITHDRAWN);
    }

    @Test
    void anExemptionGrantedForOneVacancyWhileTheBarHoldsForOthers_46a_68_70() {
        ProcessInstance certificate = issue("Test Agency of Exemptions");
        serve(certificate, LocalDate.of(2026, 9, 16));
        Map<String, Object> unstated = exemptionPetition("Correction Officer, position 900");
        unstated.put("petitionStatesService", false);
        assertThatThrownBy(() -> complete(task("Task_RecordExemptionPetition", certificate), unstated))
                .hasMessageContaining("'The petition states how it was served' must be confirmed");
        ProcessInstance officer = petitionExemption(certificate, "Correction Officer, position 900");
        assertThat(task("Task_RecordExemptionPetition", certificate)).as("open for the next vacancy").isNotNull();
        assertThatThrownBy(() -> complete(task("Task_RecordExemptionPetition", certificate),
                exemptionPetition("correction officer,  position 900")))
                .as("one petition per vacancy").hasMessageContaining("already has a petition");
        ProcessInstance clerk = petitionExemption(certificate, "Clerk, position 901");

        assertThat(task(officer)).hasDefinitionKey("Task_RecordExemptionDecision");
        complete(task(officer), Map.of("exemptionAction", "GRANTED", "exemptionDecidedOn", "2026-09-16"));
        assertThat(officer).isEnded().hasPassed("End_ExemptionGranted");

        complete(task(clerk), Map.of("exemptionAction", "REFERRED", "exemptionDecidedOn", "2026-09-16"));
        assertThat(task(clerk)).hasDefinitionKey("Task_DiscussAgreement");
        complete(task(clerk), Map.of("agreementReached", "false", "discussionReportedOn", "2026-09-16"));
        assertThat(task(clerk)).hasDefinitionKey("Task_RecordExemptionDecision");
        complete(task(clerk), Map.of("exemptionAction", "DENIED", "exemptionDecidedOn", "2026-09-16"));
        assertThat(clerk).isEnded().hasPassed("End_ExemptionDenied");

        assertThat(bar("correction officer, position 900").mayFill()).isTrue();
        assertThat(bar("Correction Officer, position 900").reasons().get(0)).contains("certificate of exemption was granted");
        assertThat(bar("Clerk, position 901").mayFill()).isFalse();
        assertThat(bar("Nurse, position 902").mayFill()).isFalse();
        assertThat(certificate).isWaitingAt("Task_RecordExemptionPetition");
    }

    @Test
    void anAgreementReachedOnReferralObviatesTheExemption_46a_68_70_b() {
        ProcessInstance certificate = issue("Test Agency of Referrals");
        serve(certificate, LocalDate.of(2026, 9, 16));
        ProcessInstance officer = petitionExemption(certificate, "Engineer, position 77");
        complete(task(officer), Map.of("exemptionAction", "REFERRED", "exemptionDecidedOn", "2026-09-16"));
        assertThatThrownBy(() -> complete(task(officer), Map.of("agreementReached", "true",
                "discussionReportedOn", "2026-09-16"))).hasMessageContaining("agreementSigned");
        complete(task(officer), Map.of("agreementReached", "true", "agreementSigned", true,
                "discussionReportedOn", "2026-09-16"));

        assertThat(officer).isEnded().hasPassed("End_ObviatedByAgreement");
        assertThat(bar("Engineer, position 77").mayFill()).isFalse();
    }

    @Test
    void aCertificateOnlyOnADisapprovedPlanAndOneAtATime_46a_68_67_a() {
        agency = "Test Agency of Refusals";
        plan("APPROVED");
        today(ISSUED);
        assertThatThrownBy(() -> start(agency, ISSUED)).hasMessageContaining("not disapproved")
                .hasMessageContaining("46a-68-67(a)");
        jdbc.sql("UPDATE aa_plan SET status = 'DISAPPROVED' WHERE agency = :a").param("a", agency).update();
        assertThatThrownBy(() -> start("Test Agency Without Plan", ISSUED)).hasMessageContaining("has no plan due");
        start(agency, ISSUED);
        assertThatThrownBy(() -> start(agency, ISSUED)).hasMessageContaining("already has a certificate");
    }

    @Test // review D-25
    void theVoteToIssueACertificateIsRecordedWithItsCount_andNeedsAMajorityOfThosePresentAndVoting_46a_68_67_a() {
        agency = "Test Agency of Counted Votes";
        plan("DISAPPROVED");
        today(ISSUED);
        Map<String, Object> uncounted = startForm(agency, ISSUED);
        uncounted.remove("certificateVotesFor");
        uncounted.remove("certificateVotesAgainst");
        assertThatThrownBy(() -> engine.getFormService().submitStartForm(definition(), uncounted))
                .hasMessageContaining("'Commissioners voting to issue it' is required");
        assertThatThrownBy(() -> certificates.register(agency, LocalDate.of(2026, 5, 15), LocalDate.of(2026, 9, 10), -1, -1,
                ISSUED, "no process")).as("the service checks it too")
                .hasMessageContaining("certificateVotesFor").hasMessageContaining("46a-68-67(a)");
        Map<String, Object> tied = startForm(agency, ISSUED);
        tied.put("certificateVotesFor", 3);
        tied.put("certificateVotesAgainst", 3);
        assertThatThrownBy(() -> engine.getFormService().submitStartForm(definition(), tied))
                .as("a tie is no majority of those present and voting").hasMessageContaining("certificateVotesFor")
                .hasMessageContaining("majority");

        start(agency, ISSUED);
        assertThat(jdbc.sql("SELECT votes_for, votes_against FROM noncompliance_certificate WHERE certificate_id = :id")
                .param("id", certificateId()).query().singleRow()).containsEntry("VOTES_FOR", 5)
                .containsEntry("VOTES_AGAINST", 1);
    }

    @Test
    void theHiringBarAnswersThroughTheRestApiAndTheStaffView() {
        ProcessInstance certificate = issue("Test Agency of Queries");
        serve(certificate, LocalDate.of(2026, 9, 16));
        String query = "/api/hiring-bar?agency={a}&vacancy={v}";

        ResponseEntity<Map> json = http.withBasicAuth("paula", "paula").getForEntity(query, Map.class, agency, "Clerk");
        assertThat(json.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(json.getBody()).containsEntry("mayFill", false).containsEntry("status", "IN_EFFECT");
        assertThat(http.getForEntity(query, String.class, agency, "Clerk").getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(http.withBasicAuth("efile", "efile").getForEntity(query, String.class, agency, "Clerk").getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);

        HttpHeaders html = new HttpHeaders();
        html.setAccept(java.util.List.of(MediaType.TEXT_HTML));
        ResponseEntity<String> page = http.withBasicAuth("mona", "mona").exchange(query, HttpMethod.GET,
                new HttpEntity<>(html), String.class, agency, "Clerk");
        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(page.getBody()).contains("<h2 class=\"no\">No</h2>", certificateId(), "IN_EFFECT");
    }

    @Test
    void theAgencyCannotReceiveTheCertificateBeforeItIsServed_andNoExemptionOnceWithdrawn_46a_68_67_70() {
        ProcessInstance certificate = issue("Test Agency of Order");
        today(LocalDate.of(2026, 9, 18));
        Map<String, Object> early = service(LocalDate.of(2026, 9, 17));
        early.put("agencyReceivedOn", "2026-09-16");
        assertThatThrownBy(() -> complete(task(certificate), early)).hasMessageContaining("agencyReceivedOn")
                .hasMessageContaining("46a-68-67(b)");
        serve(certificate, LocalDate.of(2026, 9, 18));
        complete(task("Task_RecordWithdrawalPetition", certificate), corrected("2026-09-18"));
        complete(task("Task_VoteWithdrawal", certificate), vote("withdrawal", "2026-09-18", 5, 0));

        assertThatThrownBy(() -> certificates.openExemption(certificateId(), "Clerk", LocalDate.of(2026, 9, 18),
                "CERTIFIED_MAIL", true)).hasMessageContaining("only while the bar holds (46a-68-70(a))");
    }

    // ---------------------------------------------------------------------------------------------

    private ProcessInstance issue(String name) {
        agency = name;
        plan("DISAPPROVED");
        today(ISSUED);
        return start(agency, ISSUED);
    }

    private void plan(String status) {
        jdbc.sql("""
                INSERT INTO aa_plan (plan_id, agency, due_on, filed_on, deemed_filed_on, default_approval_on, status, decided_on)
                VALUES (:id, :a, DATE '2026-05-15', DATE '2026-05-15', DATE '2026-05-15', DATE '2026-08-13', :s, DATE '2026-08-10')
                """).param("id", agency + " 2026-05-15").param("a", agency).param("s", status).update();
    }

    private ProcessInstance start(String name, LocalDate issued) {
        return engine.getFormService().submitStartForm(definition(), startForm(name, issued));
    }

    private String definition() {
        return engine.getRepositoryService().createProcessDefinitionQuery()
                .processDefinitionKey("certificate-of-noncompliance").latestVersion().singleResult().getId();
    }

    private static Map<String, Object> startForm(String name, LocalDate issued) {
        return new HashMap<>(Map.of("agency", name, "planDueOn", "2026-05-15", "certificateVotedOn", "2026-09-10",
                "certificateVotesFor", 5, "certificateVotesAgainst", 1, "issuedOn", issued.toString()));
    }

    private String certificateId() {
        return agency + " certificate " + ISSUED;
    }

    private Certificates.HiringBar bar(String vacancy) {
        return certificates.hiringBar(agency, vacancy);
    }

    private static Map<String, Object> service(LocalDate on) {
        Map<String, Object> form = new HashMap<>();
        form.put("agencyServiceMethod", "PROPER_OFFICER");
        form.put("agencyServedOn", on.toString());
        form.put("agencyReceivedOn", on.toString());
        form.put("dasServiceMethod", "CERTIFIED_MAIL");
        form.put("dasServedOn", on.toString());
        form.put("opmServiceMethod", "INDIFFERENT_PERSON");
        form.put("opmServedOn", on.toString());
        return form;
    }

    private void serve(ProcessInstance certificate, LocalDate on) {
        today(on);
        complete(task("Task_ServeCertificate", certificate), service(on));
        assertThat(certificate).isWaitingAt("Task_RecordWithdrawalPetition", "Task_RecordRescissionRequest",
                "Task_RecordExemptionPetition");
    }

    private static Map<String, Object> appointment(String hearingOfficer, String on) {
        return Map.of("hearingOfficer", hearingOfficer, "hearingOfficerAppointedOn", on, "appointedByChair", true);
    }

    private static Map<String, Object> corrected(String on) {
        return Map.of("petitionReceivedOn", on, "addressedToChair", true, "petitionGround", "CORRECTED");
    }

    private static Map<String, Object> agreement(String dueOn) {
        Map<String, Object> form = new HashMap<>();
        form.put("petitionReceivedOn", "2026-09-16");
        form.put("addressedToChair", true);
        form.put("petitionGround", "AGREEMENT");
        form.put("agreementTerms", "Goals analysis and upward mobility program by the date below.");
        form.put("agreementDueOn", dueOn);
        form.put("signedByAppointingAuthority", true);
        form.put("signedByAffirmativeActionOfficer", true);
        form.put("signedByCommission", true);
        return form;
    }

    private static Map<String, Object> vote(String what, String on, long votesFor, long votesAgainst) {
        Map<String, Object> form = new HashMap<>();
        form.put(what + "VotedOn", on);
        form.put(what + "VotesFor", votesFor);
        form.put(what + "VotesAgainst", votesAgainst);
        return form;
    }

    private static Map<String, Object> exemptionPetition(String vacancy) {
        Map<String, Object> form = new HashMap<>();
        form.put("vacancy", vacancy);
        form.put("exemptionServedOn", "2026-09-16");
        form.put("exemptionServiceMethod", "CERTIFIED_MAIL");
        form.put("petitionStatesService", true);
        return form;
    }

    private ProcessInstance petitionExemption(ProcessInstance certificate, String vacancy) {
        complete(task("Task_RecordExemptionPetition", certificate), exemptionPetition(vacancy));
        return runtimeService().createProcessInstanceQuery().processDefinitionKey("certificate-exemption")
                .processInstanceBusinessKey(certificateId() + " vacancy " + vacancy).singleResult();
    }
}
