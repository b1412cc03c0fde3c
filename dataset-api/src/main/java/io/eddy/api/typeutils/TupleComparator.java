package io.eddy.api.typeutils;

import io.eddy.api.tuple.Tuple;
import io.eddy.runtime.types.CompositeComparator;
import io.eddy.runtime.types.TypeComparator;
import io.eddy.runtime.types.TypeSerializer;

/** Compares tuples on a list of field positions; see {@link CompositeComparator} for hash and key rules. */
public final class TupleComparator<T extends Tuple> extends CompositeComparator<T> {

    private static final long serialVersionUID = 1L;

    private final int[] keyPositions;
    /** Whether the key is a binary prefix: 0 unknown, 1 yes, -1 no (asked once per record by hash tables). */
    private transient int binaryPrefix;

    public TupleComparator(int[] keyPositions, TypeComparator<?>[] fieldComparators, TypeSerializer<T> serializer) {
        super(fieldComparators, serializer);
        if (keyPositions.length != fieldComparators.length) {
            throw new IllegalArgumentException("One comparator per key position is required");
        }
        this.keyPositions = keyPositions.clone();
    }

    /** The tuple field of each key field. */
    public int[] getKeyPositions() {
        return keyPositions.clone();
    }

    @Override
    protected Object getKeyField(T record, int keyIndex) {
        return record.getField(keyPositions[keyIndex]);
    }

    @Override
    protected String describeKeyField(int keyIndex) {
        return "tuple field f" + keyPositions[keyIndex];
    }

    /**
     * Supported when the key is the leading fields in order ({@code groupBy(0)}, {@code groupBy(0, 1)})
     * and each key field's comparator supports it: tuples serialize field after field without
     * headers, so those fields' bytes are the serialized tuple's first bytes.
     */
    @Override
    public int binaryKeyPrefixLength(byte[] bytes, int offset) {
        if (!supportsBinaryKeyPrefix()) {
            return -1;
        }
        int position = offset;
        for (int i = 0; i < keyPositions.length; i++) {
            position += fieldComparators[i].binaryKeyPrefixLength(bytes, position);
        }
        return position - offset;
    }

    @Override
    public boolean supportsBinaryKeyPrefix() {
        if (binaryPrefix == 0) {
            binaryPrefix = 1;
            for (int i = 0; i < keyPositions.length; i++) {
                if (keyPositions[i] != i || !fieldComparators[i].supportsBinaryKeyPrefix()) {
                    binaryPrefix = -1;
                    break;
                }
            }
        }
        return binaryPrefix > 0;
    }

    /** Tuples serialize field after field without headers, so fields 0, 1, ... lead the record. */
    @Override
    protected boolean normalizedKeyFieldsLeadSerializedRecord(int count) {
        for (int i = 0; i < count; i++) {
            if (keyPositions[i] != i) {
                return false;
            }
        }
        return true;
    }

    @Override
    public TupleComparator<T> duplicate() {
        return new TupleComparator<>(keyPositions, duplicateFieldComparators(), duplicateSerializer());
    }
}
