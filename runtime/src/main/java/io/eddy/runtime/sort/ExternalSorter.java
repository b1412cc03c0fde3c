package io.eddy.runtime.sort;

import io.eddy.runtime.io.disk.BlockChannelReader;
import io.eddy.runtime.io.disk.BlockChannelWriter;
import io.eddy.runtime.io.disk.ChannelEnumerator;
import io.eddy.runtime.io.disk.ChannelReaderInputView;
import io.eddy.runtime.io.disk.ChannelWriterOutputView;
import io.eddy.runtime.io.disk.FileChannelID;
import io.eddy.runtime.io.disk.IOManager;
import io.eddy.runtime.memory.DataInputView;
import io.eddy.runtime.memory.MemorySegment;
import io.eddy.runtime.types.TypeComparator;
import io.eddy.runtime.types.TypeSerializer;
import io.eddy.runtime.util.MutableObjectIterator;
import io.eddy.runtime.util.Threads;
import java.io.IOException;
import java.io.InterruptedIOException;
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
 * <h2>Sorting and spilling in the background</h2>
 * With enough memory the sort memory is split into two buffers. The caller fills one while a spill
 * thread of this sorter sorts the other and writes it as a run, so reading input, sorting and
 * writing overlap and the caller waits only when it has filled its buffer before the other one is
 * written (the disk or the sort is the slower side). The buffer being filled when {@link #sorted()}
 * is called is never written: it is sorted in memory and merged with the runs on disk, unless there
 * are more runs than the merge can read at once beside it. The spill thread is started at the first
 * spill, so a sort that fits in memory costs no thread.
 *
 * <p>Memory: two of the given pages are kept back as write buffers for spilling; the rest form the
 * sort buffers (two halves if there are at least {@value #MIN_PAGES_FOR_BACKGROUND_SPILLING} pages,
 * else one buffer spilled on the caller's thread). When merging, every page not holding the last
 * buffer is a read (or write) buffer.
 *
 * <p>One thread drives a sorter: {@link #add} records, call {@link #sorted()} once, consume the
 * iterator, then {@link #close()}, which stops the spill thread, deletes every spill file and returns
 * every page (also after a failure at any point). A failed spill fails the next {@link #add} or
 * {@link #sorted()} with its cause.
 */
public final class ExternalSorter<T> {

    private static final Logger LOG = LoggerFactory.getLogger(ExternalSorter.class);

    /** The fan-in unless configured: enough to merge 128 runs in one pass, few enough for file handles. */
    public static final int DEFAULT_MAX_FAN_IN = 128;

    /** The fewest pages a sorter works with: two write buffers plus a sort buffer of two pages. */
    public static final int MIN_PAGES = 4;

    /** The fewest pages for two sort buffers of two pages beside the write buffers. */
    public static final int MIN_PAGES_FOR_BACKGROUND_SPILLING = 6;

    private static final int WRITE_BUFFERS = 2;

    private final TypeSerializer<T> serializer;
    private final TypeComparator<T> comparator;
    private final IOManager ioManager;
    private final int pageSize;
    private final int maxFanIn;
    private final int totalPages;

    /**
     * Pages not held by a sort buffer or an open reader or writer. While records are added only the
     * spiller uses them (its write buffers); afterwards only the caller.
     */
    private final List<MemorySegment> freePages;
    /** The buffer the caller fills. */
    private InMemorySorter<T> buffer;
    private ChannelEnumerator channels;
    private final List<ChannelReaderInputView> openReaders = new ArrayList<>();
    private boolean sortedCalled;
    private boolean closed;
    private long recordsAdded;
    private int intermediateMerges;

    /** Guards the fields below, shared by the caller and the spill thread. */
    private final Object lock = new Object();
    private final List<Run> runs = new ArrayList<>();
    /** The empty second buffer, null while the spill thread holds it or with a single buffer. */
    private InMemorySorter<T> spare;
    /** The buffer handed to the spill thread and not yet written, or null. */
    private InMemorySorter<T> toSpill;
    /** The run being written, if any; close() cleans it up. */
    private ChannelWriterOutputView writing;
    private Throwable spillFailure;
    private boolean stopSpilling;
    private Thread spillThread;
    private int spilledRuns;
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
        List<MemorySegment> sortPages = memory.subList(WRITE_BUFFERS, memory.size());
        if (memory.size() >= MIN_PAGES_FOR_BACKGROUND_SPILLING) {
            int half = sortPages.size() / 2;
            this.buffer = new NormalizedKeySorter<>(this.serializer, this.comparator,
                    new ArrayList<>(sortPages.subList(0, half)));
            this.spare = new NormalizedKeySorter<>(this.serializer, this.comparator,
                    new ArrayList<>(sortPages.subList(half, sortPages.size())));
        } else {
            this.buffer = new NormalizedKeySorter<>(this.serializer, this.comparator, new ArrayList<>(sortPages));
        }
    }

    /** Adds a record; it is serialized at once, so the caller may reuse the object. */
    public void add(T record) throws IOException {
        checkAdding();
        if (!buffer.write(record)) {
            spillFullBuffer();
            if (!buffer.write(record)) {
                throw tooLargeForEmptyBuffer("a record");
            }
        }
        recordsAdded++;
    }

    private void checkAdding() {
        if (sortedCalled || closed) {
            throw new IllegalStateException("records can only be added before sorted() and close()");
        }
    }

    private IOException tooLargeForEmptyBuffer(String record) {
        return new IOException(record + " does not fit into an empty sort buffer of "
                + (totalPages - WRITE_BUFFERS) / (hasTwoBuffers() ? 2 : 1) + " pages");
    }

    /** Whether {@link #addSerialized} works: the sort buffers can take records as bytes. */
    public boolean supportsSerializedAdd() {
        return buffer != null && buffer.supportsSerializedWrite();
    }

    /**
     * {@link #add} for a record given as the {@code length} bytes its serializer wrote (an equal
     * serializer), read from {@code source}: records that arrive serialized (from an exchange) go
     * into the sort buffer without becoming objects.
     */
    public void addSerialized(DataInputView source, int length) throws IOException {
        checkAdding();
        if (!buffer.writeSerialized(source, length)) {
            spillFullBuffer();
            if (!buffer.writeSerialized(source, length)) {
                throw tooLargeForEmptyBuffer("a record of " + length + " bytes");
            }
        }
        recordsAdded++;
    }

    private boolean hasTwoBuffers() {
        return totalPages >= MIN_PAGES_FOR_BACKGROUND_SPILLING;
    }

    /** Makes room in {@link #buffer}: hands it to the spill thread and takes the other one, or spills it here. */
    private void spillFullBuffer() throws IOException {
        if (!hasTwoBuffers()) {
            spill(buffer);
            return;
        }
        InMemorySorter<T> empty;
        synchronized (lock) {
            awaitSpillThread();
            empty = spare;
            spare = null;
            toSpill = buffer;
            if (spillThread == null) {
                startSpillThread();
            }
            lock.notifyAll();
        }
        buffer = empty;
    }

    /** Waits until the spill thread has no buffer left to write; rethrows its failure. Holds the lock. */
    private void awaitSpillThread() throws IOException {
        while (toSpill != null && spillFailure == null) {
            try {
                lock.wait();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("interrupted while waiting for a sort buffer to be spilled");
            }
        }
        if (spillFailure != null) {
            throw new IOException("spilling a sorted run failed: " + spillFailure.getMessage(), spillFailure);
        }
    }

    private void startSpillThread() {
        Thread thread = new Thread(this::spillLoop, "Eddy sort spiller (" + Thread.currentThread().getName() + ")");
        // the comparator may deserialize user types when normalized keys do not decide
        thread.setContextClassLoader(Thread.currentThread().getContextClassLoader());
        thread.setDaemon(true);
        spillThread = thread;
        thread.start();
    }

    /** The spill thread: writes each buffer handed over and gives it back empty, until told to stop. */
    private void spillLoop() {
        while (true) {
            InMemorySorter<T> next;
            synchronized (lock) {
                while (toSpill == null && !stopSpilling) {
                    try {
                        lock.wait();
                    } catch (InterruptedException e) {
                        // only close() would interrupt, and it sets stopSpilling first
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
                if (stopSpilling) {
                    return;
                }
                next = toSpill;
            }
            Throwable failure = null;
            try {
                spill(next);
            } catch (Throwable t) {
                failure = t;
            }
            synchronized (lock) {
                if (failure != null) {
                    spillFailure = failure;
                    LOG.debug("spilling a sorted run failed", failure);
                }
                spare = next;
                toSpill = null;
                lock.notifyAll();
                if (failure != null) {
                    return;
                }
            }
        }
    }

    /** Stops the spill thread after its current run (if any) and waits for it. */
    private void stopSpillThread() {
        Thread thread;
        synchronized (lock) {
            stopSpilling = true;
            lock.notifyAll();
            thread = spillThread;
        }
        if (thread == null || thread == Thread.currentThread()) {
            return;
        }
        // the spill thread still uses pages this sorter is about to return: wait regardless of interrupts
        Threads.joinUninterruptibly(thread);
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
        synchronized (lock) {
            awaitSpillThread();
        }
        stopSpillThread();
        if (spare != null) {
            freePages.addAll(spare.dispose());
            spare = null;
        }
        if (runs.isEmpty()) {
            buffer.sort();
            return buffer.getIterator();
        }
        if (buffer.isEmpty() || runs.size() >= Math.min(maxFanIn, freePages.size() + 1)) {
            if (!buffer.isEmpty()) {
                spill(buffer);
            }
            freePages.addAll(buffer.dispose());
            buffer = null;
        }
        List<MutableObjectIterator<T>> inputs = new ArrayList<>();
        if (buffer != null) {
            // the last buffer joins the merge from memory: it is never written and read back
            buffer.sort();
            inputs.add(buffer.getIterator());
        }
        int finalFanIn = Math.min(maxFanIn - inputs.size(), freePages.size());
        // an intermediate merge reads with all but the write buffers
        int intermediateFanIn = Math.max(2, Math.min(maxFanIn, freePages.size() - WRITE_BUFFERS));
        while (runs.size() > finalFanIn) {
            mergeIntoNewRun(Math.min(intermediateFanIn, runs.size() - finalFanIn + 1));
        }
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

    /** Sorts {@code sorter}, writes it as a run and resets it; on the spill thread or, with one buffer, the caller's. */
    private void spill(InMemorySorter<T> sorter) throws IOException {
        sorter.sort();
        ChannelWriterOutputView out = openWriter();
        sorter.writeToOutput(out);
        finishWriter(out, sorter.size());
        synchronized (lock) {
            bytesSpilled += out.getBytesWritten();
            spilledRuns++;
        }
        LOG.debug("spilled run {} with {} records ({} bytes) to {}", spilledRuns, sorter.size(), out.getBytesWritten(),
                out.getChannelID());
        sorter.reset();
    }

    /** Opens a new run file; until {@link #finishWriter} it is {@link #writing}, which close() cleans up. */
    private ChannelWriterOutputView openWriter() {
        synchronized (lock) {
            if (channels == null) {
                channels = ioManager.createChannelEnumerator();
            }
            FileChannelID channel = channels.next();
            BlockChannelWriter writer = ioManager.createBlockChannelWriter(channel, new LinkedBlockingQueue<>());
            writing = new ChannelWriterOutputView(writer, takePages(WRITE_BUFFERS), pageSize);
            return writing;
        }
    }

    private void finishWriter(ChannelWriterOutputView out, long records) throws IOException {
        List<MemorySegment> pages;
        try {
            pages = out.close();
        } catch (IOException | RuntimeException e) {
            synchronized (lock) {
                writing = null;
            }
            ioManager.deleteChannel(out.getChannelID());
            throw e;
        }
        synchronized (lock) {
            writing = null;
            freePages.addAll(pages);
            runs.add(new Run(out.getChannelID(), records));
        }
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
        synchronized (lock) {
            return spilledRuns;
        }
    }

    /** Merges that produced an intermediate run because there were more runs than the fan-in. */
    public int getIntermediateMerges() {
        return intermediateMerges;
    }

    public long getBytesSpilled() {
        synchronized (lock) {
            return bytesSpilled;
        }
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
        stopSpillThread();
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
        if (spare != null) {
            pages.addAll(spare.dispose());
            spare = null;
        }
        if (toSpill != null) {
            // the spill thread failed with it or never took it
            pages.addAll(toSpill.dispose());
            toSpill = null;
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
