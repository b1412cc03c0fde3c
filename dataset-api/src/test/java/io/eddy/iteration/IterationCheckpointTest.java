package io.eddy.iteration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eddy.client.ClusterTestJobs;
import io.eddy.api.ExecutionEnvironment;
import io.eddy.api.JobExecutionResult;
import io.eddy.api.configuration.Configuration;
import io.eddy.api.functions.RichFlatJoinFunction;
import io.eddy.api.functions.RichMapFunction;
import io.eddy.api.io.DiscardingOutputFormat;
import io.eddy.api.operators.IterativeDataSet;
import io.eddy.api.tuple.Tuple2;
import io.eddy.api.functions.Collector;
import io.eddy.runtime.coordinator.JobCoordinator;
import io.eddy.runtime.coordinator.RestartStrategy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A loop checkpoints its state every few supersteps; a job restarted after a failure in the middle of
 * the loop continues it from the last checkpoint, not from superstep 1, with the result of a run
 * without failure.
 */
@Timeout(120)
class IterationCheckpointTest {

    /** The superstep in which the next run's loop function fails once; 0 for never. */
    static final AtomicInteger FAIL_IN_SUPERSTEP = new AtomicInteger();

    @TempDir
    Path checkpoints;

    private ExecutionEnvironment env(int parallelism) {
        return env(parallelism, checkpoints.toString());
    }

    private ExecutionEnvironment env(int parallelism, String checkpointDirectory) {
        Configuration conf = new Configuration();
        conf.setString(RestartStrategy.KEY, "fixed-delay");
        conf.setString(RestartStrategy.FIXED_DELAY_ATTEMPTS, "2");
        conf.setString(RestartStrategy.FIXED_DELAY_DELAY, "0 ms");
        conf.setString(JobCoordinator.CHECKPOINT_INTERVAL, "5");
        conf.setString(JobCoordinator.CHECKPOINT_DIR, checkpointDirectory);
        ExecutionEnvironment env = ExecutionEnvironment.createLocalEnvironment(conf);
        env.setParallelism(parallelism);
        return env;
    }

    /** Passes changed labels on; fails once in the superstep {@link #FAIL_IN_SUPERSTEP} names. */
    static final class KeepSmaller extends RichFlatJoinFunction<Tuple2<Long, Long>, Tuple2<Long, Long>, Tuple2<Long, Long>> {
        @Override
        public void join(Tuple2<Long, Long> candidate, Tuple2<Long, Long> current, Collector<Tuple2<Long, Long>> out) {
            int superstep = getIterationRuntimeContext().getSuperstepNumber();
            if (superstep == FAIL_IN_SUPERSTEP.get() && FAIL_IN_SUPERSTEP.compareAndSet(superstep, 0)) {
                throw new IllegalStateException("failing once in superstep " + superstep);
            }
            if (candidate.f1 < current.f1) {
                out.collect(candidate);
            }
        }
    }

    /** A plain directory is written through java.nio; a {@code file://} URI through Hadoop's file system, as HDFS would be. */
    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void aDeltaIterationResumesFromItsLastCheckpoint(boolean throughHadoop) throws Exception {
        String directory = throughHadoop ? checkpoints.toUri().toString() : checkpoints.toString();
        assertEquals(throughHadoop ? io.eddy.api.fs.HadoopCheckpointStorage.class
                        : io.eddy.runtime.iteration.CheckpointStorage.Local.class,
                io.eddy.runtime.iteration.CheckpointStorage.forPath(directory).getClass());
        FAIL_IN_SUPERSTEP.set(0);
        ExecutionEnvironment clean = env(2, directory);
        Map<Long, Long> expected = ClusterTestJobs.asMap(ClusterTestJobs.pathComponents(clean, 40, new KeepSmaller()).collect());
        assertEquals(40, expected.size());
        assertEquals(1L, expected.get(39L));

        FAIL_IN_SUPERSTEP.set(13);
        ExecutionEnvironment env = env(2, directory);
        Map<Long, Long> resumed = ClusterTestJobs.asMap(ClusterTestJobs.pathComponents(env, 40, new KeepSmaller()).collect());
        assertEquals(0, FAIL_IN_SUPERSTEP.get(), "the failure happened");
        assertEquals(expected, resumed);
        JobExecutionResult result = env.getLastJobExecutionResult();
        assertEquals(11, result.getSuperstepStatistics().get(0).superstep(),
                "the restarted loop continued after the checkpoint of superstep 10");
        try (var left = Files.list(checkpoints)) {
            assertFalse(left.findAny().isPresent(), "the job's checkpoints are deleted at its end");
        }
    }

    /** Adds one per superstep; fails once in the superstep {@link #FAIL_IN_SUPERSTEP} names. */
    static final class AddOne extends RichMapFunction<Long, Long> {
        @Override
        public Long map(Long value) {
            int superstep = getIterationRuntimeContext().getSuperstepNumber();
            if (superstep == FAIL_IN_SUPERSTEP.get() && FAIL_IN_SUPERSTEP.compareAndSet(superstep, 0)) {
                throw new IllegalStateException("failing once in superstep " + superstep);
            }
            return value + 1;
        }
    }

    @Test
    void aBulkIterationResumesFromItsLastCheckpoint() throws Exception {
        FAIL_IN_SUPERSTEP.set(17);
        ExecutionEnvironment env = env(3);
        IterativeDataSet<Long> loop = env.generateSequence(1, 1000).iterate(30);
        List<Long> result = new ArrayList<>(loop.closeWith(loop.map(new AddOne())).collect());
        assertEquals(0, FAIL_IN_SUPERSTEP.get(), "the failure happened");
        result.sort(Long::compare);
        List<Long> expected = new ArrayList<>();
        for (long n = 1; n <= 1000; n++) {
            expected.add(n + 30);
        }
        assertEquals(expected, result);
        assertEquals(16, env.getLastJobExecutionResult().getSuperstepStatistics().get(0).superstep());
    }

    @Test
    void withoutAFailureNothingIsLeftAndTheLoopRunsThrough() throws Exception {
        FAIL_IN_SUPERSTEP.set(0);
        ExecutionEnvironment env = env(2);
        ClusterTestJobs.pathComponents(env, 12, new KeepSmaller()).output(new DiscardingOutputFormat<>());
        JobExecutionResult result = env.execute("path");
        assertEquals(1, result.getSuperstepStatistics().get(0).superstep());
        assertTrue(result.getSuperstepStatistics().size() >= 11);
        try (var left = Files.list(checkpoints)) {
            assertFalse(left.findAny().isPresent());
        }
    }
}
