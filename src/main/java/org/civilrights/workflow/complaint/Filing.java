package org.civilrights.workflow.complaint;

import java.time.LocalDate;
import java.util.List;

/**
 * A complaint as intake records it from the paper received (46a-54-35a, 36a, 37a).
 *
 * @param complainantName the true name; for a confidential complaint it goes only into the
 *                        confidential identity table
 * @param pseudonym       the name used on the served complaint when {@code confidential}
 * @param actOn           the date of the alleged act (34a(b)(1)); may be empty when the complaint gives it only
 *                        approximately
 * @param actApproximately when the complaint gives the date of the act only approximately, its words ("spring
 *                        2026"): sufficient under 35a(b) ("and when"), marked approximate (review F29)
 * @param knewDiscriminationOn when the complainant knew or should have known that the acts may have constituted
 *                        discrimination (34a(b)(3))
 * @param commissionIssue set when the commission issued the complaint itself, else null
 */
public record Filing(
        LocalDate filedOn,
        String complainantName,
        String complainantAddress,
        boolean confidential,
        String confidentialGround,
        String pseudonym,
        String representativeAddress,
        List<Party> respondents,
        String protectedBasis,
        String statementOfFacts,
        LocalDate swornOn,
        LocalDate actOn,
        String actApproximately,
        LocalDate knewOn,
        LocalDate knewDiscriminationOn,
        boolean continuingViolation,
        boolean criminalRecordClaim,
        boolean housingClaim,
        CommissionIssue commissionIssue) {

    /**
     * 46a-54-39a: a complaint the commission issued, by majority vote at a meeting, on one of the
     * grounds of (a)(1)-(5).
     */
    public record CommissionIssue(LocalDate voteOn, String ground) {
    }

    /** A respondent named in the complaint. */
    public record Party(String name, String address) {
    }

    /** The name the case is known by: the pseudonym of a confidential complaint (46a-54-37a(b)). */
    public String publicComplainantName() {
        return confidential ? pseudonym : complainantName;
    }
}
