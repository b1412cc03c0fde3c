package io.eddy.exec;

import io.eddy.api.functions.Collector;
import io.eddy.api.functions.GroupCombineFunction;
import io.eddy.runtime.operator.Operator;
import io.eddy.runtime.operator.OperatorFactory;
import io.eddy.runtime.types.TypeComparator;

/**
 * Runs a {@link GroupCombineFunction} ({@code DataSet.combineGroup}): records are sorted in bounded
 * chunks by key (and the optional group order) and the function combines each chunk's groups, so a
 * key may produce several results. Without a key the whole partition is one group, streamed. See
 * {@link SortedGroupDriver}.
 */
public final class GroupCombineDriver<IN, OUT> extends SortedGroupDriver<GroupCombineFunction<IN, OUT>, OUT> {

    /**
     * Creates a {@link GroupCombineDriver} with one regular input.
     *
     * @param keyComparator the grouping key, or null for one group of the whole partition
     * @param groupOrderComparator the order of records within a group, or null
     */
    public record Factory<OUT>(DriverConfig config, TypeComparator<?> keyComparator, TypeComparator<?> groupOrderComparator)
            implements OperatorFactory<OUT> {
        @Override
        public Operator<OUT> create() {
            return new GroupCombineDriver<>(config, keyComparator, groupOrderComparator);
        }

        @Override
        public int managedMemoryWeight() {
            return keyComparator != null ? 1 : 0;
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    public GroupCombineDriver(DriverConfig config, TypeComparator<?> keyComparator, TypeComparator<?> groupOrderComparator) {
        super(config, (Class) GroupCombineFunction.class, keyComparator, groupOrderComparator, true);
    }

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    protected void callGroup(Iterable<Object> group, Collector<OUT> out) throws Exception {
        function.combine((Iterable) group, out);
    }
}
