package io.eddy.api.operators;

import io.eddy.api.DataSet;
import io.eddy.api.InvalidProgramException;
import io.eddy.api.aggregation.Aggregations;
import io.eddy.api.functions.GroupCombineFunction;
import io.eddy.api.functions.GroupReduceFunction;
import io.eddy.api.functions.KeySelector;
import io.eddy.api.functions.Partitioner;
import io.eddy.api.functions.ReduceFunction;
import io.eddy.api.operators.translation.CallSites;
import io.eddy.api.operators.translation.FirstReducer;
import io.eddy.api.operators.translation.SelectByMaxFunction;
import io.eddy.api.operators.translation.SelectByMinFunction;
import io.eddy.api.typeinfo.TypeInformation;
import io.eddy.api.typeutils.TupleTypeInfo;
import io.eddy.api.typeutils.TypeExtractor;

/** A grouping without an order inside the groups. */
public class UnsortedGrouping<T> extends Grouping<T> {

    public UnsortedGrouping(DataSet<T> set, Keys<T> keys) {
        super(set, keys);
    }

    /** Partitions the groups with a custom partitioner over the (single-field) key. */
    public UnsortedGrouping<T> withPartitioner(Partitioner<?> partitioner) {
        keys.validateCustomPartitioner(partitioner, null);
        this.customPartitioner = partitioner;
        return this;
    }

    public AggregateOperator<T> aggregate(Aggregations agg, int field) {
        return new AggregateOperator<>(this, agg, field, CallSites.describe("Aggregate"));
    }

    public AggregateOperator<T> sum(int field) {
        return aggregate(Aggregations.SUM, field);
    }

    public AggregateOperator<T> max(int field) {
        return aggregate(Aggregations.MAX, field);
    }

    public AggregateOperator<T> min(int field) {
        return aggregate(Aggregations.MIN, field);
    }

    public ReduceOperator<T> reduce(ReduceFunction<T> reducer) {
        if (reducer == null) {
            throw new NullPointerException("Reduce function must not be null.");
        }
        return new ReduceOperator<>(this, reducer, CallSites.describe("Reduce"));
    }

    public <R> GroupReduceOperator<T, R> reduceGroup(GroupReduceFunction<T, R> reducer) {
        if (reducer == null) {
            throw new NullPointerException("GroupReduce function must not be null.");
        }
        String callLocation = CallSites.describe("GroupReduce");
        TypeInformation<R> resultType = TypeExtractor.getGroupReduceReturnTypes(reducer, inputDataSet.getType(),
                callLocation, true);
        return new GroupReduceOperator<>(this, resultType, reducer, callLocation);
    }

    public <R> GroupCombineOperator<T, R> combineGroup(GroupCombineFunction<T, R> combiner) {
        if (combiner == null) {
            throw new NullPointerException("GroupCombine function must not be null.");
        }
        String callLocation = CallSites.describe("GroupCombine");
        TypeInformation<R> resultType = TypeExtractor.getGroupCombineReturnTypes(combiner, inputDataSet.getType(),
                callLocation, true);
        return new GroupCombineOperator<>(this, resultType, combiner, callLocation);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    public ReduceOperator<T> minBy(int... fields) {
        if (!inputDataSet.getType().isTupleType()) {
            throw new InvalidProgramException("UnsortedGrouping#minBy(int...) only works on Tuple types.");
        }
        return new ReduceOperator<>(this, new SelectByMinFunction((TupleTypeInfo) inputDataSet.getType(), fields),
                CallSites.describe("MinBy"));
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    public ReduceOperator<T> maxBy(int... fields) {
        if (!inputDataSet.getType().isTupleType()) {
            throw new InvalidProgramException("UnsortedGrouping#maxBy(int...) only works on Tuple types.");
        }
        return new ReduceOperator<>(this, new SelectByMaxFunction((TupleTypeInfo) inputDataSet.getType(), fields),
                CallSites.describe("MaxBy"));
    }

    /** The first {@code n} records of every group, in no particular order. */
    public GroupReduceOperator<T, T> first(int n) {
        if (n < 1) {
            throw new InvalidProgramException("Parameter n of first(n) must be at least 1.");
        }
        return new GroupReduceOperator<>(this, inputDataSet.getType(), new FirstReducer<>(n),
                CallSites.describe("First(" + n + ")"));
    }

    public SortedGrouping<T> sortGroup(int field, Order order) {
        return new SortedGrouping<>(inputDataSet, keys, customPartitioner).sortGroup(field, order);
    }

    public SortedGrouping<T> sortGroup(String field, Order order) {
        return new SortedGrouping<>(inputDataSet, keys, customPartitioner).sortGroup(field, order);
    }

    public <K> SortedGrouping<T> sortGroup(KeySelector<T, K> keySelector, Order order) {
        if (!(keys instanceof Keys.SelectorFunctionKeys)) {
            throw new InvalidProgramException("KeySelector group-sorting keys can only be used with KeySelector grouping keys.");
        }
        return new SortedGrouping<>(inputDataSet, keys, customPartitioner).sortGroup(keySelector, order);
    }
}
