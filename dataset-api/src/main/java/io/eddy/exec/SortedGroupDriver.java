package io.eddy.exec;

import io.eddy.api.util.TraversableOnceException;
import io.eddy.runtime.sort.KeyGroupedIterator;
import io.eddy.runtime.sort.RecordSorter;
import io.eddy.runtime.sort.InMemoryRecordSorter;
import io.eddy.api.functions.Collector;
import io.eddy.api.functions.Function;
import io.eddy.runtime.types.TypeComparator;
import io.eddy.runtime.sort.ExternalSorter;
import io.eddy.runtime.types.LexicographicComparator;
import java.io.IOException;

/**
 * Base of the drivers that hand groups to a function as Iterables (group reduce, group combine).
 *
 * <p>Keyed: records are serialized into a {@link RecordSorter} in the operator's managed memory,
 * ordered by the key comparator, then by the optional group-order comparator; the groups of the
 * sorted run are handed to {@link #callGroup} one by one through a {@link KeyGroupedIterator}, which
 * streams, so a group may be larger than memory. Complete groups (final mode) use an
 * {@code ExternalRecordSorter} that spills; combiners use an {@link InMemoryRecordSorter} that is
 * drained into groups and refilled whenever it is full, so a key may yield several partial results.
 * An input the plan declares sorted already is kept in arrival order instead of being sorted. Non-keyed: the whole partition is one group, streamed through a
 * {@link PartitionHandoff} like a map partition (the function then emits from a helper thread).
 */
abstract class SortedGroupDriver<F extends Function, OUT> extends UdfDriver<F, OUT> {

    private final TypeComparator<?> keyComparator;
    private final TypeComparator<?> groupOrderComparator;
    private final boolean bounded;
    private RecordSorter sorter;
    private TypeComparator<Object> grouping;
    private PartitionHandoff handoff;

    /**
     * @param keyComparator the grouping key, or null for one group of everything
     * @param groupOrderComparator the order within a group, or null
     * @param bounded true for combiners: sort what fits in memory at a time instead of spilling
     */
    SortedGroupDriver(DriverConfig config, Class<F> functionType, TypeComparator<?> keyComparator,
            TypeComparator<?> groupOrderComparator, boolean bounded) {
        super(config, functionType);
        if (keyComparator == null && groupOrderComparator != null) {
            throw new IllegalArgumentException("a group order needs a grouping key; sort the partition instead");
        }
        this.keyComparator = keyComparator;
        this.groupOrderComparator = groupOrderComparator;
        this.bounded = bounded;
    }

    /** Calls the user function on one group. Runs on the helper thread in the non-keyed case. */
    protected abstract void callGroup(Iterable<Object> group, Collector<OUT> out) throws Exception;

    @Override
    @SuppressWarnings("unchecked")
    protected void setup() throws Exception {
        if (keyComparator == null) {
            return;
        }
        grouping = (TypeComparator<Object>) keyComparator.duplicate();
        TypeComparator<Object> order = (TypeComparator<Object>) keyComparator.duplicate();
        if (groupOrderComparator != null) {
            order = new LexicographicComparator<>(order, (TypeComparator<Object>) groupOrderComparator.duplicate());
        }
        sorter = bounded
                ? new InMemoryRecordSorter(context, allocateManagedMemory(2), serializer(0), order)
                : sortingBuffer(0, allocateManagedMemory(ExternalSorter.MIN_PAGES), order);
    }

    @Override
    protected void userFunctionOpened() {
        if (keyComparator == null) {
            handoff = new PartitionHandoff(context.getTaskNameWithSubtask() + " (" + getClass().getSimpleName() + ")",
                    partition -> callGroup(partition, collector), false);
        }
    }

    /** Complete groups only: a combiner's sorter fills up and is drained between records. */
    @Override
    protected RecordSorter sorterTakingBytes(int input) {
        return bounded || handoff != null ? null : sorter;
    }

    @Override
    protected void process(int input, Object record) throws Exception {
        if (handoff != null) {
            handoff.add(keep(input, record));
        } else if (!sorter.add(record)) {
            drainGroups();
            if (!sorter.add(record)) {
                throw new IOException("a record is larger than the sort memory of '" + context.getOperatorName() + "'");
            }
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
        KeyGroupedIterator groups = new KeyGroupedIterator(sorter.sorted(), grouping, TraversableOnceException::new);
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
        if (sorter != null) {
            sorter.close();
            sorter = null;
        }
    }
}
