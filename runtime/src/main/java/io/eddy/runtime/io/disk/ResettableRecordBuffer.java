package io.eddy.runtime.io.disk;

import io.eddy.runtime.io.disk.ChannelReaderInputView;
import io.eddy.runtime.io.disk.ChannelWriterOutputView;
import io.eddy.runtime.io.disk.FileChannelID;
import io.eddy.runtime.io.disk.IOManager;
import io.eddy.runtime.memory.DataInputView;
import io.eddy.runtime.memory.ListMemorySegmentSource;
import io.eddy.runtime.memory.MemorySegment;
import io.eddy.runtime.memory.RandomAccessInputView;
import io.eddy.runtime.memory.SimpleCollectingOutputView;
import io.eddy.runtime.types.TypeSerializer;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * A group of records that can be iterated any number of times, however large: serialized into a
 * few pages of managed memory, and moved to a spill file when they are full. The sort-merge join
 * uses it for one side's group of a key while it streams the other side's group against it.
 *
 * <p>Two pages are kept back for reading and writing the file; the others hold records in memory.
 * Each iteration deserializes new objects, so callers may keep what they get.
 */
public final class ResettableRecordBuffer {

    /** The fewest pages the buffer works with: one in-memory page and two for the file. */
    public static final int MIN_PAGES = 3;

    private final IOManager ioManager;
    private final TypeSerializer<Object> serializer;
    private final int pageSize;
    private final List<MemorySegment> ioPages;
    private final List<MemorySegment> freePages;
    private final List<MemorySegment> usedPages = new ArrayList<>();
    private SimpleCollectingOutputView memoryOut;
    private FileChannelID file;
    private ChannelWriterOutputView fileOut;
    private ChannelReaderInputView fileIn;
    private long count;

    public ResettableRecordBuffer(IOManager ioManager, TypeSerializer<Object> serializer, List<MemorySegment> memory) {
        if (memory.size() < MIN_PAGES) {
            throw new IllegalArgumentException("a record buffer needs " + MIN_PAGES + " pages, got " + memory.size());
        }
        this.ioManager = ioManager;
        this.serializer = serializer.duplicate();
        this.pageSize = memory.get(0).size();
        this.ioPages = new ArrayList<>(memory.subList(0, 2));
        this.freePages = new ArrayList<>(memory.subList(2, memory.size()));
        this.memoryOut = new SimpleCollectingOutputView(usedPages, new ListMemorySegmentSource(freePages), pageSize);
    }

    /**
     * A buffer over {@code pages} heap pages of {@code pageSize} bytes (at least {@link #MIN_PAGES}),
     * for the runtime's own staging (loop feedback, loop-invariant input, solution set deltas) that no
     * operator's managed memory share pays for.
     */
    @SuppressWarnings("unchecked")
    public static ResettableRecordBuffer onHeap(IOManager ioManager, TypeSerializer<?> serializer, int pageSize, int pages) {
        List<MemorySegment> memory = new ArrayList<>();
        for (int i = 0; i < Math.max(MIN_PAGES, pages); i++) {
            memory.add(MemorySegment.allocateHeap(pageSize));
        }
        return new ResettableRecordBuffer(ioManager, (TypeSerializer<Object>) serializer, memory);
    }

    public long size() {
        return count;
    }

    /** Whether the records went to a spill file. */
    public boolean isSpilled() {
        return file != null;
    }

    /** Appends a record (serialized at once). */
    public void add(Object record) throws IOException {
        if (fileOut == null) {
            long start = memoryOut.getCurrentOffset();
            try {
                serializer.serialize(record, memoryOut);
                count++;
                return;
            } catch (EOFException full) {
                memoryOut.resetTo(start);
                spill(start);
            }
        }
        serializer.serialize(record, fileOut);
        count++;
    }

    /** Moves the first {@code bytes} bytes held in memory to a new spill file, which takes all later records. */
    private void spill(long bytes) throws IOException {
        file = ioManager.createChannel();
        fileOut = new ChannelWriterOutputView(ioManager.createBlockChannelWriter(file, new LinkedBlockingQueue<>()),
                new ArrayList<>(ioPages), pageSize);
        ioPages.clear();
        if (bytes > 0) {
            RandomAccessInputView in = new RandomAccessInputView(usedPages, pageSize);
            in.setReadPosition(0);
            long remaining = bytes;
            while (remaining > 0) {
                int step = (int) Math.min(remaining, Integer.MAX_VALUE);
                fileOut.write(in, step);
                remaining -= step;
            }
        }
    }

    /** A new pass over every record added, in order; I/O failures surface as {@link UncheckedIOException}. */
    public Iterator<Object> iterator() throws IOException {
        if (fileOut != null) {
            ioPages.addAll(fileOut.close());
            fileOut = null;
        }
        closeReader();
        DataInputView source;
        if (file == null) {
            RandomAccessInputView in = new RandomAccessInputView(usedPages, pageSize);
            if (count > 0) {
                in.setReadPosition(0);
            }
            source = in;
        } else {
            fileIn = new ChannelReaderInputView(ioManager.createBlockChannelReader(file, new LinkedBlockingQueue<>()),
                    new ArrayList<>(ioPages), false);
            ioPages.clear();
            source = fileIn;
        }
        DataInputView view = source;
        return new Iterator<>() {
            private long read;

            @Override
            public boolean hasNext() {
                return read < count;
            }

            @Override
            public Object next() {
                if (read >= count) {
                    throw new NoSuchElementException();
                }
                read++;
                try {
                    return serializer.deserialize(view);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        };
    }

    /** Receives one pair of a block-wise cross product. */
    @FunctionalInterface
    public interface PairConsumer {
        void accept(Object blockRecord, Object bufferedRecord) throws Exception;
    }

    /**
     * Hands every pair (record of {@code block}, buffered record) to {@code consumer} in one pass
     * over the buffer, so that a spilled buffer is read once per block rather than once per record.
     * Each buffered record object is shared by the pairs of the block.
     */
    public void crossWith(List<Object> block, PairConsumer consumer) throws Exception {
        if (block.isEmpty()) {
            return;
        }
        for (Iterator<Object> it = iterator(); it.hasNext(); ) {
            Object buffered = it.next();
            for (int i = 0; i < block.size(); i++) {
                consumer.accept(block.get(i), buffered);
            }
        }
    }

    private void closeReader() throws IOException {
        if (fileIn != null) {
            ioPages.addAll(fileIn.close());
            fileIn = null;
        }
    }

    /** Empties the buffer for the next group, deleting its file; keeps the memory. */
    public void clear() throws IOException {
        closeReader();
        if (fileOut != null) {
            ioPages.addAll(fileOut.close());
            fileOut = null;
        }
        if (file != null) {
            ioManager.deleteChannel(file);
            file = null;
        }
        freePages.addAll(usedPages);
        usedPages.clear();
        memoryOut = new SimpleCollectingOutputView(usedPages, new ListMemorySegmentSource(freePages), pageSize);
        count = 0;
    }

    /** Returns every page and deletes the file. */
    public List<MemorySegment> close() {
        try {
            clear();
        } catch (IOException e) {
            // pages still held by a failed view are taken back by the task
            if (file != null) {
                ioManager.deleteChannel(file);
                file = null;
            }
        }
        List<MemorySegment> pages = new ArrayList<>(ioPages);
        pages.addAll(freePages);
        pages.addAll(usedPages);
        ioPages.clear();
        freePages.clear();
        usedPages.clear();
        return pages;
    }
}
