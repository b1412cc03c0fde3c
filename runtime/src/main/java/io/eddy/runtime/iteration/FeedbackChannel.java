package io.eddy.runtime.iteration;

import io.eddy.runtime.io.disk.IOManager;
import io.eddy.runtime.io.disk.ResettableRecordBuffer;
import io.eddy.runtime.types.TypeSerializer;
import java.io.IOException;
import java.util.Iterator;

/**
 * Carries the records of one superstep from a loop's tail back to its head, within one slot (tail
 * and head subtask i share one channel). It never blocks the tail, so the loop cannot deadlock on
 * it: records are serialized into a budget of pages and spill to a file beyond it.
 *
 * <p>Two buffers take turns: the tail fills one during a superstep while the head replays the
 * other, which holds the previous superstep's records. {@link #swap()} turns the filled buffer into
 * the one to replay; the tail task calls it when it has finished a superstep: by then the head has
 * replayed everything of that superstep (the tail saw its end, which comes after the replay), and no
 * head starts the next superstep before the coordinator has heard from the tail, so the two sides
 * never touch one buffer at the same time. The coordinator's barrier also makes the tail's writes
 * visible to the head.
 */
public final class FeedbackChannel implements AutoCloseable {

    /** Pages per buffer before it spills. */
    public static final int DEFAULT_PAGES = 64;

    private ResettableRecordBuffer filling;
    private ResettableRecordBuffer replaying;

    public FeedbackChannel(IOManager ioManager, TypeSerializer<?> serializer, int pageSize, int pagesPerBuffer) {
        this.filling = ResettableRecordBuffer.onHeap(ioManager, serializer, pageSize, pagesPerBuffer);
        this.replaying = ResettableRecordBuffer.onHeap(ioManager, serializer, pageSize, pagesPerBuffer);
    }

    /** The tail: adds one record of the current superstep (serialized at once). */
    public void add(Object record) throws IOException {
        filling.add(record);
    }

    /**
     * The tail, at the end of a superstep: the records it added in it become the ones
     * {@link #replay()} returns; the previous ones are dropped.
     */
    public synchronized void swap() throws IOException {
        replaying.clear();
        ResettableRecordBuffer filled = filling;
        filling = replaying;
        replaying = filled;
    }

    /** The head: the records of the last superstep before {@link #swap()}, as new objects. */
    public synchronized Iterator<Object> replay() throws IOException {
        return replaying.iterator();
    }

    /** Drops both buffers and deletes their files. */
    @Override
    public synchronized void close() {
        filling.close();
        replaying.close();
    }
}
