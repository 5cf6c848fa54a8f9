package org.civilrights.workflow.complaint;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.processInstanceQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.time.LocalDate;
import java.util.Date;
import java.util.Map;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.civilrights.workflow.calendar.LegalCalendar;
import org.civilrights.workflow.process.ProcessTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Base of the stage tests: a complaint filed the way intake files it, then moved to the stage under
 * test as if the earlier stages were done (process instance modification).
 */
abstract class ComplaintScenario extends ProcessTest {

    @Autowired ComplaintRecords records;
    @Autowired CaseFile caseFile;
    @Autowired AnswerPeriod answerPeriod;

    protected ProcessInstance complaint;
    protected String docket;

    /** Files a sufficient complaint on {@code filed} (the engine clock is set to that day). */
    protected void fileComplaint(LocalDate filed, Map<String, Object> changes) {
        today(filed);
        Map<String, Object> form = Complaints.filing(filed);
        form.putAll(changes);
        complaint = Complaints.file(engine, form);
        docket = (String) runtimeService().getVariable(complaint.getId(), "docketNumber");
    }

    /** Leaves intake and starts the main diagram before {@code activityId}. */
    protected void jumpTo(String activityId) {
        runtimeService().createProcessInstanceModification(complaint.getId())
                .cancelAllForActivity("CallActivity_Intake")
                .startBeforeActivity(activityId)
                .execute();
    }

    /** Both respondents answered under oath on the given days (46a-54-43a). */
    protected void answered(LocalDate first, LocalDate second) {
        answerPeriod.recordAnswer(docket, 1, first, true);
        answerPeriod.recordAnswer(docket, 2, second, true);
    }

    /**
     * Files a complaint on {@code filed} that intake finds not timely, serves it with the notice that no answer is
     * due, and that the investigator finds not curable (46a-54-42a(b)(2)): the case waits in the reconsideration
     * stage to mail the dismissal for lack of jurisdiction. Returns that stage.
     */
    protected ProcessInstance dismissedForLackOfJurisdiction(LocalDate filed) {
        fileComplaint(filed, Map.of());
        ProcessInstance intake = stage("complaint-intake");
        complete(task(intake), Map.of("timely", "false", "allegesDiscriminatoryPractice", "true"));
        for (org.camunda.bpm.engine.task.Task service : org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests
                .taskQuery().processInstanceId(intake.getId()).list()) {
            complete(service, Map.of("serviceMethod", "FIRST_CLASS_MAIL", "sentOn", filed.toString()));
        }
        complete(task(intake), Map.of("defectCurable", "false", "defectReasons", "Filed 200 days after the act.",
                "bothPartiesCommented", true));
        return stage("complaint-reconsideration");
    }

    /** The running instance of a stage of this complaint. */
    protected ProcessInstance stage(String processKey) {
        return processInstanceQuery().processDefinitionKey(processKey).processInstanceBusinessKey(docket).singleResult();
    }

    /**
     * 46a-54-48a, 49a(a): the complainant replies today, and the respondent's 30 days for additional
     * information run out with nothing added; the review task is then open.
     */
    protected void replyAndInformationWindowsClose(ProcessInstance review) {
        LocalDate today = ClockUtil.getCurrentTime().toInstant().atZone(LegalCalendar.OFFICE_ZONE).toLocalDate();
        complete(task("Task_RecordReply", review), Map.of("replyAction", "REPLY", "replyReceivedOn", today.toString()));
        Job information = jobQuery().processInstanceId(review.getId()).activityId("Timer_InfoWindowOver").singleResult();
        Date now = ClockUtil.getCurrentTime();
        ClockUtil.setCurrentTime(information.getDuedate());
        execute(information);
        ClockUtil.setCurrentTime(now);
    }

    protected ComplaintRecords.CaseSummary record() {
        return records.get(docket);
    }
}
