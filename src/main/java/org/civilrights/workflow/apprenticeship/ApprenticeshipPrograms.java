package org.civilrights.workflow.apprenticeship;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

import org.civilrights.workflow.calendar.LegalCalendar;
import org.civilrights.workflow.calendar.LegalPeriod;
import org.civilrights.workflow.process.OfficeClock;
import org.civilrights.workflow.process.RuleChecks;
import org.civilrights.workflow.process.ServedNotices;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Labor Department's records of apprenticeship programs and the matters on them (46a-68-7(e)):
 * compliance reviews (8, 9), complaints (10), sanctions and deregistration (12), reinstatement (13)
 * and exemptions (16). Tables {@code apprenticeship_program} and {@code apprenticeship_matter}.
 */
@Service
public class ApprenticeshipPrograms {

    public enum Status { REGISTERED, UNDER_REVIEW, COMPLIANCE_PERIOD, DEREGISTERED, REINSTATED }

    public enum Matter { REGULAR_AUDIT, SPECIAL_AUDIT, COMPLAINT, REINSTATEMENT, EXEMPTION }

    /** 46a-68-8(a)(1): a regular audit not more than once in any 12-month period. */
    public static final LegalPeriod REGULAR_AUDIT_INTERVAL = LegalPeriod.months(12);
    /** 46a-68-8(a)(2): the sponsor notified at least one week in advance of the audit. */
    public static final int AUDIT_NOTICE_DAYS = 7;
    /** 46a-68-9: on a pattern or practice, 60 days to bring the program into compliance. */
    public static final LegalPeriod PATTERN_OR_PRACTICE_PERIOD = LegalPeriod.days(60);

    public record Program(String registrationNumber, String sponsor, String trade, Status status, LocalDate statusSince,
                          LocalDate lastRegularAuditOn, LocalDate complianceDueOn) {
    }

    /** A complaint as filed with the department (46a-68-10(a)). */
    public record Complaint(String name, String address, String phone, String description, boolean signed,
                            LocalDate signedOn) {
    }

    private final JdbcClient jdbc;
    private final LegalCalendar calendar;
    private final OfficeClock clock;
    private final ServedNotices notices;

    ApprenticeshipPrograms(JdbcClient jdbc, LegalCalendar calendar, OfficeClock clock, ServedNotices notices) {
        this.jdbc = jdbc;
        this.calendar = calendar;
        this.clock = clock;
        this.notices = notices;
    }

    /**
     * Opens a matter on a program, recording the program when the department meets it first. 46a-68-8(a)(1):
     * a second regular audit inside 12 months of the last is refused; 8(a)(2): a special audit needs the
     * reason it is warranted; 10(a): a complaint needs its contents; 13: only a deregistered program is
     * reinstated; 16: an exemption request states its reasons. Returns the matter's id.
     */
    @Transactional
    public long open(String registrationNumber, String sponsor, String trade, String matter, LocalDate openedOn,
                     String reasons, Complaint complaint, String processInstanceId) {
        RuleChecks checks = new RuleChecks(clock);
        checks.require(registrationNumber != null && !registrationNumber.isBlank(), "registrationNumber: the program's "
                + "registration number is required");
        Matter kind = null;
        try {
            kind = Matter.valueOf(String.valueOf(matter));
        } catch (IllegalArgumentException e) {
            checks.require(false, "matter: a regular or special audit, a complaint, a reinstatement or an exemption request");
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
                checkRegularInterval(checks, p, openedOn, "matter");
            });
            case SPECIAL_AUDIT -> checks.require(reasons != null && !reasons.isBlank(), "reasons: a special audit is "
                    + "conducted when the department has reason to believe it is warranted; state the reason "
                    + "(46a-68-8(a)(2))");
            case COMPLAINT -> {
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
            case REINSTATEMENT -> checks.require(known.map(p -> p.status() == Status.DEREGISTERED).orElse(false),
                    "matter: only a deregistered program is reinstated (46a-68-13); program " + number + " is "
                            + known.map(p -> p.status().name()).orElse("not in the records"));
            case EXEMPTION -> checks.require(reasons != null && !reasons.isBlank(), "reasons: a request for exemption is "
                    + "made in writing with a statement of reasons supporting it (46a-68-16)");
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
        jdbc.sql("""
                INSERT INTO apprenticeship_matter (registration_number, matter, opened_on, reasons, process_instance_id)
                VALUES (:r, :m, :on, :reasons, :pi)
                """).param("r", number).param("m", kind.name()).param("on", openedOn).param("reasons", reasons)
                .param("pi", processInstanceId).update();
        return jdbc.sql("SELECT MAX(id) FROM apprenticeship_matter WHERE registration_number = :r").param("r", number)
                .query(Long.class).single();
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
     * a reasonable period for voluntary compliance, the day the department sets; a pattern or practice: 60
     * days from the notice (the next open day when the last falls on a closed one). Returns the end of the
     * period, or null.
     */
    @Transactional
    public LocalDate recordAuditResults(long matterId, LocalDate heldOn, String finding, LocalDate resultsSentOn,
                                        LocalDate complianceDueOn) {
        Program program = programOf(matterId);
        LocalDate arranged = jdbc.sql("SELECT audit_notified_on FROM apprenticeship_matter WHERE id = :id")
                .param("id", matterId).query(LocalDate.class).single();
        RuleChecks checks = new RuleChecks(clock);
        checks.happened(heldOn, "auditHeldOn", "the day the audit was held");
        if (arranged != null) {
            checks.notBefore(heldOn, arranged.plusDays(AUDIT_NOTICE_DAYS), "auditHeldOn", "at least one week after the "
                    + "sponsor was notified (46a-68-8(a)(2))");
        }
        checks.happened(resultsSentOn, "resultsSentOn", "the day the written results were sent to the sponsor");
        checks.notBefore(resultsSentOn, heldOn, "resultsSentOn", "the results follow the audit (46a-68-8(b))");
        checks.require(Set.of("COMPLIANT", "NONCOMPLIANT", "PATTERN_OR_PRACTICE").contains(String.valueOf(finding)),
                "auditFinding: in compliance, not in compliance, or a pattern or practice of non-compliance (46a-68-8(b), 9)");
        if ("NONCOMPLIANT".equals(finding)) {
            checks.require(complianceDueOn != null && resultsSentOn != null && complianceDueOn.isAfter(resultsSentOn),
                    "complianceDueOn: a reasonable time for voluntary compliance, after the results are sent "
                            + "(46a-68-8(b))");
        }
        checks.orThrow();
        if ("REGULAR_AUDIT".equals(matter(matterId))) {
            jdbc.sql("UPDATE apprenticeship_program SET last_regular_audit_on = :on WHERE registration_number = :r")
                    .param("on", heldOn).param("r", program.registrationNumber()).update();
        }
        LocalDate due = switch (finding) {
            case "PATTERN_OR_PRACTICE" -> calendar.lastDayUnmoved(resultsSentOn, PATTERN_OR_PRACTICE_PERIOD);
            case "NONCOMPLIANT" -> complianceDueOn;
            default -> null;
        };
        jdbc.sql("UPDATE apprenticeship_matter SET finding = :f, results_sent_on = :s WHERE id = :id")
                .param("f", finding).param("s", resultsSentOn).param("id", matterId).update();
        if (due == null) {
            close(matterId, "COMPLIANT");
            setStatus(program.registrationNumber(), afterReview(program), resultsSentOn);
        } else {
            setStatus(program.registrationNumber(), Status.COMPLIANCE_PERIOD, resultsSentOn);
            setComplianceDue(program.registrationNumber(), due);
        }
        return due;
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

    /** 46a-68-12(a), (b): the department's corrective action, then compliance, deregistration, or referral to CHRO. */
    @Transactional
    public void recordCorrectiveAction(long matterId, String action, String sanction) {
        Program program = programOf(matterId);
        RuleChecks checks = new RuleChecks(clock);
        checks.require(notBlank(action), "correctiveAction: the corrective action the department undertook "
                + "(46a-68-12(a))");
        checks.require(Set.of("COMPLIED", "DEREGISTER", "REFER_TO_CHRO").contains(String.valueOf(sanction)), "sanction: "
                + "compliance came, deregistration on the compliance review (46a-68-12(b)), or referral to CHRO (12(a))");
        checks.orThrow();
        jdbc.sql("UPDATE apprenticeship_matter SET sanction = :s WHERE id = :id").param("s", sanction).param("id", matterId)
                .update();
        if ("COMPLIED".equals(sanction)) {
            backInCompliance(matterId, program, clock.today());
        }
    }

    /** 46a-68-10(b), 12: CHRO's determination; a formal determination of discrimination grounds deregistration. */
    @Transactional
    public void recordChroDetermination(long matterId, String determination, LocalDate determinedOn) {
        RuleChecks checks = new RuleChecks(clock);
        checks.require("DISCRIMINATION".equals(determination) || "NO_DISCRIMINATION".equals(determination),
                "chroDetermination: discrimination determined, or not (46a-68-12(b))");
        checks.happened(determinedOn, "chroDeterminedOn", "the day of CHRO's determination");
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
    public void recordReferral(long matterId, String docket) {
        jdbc.sql("UPDATE apprenticeship_matter SET chro_docket = :d WHERE id = :id").param("d", docket).param("id", matterId)
                .update();
    }

    /** 46a-68-10(b): the informal resolution and CHRO's view of it. */
    public void closeResolved(long matterId) {
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
        LocalDate on = orderNotices.stream().map(OrderNotice::sentOn).min(LocalDate::compareTo).orElse(clock.today());
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
