package io.eddy.runtime.types;

import io.eddy.runtime.memory.DataInputView;
import io.eddy.runtime.memory.MemorySegment;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Base of comparators whose key is made of several fields of a record (tuple fields, POJO fields,
 * record components, or the result of a key function). A subclass says how to read key field
 * {@code i} from a record ({@link #getKeyField}); each key field has its own comparator, which may
 * itself be composite for nested keys.
 *
 * <p>Hash: the flat key fields are folded as {@code h = 31 * h + fieldHash}, starting from 0, through
 * any nesting, so the hash depends only on the flat key values (see the package documentation).
 *
 * <p>Normalized key: the concatenated normalized keys of the leading key fields, up to and including
 * the first field whose key is only a prefix. Descending fields write inverted bytes, so the
 * composite key itself is never inverted.
 *
 * <p>Serialized comparison deserializes both records with the serializer given at construction (none
 * given: {@link UnsupportedOperationException}).
 */
public abstract class CompositeComparator<T> extends TypeComparator<T> {

    private static final long serialVersionUID = 1L;

    /** One comparator per key field, in key order. */
    protected final TypeComparator<Object>[] fieldComparators;

    /** Serializer for {@link #compareSerialized}; null if unsupported. */
    protected final TypeSerializer<T> serializer;

    private final int numNormalizedFields;
    private final int[] normalizedKeyLengths;
    private final int normalizedKeyLength;
    private final boolean normalizedKeyCoversAllFields;

    private transient T scratch1;
    private transient T scratch2;

    @SuppressWarnings("unchecked")
    protected CompositeComparator(TypeComparator<?>[] fieldComparators, TypeSerializer<T> serializer) {
        if (fieldComparators.length == 0) {
            throw new IllegalArgumentException("A composite comparator needs at least one key field");
        }
        this.fieldComparators = (TypeComparator<Object>[]) fieldComparators.clone();
        this.serializer = serializer;
        this.normalizedKeyLengths = new int[fieldComparators.length];
        long total = 0;
        int count = 0;
        boolean coversAll = true;
        for (TypeComparator<?> comparator : fieldComparators) {
            if (!comparator.supportsNormalizedKey()) {
                coversAll = false;
                break;
            }
            int len = comparator.getNormalizeKeyLen();
            normalizedKeyLengths[count++] = len;
            total += len;
            if (comparator.isNormalizedKeyPrefixOnly(len) || total >= Integer.MAX_VALUE) {
                coversAll = count == fieldComparators.length && !comparator.isNormalizedKeyPrefixOnly(len);
                break;
            }
        }
        this.numNormalizedFields = count;
        this.normalizedKeyLength = (int) Math.min(total, Integer.MAX_VALUE);
        this.normalizedKeyCoversAllFields = coversAll && count == fieldComparators.length;
    }

    /**
     * Reads key field {@code keyIndex} of {@code record}: a tuple field, a POJO field, a record
     * component, or a key function's result.
     */
    protected abstract Object getKeyField(T record, int keyIndex);

    /** Describes key field {@code keyIndex} for error messages, e.g. "f1" or "user.name". */
    protected String describeKeyField(int keyIndex) {
        return null;
    }

    private Object field(T record, int keyIndex) {
        Object value = getKeyField(record, keyIndex);
        if (value == null) {
            throw new NullKeyFieldException(keyIndex, describeKeyField(keyIndex));
        }
        return value;
    }

    /** The key field comparators, in key order. */
    public TypeComparator<?>[] getFieldComparators() {
        return fieldComparators.clone();
    }

    /** Duplicates of the key field comparators, for {@link #duplicate()} implementations. */
    protected TypeComparator<?>[] duplicateFieldComparators() {
        TypeComparator<?>[] copies = new TypeComparator<?>[fieldComparators.length];
        for (int i = 0; i < copies.length; i++) {
            copies[i] = fieldComparators[i].duplicate();
        }
        return copies;
    }

    /** The serializer duplicated for another comparator instance, or null. */
    protected TypeSerializer<T> duplicateSerializer() {
        return serializer == null ? null : serializer.duplicate();
    }

    @Override
    public int hash(T record) {
        return hashInto(0, record);
    }

    /** Folds this record's flat key fields into {@code hash}; see the class documentation. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public int hashInto(int hash, T record) {
        int h = hash;
        for (int i = 0; i < fieldComparators.length; i++) {
            Object value = field(record, i);
            TypeComparator<Object> comparator = fieldComparators[i];
            if (comparator instanceof CompositeComparator) {
                h = ((CompositeComparator) comparator).hashInto(h, value);
            } else {
                h = 31 * h + comparator.hash(value);
            }
        }
        return h;
    }

    @Override
    public void setReference(T toCompare) {
        for (int i = 0; i < fieldComparators.length; i++) {
            fieldComparators[i].setReference(field(toCompare, i));
        }
    }

    @Override
    public boolean equalToReference(T candidate) {
        for (int i = 0; i < fieldComparators.length; i++) {
            if (!fieldComparators[i].equalToReference(field(candidate, i))) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int compareToReference(TypeComparator<T> referencedComparator) {
        CompositeComparator<T> other = (CompositeComparator<T>) referencedComparator;
        for (int i = 0; i < fieldComparators.length; i++) {
            int cmp = fieldComparators[i].compareToReference(other.fieldComparators[i]);
            if (cmp != 0) {
                return cmp;
            }
        }
        return 0;
    }

    @Override
    public int compare(T first, T second) {
        for (int i = 0; i < fieldComparators.length; i++) {
            int cmp = fieldComparators[i].compare(field(first, i), field(second, i));
            if (cmp != 0) {
                return cmp;
            }
        }
        return 0;
    }

    @Override
    public int compareSerialized(DataInputView firstSource, DataInputView secondSource) throws IOException {
        if (serializer == null) {
            throw new UnsupportedOperationException(getClass().getSimpleName()
                    + " was built without a serializer and cannot compare serialized records");
        }
        scratch1 = serializer.deserialize(scratch1, firstSource);
        scratch2 = serializer.deserialize(scratch2, secondSource);
        return compare(scratch1, scratch2);
    }

    @Override
    public boolean supportsNormalizedKey() {
        return numNormalizedFields > 0;
    }

    @Override
    public int getNormalizeKeyLen() {
        return normalizedKeyLength;
    }

    @Override
    public boolean isNormalizedKeyPrefixOnly(int keyBytes) {
        return !normalizedKeyCoversAllFields || keyBytes < normalizedKeyLength;
    }

    @Override
    public void putNormalizedKey(T record, MemorySegment target, int offset, int numBytes) {
        try {
            putNormalizedFields(record, null, target, offset, numBytes);
        } catch (IOException e) {
            throw new UncheckedIOException("an object's normalized key read no bytes", e);
        }
    }

    /** The leading field's own prefix when that field's normalized key fills all eight bytes. */
    @Override
    public long normalizedKeyPrefix(T record, MemorySegment scratch) {
        if (numNormalizedFields == 0 || normalizedKeyLengths[0] < Long.BYTES) {
            return super.normalizedKeyPrefix(record, scratch);
        }
        TypeComparator<Object> first = fieldComparators[0];
        long prefix = first.normalizedKeyPrefix(field(record, 0), scratch);
        return first.invertNormalizedKey() ? ~prefix : prefix;
    }

    /**
     * Writes the normalized keys of the leading key fields, inverted where descending, then zero
     * padding: of {@code record}, or if it is null, of the record serialized in {@code source}.
     */
    private void putNormalizedFields(T record, DataInputView source, MemorySegment target, int offset, int numBytes)
            throws IOException {
        int pos = offset;
        int remaining = numBytes;
        for (int i = 0; i < numNormalizedFields && remaining > 0; i++) {
            int len = Math.min(normalizedKeyLengths[i], remaining);
            TypeComparator<Object> comparator = fieldComparators[i];
            if (record != null) {
                comparator.putNormalizedKey(field(record, i), target, pos, len);
            } else {
                comparator.putNormalizedKeySerialized(source, target, pos, len);
            }
            if (comparator.invertNormalizedKey()) {
                NormalizedKeys.invert(target, pos, len);
            }
            pos += len;
            remaining -= len;
        }
        for (int i = 0; i < remaining; i++) {
            target.put(pos + i, (byte) 0);
        }
    }

    /**
     * Supported when the serialized record begins with the normalized key fields, in key order
     * ({@link #normalizedKeyFieldsLeadSerializedRecord}), and each of their comparators supports it.
     */
    @Override
    public boolean supportsSerializedNormalizedKey() {
        if (numNormalizedFields == 0 || !normalizedKeyFieldsLeadSerializedRecord(numNormalizedFields)) {
            return false;
        }
        for (int i = 0; i < numNormalizedFields; i++) {
            if (!fieldComparators[i].supportsSerializedNormalizedKey()) {
                return false;
            }
        }
        return true;
    }

    @Override
    public void putNormalizedKeySerialized(DataInputView source, MemorySegment target, int offset, int numBytes)
            throws IOException {
        putNormalizedFields(null, source, target, offset, numBytes);
    }

    /**
     * Supported when the serialized record begins with all key fields in key order
     * ({@link #normalizedKeyFieldsLeadSerializedRecord}), none of them nested, and each of their
     * comparators supports it.
     */
    @Override
    public boolean supportsSerializedHash() {
        if (!normalizedKeyFieldsLeadSerializedRecord(fieldComparators.length)) {
            return false;
        }
        for (TypeComparator<Object> comparator : fieldComparators) {
            if (comparator instanceof CompositeComparator || !comparator.supportsSerializedHash()) {
                return false;
            }
        }
        return true;
    }

    /** Folds the key fields' hashes as {@link #hashInto} does for objects. */
    @Override
    public int hashSerialized(DataInputView source) throws IOException {
        int h = 0;
        for (TypeComparator<Object> comparator : fieldComparators) {
            h = 31 * h + comparator.hashSerialized(source);
        }
        return h;
    }

    /**
     * Whether a serialized record starts with the serialized values of its first {@code count} key
     * fields, one after the other in key order, without headers. False unless a subclass knows its
     * serializer's format.
     */
    protected boolean normalizedKeyFieldsLeadSerializedRecord(int count) {
        return false;
    }

    @Override
    public boolean invertNormalizedKey() {
        return false;
    }

    @Override
    public int extractKeys(Object record, Object[] target, int index) {
        @SuppressWarnings("unchecked")
        T typed = (T) record;
        int written = 0;
        for (int i = 0; i < fieldComparators.length; i++) {
            written += fieldComparators[i].extractKeys(field(typed, i), target, index + written);
        }
        return written;
    }

    @Override
    public Object extractSingleKey(Object record) {
        if (fieldComparators.length != 1) {
            return super.extractSingleKey(record);
        }
        @SuppressWarnings("unchecked")
        T typed = (T) record;
        return fieldComparators[0].extractSingleKey(field(typed, 0));
    }

    @Override
    @SuppressWarnings("rawtypes")
    public TypeComparator[] getFlatComparators() {
        List<TypeComparator> flat = new ArrayList<>();
        for (TypeComparator<Object> comparator : fieldComparators) {
            for (TypeComparator leaf : comparator.getFlatComparators()) {
                flat.add(leaf);
            }
        }
        return flat.toArray(new TypeComparator[0]);
    }
}
