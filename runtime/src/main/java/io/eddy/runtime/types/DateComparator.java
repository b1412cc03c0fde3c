package io.eddy.runtime.types;

import io.eddy.runtime.memory.DataInputView;
import io.eddy.runtime.memory.MemorySegment;
import java.io.IOException;
import java.util.Date;

/** Orders {@link Date} keys by their epoch milliseconds. */
public final class DateComparator extends BasicTypeComparator<Date> {

    private static final long serialVersionUID = 1L;

    public DateComparator(boolean ascending) {
        super(ascending);
    }

    @Override
    public int compareSerialized(DataInputView firstSource, DataInputView secondSource) throws IOException {
        int cmp = Long.compare(firstSource.readLong(), secondSource.readLong());
        return ascending ? cmp : -cmp;
    }

    @Override
    public boolean supportsNormalizedKey() {
        return true;
    }

    @Override
    public int getNormalizeKeyLen() {
        return 8;
    }

    @Override
    public boolean isNormalizedKeyPrefixOnly(int keyBytes) {
        return keyBytes < 8;
    }

    @Override
    public void putNormalizedKey(Date record, MemorySegment target, int offset, int numBytes) {
        NormalizedKeys.putUnsigned(record.getTime() ^ Long.MIN_VALUE, 8, target, offset, numBytes);
    }

    @Override
    public DateComparator duplicate() {
        return new DateComparator(ascending);
    }
}
