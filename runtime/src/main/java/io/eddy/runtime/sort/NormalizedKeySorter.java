package io.eddy.runtime.sort;

import io.eddy.runtime.memory.DataInputView;
import io.eddy.runtime.memory.DataOutputView;
import io.eddy.runtime.memory.ListMemorySegmentSource;
import io.eddy.runtime.memory.MemorySegment;
import io.eddy.runtime.memory.RandomAccessInputView;
import io.eddy.runtime.memory.SimpleCollectingOutputView;
import io.eddy.runtime.types.TypeComparator;
import io.eddy.runtime.types.TypeSerializer;
import io.eddy.runtime.util.MutableObjectIterator;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An {@link InMemorySorter} that sorts by normalized keys: comparing two records costs one
 * comparison of a few bytes, and moving them costs swapping two small index entries, however large
 * the records are.
 *
 * <h2>Layout</h2>
 * The pages are split between a <em>record area</em>, where records are appended in serialized form
 * as they arrive, and a <em>sort index</em> of fixed-size entries, one per record:
 * <pre>
 *   [ record length: 3 bytes | offset of the record in the record area: 5 bytes ][ first N bytes of the normalized key ]
 * </pre>
 * with {@code N = min(comparator.getNormalizeKeyLen(), cap)} (cap {@value #DEFAULT_MAX_NORMALIZED_KEY_BYTES}
 * unless given). Entries never straddle pages, so entry {@code k} is found by one division. Both
 * areas draw on the same pool of free pages, the index one page at a time as it fills up: many small
 * records make the index large, few large records leave nearly everything to the record area.
 * Keeping each record's length in its entry lets {@link #writeToOutput} copy whole records when
 * spilling, without decoding them (records of 16 MB or more are copied by the serializer). It gathers
 * them, in sorted order, into an array that it hands to the output when full: a record costs an
 * index load, a page lookup and one copy, so that the processor has the loads of several records,
 * each a cache miss at a random place in the buffer, in flight at once (through the paged views, one
 * record's copy took so many instructions that the misses were served one at a time, at half the
 * speed).
 *
 * <h2>Sorting</h2>
 * {@link #sort()} radix sorts the index by its normalized key bytes (most significant first, in
 * place, American-flag style: each pass counts one key byte, moves every entry into its bucket by
 * swapping along cycles, and recurses into the buckets), skipping the bytes all keys share. Buckets
 * of a few entries, and entries whose normalized keys are equal but not the whole key, are finished
 * by {@link QuickSort} with the comparison below. A sorter of few records, or without normalized
 * keys, is quicksorted.
 *
 * <h2>Comparing</h2>
 * Normalized keys are compared as unsigned bytes ({@link MemorySegment#compare}); the result is
 * negated when the comparator says the key is inverted (descending). Only when the prefixes are
 * equal and do not determine the order ({@link TypeComparator#isNormalizedKeyPrefixOnly}) are the
 * records themselves compared: serialized, with {@link TypeComparator#compareSerialized}, or, if the
 * comparator does not support that, deserialized into two reused objects. A comparator without
 * normalized keys gets an index of bare pointers and every comparison reads the records.
 *
 * <p>Not thread-safe. The sorter works on its own duplicates of the serializer and comparator.
 *
 * @param <T> the record type
 */
public final class NormalizedKeySorter<T> implements InMemorySorter<T> {

    private static final Logger LOG = LoggerFactory.getLogger(NormalizedKeySorter.class);

    /** How many normalized key bytes an index entry holds at most unless the caller says otherwise. */
    public static final int DEFAULT_MAX_NORMALIZED_KEY_BYTES = 16;

    /** One page for the index and at least one for the records. */
    public static final int MIN_REQUIRED_PAGES = 2;

    /**
     * Fewer records than this are quicksorted: below it, the passes over 256 buckets of a radix sort
     * cost more than the comparisons they save.
     */
    static final int RADIX_SORT_MIN_RECORDS = 1024;

    /**
     * The size of the array {@link #writeToOutput} gathers records in. Records longer than it go
     * straight from the pages to the output.
     */
    private static final int COPY_BUFFER_BYTES = 64 * 1024;

    /** A radix sort finishes buckets of at most this many records by comparison. */
    private static final int RADIX_BUCKET_MAX = 32;

    private static final int POINTER_BYTES = 8;
    private static final int LENGTH_SHIFT = 40;
    private static final long OFFSET_MASK = (1L << LENGTH_SHIFT) - 1;
    /** The length field's value for a record too long for it: such records are copied by the serializer. */
    private static final long LENGTH_UNKNOWN = (1L << (64 - LENGTH_SHIFT)) - 1;

    private final TypeSerializer<T> serializer;
    private final TypeComparator<T> comparator;
    private final int pageSize;
    private final int totalPages;

    private final ArrayList<MemorySegment> freePages;
    /** The index pages in order, an array because sorting looks one up on every comparison and swap. */
    private MemorySegment[] indexPages;
    private int indexPageCount;
    private final ArrayList<MemorySegment> recordPages;

    private final SimpleCollectingOutputView recordCollector;
    /** Reads records for iteration, getRecord and writeToOutput. */
    private final RandomAccessInputView recordReader;
    /** Reads the normalized key off a record written as bytes ({@link #writeSerialized}). */
    private final RandomAccessInputView keyReader;
    /** Two more readers so that a comparison never disturbs an iteration in progress. */
    private final RandomAccessInputView compareReader1;
    private final RandomAccessInputView compareReader2;

    private final int numKeyBytes;
    private final int entrySize;
    private final int entriesPerPage;
    /** Divides by entriesPerPage without a division instruction. */
    private final ConstantDivisor entriesPerPageDivisor;
    private final boolean normalizedKeyFullyDetermines;
    private final boolean invertKey;
    /** Keys of exactly eight bytes compare as one long. */
    private final boolean eightByteKey;
    private final byte[] swapBuffer;
    /** Where {@link #writeToOutput} gathers records before handing them on; made on first use. */
    private byte[] copyBuffer;
    /** Records can be written as bytes: the index needs no key, or the comparator reads it off the bytes. */
    private final boolean serializedWrite;

    /** Cleared the first time the comparator turns out not to support serialized comparison. */
    private boolean compareSerialized = true;
    private T compareReuse1;
    private T compareReuse2;

    private int numRecords;
    private boolean disposed;
    /** Radix sort: per key byte, the bucket counts, then starts, of the range being sorted at that depth; the next free slots. */
    private int[][] radixBounds;
    private int[] radixNext;

    /** A sorter over {@code memory} with index entries of at most {@value #DEFAULT_MAX_NORMALIZED_KEY_BYTES} key bytes. */
    public NormalizedKeySorter(TypeSerializer<T> serializer, TypeComparator<T> comparator, List<MemorySegment> memory) {
        this(serializer, comparator, memory, DEFAULT_MAX_NORMALIZED_KEY_BYTES);
    }

    /**
     * A sorter over {@code memory} whose index entries hold at most {@code maxNormalizedKeyBytes} bytes
     * of normalized key: longer keys avoid more record comparisons, shorter ones leave more memory to
     * records. All pages must have the same power-of-two size; the list is not modified.
     */
    public NormalizedKeySorter(TypeSerializer<T> serializer, TypeComparator<T> comparator, List<MemorySegment> memory,
            int maxNormalizedKeyBytes) {
        if (memory == null || memory.size() < MIN_REQUIRED_PAGES) {
            throw new IllegalArgumentException("a sorter needs at least " + MIN_REQUIRED_PAGES + " pages, got "
                    + (memory == null ? 0 : memory.size()));
        }
        if (maxNormalizedKeyBytes < 0) {
            throw new IllegalArgumentException("negative normalized key length: " + maxNormalizedKeyBytes);
        }
        this.serializer = serializer.duplicate();
        this.comparator = comparator.duplicate();
        this.pageSize = memory.get(0).size();
        for (MemorySegment page : memory) {
            if (page.size() != pageSize) {
                throw new IllegalArgumentException("pages differ in size: " + page.size() + " and " + pageSize);
            }
        }
        this.totalPages = memory.size();

        this.numKeyBytes = this.comparator.supportsNormalizedKey()
                ? Math.max(0, Math.min(this.comparator.getNormalizeKeyLen(), maxNormalizedKeyBytes))
                : 0;
        this.normalizedKeyFullyDetermines = numKeyBytes > 0 && !this.comparator.isNormalizedKeyPrefixOnly(numKeyBytes);
        this.invertKey = numKeyBytes > 0 && this.comparator.invertNormalizedKey();
        this.eightByteKey = numKeyBytes == 8;
        this.entrySize = POINTER_BYTES + numKeyBytes;
        if (entrySize > pageSize) {
            throw new IllegalArgumentException("index entry of " + entrySize + " bytes does not fit a page of " + pageSize);
        }
        this.entriesPerPage = pageSize / entrySize;
        this.entriesPerPageDivisor = new ConstantDivisor(entriesPerPage);
        this.swapBuffer = new byte[entrySize];
        this.serializedWrite = numKeyBytes == 0 || this.comparator.supportsSerializedNormalizedKey();

        this.freePages = new ArrayList<>(memory);
        this.indexPages = new MemorySegment[8];
        this.recordPages = new ArrayList<>();
        addIndexPage(freePages.remove(freePages.size() - 1));
        this.recordCollector = new SimpleCollectingOutputView(recordPages, new ListMemorySegmentSource(freePages), pageSize);
        this.recordReader = new RandomAccessInputView(recordPages, pageSize);
        this.keyReader = new RandomAccessInputView(recordPages, pageSize);
        this.compareReader1 = new RandomAccessInputView(recordPages, pageSize);
        this.compareReader2 = new RandomAccessInputView(recordPages, pageSize);
        if (LOG.isDebugEnabled()) {
            LOG.debug("Sorter over {} pages of {} bytes: {} normalized key bytes per entry ({}), {} entries per index page",
                    totalPages, pageSize, numKeyBytes, normalizedKeyFullyDetermines ? "full key" : "prefix", entriesPerPage);
        }
    }

    @Override
    public boolean write(T record) throws IOException {
        checkNotDisposed();
        int pageIndex = pageOf(numRecords);
        boolean tookIndexPage = false;
        if (pageIndex == indexPageCount) {
            if (freePages.isEmpty()) {
                return false;
            }
            addIndexPage(freePages.remove(freePages.size() - 1));
            tookIndexPage = true;
        }

        long pointer = recordCollector.getCurrentOffset();
        long length;
        try {
            serializer.serialize(record, recordCollector);
            length = recordCollector.getCurrentOffset() - pointer;
            if (length == 0) {
                // an empty record would point at a page that may never be allocated; one padding
                // byte gives it a place (readers of an empty record never look at it)
                recordCollector.writeByte(0);
            }
        } catch (EOFException full) {
            recordCollector.resetTo(pointer);
            if (tookIndexPage) {
                freePages.add(removeLastIndexPage());
            }
            if (numRecords == 0) {
                throw tooLargeForEmptySorter("record", full);
            }
            return false;
        }

        int offset = putEntry(pageIndex, pointer, length);
        if (numKeyBytes > 0) {
            comparator.putNormalizedKey(record, indexPages[pageIndex], offset + POINTER_BYTES, numKeyBytes);
        }
        numRecords++;
        return true;
    }

    private void checkNotDisposed() {
        if (disposed) {
            throw new IllegalStateException("sorter was disposed");
        }
    }

    private IOException tooLargeForEmptySorter(String record, Throwable cause) {
        return new IOException(record + " does not fit into the empty sorter: it is larger than the sort memory of "
                + totalPages + " pages of " + pageSize + " bytes (less one page for the index)", cause);
    }

    /**
     * Writes the index entry of the next record (its pointer and length) into index page
     * {@code pageIndex}; returns the entry's offset in the page, where its normalized key goes next.
     */
    private int putEntry(int pageIndex, long pointer, long length) throws IOException {
        if (pointer > OFFSET_MASK) {
            throw new IOException("sort buffer beyond " + OFFSET_MASK + " bytes");
        }
        int offset = (numRecords - pageIndex * entriesPerPage) * entrySize;
        indexPages[pageIndex].putLong(offset, pointer | (Math.min(length, LENGTH_UNKNOWN) << LENGTH_SHIFT));
        return offset;
    }

    @Override
    public boolean supportsSerializedWrite() {
        return serializedWrite;
    }

    @Override
    public boolean writeSerialized(DataInputView source, int length) throws IOException {
        checkNotDisposed();
        if (!serializedWrite) {
            throw new UnsupportedOperationException(comparator + " cannot read normalized keys off serialized records");
        }
        int pageIndex = pageOf(numRecords);
        boolean needsIndexPage = pageIndex == indexPageCount;
        long stored = Math.max(length, 1);
        long free = (long) recordPages.size() * pageSize - recordCollector.getCurrentOffset()
                + (long) (freePages.size() - (needsIndexPage ? 1 : 0)) * pageSize;
        if (stored > free || (needsIndexPage && freePages.isEmpty())) {
            if (numRecords == 0) {
                throw tooLargeForEmptySorter("record of " + length + " bytes", null);
            }
            return false;
        }
        if (needsIndexPage) {
            addIndexPage(freePages.remove(freePages.size() - 1));
        }
        long pointer = recordCollector.getCurrentOffset();
        int offset = putEntry(pageIndex, pointer, length);
        if (length == 0) {
            recordCollector.writeByte(0);
        } else {
            recordCollector.write(source, length);
        }
        if (numKeyBytes > 0) {
            keyReader.setReadPosition(pointer);
            comparator.putNormalizedKeySerialized(keyReader, indexPages[pageIndex], offset + POINTER_BYTES, numKeyBytes);
        }
        numRecords++;
        return true;
    }

    @Override
    public void sort() {
        if (numKeyBytes == 0 || numRecords < RADIX_SORT_MIN_RECORDS) {
            QuickSort.sort(this);
            return;
        }
        if (radixBounds == null) {
            radixBounds = new int[numKeyBytes][256];
            radixNext = new int[256];
        }
        radixSort(0, numRecords, sharedLeadingKeyBytes());
    }

    /** How many of the first (up to eight) normalized key bytes all records share: no pass needs to look at them. */
    private int sharedLeadingKeyBytes() {
        if (numKeyBytes < 8) {
            return 0;
        }
        long first = indexPages[0].getLong(POINTER_BYTES);
        long differing = 0;
        for (int page = 0; page < indexPageCount; page++) {
            MemorySegment segment = indexPages[page];
            int entries = Math.min(entriesPerPage, numRecords - page * entriesPerPage);
            int end = entries * entrySize;
            for (int offset = POINTER_BYTES; offset < end; offset += entrySize) {
                differing |= segment.getLong(offset) ^ first;
            }
        }
        // getLong is big-endian: the first key byte is the most significant
        return Long.numberOfLeadingZeros(differing) >>> 3;
    }

    /**
     * Sorts entries {@code from .. to - 1}, which agree on their first {@code depth} key bytes. The
     * per-depth arrays are all zero between calls; a pass touches only the byte values it saw, so a
     * small bucket costs in proportion to its entries and its key bytes' range, not to 256 values.
     */
    private void radixSort(int from, int to, int depth) {
        int flip = invertKey ? 0xFF : 0;
        while (true) {
            if (depth == numKeyBytes) {
                if (!normalizedKeyFullyDetermines) {
                    QuickSort.sort(this, from, to);
                }
                return;
            }
            if (to - from <= RADIX_BUCKET_MAX) {
                insertionSort(from, to);
                return;
            }
            int[] starts = radixBounds[depth];
            int range = countKeyBytes(from, to, depth, flip, starts);
            int lowest = range >>> 8;
            int highest = range & 0xFF;
            if (lowest == highest) {
                starts[lowest] = 0;
                depth++;
                continue;
            }
            for (int b = lowest, running = from; b <= highest; b++) {
                int count = starts[b];
                starts[b] = running;
                running += count;
            }
            permute(depth, flip, starts, lowest, highest);
            for (int b = lowest; b <= highest; b++) {
                int bucketFrom = starts[b];
                int bucketTo = b < highest ? starts[b + 1] : to;
                if (bucketTo - bucketFrom > 1) {
                    radixSort(bucketFrom, bucketTo, depth + 1);
                }
            }
            Arrays.fill(starts, lowest, highest + 1, 0);
            return;
        }
    }

    private void insertionSort(int from, int to) {
        for (int i = from + 1; i < to; i++) {
            for (int j = i; j > from && compare(j - 1, j) > 0; j--) {
                swap(j - 1, j);
            }
        }
    }

    /**
     * Counts the entries per value of key byte {@code depth} into {@code counts[value]}; returns the
     * lowest value seen times 256 plus the highest.
     */
    private int countKeyBytes(int from, int to, int depth, int flip, int[] counts) {
        int lowest = 255;
        int highest = 0;
        int position = from;
        while (position < to) {
            int page = pageOf(position);
            int first = position - page * entriesPerPage;
            int last = Math.min(entriesPerPage, first + (to - position));
            MemorySegment segment = indexPages[page];
            int offset = first * entrySize + POINTER_BYTES + depth;
            for (int k = first; k < last; k++, offset += entrySize) {
                int value = (segment.get(offset) ^ flip) & 0xFF;
                counts[value]++;
                lowest = Math.min(lowest, value);
                highest = Math.max(highest, value);
            }
            position += last - first;
        }
        return lowest << 8 | highest;
    }

    /**
     * Moves every entry into its bucket, {@code starts[b] .. starts[b + 1] - 1} for key byte value
     * {@code b} (values {@code lowest .. highest}): an entry out of place is swapped into the next free
     * slot of its bucket, and whatever was there is placed next, until an entry of the bucket being
     * filled arrives. The last bucket is in place once all others are.
     */
    private void permute(int depth, int flip, int[] starts, int lowest, int highest) {
        int[] next = radixNext;
        System.arraycopy(starts, lowest, next, lowest, highest - lowest + 1);
        int keyOffset = POINTER_BYTES + depth;
        for (int b = lowest; b < highest; b++) {
            int end = starts[b + 1];
            while (next[b] < end) {
                int position = next[b];
                int page = pageOf(position);
                MemorySegment segment = indexPages[page];
                int offset = (position - page * entriesPerPage) * entrySize + keyOffset;
                int value = (segment.get(offset) ^ flip) & 0xFF;
                while (value != b) {
                    swap(position, next[value]++);
                    value = (segment.get(offset) ^ flip) & 0xFF;
                }
                next[b]++;
            }
        }
    }

    @Override
    public int compare(int i, int j) {
        int pageI = pageOf(i);
        int pageJ = pageOf(j);
        int offsetI = (i - pageI * entriesPerPage) * entrySize;
        int offsetJ = (j - pageJ * entriesPerPage) * entrySize;
        MemorySegment segI = indexPages[pageI];
        MemorySegment segJ = indexPages[pageJ];
        if (eightByteKey) {
            // one big-endian long per key: the order of the unsigned bytes is that of the unsigned longs
            int cmp = Long.compareUnsigned(segI.getLong(offsetI + POINTER_BYTES), segJ.getLong(offsetJ + POINTER_BYTES));
            if (cmp != 0 || normalizedKeyFullyDetermines) {
                return invertKey ? -cmp : cmp;
            }
        } else if (numKeyBytes > 0) {
            int cmp = segI.compare(segJ, offsetI + POINTER_BYTES, offsetJ + POINTER_BYTES, numKeyBytes);
            if (cmp != 0 || normalizedKeyFullyDetermines) {
                return invertKey ? -cmp : cmp;
            }
        }
        return compareRecords(segI.getLong(offsetI) & OFFSET_MASK, segJ.getLong(offsetJ) & OFFSET_MASK);
    }

    private int compareRecords(long pointer1, long pointer2) {
        try {
            if (compareSerialized) {
                try {
                    compareReader1.setReadPosition(pointer1);
                    compareReader2.setReadPosition(pointer2);
                    return comparator.compareSerialized(compareReader1, compareReader2);
                } catch (UnsupportedOperationException unsupported) {
                    LOG.debug("{} cannot compare serialized records; deserializing them instead", comparator);
                    compareSerialized = false;
                }
            }
            compareReader1.setReadPosition(pointer1);
            compareReader2.setReadPosition(pointer2);
            if (compareReuse1 == null) {
                compareReuse1 = serializer.createInstance();
                compareReuse2 = serializer.createInstance();
            }
            compareReuse1 = serializer.deserialize(compareReuse1, compareReader1);
            compareReuse2 = serializer.deserialize(compareReuse2, compareReader2);
            return comparator.compare(compareReuse1, compareReuse2);
        } catch (IOException e) {
            // the records are in memory and were written by the same serializer: this means corruption
            throw new UncheckedIOException("cannot read back sorted records", e);
        }
    }

    @Override
    public void swap(int i, int j) {
        int pageI = pageOf(i);
        int pageJ = pageOf(j);
        int offsetI = (i - pageI * entriesPerPage) * entrySize;
        int offsetJ = (j - pageJ * entriesPerPage) * entrySize;
        MemorySegment segI = indexPages[pageI];
        MemorySegment segJ = indexPages[pageJ];
        // entries are mostly 16 bytes: two long moves each way beat three bulk copies through a buffer
        int k = 0;
        for (; k + 8 <= entrySize; k += 8) {
            long entryI = segI.getLong(offsetI + k);
            segI.putLong(offsetI + k, segJ.getLong(offsetJ + k));
            segJ.putLong(offsetJ + k, entryI);
        }
        if (k < entrySize) {
            segI.swapBytes(swapBuffer, segJ, offsetI + k, offsetJ + k, entrySize - k);
        }
    }

    @Override
    public int size() {
        return numRecords;
    }

    @Override
    public void reset() {
        numRecords = 0;
        // keep one index page, so that the sorter is as it was after construction
        while (indexPageCount > 1) {
            freePages.add(removeLastIndexPage());
        }
        freePages.addAll(recordPages);
        recordPages.clear();
        recordCollector.resetTo(0);
    }

    @Override
    public boolean isEmpty() {
        return numRecords == 0;
    }

    @Override
    public long getOccupancy() {
        return (long) numRecords * entrySize + recordCollector.getCurrentOffset();
    }

    private void addIndexPage(MemorySegment page) {
        if (indexPageCount == indexPages.length) {
            indexPages = Arrays.copyOf(indexPages, indexPages.length * 2);
        }
        indexPages[indexPageCount++] = page;
    }

    private MemorySegment removeLastIndexPage() {
        MemorySegment page = indexPages[--indexPageCount];
        indexPages[indexPageCount] = null;
        return page;
    }

    /** The number of normalized key bytes stored per record (0 if the index holds only pointers). */
    public int getNormalizedKeyBytes() {
        return numKeyBytes;
    }

    /** The index page of entry {@code logicalPosition}, without a division: sorting calls this about 4 n log n times. */
    private int pageOf(int logicalPosition) {
        return entriesPerPageDivisor.divide(logicalPosition);
    }

    /** The entry's first eight bytes: the record's length and offset. */
    private long entryOf(int logicalPosition) {
        int page = pageOf(logicalPosition);
        return indexPages[page].getLong((logicalPosition - page * entriesPerPage) * entrySize);
    }

    private long pointerOf(int logicalPosition) {
        return entryOf(logicalPosition) & OFFSET_MASK;
    }

    private DataInputView seekRecord(int logicalPosition) {
        if (logicalPosition < 0 || logicalPosition >= numRecords) {
            throw new IndexOutOfBoundsException("position " + logicalPosition + " of " + numRecords + " records");
        }
        recordReader.setReadPosition(pointerOf(logicalPosition));
        return recordReader;
    }

    @Override
    public T getRecord(int logicalPosition, T reuse) throws IOException {
        return serializer.deserialize(reuse, seekRecord(logicalPosition));
    }

    @Override
    public MutableObjectIterator<T> getIterator() {
        return new MutableObjectIterator<>() {
            private int position;

            @Override
            public T next(T reuse) throws IOException {
                return position < numRecords ? serializer.deserialize(reuse, seekRecord(position++)) : null;
            }

            @Override
            public T next() throws IOException {
                return position < numRecords ? serializer.deserialize(seekRecord(position++)) : null;
            }
        };
    }

    @Override
    public void writeToOutput(DataOutputView output) throws IOException {
        writeToOutput(output, 0, numRecords);
    }

    @Override
    public void writeToOutput(DataOutputView output, int start, int num) throws IOException {
        if (start < 0 || num < 0 || start > numRecords - num) {
            throw new IndexOutOfBoundsException("records " + start + " + " + num + " of " + numRecords);
        }
        if (copyBuffer == null) {
            copyBuffer = new byte[COPY_BUFFER_BYTES];
        }
        byte[] buffer = copyBuffer;
        MemorySegment[] pages = recordPages.toArray(new MemorySegment[0]);
        int pageBits = Integer.numberOfTrailingZeros(pageSize);
        int inPageMask = pageSize - 1;
        int filled = 0;
        int end = start + num;
        int position = start;
        while (position < end) {
            int page = pageOf(position);
            MemorySegment index = indexPages[page];
            int last = Math.min(end, (page + 1) * entriesPerPage);
            for (int offset = (position - page * entriesPerPage) * entrySize; position < last; position++, offset += entrySize) {
                long entry = index.getLong(offset);
                long length = entry >>> LENGTH_SHIFT;
                long pointer = entry & OFFSET_MASK;
                if (length > buffer.length) {
                    // LENGTH_UNKNOWN included
                    output.write(buffer, 0, filled);
                    filled = 0;
                    recordReader.setReadPosition(pointer);
                    if (length != LENGTH_UNKNOWN) {
                        output.write(recordReader, (int) length);
                    } else {
                        serializer.copy(recordReader, output);
                    }
                    continue;
                }
                int len = (int) length;
                if (filled > buffer.length - len) {
                    output.write(buffer, 0, filled);
                    filled = 0;
                }
                int inPage = (int) (pointer & inPageMask);
                if (inPage <= pageSize - len) {
                    pages[(int) (pointer >>> pageBits)].get(inPage, buffer, filled, len);
                } else {
                    recordReader.setReadPosition(pointer);
                    recordReader.readFully(buffer, filled, len);
                }
                filled += len;
            }
        }
        output.write(buffer, 0, filled);
    }

    @Override
    public List<MemorySegment> dispose() {
        List<MemorySegment> all = new ArrayList<>(totalPages);
        all.addAll(freePages);
        for (int k = 0; k < indexPageCount; k++) {
            all.add(indexPages[k]);
            indexPages[k] = null;
        }
        indexPageCount = 0;
        all.addAll(recordPages);
        freePages.clear();
        recordPages.clear();
        numRecords = 0;
        copyBuffer = null;
        disposed = true;
        return all;
    }
}
