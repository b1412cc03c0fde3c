package io.eddy.optimizer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eddy.api.DataSet;
import io.eddy.api.ExecutionEnvironment;
import io.eddy.api.functions.FunctionAnnotation.ForwardedFields;
import io.eddy.api.functions.CoGroupFunction;
import io.eddy.api.functions.Collector;
import io.eddy.api.functions.GroupReduceFunction;
import io.eddy.api.functions.JoinFunction;
import io.eddy.api.functions.MapFunction;
import io.eddy.api.operators.IterativeDataSet;
import io.eddy.api.operators.Order;
import io.eddy.api.operators.base.ReduceOperatorBase.CombineHint;
import io.eddy.api.io.DiscardingOutputFormat;
import io.eddy.api.operators.base.JoinOperatorBase.JoinHint;
import io.eddy.api.tuple.Tuple2;
import io.eddy.api.typeinfo.Types;
import io.eddy.exec.DriverStrategy;
import io.eddy.runtime.jobgraph.ShipStrategy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The physical plans the optimizer chooses, asserted without running the programs. */
class OptimizerPlanTest extends PlanTestBase {

    @TempDir
    Path dir;

    private DataSet<Tuple2<Long, Long>> pairs(ExecutionEnvironment env, int n) {
        List<Tuple2<Long, Long>> list = new ArrayList<>();
        for (long i = 0; i < n; i++) {
            list.add(Tuple2.of(i, i * 2));
        }
        return env.fromCollection(list);
    }

    private DataSet<Tuple2<Long, Long>> bigFile(ExecutionEnvironment env) throws Exception {
        Path file = dir.resolve("big.csv");
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 200_000; i++) {
            sb.append(i % 1000).append(',').append(i).append('\n');
        }
        Files.writeString(file, sb);
        return env.readCsvFile(file.toString()).types(Long.class, Long.class);
    }

    @Test
    void smallCollectionJoinedWithLargeFileIsBroadcast() throws Exception {
        ExecutionEnvironment env = env();
        DataSet<Tuple2<Long, Long>> large = bigFile(env);
        large.join(pairs(env, 5)).where(0).equalTo(0).output(new DiscardingOutputFormat<>());
        PhysicalPlan plan = optimize(env);
        PlanNode join = nodes(plan, "Join").get(0);
        assertEquals(ShipStrategy.FORWARD, join.input(0).shipStrategy());
        assertEquals(ShipStrategy.BROADCAST, join.input(1).shipStrategy());
        assertEquals(DriverStrategy.HYBRID_HASH_BUILD_SECOND, join.driver());
        assertEquals(0, exchanges(plan, ShipStrategy.HASH));
        // the other way round too: the small side is broadcast and built wherever it is
        env = env();
        pairs(env, 5).join(bigFile(env)).where(0).equalTo(0).output(new DiscardingOutputFormat<>());
        join = nodes(optimize(env), "Join").get(0);
        assertEquals(ShipStrategy.BROADCAST, join.input(0).shipStrategy());
        assertEquals(DriverStrategy.HYBRID_HASH_BUILD_FIRST, join.driver());
    }

    @Test
    void joinAfterPartitionByHashOnTheKeyDoesNotReshuffleThatSide() throws Exception {
        ExecutionEnvironment env = env();
        DataSet<Tuple2<Long, Long>> a = bigFile(env).partitionByHash(0);
        a.join(bigFile(env)).where(0).equalTo(0).output(new DiscardingOutputFormat<>());
        PhysicalPlan plan = optimize(env);
        PlanNode join = nodes(plan, "Join").get(0);
        assertEquals(ShipStrategy.FORWARD, join.input(0).shipStrategy());
        assertEquals(ShipStrategy.HASH, join.input(1).shipStrategy());
        assertEquals(2, exchanges(plan, ShipStrategy.HASH), "one for partitionByHash, one for the other side");
    }

    @Test
    void groupBySumHasACombinerAndOneHashShuffle() {
        ExecutionEnvironment env = env();
        pairs(env, 100).groupBy(0).sum(1).output(new DiscardingOutputFormat<>());
        PhysicalPlan plan = optimize(env);
        PlanNode combine = nodes(plan, "Combine").get(0);
        assertEquals(DriverStrategy.HASH_COMBINE, combine.driver());
        PlanNode sum = nodes(plan, "Aggregate").get(0);
        assertEquals(DriverStrategy.HASH_REDUCE, sum.driver());
        assertEquals(ShipStrategy.HASH, sum.input(0).shipStrategy());
        assertTrue(sum.input(0).source() == combine);
        assertEquals(1, exchanges(plan, ShipStrategy.HASH));
    }

    @Test
    void groupByThenJoinOnTheSameKeyShufflesOnce() throws Exception {
        ExecutionEnvironment env = env();
        DataSet<Tuple2<Long, Long>> sums = bigFile(env).groupBy(0).sum(1);
        DataSet<Tuple2<Long, Long>> other = bigFile(env).groupBy(0).sum(1);
        sums.join(other).where(0).equalTo(0).output(new DiscardingOutputFormat<>());
        PhysicalPlan plan = optimize(env);
        PlanNode join = nodes(plan, "Join").get(0);
        assertEquals(ShipStrategy.FORWARD, join.input(0).shipStrategy());
        assertEquals(ShipStrategy.FORWARD, join.input(1).shipStrategy());
        assertEquals(2, exchanges(plan, ShipStrategy.HASH), "one shuffle per aggregation, none for the join");
    }

    @Test
    void selfJoinOfOneSourceGetsExactlyOneBlockingExchange() throws Exception {
        ExecutionEnvironment env = env();
        DataSet<Tuple2<Long, Long>> data = bigFile(env);
        data.join(data).where(0).equalTo(1).output(new DiscardingOutputFormat<>());
        PhysicalPlan plan = optimize(env);
        assertEquals(1, blockingExchanges(plan));
        PlanNode join = nodes(plan, "Join").get(0);
        int build = join.driver().firstInput();
        assertTrue(join.input(1 - build).blocking(), "the input read after the build side is blocking");
        assertEquals(1, nodes(plan, "Data Source").size(), "the source is computed once");
    }

    @Test
    void independentInputsNeedNoBlockingExchange() throws Exception {
        ExecutionEnvironment env = env();
        bigFile(env).join(bigFile(env)).where(0).equalTo(0).output(new DiscardingOutputFormat<>());
        assertEquals(0, blockingExchanges(optimize(env)));
    }

    @Test
    void aBranchThroughAnAggregationBlocksOnlyWhenTheDirectBranchIsReadLater() throws Exception {
        // building from the direct branch: the aggregation, read later, absorbs the source's output
        assertEquals(0, blockingExchanges(optimize(branchRejoined(JoinHint.REPARTITION_HASH_FIRST))));
        // building from the aggregation: the direct branch waits, so its exchange must block
        PhysicalPlan plan = optimize(branchRejoined(JoinHint.REPARTITION_HASH_SECOND));
        assertEquals(1, blockingExchanges(plan));
        assertTrue(nodes(plan, "Join").get(0).input(0).blocking());
    }

    private ExecutionEnvironment branchRejoined(JoinHint hint) throws Exception {
        ExecutionEnvironment env = env();
        DataSet<Tuple2<Long, Long>> data = bigFile(env);
        data.join(data.groupBy(0).sum(1), hint).where(0).equalTo(0)
                .with((a, b) -> a).returns(data.getType()).output(new DiscardingOutputFormat<>());
        return env;
    }

    @ForwardedFields("f0")
    static final class KeepKey implements MapFunction<Tuple2<Long, Long>, Tuple2<Long, Long>> {
        @Override
        public Tuple2<Long, Long> map(Tuple2<Long, Long> value) {
            return Tuple2.of(value.f0, value.f1 + 1);
        }
    }

    static final class ChangeAll implements MapFunction<Tuple2<Long, Long>, Tuple2<Long, Long>> {
        @Override
        public Tuple2<Long, Long> map(Tuple2<Long, Long> value) {
            return Tuple2.of(value.f1, value.f0);
        }
    }

    @Test
    void forwardedFieldsKeepAPartitioningThroughAMap() throws Exception {
        ExecutionEnvironment env = env();
        bigFile(env).groupBy(0).sum(1).map(new KeepKey()).groupBy(0).sum(1).output(new DiscardingOutputFormat<>());
        PhysicalPlan plan = optimize(env);
        assertEquals(1, exchanges(plan, ShipStrategy.HASH));

        env = env();
        bigFile(env).groupBy(0).sum(1).map(new ChangeAll()).withForwardedFields("f1->f0")
                .groupBy(0).sum(1).output(new DiscardingOutputFormat<>());
        assertEquals(2, exchanges(optimize(env), ShipStrategy.HASH), "f1->f0 does not keep a partitioning on f0");

        env = env();
        bigFile(env).groupBy(0).sum(1).map(new ChangeAll()).groupBy(0).sum(1).output(new DiscardingOutputFormat<>());
        assertEquals(2, exchanges(optimize(env), ShipStrategy.HASH), "undeclared functions forward nothing");
    }

    /** Sums each group's second fields, keeping the key: the output stays partitioned and sorted on f0. */
    @ForwardedFields("f0")
    static final class SumGroup implements GroupReduceFunction<Tuple2<Long, Long>, Tuple2<Long, Long>> {
        @Override
        public void reduce(Iterable<Tuple2<Long, Long>> values, Collector<Tuple2<Long, Long>> out) {
            Long key = null;
            long sum = 0;
            for (Tuple2<Long, Long> v : values) {
                key = v.f0;
                sum += v.f1;
            }
            out.collect(Tuple2.of(key, sum));
        }
    }

    @Test
    void aGroupReduceOnTheKeyOfAPreviousOneNeitherShufflesNorSorts() throws Exception {
        ExecutionEnvironment env = env();
        bigFile(env).groupBy(0).reduceGroup(new SumGroup()).groupBy(0).reduceGroup(new SumGroup())
                .output(new DiscardingOutputFormat<>());
        PhysicalPlan plan = optimize(env);
        List<PlanNode> reduces = nodes(plan, "GroupReduce");
        assertEquals(LocalStrategy.SORT, reduces.get(0).input(0).localStrategy());
        assertEquals(ShipStrategy.FORWARD, reduces.get(1).input(0).shipStrategy());
        assertEquals(LocalStrategy.NONE, reduces.get(1).input(0).localStrategy(), "sorted by the first group reduce");
        assertEquals(1, exchanges(plan, ShipStrategy.HASH));
        // a function that forwards nothing loses the order and the partitioning
        env = env();
        bigFile(env).groupBy(0).reduceGroup(new SumGroup()).map(new ChangeAll()).groupBy(0).reduceGroup(new SumGroup())
                .output(new DiscardingOutputFormat<>());
        plan = optimize(env);
        assertEquals(LocalStrategy.SORT, nodes(plan, "GroupReduce").get(1).input(0).localStrategy());
        assertEquals(2, exchanges(plan, ShipStrategy.HASH));
    }

    @Test
    void aReduceOfDataSortedOnItsKeyStreamsInsteadOfHashing() throws Exception {
        ExecutionEnvironment env = env();
        bigFile(env).partitionByHash(0).sortPartition(0, Order.ASCENDING).groupBy(0).reduce((a, b) -> Tuple2.of(a.f0, a.f1 + b.f1))
                .output(new DiscardingOutputFormat<>());
        PlanNode reduce = nodes(optimize(env), "Reduce").get(0);
        assertEquals(DriverStrategy.SORTED_REDUCE, reduce.driver());
        assertEquals(LocalStrategy.NONE, reduce.input(0).localStrategy());
        // sorted the other way: the key comparator's order does not hold, so it hashes
        env = env();
        bigFile(env).partitionByHash(0).sortPartition(0, Order.DESCENDING).groupBy(0).reduce((a, b) -> Tuple2.of(a.f0, a.f1 + b.f1))
                .output(new DiscardingOutputFormat<>());
        assertEquals(DriverStrategy.HASH_REDUCE, nodes(optimize(env), "Reduce").get(0).driver());
        // and a second sort on an order that holds already is not done
        env = env();
        bigFile(env).sortPartition(0, Order.ASCENDING).map(new KeepKey()).sortPartition(0, Order.ASCENDING)
                .output(new DiscardingOutputFormat<>());
        List<PlanNode> sorts = nodes(optimize(env), "Sort-Partition");
        assertEquals(LocalStrategy.SORT, sorts.get(0).input(0).localStrategy());
        assertEquals(LocalStrategy.NONE, sorts.get(1).input(0).localStrategy());
    }

    @Test
    void combineHintsChooseHashOrSortAggregation() {
        ExecutionEnvironment env = env();
        pairs(env, 100).groupBy(0).reduce((a, b) -> Tuple2.of(a.f0, a.f1 + b.f1)).setCombineHint(CombineHint.SORT)
                .output(new DiscardingOutputFormat<>());
        PhysicalPlan plan = optimize(env);
        assertEquals(DriverStrategy.SORTED_PARTIAL_REDUCE, nodes(plan, "Combine").get(0).driver());
        assertEquals(LocalStrategy.COMBINING_SORT, nodes(plan, "Combine").get(0).input(0).localStrategy());
        PlanNode reduce = nodes(plan, "Reduce").get(0);
        assertEquals(DriverStrategy.SORTED_REDUCE, reduce.driver());
        assertEquals(LocalStrategy.SORT, reduce.input(0).localStrategy());
        env = env();
        pairs(env, 100).groupBy(0).reduce((a, b) -> Tuple2.of(a.f0, a.f1 + b.f1)).setCombineHint(CombineHint.HASH)
                .output(new DiscardingOutputFormat<>());
        plan = optimize(env);
        assertEquals(DriverStrategy.HASH_COMBINE, nodes(plan, "Combine").get(0).driver());
        assertEquals(DriverStrategy.HASH_REDUCE, nodes(plan, "Reduce").get(0).driver());
    }

    @Test
    void aJoinOfTwoInputsSortedOnTheirKeysMergesWithoutSorting() throws Exception {
        ExecutionEnvironment env = env();
        DataSet<Tuple2<Long, Long>> a = bigFile(env).groupBy(0).reduceGroup(new SumGroup());
        DataSet<Tuple2<Long, Long>> b = bigFile(env).groupBy(0).reduceGroup(new SumGroup());
        a.join(b).where(0).equalTo(0).output(new DiscardingOutputFormat<>());
        PhysicalPlan plan = optimize(env);
        PlanNode join = nodes(plan, "Join").get(0);
        assertEquals(DriverStrategy.INNER_MERGE, join.driver());
        for (int i = 0; i < 2; i++) {
            assertEquals(ShipStrategy.FORWARD, join.input(i).shipStrategy());
            assertEquals(LocalStrategy.NONE, join.input(i).localStrategy());
        }
        // the hint asks for a merge: only the side that is not sorted yet is sorted
        env = env();
        a = bigFile(env).groupBy(0).reduceGroup(new SumGroup());
        a.join(bigFile(env).partitionByHash(0), JoinHint.REPARTITION_SORT_MERGE).where(0).equalTo(0)
                .output(new DiscardingOutputFormat<>());
        join = nodes(optimize(env), "Join").get(0);
        assertEquals(LocalStrategy.NONE, join.input(0).localStrategy());
        assertEquals(LocalStrategy.SORT, join.input(1).localStrategy());
    }

    @Test
    void hintsForceTheirStrategies() throws Exception {
        ExecutionEnvironment env = env();
        DataSet<Tuple2<Long, Long>> small = pairs(env, 5);
        bigFile(env).join(small, JoinHint.REPARTITION_SORT_MERGE)
                .where(0).equalTo(0).output(new DiscardingOutputFormat<>());
        PlanNode join = nodes(optimize(env), "Join").get(0);
        assertEquals(DriverStrategy.INNER_MERGE, join.driver());
        assertEquals(LocalStrategy.SORT, join.input(0).localStrategy());
        assertEquals("Sort on [0:ASC]", join.input(0).describeLocalStrategy());

        env = env();
        pairs(env, 5).joinWithHuge(bigFile(env)).where(0).equalTo(0).output(new DiscardingOutputFormat<>());
        assertEquals(ShipStrategy.BROADCAST, nodes(optimize(env), "Join").get(0).input(0).shipStrategy());
    }

    @Test
    void executionPlanJsonNamesWhatRuns() throws Exception {
        ExecutionEnvironment env = env();
        bigFile(env).join(pairs(env, 5)).where(0).equalTo(0).output(new DiscardingOutputFormat<>());
        String json = env.getExecutionPlan();
        assertTrue(json.contains("\"ship_strategy\": \"Broadcast\""), json);
        assertTrue(json.contains("\"driver_strategy\": \"Hybrid Hash (build: DataSource"), json);
        assertTrue(json.contains("\"Est. Output Size\""), json);
        assertTrue(json.contains("\"chain\": "), json);
        assertTrue(json.contains("\"managed_memory\": \"100% of slot\""), json);
    }

    @Test
    void insideALoopTheInvariantSideIsHashedOnceInsteadOfBroadcastingThePartialSolution() throws Exception {
        ExecutionEnvironment env = env();
        DataSet<Tuple2<Long, Long>> edges = bigFile(env);
        IterativeDataSet<Tuple2<Long, Long>> loop = pairs(env, 1000).iterate(10);
        DataSet<Tuple2<Long, Long>> next = loop.join(edges).where(0).equalTo(0)
                .with((JoinFunction<Tuple2<Long, Long>, Tuple2<Long, Long>, Tuple2<Long, Long>>) (v, e) -> Tuple2.of(e.f1, v.f1))
                .returns(Types.TUPLE(Types.LONG, Types.LONG));
        loop.closeWith(next).output(new DiscardingOutputFormat<>());
        PlanNode join = nodes(optimize(env), "Join").get(0);
        // Outside a loop the small side would be broadcast; inside, broadcasting it would replay the
        // large invariant side as the probe side every superstep.
        assertEquals(ShipStrategy.HASH, join.input(0).shipStrategy());
        assertEquals(ShipStrategy.HASH, join.input(1).shipStrategy());
        assertEquals(DriverStrategy.HYBRID_HASH_BUILD_SECOND_CACHED, join.driver());
    }

    /** A bulk iteration coGrouping (key, total) with the invariant edges (key, x) of bigFile. */
    private DataSet<Tuple2<Long, Long>> countEdgesInALoop(ExecutionEnvironment env) throws Exception {
        DataSet<Tuple2<Long, Long>> edges = bigFile(env);
        IterativeDataSet<Tuple2<Long, Long>> loop = pairs(env, 1000).map(p -> Tuple2.of(p.f0, 0L))
                .returns(Types.TUPLE(Types.LONG, Types.LONG)).iterate(4);
        DataSet<Tuple2<Long, Long>> next = loop.coGroup(edges).where(0).equalTo(0)
                .with((CoGroupFunction<Tuple2<Long, Long>, Tuple2<Long, Long>, Tuple2<Long, Long>>) (totals, group, out) -> {
                    long count = 0;
                    long last = -1;
                    for (Tuple2<Long, Long> e : group) {
                        count++;
                        last = e.f1;
                    }
                    for (Tuple2<Long, Long> t : totals) {
                        out.collect(Tuple2.of(t.f0, t.f1 + count * 1_000_000L + last));
                    }
                })
                .returns(Types.TUPLE(Types.LONG, Types.LONG));
        return loop.closeWith(next);
    }

    @Test
    void insideALoopTheInvariantSideOfACoGroupIsSortedOnce() throws Exception {
        ExecutionEnvironment env = env();
        countEdgesInALoop(env).output(new DiscardingOutputFormat<>());
        assertEquals(DriverStrategy.CO_GROUP_CACHED_SECOND, nodes(optimize(env), "CoGroup").get(0).driver());
        String json = env.getExecutionPlan();
        assertTrue(json.contains("read and sorted once, kept sorted for every superstep"), json);
    }

    @Test
    void aCoGroupWithASortedOnceSideIsRightInEverySuperstepAlsoWhenItsCopySpills() throws Exception {
        // 200,000 edges, about 4 MB serialized: more than the kept copy holds in memory
        for (int parallelism : new int[] {1, 2}) {
            List<Tuple2<Long, Long>> totals = countEdgesInALoop(ExecutionEnvironment.createLocalEnvironment(parallelism))
                    .collect();
            assertEquals(1000, totals.size());
            for (Tuple2<Long, Long> t : totals) {
                // 200 edges per key; the last x of a group differs by how the input was split, but
                // is some x of that key, the same in every superstep
                long perSuperstep = t.f1 / 4;
                assertEquals(0, t.f1 % 4, "key " + t.f0);
                assertEquals(200L, perSuperstep / 1_000_000L, "key " + t.f0);
                assertEquals(t.f0, (perSuperstep % 1_000_000L) % 1000, "key " + t.f0);
            }
        }
    }
}
