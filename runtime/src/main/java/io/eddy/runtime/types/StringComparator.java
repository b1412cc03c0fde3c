package io.eddy.runtime.types;

import io.eddy.runtime.memory.DataInputView;
import io.eddy.runtime.memory.MemorySegment;
import java.io.IOException;

/**
 * Orders strings like {@link String#compareTo}. Serialized strings are compared char by char without
 * building them; the normalized key is an order-preserving prefix (see {@link StringEncoding}).
 */
public final class StringComparator extends BasicTypeComparator<String> {

    private static final long serialVersionUID = 1L;

    /** Normalized key bytes requested by sorters when they have no better idea. */
    private static final int DEFAULT_NORMALIZED_KEY_LEN = 8;

    public StringComparator(boolean ascending) {
        super(ascending);
    }

    @Override
    public int compareSerialized(DataInputView firstSource, DataInputView secondSource) throws IOException {
        int cmp = StringEncoding.compareSerialized(firstSource, secondSource);
        return ascending ? cmp : -cmp;
    }

    @Override
    public boolean supportsNormalizedKey() {
        return true;
    }

    @Override
    public int getNormalizeKeyLen() {
        return DEFAULT_NORMALIZED_KEY_LEN;
    }

    @Override
    public boolean isNormalizedKeyPrefixOnly(int keyBytes) {
        return true;
    }

    @Override
    public void putNormalizedKey(String record, MemorySegment target, int offset, int numBytes) {
        StringEncoding.putNormalizedKey(record, target, offset, numBytes);
    }

    @Override
    public boolean supportsSerializedNormalizedKey() {
        return true;
    }

    @Override
    public void putNormalizedKeySerialized(DataInputView source, MemorySegment target, int offset, int numBytes)
            throws IOException {
        StringEncoding.putNormalizedKey(source, target, offset, numBytes);
    }

    @Override
    public boolean supportsSerializedHash() {
        return true;
    }

    @Override
    public int hashSerialized(DataInputView source) throws IOException {
        return StringEncoding.hash(source);
    }

    @Override
    public StringComparator duplicate() {
        return new StringComparator(ascending);
    }

    /** The key is the whole encoded string: a length, then one variable-length integer per character. */
    @Override
    public int binaryKeyPrefixLength(byte[] bytes, int offset) {
        return StringEncoding.encodedLength(bytes, offset);
    }

    @Override
    public boolean supportsBinaryKeyPrefix() {
        return true;
    }
}
