package io.eddy.runtime.network;

import io.eddy.runtime.exchange.Buffer;
import io.eddy.runtime.exchange.BufferPool;
import io.eddy.runtime.exchange.EndOfPartitionEvent;
import io.eddy.runtime.exchange.InputChannel;
import io.eddy.runtime.exchange.LocalInputChannel;
import io.eddy.runtime.exchange.PipelinedSubpartition;
import io.netty.channel.nio.NioEventLoopGroup;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Not a test: moves 32 KB buffers through one exchange, in memory and over loopback TCP with
 * credit-based flow control, and prints MB/s for each. Run with
 * {@code java -cp <runtime test classpath> io.eddy.runtime.network.NetworkExchangeThroughput [megabytes] [credits]}.
 */
public final class NetworkExchangeThroughput {

    private static final int BUFFER_SIZE = 32 * 1024;
    private static final byte[] SECRET = new byte[32];

    private NetworkExchangeThroughput() {}

    public static void main(String[] args) throws Exception {
        long megabytes = args.length > 0 ? Long.parseLong(args[0]) : 4096;
        int credits = args.length > 1 ? Integer.parseInt(args[1]) : 8;
        long buffers = megabytes * 1024 * 1024 / BUFFER_SIZE;
        try (PartitionServer server = new PartitionServer("127.0.0.1")) {
            NioEventLoopGroup group = new NioEventLoopGroup(1);
            for (int run = 1; run <= 3; run++) {
                PipelinedSubpartition local = new PipelinedSubpartition("local");
                report("in memory", run, megabytes, transfer(local, new LocalInputChannel(local), buffers));

                PipelinedSubpartition remote = new PipelinedSubpartition("remote");
                server.register("throughput", run, remote, SECRET);
                RemoteInputChannel channel = new RemoteInputChannel(server.address(), "throughput", run, credits, BUFFER_SIZE, SECRET);
                channel.connect(group);
                report("loopback TCP, " + credits + " credits", run, megabytes, transfer(remote, channel, buffers));
                channel.release();
            }
            group.shutdownGracefully(0, 0, TimeUnit.SECONDS).syncUninterruptibly();
        }
    }

    private static void report(String what, int run, long megabytes, long nanos) {
        System.out.printf("run %d, %-28s %,8.0f MB/s%n", run, what, megabytes / (nanos / 1e9));
    }

    private static long transfer(PipelinedSubpartition subpartition, InputChannel channel, long buffers) throws Exception {
        BufferPool pool = new BufferPool(8, BUFFER_SIZE);
        Semaphore available = new Semaphore(0);
        channel.setAvailabilityListener(available::release);
        long start = System.nanoTime();
        Thread producer = new Thread(() -> {
            try {
                for (long i = 0; i < buffers; i++) {
                    Buffer buffer = pool.requestBuffer();
                    buffer.setSize(BUFFER_SIZE);
                    subpartition.add(buffer);
                }
                subpartition.add(Buffer.forEvent(EndOfPartitionEvent.INSTANCE));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        producer.start();
        while (true) {
            Buffer buffer = channel.pollNext();
            if (buffer == null) {
                available.acquire();
                continue;
            }
            if (!buffer.isData()) {
                break;
            }
            buffer.recycle();
        }
        producer.join();
        return System.nanoTime() - start;
    }
}
