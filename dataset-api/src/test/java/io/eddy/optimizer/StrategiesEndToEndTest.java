package io.eddy.optimizer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.eddy.api.DataSet;
import io.eddy.api.ExecutionEnvironment;
import io.eddy.api.operators.base.JoinOperatorBase.JoinHint;
import io.eddy.api.tuple.Tuple2;
import io.eddy.api.tuple.Tuple3;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Runs joins under every strategy the optimizer can pick or a hint can force, and a self-join whose
 * probe side must be blocking, checking each against a plain-Java result.
 */
@org.junit.jupiter.api.Timeout(180)
class StrategiesEndToEndTest {

    private static List<Tuple2<Long, Long>> data(int n, int keys) {
        List<Tuple2<Long, Long>> list = new ArrayList<>();
        for (long i = 0; i < n; i++) {
            list.add(Tuple2.of(i % keys, i));
        }
        return list;
    }

    /** Sum of b.f1 per a.f0 over the equi-join of a and b on f0, computed directly. */
    private static TreeMap<Long, Long> expected(List<Tuple2<Long, Long>> a, List<Tuple2<Long, Long>> b) {
        TreeMap<Long, Long> sumB = new TreeMap<>();
        TreeMap<Long, Long> countA = new TreeMap<>();
        b.forEach(t -> sumB.merge(t.f0, t.f1, Long::sum));
        a.forEach(t -> countA.merge(t.f0, 1L, Long::sum));
        TreeMap<Long, Long> result = new TreeMap<>();
        countA.forEach((k, c) -> {
            if (sumB.containsKey(k)) {
                result.put(k, c * sumB.get(k));
            }
        });
        return result;
    }

    private static TreeMap<Long, Long> run(DataSet<Tuple2<Long, Long>> a, DataSet<Tuple2<Long, Long>> b, JoinHint hint)
            throws Exception {
        List<Tuple2<Long, Long>> out = a.join(b, hint).where(0).equalTo(0)
                .with((x, y) -> Tuple2.of(x.f0, y.f1)).returns(a.getType())
                .groupBy(0).sum(1).collect();
        TreeMap<Long, Long> result = new TreeMap<>();
        out.forEach(t -> result.put(t.f0, t.f1));
        return result;
    }

    @ParameterizedTest
    @CsvSource({"1, OPTIMIZER_CHOOSES", "3, OPTIMIZER_CHOOSES", "1, BROADCAST_HASH_FIRST", "3, BROADCAST_HASH_FIRST",
            "1, BROADCAST_HASH_SECOND", "3, BROADCAST_HASH_SECOND", "1, REPARTITION_HASH_FIRST",
            "3, REPARTITION_HASH_FIRST", "1, REPARTITION_HASH_SECOND", "3, REPARTITION_HASH_SECOND",
            "1, REPARTITION_SORT_MERGE", "3, REPARTITION_SORT_MERGE"})
    void everyJoinStrategyGivesTheSameResult(int parallelism, JoinHint hint) throws Exception {
        ExecutionEnvironment env = ExecutionEnvironment.createLocalEnvironment(parallelism);
        List<Tuple2<Long, Long>> a = data(5_000, 700);
        List<Tuple2<Long, Long>> b = data(300, 500);
        assertEquals(expected(a, b), run(env.fromCollection(a), env.fromCollection(b), hint));
    }

    @ParameterizedTest
    @CsvSource({"1", "3"})
    void selfJoinOfOneLargeSourceFinishes(int parallelism) throws Exception {
        ExecutionEnvironment env = ExecutionEnvironment.createLocalEnvironment(parallelism);
        DataSet<Tuple2<Long, Long>> numbers = env.generateSequence(0, 199_999).map(i -> Tuple2.of(i % 50_000, i))
                .returns(new io.eddy.api.typeinfo.TypeHint<Tuple2<Long, Long>>() {});
        List<Tuple2<Long, Long>> local = data(200_000, 50_000);
        assertEquals(expected(local, local), run(numbers, numbers, JoinHint.OPTIMIZER_CHOOSES));
    }

    @ParameterizedTest
    @CsvSource({"1", "3"})
    void reJoinedBranchFinishes(int parallelism) throws Exception {
        ExecutionEnvironment env = ExecutionEnvironment.createLocalEnvironment(parallelism);
        DataSet<Tuple2<Long, Long>> numbers = env.generateSequence(0, 99_999).map(i -> Tuple2.of(i % 1_000, i))
                .returns(new io.eddy.api.typeinfo.TypeHint<Tuple2<Long, Long>>() {});
        DataSet<Tuple2<Long, Long>> filtered = numbers.filter(t -> t.f1 % 2 == 0);
        List<Tuple3<Long, Long, Long>> out = numbers.join(filtered).where(0).equalTo(0)
                .with((x, y) -> Tuple3.of(x.f0, x.f1, y.f1))
                .returns(new io.eddy.api.typeinfo.TypeHint<Tuple3<Long, Long, Long>>() {}).collect();
        assertEquals(100_000L * 50, out.size());
    }

    @ParameterizedTest
    @CsvSource({"1", "3"})
    void reusedSortOrdersAndSortAggregationGiveTheSameResults(int parallelism) throws Exception {
        ExecutionEnvironment env = ExecutionEnvironment.createLocalEnvironment(parallelism);
        List<Tuple2<Long, Long>> a = data(20_000, 900);
        List<Tuple2<Long, Long>> b = data(3_000, 1_200);
        TreeMap<Long, Long> sumA = new TreeMap<>();
        a.forEach(t -> sumA.merge(t.f0, t.f1, Long::sum));
        TreeMap<Long, Long> sumB = new TreeMap<>();
        b.forEach(t -> sumB.merge(t.f0, t.f1, Long::sum));
        TreeMap<Long, Long> joined = new TreeMap<>();
        sumA.forEach((k, v) -> {
            if (sumB.containsKey(k)) {
                joined.put(k, v + sumB.get(k));
            }
        });
        // two group reduces merged without sorting, then a reduce that streams over their sorted output
        DataSet<Tuple2<Long, Long>> left = env.fromCollection(a).groupBy(0).reduceGroup(new OptimizerPlanTest.SumGroup());
        DataSet<Tuple2<Long, Long>> right = env.fromCollection(b).groupBy(0).reduceGroup(new OptimizerPlanTest.SumGroup());
        DataSet<Tuple2<Long, Long>> merged = left.join(right).where(0).equalTo(0)
                .with(new SumBoth());
        assertEquals(joined, toMap(merged.groupBy(0).reduce((x, y) -> Tuple2.of(x.f0, x.f1 + y.f1)).collect()));
        // sort-based combining and final reduce
        assertEquals(sumA, toMap(env.fromCollection(a).groupBy(0).reduce((x, y) -> Tuple2.of(x.f0, x.f1 + y.f1))
                .setCombineHint(io.eddy.api.operators.base.ReduceOperatorBase.CombineHint.SORT).collect()));
        // a reduce over a sorted partition streams
        assertEquals(sumA, toMap(env.fromCollection(a).partitionByHash(0).sortPartition(0, io.eddy.api.operators.Order.ASCENDING)
                .groupBy(0).reduce((x, y) -> Tuple2.of(x.f0, x.f1 + y.f1)).collect()));
    }

    /** Adds the second fields of both sides, keeping the first side's key (and so its order). */
    @io.eddy.api.functions.FunctionAnnotation.ForwardedFieldsFirst("f0")
    static final class SumBoth implements io.eddy.api.functions.JoinFunction<Tuple2<Long, Long>, Tuple2<Long, Long>,
            Tuple2<Long, Long>> {
        @Override
        public Tuple2<Long, Long> join(Tuple2<Long, Long> x, Tuple2<Long, Long> y) {
            return Tuple2.of(x.f0, x.f1 + y.f1);
        }
    }

    private static TreeMap<Long, Long> toMap(List<Tuple2<Long, Long>> records) {
        TreeMap<Long, Long> map = new TreeMap<>();
        records.forEach(t -> assertEquals(null, map.put(t.f0, t.f1), "one record per key"));
        return map;
    }
}
