package io.eddy.exec;

import io.eddy.api.functions.Function;
import io.eddy.runtime.operator.Operator;
import io.eddy.runtime.operator.OperatorFactory;
import io.eddy.runtime.types.TypeComparator;
import java.util.Iterator;

/**
 * {@code DataSet.sortPartition}: collects the partition, sorts it by the comparator (stable, so
 * equal keys keep their arrival order) and emits it at the end. No user function.
 */
public final class SortPartitionDriver<T> extends UdfDriver<Function, T> {

    /** Creates a {@link SortPartitionDriver}; one regular input, the config's function is ignored (may be null). */
    public record Factory<T>(DriverConfig config, TypeComparator<?> comparator) implements OperatorFactory<T> {
        @Override
        public Operator<T> create() {
            return new SortPartitionDriver<>(config, comparator);
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
    protected void setup() {
        sorter = new HeapRecordSorter(((TypeComparator<Object>) comparator.duplicate())::compare, Integer.MAX_VALUE);
    }

    @Override
    protected void process(int input, Object record) {
        sorter.add(keep(input, record));
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
        sorter = null;
    }
}
