package io.eddy.runtime.io.disk;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * The thread that performs all block transfers for the files of one spilling directory, in the
 * order they were requested. One thread per directory keeps each disk busy with sequential
 * requests while different disks work in parallel; because a channel's file lives in one directory,
 * its requests are executed in order without any per-channel coordination.
 */
final class IOThread extends Thread {

    private final ArrayDeque<IORequest> queue = new ArrayDeque<>();
    /** Guarded by {@link #queue}. */
    private boolean shutDown;
    /** Staging buffer for off-heap segments, which cannot be handed to a FileChannel directly. */
    private byte[] staging = new byte[0];

    IOThread(String name) {
        super(name);
        setDaemon(true);
    }

    /** Queues a request; fails if the thread was shut down, in which case the request is not taken. */
    void submit(IORequest request) throws IOException {
        synchronized (queue) {
            if (shutDown) {
                throw new IOException("the I/O manager is closed");
            }
            queue.addLast(request);
            queue.notify();
        }
    }

    /**
     * Fails every queued request and makes the thread exit once the request it is executing, if
     * any, is done. Does not wait; join the thread for that.
     */
    void shutDown() {
        List<IORequest> abandoned;
        synchronized (queue) {
            if (shutDown) {
                return;
            }
            shutDown = true;
            abandoned = new ArrayList<>(queue);
            queue.clear();
            queue.notifyAll();
        }
        IOException cause = new IOException("the I/O manager was closed before the request ran");
        for (IORequest request : abandoned) {
            request.fail(cause);
        }
    }

    /** A reusable byte array of at least {@code size} bytes; only for use on this thread. */
    byte[] stagingBuffer(int size) {
        if (staging.length < size) {
            staging = new byte[size];
        }
        return staging;
    }

    @Override
    public void run() {
        while (true) {
            IORequest request;
            synchronized (queue) {
                while (queue.isEmpty() && !shutDown) {
                    try {
                        queue.wait();
                    } catch (InterruptedException e) {
                        // only close() interrupts us, after setting shutDown; the loop condition decides
                    }
                }
                if (queue.isEmpty()) {
                    return;
                }
                request = queue.pollFirst();
            }
            request.process(this);
        }
    }
}
