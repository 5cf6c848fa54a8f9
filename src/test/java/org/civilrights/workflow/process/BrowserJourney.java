package org.civilrights.workflow.process;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Runs a journey of {@code src/browser/journeys} (Playwright driving Debian's headless Chromium) against
 * the application of the running test, and returns what the journey saw. The browser does what a person
 * does; the Java test then checks the case itself. Screenshots land in {@code target/screenshots}.
 * {@code src/browser/setup.sh}, run by {@code mvn verify}, installs Chromium and Playwright.
 */
public final class BrowserJourney {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path BROWSER = Path.of("src/browser");
    public static final Path SCREENSHOTS = Path.of("target/screenshots");

    private BrowserJourney() {
    }

    public static JsonNode run(int port, String journey, Map<String, ?> arguments) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path log = Files.createTempFile("journey-" + journey, ".log");
            ProcessBuilder node = new ProcessBuilder(List.of("node", "run.mjs", journey, JSON.writeValueAsString(arguments)))
                    .directory(BROWSER.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            node.environment().put("BASE_URL", "http://localhost:" + port);
            node.environment().put("SCREENSHOTS", SCREENSHOTS.toAbsolutePath().toString());
            Process process = node.start();
            if (!process.waitFor(3, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new AssertionError("journey " + journey + " took over 3 minutes:\n" + Files.readString(log));
            }
            String output = Files.readString(log, StandardCharsets.UTF_8);
            if (process.exitValue() != 0) {
                throw new AssertionError("journey " + journey + " failed (screenshots in " + SCREENSHOTS + "):\n" + output);
            }
            String result = output.lines().filter(line -> line.startsWith("RESULT ")).reduce((a, b) -> b)
                    .orElseThrow(() -> new AssertionError("journey " + journey + " printed no result:\n" + output));
            return JSON.readTree(result.substring("RESULT ".length()));
        } catch (IOException e) {
            throw new AssertionError("journey " + journey + " could not run: " + e.getMessage()
                    + " (run src/browser/setup.sh)", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }
}
