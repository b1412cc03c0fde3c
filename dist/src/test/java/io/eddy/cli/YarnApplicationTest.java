package io.eddy.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eddy.yarn.SessionStaging;
import io.eddy.yarn.YarnTestCluster;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.yarn.api.records.ApplicationAttemptId;
import org.apache.hadoop.yarn.api.records.ApplicationId;
import org.apache.hadoop.yarn.api.records.ApplicationReport;
import org.apache.hadoop.yarn.api.records.ContainerId;
import org.apache.hadoop.yarn.api.records.FinalApplicationStatus;
import org.apache.hadoop.yarn.api.records.YarnApplicationState;
import org.apache.hadoop.yarn.client.api.YarnClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code eddy run --target yarn} and {@code eddy yarn status|kill} against a MiniYARNCluster with
 * HDFS: programs run in their own application, inside its ApplicationMaster, give the embedded
 * runtime's results, fail with their cause in the diagnostics and exit code 1, survive a lost
 * TaskExecutor container and a lost ApplicationMaster, and a killed application leaves no container
 * and no staging directory behind.
 */
@Timeout(300)
class YarnApplicationTest {

    @TempDir
    static Path directory;
    private static YarnTestCluster cluster;
    private static FileSystem hdfs;
    private static YarnClient yarn;
    private static Path testJar;

    @BeforeAll
    static void startClusters() throws Exception {
        cluster = YarnTestCluster.start(directory, YarnApplicationTest.class);
        hdfs = FileSystem.get(cluster.configuration());
        yarn = YarnClient.createYarnClient();
        yarn.init(cluster.configuration());
        yarn.start();
        testJar = YarnTestCluster.testClassesJar(directory, YarnApplicationTest.class);
        StringBuilder text = new StringBuilder();
        String[] words = {"river", "eddy", "current", "Stream", "flow", "bank", "delta", "pool"};
        for (int line = 0; line < 20_000; line++) {
            for (int w = 0; w <= line % 7; w++) {
                text.append(words[(line * 3 + w * w) % words.length]).append(w % 2 == 0 ? ' ' : ',');
            }
            text.append('\n');
        }
        write("/in/text.txt", text.toString());
    }

    @AfterAll
    static void stopClusters() {
        io.eddy.api.fs.FileSystem.closeAll();
        if (yarn != null) {
            yarn.stop();
        }
        if (cluster != null) {
            cluster.close();
        }
    }

    private record Run(int exitCode, String out, String err) {}

    private static Run eddy(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = new EddyCli(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), ExampleRegistry.builtIn(),
                YarnApplicationTest.class.getClassLoader())
                .withHadoopConfiguration(cluster.configuration())
                .withClusterDirectory(directory.resolve("no-local-cluster"))
                .run(args);
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static String hdfs(String path) {
        return cluster.hdfs() + path;
    }

    private static void write(String path, String text) throws Exception {
        try (OutputStream out = hdfs.create(new org.apache.hadoop.fs.Path(hdfs(path)))) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
    }

    private static final String[] SMALL_CONTAINERS = {"--master-memory", "640", "--taskexecutor-memory", "512"};

    private static String[] yarnRun(String... rest) {
        List<String> args = new java.util.ArrayList<>(List.of("run", "--target", "yarn"));
        args.addAll(List.of(SMALL_CONTAINERS));
        args.addAll(List.of(rest));
        return args.toArray(new String[0]);
    }

    @Test
    void wordCountAndPageRankFromHdfsToHdfsEqualTheEmbeddedRuntime() throws Exception {
        Run onYarn = eddy(yarnRun("-p", "2", "wordcount", "--input", hdfs("/in"), "--output", hdfs("/wc/yarn")));
        assertEquals(0, onYarn.exitCode(), onYarn.err());
        assertTrue(onYarn.err().contains("RUNNING"), onYarn.err());
        assertTrue(onYarn.err().contains("SUCCEEDED"), onYarn.err());
        Run embedded = eddy("run", "-p", "2", "wordcount", "--input", hdfs("/in"), "--output", hdfs("/wc/local"));
        assertEquals(0, embedded.exitCode(), embedded.err());
        List<String> counted = YarnTestCluster.lines(hdfs, hdfs("/wc/yarn"));
        assertEquals(8, counted.size(), counted.toString());
        assertEquals(YarnTestCluster.lines(hdfs, hdfs("/wc/local")), counted);
        assertNoStagingLeft();
        // the TaskExecutors were placed on the node storing the input, and read it there
        String logs = cluster.aggregatedLogs(applicationIdIn(onYarn.err()), "input splits: ");
        assertTrue(java.util.regex.Pattern.compile("input splits: [1-9]\\d* read locally, 0 remotely").matcher(logs).find(),
                logs);

        StringBuilder pages = new StringBuilder();
        StringBuilder links = new StringBuilder();
        int n = 300;
        for (int page = 1; page <= n; page++) {
            pages.append(page).append('\n');
            for (int k = 1; k <= 1 + page % 4; k++) {
                links.append(page).append(' ').append(1 + (page * 7 + k * 13) % n).append('\n');
            }
        }
        write("/pr/pages", pages.toString());
        write("/pr/links", links.toString());
        String[] pageRank = {"pagerank", "--pages", hdfs("/pr/pages"), "--links", hdfs("/pr/links"),
                "--numPages", Integer.toString(n), "--iterations", "15"};
        Run rankedOnYarn = eddy(concat(yarnRun("-p", "2"), pageRank, "--output", hdfs("/pr/yarn")));
        assertEquals(0, rankedOnYarn.exitCode(), rankedOnYarn.err());
        Run rankedLocally = eddy(concat(new String[] {"run", "-p", "2"}, pageRank, "--output", hdfs("/pr/local")));
        assertEquals(0, rankedLocally.exitCode(), rankedLocally.err());
        Map<Long, Double> yarnRanks = ranks(hdfs("/pr/yarn"));
        Map<Long, Double> localRanks = ranks(hdfs("/pr/local"));
        assertEquals(n, yarnRanks.size());
        assertEquals(localRanks.keySet(), yarnRanks.keySet());
        localRanks.forEach((page, rank) -> assertEquals(rank, yarnRanks.get(page), 1e-9, "page " + page));
    }

    @Test
    void aFailingProgramFailsTheApplicationWithItsCauseAndExitCodeOne() throws Exception {
        Run failed = eddy(yarnRun("-p", "2", "-c", "io.eddy.cli.testprograms.DividingJob", testJar.toString(),
                "divide by n - 5"));
        assertEquals(1, failed.exitCode(), failed.err());
        assertTrue(failed.err().contains("FAILED"), failed.err());
        assertTrue(failed.err().contains("/ by zero"), failed.err());
        ApplicationId id = applicationIdIn(failed.err());
        ApplicationReport report = yarn.getApplicationReport(id);
        assertEquals(FinalApplicationStatus.FAILED, report.getFinalApplicationStatus());
        assertTrue(report.getDiagnostics().contains("divide by n - 5"), report.getDiagnostics());
        assertTrue(report.getDiagnostics().contains("/ by zero"), report.getDiagnostics());
        assertEquals("EDDY", report.getApplicationType());
        cluster.assertNoContainerLeft(id);
        assertNoStagingLeft();
        // yarn logs: the ApplicationMaster's log holds the stack trace, the TaskExecutors' logs are there too
        cluster.aggregatedLogs(id, "LogType:jobmanager.log", "LogType:taskexecutor.log",
                "java.lang.ArithmeticException: / by zero");
    }

    @Test
    void idleTaskExecutorsAreGivenBackAndAskedForAgainByTheNextJob() throws Exception {
        Run paused = eddy(yarnRun("-p", "2", "-D", "taskexecutor.idle-timeout=1 s", "-c",
                "io.eddy.cli.testprograms.PausingJob", testJar.toString(), "6"));
        assertEquals(0, paused.exitCode(), paused.err());
        ApplicationId id = applicationIdIn(paused.err());
        String logs = cluster.aggregatedLogs(id, "Giving back idle TaskExecutor container");
        assertTrue(logs.split("Launching a TaskExecutor in", -1).length - 1 >= 4, "two containers per job: " + logs);
        cluster.assertNoContainerLeft(id);
    }

    @Test
    void aDetachedApplicationIsFollowedWithStatusAndKilledWithKill() throws Exception {
        Run submitted = eddy(yarnRun("--detached", "--name", "slow one", "-p", "2", "-c",
                "io.eddy.cli.testprograms.SlowJob", testJar.toString(), hdfs("/slow/out"), "1000000"));
        assertEquals(0, submitted.exitCode(), submitted.err());
        ApplicationId id = ApplicationId.fromString(submitted.out().trim());
        try {
            followAndKill(id);
        } finally {
            // a failed assertion must not leave the application running into the next test
            yarn.killApplication(id);
        }
    }

    private void followAndKill(ApplicationId id) throws Exception {
        awaitRunningTaskExecutors(id, 2);

        Run status = eddy("yarn", "status", id.toString());
        assertEquals(0, status.exitCode(), status.err());
        assertTrue(status.out().contains("state: RUNNING"), status.out());
        assertTrue(status.out().contains("name: slow one"), status.out());
        Run listed = eddy("yarn", "list");
        assertTrue(listed.out().contains(id.toString()), listed.out());

        // the tracking page and its JSON through the ResourceManager's web proxy, as the RM's UI links them
        String proxied = yarn.getApplicationReport(id).getTrackingUrl();
        assertTrue(proxied.contains("/proxy/" + id), proxied);
        assertTrue(throughProxy(id, proxied).contains("<title>Eddy JobManager</title>"));
        long deadline = System.currentTimeMillis() + 60_000;
        String jobs;
        while (!(jobs = throughProxy(id, proxied + "api/jobs")).contains("\"taskExecutors\":2")) {
            assertTrue(System.currentTimeMillis() < deadline, jobs);
            Thread.sleep(200);
        }
        assertTrue(jobs.contains("\"name\":\"slow job\""), jobs);
        assertTrue(jobs.contains("\"state\":\"RUNNING\""), jobs);

        Run killed = eddy("yarn", "kill", id.toString());
        assertEquals(0, killed.exitCode(), killed.err());
        assertEquals(YarnApplicationState.KILLED, yarn.getApplicationReport(id).getYarnApplicationState());
        cluster.assertNoContainerLeft(id);
        assertNoStagingLeft();
        assertFalse(hdfs.exists(new org.apache.hadoop.fs.Path(hdfs("/slow/out"))), "no output of a killed job");

        Run unknown = eddy("yarn", "status", "application_1_0999");
        assertEquals(1, unknown.exitCode());
        assertEquals(2, eddy("yarn", "kill", "not-an-id").exitCode());
    }

    @Test
    void aProgramWhoseJobIsCancelledEndsTheApplicationKilled() throws Exception {
        CompletableFuture<Run> run = CompletableFuture.supplyAsync(() -> eddy(yarnRun("-p", "1", "--name", "to cancel",
                "-c", "io.eddy.cli.testprograms.SlowJob", testJar.toString(), hdfs("/cancelled/out"), "1000000")));
        ApplicationId id = awaitApplication("to cancel", "the job to cancel");
        awaitRunningTaskExecutors(id, 1);
        // what an operator does: eddy cancel against the application's JobManager, with its secret
        ApplicationReport report = yarn.getApplicationReport(id);
        Path secret = directory.resolve("cancel.secret");
        try (java.io.InputStream in = hdfs.open(new org.apache.hadoop.fs.Path(
                new org.apache.hadoop.fs.Path(hdfs.getHomeDirectory(), SessionStaging.ROOT + "/" + id), SessionStaging.SECRET_FILE))) {
            java.nio.file.Files.write(secret, in.readAllBytes());
        }
        String address = report.getHost() + ":" + report.getRpcPort();
        String jobId = null;
        long deadline = System.currentTimeMillis() + 60_000;
        while (jobId == null) {
            Run listed = eddy("list", "--cluster", address, "--secret-file", secret.toString());
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?m)^([0-9a-f]{16})\\s").matcher(listed.out());
            if (m.find()) {
                jobId = m.group(1);
            } else {
                assertTrue(System.currentTimeMillis() < deadline, listed.out() + listed.err());
                Thread.sleep(200);
            }
        }
        Run cancelled = eddy("cancel", "--cluster", address, "--secret-file", secret.toString(), jobId);
        assertEquals(0, cancelled.exitCode(), cancelled.err());

        Run ended = run.get(2, TimeUnit.MINUTES);
        assertEquals(1, ended.exitCode(), ended.err());
        assertTrue(ended.err().contains(id + " KILLED"), ended.err());
        assertEquals(FinalApplicationStatus.KILLED, yarn.getApplicationReport(id).getFinalApplicationStatus());
        cluster.assertNoContainerLeft(id);
        assertNoStagingLeft();
    }

    @Test
    void aLostTaskExecutorContainerIsReplacedAndTheJobStillWritesEachRecordOnce() throws Exception {
        CompletableFuture<Run> run = CompletableFuture.supplyAsync(() -> eddy(yarnRun("-p", "2",
                "-D", "heartbeat.timeout=3 s", "-c", "io.eddy.cli.testprograms.SlowJob", testJar.toString(),
                hdfs("/replaced/out"), "8000")));
        ApplicationId id = awaitApplication("Eddy: io.eddy.cli.testprograms.SlowJob", "/replaced/out");
        List<ProcessHandle> executors = awaitRunningTaskExecutors(id, 2);
        Thread.sleep(1500);
        ProcessHandle victim = executors.get(0);
        victim.destroyForcibly();
        victim.onExit().get(10, TimeUnit.SECONDS);
        ContainerId master = ContainerId.newContainerId(ApplicationAttemptId.newInstance(id, 1), 1);
        long deadline = System.currentTimeMillis() + 60_000;
        while (!cluster.containerLog(master, "jobmanager.log").contains("requesting a replacement")) {
            assertTrue(System.currentTimeMillis() < deadline, cluster.containerLog(master, "jobmanager.log"));
            Thread.sleep(200);
        }

        Run finished = run.get(4, TimeUnit.MINUTES);
        assertEquals(0, finished.exitCode(), finished.err());
        List<String> numbers = YarnTestCluster.lines(hdfs, hdfs("/replaced/out"));
        assertEquals(8000, numbers.size());
        assertEquals(8000, numbers.stream().distinct().count());
        cluster.assertNoContainerLeft(id);
    }

    @Test
    void aNewApplicationMasterAttemptRerunsTheProgramWithoutDuplicateOutput() throws Exception {
        CompletableFuture<Run> run = CompletableFuture.supplyAsync(() -> eddy(yarnRun("-p", "2",
                "-c", "io.eddy.cli.testprograms.SlowJob", testJar.toString(), hdfs("/rerun/out"), "6000")));
        ApplicationId id = awaitApplication("Eddy: io.eddy.cli.testprograms.SlowJob", "/rerun/out");
        awaitRunningTaskExecutors(id, 2);
        Thread.sleep(1500);
        ProcessHandle master = YarnTestCluster.containerProcesses(id).stream()
                .filter(p -> YarnTestCluster.containerOf(p).orElseThrow().getContainerId() == 1)
                .findFirst().orElseThrow();
        master.destroyForcibly();
        master.onExit().get(10, TimeUnit.SECONDS);

        Run finished = run.get(4, TimeUnit.MINUTES);
        assertEquals(0, finished.exitCode(), finished.err());
        ApplicationReport report = yarn.getApplicationReport(id);
        assertEquals(2, report.getCurrentApplicationAttemptId().getAttemptId(), "a second attempt ran");
        assertEquals(FinalApplicationStatus.SUCCEEDED, report.getFinalApplicationStatus());
        List<String> numbers = YarnTestCluster.lines(hdfs, hdfs("/rerun/out"));
        assertEquals(6000, numbers.size());
        assertEquals(6000, numbers.stream().distinct().count());
        cluster.assertNoContainerLeft(id);
        assertNoStagingLeft();
    }

    // ---- helpers --------------------------------------------------------------------------------

    private static String[] concat(String[] first, String[] second, String... third) {
        List<String> all = new java.util.ArrayList<>(List.of(first));
        all.addAll(List.of(second));
        all.addAll(List.of(third));
        return all.toArray(new String[0]);
    }

    private static Map<Long, Double> ranks(String dir) throws Exception {
        Map<Long, Double> ranks = new TreeMap<>();
        for (String line : YarnTestCluster.lines(hdfs, dir)) {
            String[] fields = line.split(" ");
            ranks.put(Long.parseLong(fields[0]), Double.parseDouble(fields[1]));
        }
        return ranks;
    }

    /**
     * A page through the ResourceManager's web proxy; the cookie is what a browser gets after
     * accepting the proxy's warning that the page belongs to another user's application.
     */
    private static String throughProxy(ApplicationId id, String url) throws Exception {
        java.net.URLConnection connection = java.net.URI.create(url).toURL().openConnection();
        connection.setRequestProperty("Cookie", "checked_" + id + "=true");
        try (java.io.InputStream in = connection.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static ApplicationId applicationIdIn(String text) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("application_\\d+_\\d+").matcher(text);
        assertTrue(m.find(), text);
        return ApplicationId.fromString(m.group());
    }

    /** The running application of that name, once YARN knows it. */
    private static ApplicationId awaitApplication(String name, String what) throws Exception {
        long deadline = System.currentTimeMillis() + 60_000;
        while (true) {
            for (ApplicationReport report : yarn.getApplications(java.util.Set.of("EDDY"),
                    java.util.EnumSet.of(YarnApplicationState.ACCEPTED, YarnApplicationState.RUNNING))) {
                if (report.getName().equals(name)) {
                    return report.getApplicationId();
                }
            }
            assertTrue(System.currentTimeMillis() < deadline, "no application for " + what);
            Thread.sleep(100);
        }
    }

    /** The TaskExecutor container processes of {@code id}, once {@code count} run. */
    private static List<ProcessHandle> awaitRunningTaskExecutors(ApplicationId id, int count) throws Exception {
        long deadline = System.currentTimeMillis() + 90_000;
        while (true) {
            List<ProcessHandle> executors = YarnTestCluster.containerProcesses(id).stream()
                    .filter(p -> YarnTestCluster.containerOf(p).orElseThrow().getContainerId() != 1)
                    .toList();
            if (executors.size() >= count) {
                return executors;
            }
            assertTrue(System.currentTimeMillis() < deadline, "TaskExecutors of " + id + " running: " + executors.size());
            Thread.sleep(100);
        }
    }

    private static void assertNoStagingLeft() throws Exception {
        org.apache.hadoop.fs.Path root = new org.apache.hadoop.fs.Path(hdfs.getHomeDirectory(), SessionStaging.ROOT);
        if (hdfs.exists(root)) {
            List<String> left = java.util.Arrays.stream(hdfs.listStatus(root)).map(status -> status.getPath().getName())
                    .filter(name -> name.startsWith("application_")).toList();
            assertEquals(List.of(), left, "staging directories left");
        }
    }
}
