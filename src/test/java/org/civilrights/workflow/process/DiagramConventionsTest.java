package org.civilrights.workflow.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.HashMap;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BusinessRuleTask;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.ExclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.EndEvent;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Gateway;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.civilrights.workflow.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The house rules for diagrams, checked on every file of processes/ (the modeler's own lint rules
 * run in {@code mvn verify}): diagrams are for people, and every reference resolves.
 */
class DiagramConventionsTest extends ProcessTest {

    private static final Pattern GENERATED_ID = Pattern.compile(".*_[0-9a-z]{7}$");
    private static final Pattern BEAN = Pattern.compile("^\\$\\{([A-Za-z0-9]+)}$");
    private static final Pattern SECTION = Pattern.compile("46a-\\d+");

    @Autowired ApplicationContext context;
    @Autowired RepositoryService repositoryService;

    @Test
    void everyExecutableElementHasANameAndDocumentationCitingItsSection() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Path file : files("processes", ".bpmn")) {
            BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
            for (Process process : model.getModelElementsByType(Process.class)) {
                assertThat(process.getCamundaHistoryTimeToLiveString()).as(file + " historyTimeToLive").isNotBlank();
            }
            for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
                String where = file.getFileName() + " " + node.getId();
                boolean mergeGateway = node instanceof Gateway && node.getOutgoing().size() == 1;
                if (!mergeGateway && (node.getName() == null || node.getName().isBlank())) {
                    problems.add(where + ": no name");
                }
                String doc = node.getDocumentations().stream().map(d -> d.getTextContent()).collect(Collectors.joining());
                if (!SECTION.matcher(doc).find()) {
                    problems.add(where + ": documentation does not cite a section of Title 46a");
                }
                if (GENERATED_ID.matcher(node.getId()).matches()) {
                    problems.add(where + ": generated id; give it a meaningful one");
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void decisionsAskAQuestionAndEveryAnswerIsNamed() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Path file : files("processes", ".bpmn")) {
            BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
            for (ExclusiveGateway gateway : model.getModelElementsByType(ExclusiveGateway.class)) {
                if (gateway.getOutgoing().size() < 2) {
                    continue;
                }
                if (gateway.getName() == null || !gateway.getName().endsWith("?")) {
                    problems.add(file.getFileName() + " " + gateway.getId() + ": a decision is named as a question");
                }
                for (SequenceFlow answer : gateway.getOutgoing()) {
                    if (answer.getName() == null || answer.getName().isBlank() || answer.getConditionExpression() == null) {
                        problems.add(file.getFileName() + " " + answer.getId() + ": an answer needs a name and a condition");
                    }
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void everyTimerRunsOnTheLegalCalendar() throws IOException {
        for (Path file : files("processes", ".bpmn")) {
            BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
            for (TimerEventDefinition timer : model.getModelElementsByType(TimerEventDefinition.class)) {
                assertThat(timer.getTimeDate()).as(file.getFileName() + " " + timer.getParentElement().getAttributeValue("id")
                        + ": a timeDate from the legal calendar").isNotNull();
                assertThat(timer.getTimeDate().getTextContent()).startsWith("${deadlines.");
            }
        }
    }

    @Test
    void aTaskDueOnATimersDayShowsTheDayTheTimerFires() throws IOException {
        // e.g. ${deadlines.endOfExactly(defaultApprovalOn)} on the timer and ${deadlines.endOf(defaultApprovalOn)}
        // on the task would show Friday in Tasklist while the law acted on Thursday
        Pattern call = Pattern.compile("\\$\\{deadlines\\.(\\w+)\\((\\w+)\\)}");
        List<String> problems = new ArrayList<>();
        for (Path file : files("processes", ".bpmn")) {
            BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
            Map<String, String> timerMethod = new HashMap<>();
            for (TimerEventDefinition timer : model.getModelElementsByType(TimerEventDefinition.class)) {
                Matcher m = call.matcher(timer.getTimeDate().getTextContent());
                if (m.matches()) {
                    timerMethod.put(m.group(2), m.group(1));
                }
            }
            for (UserTask task : model.getModelElementsByType(UserTask.class)) {
                Matcher m = call.matcher(String.valueOf(task.getCamundaDueDate()));
                if (m.matches() && timerMethod.containsKey(m.group(2)) && !timerMethod.get(m.group(2)).equals(m.group(1))) {
                    problems.add(file.getFileName() + " " + task.getId() + ": deadlines." + m.group(1) + "(" + m.group(2)
                            + ") but its timer uses deadlines." + timerMethod.get(m.group(2)));
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void everyReferenceResolves_formsRolesBeansDecisionsAndCalledProcesses() throws IOException {
        Set<String> formIds = formIds();
        Set<String> formKeys = formKeys();
        Set<String> groups = Arrays.stream(Role.values()).map(Role::groupId).collect(Collectors.toSet());
        List<String> problems = new ArrayList<>();
        for (Path file : files("processes", ".bpmn")) {
            BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
            String name = file.getFileName().toString();
            for (UserTask task : model.getModelElementsByType(UserTask.class)) {
                if (!formIds.contains(task.getCamundaFormRef())) {
                    problems.add(name + " " + task.getId() + ": form '" + task.getCamundaFormRef() + "' is not in forms/");
                }
                if (task.getCamundaFormRefBinding() == null) {
                    problems.add(name + " " + task.getId() + ": formRefBinding missing");
                }
                for (String group : String.valueOf(task.getCamundaCandidateGroups()).split(",")) {
                    if (!groups.contains(group.trim())) {
                        problems.add(name + " " + task.getId() + ": candidate group '" + group + "' is no role");
                    }
                }
            }
            Matcher beans = Pattern.compile("delegateExpression=\"\\$\\{([A-Za-z0-9]+)}\"").matcher(Files.readString(file));
            while (beans.find()) {
                if (!context.containsBean(beans.group(1))) {
                    problems.add(name + ": no bean '" + beans.group(1) + "'");
                }
                if (formKeys.contains(beans.group(1))) {
                    // a variable of that name would hide the bean from the expression
                    problems.add(name + ": bean '" + beans.group(1) + "' has the name of a form field");
                }
            }
            for (CallActivity call : model.getModelElementsByType(CallActivity.class)) {
                if (repositoryService.createProcessDefinitionQuery().processDefinitionKey(call.getCalledElement()).count() == 0) {
                    problems.add(name + " " + call.getId() + ": calls '" + call.getCalledElement() + "', which is not deployed");
                }
            }
            for (BusinessRuleTask rule : model.getModelElementsByType(BusinessRuleTask.class)) {
                if (repositoryService.createDecisionDefinitionQuery().decisionDefinitionKey(rule.getCamundaDecisionRef()).count() == 0) {
                    problems.add(name + " " + rule.getId() + ": decision '" + rule.getCamundaDecisionRef() + "' is not deployed");
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void everyDiagramDecisionAndFormOfTheFoldersIsDeployed() throws IOException {
        Set<String> deployed = repositoryService.createDeploymentQuery().list().stream()
                .flatMap(d -> repositoryService.getDeploymentResourceNames(d.getId()).stream())
                .collect(Collectors.toSet());
        List<Path> sources = new ArrayList<>(files("processes", ".bpmn"));
        sources.addAll(files("processes", ".dmn"));
        sources.addAll(files("forms", ".form"));
        assertThat(sources).isNotEmpty();
        for (Path source : sources) {
            assertThat(deployed).as("deployed").contains(source.toString().replace('\\', '/'));
        }
    }

    @Test
    void theReadmeTablesMatchTheDiagrams_tasksFormsRolesTimersAndOutcomes() throws IOException {
        List<String> rows = Files.readAllLines(Path.of("README.md")).stream().filter(l -> l.startsWith("| ")).toList();
        List<String> missing = new ArrayList<>();
        for (Path file : files("processes", ".bpmn")) {
            BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
            String key = model.getModelElementsByType(Process.class).iterator().next().getId();
            String outcomes = rows.stream().filter(r -> r.startsWith("| " + key + " | ")).findFirst().orElse("");
            if (outcomes.isEmpty()) {
                missing.add(key + ": no row in an outcomes table");
            }
            for (EndEvent end : model.getModelElementsByType(EndEvent.class)) {
                if (end.getName() != null && !outcomes.contains(end.getName())) {
                    missing.add(key + ": outcome '" + end.getName() + "'");
                }
            }
            for (UserTask task : model.getModelElementsByType(UserTask.class)) {
                // | task | diagram | role | form | section |
                boolean listed = rows.stream().anyMatch(r -> r.startsWith("| " + task.getName())
                        && r.contains("| " + key + " | " + task.getCamundaCandidateGroups() + " | "
                        + task.getCamundaFormRef() + " | "));
                if (!listed) {
                    missing.add(key + ": task '" + task.getName() + "' with its role and form");
                }
            }
            for (TimerEventDefinition timer : model.getModelElementsByType(TimerEventDefinition.class)) {
                // | timer | diagram | period, from | kind and consequence | section |
                String name = ((FlowNode) timer.getParentElement()).getName();
                if (rows.stream().noneMatch(r -> r.startsWith("| " + name + " | " + key))) {
                    missing.add(key + ": timer '" + name + "'");
                }
            }
        }
        assertThat(missing).as("README.md is the staff's and process owners' table of the procedures").isEmpty();
    }

    @Test
    void everyProcessARoleMayStartIsDeployedAndHasAStartForm() {
        List<String> problems = new ArrayList<>();
        for (Role role : Role.values()) {
            for (String key : role.startableProcesses()) {
                var definition = repositoryService.createProcessDefinitionQuery().processDefinitionKey(key).latestVersion()
                        .singleResult();
                if (definition == null) {
                    problems.add(role.groupId() + " may start '" + key + "', which is not deployed");
                } else if (repositoryService.getBpmnModelInstance(definition.getId())
                        .getModelElementsByType(org.camunda.bpm.model.bpmn.instance.StartEvent.class).stream()
                        .noneMatch(start -> start.getCamundaFormRef() != null)) {
                    problems.add(role.groupId() + " may start '" + key + "', which has no start form for Tasklist");
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void checkboxLabelsFitOnOneLineInTasklist() throws IOException {
        // Tasklist does not wrap a checkbox label: a long one is cut off (seen in a browser check); the
        // details go in the field's description
        ObjectMapper json = new ObjectMapper();
        List<String> tooLong = new ArrayList<>();
        for (Path form : files("forms", ".form")) {
            for (var field : json.readTree(form.toFile()).findParents("type")) {
                String label = field.path("label").asText("");
                if ("checkbox".equals(field.path("type").asText()) && label.length() > 100) {
                    tooLong.add(form.getFileName() + " " + field.path("key").asText() + " (" + label.length() + ")");
                }
            }
        }
        assertThat(tooLong).isEmpty();
    }

    static List<Path> files(String folder, String suffix) throws IOException {
        try (Stream<Path> walk = Files.walk(Path.of(folder))) {
            return walk.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
        }
    }

    static Set<String> formKeys() throws IOException {
        ObjectMapper json = new ObjectMapper();
        Set<String> keys = new java.util.HashSet<>();
        for (Path form : files("forms", ".form")) {
            json.readTree(form.toFile()).findValues("key").forEach(k -> keys.add(k.asText()));
        }
        return keys;
    }

    static Set<String> formIds() throws IOException {
        ObjectMapper json = new ObjectMapper();
        Set<String> ids = new java.util.HashSet<>();
        for (Path form : files("forms", ".form")) {
            ids.add(json.readTree(form.toFile()).path("id").asText());
        }
        return ids;
    }
}
