package io.eddy.exec;

import io.eddy.runtime.hash.ManagedReduceTable;
import io.eddy.runtime.hash.ReduceTable;
import io.eddy.api.functions.ReduceFunction;
import io.eddy.api.operators.translation.AggregatingReduceFunction;
import io.eddy.api.typeutils.TupleComparator;
import io.eddy.api.typeutils.TupleSerializer;
import io.eddy.runtime.hash.InPlaceUpdater;
import io.eddy.runtime.operator.Operator;
import io.eddy.runtime.operator.OperatorFactory;
import io.eddy.runtime.operator.Output;
import io.eddy.runtime.types.TypeComparator;
import io.eddy.runtime.types.TypeSerializer;
import java.io.IOException;

/**
 * Runs a {@link ReduceFunction} by hash aggregation: one aggregate per key, serialized in a
 * {@link ReduceTable} in the operator's managed memory. {@link AggregationMode#FINAL} keeps every
 * key of the partition, spilling sorted partial aggregates when the keys outgrow memory, and emits
 * at the end; {@link AggregationMode#COMBINE} emits all partial aggregates whenever the table is
 * full. Without a key comparator the whole partition reduces to (at most) one record, on the heap.
 */
public final class ReduceDriver<T> extends UdfDriver<ReduceFunction<T>, T> {

    /**
     * Creates a {@link ReduceDriver}: one regular input; the config's function is a ReduceFunction.
     *
     * @param keyComparator the grouping key, or null to reduce the whole partition
     */
    public record Factory<T>(DriverConfig config, AggregationMode mode, TypeComparator<?> keyComparator)
            implements OperatorFactory<T> {
        @Override
        public Operator<T> create() {
            return new ReduceDriver<>(config, mode, keyComparator);
        }

        @Override
        public int managedMemoryWeight() {
            return keyComparator != null ? 1 : 0;
        }
    }

    private final AggregationMode mode;
    private final TypeComparator<?> keyComparator;
    private ReduceTable table;
    private Output<Object> untypedOutput;
    /** The aggregate of a non-keyed reduce. */
    private T aggregate;

    @SuppressWarnings({"unchecked", "rawtypes"})
    public ReduceDriver(DriverConfig config, AggregationMode mode, TypeComparator<?> keyComparator) {
        super(config, (Class) ReduceFunction.class);
        this.mode = mode;
        this.keyComparator = keyComparator;
    }

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    protected void setup() throws Exception {
        untypedOutput = (Output) output;
        if (keyComparator != null) {
            boolean canSpill = mode == AggregationMode.FINAL;
            ReduceFunction<Object> reduce = (ReduceFunction) function;
            table = new ManagedReduceTable(context, allocateManagedMemory(ManagedReduceTable.minPages(canSpill)),
                    serializer(0), (TypeComparator<Object>) keyComparator, reduce::reduce, inPlaceUpdater(), canSpill,
                    objectReuse);
        }
    }

    /** The in-place form of a built-in tuple aggregation, or null if the function or types do not allow one. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private InPlaceUpdater<Object> inPlaceUpdater() {
        if (!(function instanceof AggregatingReduceFunction<?> aggregation)
                || !(serializer(0) instanceof TupleSerializer<?> tuples)
                || !(keyComparator instanceof TupleComparator<?> keys) || !keys.supportsBinaryKeyPrefix()) {
            return null;
        }
        TypeSerializer<?>[] fields = tuples.getFieldSerializers();
        int[] lengths = new int[fields.length];
        for (int i = 0; i < fields.length; i++) {
            lengths[i] = fields[i].getLength();
        }
        return (InPlaceUpdater) aggregation.inPlaceUpdater(lengths, keys.getKeyPositions().length);
    }

    @Override
    @SuppressWarnings("unchecked")
    protected void process(int input, Object record) throws Exception {
        if (table != null) {
            if (!table.reduceOrInsert(record)) {
                if (table.size() == 0) {
                    throw new IOException("a record is larger than the managed memory of '" + context.getOperatorName() + "'");
                }
                if (mode == AggregationMode.COMBINE) {
                    table.emitAndClear(untypedOutput);
                } else {
                    table.spill();
                }
                if (!table.reduceOrInsert(record)) {
                    throw new IOException("a record is larger than the managed memory of '" + context.getOperatorName() + "'");
                }
            }
        } else if (aggregate == null) {
            aggregate = (T) keep(input, record);
        } else {
            T result = function.reduce(aggregate, (T) record);
            aggregate = result == record ? (T) keep(input, result) : result;
        }
    }

    @Override
    protected void endRegularInput(int input) throws Exception {
        if (table != null) {
            table.finish(untypedOutput);
        } else if (aggregate != null) {
            T result = aggregate;
            aggregate = null;
            output.collect(result);
        }
    }

    @Override
    protected void closeDriver() {
        if (table != null) {
            table.close();
            table = null;
        }
        aggregate = null;
    }
}
