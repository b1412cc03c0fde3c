package io.eddy.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eddy.api.ExecutionEnvironment;
import io.eddy.api.RemoteEnvironment;
import io.eddy.cli.testprograms.EnvironmentProbe;
import io.eddy.runtime.cluster.JobManager;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The standalone cluster's commands without starting processes: usage errors, what happens when no
 * cluster runs, and {@code run --cluster} against a JobManager in this JVM (a real one, with no
 * TaskExecutors: the probe program only looks at its environment). {@link StandaloneClusterIT}
 * runs the cluster itself.
 */
class ClusterCommandsTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private final ExampleRegistry examples = new ExampleRegistry(List.of(
            new ExampleRegistry.Example("probe", EnvironmentProbe.class.getName(), "records its environment")));

    @TempDir
    Path tempDir;

    private EddyCli cli;

    @BeforeEach
    void setUp() {
        cli = new EddyCli(print(out), print(err), examples, ClusterCommandsTest.class.getClassLoader())
                .withClusterDirectory(tempDir.resolve("cluster"));
        EnvironmentProbe.reset();
    }

    @AfterEach
    void resetContext() {
        EnvironmentProbe.reset();
        ExecutionEnvironment.resetContextEnvironment();
    }

    @Test
    void usageErrorsGiveExitTwo() {
        assertUsageError(new String[] {"cluster"}, "cluster: missing 'start' or 'stop'");
        assertUsageError(new String[] {"cluster", "restart"}, "cluster: unknown command 'restart'");
        assertUsageError(new String[] {"cluster", "start", "--taskexecutors", "0"}, "invalid --taskexecutors '0'");
        assertUsageError(new String[] {"cluster", "start", "--slots", "many"}, "invalid --slots 'many'");
        assertUsageError(new String[] {"cluster", "start", "--managed-memory", "lots"}, "invalid size 'lots'");
        assertUsageError(new String[] {"cluster", "start", "--frobnicate"}, "cluster start: Unrecognized option");
        assertUsageError(new String[] {"cluster", "start", "fixed-delay"}, "settings are key=value");
        assertUsageError(new String[] {"cluster", "stop", "now"}, "cluster stop takes no arguments");
        assertUsageError(new String[] {"run", "--cluster", "probe"}, "--cluster needs the JobManager's host:port, got 'probe'");
        assertUsageError(new String[] {"run", "--cluster", "localhost:99999", "probe"}, "got 'localhost:99999'");
        assertUsageError(new String[] {"run", "--secret-file", "s", "probe"}, "--secret-file applies to --cluster");
        assertUsageError(new String[] {"plan", "--cluster", "localhost:1", "probe"}, "plan: unknown option '--cluster'");
        assertUsageError(new String[] {"list", "extra"}, "list: unexpected argument 'extra'");
        assertUsageError(new String[] {"list", "--cluster", "nohost"}, "got 'nohost'");
        assertUsageError(new String[] {"cancel"}, "cancel: missing the job id");
        assertUsageError(new String[] {"cancel", "a", "b"}, "one job id expected, got 'a b'");
        assertUsageError(new String[] {"cancel", "--cluster"}, "cancel: Missing argument for option: cluster");
        assertNull(EnvironmentProbe.observedEnvironment, "no program may run on a usage error");
        assertTrue(!Files.exists(tempDir.resolve("cluster")), "a usage error creates no cluster directory");
    }

    @Test
    void sizesAcceptUnits() throws UsageException {
        assertEquals(1048576, ClusterCommands.parseSize("1048576"));
        assertEquals(512L << 20, ClusterCommands.parseSize("512m"));
        assertEquals(2L << 30, ClusterCommands.parseSize("2G"));
        assertEquals(64L << 20, ClusterCommands.parseSize("64MB"));
        assertThrows(UsageException.class, () -> ClusterCommands.parseSize("99999999999t"));
    }

    @Test
    void stopWithoutAClusterSaysSoAndSucceeds() {
        assertEquals(0, cli.run("cluster", "stop"));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("No cluster is running from "), out.toString());
        assertEquals(0, cli.run("cluster", "stop"), "stop is idempotent");
    }

    @Test
    void listAndCancelWithoutAnAddressFail() {
        assertEquals(1, cli.run("list"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("no cluster address"), err.toString());
        assertEquals(1, cli.run("cancel", "abc"));
    }

    @Test
    void runOnClusterWithoutItsSecretFailsBeforeTheProgramRuns() {
        int exitCode = cli.run("run", "--cluster", "127.0.0.1:1", "probe");
        assertEquals(1, exitCode);
        String stderr = err.toString(StandardCharsets.UTF_8);
        assertTrue(stderr.contains("cannot read the cluster's secret") && stderr.contains("eddy cluster start"), stderr);
        assertNull(EnvironmentProbe.observedEnvironment);
    }

    @Test
    void runOnClusterGivesTheProgramARemoteEnvironment() throws Exception {
        byte[] secret = new byte[32];
        new java.security.SecureRandom().nextBytes(secret);
        Path secretFile = Files.writeString(tempDir.resolve("secret"), Base64.getEncoder().encodeToString(secret));
        try (JobManager jobManager = new JobManager("127.0.0.1", 0, secret, Map.of(), tempDir.resolve("jm"))) {
            String address = "127.0.0.1:" + jobManager.port();

            assertEquals(0, cli.run("run", "-p", "3", "--cluster", address, "--secret-file", secretFile.toString(),
                    "probe", "x"), err.toString());
            assertInstanceOf(RemoteEnvironment.class, EnvironmentProbe.observedEnvironment);
            assertEquals(3, EnvironmentProbe.observedParallelism);
            assertEquals(List.of("x"), List.of(EnvironmentProbe.observedArgs));

            // without TaskExecutors the cluster has no slots; the default parallelism is then 1
            assertEquals(0, cli.run("run", "--cluster", address, "--secret-file", secretFile.toString(), "probe"));
            assertEquals(1, EnvironmentProbe.observedParallelism);

            out.reset();
            assertEquals(0, cli.run("list", "--cluster", address, "--secret-file", secretFile.toString()));
            assertTrue(out.toString(StandardCharsets.UTF_8).contains("No jobs.\n0 TaskExecutors, 0 slots (0 free)"),
                    out.toString());

            err.reset();
            assertEquals(1, cli.run("cancel", "--cluster", address, "--secret-file", secretFile.toString(), "feedbeef"));
            assertTrue(err.toString(StandardCharsets.UTF_8).contains("eddy: cancel: no job feedbeef"), err.toString());

            Path wrong = Files.writeString(tempDir.resolve("wrong"), Base64.getEncoder().encodeToString(new byte[32]));
            err.reset();
            EnvironmentProbe.reset();
            assertEquals(1, cli.run("run", "--cluster", address, "--secret-file", wrong.toString(), "probe"));
            assertTrue(err.toString(StandardCharsets.UTF_8).contains("authentication failed"), err.toString());
            assertNull(EnvironmentProbe.observedEnvironment, "the program does not run against a refusing cluster");
        }
    }

    private void assertUsageError(String[] args, String expectedFragment) {
        err.reset();
        int exitCode = cli.run(args);
        String stderr = err.toString(StandardCharsets.UTF_8);
        assertEquals(2, exitCode, "exit code of " + String.join(" ", args) + "; stderr: " + stderr);
        assertTrue(stderr.startsWith("eddy: "), stderr);
        assertTrue(stderr.contains(expectedFragment), "expected '" + expectedFragment + "' in: " + stderr);
        assertTrue(stderr.strip().endsWith("(see 'eddy --help')"), stderr);
        assertEquals(1, stderr.strip().lines().count(), "one line: " + stderr);
    }

    private static PrintStream print(ByteArrayOutputStream buffer) {
        return new PrintStream(buffer, true, StandardCharsets.UTF_8);
    }
}
