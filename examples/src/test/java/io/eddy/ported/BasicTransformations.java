package io.eddy.ported;

import io.eddy.api.functions.FlatMapFunction;
import io.eddy.api.functions.MapFunction;
import io.eddy.api.functions.MapPartitionFunction;
import io.eddy.api.DataSet;
import io.eddy.api.ExecutionEnvironment;
import io.eddy.api.tuple.Tuple1;
import io.eddy.api.tuple.Tuple2;
import io.eddy.api.tuple.Tuple3;
import io.eddy.api.utils.ParameterTool;
import io.eddy.api.functions.Collector;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Element-wise transformations and the basic sources and client-side sinks: fromElements,
 * fromCollection, generateSequence, map, flatMap, filter, mapPartition, union, project, first,
 * collect, count and print.
 */
public class BasicTransformations {

    public static void main(String[] args) throws Exception {
        ParameterTool params = ParameterTool.fromArgs(args);
        ExecutionEnvironment env = ExecutionEnvironment.getExecutionEnvironment();
        env.getConfig().setGlobalJobParameters(params);
        List<String> result = new ArrayList<>();

        DataSet<String> sentences = env.fromElements("the quick brown fox", "jumps over", "the lazy dog");
        DataSet<Long> numbers = env.generateSequence(1, 100);
        DataSet<Tuple2<String, Integer>> pairs = env.fromCollection(Arrays.asList(
                new Tuple2<>("a", 1), new Tuple2<>("b", 2), new Tuple2<>("c", 3), new Tuple2<>("d", 4)));

        result.addAll(PortedPrograms.tag("map", numbers.filter(n -> n <= 5).map(n -> n * n).collect()));
        result.addAll(PortedPrograms.tag("flatMap", sentences.flatMap(new Splitter()).collect()));
        result.add(PortedPrograms.tag("filter.count", numbers.filter(n -> n % 7 == 0).count()));
        result.add(PortedPrograms.tag("count", numbers.count()));

        // mapPartition sees every element of its partition once; the partial sums add up to the total
        List<Long> partialSums = numbers.mapPartition(new PartitionSum()).collect();
        result.add(PortedPrograms.tag("mapPartition.sum", partialSums.stream().mapToLong(Long::longValue).sum()));

        DataSet<Tuple2<String, Integer>> more = env.fromElements(new Tuple2<>("e", 5), new Tuple2<>("a", 6));
        result.addAll(PortedPrograms.tag("union", pairs.union(more).collect()));

        DataSet<Tuple3<Integer, String, Boolean>> triples = pairs.map(new ToTriple());
        DataSet<Tuple2<Boolean, Integer>> projected = triples.project(2, 0);
        result.addAll(PortedPrograms.tag("project", projected.collect()));
        DataSet<Tuple1<String>> single = triples.project(1);
        result.addAll(PortedPrograms.tag("project.single", single.collect()));

        result.add(PortedPrograms.tag("first.count", numbers.first(7).count()));
        List<Long> firstOfAll = numbers.first(1000).collect();
        result.add(PortedPrograms.tag("first.all", firstOfAll.size()));

        pairs.filter(p -> p.f1 % 2 == 0).print();

        PortedPrograms.writeResult(params.getRequired("output"), result);
    }

    /** Splits sentences into words. */
    public static final class Splitter implements FlatMapFunction<String, String> {

        @Override
        public void flatMap(String sentence, Collector<String> out) {
            for (String word : sentence.split(" ")) {
                out.collect(word);
            }
        }
    }

    /** Emits one sum per partition. */
    public static final class PartitionSum implements MapPartitionFunction<Long, Long> {

        @Override
        public void mapPartition(Iterable<Long> values, Collector<Long> out) {
            long sum = 0;
            for (Long value : values) {
                sum += value;
            }
            out.collect(sum);
        }
    }

    /** {@code (s, i) -> (i, s, i is even)}. */
    public static final class ToTriple implements MapFunction<Tuple2<String, Integer>, Tuple3<Integer, String, Boolean>> {

        @Override
        public Tuple3<Integer, String, Boolean> map(Tuple2<String, Integer> pair) {
            return new Tuple3<>(pair.f1, pair.f0, pair.f1 % 2 == 0);
        }
    }
}
