package org.civilrights.workflow.complaint;

import java.time.LocalDate;

import org.springframework.stereotype.Service;

/**
 * A paper served on both sides: the complainant and every respondent still in the case (46a-54-18a); a respondent
 * whose part of the complaint a no-fault agreement disposed of is no longer a party to what follows (63a, 67a(a)(1)).
 */
@Service
public class PartyNotices {

    private final ComplaintRecords records;
    private final CaseFile caseFile;

    PartyNotices(ComplaintRecords records, CaseFile caseFile) {
        this.records = records;
        this.caseFile = caseFile;
    }

    public void serveOnParties(String docket, String notice, String method, LocalDate on, String section) {
        caseFile.served(docket, notice, "complainant", method, on, null, section);
        for (ComplaintRecords.RespondentRecord respondent : records.respondentsInCase(docket)) {
            caseFile.served(docket, notice, respondent.name(), method, on, null, section);
        }
    }
}
