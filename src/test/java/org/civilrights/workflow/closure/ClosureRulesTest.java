package org.civilrights.workflow.closure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.civilrights.workflow.calendar.LegalCalendar;
import org.junit.jupiter.api.Test;

/** Which timers and due dates a closure moves, read from the diagrams' expressions (46a-54-20a; legal-readings 2). */
class ClosureRulesTest {

    @Test
    void endOfAndDueRollEndOfExactlyAndStartOfDoNot() {
        assertThat(ClosureRules.rolls("${deadlines.endOf(answerDueOn)}")).isTrue();
        assertThat(ClosureRules.rolls("${deadlines.due(filedOn, 'P20D')}")).isTrue();
        assertThat(ClosureRules.rolls("${deadlines.endOfExactly(statementDueOn)}")).as("46a-68j: no roll").isFalse();
        assertThat(ClosureRules.rolls("${deadlines.startOf(compileOn)}")).isFalse();
        assertThat(ClosureRules.rolls("P30D")).isFalse();
        assertThat(ClosureRules.rolls(null)).isFalse();
    }

    @Test
    void theLastDayVariableMovesOnlyWhenTheLawRollsIt() {
        assertThat(ClosureRules.lastDayVariable("${deadlines.endOf(answerDueOn)}")).contains("answerDueOn");
        assertThat(ClosureRules.lastDayVariable("${deadlines.endOf(mediationOn)}")).as("the session's day (56a)").isEmpty();
        assertThat(ClosureRules.lastDayVariable("${deadlines.endOf(agreementDueOn)}")).as("68(b)(2)").isEmpty();
        assertThat(ClosureRules.lastDayVariable("${deadlines.endOfExactly(reviewDueOn)}")).isEmpty();
    }

    @Test
    void aLastDayOnAClosureMovesToTheNextOpenDay() {
        LegalCalendar calendar = new LegalCalendar(Map.of(LocalDate.of(2031, 2, 11), "Storm"));
        // Wednesday 12 February is Lincoln's Birthday (General Statutes 1-4)
        assertThat(ClosureRules.nextOpenDay(calendar, LocalDate.of(2031, 2, 11))).isEqualTo(LocalDate.of(2031, 2, 13));
        assertThat(ClosureRules.nextOpenDay(new LegalCalendar(), LocalDate.of(2031, 2, 11)))
                .as("the same, before the calendar knows the closure").isEqualTo(LocalDate.of(2031, 2, 13));
    }

    @Test
    void aCalendarLearnsAClosureAtRunTime() {
        LegalCalendar calendar = new LegalCalendar();
        LocalDate storm = LocalDate.of(2031, 3, 4);
        assertThat(calendar.dueDate(LocalDate.of(2031, 2, 2), org.civilrights.workflow.calendar.LegalPeriod.days(30)))
                .isEqualTo(storm);

        assertThat(calendar.addClosure(storm, "Offices closed by the Governor (snow storm)")).isTrue();
        assertThat(calendar.addClosure(storm, "again")).as("known").isFalse();
        assertThat(calendar.addClosure(LocalDate.of(2031, 3, 8), "a Saturday")).isFalse();

        assertThat(calendar.closedBecause(storm)).contains("Offices closed by the Governor (snow storm)");
        assertThat(calendar.dueDate(LocalDate.of(2031, 2, 2), org.civilrights.workflow.calendar.LegalPeriod.days(30)))
                .isEqualTo(storm.plusDays(1));
        assertThat(calendar.closures()).containsOnlyKeys(storm);
    }

    /** A new diagram variable read by deadlines.endOf(..) needs a decision: a last day the law rolls, or a date that stays. */
    @Test
    void everyDateTheDiagramsEndAtIsEitherALastDayOrADateThatStays() throws IOException {
        Set<String> read = new TreeSet<>();
        List<Path> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(Path.of("processes"))) {
            walk.filter(p -> p.toString().endsWith(".bpmn")).forEach(files::add);
        }
        for (Path file : files) {
            BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
            for (TimerEventDefinition timer : model.getModelElementsByType(TimerEventDefinition.class)) {
                if (timer.getTimeDate() != null) {
                    read.addAll(ClosureRules.endOfVariables(timer.getTimeDate().getTextContent()));
                }
            }
            for (UserTask task : model.getModelElementsByType(UserTask.class)) {
                if (task.getCamundaDueDate() != null) {
                    read.addAll(ClosureRules.endOfVariables(task.getCamundaDueDate()));
                }
            }
        }
        Set<String> decided = new TreeSet<>(ClosureRules.LAST_DAY_VARIABLES);
        decided.addAll(ClosureRules.DATES_THAT_STAY);
        assertThat(read).isEqualTo(decided);
    }
}
