package org.civilrights.workflow.complaint;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The complaint case tables (V1__complaint_case_record.sql). Plain SQL, one method per question
 * the procedure asks; the engine's transaction is the same as this one's.
 */
@Repository
public class ComplaintRecords {

    private final JdbcClient jdbc;
    private final org.springframework.transaction.support.TransactionTemplate ownTransaction;

    ComplaintRecords(JdbcClient jdbc, org.springframework.transaction.PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.ownTransaction = new org.springframework.transaction.support.TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(
                org.springframework.transaction.TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** The case as staff and tests read it. */
    /**
     * @param filingDeadline  null, with {@code timelyOnItsFace} and {@code actOn}, when the complaint gives the date of
     *                        the act only approximately, in the words kept in {@code actApproximately} (46a-54-35a(b);
     *                        review F29): the review decides
     */
    public record CaseSummary(String docketNumber, LocalDate filedOn, String complainantName, boolean confidential,
                              LocalDate filingDeadline, Boolean timelyOnItsFace, String stage, boolean overdue,
                              Boolean jurisdictional, String disposition, LocalDate disposedOn, LocalDate actOn,
                              String actApproximately) {
    }

    public record RespondentRecord(int respondentNo, String name, String address, LocalDate receivedOn,
                                   LocalDate answerDueOn, LocalDate answeredOn) {
    }

    public record Identity(String complainantName, String complainantAddress, String ground) {
    }

    /**
     * Gives the next docket number of the year the complaint was filed, e.g. 2026-00042. The year's counter row is
     * created first in a transaction of its own, where two first filings of a year racing on two threads or nodes
     * may both try and one finds it made (on PostgreSQL a failed insert would abort the filing's own transaction;
     * found by the two-node test); the increment then locks the row, so concurrent filings get numbers one by one.
     */
    String nextDocketNumber(int year) {
        boolean exists = jdbc.sql("SELECT COUNT(*) FROM docket_counter WHERE docket_year = :y").param("y", year)
                .query(Long.class).single() > 0;
        if (!exists) {
            try {
                ownTransaction.executeWithoutResult(status -> jdbc.sql(
                        "INSERT INTO docket_counter (docket_year, last_number) VALUES (:y, 0)").param("y", year).update());
            } catch (org.springframework.dao.DuplicateKeyException madeMeanwhile) {
                // another filing made the year's counter first: it is there now
            }
        }
        jdbc.sql("UPDATE docket_counter SET last_number = last_number + 1 WHERE docket_year = :y").param("y", year)
                .update();
        int number = jdbc.sql("SELECT last_number FROM docket_counter WHERE docket_year = :y")
                .param("y", year).query(Integer.class).single();
        return String.format("%d-%05d", year, number);
    }

    void insert(String docket, Filing filing, String filingPeriod, LocalDate deadline, Boolean timely,
                String recordedBy, String processInstanceId) {
        jdbc.sql("""
                INSERT INTO complaint (docket_number, filed_on, recorded_at, recorded_by, complainant_name,
                    confidential, protected_basis, statement_of_facts, sworn_on, act_on, knew_on,
                    continuing_violation, criminal_record_claim, housing_claim, filing_period, filing_deadline,
                    timely_on_its_face, stage, process_instance_id, commission_issued, commission_vote_on,
                    commission_ground, act_approximately, knew_discrimination_on)
                VALUES (:docket, :filedOn, :recordedAt, :recordedBy, :name, :confidential, :basis, :facts, :swornOn,
                    :actOn, :knewOn, :continuing, :criminalRecord, :housing, :period, :deadline, :timely, :stage,
                    :processInstanceId, :commissionIssued, :commissionVoteOn, :commissionGround, :actApproximately,
                    :knewDiscriminationOn)
                """)
                .param("docket", docket)
                .param("filedOn", filing.filedOn())
                .param("recordedAt", Timestamp.from(Instant.now()))
                .param("recordedBy", recordedBy)
                .param("name", filing.publicComplainantName())
                .param("confidential", filing.confidential())
                .param("basis", filing.protectedBasis())
                .param("facts", filing.statementOfFacts())
                .param("swornOn", filing.swornOn())
                .param("actOn", filing.actOn())
                .param("knewOn", filing.knewOn())
                .param("continuing", filing.continuingViolation())
                .param("criminalRecord", filing.criminalRecordClaim())
                .param("housing", filing.housingClaim())
                .param("period", filingPeriod)
                .param("deadline", deadline)
                .param("timely", timely)
                .param("stage", Stage.INTAKE.name())
                .param("processInstanceId", processInstanceId)
                .param("commissionIssued", filing.commissionIssue() != null)
                .param("commissionVoteOn", filing.commissionIssue() == null ? null : filing.commissionIssue().voteOn())
                .param("commissionGround", filing.commissionIssue() == null ? null : filing.commissionIssue().ground())
                .param("actApproximately", filing.actApproximately() == null || filing.actApproximately().isBlank()
                        ? null : filing.actApproximately().trim())
                .param("knewDiscriminationOn", filing.knewDiscriminationOn())
                .update();
        String contact = filing.confidential() ? filing.representativeAddress() : filing.complainantAddress();
        jdbc.sql("INSERT INTO complainant_contact (docket_number, address) VALUES (:d, :a)")
                .param("d", docket).param("a", contact).update();
        if (filing.confidential()) {
            jdbc.sql("""
                    INSERT INTO confidential_identity (docket_number, complainant_name, complainant_address,
                        confidential_ground) VALUES (:d, :n, :a, :g)
                    """)
                    .param("d", docket).param("n", filing.complainantName()).param("a", filing.complainantAddress())
                    .param("g", filing.confidentialGround()).update();
        }
        int no = 1;
        for (Filing.Party party : filing.respondents()) {
            addRespondent(docket, no++, party, filing.filedOn());
        }
    }

    /** The day a respondent was added by amendment (46a-54-38a), or null for one named in the complaint. */
    LocalDate addedOn(String docket, int respondentNo) {
        return jdbc.sql("SELECT added_on FROM respondent WHERE docket_number = :d AND respondent_no = :no")
                .param("d", docket).param("no", respondentNo).query(LocalDate.class).optional().orElse(null);
    }

    void addRespondent(String docket, int respondentNo, Filing.Party party, LocalDate addedOn) {
        jdbc.sql("""
                INSERT INTO respondent (docket_number, respondent_no, name, address, added_on)
                VALUES (:d, :no, :name, :address, :addedOn)
                """)
                .param("d", docket).param("no", respondentNo).param("name", party.name())
                .param("address", party.address()).param("addedOn", addedOn).update();
    }

    public Optional<CaseSummary> find(String docket) {
        return jdbc.sql("""
                SELECT docket_number, filed_on, complainant_name, confidential, filing_deadline, timely_on_its_face,
                       stage, overdue, jurisdictional, disposition, disposed_on, act_on, act_approximately
                FROM complaint WHERE docket_number = :d
                """)
                .param("d", docket)
                .query((rs, i) -> new CaseSummary(rs.getString(1), rs.getObject(2, LocalDate.class), rs.getString(3),
                        rs.getBoolean(4), rs.getObject(5, LocalDate.class), (Boolean) rs.getObject(6), rs.getString(7),
                        rs.getBoolean(8), (Boolean) rs.getObject(9), rs.getString(10),
                        rs.getObject(11, LocalDate.class), rs.getObject(12, LocalDate.class), rs.getString(13)))
                .optional();
    }

    public CaseSummary get(String docket) {
        return find(docket).orElseThrow(() -> new UnknownDocketException(docket));
    }

    public List<RespondentRecord> respondents(String docket) {
        return jdbc.sql("""
                SELECT respondent_no, name, address, received_on, answer_due_on, answered_on
                FROM respondent WHERE docket_number = :d ORDER BY respondent_no
                """)
                .param("d", docket)
                .query((rs, i) -> new RespondentRecord(rs.getInt(1), rs.getString(2), rs.getString(3),
                        rs.getObject(4, LocalDate.class), rs.getObject(5, LocalDate.class),
                        rs.getObject(6, LocalDate.class)))
                .list();
    }

    /**
     * 1, 2, ... n: one task or stage per respondent still in the case (the diagrams' multi-instance collection); a
     * respondent whose part of the complaint a no-fault agreement disposed of is no longer served or awaited
     * (46a-54-63a, 67a(a)(1); review F13(b)).
     */
    public List<Integer> respondentNumbers(String docket) {
        return respondentsInCase(docket).stream().map(RespondentRecord::respondentNo).toList();
    }

    /**
     * The respondents the complaint still goes on against: all but those whose part of it was disposed of on its
     * own (46a-54-63a, 67a(a)(1): a no-fault agreement with that respondent; review F13(b)).
     */
    public List<RespondentRecord> respondentsInCase(String docket) {
        java.util.Set<Integer> disposed = new java.util.HashSet<>(jdbc.sql("""
                SELECT respondent_no FROM respondent WHERE docket_number = :d AND disposition IS NOT NULL
                """).param("d", docket).query(Integer.class).list());
        return respondents(docket).stream().filter(r -> !disposed.contains(r.respondentNo())).toList();
    }

    /** 46a-54-63a, 67a(a)(1): the complaint is disposed of as to this respondent only (review F13(b)). */
    void setRespondentDisposition(String docket, int respondentNo, Disposition disposition, LocalDate on) {
        jdbc.sql("UPDATE respondent SET disposition = :x, disposed_on = :on WHERE docket_number = :d AND respondent_no = :no")
                .param("x", disposition.name()).param("on", on).param("d", docket).param("no", respondentNo).update();
    }

    /** The disposition of one respondent's part of the complaint, or null while it goes on against it. */
    public String respondentDisposition(String docket, int respondentNo) {
        return jdbc.sql("SELECT disposition FROM respondent WHERE docket_number = :d AND respondent_no = :no")
                .param("d", docket).param("no", respondentNo).query(String.class).optional().orElse(null);
    }

    /** 46a-54-56a(f), (g): a party absent from the mandatory mediation session of {@code sessionOn} (review F31). */
    void recordMediationAbsence(String docket, LocalDate sessionOn, String party) {
        int updated = jdbc.sql("""
                UPDATE mediation_absence SET party = :p WHERE docket_number = :d AND session_on = :s AND party = :p
                """).param("d", docket).param("s", sessionOn).param("p", party).update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO mediation_absence (docket_number, session_on, party) VALUES (:d, :s, :p)")
                    .param("d", docket).param("s", sessionOn).param("p", party).update();
        }
    }

    /**
     * 46a-54-41a: a person notified of the commission's amended complaint, and its written response when it came:
     * whether it asks the commission to seek relief (null until it answers).
     */
    public record AffectedPerson(String name, String noticeMethod, LocalDate noticeSentOn, LocalDate responseOn,
                                 Boolean wantsRelief) {
    }

    /** 46a-54-41a(a): the notice to a person affected, once a person (review F18). */
    void notifyAffectedPerson(String docket, String name, String method, LocalDate sentOn) {
        int updated = jdbc.sql("""
                UPDATE affected_person SET notice_method = :m, notice_sent_on = :s WHERE docket_number = :d AND name = :n
                """).param("m", method).param("s", sentOn).param("d", docket).param("n", name).update();
        if (updated == 0) {
            jdbc.sql("""
                    INSERT INTO affected_person (docket_number, name, notice_method, notice_sent_on)
                    VALUES (:d, :n, :m, :s)
                    """).param("d", docket).param("n", name).param("m", method).param("s", sentOn).update();
        }
    }

    /** 46a-54-41a(b): the person's written response (review F18). */
    void recordAffectedPersonResponse(String docket, String name, LocalDate responseOn, boolean wantsRelief) {
        jdbc.sql("""
                UPDATE affected_person SET response_on = :r, wants_relief = :w WHERE docket_number = :d AND name = :n
                """).param("r", responseOn).param("w", wantsRelief).param("d", docket).param("n", name).update();
    }

    /** 46a-54-41a: every person notified, with the response if it came (review F18). */
    public List<AffectedPerson> affectedPersons(String docket) {
        return jdbc.sql("""
                SELECT name, notice_method, notice_sent_on, response_on, wants_relief FROM affected_person
                WHERE docket_number = :d ORDER BY id
                """).param("d", docket)
                .query((rs, i) -> new AffectedPerson(rs.getString(1), rs.getString(2), rs.getObject(3, LocalDate.class),
                        rs.getObject(4, LocalDate.class), (Boolean) rs.getObject(5)))
                .list();
    }

    /** 46a-54-19a(c), (d): a change of a party's address or representative, as told to the commission (review F26). */
    public record AddressChange(String party, String whatChanged, LocalDate changedOn, LocalDate notifiedOn,
                                boolean within15Days) {
    }

    /**
     * 46a-54-19a(c), (d): records the change, and the new address where the case keeps it: the respondent's, the
     * complainant's address for papers, or for a confidential complaint the true address in its own table (37a(b)).
     */
    void recordAddressChange(String docket, String party, Integer respondentNo, String whatChanged, String newAddress,
                             String representative, LocalDate changedOn, LocalDate notifiedOn, boolean within15Days) {
        if ("ADDRESS".equals(whatChanged) && respondentNo != null) {
            jdbc.sql("UPDATE respondent SET address = :a WHERE docket_number = :d AND respondent_no = :no")
                    .param("a", newAddress).param("d", docket).param("no", respondentNo).update();
        } else if ("ADDRESS".equals(whatChanged) && get(docket).confidential()) {
            jdbc.sql("UPDATE confidential_identity SET complainant_address = :a WHERE docket_number = :d")
                    .param("a", newAddress).param("d", docket).update();
        } else if (respondentNo == null && ("ADDRESS".equals(whatChanged) || get(docket).confidential())) {
            // the complainant's address for papers: its own, or for a confidential complaint its representative's
            jdbc.sql("UPDATE complainant_contact SET address = :a WHERE docket_number = :d")
                    .param("a", "ADDRESS".equals(whatChanged) ? newAddress : representative).param("d", docket).update();
        }
        jdbc.sql("""
                INSERT INTO party_address_change (docket_number, party, what_changed, representative, changed_on,
                    notified_on, within_15_days)
                VALUES (:d, :p, :w, :r, :c, :n, :in)
                """).param("d", docket).param("p", party).param("w", whatChanged).param("r", representative)
                .param("c", changedOn).param("n", notifiedOn).param("in", within15Days).update();
    }

    /** 46a-54-19a(c), (d): every change of address or representative told to the commission (review F26). */
    public List<AddressChange> addressChanges(String docket) {
        return jdbc.sql("""
                SELECT party, what_changed, changed_on, notified_on, within_15_days FROM party_address_change
                WHERE docket_number = :d ORDER BY id
                """).param("d", docket)
                .query((rs, i) -> new AddressChange(rs.getString(1), rs.getString(2), rs.getObject(3, LocalDate.class),
                        rs.getObject(4, LocalDate.class), rs.getBoolean(5)))
                .list();
    }

    /** One absence from a mandatory mediation session (46a-54-56a(f), (g)). */
    public record MediationAbsence(LocalDate sessionOn, String party) {
    }

    /** Every party recorded absent from a mandatory mediation session, session by session (review F31). */
    public List<MediationAbsence> mediationAbsences(String docket) {
        return jdbc.sql("SELECT session_on, party FROM mediation_absence WHERE docket_number = :d ORDER BY id")
                .param("d", docket)
                .query((rs, i) -> new MediationAbsence(rs.getObject(1, LocalDate.class), rs.getString(2))).list();
    }

    public RespondentRecord respondent(String docket, int respondentNo) {
        return respondents(docket).stream().filter(r -> r.respondentNo() == respondentNo).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(
                        "Complaint " + docket + " has no respondent number " + respondentNo));
    }

    /** The identity behind a pseudonym: for those with the need to know only (46a-54-37a(b)). */
    public Optional<Identity> confidentialIdentity(String docket) {
        return jdbc.sql("""
                SELECT complainant_name, complainant_address, confidential_ground
                FROM confidential_identity WHERE docket_number = :d
                """)
                .param("d", docket)
                .query((rs, i) -> new Identity(rs.getString(1), rs.getString(2), rs.getString(3)))
                .optional();
    }

    /** Called by the diagrams as each stage starts: {@code ${complaintRecords.moveTo(docketNumber, 'ANSWER')}}. */
    public void moveTo(String docket, String stage) {
        setStage(docket, Stage.valueOf(stage));
    }

    void setStage(String docket, Stage stage) {
        jdbc.sql("UPDATE complaint SET stage = :s WHERE docket_number = :d")
                .param("s", stage.name()).param("d", docket).update();
    }

    void setOverdue(String docket, boolean overdue) {
        jdbc.sql("UPDATE complaint SET overdue = :o WHERE docket_number = :d")
                .param("o", overdue).param("d", docket).update();
    }

    void setJurisdictional(String docket, boolean timelyFiled, boolean jurisdictional) {
        jdbc.sql("UPDATE complaint SET timely_filed = :t, jurisdictional = :j WHERE docket_number = :d")
                .param("t", timelyFiled).param("j", jurisdictional).param("d", docket).update();
    }

    /**
     * 46a-54-66a(a): whether the complaint was timely filed: the jurisdictional review's finding (42a(a)),
     * or before the review the filing period on the face of the complaint (34a), if it gives a date to count from.
     */
    public boolean timelyFiled(String docket) {
        // a complaint that gives the date of the act only approximately has no timeliness on its face: until the
        // review decides (42a(a)) it is not taken as untimely (review F29)
        return jdbc.sql("SELECT COALESCE(timely_filed, timely_on_its_face, TRUE) FROM complaint WHERE docket_number = :d")
                .param("d", docket).query(Boolean.class).single();
    }

    /** How many complaints the case file holds. */
    long count() {
        return jdbc.sql("SELECT COUNT(*) FROM complaint").query(Long.class).single();
    }

    /** Whether the commission issued the complaint itself (46a-54-39a, General Statutes 46a-82(b)). */
    boolean commissionIssued(String docket) {
        return jdbc.sql("SELECT commission_issued FROM complaint WHERE docket_number = :d")
                .param("d", docket).query(Boolean.class).optional().orElse(false);
    }

    /** The ground of an administrative dismissal, 46a-54-67a(f)(1)(A)-(E), kept with the disposition. */
    void setDispositionGround(String docket, String ground) {
        jdbc.sql("UPDATE complaint SET disposition_ground = :g WHERE docket_number = :d")
                .param("g", ground).param("d", docket).update();
    }

    String dispositionGround(String docket) {
        return jdbc.sql("SELECT disposition_ground FROM complaint WHERE docket_number = :d")
                .param("d", docket).query(String.class).optional().orElse(null);
    }

    void setDisposition(String docket, Disposition disposition, LocalDate on) {
        jdbc.sql("UPDATE complaint SET disposition = :x, disposed_on = :on, stage = :s WHERE docket_number = :d")
                .param("x", disposition.name()).param("on", on).param("s", Stage.CLOSED.name())
                .param("d", docket).update();
        // the clocks still running end with the case: missed when their day had passed, else cancelled
        jdbc.sql("""
                UPDATE case_deadline SET status = CASE WHEN due_on < :on THEN 'MISSED' ELSE 'CANCELLED' END, closed_on = :on
                WHERE docket_number = :d AND status = 'OPEN'
                """).param("on", on).param("d", docket).update();
    }

    void clearDisposition(String docket) {
        jdbc.sql("UPDATE complaint SET disposition = NULL, disposed_on = NULL WHERE docket_number = :d")
                .param("d", docket).update();
    }

    void setRespondentReceipt(String docket, int respondentNo, LocalDate receivedOn) {
        jdbc.sql("UPDATE respondent SET received_on = :r WHERE docket_number = :d AND respondent_no = :no")
                .param("r", receivedOn).param("d", docket).param("no", respondentNo).update();
    }

    void setAnswerDue(String docket, int respondentNo, LocalDate dueOn) {
        jdbc.sql("UPDATE respondent SET answer_due_on = :r WHERE docket_number = :d AND respondent_no = :no")
                .param("r", dueOn).param("d", docket).param("no", respondentNo).update();
    }

    void setAnswered(String docket, int respondentNo, LocalDate answeredOn) {
        jdbc.sql("UPDATE respondent SET answered_on = :r WHERE docket_number = :d AND respondent_no = :no")
                .param("r", answeredOn).param("d", docket).param("no", respondentNo).update();
    }
}
