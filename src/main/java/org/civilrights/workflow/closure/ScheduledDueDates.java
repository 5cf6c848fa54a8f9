package org.civilrights.workflow.closure;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.management.JobDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.instance.CatchEvent;
import org.camunda.bpm.model.bpmn.instance.EventDefinition;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.civilrights.workflow.calendar.CalendarDate;
import org.civilrights.workflow.calendar.LegalCalendar;
import org.springframework.stereotype.Component;

/**
 * The engine's side of a closure: pending timers and open tasks due at the end of the closed day move to
 * the end of the next open day when the diagram's expression rolls ({@link ClosureRules#rolls}), with the
 * last-day variables they read. The expression is the deployed diagram's, found from the job's activity
 * (its job definition) or the task's definition key. Public engine API only.
 */
@Component
class ScheduledDueDates {

    private final ManagementService management;
    private final TaskService tasks;
    private final RuntimeService runtime;
    private final RepositoryService repository;
    private final LegalCalendar calendar;

    ScheduledDueDates(ManagementService management, TaskService tasks, RuntimeService runtime,
                      RepositoryService repository, LegalCalendar calendar) {
        this.management = management;
        this.tasks = tasks;
        this.runtime = runtime;
        this.repository = repository;
        this.calendar = calendar;
    }

    /** Moves what rolls off {@code closed} (due at its end) to the end of {@code next}. */
    List<Move> roll(LocalDate closed, LocalDate next) {
        Date from = endOf(closed);
        Date to = endOf(next);
        List<Move> moves = new ArrayList<>();
        CaseKeys keys = new CaseKeys();
        for (Job job : timersDueAt(from, null)) {
            FlowElement event = element(job.getProcessDefinitionId(), activityId(job));
            String expression = timeDate(event);
            if (!ClosureRules.rolls(expression)) {
                continue;
            }
            management.setJobDuedate(job.getId(), to);
            moves.add(Move.of(Move.Kind.TIMER, job.getId(), timerLabel(event, job), job.getProcessInstanceId(),
                    keys.of(job.getProcessInstanceId()), closed, next));
            rollLastDay(job.getExecutionId(), job.getProcessInstanceId(), expression, closed, next, keys)
                    .ifPresent(moves::add);
        }
        for (Task task : tasksDueAt(from, null)) {
            String expression = dueDateExpression(task);
            if (!ClosureRules.rolls(expression)) {
                continue;
            }
            task.setDueDate(to);
            tasks.saveTask(task);
            moves.add(Move.of(Move.Kind.TASK_DUE_DATE, task.getId(), taskLabel(task), task.getProcessInstanceId(),
                    keys.of(task.getProcessInstanceId()), closed, next));
            rollLastDay(task.getExecutionId(), task.getProcessInstanceId(), expression, closed, next, keys)
                    .ifPresent(moves::add);
        }
        return moves;
    }

    /**
     * Moves the timers and tasks of one process instance due at the end of {@code fromDay} to the end of
     * {@code toDay}, whatever their expression: for a period whose start moved (a plan deemed filed on its
     * moved due date has its 90 days from then, 46a-68-51(e), 62(b)).
     */
    List<Move> moveInstance(String processInstanceId, LocalDate fromDay, LocalDate toDay) {
        Date from = endOf(fromDay);
        Date to = endOf(toDay);
        List<Move> moves = new ArrayList<>();
        CaseKeys keys = new CaseKeys();
        for (Job job : timersDueAt(from, processInstanceId)) {
            management.setJobDuedate(job.getId(), to);
            FlowElement event = element(job.getProcessDefinitionId(), activityId(job));
            moves.add(Move.of(Move.Kind.TIMER, job.getId(), timerLabel(event, job), processInstanceId,
                    keys.of(processInstanceId), fromDay, toDay));
        }
        for (Task task : tasksDueAt(from, processInstanceId)) {
            task.setDueDate(to);
            tasks.saveTask(task);
            moves.add(Move.of(Move.Kind.TASK_DUE_DATE, task.getId(), taskLabel(task), processInstanceId,
                    keys.of(processInstanceId), fromDay, toDay));
        }
        return moves;
    }

    /** Sets a date variable of a process instance (ISO date, as the forms and {@code Var} keep dates) and says so. */
    Optional<Move> setDate(String processInstanceId, String name, LocalDate from, LocalDate to) {
        if (processInstanceId == null
                || runtime.createProcessInstanceQuery().processInstanceId(processInstanceId).count() == 0
                || !from.equals(dayOf(runtime.getVariable(processInstanceId, name), name))) {
            return Optional.empty();
        }
        runtime.setVariable(processInstanceId, name, to.toString());
        return Optional.of(Move.of(Move.Kind.VARIABLE, processInstanceId + " " + name, "Variable " + name,
                processInstanceId, new CaseKeys().of(processInstanceId), from, to));
    }

    private Optional<Move> rollLastDay(String executionId, String processInstanceId, String expression,
                                       LocalDate closed, LocalDate next, CaseKeys keys) {
        Optional<String> variable = ClosureRules.lastDayVariable(expression);
        if (variable.isEmpty() || executionId == null) {
            return Optional.empty();
        }
        String name = variable.get();
        if (!closed.equals(dayOf(runtime.getVariable(executionId, name), name))) {
            return Optional.empty(); // already moved (read by a timer and a task of the same case), or another day
        }
        // set where it is defined (the scope that holds it), as the expression reads it
        runtime.setVariable(executionId, name, next.toString());
        return Optional.of(Move.of(Move.Kind.VARIABLE, processInstanceId + " " + name, "Variable " + name,
                processInstanceId, keys.of(processInstanceId), closed, next));
    }

    private List<Job> timersDueAt(Date instant, String processInstanceId) {
        var query = management.createJobQuery().timers()
                .duedateHigherThan(new Date(instant.getTime() - 1000)).duedateLowerThan(new Date(instant.getTime() + 1000));
        if (processInstanceId != null) {
            query.processInstanceId(processInstanceId);
        }
        return query.orderByJobId().asc().list().stream()
                .filter(job -> job.getDuedate() != null && job.getDuedate().getTime() == instant.getTime()).toList();
    }

    private List<Task> tasksDueAt(Date instant, String processInstanceId) {
        var query = tasks.createTaskQuery().dueDate(instant);
        if (processInstanceId != null) {
            query.processInstanceId(processInstanceId);
        }
        return query.orderByTaskId().asc().list();
    }

    private String activityId(Job job) {
        if (job.getJobDefinitionId() == null) {
            return null;
        }
        JobDefinition definition = management.createJobDefinitionQuery().jobDefinitionId(job.getJobDefinitionId())
                .singleResult();
        return definition == null ? null : definition.getActivityId();
    }

    private FlowElement element(String processDefinitionId, String elementId) {
        if (processDefinitionId == null || elementId == null) {
            return null;
        }
        ModelElementInstance element = repository.getBpmnModelInstance(processDefinitionId).getModelElementById(elementId);
        return element instanceof FlowElement flowElement ? flowElement : null;
    }

    /** The {@code timeDate} expression of a timer event, or null (a duration or cycle ends no day). */
    private static String timeDate(FlowElement element) {
        if (element instanceof CatchEvent event) {
            for (EventDefinition definition : event.getEventDefinitions()) {
                if (definition instanceof TimerEventDefinition timer && timer.getTimeDate() != null) {
                    return timer.getTimeDate().getTextContent();
                }
            }
        }
        return null;
    }

    private String dueDateExpression(Task task) {
        return element(task.getProcessDefinitionId(), task.getTaskDefinitionKey()) instanceof UserTask userTask
                ? userTask.getCamundaDueDate() : null;
    }

    private static String timerLabel(FlowElement event, Job job) {
        String name = event == null || event.getName() == null ? "timer" : event.getName();
        return "Timer '" + name + "' (" + job.getProcessDefinitionKey() + ")";
    }

    private static String taskLabel(Task task) {
        return "Due date of the task '" + task.getName() + "'";
    }

    private Date endOf(LocalDate day) {
        return Date.from(calendar.endOf(day));
    }

    private static LocalDate dayOf(Object value, String name) {
        try {
            return value == null ? null : CalendarDate.of(value, name);
        } catch (IllegalArgumentException notADate) {
            return null;
        }
    }

    /** The business key of each process instance met, read once. */
    private final class CaseKeys {
        private final Map<String, String> keys = new HashMap<>();

        String of(String processInstanceId) {
            if (processInstanceId == null) {
                return null;
            }
            return keys.computeIfAbsent(processInstanceId, id -> {
                ProcessInstance instance = runtime.createProcessInstanceQuery().processInstanceId(id).singleResult();
                return instance == null ? null : instance.getBusinessKey();
            });
        }
    }
}
