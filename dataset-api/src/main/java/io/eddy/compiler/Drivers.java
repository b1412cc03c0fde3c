package io.eddy.compiler;

import io.eddy.api.ClosureCleaner;
import io.eddy.api.ExecutionConfig;
import io.eddy.api.configuration.Configuration;
import io.eddy.api.functions.CoGroupFunction;
import io.eddy.api.functions.CrossFunction;
import io.eddy.api.functions.FilterFunction;
import io.eddy.api.functions.FlatJoinFunction;
import io.eddy.api.functions.FlatMapFunction;
import io.eddy.api.functions.Function;
import io.eddy.api.functions.GroupCombineFunction;
import io.eddy.api.functions.GroupReduceFunction;
import io.eddy.api.functions.JoinFunction;
import io.eddy.api.functions.MapFunction;
import io.eddy.api.functions.MapPartitionFunction;
import io.eddy.api.functions.ReduceFunction;
import io.eddy.api.io.InputFormat;
import io.eddy.api.io.OutputFormat;
import io.eddy.api.operators.join.JoinType;
import io.eddy.api.operators.translation.UdfConfig;
import io.eddy.exec.AggregationMode;
import io.eddy.exec.BuildSide;
import io.eddy.exec.CoGroupDriver;
import io.eddy.exec.CrossDriver;
import io.eddy.exec.DriverConfig;
import io.eddy.exec.FilterDriver;
import io.eddy.exec.FlatMapDriver;
import io.eddy.exec.GroupCombineDriver;
import io.eddy.exec.GroupReduceDriver;
import io.eddy.exec.IdentityDriver;
import io.eddy.exec.JoinDriver;
import io.eddy.exec.JoinFunctionAdapters;
import io.eddy.exec.MapDriver;
import io.eddy.exec.MapPartitionDriver;
import io.eddy.exec.OuterJoinDriver;
import io.eddy.exec.OuterJoinType;
import io.eddy.exec.ReduceDriver;
import io.eddy.exec.SortMergeJoinDriver;
import io.eddy.exec.SortPartitionDriver;
import io.eddy.exec.io.InputFormatSourceDriver;
import io.eddy.exec.io.OutputFormatSinkDriver;
import io.eddy.runtime.operator.OperatorFactory;
import io.eddy.runtime.types.TypeComparator;
import io.eddy.runtime.types.TypeSerializer;
import java.util.ArrayList;
import java.util.List;

/**
 * The one place that knows which driver runs which operation: plan translation asks here for the
 * factory of a map, a hash join, a combiner, ..., and gets the serializable driver factory the job
 * graph will carry. A new local strategy means a new method here and a driver in {@code io.eddy.exec}.
 */
public final class Drivers {

    /** Whether a reduce driver pre-aggregates before the shuffle or produces the final result. */
    public enum ReduceMode {
        COMBINE,
        FINAL
    }

    private Drivers() {}

    private static DriverConfig config(UdfConfig udf, Function function) {
        if (udf.executionConfig().isClosureCleanerEnabled()) {
            ClosureCleaner.clean(function);
        }
        List<TypeSerializer<?>> serializers = new ArrayList<>(udf.inputSerializers());
        serializers.addAll(udf.broadcastSerializers());
        return new DriverConfig(udf.executionConfig(), function, udf.parameters(), udf.numRegularInputs(),
                udf.broadcastNames(), serializers);
    }

    public static <I, O> OperatorFactory<O> map(UdfConfig udf, MapFunction<I, O> function) {
        return new MapDriver.Factory<>(config(udf, function));
    }

    public static <I, O> OperatorFactory<O> flatMap(UdfConfig udf, FlatMapFunction<I, O> function) {
        return new FlatMapDriver.Factory<>(config(udf, function));
    }

    public static <T> OperatorFactory<T> filter(UdfConfig udf, FilterFunction<T> function) {
        return new FilterDriver.Factory<>(config(udf, function));
    }

    public static <I, O> OperatorFactory<O> mapPartition(UdfConfig udf, MapPartitionFunction<I, O> function) {
        return new MapPartitionDriver.Factory<>(config(udf, function));
    }

    /** A hash-based reduce per key, or over everything when {@code keys} is null. */
    public static <T> OperatorFactory<T> reduce(UdfConfig udf, ReduceFunction<T> function, TypeComparator<T> keys,
                                                ReduceMode mode) {
        return new ReduceDriver.Factory<>(config(udf, function),
                mode == ReduceMode.COMBINE ? AggregationMode.COMBINE : AggregationMode.FINAL, keys);
    }

    /** Sorts by key (and group order) and hands every group to the function; null keys: one group. */
    public static <I, O> OperatorFactory<O> groupReduce(UdfConfig udf, GroupReduceFunction<I, O> function,
                                                        TypeComparator<I> keys, TypeComparator<I> groupOrder) {
        return new GroupReduceDriver.Factory<>(config(udf, function), AggregationMode.FINAL, keys, groupOrder);
    }

    /** Combines the chunks of the input that fit in memory, each sorted by key (and group order). */
    public static <I, O> OperatorFactory<O> groupCombine(UdfConfig udf, GroupCombineFunction<I, O> function,
                                                         TypeComparator<I> keys, TypeComparator<I> groupOrder) {
        return new GroupCombineDriver.Factory<>(config(udf, function), keys, groupOrder);
    }

    /**
     * A join of any type; {@code function} is a JoinFunction or a FlatJoinFunction. A sort-merge join
     * if {@code sortMerge}, else a hybrid hash join; outer hash joins hash the side whose unmatched
     * records must be tracked.
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public static <I1, I2, O> OperatorFactory<O> join(UdfConfig udf, Function function, TypeComparator<I1> keys1,
                                                      TypeComparator<I2> keys2, JoinType type, boolean buildFirst,
                                                      boolean sortMerge) {
        FlatJoinFunction flat = function instanceof FlatJoinFunction f ? f
                : JoinFunctionAdapters.fromJoinFunction((JoinFunction) function);
        DriverConfig config = config(udf, flat);
        if (sortMerge) {
            OuterJoinType outer = switch (type) {
                case INNER -> null;
                case LEFT_OUTER -> OuterJoinType.LEFT;
                case RIGHT_OUTER -> OuterJoinType.RIGHT;
                case FULL_OUTER -> OuterJoinType.FULL;
            };
            return new SortMergeJoinDriver.Factory<>(config, outer, keys1, keys2);
        }
        BuildSide side = buildFirst ? BuildSide.BUILD_FIRST : BuildSide.BUILD_SECOND;
        return switch (type) {
            case INNER -> new JoinDriver.Factory<>(config, keys1, keys2, side);
            case LEFT_OUTER -> new OuterJoinDriver.Factory<>(config, OuterJoinType.LEFT, keys1, keys2, BuildSide.BUILD_SECOND);
            case RIGHT_OUTER -> new OuterJoinDriver.Factory<>(config, OuterJoinType.RIGHT, keys1, keys2, BuildSide.BUILD_FIRST);
            case FULL_OUTER -> new OuterJoinDriver.Factory<>(config, OuterJoinType.FULL, keys1, keys2, side);
        };
    }

    public static <I1, I2, O> OperatorFactory<O> coGroup(UdfConfig udf, CoGroupFunction<I1, I2, O> function,
                                                         TypeComparator<I1> keys1, TypeComparator<I2> keys2,
                                                         TypeComparator<I1> order1, TypeComparator<I2> order2) {
        return new CoGroupDriver.Factory<>(config(udf, function), keys1, keys2, order1, order2);
    }

    /** A nested-loops cross product holding the first input in memory if {@code holdFirst}, else the second. */
    public static <I1, I2, O> OperatorFactory<O> cross(UdfConfig udf, CrossFunction<I1, I2, O> function,
                                                       boolean holdFirst) {
        return new CrossDriver.Factory<>(config(udf, function), holdFirst ? BuildSide.BUILD_FIRST : BuildSide.BUILD_SECOND);
    }

    public static <T> OperatorFactory<T> sortPartition(UdfConfig udf, TypeComparator<T> comparator) {
        return new SortPartitionDriver.Factory<>(config(udf, null), comparator);
    }

    /** Passes records on unchanged: the operator behind partitioning, which only needs the exchange. */
    public static <T> OperatorFactory<T> identity(UdfConfig udf) {
        return new IdentityDriver.Factory<>(config(udf, null));
    }

    public static <T> OperatorFactory<T> source(InputFormat<T, ?> format, Configuration parameters,
                                                TypeSerializer<T> serializer, ExecutionConfig config) {
        return new InputFormatSourceDriver.Factory<>(format, parameters, serializer, config);
    }

    public static <T> OperatorFactory<Void> sink(OutputFormat<T> format, Configuration parameters, ExecutionConfig config) {
        return new OutputFormatSinkDriver.Factory<>(format, parameters, config);
    }
}
