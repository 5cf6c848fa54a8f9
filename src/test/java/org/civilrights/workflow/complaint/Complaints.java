package org.civilrights.workflow.complaint;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;

/** Test data: a complaint as intake records it, and a way to file it the way Tasklist does. */
final class Complaints {

    static final String PROCESS = "complaint-processing";

    private Complaints() {
    }

    /** A sufficient complaint (46a-54-35a) received on {@code filedOn}, about an act 30 days before. */
    static Map<String, Object> filing(LocalDate filedOn) {
        Map<String, Object> form = new HashMap<>();
        form.put("filedOn", filedOn.toString());
        form.put("swornOn", filedOn.toString());
        form.put("complainantName", "Jordan Avery");
        form.put("complainantAddress", "12 Elm Street, Hartford, CT 06103");
        form.put("confidential", false);
        form.put("firstRespondentName", "Acme Manufacturing LLC");
        form.put("firstRespondentAddress", "1 Industrial Way, New Britain, CT");
        form.put("otherRespondents", "Pat Quinn; 1 Industrial Way, New Britain, CT");
        form.put("protectedBasis", "Sex");
        form.put("statementOfFacts", "On the date below the respondent dismissed me because of my sex.");
        form.put("actOn", filedOn.minusDays(30).toString());
        form.put("continuingViolation", false);
        form.put("criminalRecordClaim", false);
        form.put("housingClaim", false);
        return form;
    }

    /** Submits the filing through the start form, as Tasklist does. */
    static ProcessInstance file(ProcessEngine engine, Map<String, Object> form) {
        String definition = engine.getRepositoryService().createProcessDefinitionQuery()
                .processDefinitionKey(PROCESS).latestVersion().singleResult().getId();
        return engine.getFormService().submitStartForm(definition, form);
    }

    /** Records a request on a complaint through the complaint-request start form, as intake does in Tasklist. */
    static void request(ProcessEngine engine, String docket, String type, java.time.LocalDate receivedOn,
                        Map<String, Object> fields) {
        Map<String, Object> form = new HashMap<>(fields);
        form.put("docketNumber", docket);
        form.put("requestType", type);
        form.put("receivedOn", receivedOn.toString());
        String definition = engine.getRepositoryService().createProcessDefinitionQuery()
                .processDefinitionKey("complaint-request").latestVersion().singleResult().getId();
        engine.getFormService().submitStartForm(definition, form);
    }
}
