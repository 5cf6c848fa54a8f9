package org.civilrights.workflow.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;

import org.civilrights.workflow.calendar.LegalCalendar;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The production issue's proofs, against the packaged application in JVMs of its own ({@link Node}): two nodes on
 * one PostgreSQL database drain 2,000 deadlines due at once, one of them killed and restarted on the way; and an
 * acknowledged filing survives a SIGKILL, on PostgreSQL and on the default H2 file database. Every complaint is filed
 * 25 days back, so its 20-day service deadline (46a-54-42a(b)) is already due: the timer fires as soon as a job
 * executor takes it, and its consequence (the case marked overdue, "Mark the case overdue" in the history, a follow-up
 * task) is counted. Each test prints what it counted. Run by the PostgreSQL run of {@code mvn verify} (failsafe).
 */
class ProductionIT {

    private static final LocalDate FILED = LocalDate.now(LegalCalendar.OFFICE_ZONE).minusDays(25);
    private final List<Node> nodes = new ArrayList<>();

    @AfterEach
    void killNodes() throws InterruptedException {
        for (Node node : nodes) {
            node.close();
        }
    }

    @Test
    void twoNodesOnOnePostgresFireEachOf2000DeadlinesOnce_evenWhenOneIsKilledOnTheWay() throws Exception {
        String url = postgres("civilrights_nodes");
        int cases = 2_000;
        // the cases are filed with no job executor running, so that all their deadlines wait, due at once
        Node clerk = started(Node.start("clerk", 18091, "--spring.profiles.active=postgres", "--spring.datasource.url=" + url,
                "--spring.datasource.username=postgres", "--camunda.bpm.job-execution.enabled=false"));
        long t = System.nanoTime();
        Queue<String> filed = fileWhile(clerk, 2, () -> false, cases);
        double filingSeconds = seconds(t);
        assertThat(filed).hasSize(cases);
        // held until both nodes run, then released at once (an operator suspends and activates jobs the same way)
        Map<String, Object> intakeJobs = Map.of("processDefinitionKey", "complaint-intake", "suspended", true);
        assertThat(clerk.put("/engine-rest/job/suspended", intakeJobs)).isEqualTo(204);
        clerk.stop();
        nodes.remove(clerk);

        String[] db = {"--spring.profiles.active=postgres", "--spring.datasource.url=" + url,
                "--spring.datasource.username=postgres"};
        t = System.nanoTime();
        Node a = started(Node.start("node-a", 18092, db));
        var tasklist = a.get("/camunda/app/tasklist/default/");
        assertThat(tasklist.statusCode()).as("the postgres profile serves Tasklist").isEqualTo(200);
        assertThat(tasklist.body()).contains("Tasklist");
        Node b = started(Node.start("node-b", 18093, db));
        assertThat(a.put("/engine-rest/job/suspended", Map.of("processDefinitionKey", "complaint-intake",
                "suspended", false))).isEqualTo(204);
        // node-b is killed only once it has fired deadlines of its own (else node-a may have taken them all)
        long waitForB = System.currentTimeMillis() + 60_000;
        while (System.currentTimeMillis() < waitForB && !firedBy(a, "node-b")) {
            Thread.sleep(500);
        }
        long beforeKill = a.count("/engine-rest/history/activity-instance/count?activityId=Task_MarkServiceOverdue&finished=true");
        b.kill();   // a node dies while it holds jobs: they are taken again when their lock expires
        nodes.remove(b);
        b = started(Node.start("node-b", 18093, db));
        Counts counts = drain(a, cases);
        double drainSeconds = seconds(t);

        System.out.printf("two nodes on one PostgreSQL: %d cases filed in %.1f s (%.0f/s); both nodes started, "
                        + "the deadlines released, node-b killed after %d had fired and restarted; %d deadlines fired in %.1f s, per node %s; %s%n",
                cases, filingSeconds, cases / filingSeconds, beforeKill, counts.fired, drainSeconds, counts.perNode, counts);
        counts.assertExactlyOnce(cases);
        assertThat(counts.perNode.keySet()).as("both nodes fired deadlines").contains("node-a", "node-b");
    }

    @Test
    void deadlinesThatFellDueWhileTheServerWasDownFireAfterTheRestartInDueDateOrder() throws Exception {
        String url = postgres("civilrights_order");
        String[] db = {"--spring.profiles.active=postgres", "--spring.datasource.url=" + url,
                "--spring.datasource.username=postgres"};
        // filed on ten different days, newest first, with the server's job executor off: the service deadlines all
        // pass while it is "down"
        Node down = started(Node.start("down", 18096, withArgs(db, "--camunda.bpm.job-execution.enabled=false")));
        for (int day = 0; day < 10; day++) {
            for (int i = 0; i < 3; i++) {
                assertThat(down.file(FILED.minusDays(day))).isNotNull();
            }
        }
        down.stop();
        nodes.remove(down);
        // back up with one executor thread taking one job at a time, so the order is the executor's own
        Node up = started(Node.start("up", 18096, withArgs(db, "--camunda.bpm.job-execution.core-pool-size=1",
                "--camunda.bpm.job-execution.max-pool-size=1", "--camunda.bpm.job-execution.max-jobs-per-acquisition=1")));
        drain(up, 30).assertExactlyOnce(30);
        List<String> dueDates = new ArrayList<>();
        for (JsonNode log : up.list("/engine-rest/history/job-log?successLog=true&activityIdIn=Timer_ServiceDue"
                + "&sortBy=timestamp&sortOrder=asc&maxResults=1000")) {
            dueDates.add(log.path("jobDueDate").asText());
        }
        System.out.printf("restart after downtime: %d service deadlines fired, first due %s, last due %s%n",
                dueDates.size(), dueDates.get(0), dueDates.get(dueDates.size() - 1));
        assertThat(dueDates).as("fired in due-date order (job-executor-acquire-by-due-date)").isSorted();
    }

    private static String[] withArgs(String[] base, String... more) {
        List<String> all = new ArrayList<>(List.of(base));
        all.addAll(List.of(more));
        return all.toArray(String[]::new);
    }

    @Test
    void anAcknowledgedFilingSurvivesAKillOnPostgres() throws Exception {
        String url = postgres("civilrights_crash");
        crash("PostgreSQL", "--spring.profiles.active=postgres", "--spring.datasource.url=" + url,
                "--spring.datasource.username=postgres");
    }

    @Test
    void anAcknowledgedFilingSurvivesAKillOnTheDefaultH2FileDatabase() throws Exception {
        // what writing each commit at once costs: the same 12 s of filing with H2's own write delay (500 ms)
        Path delayed = Path.of("target", "h2-write-delay");
        org.springframework.util.FileSystemUtils.deleteRecursively(delayed);
        Node withDelay = started(Node.start("h2-write-delay", 18095, delayed,
                "--spring.datasource.url=jdbc:h2:file:./data/civil-rights-workflow;DB_CLOSE_ON_EXIT=FALSE"));
        long until = System.currentTimeMillis() + 12_000;
        int answeredWithDelay = fileWhile(withDelay, 2, () -> System.currentTimeMillis() > until, Integer.MAX_VALUE).size();
        withDelay.stop();
        nodes.remove(withDelay);

        Path directory = Path.of("target", "crash-h2");
        org.springframework.util.FileSystemUtils.deleteRecursively(directory);
        int answered = crashIn(directory, "the default H2 file database");
        System.out.printf("H2 durability cost: %d filings answered in 12 s with each commit written at once "
                + "(WRITE_DELAY=0, shipped), %d with H2's 500 ms write delay: ratio %.2f%n", answered, answeredWithDelay,
                answeredWithDelay == 0 ? 0 : (double) answered / answeredWithDelay);
    }

    private void crash(String database, String... args) throws Exception {
        crashIn(Path.of("."), database, args);
    }


    /**
     * Two clerks file as fast as they can; after 12 s the JVM is killed; after the restart every filing answered is
     * there. Returns how many were answered.
     */
    private int crashIn(Path directory, String database, String... args) throws Exception {
        Node node = started(Node.start("crash", 18094, directory, args));
        AtomicBoolean killed = new AtomicBoolean();
        Thread killer = new Thread(() -> {
            try {
                Thread.sleep(12_000);
                killed.set(true);
                node.kill();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        killer.start();
        Queue<String> acknowledged = fileWhile(node, 2, killed::get, Integer.MAX_VALUE);
        killer.join();
        nodes.remove(node);

        Node again = started(Node.start("crash-restarted", 18094, directory, args));
        long total = again.count("/engine-rest/history/process-instance/count?processDefinitionKey=complaint-processing");
        Counts counts = drain(again, total);
        int lost = 0;
        for (String docket : acknowledged) {
            lost += again.count("/engine-rest/history/process-instance/count?processDefinitionKey=complaint-processing"
                    + "&processInstanceBusinessKey=" + docket) == 1 ? 0 : 1;
        }
        Set<String> keys = new HashSet<>();
        for (JsonNode instance : again.list("/engine-rest/history/process-instance?processDefinitionKey=complaint-processing"
                + "&maxResults=100000")) {
            keys.add(instance.path("businessKey").asText());
        }
        System.out.printf("kill -9 on %s: %d filings acknowledged before the kill, %d cases after the restart, "
                        + "acknowledged but lost %d, docket numbers used twice %d; %s%n",
                database, acknowledged.size(), total, lost, total - keys.size(), counts);
        assertThat(acknowledged).as("filings answered before the kill").isNotEmpty();
        assertThat(lost).as("acknowledged filings lost").isZero();
        assertThat(keys).as("one case per docket number").hasSize((int) total);
        counts.assertExactlyOnce(total);
        return acknowledged.size();
    }

    // ----- helpers -----

    private Node started(Node node) {
        nodes.add(node);
        return node;
    }

    /** {@code clerks} threads file complaints until {@code stop} says so or {@code limit} are filed; the dockets answered. */
    private static Queue<String> fileWhile(Node node, int clerks, java.util.function.BooleanSupplier stop, int limit)
            throws InterruptedException {
        Queue<String> acknowledged = new ConcurrentLinkedQueue<>();
        java.util.concurrent.atomic.AtomicInteger started = new java.util.concurrent.atomic.AtomicInteger();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < clerks; i++) {
            Thread clerk = new Thread(() -> {
                while (!stop.getAsBoolean() && started.getAndIncrement() < limit) {
                    try {
                        String docket = node.file(FILED);
                        if (docket != null) {
                            acknowledged.add(docket);
                        }
                    } catch (IOException connectionLost) {
                        return;
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
            });
            clerk.start();
            threads.add(clerk);
        }
        for (Thread clerk : threads) {
            clerk.join();
        }
        return acknowledged;
    }

    private static boolean firedBy(Node node, String host) throws IOException, InterruptedException {
        for (JsonNode log : node.list("/engine-rest/history/job-log?successLog=true&activityIdIn=Timer_ServiceDue"
                + "&maxResults=100000")) {
            if (host.equals(log.path("hostname").asText())) {
                return true;
            }
        }
        return false;
    }

    /** What the timers did, read through the REST API once no job is left to run. */
    record Counts(long marked, long fired, Map<String, Long> perNode, int duplicates, long failures, long incidents,
                  long waiting) {
        void assertExactlyOnce(long cases) {
            assertThat(waiting).as("jobs still due").isZero();
            assertThat(marked).as("one 'Mark the case overdue' per case").isEqualTo(cases);
            assertThat(duplicates).as("cases marked twice").isZero();
            assertThat(fired).as("service deadlines fired").isEqualTo(cases);
            assertThat(incidents).as("incidents").isZero();
        }

        @Override
        public String toString() {
            return String.format("deadlines fired %d, cases marked overdue %d, duplicates %d, failed job runs %d, "
                    + "incidents %d", fired, marked, duplicates, failures, incidents);
        }
    }

    private static Counts drain(Node node, long cases) throws Exception {
        String marked = "/engine-rest/history/activity-instance/count?activityId=Task_MarkServiceOverdue&finished=true";
        long deadline = System.currentTimeMillis() + 8 * 60_000;
        while (System.currentTimeMillis() < deadline
                && (node.count("/engine-rest/job/count?executable=true") > 0 || node.count(marked) < cases)) {
            Thread.sleep(1_000);
        }
        Map<String, Integer> perCase = new HashMap<>();
        for (JsonNode step : node.list("/engine-rest/history/activity-instance?activityId=Task_MarkServiceOverdue"
                + "&maxResults=100000")) {
            perCase.merge(step.path("processInstanceId").asText(), 1, Integer::sum);
        }
        Map<String, Long> perNode = new TreeMap<>();
        long fired = 0;
        for (JsonNode log : node.list("/engine-rest/history/job-log?successLog=true&activityIdIn=Timer_ServiceDue"
                + "&maxResults=100000")) {
            perNode.merge(log.path("hostname").asText(), 1L, Long::sum);
            fired++;
        }
        return new Counts(node.count(marked), fired, perNode,
                (int) perCase.values().stream().filter(n -> n > 1).count(),
                node.count("/engine-rest/history/job-log/count?failureLog=true"),
                node.count("/engine-rest/incident/count"),
                node.count("/engine-rest/job/count?executable=true"));
    }

    /** A fresh database of the test's own on the PostgreSQL server of the run, or the test is skipped. */
    private static String postgres(String name) throws Exception {
        String url = System.getProperty("spring.datasource.url", "");
        assumeTrue(url.startsWith("jdbc:postgresql:"), "runs on PostgreSQL (mvn verify's second run)");
        try (Connection c = DriverManager.getConnection(url, System.getProperty("spring.datasource.username", "postgres"),
                System.getProperty("spring.datasource.password", ""));
             Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + name);
            s.execute("CREATE DATABASE " + name);
        }
        return url.substring(0, url.lastIndexOf('/') + 1) + name;
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
