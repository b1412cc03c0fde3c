package io.eddy.client;

import io.eddy.api.DataSet;
import io.eddy.api.ExecutionEnvironment;
import io.eddy.api.aggregation.Aggregations;
import io.eddy.api.functions.FlatJoinFunction;
import io.eddy.api.functions.JoinFunction;
import io.eddy.api.operators.DeltaIteration;
import io.eddy.api.tuple.Tuple2;
import io.eddy.api.typeinfo.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * Jobs the runtime tests run on several executors to compare their results: a shuffle with a
 * combiner and a join, and connected components as a delta iteration over a random graph or a path.
 */
public final class ClusterTestJobs {

    private ClusterTestJobs() {}

    /** {@code count} random undirected edges (each both ways) between {@code vertices} vertices. */
    public static List<Tuple2<Long, Long>> edges(long vertices, int count) {
        Random random = new Random(5);
        List<Tuple2<Long, Long>> edges = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            long a = random.nextInt((int) vertices);
            long b = random.nextInt((int) vertices);
            edges.add(Tuple2.of(a, b));
            edges.add(Tuple2.of(b, a));
        }
        return edges;
    }

    /** Sums of numbers grouped by their remainder, joined with the small numbers; collected. */
    public static Map<Long, Long> groupedAndJoined(ExecutionEnvironment env) throws Exception {
        DataSet<Tuple2<Long, Long>> numbers = env.generateSequence(1, 200_000).map(n -> Tuple2.of(n % 1000, n))
                .returns(Types.TUPLE(Types.LONG, Types.LONG));
        DataSet<Tuple2<Long, Long>> sums = numbers.groupBy(0).sum(1);
        DataSet<Tuple2<Long, Long>> joined = sums.join(numbers.filter(t -> t.f1 <= 1000)).where(0).equalTo(0)
                .with((JoinFunction<Tuple2<Long, Long>, Tuple2<Long, Long>, Tuple2<Long, Long>>) (s, n) -> Tuple2.of(s.f0, s.f1 + n.f1))
                .returns(Types.TUPLE(Types.LONG, Types.LONG));
        Map<Long, Long> result = new TreeMap<>();
        joined.collect().forEach(t -> result.merge(t.f0, t.f1, Long::sum));
        return result;
    }

    /** Keeps a candidate label that is smaller than the current one. */
    public static final class KeepSmaller
            implements FlatJoinFunction<Tuple2<Long, Long>, Tuple2<Long, Long>, Tuple2<Long, Long>> {
        @Override
        public void join(Tuple2<Long, Long> candidate, Tuple2<Long, Long> current,
                         io.eddy.api.functions.Collector<Tuple2<Long, Long>> out) throws Exception {
            if (candidate.f1 < current.f1) {
                out.collect(candidate);
            }
        }
    }

    /** Keeps smaller labels, taking {@code millis} once per superstep so a loop runs long enough to be watched or interrupted. */
    public static final class SlowKeepSmaller
            extends io.eddy.api.functions.RichFlatJoinFunction<Tuple2<Long, Long>, Tuple2<Long, Long>, Tuple2<Long, Long>> {
        private final long millis;
        private int lastSuperstep;

        public SlowKeepSmaller(long millis) {
            this.millis = millis;
        }

        @Override
        public void join(Tuple2<Long, Long> candidate, Tuple2<Long, Long> current,
                         io.eddy.api.functions.Collector<Tuple2<Long, Long>> out) throws Exception {
            int superstep = getIterationRuntimeContext().getSuperstepNumber();
            if (superstep != lastSuperstep) {
                lastSuperstep = superstep;
                Thread.sleep(millis);
            }
            if (candidate.f1 < current.f1) {
                out.collect(candidate);
            }
        }
    }

    /**
     * Connected components by label propagation: every vertex starts with {@code label(v)}, and
     * {@code keepSmaller} decides which candidate labels change the solution set.
     */
    public static DataSet<Tuple2<Long, Long>> components(ExecutionEnvironment env, long vertices,
                                                         List<Tuple2<Long, Long>> edges, boolean reversedLabels,
                                                         FlatJoinFunction<Tuple2<Long, Long>, Tuple2<Long, Long>, Tuple2<Long, Long>> keepSmaller) {
        DataSet<Tuple2<Long, Long>> start = env.generateSequence(0, vertices - 1)
                .map(v -> Tuple2.of(v, reversedLabels ? vertices - v : v))
                .returns(Types.TUPLE(Types.LONG, Types.LONG));
        DeltaIteration<Tuple2<Long, Long>, Tuple2<Long, Long>> loop = start.iterateDelta(start, 1000, 0);
        DataSet<Tuple2<Long, Long>> changes = loop.getWorkset().join(env.fromCollection(edges)).where(0).equalTo(0)
                .with((JoinFunction<Tuple2<Long, Long>, Tuple2<Long, Long>, Tuple2<Long, Long>>) (v, e) -> Tuple2.of(e.f1, v.f1))
                .returns(Types.TUPLE(Types.LONG, Types.LONG))
                .groupBy(0).aggregate(Aggregations.MIN, 1)
                .join(loop.getSolutionSet()).where(0).equalTo(0).with(keepSmaller)
                .returns(Types.TUPLE(Types.LONG, Types.LONG));
        return loop.closeWith(changes, changes);
    }

    /** Components of a random graph of {@code vertices} vertices, collected. */
    public static Map<Long, Long> randomComponents(ExecutionEnvironment env, long vertices) throws Exception {
        return asMap(components(env, vertices, edges(vertices, (int) (vertices * 5 / 6)), false, new KeepSmaller()).collect());
    }

    /**
     * Components of the path 0 - 1 - ... - (n-1), labelled so that the smallest label starts at the
     * far end: its labels need n - 1 supersteps to settle.
     */
    public static DataSet<Tuple2<Long, Long>> pathComponents(ExecutionEnvironment env, long n,
            FlatJoinFunction<Tuple2<Long, Long>, Tuple2<Long, Long>, Tuple2<Long, Long>> keepSmaller) {
        List<Tuple2<Long, Long>> edges = new ArrayList<>();
        for (long v = 0; v + 1 < n; v++) {
            edges.add(Tuple2.of(v, v + 1));
            edges.add(Tuple2.of(v + 1, v));
        }
        return components(env, n, edges, true, keepSmaller);
    }

    /**
     * The numbers in the files of the directory a text sink wrote, sorted; fails if a staging file
     * (a name starting with a dot) is left.
     */
    public static List<Long> writtenNumbers(java.nio.file.Path directory) throws java.io.IOException {
        List<Long> written = new ArrayList<>();
        try (var files = java.nio.file.Files.list(directory)) {
            for (java.nio.file.Path file : files.toList()) {
                if (file.getFileName().toString().startsWith(".")) {
                    throw new AssertionError("staging left behind: " + file);
                }
                java.nio.file.Files.readAllLines(file).forEach(line -> written.add(Long.parseLong(line)));
            }
        }
        written.sort(Long::compare);
        return written;
    }

    public static Map<Long, Long> asMap(List<Tuple2<Long, Long>> records) {
        Map<Long, Long> map = new TreeMap<>();
        records.forEach(t -> map.put(t.f0, t.f1));
        return map;
    }
}
