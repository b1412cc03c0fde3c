package io.eddy.runtime.types;

import io.eddy.runtime.memory.DataInputView;
import io.eddy.runtime.memory.MemorySegment;
import java.io.IOException;
import java.io.Serializable;

/**
 * Compares, hashes and orders records of one type by their key: the whole value for atomic types,
 * chosen fields (with a sort order each) for tuples, records and POJOs, a key function's result for
 * key selectors. Partitioners, sorters, hash tables and group iterators use nothing else to look at
 * keys.
 *
 * <h2>Contracts</h2>
 * <ul>
 *   <li>{@link #hash} depends only on the key's values, combined the same way by every comparator
 *       over the same key types. Two inputs of a join that are partitioned by their own comparators
 *       therefore meet in the same channel whenever their keys are equal.</li>
 *   <li>Normalized keys: {@link #putNormalizedKey} writes a byte prefix such that comparing the
 *       prefixes as unsigned bytes orders records like {@link #compare} does, as far as the prefix
 *       reaches. If {@link #isNormalizedKeyPrefixOnly} says the prefix is the whole key, sorters
 *       skip the full comparison on ties.</li>
 *   <li>{@link #setReference}/{@link #equalToReference}/{@link #compareToReference} let a group
 *       iterator hold one key and test many records against it without re-extracting it.</li>
 * </ul>
 *
 * <p>Comparators travel inside the job graph and hold reference state, so each thread works on its
 * own {@link #duplicate()}.
 */
public abstract class TypeComparator<T> implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Hash of the record's key. See the class contract. */
    public abstract int hash(T record);

    /** Remembers {@code toCompare}'s key as the reference for the next calls. */
    public abstract void setReference(T toCompare);

    /** True if {@code candidate}'s key equals the reference key. */
    public abstract boolean equalToReference(T candidate);

    /**
     * Compares the reference key of {@code referencedComparator} with this comparator's reference
     * key: negative if the other's is smaller, as in Flink.
     */
    public abstract int compareToReference(TypeComparator<T> referencedComparator);

    /** Orders two records by key, honouring each key field's sort order. */
    public abstract int compare(T first, T second);

    /** Orders two serialized records by key, reading each from its view. */
    public abstract int compareSerialized(DataInputView firstSource, DataInputView secondSource) throws IOException;

    public abstract boolean supportsNormalizedKey();

    /** The number of bytes of normalized key this comparator can produce (Integer.MAX_VALUE = any). */
    public abstract int getNormalizeKeyLen();

    /** True if a normalized key of {@code keyBytes} bytes does not determine the full order. */
    public abstract boolean isNormalizedKeyPrefixOnly(int keyBytes);

    /** Writes {@code numBytes} bytes of normalized key for {@code record} at {@code offset}. */
    public abstract void putNormalizedKey(T record, MemorySegment target, int offset, int numBytes);

    /**
     * The first eight bytes {@link #putNormalizedKey} writes for {@code record} (fewer if the key is
     * shorter, zero padded), as a big-endian long: what a merge compares before it compares records.
     * By default written through {@code scratch}, a segment of at least eight bytes; comparators that
     * can compute the long directly override this.
     */
    public long normalizedKeyPrefix(T record, MemorySegment scratch) {
        int bytes = Math.min(Long.BYTES, getNormalizeKeyLen());
        if (bytes < Long.BYTES) {
            scratch.putLong(0, 0L);
        }
        putNormalizedKey(record, scratch, 0, bytes);
        return scratch.getLong(0);
    }

    /**
     * Whether {@link #putNormalizedKeySerialized} works: the normalized key can be read off a
     * serialized record without deserializing it. False by default.
     */
    public boolean supportsSerializedNormalizedKey() {
        return false;
    }

    /**
     * Writes the same {@code numBytes} bytes {@link #putNormalizedKey} would write for the record
     * serialized in {@code source} (positioned at the record's first byte). Afterwards the view is
     * positioned after the key's serialized bytes if this normalized key is the whole key and
     * {@code numBytes} covers it, and anywhere in the record otherwise: a composite key reads its next
     * field only in the first case.
     *
     * @throws UnsupportedOperationException unless {@link #supportsSerializedNormalizedKey()}
     */
    public void putNormalizedKeySerialized(DataInputView source, MemorySegment target, int offset, int numBytes)
            throws IOException {
        throw new UnsupportedOperationException(getClass().getSimpleName() + " cannot read normalized keys off serialized records");
    }

    /**
     * Whether {@link #hashSerialized} works: the key's hash can be computed from a serialized record
     * without deserializing it. False by default.
     */
    public boolean supportsSerializedHash() {
        return false;
    }

    /**
     * The {@link #hash} of the record serialized in {@code source} (positioned at the record's first
     * byte); afterwards the view is positioned after the key's serialized bytes. Hash tables that take
     * records as bytes place them with it, and must find them again with {@link #hash} of objects.
     *
     * @throws UnsupportedOperationException unless {@link #supportsSerializedHash()}
     */
    public int hashSerialized(DataInputView source) throws IOException {
        throw new UnsupportedOperationException(getClass().getSimpleName() + " cannot hash serialized records");
    }

    /** True if normalized-key order is the reverse of the desired order (a descending key). */
    public abstract boolean invertNormalizedKey();

    /** A comparator for use by another thread. */
    public abstract TypeComparator<T> duplicate();

    /**
     * Writes the key field values of {@code record} into {@code target} from {@code index} on and
     * returns how many it wrote; the order matches {@link #getFlatComparators()}.
     */
    public abstract int extractKeys(Object record, Object[] target, int index);

    /** Where {@link #extractSingleKey}'s default extracts to; a comparator is one thread's (see {@link #duplicate}). */
    private transient Object[] singleKeyScratch;

    /**
     * The single flat key field of {@code record}, for comparators with one ({@link #getKeyCount()}
     * is 1): what {@link #extractKeys} would write, without an array to write it into.
     *
     * @throws IllegalStateException if the comparator has more than one flat key field
     */
    public Object extractSingleKey(Object record) {
        Object[] key = singleKeyScratch;
        if (key == null) {
            int keys = getKeyCount();
            if (keys != 1) {
                throw new IllegalStateException(getClass().getName() + " has " + keys + " key fields, not one");
            }
            key = new Object[1];
            singleKeyScratch = key;
        }
        extractKeys(record, key, 0);
        return key[0];
    }

    /** The comparators of the individual key fields, in key order, flattened through nesting. */
    @SuppressWarnings("rawtypes")
    public abstract TypeComparator[] getFlatComparators();

    /**
     * For hash tables that compare keys without deserializing records: the number of bytes the key
     * of the record serialized in {@code bytes} from {@code offset} occupies, if the key is a prefix
     * of the record's serialized form, two keys are equal exactly when those bytes are equal and no
     * key's bytes are a proper prefix of another's; -1 if that does not hold (the default).
     */
    public int binaryKeyPrefixLength(byte[] bytes, int offset) {
        return -1;
    }

    /** Whether {@link #binaryKeyPrefixLength} works for every record. */
    public boolean supportsBinaryKeyPrefix() {
        return false;
    }

    /** The number of flat key fields. */
    public int getKeyCount() {
        return getFlatComparators().length;
    }
}
