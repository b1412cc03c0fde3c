package io.eddy.exec;

import io.eddy.api.functions.Collector;
import io.eddy.api.functions.Function;
import io.eddy.runtime.types.TypeComparator;
import java.util.Comparator;

/**
 * Base of the drivers that hand groups to a function as Iterables (group reduce, group combine).
 *
 * <p>Keyed: records are collected in a {@link RecordSorter} ordered by the key comparator, then by
 * the optional group-order comparator; the groups of the sorted run are handed to
 * {@link #callGroup} one by one through a {@link KeyGroupedIterator}. With a bounded capacity (the
 * combine case) a full sorter is drained into groups and refilled, so a key may yield several
 * partial results. Non-keyed: the whole partition is one group, streamed through a
 * {@link PartitionHandoff} like a map partition (the function then emits from a helper thread).
 */
abstract class SortedGroupDriver<F extends Function, OUT> extends UdfDriver<F, OUT> {

    private final TypeComparator<?> keyComparator;
    private final TypeComparator<?> groupOrderComparator;
    private final int capacity;
    private RecordSorter sorter;
    private TypeComparator<Object> grouping;
    private PartitionHandoff handoff;

    /**
     * @param keyComparator the grouping key, or null for one group of everything
     * @param groupOrderComparator the order within a group, or null
     * @param capacity the number of records sorted at once, Integer.MAX_VALUE for the whole partition
     */
    SortedGroupDriver(DriverConfig config, Class<F> functionType, TypeComparator<?> keyComparator,
            TypeComparator<?> groupOrderComparator, int capacity) {
        super(config, functionType);
        if (keyComparator == null && groupOrderComparator != null) {
            throw new IllegalArgumentException("a group order needs a grouping key; sort the partition instead");
        }
        this.keyComparator = keyComparator;
        this.groupOrderComparator = groupOrderComparator;
        this.capacity = capacity;
    }

    /** Calls the user function on one group. Runs on the helper thread in the non-keyed case. */
    protected abstract void callGroup(Iterable<Object> group, Collector<OUT> out) throws Exception;

    @Override
    @SuppressWarnings("unchecked")
    protected void setup() {
        if (keyComparator == null) {
            return;
        }
        grouping = (TypeComparator<Object>) keyComparator.duplicate();
        TypeComparator<Object> sortKey = (TypeComparator<Object>) keyComparator.duplicate();
        Comparator<Object> order = sortKey::compare;
        if (groupOrderComparator != null) {
            TypeComparator<Object> within = (TypeComparator<Object>) groupOrderComparator.duplicate();
            order = order.thenComparing(within::compare);
        }
        sorter = new HeapRecordSorter(order, capacity);
    }

    @Override
    protected void userFunctionOpened() {
        if (keyComparator == null) {
            handoff = new PartitionHandoff(context.getTaskNameWithSubtask() + " (" + getClass().getSimpleName() + ")",
                    partition -> callGroup(partition, collector), false);
        }
    }

    @Override
    protected void process(int input, Object record) throws Exception {
        Object kept = keep(input, record);
        if (handoff != null) {
            handoff.add(kept);
        } else if (!sorter.add(kept)) {
            drainGroups();
            sorter.add(kept);
        }
    }

    @Override
    protected void endRegularInput(int input) throws Exception {
        if (handoff != null) {
            handoff.finish();
        } else {
            drainGroups();
        }
    }

    private void drainGroups() throws Exception {
        if (sorter.size() == 0) {
            return;
        }
        KeyGroupedIterator groups = new KeyGroupedIterator(sorter.sorted(), grouping);
        while (groups.nextGroup()) {
            if (context.isCancelled()) {
                break;
            }
            callGroup(groups.values(), collector);
        }
        sorter.clear();
    }

    @Override
    protected void closeDriver() {
        if (handoff != null) {
            handoff.close();
        }
        sorter = null;
    }
}
