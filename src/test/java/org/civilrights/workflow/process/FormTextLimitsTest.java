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
