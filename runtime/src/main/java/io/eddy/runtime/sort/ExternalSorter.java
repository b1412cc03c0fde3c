package io.eddy.runtime.sort;

import io.eddy.runtime.io.disk.BlockChannelReader;
import io.eddy.runtime.io.disk.BlockChannelWriter;
import io.eddy.runtime.io.disk.ChannelEnumerator;
import io.eddy.runtime.io.disk.ChannelReaderInputView;
import io.eddy.runtime.io.disk.ChannelWriterOutputView;
import io.eddy.runtime.io.disk.FileChannelID;
import io.eddy.runtime.io.disk.IOManager;
import io.eddy.runtime.memory.MemorySegment;
import io.eddy.runtime.types.TypeComparator;
import io.eddy.runtime.types.TypeSerializer;
import io.eddy.runtime.util.MutableObjectIterator;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sorts any number of records in a fixed amount of managed memory. Records are serialized into an
 * {@link InMemorySorter}; when it is full it is sorted and written to a spill file as a sorted run.
 * {@link #sorted()} then either sorts the single in-memory buffer (no spilling happened: no I/O at
 * all) or merges the runs, with at most {@code maxFanIn} runs per merge: if there are more, groups
 * of runs are first merged into longer runs (multi-level merge), so the number of open files and
 * read buffers stays bounded however large the input is.
 *
 * <p>Memory: two of the given pages are kept back as write buffers for spilling; the rest form the
 * sort buffer. When merging, the sort buffer is gone and every page is a read (or write) buffer.
 *
 * <p>One thread drives a sorter: {@link #add} records, call {@link #sorted()} once, consume the
 * iterator, then {@link #close()}, which deletes every spill file and returns every page (also after
 * a failure at any point). Spilling is synchronous on the caller's thread; the I/O itself is
 * asynchronous in the {@link IOManager}, so writing a run overlaps with serializing the next blocks.
 */
public final class ExternalSorter<T> {

    private static final Logger LOG = LoggerFactory.getLogger(ExternalSorter.class);

    /** The fan-in unless configured: enough to merge 128 runs in one pass, few enough for file handles. */
    public static final int DEFAULT_MAX_FAN_IN = 128;

    /** The fewest pages a sorter works with: two write buffers plus a sort buffer of two pages. */
    public static final int MIN_PAGES = 4;

    private static final int WRITE_BUFFERS = 2;

    private final TypeSerializer<T> serializer;
    private final TypeComparator<T> comparator;
    private final IOManager ioManager;
    private final int pageSize;
    private final int maxFanIn;
    private final int totalPages;

    /** Pages not held by the sort buffer or an open reader or writer. */
    private final List<MemorySegment> freePages;
    private InMemorySorter<T> buffer;
    private ChannelEnumerator channels;
    private final List<Run> runs = new ArrayList<>();
    private final List<ChannelReaderInputView> openReaders = new ArrayList<>();
    /** The run being written, if any. */
    private ChannelWriterOutputView writing;
    private boolean sortedCalled;
    private boolean closed;

    private long recordsAdded;
    private int spilledRuns;
    private int intermediateMerges;
    private long bytesSpilled;

    /** A sorted run on disk: its file and how many records it holds. */
    private record Run(FileChannelID channel, long records) {}

    /**
     * @param memory the pages to work in (at least {@link #MIN_PAGES}); the sorter owns them until
     *     {@link #close()} returns them
     * @param maxFanIn the most runs merged at once, at least 2
     */
    public ExternalSorter(TypeSerializer<T> serializer, TypeComparator<T> comparator, List<MemorySegment> memory,
                          IOManager ioManager, int maxFanIn) {
        if (memory.size() < MIN_PAGES) {
            throw new IllegalArgumentException("an external sort needs at least " + MIN_PAGES + " pages of memory, got "
                    + memory.size());
        }
        if (maxFanIn < 2) {
            throw new IllegalArgumentException("the fan-in must be at least 2: " + maxFanIn);
        }
        this.serializer = serializer.duplicate();
        this.comparator = comparator.duplicate();
        this.ioManager = ioManager;
        this.pageSize = memory.get(0).size();
        this.maxFanIn = maxFanIn;
        this.totalPages = memory.size();
        this.freePages = new ArrayList<>(memory.subList(0, WRITE_BUFFERS));
        this.buffer = new NormalizedKeySorter<>(this.serializer, this.comparator,
                new ArrayList<>(memory.subList(WRITE_BUFFERS, memory.size())));
    }

    /** Adds a record; it is serialized at once, so the caller may reuse the object. */
    public void add(T record) throws IOException {
        if (sortedCalled || closed) {
            throw new IllegalStateException("records can only be added before sorted() and close()");
        }
        if (!buffer.write(record)) {
            spillBuffer();
            if (!buffer.write(record)) {
                throw new IOException("a record does not fit into the sort buffer of "
                        + (totalPages - WRITE_BUFFERS) + " pages even after spilling");
            }
        }
        recordsAdded++;
    }

    /**
     * Every added record in ascending order of the comparator. Call once; the iterator is valid until
     * {@link #close()}.
     */
    public MutableObjectIterator<T> sorted() throws IOException {
        if (sortedCalled || closed) {
            throw new IllegalStateException("sorted() can be called once, before close()");
        }
        sortedCalled = true;
        if (runs.isEmpty()) {
            QuickSort.sort(buffer);
            return buffer.getIterator();
        }
        if (!buffer.isEmpty()) {
            spillBuffer();
        }
        freePages.addAll(buffer.dispose());
        buffer = null;
        // an intermediate merge reads with all but the write buffers; the final one with every page
        int intermediateFanIn = Math.max(2, Math.min(maxFanIn, freePages.size() - WRITE_BUFFERS));
        int finalFanIn = Math.min(maxFanIn, freePages.size());
        while (runs.size() > finalFanIn) {
            mergeIntoNewRun(Math.min(intermediateFanIn, runs.size() - finalFanIn + 1));
        }
        List<MutableObjectIterator<T>> inputs = new ArrayList<>();
        int perRun = freePages.size() / runs.size();
        for (Run run : runs) {
            inputs.add(openRun(run, perRun));
        }
        runs.clear();
        return new MergeIterator<>(inputs, serializer, comparator);
    }

    /** Merges the first {@code fanIn} runs into a new run at the end of the list. */
    private void mergeIntoNewRun(int fanIn) throws IOException {
        List<Run> merging = new ArrayList<>(runs.subList(0, fanIn));
        runs.subList(0, fanIn).clear();
        int perRun = (freePages.size() - WRITE_BUFFERS) / fanIn;
        List<MutableObjectIterator<T>> inputs = new ArrayList<>();
        List<ChannelReaderInputView> readers = new ArrayList<>();
        for (Run run : merging) {
            inputs.add(openRun(run, perRun));
            readers.add(openReaders.get(openReaders.size() - 1));
        }
        MergeIterator<T> merged = new MergeIterator<>(inputs, serializer, comparator);
        ChannelWriterOutputView out = openWriter();
        long count = 0;
        T reuse = serializer.createInstance();
        for (T record = merged.next(reuse); record != null; record = merged.next(record)) {
            serializer.serialize(record, out);
            count++;
        }
        finishWriter(out, count);
        bytesSpilled += out.getBytesWritten();
        for (ChannelReaderInputView reader : readers) {
            openReaders.remove(reader);
            freePages.addAll(reader.close());
        }
        intermediateMerges++;
    }

    private void spillBuffer() throws IOException {
        QuickSort.sort(buffer);
        ChannelWriterOutputView out = openWriter();
        buffer.writeToOutput(out);
        finishWriter(out, buffer.size());
        bytesSpilled += out.getBytesWritten();
        spilledRuns++;
        LOG.debug("spilled run {} with {} records ({} bytes) to {}", spilledRuns, buffer.size(), out.getBytesWritten(),
                out.getChannelID());
        buffer.reset();
    }

    /** Opens a new run file; until {@link #finishWriter} it is {@link #writing}, which close() cleans up. */
    private ChannelWriterOutputView openWriter() {
        if (channels == null) {
            channels = ioManager.createChannelEnumerator();
        }
        FileChannelID channel = channels.next();
        BlockChannelWriter writer = ioManager.createBlockChannelWriter(channel, new LinkedBlockingQueue<>());
        writing = new ChannelWriterOutputView(writer, takePages(WRITE_BUFFERS), pageSize);
        return writing;
    }

    private void finishWriter(ChannelWriterOutputView out, long records) throws IOException {
        writing = null;
        try {
            freePages.addAll(out.close());
        } catch (IOException | RuntimeException e) {
            ioManager.deleteChannel(out.getChannelID());
            throw e;
        }
        runs.add(new Run(out.getChannelID(), records));
    }

    private MutableObjectIterator<T> openRun(Run run, int pages) throws IOException {
        BlockChannelReader reader = ioManager.createBlockChannelReader(run.channel(), new LinkedBlockingQueue<>());
        List<MemorySegment> readBuffers = takePages(Math.max(1, pages));
        ChannelReaderInputView view;
        try {
            view = new ChannelReaderInputView(reader, readBuffers, true);
        } catch (IOException | RuntimeException e) {
            freePages.addAll(readBuffers);
            ioManager.deleteChannel(run.channel());
            throw e;
        }
        openReaders.add(view);
        return new RunIterator<>(view, serializer, run.records());
    }

    private List<MemorySegment> takePages(int n) {
        if (freePages.size() < n) {
            throw new IllegalStateException("the sorter ran out of its own pages: " + n + " needed, " + freePages.size() + " free");
        }
        List<MemorySegment> taken = new ArrayList<>(freePages.subList(freePages.size() - n, freePages.size()));
        freePages.subList(freePages.size() - n, freePages.size()).clear();
        return taken;
    }

    /** Records added so far. */
    public long getRecordsAdded() {
        return recordsAdded;
    }

    /** Sorted runs written because the buffer was full (the last buffer counts if it was spilled). */
    public int getSpilledRuns() {
        return spilledRuns;
    }

    /** Merges that produced an intermediate run because there were more runs than the fan-in. */
    public int getIntermediateMerges() {
        return intermediateMerges;
    }

    public long getBytesSpilled() {
        return bytesSpilled;
    }

    /**
     * Deletes every spill file and returns every page given at construction. Safe to call at any
     * point, also after a failure, and more than once (later calls return an empty list).
     */
    public List<MemorySegment> close() {
        if (closed) {
            return new ArrayList<>();
        }
        closed = true;
        List<MemorySegment> pages = new ArrayList<>(freePages);
        freePages.clear();
        IOException failure = null;
        for (ChannelReaderInputView reader : openReaders) {
            try {
                pages.addAll(reader.close());
            } catch (IOException e) {
                failure = e;
            }
        }
        openReaders.clear();
        if (writing != null) {
            try {
                pages.addAll(writing.close());
            } catch (IOException e) {
                failure = e;
            }
            ioManager.deleteChannel(writing.getChannelID());
            writing = null;
        }
        if (buffer != null) {
            pages.addAll(buffer.dispose());
            buffer = null;
        }
        for (Run run : runs) {
            ioManager.deleteChannel(run.channel());
        }
        runs.clear();
        if (failure != null) {
            LOG.warn("closing a spill file reader failed", failure);
        }
        return pages;
    }

    /** Reads the records of one run: exactly as many as were written, so a short file is an error. */
    private static final class RunIterator<T> implements MutableObjectIterator<T> {
        private final ChannelReaderInputView view;
        private final TypeSerializer<T> serializer;
        private long remaining;

        RunIterator(ChannelReaderInputView view, TypeSerializer<T> serializer, long records) {
            this.view = view;
            this.serializer = serializer;
            this.remaining = records;
        }

        @Override
        public T next(T reuse) throws IOException {
            if (remaining == 0) {
                return null;
            }
            remaining--;
            return serializer.deserialize(reuse, view);
        }

        @Override
        public T next() throws IOException {
            if (remaining == 0) {
                return null;
            }
            remaining--;
            return serializer.deserialize(view);
        }
    }
}
