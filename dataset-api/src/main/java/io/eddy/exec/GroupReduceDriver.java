package io.eddy.exec;

import io.eddy.api.functions.Collector;
import io.eddy.api.functions.Function;
import io.eddy.api.functions.GroupCombineFunction;
import io.eddy.api.functions.GroupReduceFunction;
import io.eddy.runtime.operator.Operator;
import io.eddy.runtime.operator.OperatorFactory;
import io.eddy.runtime.types.TypeComparator;

/**
 * Runs a {@link GroupReduceFunction} once per key group (sorted by key, then by the optional group
 * order), or once over the whole partition when there is no key. In {@link AggregationMode#COMBINE}
 * the config's function must implement {@link GroupCombineFunction} (a combinable group reduce) and
 * is called on groups of bounded sorted chunks, producing partial results. See
 * {@link SortedGroupDriver}.
 */
public final class GroupReduceDriver<IN, OUT> extends SortedGroupDriver<Function, OUT> {

    /**
     * Creates a {@link GroupReduceDriver} with one regular input.
     *
     * @param mode FINAL calls GroupReduceFunction.reduce on complete groups (sorted with spilling);
     *     COMBINE calls GroupCombineFunction.combine on the groups of each chunk that fits in memory
     * @param keyComparator the grouping key, or null for one group of the whole partition
     * @param groupOrderComparator the order of records within a group, or null
     */
    public record Factory<OUT>(DriverConfig config, AggregationMode mode, TypeComparator<?> keyComparator,
            TypeComparator<?> groupOrderComparator) implements OperatorFactory<OUT> {
        @Override
        public Operator<OUT> create() {
            return new GroupReduceDriver<>(config, mode, keyComparator, groupOrderComparator);
        }

        @Override
        public int managedMemoryWeight() {
            return keyComparator != null ? 1 : 0;
        }
    }

    private final boolean combine;

    @SuppressWarnings({"unchecked", "rawtypes"})
    public GroupReduceDriver(DriverConfig config, AggregationMode mode, TypeComparator<?> keyComparator,
            TypeComparator<?> groupOrderComparator) {
        super(config, (Class) (mode == AggregationMode.COMBINE ? GroupCombineFunction.class : GroupReduceFunction.class),
                keyComparator, groupOrderComparator, mode == AggregationMode.COMBINE);
        this.combine = mode == AggregationMode.COMBINE;
    }

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    protected void callGroup(Iterable<Object> group, Collector<OUT> out) throws Exception {
        if (combine) {
            ((GroupCombineFunction) function).combine(group, out);
        } else {
            ((GroupReduceFunction) function).reduce(group, out);
        }
    }
}
