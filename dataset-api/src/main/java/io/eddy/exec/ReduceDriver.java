package io.eddy.exec;

import io.eddy.api.functions.ReduceFunction;
import io.eddy.runtime.operator.Operator;
import io.eddy.runtime.operator.OperatorFactory;
import io.eddy.runtime.operator.Output;
import io.eddy.runtime.types.TypeComparator;

/**
 * Runs a {@link ReduceFunction} by hash aggregation: one aggregate per key in a {@link ReduceTable}.
 * {@link AggregationMode#FINAL} keeps every key of the partition and emits at the end;
 * {@link AggregationMode#COMBINE} bounds the table to {@code combineCapacity} keys and emits all
 * partial aggregates whenever a new key does not fit. Without a key comparator the whole partition
 * reduces to (at most) one record.
 */
public final class ReduceDriver<T> extends UdfDriver<ReduceFunction<T>, T> {

    /** The default number of keys a combining reduce holds before it emits partial results. */
    public static final int DEFAULT_COMBINE_CAPACITY = 16_384;

    /**
     * Creates a {@link ReduceDriver}: one regular input; the config's function is a ReduceFunction.
     *
     * @param keyComparator the grouping key, or null to reduce the whole partition
     * @param combineCapacity the key bound of {@link AggregationMode#COMBINE}; ignored for FINAL
     */
    public record Factory<T>(DriverConfig config, AggregationMode mode, TypeComparator<?> keyComparator, int combineCapacity)
            implements OperatorFactory<T> {
        public Factory {
            if (mode == AggregationMode.COMBINE && combineCapacity < 1) {
                throw new IllegalArgumentException("combineCapacity must be positive: " + combineCapacity);
            }
        }

        @Override
        public Operator<T> create() {
            return new ReduceDriver<>(config, mode, keyComparator, combineCapacity);
        }
    }

    private final AggregationMode mode;
    private final TypeComparator<?> keyComparator;
    private final int combineCapacity;
    private ReduceTable table;
    private Output<Object> untypedOutput;
    /** The aggregate of a non-keyed reduce. */
    private T aggregate;

    @SuppressWarnings({"unchecked", "rawtypes"})
    public ReduceDriver(DriverConfig config, AggregationMode mode, TypeComparator<?> keyComparator, int combineCapacity) {
        super(config, (Class) ReduceFunction.class);
        this.mode = mode;
        this.keyComparator = keyComparator;
        this.combineCapacity = combineCapacity;
    }

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    protected void setup() {
        untypedOutput = (Output) output;
        if (keyComparator != null) {
            table = new HeapReduceTable((TypeComparator<Object>) keyComparator.duplicate(), (ReduceFunction) function,
                    objectReuse ? serializer(0) : null,
                    mode == AggregationMode.COMBINE ? combineCapacity : Integer.MAX_VALUE);
        }
    }

    @Override
    @SuppressWarnings("unchecked")
    protected void process(int input, Object record) throws Exception {
        if (table != null) {
            if (!table.reduceOrInsert(record)) {
                table.emitAndClear(untypedOutput);
                table.reduceOrInsert(record);
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
            table.emitAndClear(untypedOutput);
        } else if (aggregate != null) {
            T result = aggregate;
            aggregate = null;
            output.collect(result);
        }
    }

    @Override
    protected void closeDriver() {
        table = null;
        aggregate = null;
    }
}
