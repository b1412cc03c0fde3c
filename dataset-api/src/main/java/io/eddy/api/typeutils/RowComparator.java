package io.eddy.api.typeutils;

import io.eddy.api.types.Row;
import io.eddy.runtime.types.CompositeComparator;
import io.eddy.runtime.types.TypeComparator;
import io.eddy.runtime.types.TypeSerializer;

/**
 * Compares position-based {@link Row}s on a list of field positions; see {@link CompositeComparator}
 * for hashing and normalized keys. A null key field fails with the field's position, as key fields
 * of tuples do.
 */
public final class RowComparator extends CompositeComparator<Row> {

    private static final long serialVersionUID = 1L;

    private final int[] keyPositions;

    public RowComparator(int[] keyPositions, TypeComparator<?>[] fieldComparators, TypeSerializer<Row> serializer) {
        super(fieldComparators, serializer);
        if (keyPositions.length != fieldComparators.length) {
            throw new IllegalArgumentException("One comparator per key position is required");
        }
        this.keyPositions = keyPositions.clone();
    }

    @Override
    protected Object getKeyField(Row record, int keyIndex) {
        return record.getField(keyPositions[keyIndex]);
    }

    @Override
    protected String describeKeyField(int keyIndex) {
        return "row field " + keyPositions[keyIndex];
    }

    @Override
    public RowComparator duplicate() {
        return new RowComparator(keyPositions, duplicateFieldComparators(), duplicateSerializer());
    }
}
