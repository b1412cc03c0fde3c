package io.eddy.api.typeutils;

import io.eddy.api.types.Row;
import io.eddy.api.types.RowKind;
import io.eddy.runtime.memory.DataInputView;
import io.eddy.runtime.memory.DataOutputView;
import io.eddy.runtime.types.TypeSerializer;
import java.io.IOException;
import java.util.Arrays;
import java.util.LinkedHashMap;

/**
 * Serializes position-based {@link Row}s: one byte for the {@link RowKind}, a null mask of one bit
 * per field (row fields may be null, unlike tuple fields), then the non-null fields with their
 * serializers. Rows read back know their field names, so {@code row.getField("name")} works on
 * them as in Flink.
 */
public final class RowSerializer extends TypeSerializer<Row> {

    private static final long serialVersionUID = 1L;

    private final TypeSerializer<Object>[] fieldSerializers;

    private final LinkedHashMap<String, Integer> positionByName;

    private final int maskBytes;

    private transient byte[] mask;

    @SuppressWarnings("unchecked")
    public RowSerializer(TypeSerializer<?>[] fieldSerializers, LinkedHashMap<String, Integer> positionByName) {
        this.fieldSerializers = (TypeSerializer<Object>[]) fieldSerializers.clone();
        this.positionByName = positionByName;
        this.maskBytes = (fieldSerializers.length + 7) / 8;
    }

    public int getArity() {
        return fieldSerializers.length;
    }

    @Override
    public boolean isImmutableType() {
        return false;
    }

    @Override
    public RowSerializer duplicate() {
        TypeSerializer<?>[] duplicates = new TypeSerializer<?>[fieldSerializers.length];
        for (int i = 0; i < duplicates.length; i++) {
            duplicates[i] = fieldSerializers[i].duplicate();
        }
        // always a new instance: the null mask is per-instance scratch state
        return new RowSerializer(duplicates, positionByName);
    }

    @Override
    public Row createInstance() {
        return Row.withNamedPositions(RowKind.INSERT, new Object[fieldSerializers.length], positionByName);
    }

    @Override
    public Row copy(Row from) {
        checkArity(from);
        Object[] fields = new Object[fieldSerializers.length];
        for (int i = 0; i < fields.length; i++) {
            Object value = from.getField(i);
            fields[i] = value == null ? null : fieldSerializers[i].copy(value);
        }
        return Row.withNamedPositions(from.getKind(), fields, positionByName);
    }

    @Override
    public Row copy(Row from, Row reuse) {
        if (reuse == null || reuse.getFieldNames(false) != null || reuse.getArity() != fieldSerializers.length) {
            return copy(from);
        }
        checkArity(from);
        reuse.setKind(from.getKind());
        for (int i = 0; i < fieldSerializers.length; i++) {
            Object value = from.getField(i);
            Object previous = reuse.getField(i);
            reuse.setField(i, value == null ? null
                    : previous == null ? fieldSerializers[i].copy(value) : fieldSerializers[i].copy(value, previous));
        }
        return reuse;
    }

    private void checkArity(Row row) {
        if (row.getArity() != fieldSerializers.length) {
            throw new IllegalArgumentException("Row arity of " + row.getArity() + " does not match the serializer's arity of "
                    + fieldSerializers.length + ": " + row);
        }
    }

    @Override
    public int getLength() {
        return -1;
    }

    @Override
    public void serialize(Row record, DataOutputView target) throws IOException {
        checkArity(record);
        byte[] bits = mask();
        Arrays.fill(bits, (byte) 0);
        for (int i = 0; i < fieldSerializers.length; i++) {
            if (record.getField(i) == null) {
                bits[i >>> 3] |= (byte) (1 << (i & 7));
            }
        }
        target.writeByte(record.getKind().toByteValue());
        target.write(bits);
        for (int i = 0; i < fieldSerializers.length; i++) {
            Object value = record.getField(i);
            if (value != null) {
                fieldSerializers[i].serialize(value, target);
            }
        }
    }

    @Override
    public Row deserialize(DataInputView source) throws IOException {
        return deserialize(null, source);
    }

    @Override
    public Row deserialize(Row reuse, DataInputView source) throws IOException {
        RowKind kind = RowKind.fromByteValue(source.readByte());
        byte[] bits = mask();
        source.readFully(bits);
        Row row = reuse == null || reuse.getFieldNames(false) != null || reuse.getArity() != fieldSerializers.length
                ? createInstance() : reuse;
        row.setKind(kind);
        for (int i = 0; i < fieldSerializers.length; i++) {
            if ((bits[i >>> 3] & (1 << (i & 7))) != 0) {
                row.setField(i, null);
            } else {
                Object previous = row.getField(i);
                row.setField(i, previous == null ? fieldSerializers[i].deserialize(source)
                        : fieldSerializers[i].deserialize(previous, source));
            }
        }
        return row;
    }

    @Override
    public void copy(DataInputView source, DataOutputView target) throws IOException {
        target.writeByte(source.readByte());
        byte[] bits = mask();
        source.readFully(bits);
        target.write(bits);
        for (int i = 0; i < fieldSerializers.length; i++) {
            if ((bits[i >>> 3] & (1 << (i & 7))) == 0) {
                fieldSerializers[i].copy(source, target);
            }
        }
    }

    private byte[] mask() {
        if (mask == null) {
            mask = new byte[maskBytes];
        }
        return mask;
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof RowSerializer && Arrays.equals(fieldSerializers, ((RowSerializer) obj).fieldSerializers);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(fieldSerializers);
    }

    @Override
    public String toString() {
        return "RowSerializer(" + Arrays.toString(fieldSerializers) + ")";
    }
}
