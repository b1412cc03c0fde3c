package io.eddy.runtime.io.disk;

import io.eddy.runtime.memory.MemorySegment;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The spill-file service of one task executor: sorters and hash joins write serialized records that
 * do not fit in managed memory to files created here, and read them back later.
 *
 * <p>Each configured temp directory (ideally one per physical disk) gets a fresh subdirectory
 * {@code eddy-io-<random>}, so several executors sharing a temp directory never see each other's
 * files, and one daemon I/O thread ({@code eddy-io-<n>}) that executes the block reads and writes of
 * the files in it, in request order. New channels are placed round-robin over the directories, so
 * spilling uses all disks in parallel.
 *
 * <p>{@link #close()} stops and joins the I/O threads (requests still queued fail, and their
 * segments are handed back), closes the files of channels left open, and deletes the
 * subdirectories with everything in them. Thread-safe.
 */
public final class IOManager implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(IOManager.class);
    private static final AtomicInteger THREAD_NUMBERS = new AtomicInteger();
    private static final long JOIN_BEFORE_INTERRUPT_MILLIS = 10_000;

    private final File[] directories;
    private final IOThread[] threads;
    private final AtomicInteger nextDirectory = new AtomicInteger();
    private final AtomicInteger channelNumbers = new AtomicInteger();
    private final AtomicInteger enumeratorNumbers = new AtomicInteger();
    private final Set<AbstractBlockChannel> openChannels = ConcurrentHashMap.newKeySet();
    private volatile boolean closed;

    /** An I/O manager spilling to {@code java.io.tmpdir}. */
    public IOManager() throws IOException {
        this(System.getProperty("java.io.tmpdir"));
    }

    /**
     * An I/O manager spilling to the given directories, which are created if missing.
     *
     * @throws IOException if a spilling subdirectory cannot be created
     */
    public IOManager(String... tempDirs) throws IOException {
        if (tempDirs == null || tempDirs.length == 0) {
            throw new IllegalArgumentException("at least one temp directory is needed");
        }
        directories = new File[tempDirs.length];
        try {
            for (int i = 0; i < tempDirs.length; i++) {
                directories[i] = createUniqueDirectory(new File(tempDirs[i]));
            }
        } catch (IOException | RuntimeException e) {
            deleteDirectories();
            throw e;
        }
        threads = new IOThread[directories.length];
        for (int i = 0; i < threads.length; i++) {
            threads[i] = new IOThread("eddy-io-" + THREAD_NUMBERS.incrementAndGet());
            threads[i].start();
        }
        LOG.info("I/O manager spills to {}", Arrays.toString(directories));
    }

    private static File createUniqueDirectory(File parent) throws IOException {
        Files.createDirectories(parent.toPath());
        // a UUID makes a clash practically impossible, but another process may still win a race
        for (int attempt = 0; ; attempt++) {
            File dir = new File(parent, "eddy-io-" + UUID.randomUUID());
            try {
                Files.createDirectory(dir.toPath());
                return dir;
            } catch (java.nio.file.FileAlreadyExistsException e) {
                if (attempt == 10) {
                    throw e;
                }
            }
        }
    }

    /** The subdirectories this manager spills to, one per configured temp directory. */
    public File[] getSpillingDirectories() {
        return directories.clone();
    }

    public boolean isClosed() {
        return closed;
    }

    /** A new, unique file name; the directory is chosen round-robin. Does not create the file. */
    public FileChannelID createChannel() {
        checkOpen();
        int directory = nextDirectoryIndex();
        String name = "spill-" + channelNumbers.incrementAndGet() + ".channel";
        return new FileChannelID(new File(directories[directory], name), directory);
    }

    /** An enumerator for a family of files with a common prefix, e.g. the runs of one sort. */
    public ChannelEnumerator createChannelEnumerator() {
        checkOpen();
        return new ChannelEnumerator(directories, "run-" + enumeratorNumbers.incrementAndGet(), nextDirectoryIndex());
    }

    /**
     * A writer for the file {@code id}, which is created (or truncated) with the first write.
     * Written segments come back through {@code returnQueue}, which must belong to this writer.
     */
    public BlockChannelWriter createBlockChannelWriter(FileChannelID id, LinkedBlockingQueue<MemorySegment> returnQueue) {
        return register(new BlockChannelWriter(id, threadFor(id), this, returnQueue));
    }

    /**
     * A reader for the file {@code id}, opened with the first read (a missing file is reported
     * then). Filled segments come back through {@code returnQueue}, which must belong to this reader.
     */
    public BlockChannelReader createBlockChannelReader(FileChannelID id, LinkedBlockingQueue<MemorySegment> returnQueue) {
        return register(new BlockChannelReader(id, threadFor(id), this, returnQueue));
    }

    /** Deletes the file of {@code id} if it exists; its channel must be closed. Failures are logged. */
    public void deleteChannel(FileChannelID id) {
        try {
            Files.deleteIfExists(id.getPath().toPath());
        } catch (IOException e) {
            LOG.warn("Could not delete spill file {}", id, e);
        }
    }

    /**
     * Stops the I/O threads and waits for them, fails queued requests, closes channels left open and
     * deletes the spilling directories. Later calls do nothing.
     */
    @Override
    public void close() {
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
        }
        for (IOThread thread : threads) {
            thread.shutDown();
        }
        for (IOThread thread : threads) {
            join(thread);
        }
        for (AbstractBlockChannel channel : openChannels) {
            channel.abort();
        }
        openChannels.clear();
        deleteDirectories();
    }

    void unregister(AbstractBlockChannel channel) {
        openChannels.remove(channel);
    }

    private <C extends AbstractBlockChannel> C register(C channel) {
        checkOpen();
        openChannels.add(channel);
        return channel;
    }

    private IOThread threadFor(FileChannelID id) {
        int index = id.getDirectoryIndex();
        if (index >= threads.length) {
            throw new IllegalArgumentException("channel " + id + " names directory " + index + " of " + threads.length);
        }
        return threads[index];
    }

    private int nextDirectoryIndex() {
        return Math.floorMod(nextDirectory.getAndIncrement(), directories.length);
    }

    private void checkOpen() {
        if (closed) {
            throw new IllegalStateException("the I/O manager is closed");
        }
    }

    private static void join(IOThread thread) {
        boolean interrupted = false;
        try {
            while (thread.isAlive()) {
                try {
                    thread.join(JOIN_BEFORE_INTERRUPT_MILLIS);
                    if (thread.isAlive()) {
                        // a transfer is stuck; interrupting closes its file channel and makes it fail
                        LOG.warn("I/O thread {} does not finish its request, interrupting it", thread.getName());
                        thread.interrupt();
                    }
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void deleteDirectories() {
        for (File dir : directories) {
            if (dir != null) {
                try {
                    io.eddy.runtime.util.Directories.deleteRecursively(dir.toPath());
                } catch (IOException e) {
                    LOG.warn("Could not delete spilling directory {}", dir, e);
                }
            }
        }
    }

}
