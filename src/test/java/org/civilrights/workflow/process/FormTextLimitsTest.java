package org.civilrights.workflow.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Every text a person types has a limit, in the form (Tasklist stops the typing) and on the server (FormFieldCheck
 * refuses it with the field and the limit), and no limit exceeds what the engine keeps in a text variable (4000)
 * (security issue, item 7: a 100 kB address gave a 500 with the SQL statement).
 */
class FormTextLimitsTest {

    @Test
    void everyTextFieldOfEveryFormHasALengthLimit() throws IOException {
        List<String> unlimited = new ArrayList<>();
        List<Path> forms;
        try (Stream<Path> walk = Files.walk(Path.of("forms"))) {
            forms = walk.filter(p -> p.toString().endsWith(".form")).toList();
        }
        for (Path form : forms) {
            collect(new ObjectMapper().readTree(form.toFile()).path("components"), form.getFileName().toString(), unlimited);
        }
        assertThat(forms).hasSizeGreaterThan(90);
        assertThat(unlimited).isEmpty();
    }

    /**
     * A yes/no radio holds the text "true" or "false" in the browser: a condition that compares it with the FEEL
     * boolean true or false never matches, so the field it should show stays hidden (found in a browser walk-through:
     * "Record the amendment" and "Check for a vote taken within the ninety days" could not be completed).
     */
    @Test
    void conditionsCompareYesNoRadiosWithTheTextTheyHold() throws IOException {
        List<String> wrong = new ArrayList<>();
        List<Path> forms;
        try (Stream<Path> walk = Files.walk(Path.of("forms"))) {
            forms = walk.filter(p -> p.toString().endsWith(".form")).toList();
        }
        for (Path form : forms) {
            JsonNode components = new ObjectMapper().readTree(form.toFile()).path("components");
            List<String> yesNo = new ArrayList<>();
            yesNoRadios(components, yesNo);
            List<String> conditions = new ArrayList<>();
            conditions(components, conditions);
            for (String key : yesNo) {
                java.util.regex.Pattern bare = java.util.regex.Pattern.compile(
                        "\\b" + key + "\\s*(!=|=)\\s*(true|false)\\b");
                conditions.stream().filter(c -> bare.matcher(c).find())
                        .forEach(c -> wrong.add(form.getFileName() + ": " + c));
            }
        }
        assertThat(wrong).isEmpty();
    }

    private static void yesNoRadios(JsonNode components, List<String> keys) {
        for (JsonNode component : components) {
            JsonNode values = component.path("values");
            if (values.isArray() && values.size() == 2 && values.findValuesAsText("value").containsAll(List.of("true", "false"))) {
                keys.add(component.path("key").asText());
            }
            yesNoRadios(component.path("components"), keys);
        }
    }

    private static void conditions(JsonNode components, List<String> conditions) {
        for (JsonNode component : components) {
            if (component.path("conditional").has("hide")) {
                conditions.add(component.path("conditional").path("hide").asText());
            }
            conditions(component.path("components"), conditions);
        }
    }

    private static void collect(JsonNode components, String form, List<String> unlimited) {
        for (JsonNode component : components) {
            String type = component.path("type").asText();
            if (type.equals("textfield") || type.equals("textarea")) {
                int max = component.path("validate").path("maxLength").asInt(0);
                if (max <= 0 || max > 4000) {
                    unlimited.add(form + " " + component.path("key").asText() + ": maxLength " + max);
                }
            }
            collect(component.path("components"), form, unlimited);
        }
    }
}
