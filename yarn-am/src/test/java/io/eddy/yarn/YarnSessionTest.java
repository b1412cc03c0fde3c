package io.eddy.yarn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eddy.api.ExecutionEnvironment;
import io.eddy.runtime.cluster.ClusterClient;
import io.eddy.runtime.cluster.ClusterProtocol;
import io.eddy.yarn.client.SessionSpec;
import io.eddy.yarn.client.YarnSession;
import io.eddy.yarn.client.YarnSessionClient;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.yarn.api.records.ApplicationId;
import org.apache.hadoop.yarn.api.records.ApplicationReport;
import org.apache.hadoop.yarn.api.records.ContainerId;
import org.apache.hadoop.yarn.api.records.FinalApplicationStatus;
import org.apache.hadoop.yarn.api.records.YarnApplicationState;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Eddy sessions on a MiniYARNCluster with HDFS: a session runs DataSet jobs like the embedded runtime
 * and ends cleanly when stopped, ends when killed, and replaces a TaskExecutor whose container dies.
 * Every session leaves no container process and no staging directory behind.
 */
@Timeout(240)
class YarnSessionTest {

    @TempDir
    static Path directory;
    private static YarnTestCluster cluster;
    private static YarnSessionClient client;
    private static FileSystem hdfs;
    private static Path jobJar;
    private static Path containerLogging;

    @BeforeAll
    static void startClusters() throws Exception {
        cluster = YarnTestCluster.start(directory, YarnSessionTest.class);
        client = new YarnSessionClient(cluster.configuration());
        hdfs = FileSystem.get(cluster.configuration());
        io.eddy.api.fs.FileSystem.setHadoopConfiguration(cluster.configuration());
        jobJar = YarnTestCluster.testClassesJar(directory, YarnSessionTest.class);
        containerLogging = directory.resolve("log4j.properties");
        Files.writeString(containerLogging, String.join("\n",
                "log4j.rootLogger=INFO, file",
                "log4j.appender.file=org.apache.log4j.FileAppender",
                "log4j.appender.file.File=${eddy.log.file}",
                "log4j.appender.file.layout=org.apache.log4j.PatternLayout",
                "log4j.appender.file.layout.ConversionPattern=%d{HH:mm:ss,SSS} %-5p [%t] %c{1} - %m%n",
                "log4j.logger.io.grpc=WARN", "log4j.logger.io.netty=WARN", "log4j.logger.org.apache.hadoop=WARN",
                "log4j.logger.io.eddy=INFO", ""));
    }

    @AfterAll
    static void stopClusters() {
        io.eddy.api.fs.FileSystem.closeAll();
        if (client != null) {
            client.close();
        }
        if (cluster != null) {
            cluster.close();
        }
    }

    private static SessionSpec.Builder spec(String name) {
        return SessionSpec.builder().name(name).tag("eddy-test").master(512, 1).taskExecutors(2)
                .taskExecutorContainer(384, 1).managedMemory(64L << 20).ship(containerLogging)
                .startTimeout(Duration.ofMinutes(2));
    }

    @Test
    void aSessionRunsJobsAsTheEmbeddedRuntimeDoesAndStopsCleanly() throws Exception {
        // a shipped jar goes to the user's cache, named after its content, and is localized from there
        try (YarnSession session = client.start(spec("jobs").slotsPerTaskExecutor(2).ship(jobJar).build())) {
            org.apache.hadoop.fs.Path cache = new org.apache.hadoop.fs.Path(hdfs.getHomeDirectory(),
                    SessionStaging.ROOT + "/" + SessionStaging.CACHE);
            assertEquals(1, hdfs.listStatus(cache, path -> path.getName().endsWith("-yarn-test-jobs.jar")).length);
            assertFalse(hdfs.exists(new org.apache.hadoop.fs.Path(session.stagingDirectory(), "yarn-test-jobs.jar")));
            ApplicationReport running = session.report();
            assertEquals(YarnApplicationState.RUNNING, running.getYarnApplicationState());
            assertEquals("EDDY", running.getApplicationType());
            assertEquals(Set.of("eddy-test"), running.getApplicationTags());
            assertEquals(session.port(), running.getRpcPort());
            assertTrue(hdfs.exists(new org.apache.hadoop.fs.Path(session.stagingDirectory(), SessionStaging.SECRET_FILE)));
            assertEquals((short) 0600, hdfs.getFileStatus(new org.apache.hadoop.fs.Path(session.stagingDirectory(),
                    SessionStaging.SECRET_FILE)).getPermission().toShort());
            session.awaitTaskExecutors(2, Duration.ofMinutes(1));

            String base = cluster.hdfs() + "/wordcount";
            try (OutputStream out = hdfs.create(new org.apache.hadoop.fs.Path(base + "/in/text.txt"))) {
                StringBuilder text = new StringBuilder();
                String[] words = {"river", "eddy", "current", "Stream", "flow", "bank", "delta", "pool"};
                for (int line = 0; line < 5000; line++) {
                    for (int w = 0; w <= line % 7; w++) {
                        text.append(words[(line * 3 + w * w) % words.length]).append(w % 2 == 0 ? ' ' : ',');
                    }
                    text.append('\n');
                }
                out.write(text.toString().getBytes(StandardCharsets.UTF_8));
            }
            ExecutionEnvironment onYarn = session.remoteEnvironment(jobJar.toString());
            onYarn.setParallelism(4);
            YarnTestJobs.wordCount(onYarn, base + "/in", base + "/yarn");
            ExecutionEnvironment local = ExecutionEnvironment.createLocalEnvironment();
            local.setParallelism(4);
            YarnTestJobs.wordCount(local, base + "/in", base + "/local");
            List<String> counted = lines(base + "/yarn");
            assertEquals(8, counted.size(), counted.toString());
            assertEquals(lines(base + "/local"), counted);

            ExecutionEnvironment iterating = session.remoteEnvironment(jobJar.toString());
            iterating.setParallelism(3);
            ExecutionEnvironment iteratingLocally = ExecutionEnvironment.createLocalEnvironment();
            iteratingLocally.setParallelism(3);
            Map<Long, Long> components = YarnTestJobs.components(iterating, 2000);
            assertEquals(2000, components.size());
            assertEquals(YarnTestJobs.components(iteratingLocally, 2000), components);

            // the tracking URL the ResourceManager links is the JobManager's page, its JSON behind it
            String tracking = session.report().getOriginalTrackingUrl();
            assertTrue(tracking.startsWith("http"), "tracking URL: " + tracking);
            String jobs = new String(java.net.URI.create((tracking.endsWith("/") ? tracking : tracking + "/") + "api/jobs")
                    .toURL().openStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(jobs.contains("\"taskExecutors\":2"), jobs);
            assertTrue(jobs.split("\"state\":\"FINISHED\"", -1).length - 1 >= 2, "both jobs finished: " + jobs);

            ApplicationReport end = session.stop();
            assertEquals(YarnApplicationState.FINISHED, end.getYarnApplicationState(), end.getDiagnostics());
            assertEquals(FinalApplicationStatus.SUCCEEDED, end.getFinalApplicationStatus(), end.getDiagnostics());
            assertFalse(hdfs.exists(session.stagingDirectory()));
            assertNoContainerLeft(session.applicationId());
        }
    }

    @Test
    void aKilledSessionReleasesItsContainersAndStagingDirectory() throws Exception {
        try (YarnSession session = client.start(spec("killed").build())) {
            session.awaitTaskExecutors(2, Duration.ofMinutes(1));
            assertEquals(3, containerProcesses(session.applicationId()).size(), "the AM and two TaskExecutors");

            ApplicationReport end = session.kill();
            assertEquals(YarnApplicationState.KILLED, end.getYarnApplicationState());
            assertFalse(hdfs.exists(session.stagingDirectory()));
            assertNoContainerLeft(session.applicationId());
        }
    }

    @Test
    void aTaskExecutorWhoseContainerDiesIsReplaced() throws Exception {
        // a short heartbeat timeout, so the JobManager forgets the dead TaskExecutor quickly
        try (YarnSession session = client.start(spec("replaced").setting("heartbeat.timeout", "3 s").build())) {
            session.awaitTaskExecutors(2, Duration.ofMinutes(1));
            List<ProcessHandle> before = containerProcesses(session.applicationId());
            ProcessHandle victim = before.stream().filter(p -> containerOf(p).orElseThrow().getContainerId() != 1)
                    .findFirst().orElseThrow();
            Set<ContainerId> original = before.stream().map(p -> containerOf(p).orElseThrow()).collect(Collectors.toSet());
            ContainerId killed = containerOf(victim).orElseThrow();
            victim.destroyForcibly();
            victim.onExit().get(10, TimeUnit.SECONDS);

            long deadline = System.currentTimeMillis() + 90_000;
            while (containerProcesses(session.applicationId()).stream()
                    .noneMatch(p -> !original.contains(containerOf(p).orElseThrow()))) {
                assertTrue(System.currentTimeMillis() < deadline, "no replacement container was started");
                Thread.sleep(200);
            }
            // the JobManager drops the dead TaskExecutor after the heartbeat timeout and registers the new one
            Thread.sleep(3_500);
            int stable = 0;
            try (ClusterClient jobManager = session.clusterClient()) {
                while (stable < 3) {
                    assertTrue(System.currentTimeMillis() < deadline, "the TaskExecutors did not settle at two");
                    ClusterProtocol.JobList list = jobManager.list();
                    stable = list.taskExecutors() == 2 ? stable + 1 : 0;
                    Thread.sleep(300);
                }
            }
            ExecutionEnvironment env = session.remoteEnvironment(jobJar.toString());
            env.setParallelism(2);
            assertEquals(10_000L, env.generateSequence(1, 10_000).rebalance().count());
            // each container logs into its YARN log directory, where `yarn logs` collects from
            ContainerId master = before.stream().map(p -> containerOf(p).orElseThrow())
                    .filter(c -> c.getContainerId() == 1).findFirst().orElseThrow();
            String masterLog = containerLog(master, "jobmanager.log");
            assertTrue(masterLog.contains("requesting a replacement"), masterLog);
            String killedLog = containerLog(killed, "taskexecutor.log");
            assertTrue(killedLog.contains("for [eddy.TaskExecutor]"), killedLog);

            ApplicationReport end = session.stop();
            assertEquals(FinalApplicationStatus.SUCCEEDED, end.getFinalApplicationStatus(), end.getDiagnostics());
            assertNoContainerLeft(session.applicationId());
        }
    }

    @Test
    void aSessionWhoseTaskExecutorsCannotStartFailsWithTheReason() throws Exception {
        // a JVM option no JVM knows: every TaskExecutor container exits at once
        try (YarnSession session = client.start(spec("failing").taskExecutors(1)
                .taskExecutorJavaOptions("-XX:+NoSuchEddyOption").maxFailedContainers(1).build())) {
            long deadline = System.currentTimeMillis() + 90_000;
            ApplicationReport report;
            while (!Set.of(YarnApplicationState.FINISHED, YarnApplicationState.FAILED, YarnApplicationState.KILLED)
                    .contains((report = session.report()).getYarnApplicationState())) {
                assertTrue(System.currentTimeMillis() < deadline, "the session did not give up");
                Thread.sleep(200);
            }
            assertEquals(FinalApplicationStatus.FAILED, report.getFinalApplicationStatus());
            assertTrue(report.getDiagnostics().contains("2 TaskExecutor containers failed"), report.getDiagnostics());
            assertFalse(hdfs.exists(session.stagingDirectory()), "the ApplicationMaster deletes the staging directory");
            assertNoContainerLeft(session.applicationId());
        }
    }

    private static List<String> lines(String dir) throws Exception {
        return YarnTestCluster.lines(hdfs, dir);
    }

    private static String containerLog(ContainerId container, String name) throws Exception {
        return cluster.containerLog(container, name);
    }

    private static List<ProcessHandle> containerProcesses(ApplicationId application) {
        return YarnTestCluster.containerProcesses(application);
    }

    private static Optional<ContainerId> containerOf(ProcessHandle process) {
        return YarnTestCluster.containerOf(process);
    }

    private static void assertNoContainerLeft(ApplicationId application) throws Exception {
        cluster.assertNoContainerLeft(application);
    }
}
