package io.eddy.exec;

import io.eddy.runtime.io.disk.ChannelReaderInputView;
import io.eddy.runtime.io.disk.ChannelWriterOutputView;
import io.eddy.runtime.io.disk.FileChannelID;
import io.eddy.runtime.io.disk.IOManager;
import io.eddy.runtime.memory.MemorySegment;
import io.eddy.runtime.types.TypeSerializer;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * Records held back until an operator can process them (probe records that arrive before a hash
 * join's build side has ended), written to a spill file through two pages of managed memory, so
 * holding them back costs neither heap nor more memory however many there are. The file is
 * created with the first record; without records nothing touches the disk.
 */
final class SpilledRecordBuffer {

    /** Replays one buffered record. */
    @FunctionalInterface
    interface RecordConsumer {
        void accept(Object record) throws Exception;
    }

    private final IOManager ioManager;
    private final TypeSerializer<Object> serializer;
    private final int pageSize;
    private List<MemorySegment> pages;
    private ChannelWriterOutputView writer;
    private ChannelReaderInputView reader;
    private FileChannelID channel;
    private long count;

    /** @param pages at least two pages, returned by {@link #close()} */
    SpilledRecordBuffer(IOManager ioManager, TypeSerializer<Object> serializer, List<MemorySegment> pages) {
        this.ioManager = ioManager;
        this.serializer = serializer.duplicate();
        this.pages = pages;
        this.pageSize = pages.get(0).size();
    }

    void add(Object record) throws IOException {
        if (writer == null) {
            channel = ioManager.createChannel();
            writer = new ChannelWriterOutputView(ioManager.createBlockChannelWriter(channel, new LinkedBlockingQueue<>()),
                    pages, pageSize);
            pages = null;
        }
        serializer.serialize(record, writer);
        count++;
    }

    long size() {
        return count;
    }

    /** Hands every buffered record, in arrival order, to {@code consumer} and deletes the file. */
    void replay(RecordConsumer consumer) throws Exception {
        if (writer == null) {
            return;
        }
        List<MemorySegment> memory = writer.close();
        writer = null;
        reader = new ChannelReaderInputView(ioManager.createBlockChannelReader(channel, new LinkedBlockingQueue<>()),
                memory, true);
        for (long i = 0; i < count; i++) {
            consumer.accept(serializer.deserialize(reader));
        }
        pages = reader.close();
        reader = null;
        channel = null;
        count = 0;
    }

    /** Returns the pages, deleting the file if it is still there. */
    List<MemorySegment> close() {
        List<MemorySegment> result = new ArrayList<>();
        try {
            if (writer != null) {
                result.addAll(writer.close());
            }
            if (reader != null) {
                result.addAll(reader.close());
            }
        } catch (IOException e) {
            // the pages are then taken back by the task; the file is deleted below
        } finally {
            if (pages != null) {
                result.addAll(pages);
            }
            if (channel != null) {
                ioManager.deleteChannel(channel);
            }
            writer = null;
            reader = null;
            pages = null;
            channel = null;
        }
        return result;
    }
}
