package org.civilrights.workflow.complaint;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The packaged application ({@code java -jar target/*.jar}) as a node of its own JVM, for the production tests
 * (two nodes on one database, a crash and a restart). Started with extra arguments, waited for until its REST API
 * answers; stopped as an operator would ({@link #stop}) or killed with SIGKILL ({@link #kill}).
 */
final class Node implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    final String name;
    final int port;
    private final Process process;

    private Node(String name, int port, Process process) {
        this.name = name;
        this.port = port;
        this.process = process;
    }

    static Path jar() throws IOException {
        try (var files = Files.list(Path.of("target"))) {
            return files.filter(p -> p.getFileName().toString().matches("civil-rights-workflow-.*\\.jar")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("target/*.jar: run the package phase first"));
        }
    }

    /** Starts a node: its host name in the job log is {@code name}; the jobs it locks expire after 10 s if it dies. */
    static Node start(String name, int port, String... args) throws Exception {
        return start(name, port, Path.of("."), args);
    }

    /** As {@link #start(String, int, String...)}, in {@code directory} (where the default H2 file database lives). */
    static Node start(String name, int port, Path directory, String... args) throws Exception {
        Files.createDirectories(directory);
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx768m", "-jar", jar().toAbsolutePath().toString(),
                "--server.port=" + port, "--camunda.bpm.generic-properties.properties.hostname=" + name,
                "--camunda.bpm.job-execution.lock-time-in-millis=10000",
                "--camunda.bpm.job-execution.wait-time-in-millis=500", "--camunda.bpm.job-execution.max-wait=2000",
                "--logging.level.root=WARN"));
        command.addAll(List.of(args));
        Path log = Path.of("target", "nodes", name + ".log").toAbsolutePath();
        Files.createDirectories(log.getParent());
        Process process = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        Node node = new Node(name, port, process);
        long deadline = System.currentTimeMillis() + 180_000;
        while (System.currentTimeMillis() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " stopped while starting: see " + log);
            }
            try {
                if (node.get("/engine-rest/engine").statusCode() == 200) {
                    return node;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        process.destroyForcibly();
        throw new IllegalStateException(name + " did not start in 3 minutes: see " + log);
    }

    /** SIGKILL: no shutdown hook, no flush, no goodbye. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    /** SIGTERM: Spring closes the engine and the pool. */
    void stop() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
            kill();
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill();
        }
    }

    /** Files a complaint through the start form as intake does in Tasklist; its docket number, or null if refused. */
    String file(LocalDate filedOn) throws IOException, InterruptedException {
        Map<String, Object> variables = new HashMap<>();
        Complaints.filing(filedOn).forEach((k, v) -> variables.put(k, Map.of("value", v)));
        HttpResponse<String> answer = send("POST", "/engine-rest/process-definition/key/complaint-processing/submit-form",
                "irene", JSON.writeValueAsString(Map.of("variables", variables)));
        return answer.statusCode() == 200 ? JSON.readTree(answer.body()).path("businessKey").asText(null) : null;
    }

    long count(String path) throws IOException, InterruptedException {
        HttpResponse<String> answer = get(path);
        if (answer.statusCode() != 200) {
            throw new IllegalStateException(path + ": " + answer.statusCode() + " " + answer.body());
        }
        return JSON.readTree(answer.body()).path("count").asLong();
    }

    JsonNode list(String path) throws IOException, InterruptedException {
        return JSON.readTree(get(path).body());
    }

    /** PUT as the administrator; the status. */
    int put(String path, Object body) throws IOException, InterruptedException {
        return send("PUT", path, "demo", JSON.writeValueAsString(body)).statusCode();
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send("GET", path, "demo", null);
    }

    private HttpResponse<String> send(String method, String path, String user, String body)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        (user + ":" + user).getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/json");
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
