package io.eddy.runtime.network;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eddy.runtime.exchange.BlockingSubpartition;
import io.eddy.runtime.exchange.Buffer;
import io.eddy.runtime.exchange.BufferPool;
import io.eddy.runtime.exchange.EndOfPartitionEvent;
import io.eddy.runtime.exchange.EndOfSuperstepEvent;
import io.eddy.runtime.exchange.PipelinedSubpartition;
import io.eddy.runtime.io.disk.IOManager;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.nio.NioEventLoopGroup;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A subpartition read over loopback TCP: every buffer and event arrives in order, a consumer that
 * stops reading stops the producer with bounded buffers on both sides (credit-based flow control),
 * an unknown subpartition fails the reader with a message, a consumer that goes away frees the
 * producer, a consumer without the job's secret is refused, and a blocking subpartition is served
 * from the producer's disk once it is complete.
 */
@Timeout(60)
class RemoteExchangeTest {

    private static final int BUFFER_SIZE = 4096;
    private static final byte[] SECRET = "the job's secret, 32 bytes long!".getBytes(StandardCharsets.UTF_8);

    private PartitionServer server;
    private EventLoopGroup clientGroup;

    @BeforeEach
    void start() throws Exception {
        server = new PartitionServer("127.0.0.1");
        clientGroup = new NioEventLoopGroup(1);
    }

    @AfterEach
    void stop() {
        clientGroup.shutdownGracefully(0, 0, TimeUnit.SECONDS).syncUninterruptibly();
        server.close();
    }

    /** Writes {@code count} buffers numbered 0.. (number in the first 4 bytes, varying sizes), then the given ends. */
    private static Thread producer(PipelinedSubpartition subpartition, BufferPool pool, int count, AtomicInteger produced) {
        Thread thread = new Thread(() -> {
            try {
                for (int i = 0; i < count; i++) {
                    Buffer buffer = pool.requestBuffer();
                    buffer.segment().putInt(0, i);
                    buffer.setSize(4 + i % 1000);
                    subpartition.add(buffer);
                    produced.incrementAndGet();
                }
                subpartition.add(Buffer.forEvent(new EndOfSuperstepEvent(1)));
                subpartition.add(Buffer.forEvent(EndOfPartitionEvent.INSTANCE));
            } catch (InterruptedException | IllegalStateException e) {
                Thread.currentThread().interrupt();
            }
        }, "producer");
        thread.start();
        return thread;
    }

    /** Reads the channel to its end as a task would: waiting for the listener, then polling. */
    private static List<Object> readAll(RemoteInputChannel channel, Semaphore available) throws InterruptedException {
        List<Object> read = new ArrayList<>();
        while (true) {
            Buffer buffer = channel.pollNext();
            if (buffer == null) {
                assertTrue(available.tryAcquire(20, TimeUnit.SECONDS), "no data after " + read.size() + " buffers");
                continue;
            }
            if (buffer.isData()) {
                read.add(buffer.segment().getInt(0) + ":" + buffer.size());
                buffer.recycle();
            } else {
                read.add(buffer.event());
                if (buffer.event() instanceof EndOfPartitionEvent) {
                    return read;
                }
            }
        }
    }

    private RemoteInputChannel connect(String partition, int credits, Semaphore available) throws InterruptedException {
        return connect(partition, credits, available, SECRET);
    }

    private RemoteInputChannel connect(String partition, int credits, Semaphore available, byte[] secret)
            throws InterruptedException {
        RemoteInputChannel channel = new RemoteInputChannel(server.address(), partition, 0, credits, BUFFER_SIZE, secret);
        channel.setAvailabilityListener(available::release);
        channel.connect(clientGroup);
        return channel;
    }

    @Test
    void everyBufferAndEventArrivesInOrder() throws Exception {
        PipelinedSubpartition subpartition = new PipelinedSubpartition("test#0");
        server.register("job/source/0", 0, subpartition, SECRET);
        BufferPool pool = new BufferPool(8, BUFFER_SIZE);
        Semaphore available = new Semaphore(0);
        RemoteInputChannel channel = connect("job/source/0", 4, available);
        Thread producer = producer(subpartition, pool, 5_000, new AtomicInteger());
        List<Object> read = readAll(channel, available);
        producer.join();
        assertEquals(5_002, read.size());
        for (int i = 0; i < 5_000; i++) {
            assertEquals(i + ":" + (4 + i % 1000), read.get(i));
        }
        assertEquals(new EndOfSuperstepEvent(1), read.get(5_000));
        assertEquals(EndOfPartitionEvent.INSTANCE, read.get(5_001));
        channel.release();
    }

    @Test
    void aConsumerThatStopsReadingStopsTheProducerWithBoundedBuffers() throws Exception {
        PipelinedSubpartition subpartition = new PipelinedSubpartition("test#0");
        server.register("job/slow/0", 0, subpartition, SECRET);
        int producerBuffers = 4;
        int credits = 2;
        BufferPool pool = new BufferPool(producerBuffers, BUFFER_SIZE);
        Semaphore available = new Semaphore(0);
        RemoteInputChannel channel = connect("job/slow/0", credits, available);
        AtomicInteger produced = new AtomicInteger();
        Thread producer = producer(subpartition, pool, 1_000, produced);
        // nothing is read: the producer can fill its own buffers and the receiver's credits, no more
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (producer.getState() != Thread.State.WAITING && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        Thread.sleep(300);
        assertEquals(Thread.State.WAITING, producer.getState(), "the producer waits for buffers");
        assertTrue(produced.get() <= producerBuffers + credits, "produced while the consumer read nothing: " + produced);
        assertEquals(producerBuffers, pool.numInUse(), "all producer buffers wait in the subpartition");
        // reading releases it
        List<Object> read = readAll(channel, available);
        producer.join();
        assertEquals(1_002, read.size());
        channel.release();
    }

    @Test
    void anUnknownSubpartitionFailsTheReaderWithItsName() throws Exception {
        Semaphore available = new Semaphore(0);
        RemoteInputChannel channel = connect("job/missing/3", 2, available);
        assertTrue(available.tryAcquire(20, TimeUnit.SECONDS));
        IllegalStateException e = assertThrows(IllegalStateException.class, channel::pollNext);
        assertTrue(e.getMessage().contains("no subpartition 0 of partition job/missing/3"), e.getMessage());
        channel.release();
    }

    @Test
    void aConsumerThatGoesAwayFreesTheProducer() throws Exception {
        PipelinedSubpartition subpartition = new PipelinedSubpartition("test#0");
        server.register("job/abandoned/0", 0, subpartition, SECRET);
        BufferPool pool = new BufferPool(2, BUFFER_SIZE);
        Semaphore available = new Semaphore(0);
        RemoteInputChannel channel = connect("job/abandoned/0", 1, available);
        Thread producer = producer(subpartition, pool, 10_000, new AtomicInteger());
        assertTrue(available.tryAcquire(20, TimeUnit.SECONDS));
        channel.release();
        // the server releases the subpartition, which from then on recycles what is added at once
        producer.join(TimeUnit.SECONDS.toMillis(20));
        assertEquals(Thread.State.TERMINATED, producer.getState(), "the producer finished after the consumer left");
    }

    @Test
    void aConsumerWithoutTheJobsSecretIsRefusedBeforeAnyRecordMoves() throws Exception {
        PipelinedSubpartition subpartition = new PipelinedSubpartition("test#0");
        server.register("job/secret/0", 0, subpartition, SECRET);
        BufferPool pool = new BufferPool(4, BUFFER_SIZE);
        Thread producer = producer(subpartition, pool, 100, new AtomicInteger());
        Semaphore available = new Semaphore(0);
        byte[] wrong = SECRET.clone();
        wrong[0] ^= 1;
        RemoteInputChannel intruder = connect("job/secret/0", 2, available, wrong);
        assertTrue(available.tryAcquire(20, TimeUnit.SECONDS));
        IllegalStateException e = assertThrows(IllegalStateException.class, intruder::pollNext);
        assertTrue(e.getMessage().contains("does not prove the job's secret"), e.getMessage());
        intruder.release();
        // the subpartition still waits for its rightful consumer, and all of it reaches that one
        Semaphore rightful = new Semaphore(0);
        RemoteInputChannel channel = connect("job/secret/0", 2, rightful);
        assertEquals(102, readAll(channel, rightful).size());
        producer.join();
        channel.release();
    }

    @Test
    void aBlockingSubpartitionIsServedFromTheProducersDiskOnceComplete(@TempDir Path spill)
            throws Exception {
        try (IOManager ioManager = new IOManager(spill.toString())) {
            BlockingSubpartition subpartition = new BlockingSubpartition(
                    "blocking#0", ioManager, 4 * BUFFER_SIZE, BUFFER_SIZE, BUFFER_SIZE);
            server.register("job/blocking/0", 0, subpartition, SECRET);
            Semaphore available = new Semaphore(0);
            RemoteInputChannel channel = connect("job/blocking/0", 2, available);
            // 200 buffers of 4 kb: far more than the 16 kb kept in memory, so most of it is on disk
            ByteArrayOutputStream written = new ByteArrayOutputStream();
            BufferPool pool = new BufferPool(2, BUFFER_SIZE);
            for (int i = 0; i < 200; i++) {
                Buffer buffer = pool.requestBuffer();
                for (int j = 0; j < BUFFER_SIZE; j++) {
                    buffer.segment().put(j, (byte) (i * 31 + j));
                }
                buffer.setSize(BUFFER_SIZE);
                written.write(buffer.segment().getArray(), 0, BUFFER_SIZE);
                subpartition.add(buffer);
            }
            assertEquals(null, channel.pollNext(), "nothing is readable before the producer finished");
            subpartition.add(Buffer.forEvent(EndOfPartitionEvent.INSTANCE));
            ByteArrayOutputStream read = new ByteArrayOutputStream();
            while (true) {
                Buffer buffer = channel.pollNext();
                if (buffer == null) {
                    assertTrue(available.tryAcquire(20, TimeUnit.SECONDS));
                    continue;
                }
                if (!buffer.isData()) {
                    break;
                }
                read.write(buffer.segment().getArray(), 0, buffer.size());
                buffer.recycle();
            }
            assertArrayEquals(written.toByteArray(), read.toByteArray());
            channel.release();
            subpartition.release();
        }
    }
}
