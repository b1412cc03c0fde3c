package io.eddy.iteration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eddy.api.DataSet;
import io.eddy.api.ExecutionEnvironment;
import io.eddy.api.JobExecutionResult;
import io.eddy.api.aggregation.Aggregations;
import io.eddy.api.configuration.Configuration;
import io.eddy.api.functions.RichFlatJoinFunction;
import io.eddy.api.functions.RichMapFunction;
import io.eddy.api.functions.JoinFunction;
import io.eddy.api.io.DiscardingOutputFormat;
import io.eddy.api.operators.DeltaIteration;
import io.eddy.api.operators.IterativeDataSet;
import io.eddy.api.tuple.Tuple2;
import io.eddy.api.typeinfo.Types;
import io.eddy.api.functions.Collector;
import io.eddy.runtime.coordinator.JobCoordinator;
import io.eddy.runtime.coordinator.RestartStrategy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
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
        Configuration conf = new Configuration();
        conf.setString(RestartStrategy.KEY, "fixed-delay");
        conf.setString(RestartStrategy.FIXED_DELAY_ATTEMPTS, "2");
        conf.setString(RestartStrategy.FIXED_DELAY_DELAY, "0 ms");
        conf.setString(JobCoordinator.CHECKPOINT_INTERVAL, "5");
        conf.setString(JobCoordinator.CHECKPOINT_DIR, checkpoints.toString());
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

    /** Connected components of a path 0 - 1 - ... - (n-1), whose labels need n-1 supersteps to settle. */
    private static DataSet<Tuple2<Long, Long>> pathComponents(ExecutionEnvironment env, long n) {
        List<Tuple2<Long, Long>> edges = new ArrayList<>();
        for (long v = 0; v + 1 < n; v++) {
            edges.add(Tuple2.of(v, v + 1));
            edges.add(Tuple2.of(v + 1, v));
        }
        DataSet<Tuple2<Long, Long>> vertices = env.generateSequence(0, n - 1).map(v -> Tuple2.of(v, n - v))
                .returns(Types.TUPLE(Types.LONG, Types.LONG));
        DeltaIteration<Tuple2<Long, Long>, Tuple2<Long, Long>> loop = vertices.iterateDelta(vertices, 1000, 0);
        DataSet<Tuple2<Long, Long>> changes = loop.getWorkset().join(env.fromCollection(edges)).where(0).equalTo(0)
                .with((JoinFunction<Tuple2<Long, Long>, Tuple2<Long, Long>, Tuple2<Long, Long>>) (v, e) -> Tuple2.of(e.f1, v.f1))
                .returns(Types.TUPLE(Types.LONG, Types.LONG))
                .groupBy(0).aggregate(Aggregations.MIN, 1)
                .join(loop.getSolutionSet()).where(0).equalTo(0).with(new KeepSmaller());
        return loop.closeWith(changes, changes);
    }

    private static Map<Long, Long> asMap(List<Tuple2<Long, Long>> records) {
        Map<Long, Long> map = new TreeMap<>();
        records.forEach(t -> map.put(t.f0, t.f1));
        return map;
    }

    @Test
    void aDeltaIterationResumesFromItsLastCheckpoint() throws Exception {
        FAIL_IN_SUPERSTEP.set(0);
        ExecutionEnvironment clean = env(2);
        Map<Long, Long> expected = asMap(pathComponents(clean, 40).collect());
        assertEquals(40, expected.size());
        assertEquals(1L, expected.get(39L));

        FAIL_IN_SUPERSTEP.set(13);
        ExecutionEnvironment env = env(2);
        Map<Long, Long> resumed = asMap(pathComponents(env, 40).collect());
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
        pathComponents(env, 12).output(new DiscardingOutputFormat<>());
        JobExecutionResult result = env.execute("path");
        assertEquals(1, result.getSuperstepStatistics().get(0).superstep());
        assertTrue(result.getSuperstepStatistics().size() >= 11);
        try (var left = Files.list(checkpoints)) {
            assertFalse(left.findAny().isPresent());
        }
    }
}
