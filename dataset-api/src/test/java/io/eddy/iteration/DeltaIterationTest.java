package io.eddy.iteration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eddy.api.DataSet;
import io.eddy.api.ExecutionEnvironment;
import io.eddy.api.JobExecutionResult;
import io.eddy.api.aggregation.Aggregations;
import io.eddy.api.configuration.Configuration;
import io.eddy.api.functions.CoGroupFunction;
import io.eddy.api.functions.Collector;
import io.eddy.api.functions.FlatJoinFunction;
import io.eddy.api.functions.JoinFunction;
import io.eddy.api.functions.RichFlatJoinFunction;
import io.eddy.api.functions.RichJoinFunction;
import io.eddy.api.io.DiscardingOutputFormat;
import io.eddy.api.operators.DeltaIteration;
import io.eddy.api.tuple.Tuple2;
import io.eddy.api.configuration.CoreOptions;
import io.eddy.api.configuration.TaskManagerOptions;
import io.eddy.api.typeinfo.Types;
import io.eddy.runtime.iteration.SolutionSet;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.BiFunction;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Delta iterations end to end: connected components equal union-find at every parallelism, a
 * shortest-path walk down a path of 2,000 vertices runs one superstep per vertex while touching
 * each vertex a constant number of times, the solution set can live on the heap, and coGroups
 * read it as joins do.
 */
@Timeout(180)
class DeltaIterationTest {

    /** Both directions of {@code count} random edges over {@code vertices} vertices. */
    static List<Tuple2<Long, Long>> randomEdges(long vertices, int count, long seed) {
        Random random = new Random(seed);
        List<Tuple2<Long, Long>> edges = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            long a = random.nextInt((int) vertices);
            long b = random.nextInt((int) vertices);
            edges.add(Tuple2.of(a, b));
            edges.add(Tuple2.of(b, a));
        }
        return edges;
    }

    static Map<Long, Long> unionFind(long vertices, List<Tuple2<Long, Long>> edges) {
        long[] parent = new long[(int) vertices];
        for (int i = 0; i < vertices; i++) {
            parent[i] = i;
        }
        for (Tuple2<Long, Long> e : edges) {
            long a = find(parent, e.f0);
            long b = find(parent, e.f1);
            if (a != b) {
                parent[(int) Math.max(a, b)] = Math.min(a, b);
            }
        }
        Map<Long, Long> components = new TreeMap<>();
        for (long v = 0; v < vertices; v++) {
            components.put(v, find(parent, v));
        }
        return components;
    }

    private static long find(long[] parent, long v) {
        while (parent[(int) v] != v) {
            v = parent[(int) v];
        }
        return v;
    }

    /** (vertex, component) joined with an edge gives (neighbor, component). */
    static final class SendComponent implements JoinFunction<Tuple2<Long, Long>, Tuple2<Long, Long>, Tuple2<Long, Long>> {
        @Override
        public Tuple2<Long, Long> join(Tuple2<Long, Long> vertex, Tuple2<Long, Long> edge) {
            return Tuple2.of(edge.f1, vertex.f1);
        }
    }

    /** Keeps a candidate only if it is smaller than the vertex's current component. */
    static final class SmallerComponent
            implements FlatJoinFunction<Tuple2<Long, Long>, Tuple2<Long, Long>, Tuple2<Long, Long>> {
        @Override
        public void join(Tuple2<Long, Long> candidate, Tuple2<Long, Long> current, Collector<Tuple2<Long, Long>> out) {
            if (candidate.f1 < current.f1) {
                out.collect(candidate);
            }
        }
    }

    private static Map<Long, Long> connectedComponents(ExecutionEnvironment env, long vertices,
            List<Tuple2<Long, Long>> edgeList, boolean unmanaged) throws Exception {
        List<Tuple2<Long, Long>> initial = new ArrayList<>();
        for (long v = 0; v < vertices; v++) {
            initial.add(Tuple2.of(v, v));
        }
        DataSet<Tuple2<Long, Long>> start = env.fromCollection(initial);
        DataSet<Tuple2<Long, Long>> edges = env.fromCollection(edgeList);
        DeltaIteration<Tuple2<Long, Long>, Tuple2<Long, Long>> iteration = start.iterateDelta(start, 1000, 0);
        iteration.setSolutionSetUnManaged(unmanaged);
        DataSet<Tuple2<Long, Long>> changes = iteration.getWorkset().join(edges).where(0).equalTo(0)
                .with(new SendComponent())
                .groupBy(0).aggregate(Aggregations.MIN, 1)
                .join(iteration.getSolutionSet()).where(0).equalTo(0)
                .with(new SmallerComponent());
        Map<Long, Long> result = new TreeMap<>();
        iteration.closeWith(changes, changes).collect().forEach(t -> result.put(t.f0, t.f1));
        return result;
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 4})
    void connectedComponentsEqualUnionFind(int parallelism) throws Exception {
        List<Tuple2<Long, Long>> edges = randomEdges(3000, 2000, 11);
        ExecutionEnvironment env = ExecutionEnvironment.createLocalEnvironment(parallelism);
        assertEquals(unionFind(3000, edges), connectedComponents(env, 3000, edges, false));
    }

    @Test
    void theSolutionSetCanLiveOnTheHeap() throws Exception {
        List<Tuple2<Long, Long>> edges = randomEdges(1000, 800, 12);
        ExecutionEnvironment env = ExecutionEnvironment.createLocalEnvironment(2);
        assertEquals(unionFind(1000, edges), connectedComponents(env, 1000, edges, true));
    }

    /** Counts every workset record that reaches the edges, in accumulator "joined". */
    static final class CountingStep extends RichJoinFunction<Tuple2<Long, Long>, Tuple2<Long, Long>, Tuple2<Long, Long>> {
        @Override
        public void open(Configuration parameters) {
            getRuntimeContext().getLongCounter("joined");
        }

        @Override
        public Tuple2<Long, Long> join(Tuple2<Long, Long> vertex, Tuple2<Long, Long> edge) {
            getRuntimeContext().getLongCounter("joined").add(1L);
            return Tuple2.of(edge.f1, vertex.f1 + 1);
        }
    }

    @Test
    void aWalkDownAPathRunsOneSuperstepPerVertexAndTouchesEachVertexOnce() throws Exception {
        int n = 2000;
        List<Tuple2<Long, Long>> edges = new ArrayList<>();
        List<Tuple2<Long, Long>> unreached = new ArrayList<>();
        for (long v = 0; v < n; v++) {
            unreached.add(Tuple2.of(v, Long.MAX_VALUE));
            if (v + 1 < n) {
                edges.add(Tuple2.of(v, v + 1));
                edges.add(Tuple2.of(v + 1, v));
            }
        }
        ExecutionEnvironment env = ExecutionEnvironment.createLocalEnvironment(2);
        DataSet<Tuple2<Long, Long>> distances = env.fromCollection(unreached);
        DeltaIteration<Tuple2<Long, Long>, Tuple2<Long, Long>> iteration =
                distances.iterateDelta(env.fromElements(Tuple2.of(0L, 0L)), 10 * n, 0);
        DataSet<Tuple2<Long, Long>> improved = iteration.getWorkset()
                .join(iteration.getSolutionSet()).where(0).equalTo(0)
                .with(new SmallerComponent());
        DataSet<Tuple2<Long, Long>> next = improved.join(env.fromCollection(edges)).where(0).equalTo(0)
                .with(new CountingStep());
        iteration.closeWith(improved, next).output(new DiscardingOutputFormat<>());
        JobExecutionResult result = env.execute("path walk");
        long joined = result.<Long>getAccumulatorResult("joined");
        // each vertex improves once and sends along its at most two edges
        assertTrue(joined <= 2L * n, "records joined with the edges: " + joined);
        assertTrue(joined >= n, "every vertex was reached: " + joined);
        // one superstep per step down the path, and one more that finds nothing to improve
        assertEquals(n + 1, result.getSuperstepStatistics().size());
    }

    /** Keeps the smallest candidate per vertex if it improves the solution set's entry. */
    static final class MinIfSmaller implements CoGroupFunction<Tuple2<Long, Long>, Tuple2<Long, Long>, Tuple2<Long, Long>> {
        @Override
        public void coGroup(Iterable<Tuple2<Long, Long>> candidates, Iterable<Tuple2<Long, Long>> current,
                            Collector<Tuple2<Long, Long>> out) {
            Tuple2<Long, Long> best = null;
            for (Tuple2<Long, Long> c : candidates) {
                if (best == null || c.f1 < best.f1) {
                    best = Tuple2.of(c.f0, c.f1);
                }
            }
            for (Tuple2<Long, Long> entry : current) {
                if (best != null && best.f1 < entry.f1) {
                    out.collect(best);
                }
            }
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 3})
    void aCoGroupWithTheSolutionSetSeesEachKeysEntry(int parallelism) throws Exception {
        List<Tuple2<Long, Long>> edges = randomEdges(500, 400, 13);
        List<Tuple2<Long, Long>> initial = new ArrayList<>();
        for (long v = 0; v < 500; v++) {
            initial.add(Tuple2.of(v, v));
        }
        ExecutionEnvironment env = ExecutionEnvironment.createLocalEnvironment(parallelism);
        DataSet<Tuple2<Long, Long>> start = env.fromCollection(initial);
        DeltaIteration<Tuple2<Long, Long>, Tuple2<Long, Long>> iteration = start.iterateDelta(start, 500, 0);
        DataSet<Tuple2<Long, Long>> changes = iteration.getWorkset().join(env.fromCollection(edges)).where(0).equalTo(0)
                .with(new SendComponent())
                .coGroup(iteration.getSolutionSet()).where(0).equalTo(0)
                .with(new MinIfSmaller());
        Map<Long, Long> result = new HashMap<>();
        iteration.closeWith(changes, changes).collect().forEach(t -> result.put(t.f0, t.f1));
        assertEquals(unionFind(500, edges), new TreeMap<>(result));
    }

    @TempDir
    Path spillDir;

    /**
     * A local environment whose solution set share is far smaller than 50,000 vertices (about 32
     * bytes each in the index): 4 kb pages and 256 kb of managed memory per slot, split among the
     * loop's operators.
     */
    private ExecutionEnvironment smallMemory(int parallelism) {
        Configuration conf = new Configuration();
        conf.setString(TaskManagerOptions.MANAGED_MEMORY_SIZE.key(), (256 * parallelism) + "kb");
        conf.setString(TaskManagerOptions.MEMORY_SEGMENT_SIZE.key(), "4kb");
        conf.set(CoreOptions.TMP_DIRS, spillDir.toString());
        ExecutionEnvironment env = ExecutionEnvironment.createLocalEnvironment(conf);
        env.setParallelism(parallelism);
        return env;
    }

    private void assertSpilledAtLeastEightfoldAndCleanedUp(JobExecutionResult result, int parallelism) throws Exception {
        // a set at least eight times its share keeps at most an eighth of its partitions in memory
        long onDisk = result.getSuperstepStatistics().get(0).solutionSetPartitionsOnDisk();
        assertTrue(onDisk >= (long) SolutionSet.PARTITIONS * 7 / 8 * parallelism,
                "solution set partitions on disk after superstep 1: " + onDisk);
        try (Stream<Path> files = Files.walk(spillDir)) {
            List<Path> left = files.filter(Files::isRegularFile).toList();
            assertTrue(left.isEmpty(), "spill files left: " + left);
        }
    }

    /** Connected components of {@code vertices} over {@code edges} with the given improvement step, as a data set. */
    private static DataSet<Tuple2<Long, Long>> components(ExecutionEnvironment env, long vertices, List<Tuple2<Long, Long>> edges,
            BiFunction<DeltaIteration<Tuple2<Long, Long>, Tuple2<Long, Long>>, DataSet<Tuple2<Long, Long>>,
                    DataSet<Tuple2<Long, Long>>> improve) {
        DataSet<Tuple2<Long, Long>> start = env.generateSequence(0, vertices - 1).map(v -> Tuple2.of(v, v))
                .returns(Types.TUPLE(Types.LONG, Types.LONG));
        DeltaIteration<Tuple2<Long, Long>, Tuple2<Long, Long>> iteration = start.iterateDelta(start, 1000, 0);
        DataSet<Tuple2<Long, Long>> candidates = iteration.getWorkset().join(env.fromCollection(edges)).where(0).equalTo(0)
                .with(new SendComponent());
        DataSet<Tuple2<Long, Long>> changes = improve.apply(iteration, candidates);
        return iteration.closeWith(changes, changes);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2})
    void aSolutionSetEightTimesItsMemoryShareSpillsAndTheJoinFinishes(int parallelism) throws Exception {
        long vertices = 50_000;
        List<Tuple2<Long, Long>> edges = randomEdges(vertices, 30_000, 17);
        ExecutionEnvironment env = smallMemory(parallelism);
        Map<Long, Long> result = new TreeMap<>();
        components(env, vertices, edges, (iteration, candidates) -> candidates
                        .groupBy(0).aggregate(Aggregations.MIN, 1)
                        .join(iteration.getSolutionSet()).where(0).equalTo(0)
                        .with(new SmallerComponent()))
                .collect().forEach(t -> result.put(t.f0, t.f1));
        JobExecutionResult run = env.getLastJobExecutionResult();
        assertEquals(unionFind(vertices, edges), result);
        assertSpilledAtLeastEightfoldAndCleanedUp(run, parallelism);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2})
    void aSolutionSetEightTimesItsMemoryShareSpillsAndTheCoGroupFinishes(int parallelism) throws Exception {
        long vertices = 50_000;
        List<Tuple2<Long, Long>> edges = randomEdges(vertices, 30_000, 19);
        ExecutionEnvironment env = smallMemory(parallelism);
        Map<Long, Long> result = new TreeMap<>();
        components(env, vertices, edges, (iteration, candidates) -> candidates
                        .coGroup(iteration.getSolutionSet()).where(0).equalTo(0)
                        .with(new MinIfSmaller()))
                .collect().forEach(t -> result.put(t.f0, t.f1));
        JobExecutionResult run = env.getLastJobExecutionResult();
        assertEquals(unionFind(vertices, edges), result);
        assertSpilledAtLeastEightfoldAndCleanedUp(run, parallelism);
    }

    /** SmallerComponent that fails in superstep 3, when the solution set is on disk. */
    static final class FailingInSuperstepThree
            extends RichFlatJoinFunction<Tuple2<Long, Long>, Tuple2<Long, Long>, Tuple2<Long, Long>> {
        @Override
        public void join(Tuple2<Long, Long> candidate, Tuple2<Long, Long> current, Collector<Tuple2<Long, Long>> out) {
            if (getIterationRuntimeContext().getSuperstepNumber() == 3) {
                throw new ArithmeticException("failing in superstep 3");
            }
            if (candidate.f1 < current.f1) {
                out.collect(candidate);
            }
        }
    }

    @Test
    void aFailureWhileTheSolutionSetIsOnDiskLeavesNoFile() throws Exception {
        long vertices = 50_000;
        List<Tuple2<Long, Long>> edges = randomEdges(vertices, 30_000, 23);
        ExecutionEnvironment env = smallMemory(2);
        DataSet<Tuple2<Long, Long>> failing = components(env, vertices, edges, (iteration, candidates) -> candidates
                        .groupBy(0).aggregate(Aggregations.MIN, 1)
                        .join(iteration.getSolutionSet()).where(0).equalTo(0)
                        .with(new FailingInSuperstepThree()));
        Exception e = org.junit.jupiter.api.Assertions.assertThrows(Exception.class,
                failing::collect);
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        assertTrue(root instanceof ArithmeticException, String.valueOf(e));
        try (Stream<Path> files = Files.walk(spillDir)) {
            List<Path> left = files.filter(Files::isRegularFile).toList();
            assertTrue(left.isEmpty(), "spill files left: " + left);
        }
    }
}
