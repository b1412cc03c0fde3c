package io.eddy.exec;

import io.eddy.runtime.sort.RecordSorter;
import io.eddy.runtime.sort.ExternalRecordSorter;
import io.eddy.runtime.sort.PresortedRecordBuffer;
import io.eddy.api.functions.Function;
import io.eddy.runtime.operator.Operator;
import io.eddy.runtime.operator.OperatorFactory;
import io.eddy.runtime.sort.ExternalSorter;
import io.eddy.runtime.types.TypeComparator;
import java.util.Iterator;

/**
 * {@code DataSet.sortPartition}: sorts the partition by the comparator in managed memory, spilling
 * sorted runs when it does not fit, and emits it at the end. No user function. As in Flink the sort
 * is not stable: records with equal keys come out in no particular order. An input the plan declares
 * sorted in this order already passes straight through (checked, without memory).
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
            return config.isPresorted(0) ? 0 : 1;
        }
    }

    private final TypeComparator<?> comparator;
    private RecordSorter sorter;
    /** The order check of a presorted input: the previous record (a copy) and how many came before it. */
    private TypeComparator<Object> check;
    private Object previous;
    private long position;

    public SortPartitionDriver(DriverConfig config, TypeComparator<?> comparator) {
        super(config, null);
        this.comparator = comparator;
    }

    @Override
    @SuppressWarnings("unchecked")
    protected void setup() throws Exception {
        // setup runs again before every superstep of a loop
        previous = null;
        position = 0;
        if (config.isPresorted(0)) {
            check = (TypeComparator<Object>) comparator.duplicate();
            return;
        }
        sorter = new ExternalRecordSorter(context, allocateManagedMemory(ExternalSorter.MIN_PAGES), serializer(0),
                (TypeComparator<Object>) comparator.duplicate());
    }

    @Override
    protected RecordSorter sorterTakingBytes(int input) {
        return check == null ? sorter : null;
    }

    @Override
    @SuppressWarnings("unchecked")
    protected void process(int input, Object record) throws Exception {
        if (check == null) {
            sorter.add(record);
            return;
        }
        if (previous != null && check.compare(previous, record) > 0) {
            throw PresortedRecordBuffer.notSorted(context.getOperatorName(), position, previous, record);
        }
        previous = keep(input, record);
        position++;
        output.collect((T) record);
    }

    @Override
    @SuppressWarnings("unchecked")
    protected void endRegularInput(int input) throws Exception {
        if (check != null) {
            return;
        }
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
