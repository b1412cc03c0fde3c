package io.eddy.api.operators;

import io.eddy.api.DataSet;
import io.eddy.api.InvalidProgramException;
import io.eddy.api.functions.GroupCombineFunction;
import io.eddy.api.functions.GroupReduceFunction;
import io.eddy.api.functions.KeySelector;
import io.eddy.api.functions.Partitioner;
import io.eddy.api.operators.translation.CallSites;
import io.eddy.api.operators.translation.FirstReducer;
import io.eddy.api.operators.translation.GroupOrder;
import io.eddy.api.typeinfo.TypeInformation;
import io.eddy.api.typeutils.TypeExtractor;

/** A grouping whose groups are sorted by further keys ({@code sortGroup}) before they are reduced. */
public class SortedGrouping<T> extends Grouping<T> {

    private final GroupOrder<T> groupOrder = new GroupOrder<>();

    SortedGrouping(DataSet<T> set, Keys<T> keys, Partitioner<?> customPartitioner) {
        super(set, keys);
        this.customPartitioner = customPartitioner;
    }

    public GroupOrder<T> getGroupOrder() {
        return groupOrder;
    }

    public SortedGrouping<T> sortGroup(int field, Order order) {
        groupOrder.add(field, order, inputDataSet.getType());
        return this;
    }

    public SortedGrouping<T> sortGroup(String field, Order order) {
        groupOrder.add(field, order);
        return this;
    }

    public <K> SortedGrouping<T> sortGroup(KeySelector<T, K> keySelector, Order order) {
        TypeInformation<K> keyType = TypeExtractor.getKeySelectorTypes(keySelector, inputDataSet.getType());
        groupOrder.add(new Keys.SelectorFunctionKeys<>(keySelector, inputDataSet.getType(), keyType), order);
        return this;
    }

    public SortedGrouping<T> withPartitioner(Partitioner<?> partitioner) {
        keys.validateCustomPartitioner(partitioner, null);
        this.customPartitioner = partitioner;
        return this;
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

    /** The first {@code n} records of every group in the group order. */
    public GroupReduceOperator<T, T> first(int n) {
        if (n < 1) {
            throw new InvalidProgramException("Parameter n of first(n) must be at least 1.");
        }
        return new GroupReduceOperator<>(this, inputDataSet.getType(), new FirstReducer<>(n),
                CallSites.describe("First(" + n + ")"));
    }
}
