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

    /** The default number of records sorted at once. */
    public static final int DEFAULT_CHUNK_CAPACITY = 65_536;

    /**
     * Creates a {@link GroupCombineDriver} with one regular input.
     *
     * @param keyComparator the grouping key, or null for one group of the whole partition
     * @param groupOrderComparator the order of records within a group, or null
     * @param chunkCapacity the number of records sorted and combined at once
     */
    public record Factory<OUT>(DriverConfig config, TypeComparator<?> keyComparator, TypeComparator<?> groupOrderComparator,
            int chunkCapacity) implements OperatorFactory<OUT> {
        public Factory {
            if (chunkCapacity < 1) {
                throw new IllegalArgumentException("chunkCapacity must be positive: " + chunkCapacity);
            }
        }

        @Override
        public Operator<OUT> create() {
            return new GroupCombineDriver<>(config, keyComparator, groupOrderComparator, chunkCapacity);
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    public GroupCombineDriver(DriverConfig config, TypeComparator<?> keyComparator, TypeComparator<?> groupOrderComparator,
            int chunkCapacity) {
        super(config, (Class) GroupCombineFunction.class, keyComparator, groupOrderComparator, chunkCapacity);
    }

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    protected void callGroup(Iterable<Object> group, Collector<OUT> out) throws Exception {
        function.combine((Iterable) group, out);
    }
}
