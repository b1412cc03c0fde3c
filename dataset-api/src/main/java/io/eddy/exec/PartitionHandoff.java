package io.eddy.exec;

import io.eddy.api.util.TraversableOnceException;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a function that wants its whole partition as one {@link Iterable} (map partition, a
 * non-keyed group reduce or combine) against a push-based input, without holding the partition in
 * memory.
 *
 * <h2>Threading</h2>
 * The function runs on a helper thread, started with the first record (or at the end, for an empty
 * partition, if the function is to be called on empty partitions at all). The task thread calls
 * {@link #add} for every record, which fills a batch; full batches go through a bounded queue of
 * {@value #QUEUE_CAPACITY} batches, so a slow function blocks the task thread (backpressure) and at
 * most a few batches are in memory. The helper thread's Iterable takes batches from the queue.
 * Everything the function emits is emitted <em>from the helper thread</em>; the task thread never
 * emits for this driver, and {@link #finish} (called from {@code endInput}) waits until the helper
 * thread has ended, so whatever runs after {@code endInput} on the task thread (downstream
 * {@code endInput}, {@code close}) sees everything the helper thread did (Thread.join orders them).
 *
 * <h2>Failures</h2>
 * A failure of the function (or of the output it emits into) ends the helper thread; the task
 * thread rethrows it from its next {@link #add} or from {@link #finish}. If the function returns
 * without reading everything, the remaining records are dropped, as in Flink. {@link #close} always
 * stops the helper thread: it interrupts it and waits; the helper's Iterable fails on interrupt, so
 * a function blocked on input or output ends.
 */
final class PartitionHandoff {

    /** Body of the helper thread: consumes the partition. */
    @FunctionalInterface
    interface PartitionConsumer {
        void consume(Iterable<Object> partition) throws Exception;
    }

    private static final Logger LOG = LoggerFactory.getLogger(PartitionHandoff.class);

    static final int BATCH_SIZE = 256;
    static final int QUEUE_CAPACITY = 4;
    private static final Object[] END = new Object[0];
    private static final long POLL_MILLIS = 50;
    private static final long CLOSE_TIMEOUT_MILLIS = 30_000;

    private final String threadName;
    private final PartitionConsumer consumer;
    private final boolean callOnEmptyPartition;
    private final BlockingQueue<Object[]> full = new ArrayBlockingQueue<>(QUEUE_CAPACITY + 1);
    /** Emptied batches the helper hands back, to avoid allocating one per batch. */
    private final BlockingQueue<Object[]> free = new ArrayBlockingQueue<>(QUEUE_CAPACITY + 2);

    private Thread helper;
    private volatile Throwable failure;
    private volatile boolean helperDone;
    private Object[] batch;
    private int batchSize;
    private boolean finished;
    /** Set once the function has returned early: further records are dropped without handing over. */
    private boolean discarding;

    /**
     * @param callOnEmptyPartition whether the function runs (with an empty Iterable) when the
     *     partition has no records: true for map partition, false for a non-keyed group reduce or
     *     combine, as in Flink
     */
    PartitionHandoff(String threadName, PartitionConsumer consumer, boolean callOnEmptyPartition) {
        this.threadName = threadName;
        this.consumer = consumer;
        this.callOnEmptyPartition = callOnEmptyPartition;
    }

    private void start() {
        batch = new Object[BATCH_SIZE];
        helper = new Thread(this::runHelper, threadName);
        helper.setDaemon(true);
        helper.start();
    }

    private void runHelper() {
        try {
            consumer.consume(new OnceIterable());
        } catch (Throwable t) {
            failure = t;
        } finally {
            helperDone = true;
            full.clear();
        }
    }

    /** Hands one record (which the helper may keep: copy it first under object reuse) to the function. */
    void add(Object record) throws Exception {
        if (discarding) {
            return;
        }
        if (helper == null) {
            start();
        }
        batch[batchSize++] = record;
        if (batchSize == BATCH_SIZE) {
            handOver(batch, batchSize);
            Object[] recycled = free.poll();
            batch = recycled != null ? recycled : new Object[BATCH_SIZE];
            batchSize = 0;
        }
    }

    /** Ends the partition and waits until the function has returned; rethrows its failure. */
    void finish() throws Exception {
        if (finished) {
            return;
        }
        finished = true;
        if (helper == null) {
            if (!callOnEmptyPartition) {
                return;
            }
            start();
        }
        if (!discarding) {
            if (batchSize > 0) {
                handOver(batch, batchSize);
            }
            handOver(END, 0);
        }
        batch = null;
        helper.join();
        rethrowFailure();
    }

    private void handOver(Object[] records, int size) throws Exception {
        if (size < records.length && size > 0) {
            records[size] = null; // marks the end of a partial batch
        }
        while (!full.offer(records, POLL_MILLIS, TimeUnit.MILLISECONDS)) {
            if (helperDone) {
                break;
            }
        }
        if (helperDone) {
            // the function returned early or failed; what it did not read is dropped
            full.clear();
            discarding = true;
            rethrowFailure();
        }
    }

    private void rethrowFailure() throws Exception {
        Throwable t = failure;
        if (t instanceof OutputFailedException e) {
            throw e.getOriginal();
        } else if (t instanceof Exception e) {
            throw e;
        } else if (t instanceof Error e) {
            throw e;
        } else if (t != null) {
            throw new IllegalStateException(t);
        }
    }

    /** Stops the helper thread if it still runs; safe to call more than once. */
    void close() {
        Thread thread = helper;
        if (thread == null) {
            return;
        }
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(CLOSE_TIMEOUT_MILLIS);
        boolean interrupted = false;
        while (thread.isAlive()) {
            thread.interrupt();
            try {
                thread.join(POLL_MILLIS);
            } catch (InterruptedException e) {
                interrupted = true;
            }
            if (System.nanoTime() > deadline) {
                LOG.error("The helper thread {} did not stop within {} ms; leaving it behind as a daemon thread",
                        threadName, CLOSE_TIMEOUT_MILLIS);
                break;
            }
        }
        full.clear();
        free.clear();
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** The helper thread's single-pass view of the partition. */
    private final class OnceIterable implements Iterable<Object>, Iterator<Object> {

        private boolean handedOut;
        private Object[] current;
        private int position;
        private boolean ended;

        @Override
        public Iterator<Object> iterator() {
            if (handedOut) {
                throw new TraversableOnceException();
            }
            handedOut = true;
            return this;
        }

        @Override
        public boolean hasNext() {
            if (current != null) {
                if (position < current.length && current[position] != null) {
                    return true;
                }
                recycle(current);
                current = null;
            }
            if (ended) {
                return false;
            }
            Object[] next;
            try {
                next = full.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Reading the partition was interrupted: the task is closing", e);
            }
            if (next == END) {
                ended = true;
                return false;
            }
            current = next;
            position = 0;
            return true;
        }

        @Override
        public Object next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            Object record = current[position];
            current[position++] = null;
            return record;
        }

        private void recycle(Object[] emptied) {
            free.offer(emptied);
        }
    }
}
