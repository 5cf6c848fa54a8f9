package org.civilrights.workflow.complaint;

import java.time.LocalDate;

import org.springframework.stereotype.Service;

/** A paper served on both sides: the complainant and every respondent (46a-54-18a). */
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
        for (ComplaintRecords.RespondentRecord respondent : records.respondents(docket)) {
            caseFile.served(docket, notice, respondent.name(), method, on, null, section);
        }
    }
}
