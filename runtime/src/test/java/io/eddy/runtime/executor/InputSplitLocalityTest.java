package io.eddy.runtime.executor;

import static io.eddy.runtime.testutil.Jobs.op;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eddy.runtime.coordinator.RestartStrategy;
import io.eddy.runtime.io.InputSplitLocality;
import io.eddy.runtime.jobgraph.ShipStrategy;
import io.eddy.runtime.testutil.Collected;
import io.eddy.runtime.testutil.HostedSplits;
import io.eddy.runtime.testutil.Jobs;
import io.eddy.runtime.testutil.LongSerializer;
import io.eddy.runtime.testutil.TestOperators;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The job result counts where input splits were read. The mini cluster's TaskExecutor runs on
 * "localhost", so a split naming that host in any spelling is read locally, one naming only other
 * hosts remotely, and one naming none without location, at any parallelism.
 */
@Timeout(60)
class InputSplitLocalityTest {

    /** 4 splits on localhost, 3 elsewhere, 2 without hosts. */
    private static final String[][] HOSTS = {
        {"dn7", "LOCALHOST"},
        {"dn1", "dn2.example.com"},
        {},
        {"localhost.localdomain"},
        {"127.0.0.1"},
        {"LocalHost"},
        {""},
        {"localhost2"},
        {"localhost"},
    };
    private static final InputSplitLocality EXPECTED = new InputSplitLocality(4, 3, 2);

    /** Whether a {@link FailingOnceSink} failed already. */
    static final AtomicBoolean FAILED = new AtomicBoolean();

    private static MiniCluster cluster;

    @BeforeAll
    static void startCluster() {
        cluster = new MiniCluster(MiniClusterConfiguration.defaults().withNumSlots(3));
    }

    @AfterAll
    static void stopCluster() {
        cluster.close();
    }

    @AfterEach
    void clear() {
        Collected.clear();
        FAILED.set(false);
    }

    private static Jobs readSplits(String name, int parallelism) {
        Jobs job = Jobs.job(name);
        job.vertex("Source", parallelism, new HostedSplits(parallelism, HOSTS), List.of(),
                op("Split numbers", TestOperators.splitNumbers(), 0, LongSerializer.INSTANCE));
        return job;
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 3})
    void everySplitIsCountedOnceAsLocalRemoteOrUnlocated(int parallelism) throws Exception {
        Jobs job = readSplits("locality p=" + parallelism, parallelism);
        int sink = job.vertex("Sink", 1, op("Sink", TestOperators.collect("splits"), 1, null));
        job.edge(0, sink, ShipStrategy.REBALANCE, null, LongSerializer.INSTANCE);

        JobResult result = cluster.execute(job.build());

        assertEquals(EXPECTED, result.inputSplitLocality());
        List<Long> read = new ArrayList<>(Collected.<Long>of("splits", 0));
        Collections.sort(read);
        assertEquals(LongStream.range(0, HOSTS.length).boxed().toList(), read);
    }

    @Test
    void aFailedAttemptsSplitsAreNotCounted() throws Exception {
        Jobs job = readSplits("locality after a restart", 2)
                .parameter(RestartStrategy.KEY, "fixed-delay")
                .parameter(RestartStrategy.FIXED_DELAY_ATTEMPTS, "1")
                .parameter(RestartStrategy.FIXED_DELAY_DELAY, "0 ms");
        int sink = job.vertex("Sink", 1, op("Fails once", FailingOnceSink::new, 1, null));
        job.edge(0, sink, ShipStrategy.REBALANCE, null, LongSerializer.INSTANCE);

        JobResult result = cluster.execute(job.build());

        assertTrue(FAILED.get(), "the first attempt did not fail");
        assertEquals(EXPECTED, result.inputSplitLocality());
    }

    @Test
    void aJobWithoutSplitsCountsNone() throws Exception {
        Jobs job = Jobs.job("no splits");
        job.vertex("Source", 2, op("Sequence", TestOperators.sequence(10), 0, LongSerializer.INSTANCE));
        assertEquals(InputSplitLocality.NONE, cluster.execute(job.build()).inputSplitLocality());
    }

    /** Fails at the end of its input the first time, when every split of the attempt was handed out. */
    static final class FailingOnceSink extends TestOperators.BaseOperator<Void> {
        @Override
        public void processRecord(int input, Object record) {}

        @Override
        public void endInput(int input) {
            if (FAILED.compareAndSet(false, true)) {
                throw new IllegalStateException("first attempt fails on purpose");
            }
        }
    }
}
