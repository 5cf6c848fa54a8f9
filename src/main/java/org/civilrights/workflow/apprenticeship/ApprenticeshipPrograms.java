package org.civilrights.workflow.apprenticeship;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.civilrights.workflow.calendar.LegalCalendar;
import org.civilrights.workflow.calendar.LegalPeriod;
import org.civilrights.workflow.complaint.ComplaintRecords;
import org.civilrights.workflow.process.OfficeClock;
import org.civilrights.workflow.process.RuleChecks;
import org.civilrights.workflow.process.ServedNotices;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Labor Department's records of apprenticeship programs and the matters on them (46a-68-7(e)):
 * compliance reviews (8, 9), complaints (10), sanctions and deregistration (12), reinstatement (13)
 * and exemptions (16), and the notice of the complaint procedure to applicants and apprentices (10(c)).
 * Tables {@code apprenticeship_program}, {@code apprenticeship_matter} and {@code apprenticeship_audit_check}.
 */
@Service
public class ApprenticeshipPrograms {

    public enum Status { REGISTERED, UNDER_REVIEW, COMPLIANCE_PERIOD, DEREGISTERED, REINSTATED }

    public enum Matter { REGULAR_AUDIT, SPECIAL_AUDIT, COMPLAINT, REINSTATEMENT, EXEMPTION, PROCEDURE_NOTICE }

    /**
     * 46a-68-10(a), (b): a complaint filed with the department, which refers it at once to CHRO; or one CHRO
     * received and referred to the department to resolve on an informal basis (review M-37).
     */
    public enum FiledWith { DEPARTMENT, CHRO }

    /**
     * Sponsor duties an audit tests (review M-38), each recorded as met, not met or not applicable, with notes:
     * the form's field, the section, and the duty in the regulation's words.
     */
    public enum SponsorDuty {
        SIXTY_DAY_ACTIONS("check4c", "4(c)", "the equal opportunity pledge in the standards, the affirmative action "
                + "plan and selection procedure adopted, and the documents submitted, within 60 days"),
        APPLICATION_PERIOD("check6b", "6(b)", "a public notice allowing at least a two-week application period, with "
                + "at least 30 days' prior notice to the department"),
        ANNUAL_PLAN_REVIEW("check7b", "7(b)", "the affirmative action plan reviewed every year and updated where "
                + "necessary"),
        RECORDS_KEPT("check7f", "7(f)", "applications kept at least one year (until a complaint is resolved), applicant "
                + "flow data submitted before disposal, program information kept a year after the agreement");

        private final String field;
        private final String section;
        private final String duty;

        SponsorDuty(String field, String section, String duty) {
            this.field = field;
            this.section = section;
            this.duty = duty;
        }

        public String field() {
            return field;
        }

        /** The subsection of 46a-68, e.g. "4(c)". */
        public String section() {
            return section;
        }

        /** The duty, in the regulation's words. */
        public String duty() {
            return duty;
        }
    }

    /** What an audit found of a sponsor duty (review M-38). */
    public record DutyCheck(String result, String notes) {
    }

    public static final Set<String> CHECK_RESULTS = Set.of("MET", "NOT_MET", "NOT_APPLICABLE");

    /** 46a-68-8(a)(1): a regular audit not more than once in any 12-month period. */
    public static final LegalPeriod REGULAR_AUDIT_INTERVAL = LegalPeriod.months(12);
    /** 46a-68-8(a)(2): the sponsor notified at least one week in advance of the audit. */
    public static final int AUDIT_NOTICE_DAYS = 7;
    /** 46a-68-9: on a pattern or practice, 60 days to bring the program into compliance. */
    public static final LegalPeriod PATTERN_OR_PRACTICE_PERIOD = LegalPeriod.days(60);

    public record Program(String registrationNumber, String sponsor, String trade, Status status, LocalDate statusSince,
                          LocalDate lastRegularAuditOn, LocalDate complianceDueOn) {
    }

    /**
     * A complaint as filed with the department (46a-68-10(a)), or, filed with CHRO, the docket of CHRO's complaint
     * it referred to the department (10(b); review M-37).
     */
    public record Complaint(String name, String address, String phone, String description, boolean signed,
                            LocalDate signedOn, String filedWith, String chroDocket) {
    }

    /** 46a-68-10(c): how and when the program's applicants and apprentices were told of the complaint procedure. */
    public record ProcedureNotice(boolean applicants, boolean apprentices, String method, LocalDate notifiedOn) {
    }

    /**
     * The written results of an audit (46a-68-8(b), 9): the finding; whether the review found a discriminatory
     * practice (12(b); review D-33); the sponsor duties tested (4(c), 6(b), 7(b), 7(f); review M-38); and for a
     * sponsor seeking new registration, the department's recommendations (8(b), last sentence; review M-37).
     */
    public record AuditResults(LocalDate heldOn, String finding, LocalDate resultsSentOn, LocalDate complianceDueOn,
                               Boolean discriminatoryPractice, Map<SponsorDuty, DutyCheck> checks,
                               boolean seekingRegistration, String recommendations, LocalDate recommendationsSentOn) {
    }

    private final JdbcClient jdbc;
    private final LegalCalendar calendar;
    private final OfficeClock clock;
    private final ServedNotices notices;
    private final ComplaintRecords chroComplaints;

    ApprenticeshipPrograms(JdbcClient jdbc, LegalCalendar calendar, OfficeClock clock, ServedNotices notices,
                           ComplaintRecords chroComplaints) {
        this.jdbc = jdbc;
        this.calendar = calendar;
        this.clock = clock;
        this.notices = notices;
        this.chroComplaints = chroComplaints;
    }

    /**
     * Opens a matter on a program, recording the program when the department meets it first. 46a-68-8(a)(1):
     * one regular audit at a time; its 12-month limit is on the audit itself, checked against the day the audit
     * is arranged ({@link #recordAuditNotice}), not the day the matter is opened, so that the sponsor's week of
     * notice can fall inside the 12 months (review D-39); 8(a)(2): a special audit needs the reason it is
     * warranted; 10(a): a complaint filed with the department needs its contents; 10(b): one CHRO received and
     * referred to the department names CHRO's open complaint (review M-37); 13: only a deregistered program is
     * reinstated; 16: an exemption request states its reasons; 10(c): the notice of the complaint procedure to
     * the program's applicants and apprentices is recorded. Returns the matter's id.
     */
    @Transactional
    public long open(String registrationNumber, String sponsor, String trade, String matter, LocalDate openedOn,
                     String reasons, Complaint complaint, ProcedureNotice procedureNotice, String processInstanceId) {
        RuleChecks checks = new RuleChecks(clock);
        checks.require(registrationNumber != null && !registrationNumber.isBlank(), "registrationNumber: the program's "
                + "registration number is required");
        Matter kind = null;
        try {
            kind = Matter.valueOf(String.valueOf(matter));
        } catch (IllegalArgumentException e) {
            checks.require(false, "matter: a regular or special audit, a complaint, a reinstatement, an exemption request "
                    + "or the notice of the complaint procedure");
        }
        checks.happened(openedOn, "openedOn", "the day the matter was opened or the request received");
        checks.orThrow();
        String number = registrationNumber.trim();
        Optional<Program> known = find(number);
        checks.require(known.isPresent() || (sponsor != null && !sponsor.isBlank()), "sponsor: program " + number
                + " is not in the department's records; name its sponsor (46a-68-2(e))");
        switch (kind) {
            case REGULAR_AUDIT -> known.ifPresent(p -> {
                boolean open = jdbc.sql("""
                        SELECT COUNT(*) FROM apprenticeship_matter WHERE registration_number = :r AND matter = 'REGULAR_AUDIT'
                        AND outcome IS NULL""").param("r", number).query(Integer.class).single() > 0;
                checks.require(!open, "matter: program " + number + " is already under a regular audit (46a-68-8(a)(1))");
            });
            case SPECIAL_AUDIT -> checks.require(reasons != null && !reasons.isBlank(), "reasons: a special audit is "
                    + "conducted when the department has reason to believe it is warranted; state the reason "
                    + "(46a-68-8(a)(2))");
            case COMPLAINT -> checkComplaint(checks, complaint, openedOn);
            case REINSTATEMENT -> checks.require(known.map(p -> p.status() == Status.DEREGISTERED).orElse(false),
                    "matter: only a deregistered program is reinstated (46a-68-13); program " + number + " is "
                            + known.map(p -> p.status().name()).orElse("not in the records"));
            case EXEMPTION -> checks.require(reasons != null && !reasons.isBlank(), "reasons: a request for exemption is "
                    + "made in writing with a statement of reasons supporting it (46a-68-16)");
            case PROCEDURE_NOTICE -> {
                checks.require(procedureNotice.applicants() || procedureNotice.apprentices(), "procedureNoticeApplicants "
                        + "('Applicants were notified' or 'Apprentices were notified'): the department notifies all "
                        + "applicants and apprentices of the complaint procedure (46a-68-10(c)); tick who was notified");
                checks.require(notBlank(procedureNotice.method()), "procedureNoticeMethod ('How they were notified'): "
                        + "how the notice of the complaint procedure was given is required (46a-68-10(c))");
                checks.happened(procedureNotice.notifiedOn(), "procedureNoticeOn", "the day the notice of the complaint "
                        + "procedure was given (46a-68-10(c))");
            }
        }
        checks.orThrow();
        if (known.isEmpty()) {
            jdbc.sql("""
                    INSERT INTO apprenticeship_program (registration_number, sponsor, trade, status, status_since)
                    VALUES (:r, :s, :t, 'REGISTERED', :on)
                    """).param("r", number).param("s", sponsor.trim()).param("t", trade).param("on", openedOn).update();
        }
        if (kind == Matter.REGULAR_AUDIT || kind == Matter.SPECIAL_AUDIT) {
            setStatus(number, Status.UNDER_REVIEW, openedOn);
        }
        boolean fromChro = kind == Matter.COMPLAINT && FiledWith.CHRO.name().equals(complaint.filedWith());
        jdbc.sql("""
                INSERT INTO apprenticeship_matter (registration_number, matter, opened_on, reasons, process_instance_id,
                    filed_with, chro_docket)
                VALUES (:r, :m, :on, :reasons, :pi, :fw, :docket)
                """).param("r", number).param("m", kind.name()).param("on", openedOn).param("reasons", reasons)
                .param("pi", processInstanceId).param("fw", kind == Matter.COMPLAINT ? complaint.filedWith() : null)
                .param("docket", fromChro ? complaint.chroDocket().trim() : null).update();
        long id = jdbc.sql("SELECT MAX(id) FROM apprenticeship_matter WHERE registration_number = :r").param("r", number)
                .query(Long.class).single();
        if (kind == Matter.PROCEDURE_NOTICE) {
            recordProcedureNotice(id, number, procedureNotice);
        }
        return id;
    }

    /**
     * 46a-68-10(a), (b): a complaint filed with the department is written and signed, with the name, address and
     * telephone number of the person allegedly discriminated against and a brief description; the department
     * refers it at once to CHRO. One CHRO received is referred by CHRO to the department to resolve informally
     * (second sentence of 10(b); review M-37): it names CHRO's open complaint, and the complainant's identity stays
     * in CHRO's record.
     */
    private void checkComplaint(RuleChecks checks, Complaint complaint, LocalDate openedOn) {
        boolean known = complaint.filedWith() != null && Set.of("DEPARTMENT", "CHRO").contains(complaint.filedWith());
        checks.require(known, "complaintFiledWith ('Where was the complaint filed?'): with the department (46a-68-10(a)), "
                + "or with CHRO, which refers it to the department to resolve on an informal basis (10(b))");
        if (FiledWith.CHRO.name().equals(complaint.filedWith())) {
            String docket = complaint.chroDocket() == null ? "" : complaint.chroDocket().trim();
            Optional<ComplaintRecords.CaseSummary> chro = docket.isEmpty() ? Optional.empty() : chroComplaints.find(docket);
            checks.require(chro.isPresent(), "chroDocket ('CHRO's docket number'): a complaint CHRO received is referred "
                    + "with the docket of CHRO's complaint (46a-68-10(b))" + (docket.isEmpty() ? "" : "; CHRO has no "
                    + "complaint " + docket));
            chro.ifPresent(c -> {
                checks.require(c.disposition() == null, "chroDocket ('CHRO's docket number'): CHRO's complaint " + docket
                        + " was disposed of (" + c.disposition() + "); only an open complaint is referred to the "
                        + "department to resolve informally (46a-68-10(b))");
                checks.notBefore(openedOn, c.filedOn(), "openedOn", "the department receives CHRO's referral after CHRO "
                        + "received the complaint (46a-68-10(b))");
            });
            return;
        }
        if (!known) {
            return;
        }
        checks.require(complaint.signed() && complaint.signedOn() != null, "complaintSigned: the complaint is in "
                + "writing and signed by the complainant (46a-68-10(a))");
        checks.require(notBlank(complaint.name()) && notBlank(complaint.address()) && notBlank(complaint.phone()),
                "complainantName: the name, address and telephone number of the person allegedly discriminated "
                        + "against (46a-68-10(a))");
        checks.require(notBlank(complaint.description()), "statementOfFacts: a brief description of the "
                + "circumstances of the failure to apply the equal opportunity standards (46a-68-10(a))");
        checks.notBefore(openedOn, complaint.signedOn(), "openedOn", "a signed complaint is received after it is "
                + "signed (46a-68-10(a))");
    }

    /**
     * 46a-68-10(c): the department notifies all applicants and apprentices of the complaint procedure (review
     * M-37); each notice is kept in {@code proceeding_notice} and the matter closes.
     */
    private void recordProcedureNotice(long matterId, String number, ProcedureNotice notice) {
        String proceeding = number + " complaint procedure " + matterId;
        if (notice.applicants()) {
            notices.record(proceeding, new ServedNotices.Notice("notice of the complaint procedure (46a-68-10)",
                    "applicants for apprenticeship in program " + number, notice.method(), notice.notifiedOn(), null,
                    "46a-68-10(c)"));
        }
        if (notice.apprentices()) {
            notices.record(proceeding, new ServedNotices.Notice("notice of the complaint procedure (46a-68-10)",
                    "apprentices of program " + number, notice.method(), notice.notifiedOn(), null, "46a-68-10(c)"));
        }
        close(matterId, "NOTICE_RECORDED");
    }

    private void checkRegularInterval(RuleChecks checks, Program program, LocalDate on, String field) {
        if (program.lastRegularAuditOn() != null && on != null) {
            LocalDate next = program.lastRegularAuditOn().plusMonths(REGULAR_AUDIT_INTERVAL.amount());
            checks.require(!on.isBefore(next), field + ": the last regular audit of program "
                    + program.registrationNumber() + " was held on " + program.lastRegularAuditOn() + "; a regular audit "
                    + "is conducted not more than once in any 12-month period, so the next from " + next
                    + " (46a-68-8(a)(1)); a special audit needs its reason (8(a)(2))");
        }
    }

    /** 46a-68-8(a)(2): at least one week between the notice and the audit; 8(a)(1) again for the audit's day. */
    @Transactional
    public void recordAuditNotice(long matterId, LocalDate notifiedOn, LocalDate auditOn) {
        Program program = programOf(matterId);
        String kind = matter(matterId);
        RuleChecks checks = new RuleChecks(clock);
        checks.happened(notifiedOn, "auditNotifiedOn", "the day the sponsor was notified");
        checks.require(auditOn != null, "auditOn: the day of the audit arranged with the sponsor is required (46a-68-8(a)(2))");
        if (notifiedOn != null && auditOn != null) {
            checks.require(!auditOn.isBefore(notifiedOn.plusDays(AUDIT_NOTICE_DAYS)), "auditOn: the sponsor is notified "
                    + "at least one week in advance of the audit (46a-68-8(a)(2)): not before "
                    + notifiedOn.plusDays(AUDIT_NOTICE_DAYS));
        }
        if ("REGULAR_AUDIT".equals(kind)) {
            checkRegularInterval(checks, program, auditOn, "auditOn");
        }
        checks.orThrow();
        jdbc.sql("UPDATE apprenticeship_matter SET audit_notified_on = :n, audit_on = :a WHERE id = :id")
                .param("n", notifiedOn).param("a", auditOn).param("id", matterId).update();
    }

    /**
     * 46a-68-8(b), 9: the written results. In compliance: the program stays registered. Not in compliance:
     * a reasonable period for voluntary compliance, the day the department sets, and whether the review found a
     * discriminatory practice (the ground of a deregistration on the review, 12(b); review D-33); a pattern or
     * practice: 60 days from the notice, not moved for a closed day (docs/legal-readings.md 2.3), and it counts as
     * such a finding. The sponsor duties of 4(c), 6(b), 7(b) and 7(f) are each recorded as met, not met or not
     * applicable; one not met is not "operating in accordance with this regulation" (8(b); review M-38). A sponsor
     * seeking new registration and not in compliance is given the department's recommendations (8(b), last
     * sentence; review M-37). Returns the end of the period, or null.
     */
    @Transactional
    public LocalDate recordAuditResults(long matterId, AuditResults r) {
        Program program = programOf(matterId);
        LocalDate arranged = jdbc.sql("SELECT audit_notified_on FROM apprenticeship_matter WHERE id = :id")
                .param("id", matterId).query(LocalDate.class).single();
        LocalDate heldOn = r.heldOn();
        LocalDate resultsSentOn = r.resultsSentOn();
        String finding = r.finding();
        RuleChecks checks = new RuleChecks(clock);
        checks.happened(heldOn, "auditHeldOn", "the day the audit was held");
        if (arranged != null) {
            checks.notBefore(heldOn, arranged.plusDays(AUDIT_NOTICE_DAYS), "auditHeldOn", "at least one week after the "
                    + "sponsor was notified (46a-68-8(a)(2))");
        }
        checks.happened(resultsSentOn, "resultsSentOn", "the day the written results were sent to the sponsor");
        checks.notBefore(resultsSentOn, heldOn, "resultsSentOn", "the results follow the audit (46a-68-8(b))");
        if ("REGULAR_AUDIT".equals(matter(matterId))) {
            checkRegularInterval(checks, program, heldOn, "auditHeldOn");
        }
        checks.require(Set.of("COMPLIANT", "NONCOMPLIANT", "PATTERN_OR_PRACTICE").contains(String.valueOf(finding)),
                "auditFinding: in compliance, not in compliance, or a pattern or practice of non-compliance (46a-68-8(b), 9)");
        if ("NONCOMPLIANT".equals(finding)) {
            checks.require(r.complianceDueOn() != null && resultsSentOn != null && r.complianceDueOn().isAfter(resultsSentOn),
                    "complianceDueOn: a reasonable time for voluntary compliance, after the results are sent "
                            + "(46a-68-8(b))");
            checks.require(r.discriminatoryPractice() != null, "discriminatoryPractice ('Did the review find a "
                    + "discriminatory practice?'): say whether the program was found operating in a discriminatory "
                    + "manner; only such a determination grounds a deregistration on the review (46a-68-12(a), (b)(1))");
        }
        for (SponsorDuty duty : SponsorDuty.values()) {
            DutyCheck check = r.checks().get(duty);
            String result = check == null ? null : check.result();
            checks.require(CHECK_RESULTS.contains(String.valueOf(result)), duty.field() + ": record whether the sponsor "
                    + "met its duty of 46a-68-" + duty.section() + " (" + duty.duty() + "): met, not met or not applicable");
            if ("NOT_MET".equals(result)) {
                checks.require(notBlank(check.notes()), duty.field() + "Notes: say what the audit found of the duty of "
                        + "46a-68-" + duty.section() + " that was not met");
                checks.require(!"COMPLIANT".equals(finding), "auditFinding: the duty of 46a-68-" + duty.section() + " ("
                        + duty.duty() + ") was not met, so the program is not operating in accordance with the "
                        + "regulation: send the results and give a reasonable time for voluntary compliance (46a-68-8(b))");
            }
        }
        boolean recommend = r.seekingRegistration() && !"COMPLIANT".equals(finding);
        if (recommend) {
            checks.require(notBlank(r.recommendations()), "registrationRecommendations ('Recommendations to the sponsor'): "
                    + "a sponsor seeking new registration is given the department's recommendations to achieve compliance "
                    + "for recognition purposes (46a-68-8(b))");
            checks.happened(r.recommendationsSentOn(), "recommendationsSentOn", "the day the recommendations were given "
                    + "to the sponsor (46a-68-8(b))");
            checks.notBefore(r.recommendationsSentOn(), heldOn, "recommendationsSentOn", "the recommendations follow the "
                    + "review (46a-68-8(b))");
        }
        checks.orThrow();
        if ("REGULAR_AUDIT".equals(matter(matterId))) {
            jdbc.sql("UPDATE apprenticeship_program SET last_regular_audit_on = :on WHERE registration_number = :r")
                    .param("on", heldOn).param("r", program.registrationNumber()).update();
        }
        LocalDate due = switch (finding) {
            case "PATTERN_OR_PRACTICE" -> calendar.lastDayUnmoved(resultsSentOn, PATTERN_OR_PRACTICE_PERIOD);
            case "NONCOMPLIANT" -> r.complianceDueOn();
            default -> null;
        };
        Boolean discriminatory = switch (finding) {
            case "PATTERN_OR_PRACTICE" -> true;
            case "NONCOMPLIANT" -> r.discriminatoryPractice();
            default -> false;
        };
        jdbc.sql("""
                UPDATE apprenticeship_matter SET finding = :f, results_sent_on = :s, discriminatory_practice = :d,
                    seeking_registration = :sr, registration_recommendations = :rec, recommendations_sent_on = :recOn
                WHERE id = :id""")
                .param("f", finding).param("s", resultsSentOn).param("d", discriminatory)
                .param("sr", r.seekingRegistration()).param("rec", recommend ? r.recommendations().trim() : null)
                .param("recOn", recommend ? r.recommendationsSentOn() : null).param("id", matterId).update();
        jdbc.sql("DELETE FROM apprenticeship_audit_check WHERE matter_id = :id").param("id", matterId).update();
        for (SponsorDuty duty : SponsorDuty.values()) {
            DutyCheck check = r.checks().get(duty);
            jdbc.sql("INSERT INTO apprenticeship_audit_check (matter_id, requirement, result, notes) VALUES (:id, :q, :r, :n)")
                    .param("id", matterId).param("q", duty.section()).param("r", check.result())
                    .param("n", notBlank(check.notes()) ? check.notes().trim() : null).update();
        }
        if (due == null) {
            close(matterId, "COMPLIANT");
            setStatus(program.registrationNumber(), afterReview(program), resultsSentOn);
        } else {
            setStatus(program.registrationNumber(), Status.COMPLIANCE_PERIOD, resultsSentOn);
            setComplianceDue(program.registrationNumber(), due);
        }
        return due;
    }

    /** The sponsor duties an audit recorded (46a-68-4(c), 6(b), 7(b), 7(f); review M-38), by section. */
    public Map<String, DutyCheck> auditChecks(long matterId) {
        Map<String, DutyCheck> checks = new java.util.LinkedHashMap<>();
        jdbc.sql("SELECT requirement, result, notes FROM apprenticeship_audit_check WHERE matter_id = :id ORDER BY requirement")
                .param("id", matterId)
                .query((java.sql.ResultSet rs) -> {
                    checks.put(rs.getString(1), new DutyCheck(rs.getString(2), rs.getString(3)));
                });
        return checks;
    }

    /**
     * 46a-68-8(b), 11: the sponsor complied within the period; or special processing extends or expedites
     * the period where no person or party is prejudiced. Returns the new end of the period, or null.
     */
    @Transactional
    public LocalDate recordCompliancePeriod(long matterId, String outcome, LocalDate compliedOn, LocalDate newDueOn,
                                            boolean noOnePrejudiced) {
        Program program = programOf(matterId);
        RuleChecks checks = new RuleChecks(clock);
        checks.require("COMPLIED".equals(outcome) || "ADJUSTED".equals(outcome), "periodOutcome: complied, or the period "
                + "adjusted by special processing (46a-68-8(b), 11)");
        if ("COMPLIED".equals(outcome)) {
            checks.happened(compliedOn, "compliedOn", "the day the sponsor came into compliance");
        } else {
            checks.require(noOnePrejudiced, "noOnePrejudiced: special processing only where no person or party affected is "
                    + "prejudiced (46a-68-11)");
            checks.require(newDueOn != null && newDueOn.isAfter(clock.today()), "newComplianceDueOn: the adjusted end of "
                    + "the period, after today (46a-68-11)");
        }
        checks.orThrow();
        if ("COMPLIED".equals(outcome)) {
            backInCompliance(matterId, program, compliedOn);
            return null;
        }
        setComplianceDue(program.registrationNumber(), newDueOn);
        return newDueOn;
    }

    private record ReviewFinding(String finding, boolean discriminatoryPractice, LocalDate resultsSentOn) {
    }

    /**
     * 46a-68-12(a), (b): the department's corrective action, then compliance (on the day it came), deregistration on
     * the compliance review, or referral to CHRO (on the day it was made). The sponsor is told for a deregistration
     * "that a determination of discriminatory practices has been made" (12(b)(1)), so a deregistration on the review
     * needs the review's finding of a discriminatory practice, a pattern or practice under 9 included (review D-33).
     */
    @Transactional
    public void recordCorrectiveAction(long matterId, String action, String sanction, LocalDate compliedOn,
                                       LocalDate referredOn) {
        Program program = programOf(matterId);
        ReviewFinding review = jdbc.sql("""
                SELECT finding, discriminatory_practice, results_sent_on FROM apprenticeship_matter WHERE id = :id""")
                .param("id", matterId).query((rs, i) -> new ReviewFinding(rs.getString(1),
                        Boolean.TRUE.equals(rs.getObject(2)), rs.getObject(3, LocalDate.class))).single();
        LocalDate resultsSentOn = review.resultsSentOn();
        boolean discriminatory = review.discriminatoryPractice();
        RuleChecks checks = new RuleChecks(clock);
        checks.require(notBlank(action), "correctiveAction: the corrective action the department undertook "
                + "(46a-68-12(a))");
        checks.require(Set.of("COMPLIED", "DEREGISTER", "REFER_TO_CHRO").contains(String.valueOf(sanction)), "sanction: "
                + "compliance came, deregistration on the compliance review (46a-68-12(b)), or referral to CHRO (12(a))");
        if ("COMPLIED".equals(sanction)) {
            checks.happened(compliedOn, "compliedOn", "the day the sponsor came into compliance");
            checks.notBefore(compliedOn, resultsSentOn, "compliedOn", "compliance follows the written results "
                    + "(46a-68-8(b), 12(a))");
        }
        if ("DEREGISTER".equals(sanction)) {
            checks.require(discriminatory, "sanction ('Result'): deregistration on the compliance review needs the "
                    + "review's determination of discriminatory practices (46a-68-12(b)(1)); this review found the "
                    + "program " + ("NONCOMPLIANT".equals(review.finding()) ? "not operating in accordance with the "
                    + "regulation, without a discriminatory practice" : String.valueOf(review.finding()))
                    + ": record the sponsor's compliance, or refer the matter to CHRO for a determination (12(a))");
        }
        if ("REFER_TO_CHRO".equals(sanction)) {
            checks.happened(referredOn, "referredToChroOn", "the day the matter and all pertinent information were "
                    + "referred to CHRO (46a-68-12(a))");
            checks.notBefore(referredOn, resultsSentOn, "referredToChroOn", "the referral follows the review "
                    + "(46a-68-12(a))");
        }
        checks.orThrow();
        jdbc.sql("UPDATE apprenticeship_matter SET sanction = :s, referred_to_chro_on = :r WHERE id = :id")
                .param("s", sanction).param("r", "REFER_TO_CHRO".equals(sanction) ? referredOn : null)
                .param("id", matterId).update();
        if ("COMPLIED".equals(sanction)) {
            backInCompliance(matterId, program, compliedOn);
        }
    }

    /**
     * 46a-68-10(b), 12: CHRO's determination. A formal determination (12(b)) is CHRO's final decision finding a
     * discriminatory practice; a finding of reasonable cause (46a-54-60a) is not one, and is refused as the ground
     * of a deregistration (review D-36).
     */
    @Transactional
    public void recordChroDetermination(long matterId, String determination, LocalDate determinedOn,
                                        boolean finalDecision) {
        RuleChecks checks = new RuleChecks(clock);
        checks.require("DISCRIMINATION".equals(determination) || "NO_DISCRIMINATION".equals(determination),
                "chroDetermination: discrimination determined, or not (46a-68-12(b))");
        checks.happened(determinedOn, "chroDeterminedOn", "the day of CHRO's determination");
        if ("DISCRIMINATION".equals(determination)) {
            checks.require(finalDecision, "chroFinalDecision ('A final decision finding a discriminatory practice, not "
                    + "a finding of reasonable cause'): a formal determination of CHRO is its final decision that a "
                    + "discriminatory practice was committed (46a-68-12(b)(1)); a finding of reasonable cause is only "
                    + "\"reasonable cause to believe\" (46a-54-60a(a)) and does not ground a deregistration: record the "
                    + "final decision when it comes");
        }
        checks.orThrow();
        jdbc.sql("UPDATE apprenticeship_matter SET chro_determination = :d WHERE id = :id").param("d", determination)
                .param("id", matterId).update();
        if (!"DISCRIMINATION".equals(determination)) {
            close(matterId, "NO_DISCRIMINATION");
            Program program = programOf(matterId);
            if (program.status() != Status.DEREGISTERED) {
                setStatus(program.registrationNumber(), afterReview(program), determinedOn);
            }
        }
    }

    /** 46a-68-10(b): the CHRO complaint filed on the referral. */
    /**
     * 46a-68-10(b), 14 (review D-34): the complainant's identity and the facts, held outside the process while CHRO
     * intake records the referral's receipt; {@link #takeHeldIdentity} gives them to CHRO's complaint and removes them.
     */
    @Transactional
    public void holdIdentity(long matterId, Map<String, String> identity) {
        jdbc.sql("DELETE FROM apprenticeship_referral_held WHERE matter_id = :id").param("id", matterId).update();
        jdbc.sql("INSERT INTO apprenticeship_referral_held (matter_id, complainant_name, complainant_address, "
                        + "complainant_phone, statement_of_facts) VALUES (:id, :name, :address, :phone, :facts)")
                .param("id", matterId).param("name", identity.get("complainantName"))
                .param("address", identity.get("complainantAddress")).param("phone", identity.get("complainantPhone"))
                .param("facts", identity.get("statementOfFacts")).update();
    }

    @Transactional
    public Map<String, String> takeHeldIdentity(long matterId) {
        Map<String, String> identity = new java.util.HashMap<>();
        jdbc.sql("SELECT * FROM apprenticeship_referral_held WHERE matter_id = :id").param("id", matterId).query()
                .listOfRows().forEach(row -> {
                    identity.put("complainantName", (String) row.get("complainant_name"));
                    identity.put("complainantAddress", (String) row.get("complainant_address"));
                    identity.put("complainantPhone", (String) row.get("complainant_phone"));
                    identity.put("statementOfFacts", (String) row.get("statement_of_facts"));
                });
        jdbc.sql("DELETE FROM apprenticeship_referral_held WHERE matter_id = :id").param("id", matterId).update();
        return identity;
    }

    public void recordReferral(long matterId, String docket) {
        jdbc.sql("UPDATE apprenticeship_matter SET chro_docket = :d WHERE id = :id").param("d", docket).param("id", matterId)
                .update();
    }

    /**
     * 46a-68-10(b); 46a-54-35a, 36a (review D-34): the department's referral as CHRO received it. CHRO's separate
     * complaint is filed the day an office of CHRO received the referral (36a(b)), neither the day the department
     * received the complaint nor the day this is entered; the complaint the department refers is only signed (10(a)),
     * so CHRO obtains the complainant's oath on its own complaint (35a(a)) on or after that day.
     */
    @Transactional
    public void recordChroReceipt(long matterId, LocalDate receivedOn, LocalDate swornOn) {
        LocalDate departmentReceivedOn = jdbc.sql("SELECT opened_on FROM apprenticeship_matter WHERE id = :id")
                .param("id", matterId).query(LocalDate.class).single();
        RuleChecks checks = new RuleChecks(clock);
        checks.happened(receivedOn, "referralReceivedOn", "the day an office of CHRO received the department's referral "
                + "(the filing date of CHRO's complaint, 46a-54-36a(b))");
        checks.notBefore(receivedOn, departmentReceivedOn, "referralReceivedOn", "the department refers the complaint "
                + "it received on " + departmentReceivedOn + " (46a-68-10(b))");
        checks.happened(swornOn, "complaintSwornOn", "the day the complainant swore to CHRO's complaint (a complaint is "
                + "under oath, 46a-54-35a(a); the department's complaint is only signed, 46a-68-10(a))");
        checks.notBefore(swornOn, receivedOn, "complaintSwornOn", "CHRO obtains the oath on the complaint it files from "
                + "the referral (46a-54-35a(a))");
        checks.orThrow();
        jdbc.sql("UPDATE apprenticeship_matter SET chro_received_on = :on WHERE id = :id").param("on", receivedOn)
                .param("id", matterId).update();
    }

    /** 46a-68-10(b): how CHRO resolves its separate complaint on a complying resolution (review D-35). */
    public static final Set<String> CHRO_RESOLUTIONS = Set.of("WITHDRAWAL", "CONCILIATION_AGREEMENT");

    /**
     * 46a-68-10(b): the informal resolution complies, and CHRO resolves its separate complaint "in a manner
     * appropriate to that determination": by the complainant's withdrawal (46a-54-68a), or as a (predetermination)
     * conciliation agreement (46a-54-67a(a)(2)) executed by the complainant, the sponsor and the commission
     * (55a(h)) (review D-35).
     */
    @Transactional
    public void closeResolved(long matterId, String chroResolution) {
        jdbc.sql("UPDATE apprenticeship_matter SET chro_resolution = :r WHERE id = :id").param("r", chroResolution)
                .param("id", matterId).update();
        close(matterId, "RESOLVED");
    }

    /** One notice of the deregistration (46a-68-12(b)(2)). */
    public record OrderNotice(String notice, String recipient, String method, LocalDate sentOn) {
    }

    /**
     * 46a-68-12(b): the sponsor notified in writing of the determination (1); the order with public notice,
     * notice to the sponsor, the complainant if any, and the U.S. Department of Labor, the sponsor told of its
     * appeal under 29 CFR 30.15 (2). The program is deregistered.
     */
    @Transactional
    public void deregister(long matterId, LocalDate determinationNoticeOn, java.util.List<OrderNotice> orderNotices,
                           boolean appealRightsGiven) {
        Program program = programOf(matterId);
        RuleChecks checks = new RuleChecks(clock);
        checks.happened(determinationNoticeOn, "determinationNoticeOn", "the day the sponsor was notified in writing of "
                + "the determination (46a-68-12(b)(1))");
        for (OrderNotice n : orderNotices) {
            checks.require(notBlank(n.method()), n.notice() + ": how the notice was given is required (46a-68-12(b)(2))");
            checks.happened(n.sentOn(), n.notice(), "the day of the " + n.notice());
            checks.notBefore(n.sentOn(), determinationNoticeOn, n.notice(), "the order follows the notice of the "
                    + "determination (46a-68-12(b)(1), (2))");
        }
        checks.require(appealRightsGiven, "appealRightsGiven: the sponsor is informed that it may appeal the "
                + "deregistration to the Secretary under 29 CFR 30.15 (46a-68-12(b)(2))");
        checks.orThrow();
        String proceeding = program.registrationNumber() + " deregistration " + matterId;
        notices.record(proceeding, new ServedNotices.Notice("written notice of the determination of discriminatory "
                + "practices", program.sponsor(), "WRITTEN", determinationNoticeOn, null, "46a-68-12(b)(1)"));
        for (OrderNotice n : orderNotices) {
            notices.record(proceeding, new ServedNotices.Notice(n.notice(), n.recipient(), n.method(), n.sentOn(), null,
                    "46a-68-12(b)(2)"));
        }
        close(matterId, "DEREGISTERED");
        LocalDate on = orderNotices.stream().map(OrderNotice::sentOn).min(LocalDate::compareTo).orElse(determinationNoticeOn);
        setStatus(program.registrationNumber(), Status.DEREGISTERED, on);
        setComplianceDue(program.registrationNumber(), null);
    }

    /**
     * 46a-68-13: reinstated upon adequate evidence that the program will operate without discrimination,
     * including a showing that the deficiency was corrected by make-whole, prospective or other necessary
     * relief. Returns whether it was reinstated.
     */
    @Transactional
    public boolean recordReinstatement(long matterId, String decision, String relief, boolean deficiencyCorrected,
                                       LocalDate decidedOn) {
        Program program = programOf(matterId);
        RuleChecks checks = new RuleChecks(clock);
        checks.require("REINSTATE".equals(decision) || "REFUSE".equals(decision), "reinstatementDecision: reinstate or "
                + "refuse (46a-68-13)");
        checks.happened(decidedOn, "reinstatementDecidedOn", "the day of the decision");
        if ("REINSTATE".equals(decision)) {
            checks.require(deficiencyCorrected && Set.of("MAKE_WHOLE", "PROSPECTIVE", "OTHER").contains(String.valueOf(relief)),
                    "deficiencyCorrected: adequate evidence includes a showing that the deficiency has been corrected by "
                            + "make-whole, prospective or other necessary relief (46a-68-13)");
        }
        checks.orThrow();
        boolean reinstated = "REINSTATE".equals(decision);
        close(matterId, reinstated ? "REINSTATED" : "REFUSED");
        if (reinstated) {
            setStatus(program.registrationNumber(), Status.REINSTATED, decidedOn);
        }
        return reinstated;
    }

    /**
     * 46a-68-16: granted for good cause shown, after CHRO was consulted; the U.S. Department of Labor is told
     * of an exemption affecting a substantial number of employees. Returns whether it must be told.
     */
    @Transactional
    public boolean recordExemption(long matterId, String chroView, String decision, boolean goodCause, boolean substantial,
                                   LocalDate decidedOn) {
        RuleChecks checks = new RuleChecks(clock);
        checks.require("GRANT".equals(decision) || "DENY".equals(decision), "exemptionDecision: grant or deny (46a-68-16)");
        checks.happened(decidedOn, "exemptionDecidedOn", "the day of the decision");
        if ("GRANT".equals(decision)) {
            checks.require(notBlank(chroView), "chroView: the department consults CHRO before granting a request for "
                    + "exemption (46a-68-16)");
            checks.require(goodCause, "goodCause: an exemption is granted for good cause shown (46a-68-16)");
        }
        checks.orThrow();
        close(matterId, "GRANT".equals(decision) ? "EXEMPTION_GRANTED" : "EXEMPTION_DENIED");
        return "GRANT".equals(decision) && substantial;
    }

    /** 46a-68-16: the notice of the exemption to the U.S. Department of Labor. */
    public void recordDolNotice(long matterId, String method, LocalDate sentOn) {
        RuleChecks checks = new RuleChecks(clock);
        checks.require(notBlank(method), "dolNoticeMethod: how the notice was sent is required (46a-68-16)");
        checks.happened(sentOn, "dolNoticeSentOn", "the day the notice was sent (46a-68-16)");
        checks.orThrow();
        Program program = programOf(matterId);
        notices.record(program.registrationNumber() + " exemption " + matterId, new ServedNotices.Notice(
                "exemption granted, with its reason", "United States Department of Labor", method, sentOn, null,
                "46a-68-16"));
    }

    /** 46a-68-8(b), 12(a): the sponsor came into compliance; the matter closes and the period ends. */
    private void backInCompliance(long matterId, Program program, LocalDate on) {
        close(matterId, "COMPLIED");
        setStatus(program.registrationNumber(), afterReview(program), on);
        setComplianceDue(program.registrationNumber(), null);
    }

    /** A program that was reinstated stays "reinstated" after a clean review; otherwise "registered". */
    private static Status afterReview(Program program) {
        boolean reinstated = program.status() == Status.REINSTATED;
        return reinstated ? Status.REINSTATED : Status.REGISTERED;
    }

    private void close(long matterId, String outcome) {
        jdbc.sql("UPDATE apprenticeship_matter SET outcome = :o WHERE id = :id").param("o", outcome).param("id", matterId)
                .update();
    }

    private void setStatus(String registrationNumber, Status status, LocalDate since) {
        jdbc.sql("UPDATE apprenticeship_program SET status = :s, status_since = :on WHERE registration_number = :r")
                .param("s", status.name()).param("on", since).param("r", registrationNumber).update();
    }

    private void setComplianceDue(String registrationNumber, LocalDate due) {
        jdbc.sql("UPDATE apprenticeship_program SET compliance_due_on = :d WHERE registration_number = :r")
                .param("d", due).param("r", registrationNumber).update();
    }

    private String matter(long matterId) {
        return jdbc.sql("SELECT matter FROM apprenticeship_matter WHERE id = :id").param("id", matterId)
                .query(String.class).single();
    }

    private Program programOf(long matterId) {
        String number = jdbc.sql("SELECT registration_number FROM apprenticeship_matter WHERE id = :id")
                .param("id", matterId).query(String.class).single();
        return find(number).orElseThrow();
    }

    public Optional<Program> find(String registrationNumber) {
        return jdbc.sql("""
                SELECT registration_number, sponsor, trade, status, status_since, last_regular_audit_on, compliance_due_on
                FROM apprenticeship_program WHERE registration_number = :r
                """).param("r", registrationNumber.trim())
                .query((rs, i) -> new Program(rs.getString(1), rs.getString(2), rs.getString(3),
                        Status.valueOf(rs.getString(4)), rs.getObject(5, LocalDate.class), rs.getObject(6, LocalDate.class),
                        rs.getObject(7, LocalDate.class))).optional();
    }

    private static boolean notBlank(String text) {
        return text != null && !text.isBlank();
    }
}
