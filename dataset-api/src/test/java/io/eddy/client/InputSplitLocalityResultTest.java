package io.eddy.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eddy.api.ExecutionEnvironment;
import io.eddy.api.JobExecutionResult;
import io.eddy.api.accumulators.LongCounter;
import io.eddy.api.configuration.Configuration;
import io.eddy.api.io.DiscardingOutputFormat;
import io.eddy.api.io.LocatableInputSplit;
import io.eddy.api.io.LocatableInputSplitAssigner;
import io.eddy.api.io.RichInputFormat;
import io.eddy.api.io.statistics.BaseStatistics;
import io.eddy.api.typeinfo.Types;
import io.eddy.runtime.cluster.JobManager;
import io.eddy.runtime.cluster.TaskExecutorRunner;
import io.eddy.runtime.executor.MiniClusterConfiguration;
import io.eddy.runtime.io.InputSplitAssigner;
import io.eddy.runtime.io.InputSplitLocality;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link JobExecutionResult#getInputSplitLocality()} counts where a format's locatable splits were
 * read, the same on the embedded runtime (its TaskExecutor runs on "localhost") and on a cluster
 * (a JobManager and a TaskExecutor in this JVM, the TaskExecutor naming its machine
 * "LocalHost.example.com"): splits on localhost in any spelling are local, splits naming other hosts
 * remote, splits naming none without location, at parallelism 1 and more.
 */
@Timeout(120)
class InputSplitLocalityResultTest {

    /** 4 splits on localhost, 3 elsewhere, 2 without hosts. */
    private static final String[][] HOSTS = {
        {"LOCALHOST", "dn7"},
        {"dn1", "dn2.example.com"},
        {},
        {"localhost.localdomain"},
        {"dn3"},
        {"LocalHost"},
        {},
        {"localhost2"},
        {"localhost"},
    };
    private static final InputSplitLocality EXPECTED = new InputSplitLocality(4, 3, 2);

    @TempDir
    static Path directory;
    private static JobManager jobManager;
    private static TaskExecutorRunner taskExecutor;
    private static Path secretFile;

    @BeforeAll
    static void startCluster() throws Exception {
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        secretFile = Files.writeString(directory.resolve("secret"), Base64.getEncoder().encodeToString(secret));
        jobManager = new JobManager("127.0.0.1", 0, secret, Map.of(JobManager.WEB_PORT, "-1"), directory.resolve("jm"));
        taskExecutor = new TaskExecutorRunner("te-1", "127.0.0.1", "LocalHost.example.com", "127.0.0.1",
                jobManager.port(), secret, MiniClusterConfiguration.defaults().withNumSlots(3)
                .withManagedMemory(3 * 16L * 1024 * 1024).withTempDirectories(List.of(directory.toString())),
                Map.of(), null);
        long deadline = System.currentTimeMillis() + 30_000;
        while (jobManager.registeredTaskExecutors() < 1) {
            assertTrue(System.currentTimeMillis() < deadline, "the TaskExecutor did not register");
            Thread.sleep(20);
        }
    }

    @AfterAll
    static void stopCluster() {
        if (taskExecutor != null) {
            taskExecutor.close();
        }
        if (jobManager != null) {
            jobManager.close();
        }
    }

    private static JobExecutionResult readSplits(ExecutionEnvironment env, int parallelism) throws Exception {
        env.setParallelism(parallelism);
        env.createInput(new HostedFormat(), Types.LONG).output(new DiscardingOutputFormat<>());
        JobExecutionResult result = env.execute("locality p=" + parallelism);
        assertEquals(HOSTS.length, result.<Long>getAccumulatorResult("splits"), "splits read");
        return result;
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 3})
    void embeddedRunsCountWhereSplitsWereRead(int parallelism) throws Exception {
        assertEquals(EXPECTED, readSplits(ExecutionEnvironment.createLocalEnvironment(), parallelism)
                .getInputSplitLocality());
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 3})
    void clusterRunsCountWhereSplitsWereRead(int parallelism) throws Exception {
        Configuration conf = new Configuration();
        conf.setString(ClusterExecutor.SECRET_FILE, secretFile.toString());
        ExecutionEnvironment env = ExecutionEnvironment.createRemoteEnvironment("127.0.0.1", jobManager.port(), conf);
        assertEquals(EXPECTED, readSplits(env, parallelism).getInputSplitLocality());
    }

    /** One record per split, its number; splits on the hosts of {@link #HOSTS}, assigned by locality. */
    static final class HostedFormat extends RichInputFormat<Long, LocatableInputSplit> {
        private static final long serialVersionUID = 1L;

        private transient LongCounter splits;
        private long number;
        private boolean done;

        @Override
        public void configure(Configuration parameters) {}

        @Override
        public BaseStatistics getStatistics(BaseStatistics cachedStatistics) {
            return cachedStatistics;
        }

        @Override
        public LocatableInputSplit[] createInputSplits(int minNumSplits) {
            LocatableInputSplit[] created = new LocatableInputSplit[HOSTS.length];
            for (int i = 0; i < created.length; i++) {
                created[i] = new LocatableInputSplit(i, HOSTS[i]);
            }
            return created;
        }

        @Override
        public InputSplitAssigner getInputSplitAssigner(LocatableInputSplit[] inputSplits) {
            return new LocatableInputSplitAssigner(inputSplits);
        }

        @Override
        public void openInputFormat() {
            splits = new LongCounter();
            getRuntimeContext().addAccumulator("splits", splits);
        }

        @Override
        public void open(LocatableInputSplit split) {
            number = split.getSplitNumber();
            done = false;
            splits.add(1L);
        }

        @Override
        public boolean reachedEnd() {
            return done;
        }

        @Override
        public Long nextRecord(Long reuse) {
            done = true;
            return number;
        }

        @Override
        public void close() {}
    }
}
