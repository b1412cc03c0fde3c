package io.eddy.yarn;

import io.eddy.api.DataSet;
import io.eddy.api.ExecutionEnvironment;
import io.eddy.api.aggregation.Aggregations;
import io.eddy.api.functions.FlatJoinFunction;
import io.eddy.api.functions.FlatMapFunction;
import io.eddy.api.functions.JoinFunction;
import io.eddy.api.operators.DeltaIteration;
import io.eddy.api.tuple.Tuple2;
import io.eddy.api.typeinfo.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/** The programs the session tests run both in a YARN session and on the embedded runtime. */
public final class YarnTestJobs {

    private YarnTestJobs() {}

    /** Splits lines into lower-case words. */
    public static final class Tokenizer implements FlatMapFunction<String, Tuple2<String, Integer>> {
        @Override
        public void flatMap(String line, io.eddy.api.functions.Collector<Tuple2<String, Integer>> out) {
            for (String word : line.toLowerCase().split("\\W+")) {
                if (!word.isEmpty()) {
                    out.collect(Tuple2.of(word, 1));
                }
            }
        }
    }

    /** Counts the words of the text files under {@code input}, writing {@code word,count} lines to {@code output}. */
    public static void wordCount(ExecutionEnvironment env, String input, String output) throws Exception {
        env.readTextFile(input).flatMap(new Tokenizer()).returns(Types.TUPLE(Types.STRING, Types.INT))
                .groupBy(0).sum(1)
                .map(t -> t.f0 + "," + t.f1).returns(Types.STRING)
                .writeAsText(output);
        env.execute("word count");
    }

    /** Keeps a candidate label that is smaller than the current one. */
    public static final class KeepSmaller
            implements FlatJoinFunction<Tuple2<Long, Long>, Tuple2<Long, Long>, Tuple2<Long, Long>> {
        @Override
        public void join(Tuple2<Long, Long> candidate, Tuple2<Long, Long> current,
                         io.eddy.api.functions.Collector<Tuple2<Long, Long>> out) {
            if (candidate.f1 < current.f1) {
                out.collect(candidate);
            }
        }
    }

    /** Connected components of a random graph by label propagation in a delta iteration, collected. */
    public static Map<Long, Long> components(ExecutionEnvironment env, int vertices) throws Exception {
        Random random = new Random(11);
        List<Tuple2<Long, Long>> edges = new ArrayList<>();
        for (int i = 0; i < vertices * 5 / 6; i++) {
            long a = random.nextInt(vertices);
            long b = random.nextInt(vertices);
            edges.add(Tuple2.of(a, b));
            edges.add(Tuple2.of(b, a));
        }
        DataSet<Tuple2<Long, Long>> start = env.generateSequence(0, vertices - 1).map(v -> Tuple2.of(v, v))
                .returns(Types.TUPLE(Types.LONG, Types.LONG));
        DeltaIteration<Tuple2<Long, Long>, Tuple2<Long, Long>> loop = start.iterateDelta(start, 1000, 0);
        DataSet<Tuple2<Long, Long>> changes = loop.getWorkset().join(env.fromCollection(edges)).where(0).equalTo(0)
                .with((JoinFunction<Tuple2<Long, Long>, Tuple2<Long, Long>, Tuple2<Long, Long>>) (v, e) -> Tuple2.of(e.f1, v.f1))
                .returns(Types.TUPLE(Types.LONG, Types.LONG))
                .groupBy(0).aggregate(Aggregations.MIN, 1)
                .join(loop.getSolutionSet()).where(0).equalTo(0).with(new KeepSmaller())
                .returns(Types.TUPLE(Types.LONG, Types.LONG));
        Map<Long, Long> result = new TreeMap<>();
        loop.closeWith(changes, changes).collect().forEach(t -> result.put(t.f0, t.f1));
        return result;
    }
}
