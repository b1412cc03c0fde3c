package io.eddy.api.operators.translation;

import io.eddy.api.operators.translation.NumericReduceFunction.Fold;
import io.eddy.api.typeutils.TupleComparator;
import io.eddy.api.typeutils.TupleSerializer;
import io.eddy.runtime.hash.InPlaceUpdater;
import io.eddy.runtime.memory.ByteArrays;
import io.eddy.runtime.memory.DataOutputSerializer;
import io.eddy.runtime.memory.MemorySegment;
import io.eddy.runtime.types.TypeComparator;
import io.eddy.runtime.types.TypeSerializer;
import java.io.IOException;

/**
 * The in-place form of a {@link NumericReduceFunction}: folds the 8-byte numbers of a record's tail
 * (everything after its key) into those of the stored aggregate, stored first (the order of
 * {@code reduce(stored, incoming)}).
 *
 * @param <T> the record type
 */
public final class NumericUpdater<T> implements InPlaceUpdater<T> {

    private final Fold[] folds;
    private final TypeSerializer<T> serializer;
    /** Serializes a record given as an object; its tail is its last bytes. */
    private final DataOutputSerializer scratch = new DataOutputSerializer(64);

    private NumericUpdater(Fold[] folds, TypeSerializer<T> serializer) {
        this.folds = folds;
        this.serializer = serializer;
    }

    /**
     * The updater of {@code function} over records of {@code serializer} grouped by {@code keys}, or
     * null if they do not fit it: tuples whose key is their leading fields, compared as bytes, and
     * whose other fields serialize to one 8-byte number each of {@link NumericReduceFunction#folds()}.
     */
    public static <T> NumericUpdater<T> of(NumericReduceFunction<T> function, TypeSerializer<T> serializer,
                                           TypeComparator<T> keys) {
        Fold[] folds = function.folds();
        if (folds == null || folds.length == 0 || !(serializer instanceof TupleSerializer<?> tuples)
                || !(keys instanceof TupleComparator<?> tupleKeys) || !keys.supportsBinaryKeyPrefix()) {
            return null;
        }
        int[] positions = tupleKeys.getKeyPositions();
        TypeSerializer<?>[] fields = tuples.getFieldSerializers();
        int tail = 0;
        for (int f = 0; f < fields.length; f++) {
            if (f < positions.length) {
                if (positions[f] != f) {
                    return null;
                }
            } else if (fields[f].getLength() <= 0) {
                return null;
            } else {
                tail += fields[f].getLength();
            }
        }
        return tail == 8 * folds.length ? new NumericUpdater<>(folds.clone(), serializer.duplicate()) : null;
    }

    @Override
    public int tailLength() {
        return 8 * folds.length;
    }

    @Override
    public void update(T record, MemorySegment stored, int tailOffset) throws IOException {
        scratch.clear();
        serializer.serialize(record, scratch);
        updateSerialized(scratch.getSharedBuffer(), scratch.length() - tailLength(), stored, tailOffset);
    }

    @Override
    public boolean supportsSerializedRecords() {
        return true;
    }

    @Override
    public void updateSerialized(byte[] record, int recordTailOffset, MemorySegment stored, int tailOffset) {
        for (int i = 0; i < folds.length; i++) {
            int at = tailOffset + 8 * i;
            long a = stored.getLong(at);
            long b = ByteArrays.getLong(record, recordTailOffset + 8 * i);
            long folded = switch (folds[i]) {
                case LONG_SUM -> a + b;
                case DOUBLE_SUM -> Double.doubleToRawLongBits(Double.longBitsToDouble(a) + Double.longBitsToDouble(b));
                case LONG_MIN -> b < a ? b : a;
                case DOUBLE_MIN -> Double.doubleToRawLongBits(Math.min(Double.longBitsToDouble(a), Double.longBitsToDouble(b)));
            };
            stored.putLong(at, folded);
        }
    }
}
