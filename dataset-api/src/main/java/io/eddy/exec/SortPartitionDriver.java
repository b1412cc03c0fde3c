package io.eddy.exec;

import io.eddy.runtime.sort.RecordSorter;
import io.eddy.runtime.sort.ExternalRecordSorter;
import io.eddy.api.functions.Function;
import io.eddy.runtime.operator.Operator;
import io.eddy.runtime.operator.OperatorFactory;
import io.eddy.runtime.sort.ExternalSorter;
import io.eddy.runtime.types.TypeComparator;
import java.util.Iterator;

/**
 * {@code DataSet.sortPartition}: sorts the partition by the comparator in managed memory, spilling
 * sorted runs when it does not fit, and emits it at the end. No user function. As in Flink the sort
 * is not stable: records with equal keys come out in no particular order.
 */
public final class SortPartitionDriver<T> extends UdfDriver<Function, T> {

    /** Creates a {@link SortPartitionDriver}; one regular input, the config's function is ignored (may be null). */
    public record Factory<T>(DriverConfig config, TypeComparator<?> comparator) implements OperatorFactory<T> {
        @Override
        public Operator<T> create() {
            return new SortPartitionDriver<>(config, comparator);
        }

        @Override
        public int managedMemoryWeight() {
            return 1;
        }
    }

    private final TypeComparator<?> comparator;
    private RecordSorter sorter;

    public SortPartitionDriver(DriverConfig config, TypeComparator<?> comparator) {
        super(config, null);
        this.comparator = comparator;
    }

    @Override
    @SuppressWarnings("unchecked")
    protected void setup() throws Exception {
        sorter = new ExternalRecordSorter(context, allocateManagedMemory(ExternalSorter.MIN_PAGES), serializer(0),
                (TypeComparator<Object>) comparator.duplicate());
    }

    @Override
    protected void process(int input, Object record) throws Exception {
        sorter.add(record);
    }

    @Override
    @SuppressWarnings("unchecked")
    protected void endRegularInput(int input) throws Exception {
        Iterator<Object> sorted = sorter.sorted();
        while (sorted.hasNext()) {
            output.collect((T) sorted.next());
        }
        sorter.clear();
    }

    @Override
    protected void closeDriver() {
        if (sorter != null) {
            sorter.close();
            sorter = null;
        }
    }
}
