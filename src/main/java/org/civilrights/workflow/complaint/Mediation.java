package org.civilrights.workflow.complaint;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.civilrights.workflow.process.OfficeClock;
import org.springframework.stereotype.Service;

/** Mandatory mediation after the merit assessment review (46a-54-56a, 57a). */
@Service
public class Mediation {

    public static final Set<String> RESULTS = Set.of("SETTLED", "NOT_SETTLED", "RESCHEDULE", "COMPLAINANT_ABSENT",
            "RESPONDENT_ABSENT");

    private final ComplaintRecords records;
    private final PartyNotices notices;
    private final OfficeClock clock;

    Mediation(ComplaintRecords records, PartyNotices notices, OfficeClock clock) {
        this.records = records;
        this.notices = notices;
        this.clock = clock;
    }

    /**
     * 46a-54-56a(c): the respondent, the complainant and their attorneys are notified that a mandatory
     * mediation will be held, with its place, date and time.
     */
    public void notifySession(String docket, LocalDate on, String place) {
        if (on == null || on.isBefore(clock.today()) || place == null || place.isBlank()) {
            throw new InvalidFilingException(List.of("mediationOn, mediationPlace: the notice states the location, date "
                    + "and time of a session still to come (46a-54-56a(c))"));
        }
        notices.serveOnParties(docket, "Notice of mandatory mediation on " + on + " at " + place, "FIRST_CLASS_MAIL",
                clock.today(), "46a-54-56a(c)");
        records.setStage(docket, Stage.MEDIATION);
    }

    /**
     * 46a-54-56a(d)-(h): what came of the session. A settlement is a predetermination conciliation
     * agreement (67a(a)(2)); a party absent without good cause may be dismissed (complainant, 56a(f))
     * or defaulted (respondent, 56a(g), 57a).
     */
    public void recordSession(String docket, String result, Integer absentRespondentNo) {
        if (result == null || !RESULTS.contains(result)) {
            throw new InvalidFilingException(List.of("mediationResult: what came of the session is required (46a-54-56a)"));
        }
        if ("RESPONDENT_ABSENT".equals(result)) {
            if (absentRespondentNo == null) {
                throw new InvalidFilingException(List.of("absentRespondentNo: which respondent was absent (46a-54-56a(g))"));
            }
            records.respondent(docket, absentRespondentNo);
        }
        if ("SETTLED".equals(result)) {
            records.setDisposition(docket, Disposition.CONCILIATION_AGREEMENT, clock.today());
        }
    }
}
