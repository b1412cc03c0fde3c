package io.eddy.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eddy.api.configuration.ConfigOption;
import io.eddy.api.configuration.ConfigOptions;
import io.eddy.api.configuration.Configuration;
import io.eddy.api.fs.Path;
import io.eddy.api.functions.CoGroupFunction;
import io.eddy.api.functions.Collector;
import io.eddy.api.functions.CrossFunction;
import io.eddy.api.functions.FlatJoinFunction;
import io.eddy.api.functions.FlatMapFunction;
import io.eddy.api.functions.GroupReduceFunction;
import io.eddy.api.functions.JoinFunction;
import io.eddy.api.functions.KeySelector;
import io.eddy.api.functions.MapFunction;
import io.eddy.api.functions.Partitioner;
import io.eddy.api.io.DiscardingOutputFormat;
import io.eddy.api.io.TextInputFormat;
import io.eddy.api.operators.AggregateOperator;
import io.eddy.api.operators.CoGroupOperator;
import io.eddy.api.operators.CrossOperator;
import io.eddy.api.operators.CrossOperator.DefaultCross;
import io.eddy.api.operators.DataSink;
import io.eddy.api.operators.DataSource;
import io.eddy.api.operators.DistinctOperator;
import io.eddy.api.operators.FilterOperator;
import io.eddy.api.operators.FlatMapOperator;
import io.eddy.api.operators.GroupCombineOperator;
import io.eddy.api.operators.GroupReduceOperator;
import io.eddy.api.operators.JoinOperator;
import io.eddy.api.operators.JoinOperator.DefaultJoin;
import io.eddy.api.operators.JoinOperator.EquiJoin;
import io.eddy.api.operators.MapOperator;
import io.eddy.api.operators.MapPartitionOperator;
import io.eddy.api.operators.Order;
import io.eddy.api.operators.PartitionOperator;
import io.eddy.api.operators.ReduceOperator;
import io.eddy.api.operators.SortPartitionOperator;
import io.eddy.api.operators.SortedGrouping;
import io.eddy.api.operators.UnionOperator;
import io.eddy.api.operators.UnsortedGrouping;
import io.eddy.api.operators.base.JoinOperatorBase.JoinHint;
import io.eddy.api.operators.join.JoinFunctionAssigner;
import io.eddy.api.tuple.Tuple2;
import io.eddy.api.tuple.Tuple3;
import io.eddy.api.typeinfo.TypeHint;
import io.eddy.api.typeinfo.TypeInformation;
import io.eddy.api.typeinfo.Types;
import io.eddy.api.typeutils.TupleTypeInfo;
import io.eddy.api.typeutils.TypeExtractor;
import io.eddy.api.util.NumberSequenceIterator;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The generic methods of the DataSet API used as Flink 1.17 programs use them, each result assigned
 * to an explicitly typed variable of the operator type Flink declares: a signature that infers
 * differently (another type parameter, bound, return type or wildcard) makes this class fail to
 * compile. The operators' produced types are checked, and some programs run on the local
 * environment at parallelism 1 and 2.
 */
class ApiInferenceCompatibilityTest {

    @TempDir
    java.nio.file.Path temp;

    private static ExecutionEnvironment env(int parallelism) {
        return ExecutionEnvironment.createLocalEnvironment(parallelism);
    }

    // ---------------------------------------------------------------------------------------------
    //  functions, as Flink programs write them
    // ---------------------------------------------------------------------------------------------

    static final class Tokenizer implements FlatMapFunction<String, Tuple2<String, Integer>> {
        @Override
        public void flatMap(String line, Collector<Tuple2<String, Integer>> out) {
            for (String word : line.split(" ")) {
                out.collect(Tuple2.of(word, 1));
            }
        }
    }

    static final class Word implements KeySelector<Tuple2<String, Integer>, String> {
        @Override
        public String getKey(Tuple2<String, Integer> value) {
            return value.f0;
        }
    }

    static final class Count implements KeySelector<Tuple2<String, Integer>, Integer> {
        @Override
        public Integer getKey(Tuple2<String, Integer> value) {
            return value.f1;
        }
    }

    static final class Length implements MapFunction<String, Integer> {
        @Override
        public Integer map(String value) {
            return value.length();
        }
    }

    /** Joins the words of a group, in the order the group arrives. */
    static final class Joiner implements GroupReduceFunction<Tuple2<String, Integer>, String> {
        @Override
        public void reduce(Iterable<Tuple2<String, Integer>> values, Collector<String> out) {
            StringBuilder sb = new StringBuilder();
            for (Tuple2<String, Integer> v : values) {
                sb.append(v.f0).append(v.f1);
            }
            out.collect(sb.toString());
        }
    }

    static final class ModuloPartitioner implements Partitioner<String> {
        @Override
        public int partition(String key, int numPartitions) {
            return Math.abs(key.hashCode() % numPartitions);
        }
    }

    /** (id, name) and (id, amount): the join inputs. */
    private static DataSet<Tuple2<Integer, String>> users(ExecutionEnvironment env) {
        return env.fromElements(Tuple2.of(1, "ann"), Tuple2.of(2, "bob"), Tuple2.of(3, "cid"));
    }

    private static DataSet<Tuple2<Integer, Long>> orders(ExecutionEnvironment env) {
        return env.fromElements(Tuple2.of(1, 30L), Tuple2.of(1, 12L), Tuple2.of(3, 7L), Tuple2.of(4, 9L));
    }

    static final class NameAndAmount implements JoinFunction<Tuple2<Integer, String>, Tuple2<Integer, Long>, Tuple2<String, Long>> {
        @Override
        public Tuple2<String, Long> join(Tuple2<Integer, String> user, Tuple2<Integer, Long> order) {
            return Tuple2.of(user == null ? "?" : user.f1, order == null ? -1L : order.f1);
        }
    }

    static final class NameAndAmounts
            implements FlatJoinFunction<Tuple2<Integer, String>, Tuple2<Integer, Long>, Tuple2<String, Long>> {
        @Override
        public void join(Tuple2<Integer, String> user, Tuple2<Integer, Long> order, Collector<Tuple2<String, Long>> out) {
            out.collect(Tuple2.of(user == null ? "?" : user.f1, order == null ? -1L : order.f1));
        }
    }

    static final class UserId implements KeySelector<Tuple2<Integer, String>, Integer> {
        @Override
        public Integer getKey(Tuple2<Integer, String> value) {
            return value.f0;
        }
    }

    static final class OrderUser implements KeySelector<Tuple2<Integer, Long>, Integer> {
        @Override
        public Integer getKey(Tuple2<Integer, Long> value) {
            return value.f0;
        }
    }

    static final class OrderCount
            implements CoGroupFunction<Tuple2<Integer, String>, Tuple2<Integer, Long>, Tuple2<String, Integer>> {
        @Override
        public void coGroup(Iterable<Tuple2<Integer, String>> users, Iterable<Tuple2<Integer, Long>> orders,
                            Collector<Tuple2<String, Integer>> out) {
            String name = "?";
            for (Tuple2<Integer, String> user : users) {
                name = user.f1;
            }
            int count = 0;
            for (Tuple2<Integer, Long> ignored : orders) {
                count++;
            }
            out.collect(Tuple2.of(name, count));
        }
    }

    static final class NameTimesAmount implements CrossFunction<Tuple2<Integer, String>, Tuple2<Integer, Long>, String> {
        @Override
        public String cross(Tuple2<Integer, String> user, Tuple2<Integer, Long> order) {
            return user.f1 + "*" + order.f1;
        }
    }

    private static <T extends Comparable<? super T>> List<T> sorted(List<T> values) {
        List<T> copy = new ArrayList<>(values);
        copy.sort(null);
        return copy;
    }

    private static List<String> strings(List<?> values) {
        List<String> result = new ArrayList<>();
        for (Object v : values) {
            result.add(String.valueOf(v));
        }
        result.sort(null);
        return result;
    }

    // ---------------------------------------------------------------------------------------------
    //  single-input transformations of DataSet
    // ---------------------------------------------------------------------------------------------

    @Test
    void singleInputTransformationsInferAsInFlink() {
        ExecutionEnvironment env = env(1);
        DataSet<String> lines = env.fromElements("a b", "b c c");

        MapOperator<String, Integer> lengths = lines.map(new Length());
        MapOperator<String, Integer> lengthsByReference = lines.map(String::length);
        MapOperator<String, Tuple2<String, Integer>> pairs = lines.map(l -> Tuple2.of(l, l.length()))
                .returns(new TypeHint<Tuple2<String, Integer>>() {});
        MapOperator<String, Tuple2<String, Integer>> pairsByInfo = lines.map(l -> Tuple2.of(l, l.length()))
                .returns(Types.TUPLE(Types.STRING, Types.INT));
        MapOperator<String, String> upper = lines.map(l -> l.toUpperCase()).returns(String.class);
        FlatMapOperator<String, Tuple2<String, Integer>> words = lines.flatMap(new Tokenizer());
        FlatMapOperator<String, Tuple2<String, Integer>> wordsByLambda =
                lines.flatMap((String line, Collector<Tuple2<String, Integer>> out) -> {
                    for (String w : line.split(" ")) {
                        out.collect(Tuple2.of(w, 1));
                    }
                }).returns(new TypeHint<Tuple2<String, Integer>>() {});
        MapPartitionOperator<String, Long> partitionSizes = lines.mapPartition((Iterable<String> values, Collector<Long> out) -> {
            long n = 0;
            for (String ignored : values) {
                n++;
            }
            out.collect(n);
        }).returns(Long.class);
        FilterOperator<String> nonEmpty = lines.filter(l -> !l.isEmpty());
        ReduceOperator<String> longest = lines.reduce((x, y) -> x.length() >= y.length() ? x : y);
        GroupReduceOperator<Tuple2<String, Integer>, String> joined = words.reduceGroup(new Joiner());
        GroupReduceOperator<String, Integer> total = lines.reduceGroup((Iterable<String> values, Collector<Integer> out) -> {
            int n = 0;
            for (String v : values) {
                n += v.length();
            }
            out.collect(n);
        }).returns(Types.INT);
        GroupCombineOperator<Tuple2<String, Integer>, String> combined = words.combineGroup(
                (Iterable<Tuple2<String, Integer>> values, Collector<String> out) -> out.collect("x"))
                .returns(String.class);
        GroupReduceOperator<Tuple2<String, Integer>, Tuple2<String, Integer>> firstTwo = words.first(2);
        ReduceOperator<Tuple2<String, Integer>> min = words.minBy(1, 0);
        ReduceOperator<Tuple2<String, Integer>> max = words.maxBy(1);
        AggregateOperator<Tuple2<String, Integer>> sum = words.sum(1);
        DistinctOperator<Tuple2<String, Integer>> distinctWords = words.distinct(new Word());
        DistinctOperator<Tuple2<String, Integer>> distinctByLambda = words.distinct(t -> t.f0);
        UnsortedGrouping<Tuple2<String, Integer>> byWord = words.groupBy(new Word());
        PartitionOperator<Tuple2<String, Integer>> hashed = words.partitionByHash(new Word());
        PartitionOperator<Tuple2<String, Integer>> ranged = words.partitionByRange(new Count());
        PartitionOperator<Tuple2<String, Integer>> custom = words.partitionCustom(new ModuloPartitioner(), new Word());
        PartitionOperator<Tuple2<String, Integer>> customByField = words.partitionCustom(new ModuloPartitioner(), 0);
        PartitionOperator<Tuple2<String, Integer>> customByLambda =
                words.partitionCustom((String key, int n) -> key.length() % n, 0);
        SortPartitionOperator<Tuple2<String, Integer>> sortedPartitions = words.sortPartition(new Count(), Order.DESCENDING);
        UnionOperator<String> both = lines.union(upper);
        MapFunction<String, Integer> cleaned = lines.clean(new Length());

        TypeInformation<Tuple2<String, Integer>> pair = new TupleTypeInfo<>(Types.STRING, Types.INT);
        assertEquals(Types.INT, lengths.getType());
        assertEquals(Types.INT, lengthsByReference.getType());
        assertEquals(pair, pairs.getType());
        assertEquals(pair, pairsByInfo.getType());
        assertEquals(Types.STRING, upper.getType());
        assertEquals(pair, words.getType());
        assertEquals(pair, wordsByLambda.getType());
        assertEquals(Types.LONG, partitionSizes.getType());
        assertEquals(Types.STRING, nonEmpty.getType());
        assertEquals(Types.STRING, longest.getType());
        assertEquals(Types.STRING, joined.getType());
        assertEquals(Types.INT, total.getType());
        assertEquals(Types.STRING, combined.getType());
        for (DataSet<Tuple2<String, Integer>> same : List.of(firstTwo, min, max, sum, distinctWords, distinctByLambda,
                hashed, ranged, custom, customByField, customByLambda, sortedPartitions)) {
            assertEquals(pair, same.getType());
        }
        assertSame(words, byWord.getInputDataSet());
        assertEquals(Types.STRING, both.getType());
        assertEquals(Length.class, cleaned.getClass());
    }

    @Test
    void groupingsInferAsInFlink() {
        ExecutionEnvironment env = env(1);
        DataSet<Tuple2<String, Integer>> words = env.fromElements("a b", "b c c").flatMap(new Tokenizer());

        UnsortedGrouping<Tuple2<String, Integer>> byKeySelector = words.groupBy(new Word());
        UnsortedGrouping<Tuple2<String, Integer>> byLambda = words.groupBy(t -> t.f0);
        UnsortedGrouping<Tuple2<String, Integer>> byField = words.groupBy(0);
        UnsortedGrouping<Tuple2<String, Integer>> byName = words.groupBy("f0");

        GroupReduceOperator<Tuple2<String, Integer>, String> reduced = byKeySelector.reduceGroup(new Joiner());
        GroupReduceOperator<Tuple2<String, Integer>, Tuple2<String, Integer>> counted = byField.reduceGroup(
                (Iterable<Tuple2<String, Integer>> values, Collector<Tuple2<String, Integer>> out) -> {
                    String word = null;
                    int n = 0;
                    for (Tuple2<String, Integer> v : values) {
                        word = v.f0;
                        n += v.f1;
                    }
                    out.collect(Tuple2.of(word, n));
                }).returns(Types.TUPLE(Types.STRING, Types.INT));
        GroupCombineOperator<Tuple2<String, Integer>, Integer> combined = byName.combineGroup(
                (Iterable<Tuple2<String, Integer>> values, Collector<Integer> out) -> out.collect(1)).returns(Integer.class);
        GroupReduceOperator<Tuple2<String, Integer>, Tuple2<String, Integer>> first = byLambda.first(1);
        ReduceOperator<Tuple2<String, Integer>> min = byField.minBy(1);
        ReduceOperator<Tuple2<String, Integer>> max = byField.maxBy(1, 0);
        ReduceOperator<Tuple2<String, Integer>> reduce = byField.reduce((x, y) -> Tuple2.of(x.f0, x.f1 + y.f1));
        AggregateOperator<Tuple2<String, Integer>> aggregated = byField.sum(1).andMax(1);

        SortedGrouping<Tuple2<String, Integer>> sortedBySelector = byKeySelector.sortGroup(new Count(), Order.DESCENDING);
        SortedGrouping<Tuple2<String, Integer>> sortedByLambda = byLambda.sortGroup(t -> t.f1, Order.ASCENDING);
        SortedGrouping<Tuple2<String, Integer>> sortedByField = byField.sortGroup(1, Order.ASCENDING).sortGroup("f0", Order.ASCENDING);
        GroupReduceOperator<Tuple2<String, Integer>, String> sortedReduce = sortedBySelector.reduceGroup(new Joiner());
        GroupCombineOperator<Tuple2<String, Integer>, String> sortedCombine = sortedByField.combineGroup(
                (Iterable<Tuple2<String, Integer>> values, Collector<String> out) -> out.collect("c")).returns(Types.STRING);
        GroupReduceOperator<Tuple2<String, Integer>, Tuple2<String, Integer>> sortedFirst = sortedByLambda.first(1);
        UnsortedGrouping<Tuple2<String, Integer>> partitioned = byField.withPartitioner(new ModuloPartitioner());
        SortedGrouping<Tuple2<String, Integer>> sortedPartitioned = sortedByField.withPartitioner(new ModuloPartitioner());

        TypeInformation<Tuple2<String, Integer>> pair = new TupleTypeInfo<>(Types.STRING, Types.INT);
        assertEquals(Types.STRING, reduced.getType());
        assertEquals(pair, counted.getType());
        assertEquals(Types.INT, combined.getType());
        assertEquals(Types.STRING, sortedReduce.getType());
        assertEquals(Types.STRING, sortedCombine.getType());
        for (DataSet<Tuple2<String, Integer>> same : List.of(first, min, max, reduce, aggregated, sortedFirst)) {
            assertEquals(pair, same.getType());
        }
        assertSame(byField, partitioned);
        assertSame(sortedByField, sortedPartitioned);
    }

    @ParameterizedTest(name = "parallelism {0}")
    @ValueSource(ints = {1, 2})
    void groupingsRun(int parallelism) throws Exception {
        ExecutionEnvironment env = env(parallelism);
        DataSet<Tuple2<String, Integer>> words = env.fromElements("a b", "b c c", "c a c").flatMap(new Tokenizer());
        DataSet<Tuple2<String, Integer>> counts = words.groupBy(new Word())
                .reduceGroup((Iterable<Tuple2<String, Integer>> values, Collector<Tuple2<String, Integer>> out) -> {
                    String word = null;
                    int n = 0;
                    for (Tuple2<String, Integer> v : values) {
                        word = v.f0;
                        n += v.f1;
                    }
                    out.collect(Tuple2.of(word, n));
                }).returns(new TypeHint<Tuple2<String, Integer>>() {});
        assertEquals(List.of("(a,2)", "(b,2)", "(c,4)"), strings(counts.collect()));

        // per word, the counts in descending order: a group sorted by a key selector
        DataSet<String> ordered = counts.union(env.fromElements(Tuple2.of("a", 7), Tuple2.of("c", 1)))
                .groupBy(new Word()).sortGroup(new Count(), Order.DESCENDING).reduceGroup(new Joiner());
        assertEquals(List.of("a7a2", "b2", "c4c1"), sorted(ordered.collect()));

        DataSet<Tuple2<String, Integer>> top = counts.maxBy(1);
        assertEquals(List.of("(c,4)"), strings(top.collect()));
    }

    // ---------------------------------------------------------------------------------------------
    //  binary operators: join, outer joins, coGroup, cross
    // ---------------------------------------------------------------------------------------------

    @Test
    void binaryOperatorsInferAsInFlink() {
        ExecutionEnvironment env = env(1);
        DataSet<Tuple2<Integer, String>> users = users(env);
        DataSet<Tuple2<Integer, Long>> orders = orders(env);
        TypeInformation<Tuple2<String, Long>> nameAmount = new TupleTypeInfo<>(Types.STRING, Types.LONG);

        DefaultJoin<Tuple2<Integer, String>, Tuple2<Integer, Long>> pairs = users.join(orders).where(0).equalTo(0);
        DataSet<Tuple2<Tuple2<Integer, String>, Tuple2<Integer, Long>>> pairsAsDataSet = pairs;
        EquiJoin<Tuple2<Integer, String>, Tuple2<Integer, Long>, Tuple2<String, Long>> withFunction =
                users.join(orders).where(0).equalTo(0).with(new NameAndAmount());
        EquiJoin<Tuple2<Integer, String>, Tuple2<Integer, Long>, Tuple2<String, Long>> withFlatFunction =
                users.join(orders).where(new UserId()).equalTo(new OrderUser()).with(new NameAndAmounts());
        JoinOperator<Tuple2<Integer, String>, Tuple2<Integer, Long>, String> withLambda =
                users.join(orders).where(0).equalTo(0).with((u, o) -> u.f1 + o.f1).returns(String.class);
        JoinOperator<Tuple2<Integer, String>, Tuple2<Integer, Long>, String> withFlatLambda = users.join(orders)
                .where("f0").equalTo("f0")
                .with((Tuple2<Integer, String> u, Tuple2<Integer, Long> o, Collector<String> out) -> out.collect(u.f1))
                .returns(Types.STRING);
        JoinOperator<Tuple2<Integer, String>, Tuple2<Integer, Long>, Tuple2<String, Long>> tiny =
                users.joinWithTiny(orders).where(0).equalTo(0).with(new NameAndAmount());
        JoinOperator<Tuple2<Integer, String>, Tuple2<Integer, Long>, Tuple2<String, Long>> huge =
                users.joinWithHuge(orders).where(0).equalTo(0).with(new NameAndAmount());
        JoinOperator<Tuple2<Integer, String>, Tuple2<Integer, Long>, Tuple2<String, Long>> hinted =
                users.join(orders, JoinHint.REPARTITION_SORT_MERGE).where(0).equalTo(0).with(new NameAndAmount())
                        .withPartitioner(new Partitioner<Integer>() {
                            @Override
                            public int partition(Integer key, int numPartitions) {
                                return key % numPartitions;
                            }
                        });

        JoinFunctionAssigner<Tuple2<Integer, String>, Tuple2<Integer, Long>> assigner =
                users.leftOuterJoin(orders).where(0).equalTo(0);
        JoinOperator<Tuple2<Integer, String>, Tuple2<Integer, Long>, Tuple2<String, Long>> left = assigner.with(new NameAndAmount());
        JoinOperator<Tuple2<Integer, String>, Tuple2<Integer, Long>, String> right = users
                .rightOuterJoin(orders, JoinHint.REPARTITION_SORT_MERGE).where(0).equalTo(0)
                .with((u, o) -> (u == null ? "?" : u.f1) + o.f1).returns(new TypeHint<String>() {});
        JoinOperator<Tuple2<Integer, String>, Tuple2<Integer, Long>, Tuple2<String, Long>> full =
                users.fullOuterJoin(orders).where(new UserId()).equalTo(new OrderUser()).with(new NameAndAmounts());
        DataSet<Tuple2<String, Long>> leftHinted = users.leftOuterJoin(orders, JoinHint.BROADCAST_HASH_SECOND)
                .where(0).equalTo(0).with(new NameAndAmount());

        CoGroupOperator<Tuple2<Integer, String>, Tuple2<Integer, Long>, Tuple2<String, Integer>> coGrouped =
                users.coGroup(orders).where(0).equalTo(0).with(new OrderCount());
        CoGroupOperator<Tuple2<Integer, String>, Tuple2<Integer, Long>, String> coGroupedSorted = users.coGroup(orders)
                .where(new UserId()).equalTo(0)
                .sortFirstGroup(1, Order.ASCENDING).sortSecondGroup("f1", Order.DESCENDING)
                .with((Iterable<Tuple2<Integer, String>> us, Iterable<Tuple2<Integer, Long>> os, Collector<String> out) -> {
                    for (Tuple2<Integer, Long> o : os) {
                        out.collect(String.valueOf(o.f1));
                    }
                }).returns(String.class);

        DefaultCross<Tuple2<Integer, String>, Tuple2<Integer, Long>> crossPairs = users.cross(orders);
        DataSet<Tuple2<Tuple2<Integer, String>, Tuple2<Integer, Long>>> crossAsDataSet = crossPairs;
        CrossOperator<Tuple2<Integer, String>, Tuple2<Integer, Long>, String> crossed = users.cross(orders).with(new NameTimesAmount());
        CrossOperator<Tuple2<Integer, String>, Tuple2<Integer, Long>, Long> crossedLambda =
                users.crossWithTiny(orders).with((u, o) -> u.f0 * o.f1).returns(Types.LONG);
        CrossOperator<Tuple2<Integer, String>, Tuple2<Integer, Long>, String> crossedHuge =
                users.crossWithHuge(orders).with(new NameTimesAmount()).name("huge");

        TypeInformation<?> pairType = new TupleTypeInfo<>(users.getType(), orders.getType());
        assertEquals(pairType, pairsAsDataSet.getType());
        assertEquals(pairType, crossAsDataSet.getType());
        for (DataSet<Tuple2<String, Long>> same : List.of(withFunction, withFlatFunction, tiny, huge, hinted, left, full,
                leftHinted)) {
            assertEquals(nameAmount, same.getType());
        }
        assertEquals(Types.STRING, withLambda.getType());
        assertEquals(Types.STRING, withFlatLambda.getType());
        assertEquals(Types.STRING, right.getType());
        assertEquals(new TupleTypeInfo<>(Types.STRING, Types.INT), coGrouped.getType());
        assertEquals(Types.STRING, coGroupedSorted.getType());
        assertEquals(Types.STRING, crossed.getType());
        assertEquals(Types.LONG, crossedLambda.getType());
        assertEquals(Types.STRING, crossedHuge.getType());
    }

    @ParameterizedTest(name = "parallelism {0}")
    @ValueSource(ints = {1, 2})
    void outerJoinsCoGroupAndCrossRun(int parallelism) throws Exception {
        ExecutionEnvironment env = env(parallelism);
        DataSet<Tuple2<Integer, String>> users = users(env);
        DataSet<Tuple2<Integer, Long>> orders = orders(env);

        DataSet<Tuple2<String, Long>> left = users.leftOuterJoin(orders).where(0).equalTo(0).with(new NameAndAmount());
        assertEquals(List.of("(ann,12)", "(ann,30)", "(bob,-1)", "(cid,7)"), strings(left.collect()));

        DataSet<String> right = users.rightOuterJoin(orders).where(0).equalTo(0)
                .with((u, o) -> (u == null ? "?" : u.f1) + o.f1).returns(Types.STRING);
        assertEquals(List.of("?9", "ann12", "ann30", "cid7"), sorted(right.collect()));

        DataSet<Tuple2<String, Long>> full = users.fullOuterJoin(orders, JoinHint.REPARTITION_SORT_MERGE)
                .where(new UserId()).equalTo(new OrderUser()).with(new NameAndAmounts());
        assertEquals(List.of("(?,9)", "(ann,12)", "(ann,30)", "(bob,-1)", "(cid,7)"), strings(full.collect()));

        DataSet<Tuple2<String, Integer>> coGrouped = users.coGroup(orders).where(0).equalTo(0).with(new OrderCount());
        assertEquals(List.of("(?,1)", "(ann,2)", "(bob,0)", "(cid,1)"), strings(coGrouped.collect()));

        DataSet<Long> products = users.crossWithTiny(orders.filter(o -> o.f0 == 3)).with((u, o) -> u.f0 * o.f1)
                .returns(Long.class);
        assertEquals(List.of(7L, 14L, 21L), sorted(products.collect()));
    }

    // ---------------------------------------------------------------------------------------------
    //  sources, sinks and the helpers programs call
    // ---------------------------------------------------------------------------------------------

    @Test
    void sourcesAndSinksInferAsInFlink() throws Exception {
        ExecutionEnvironment env = env(1);
        java.nio.file.Path file = temp.resolve("lines.txt");
        Files.writeString(file, "x\ny\n", StandardCharsets.UTF_8);

        DataSource<Tuple2<String, Integer>> elements = env.fromElements(Tuple2.of("a", 1), Tuple2.of("b", 2));
        DataSource<Number> numbers = env.fromElements(Number.class, 1, 2L, 3.0);
        DataSource<String> collection = env.fromCollection(List.of("x", "y"));
        DataSource<Tuple2<String, Integer>> typedCollection =
                env.fromCollection(List.of(Tuple2.of("a", 1)), Types.TUPLE(Types.STRING, Types.INT));
        DataSource<Long> iterator = env.fromCollection(new NumberSequenceIterator(1, 3), Types.LONG);
        DataSource<Long> iteratorByClass = env.fromCollection(new NumberSequenceIterator(1, 3), Long.class);
        DataSource<Long> parallel = env.fromParallelCollection(new NumberSequenceIterator(1, 10), Long.class);
        DataSource<Long> sequence = env.generateSequence(1, 10);
        DataSource<String> text = env.readTextFile(file.toString());
        DataSource<String> input = env.createInput(new TextInputFormat(new Path(file.toString())));
        DataSource<String> read = env.readFile(new TextInputFormat(new Path(file.toString())), file.toString());
        DataSource<String> configured = text.withParameters(new Configuration()).setParallelism(1).name("text");
        Class<String> produced = TypeExtractor.getInputFormatTypes(new TextInputFormat(new Path(file.toString()))).getTypeClass();

        DataSink<Tuple2<String, Integer>> csv = elements.writeAsCsv(temp.resolve("out.csv").toString());
        DataSink<String> formatted = elements.writeAsFormattedText(temp.resolve("out.txt").toString(), t -> t.f0 + t.f1);
        DataSink<Tuple2<String, Integer>> discarded = elements.output(new DiscardingOutputFormat<>())
                .name("discard").setParallelism(1).withParameters(new Configuration()).sortLocalOutput(0, Order.ASCENDING);
        DataSink<String> printed = text.print("lines");

        assertEquals(new TupleTypeInfo<>(Types.STRING, Types.INT), elements.getType());
        assertEquals(Number.class, numbers.getType().getTypeClass());
        assertEquals(Types.STRING, collection.getType());
        assertEquals(new TupleTypeInfo<>(Types.STRING, Types.INT), typedCollection.getType());
        for (DataSet<Long> longs : List.of(iterator, iteratorByClass, parallel, sequence)) {
            assertEquals(Types.LONG, longs.getType());
        }
        for (DataSet<String> strings : List.of(text, input, read, configured)) {
            assertEquals(Types.STRING, strings.getType());
        }
        assertSame(String.class, produced);
        assertEquals(new TupleTypeInfo<>(Types.STRING, Types.INT), csv.getType());
        assertEquals(Types.STRING, formatted.getType());
        assertSame(elements, discarded.getDataSet());
        assertSame(text, printed.getDataSet());
    }

    @ParameterizedTest(name = "parallelism {0}")
    @ValueSource(ints = {1, 2})
    void sourcesRun(int parallelism) throws Exception {
        ExecutionEnvironment env = env(parallelism);
        DataSource<Long> parallel = env.fromParallelCollection(new NumberSequenceIterator(1, 10), Long.class);
        DataSource<Tuple2<String, Integer>> typedCollection =
                env.fromCollection(List.of(Tuple2.of("a", 1), Tuple2.of("b", 2)), Types.TUPLE(Types.STRING, Types.INT));
        long sum = 0;
        for (long v : parallel.collect()) {
            sum += v;
        }
        assertEquals(55L, sum);
        assertEquals(List.of("(a,1)", "(b,2)"), strings(typedCollection.collect()));
    }

    @Test
    void typeExtractorAndConfigurationInferAsInFlink() {
        TypeInformation<Tuple2<String, Integer>> pair = new TupleTypeInfo<>(Types.STRING, Types.INT);
        TypeInformation<String> reduced = TypeExtractor.getGroupReduceReturnTypes(new Joiner(), pair);
        TypeInformation<String> keyType = TypeExtractor.getKeySelectorTypes(new Word(), pair, "word", false);
        TypeInformation<Tuple2<String, Long>> joined =
                TypeExtractor.getJoinReturnTypes(new NameAndAmount(), users(env(1)).getType(), orders(env(1)).getType());
        TypeInformation<String> crossed =
                TypeExtractor.getCrossReturnTypes(new NameTimesAmount(), users(env(1)).getType(), orders(env(1)).getType());
        TypeInformation<String> partitionKey = TypeExtractor.getPartitionerTypes(new ModuloPartitioner(), "p", false);
        assertEquals(Types.STRING, reduced);
        assertEquals(Types.STRING, keyType);
        assertEquals(new TupleTypeInfo<>(Types.STRING, Types.LONG), joined);
        assertEquals(Types.STRING, crossed);
        assertEquals(Types.STRING, partitionKey);

        ConfigOption<Integer> option = ConfigOptions.key("answer").intType().defaultValue(42);
        Configuration configuration = new Configuration();
        String byDefault = configuration.getValue(option);
        configuration.set(option, 7);
        String set = configuration.getValue(option);
        int typed = configuration.get(option);
        boolean removed = configuration.<Integer>removeConfig(option);
        assertEquals("42", byDefault);
        assertEquals("7", set);
        assertEquals(7, typed);
        assertTrue(removed);
    }
}
