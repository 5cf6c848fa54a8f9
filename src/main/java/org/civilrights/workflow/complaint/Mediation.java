package org.civilrights.workflow.complaint;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.civilrights.workflow.process.OfficeClock;
import org.springframework.stereotype.Service;

/** Mandatory mediation after the merit assessment review (46a-54-56a, 57a). */
@Service
public class Mediation {

    public static final Set<String> RESULTS = Set.of("SETTLED", "NOT_SETTLED", "RESCHEDULE", "COMPLAINANT_ABSENT",
            "RESPONDENT_ABSENT");
    static final String NOTICE = "Notice of mandatory mediation";

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
     * mediation will be held, with its place, date and time. The notice is recorded as staff sent it: the day
     * and the way they chose (46a-54-18a), never the day of the click (review F23).
     */
    public void notifySession(String docket, LocalDate on, String place, LocalDate mailedOn, String method) {
        List<String> problems = new ArrayList<>();
        if (on == null || on.isBefore(clock.today()) || place == null || place.isBlank()) {
            problems.add("mediationOn, mediationPlace: the notice states the location, date and time of a session still "
                    + "to come (46a-54-56a(c))");
        }
        if (mailedOn == null || mailedOn.isAfter(clock.today()) || (on != null && !mailedOn.isBefore(on))) {
            problems.add("mediationNoticeMailedOn: 'Notice sent on' is required, not in the future and before the "
                    + "session (46a-54-56a(c), 18a)");
        }
        if (method == null || !ComplaintIntake.SERVICE_METHODS.contains(method)) {
            problems.add("mediationNoticeMethod: 'How the notice was sent' is required: in person, by mail or a copy "
                    + "left at the place of business or abode (46a-54-18a)");
        }
        if (!problems.isEmpty()) {
            throw new InvalidFilingException(problems);
        }
        notices.serveOnParties(docket, NOTICE + " on " + on + " at " + place, method, mailedOn, "46a-54-56a(c)");
        records.setStage(docket, Stage.MEDIATION);
    }

    /**
     * 46a-54-56a(d)-(h): what came of the session of {@code sessionOn}. A settlement is a predetermination
     * conciliation agreement (67a(a)(2)); a party absent without good cause may be dismissed (complainant, 56a(f))
     * or defaulted (respondent, 56a(g), 57a). Every absent party is kept in the mediation record; with several
     * respondents each absent one is named (review F31). Returns the absent respondents' numbers.
     */
    public List<Integer> recordSession(String docket, String result, String absentRespondents, LocalDate sessionOn) {
        if (result == null || !RESULTS.contains(result)) {
            throw new InvalidFilingException(List.of("mediationResult: what came of the session is required (46a-54-56a)"));
        }
        List<Integer> absent = List.of();
        if ("RESPONDENT_ABSENT".equals(result)) {
            absent = respondentNumbers(docket, absentRespondents, "absentRespondents",
                    "which respondents were absent (46a-54-56a(g))");
            for (int no : absent) {
                records.recordMediationAbsence(docket, sessionOn, records.respondent(docket, no).name());
            }
        }
        if ("COMPLAINANT_ABSENT".equals(result)) {
            records.recordMediationAbsence(docket, sessionOn, "complainant");
        }
        if ("SETTLED".equals(result)) {
            records.setDisposition(docket, Disposition.CONCILIATION_AGREEMENT, sessionOn);
        }
        return absent;
    }

    /**
     * 46a-54-56a(g), 57a(a): the absent respondents against whom a default is requested: those named, each of them
     * absent from the session, or every absent respondent when none is named.
     */
    public List<Integer> respondentsToDefault(String docket, String absentRespondents, String chosen) {
        List<Integer> absent = respondentNumbers(docket, absentRespondents, "absentRespondents",
                "which respondents were absent (46a-54-56a(g))");
        if (chosen == null || chosen.isBlank()) {
            return absent;
        }
        List<Integer> named = respondentNumbers(docket, chosen, "defaultRespondents",
                "the absent respondents against whom a default is requested (46a-54-57a(a))");
        List<Integer> notAbsent = named.stream().filter(no -> !absent.contains(no)).toList();
        if (!notAbsent.isEmpty()) {
            throw new InvalidFilingException(List.of("defaultRespondents: respondent " + notAbsent + " was not recorded "
                    + "absent from the session; a default for a missed mediation is only against a respondent who failed "
                    + "to attend (46a-54-56a(g), 57a(a))"));
        }
        return named;
    }

    /** The multi-instance collection of the mediation defaults: "1, 3" as the numbers 1 and 3. */
    public List<Integer> numbers(String list) {
        List<Integer> numbers = new ArrayList<>();
        for (String part : String.valueOf(list).split("[,;\\s]+")) {
            if (!part.isBlank()) {
                numbers.add(Integer.valueOf(part.trim()));
            }
        }
        return numbers;
    }

    /** Respondent numbers as staff typed them ("1, 3"), each a respondent still in the case, at least one. */
    private List<Integer> respondentNumbers(String docket, String list, String field, String what) {
        Set<Integer> numbers = new LinkedHashSet<>();
        List<Integer> inCase = records.respondentNumbers(docket);
        for (String part : String.valueOf(list == null ? "" : list).split("[,;\\s]+")) {
            if (part.isBlank()) {
                continue;
            }
            try {
                int no = Integer.parseInt(part.trim());
                if (!inCase.contains(no)) {
                    throw new InvalidFilingException(List.of(field + ": the complaint has no respondent number " + no
                            + " still in the case (respondents " + inCase + ")"));
                }
                numbers.add(no);
            } catch (NumberFormatException e) {
                throw new InvalidFilingException(List.of(field + ": '" + part + "' is not a respondent number; give the "
                        + "numbers separated by commas, e.g. 1, 3"));
            }
        }
        if (numbers.isEmpty()) {
            throw new InvalidFilingException(List.of(field + ": " + what + " is required, as respondent numbers, "
                    + "e.g. 1, 3"));
        }
        return List.copyOf(numbers);
    }
}
