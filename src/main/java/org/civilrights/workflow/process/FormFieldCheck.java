package org.civilrights.workflow.process;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.civilrights.workflow.calendar.CalendarDate;
import org.civilrights.workflow.calendar.LegalCalendar;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Checks a submitted Camunda Form on the server against the same form file Tasklist rendered, since
 * the browser's checks can be skipped (a REST call, an old page). A field breaks a rule when:
 * <ul>
 *   <li>{@code validate.required} and it is empty (a conditionally hidden field is checked by the
 *       service that needs it instead);</li>
 *   <li>it is a date field and not a date, or carries the custom property {@code pastOrToday} and
 *       lies after today (a recorded date, e.g. filed or received, cannot be in the future);</li>
 *   <li>it is a date before 1990 or more than ten years ahead ({@link InputRules}), or a text that carries
 *       invisible bidirectional controls;</li>
 *   <li>it breaks {@code min}, {@code max}, {@code minLength}, {@code maxLength} or the options of a
 *       select or radio group.</li>
 * </ul>
 * A yes/no question (a radio or select whose values are exactly {@code true} and {@code false}) is
 * stored as a Boolean, so that gateways read {@code ${defectCurable}}.
 *
 * <p>Wired as the {@code complete} task listener and the start-event listener {@code ${formFieldCheck}}.
 */
@Component("formFieldCheck")
public class FormFieldCheck implements TaskListener, ExecutionListener {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public void notify(DelegateTask task) {
        FormService forms = task.getProcessEngineServices().getFormService();
        check(forms.getDeployedTaskForm(task.getId()), task);
    }

    @Override
    public void notify(DelegateExecution execution) {
        FormService forms = execution.getProcessEngineServices().getFormService();
        check(forms.getDeployedStartForm(execution.getProcessDefinitionId()), execution);
    }

    void check(InputStream form, VariableScope submitted) {
        JsonNode root;
        try (form) {
            root = JSON.readTree(form);
        } catch (IOException e) {
            throw new IllegalStateException("The deployed form cannot be read", e);
        }
        List<String> problems = new ArrayList<>();
        checkComponents(root.path("components"), submitted::getVariable, "", problems);
        if (!problems.isEmpty()) {
            throw new FormCheckException(problems);
        }
        storeYesNoAsBoolean(root.path("components"), submitted);
    }

    private void storeYesNoAsBoolean(JsonNode components, VariableScope submitted) {
        for (JsonNode component : components) {
            if ("group".equals(component.path("type").asText())) {
                storeYesNoAsBoolean(component.path("components"), submitted);
            }
            String key = component.path("key").asText("");
            Object value = key.isEmpty() ? null : submitted.getVariable(key);
            if (value instanceof String s && (isYesNo(component.path("values"))
                    || "checkbox".equals(component.path("type").asText()))) {
                submitted.setVariable(key, Boolean.valueOf(s));
            }
        }
    }

    private static boolean isYesNo(JsonNode values) {
        if (!values.isArray() || values.size() != 2) {
            return false;
        }
        java.util.Set<String> options = new java.util.HashSet<>();
        values.forEach(v -> options.add(v.path("value").asText()));
        return options.equals(java.util.Set.of("true", "false"));
    }

    private void checkComponents(JsonNode components, java.util.function.Function<String, Object> values,
                                 String prefix, List<String> problems) {
        for (JsonNode component : components) {
            String type = component.path("type").asText();
            String key = component.path("key").asText(component.path("path").asText(null));
            if ("group".equals(type)) {
                checkComponents(component.path("components"), values, prefix, problems);
                continue;
            }
            if (key == null || key.isEmpty()) {
                continue;
            }
            Object value = values.apply(key);
            String label = prefix + "'" + component.path("label").asText(component.path("dateLabel").asText(key)) + "'";
            if ("dynamiclist".equals(type)) {
                checkList(component, value, label, problems);
                continue;
            }
            checkField(component, type, value, label, problems);
        }
    }

    private void checkList(JsonNode component, Object value, String label, List<String> problems) {
        JsonNode items = toJson(value);
        if (!items.isArray() || items.isEmpty()) {
            if (component.path("validate").path("required").asBoolean(false)
                    || component.path("properties").path("minItems").asInt(0) > 0) {
                problems.add(label + " needs at least one entry");
            }
            return;
        }
        int i = 1;
        for (JsonNode item : items) {
            JsonNode row = item;
            checkComponents(component.path("components"),
                    k -> row.hasNonNull(k) ? JSON.convertValue(row.get(k), Object.class) : null,
                    label + " " + i++ + ": ", problems);
        }
    }

    private void checkField(JsonNode component, String type, Object value, String label, List<String> problems) {
        JsonNode validate = component.path("validate");
        boolean empty = value == null || (value instanceof String s && s.isBlank());
        if (empty) {
            boolean conditional = component.has("conditional");
            if (validate.path("required").asBoolean(false) && !conditional) {
                problems.add(label + " is required");
            }
            return;
        }
        if ("checkbox".equals(type) && !(value instanceof Boolean) && !"true".equals(value) && !"false".equals(value)) {
            // a yes/no box takes a Boolean or "true"/"false", nothing else: "yes" is not read as no (security issue, item 2)
            problems.add(label + " must be ticked or not (true or false), not '" + value + "'");
            return;
        }
        if ("checkbox".equals(type) && validate.path("required").asBoolean(false) && !Boolean.TRUE.equals(value)
                && !"true".equals(value)) {
            problems.add(label + " must be confirmed");
        }
        if ("datetime".equals(type)) {
            try {
                LocalDate date = CalendarDate.of(value, label);
                LocalDate today = ClockUtil.getCurrentTime().toInstant().atZone(LegalCalendar.OFFICE_ZONE).toLocalDate();
                if (component.path("properties").path("pastOrToday").asBoolean(false) && date.isAfter(today)) {
                    problems.add(label + " cannot be later than today (" + today + "): it records something that already happened");
                } else if (InputRules.implausible(date, today) != null) {
                    problems.add(label + InputRules.implausible(date, today));
                }
            } catch (IllegalArgumentException e) {
                problems.add(label + " is not a date (expected a date such as 2026-03-02)");
            }
        }
        if ("number".equals(type)) {
            checkNumber(validate, value, label, problems);
        }
        if (value instanceof String text) {
            if (InputRules.hasBidiControl(text)) {
                problems.add(label + InputRules.BIDI_REFUSED);
            }
            if (validate.has("minLength") && text.length() < validate.get("minLength").asInt()) {
                problems.add(label + " needs at least " + validate.get("minLength").asInt() + " characters");
            }
            if (validate.has("maxLength") && text.length() > validate.get("maxLength").asInt()) {
                problems.add(label + " takes at most " + validate.get("maxLength").asInt() + " characters");
            }
        }
        if (("select".equals(type) || "radio".equals(type)) && component.path("values").isArray()) {
            boolean known = false;
            for (JsonNode option : component.path("values")) {
                known |= option.path("value").asText().equals(String.valueOf(value));
            }
            if (!known) {
                problems.add(label + " must be one of the listed choices, not '" + value + "'");
            }
        }
    }

    private void checkNumber(JsonNode validate, Object value, String label, List<String> problems) {
        double number;
        try {
            number = value instanceof Number n ? n.doubleValue() : Double.parseDouble(value.toString());
        } catch (NumberFormatException e) {
            problems.add(label + " must be a number");
            return;
        }
        if (validate.has("min") && number < validate.get("min").asDouble()) {
            problems.add(label + " must be at least " + validate.get("min").asText());
        }
        if (validate.has("max") && number > validate.get("max").asDouble()) {
            problems.add(label + " must be at most " + validate.get("max").asText());
        }
    }

    /** A form list arrives as a JSON string, a JSON value or Java lists and maps. */
    static JsonNode toJson(Object value) {
        if (value == null) {
            return JSON.nullNode();
        }
        try {
            if (value instanceof String s) {
                return JSON.readTree(s);
            }
            if (value instanceof List<?> || value instanceof Map<?, ?>) {
                return JSON.valueToTree(value);
            }
            return JSON.readTree(value.toString());
        } catch (IOException e) {
            return JSON.nullNode();
        }
    }
}
