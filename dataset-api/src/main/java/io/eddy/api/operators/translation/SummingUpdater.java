package io.eddy.api.operators.translation;

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
 * The in-place form of a {@link SummingReduceFunction}: adds the 8-byte numbers of a record's tail
 * (everything after its key) to those of the stored aggregate, longs as longs and doubles as doubles
 * (stored + incoming, the order of {@code reduce(stored, incoming)}).
 *
 * @param <T> the record type
 */
public final class SummingUpdater<T> implements InPlaceUpdater<T> {

    private final boolean[] doubles;
    private final TypeSerializer<T> serializer;
    /** Serializes a record given as an object; its tail is its last bytes. */
    private final DataOutputSerializer scratch = new DataOutputSerializer(64);

    private SummingUpdater(boolean[] doubles, TypeSerializer<T> serializer) {
        this.doubles = doubles;
        this.serializer = serializer;
    }

    /**
     * The updater of {@code function} over records of {@code serializer} grouped by {@code keys}, or
     * null if they do not fit it: tuples whose key is their leading fields, compared as bytes, and
     * whose other fields serialize to one 8-byte number each of {@link SummingReduceFunction#summedDoubles()}.
     */
    public static <T> SummingUpdater<T> of(SummingReduceFunction<T> function, TypeSerializer<T> serializer,
                                           TypeComparator<T> keys) {
        if (!(serializer instanceof TupleSerializer<?> tuples) || !(keys instanceof TupleComparator<?> tupleKeys)
                || !keys.supportsBinaryKeyPrefix()) {
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
        boolean[] doubles = function.summedDoubles().clone();
        return tail == 8 * doubles.length && doubles.length > 0 ? new SummingUpdater<>(doubles, serializer.duplicate()) : null;
    }

    @Override
    public int tailLength() {
        return 8 * doubles.length;
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
        for (int i = 0; i < doubles.length; i++) {
            int at = tailOffset + 8 * i;
            long incoming = ByteArrays.getLong(record, recordTailOffset + 8 * i);
            long sum = doubles[i]
                    ? Double.doubleToRawLongBits(Double.longBitsToDouble(stored.getLong(at)) + Double.longBitsToDouble(incoming))
                    : stored.getLong(at) + incoming;
            stored.putLong(at, sum);
        }
    }
}
