package io.eddy.runtime.network;

import io.eddy.runtime.exchange.Buffer;
import io.eddy.runtime.exchange.ResultSubpartition;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.buffer.ByteBuf;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.nio.NioEventLoopGroup;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import java.net.InetSocketAddress;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Serves this process's subpartitions to consumers in other processes. A producer registers each
 * subpartition under its partition's id; a {@link RemoteInputChannel} connects, requests one with
 * its initial credit, and receives buffers only against credit. The subpartition's producer is thus
 * held back exactly as by a local consumer: its buffers stay in the subpartition until the remote
 * consumer has room. One connection carries one subpartition.
 */
public final class PartitionServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(PartitionServer.class);

    /** A subpartition waiting for its consumer, with the secret of its job. */
    private record Registration(ResultSubpartition subpartition, byte[] jobSecret) {}

    private final Map<String, Registration> subpartitions = new ConcurrentHashMap<>();
    private final java.security.SecureRandom random = new java.security.SecureRandom();
    /** Subpartitions served by every server of this process, for metrics and tests. */
    private static final java.util.concurrent.atomic.AtomicLong SERVED = new java.util.concurrent.atomic.AtomicLong();
    private final EventLoopGroup group;
    private final Channel serverChannel;

    /** Starts serving on {@code host} at a free port, in plaintext. */
    public PartitionServer(String host) throws InterruptedException {
        this(host, null);
    }

    /** Starts serving on {@code host} at a free port; with {@code tls} (else null) every connection is encrypted. */
    public PartitionServer(String host, io.netty.handler.ssl.SslContext tls) throws InterruptedException {
        group = new NioEventLoopGroup(1, runnable -> {
            Thread thread = new Thread(runnable, "eddy partition server");
            thread.setDaemon(true);
            return thread;
        });
        serverChannel = new ServerBootstrap().group(group).channel(NioServerSocketChannel.class)
                .childHandler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel channel) {
                        if (tls != null) {
                            channel.pipeline().addLast(tls.newHandler(channel.alloc()));
                        }
                        NettyMessages.framed(channel.pipeline()).addLast(new SubpartitionSender());
                    }
                })
                .bind(host, 0).sync().channel();
        LOG.info("Partition server listening on {}", serverChannel.localAddress());
    }

    /** How many subpartitions the partition servers of this process have served to a consumer so far. */
    public static long servedInThisProcess() {
        return SERVED.get();
    }

    /** The address consumers connect to. */
    public InetSocketAddress address() {
        return (InetSocketAddress) serverChannel.localAddress();
    }

    /**
     * Makes {@code subpartition} of partition {@code partitionId} requestable by a consumer that proves
     * it knows {@code jobSecret}; a request without that proof is refused before any record moves.
     */
    public void register(String partitionId, int index, ResultSubpartition subpartition, byte[] jobSecret) {
        if (jobSecret.length < 16) {
            throw new IllegalArgumentException("a job secret needs at least 16 bytes");
        }
        if (subpartitions.putIfAbsent(key(partitionId, index), new Registration(subpartition, jobSecret.clone())) != null) {
            throw new IllegalStateException("subpartition " + index + " of " + partitionId + " is registered already");
        }
    }

    /** Forgets every subpartition registered under an id starting with {@code prefix} (the job ended). */
    public void unregisterAll(String prefix) {
        subpartitions.keySet().removeIf(key -> key.startsWith(prefix));
    }

    private static String key(String partitionId, int index) {
        return partitionId + '#' + index;
    }

    @Override
    public void close() {
        serverChannel.close().syncUninterruptibly();
        group.shutdownGracefully(0, 0, java.util.concurrent.TimeUnit.SECONDS).syncUninterruptibly();
    }

    /** Sends one subpartition over its connection; runs on the connection's event loop. */
    private final class SubpartitionSender extends SimpleChannelInboundHandler<ByteBuf> {
        private ResultSubpartition subpartition;
        private String name;
        private int credit;
        private boolean available;
        private boolean finished;
        private final byte[] nonce = new byte[NettyMessages.NONCE_BYTES];

        @Override
        public void channelActive(ChannelHandlerContext ctx) {
            random.nextBytes(nonce);
            ctx.writeAndFlush(NettyMessages.challenge(ctx.alloc(), nonce));
        }

        @Override
        protected void channelRead0(ChannelHandlerContext ctx, ByteBuf frame) {
            byte type = frame.readByte();
            if (type == NettyMessages.REQUEST && subpartition == null) {
                String partitionId = NettyMessages.readString(frame, frame.readInt());
                int index = frame.readInt();
                int initialCredit = frame.readInt();
                byte[] proof = NettyMessages.readProof(frame);
                String requested = key(partitionId, index);
                Registration registration = subpartitions.get(requested);
                if (registration == null) {
                    refuse(ctx, "no subpartition " + index + " of partition " + partitionId + " at " + address());
                    return;
                }
                if (!java.security.MessageDigest.isEqual(proof,
                        NettyMessages.proof(registration.jobSecret(), nonce, partitionId, index))) {
                    LOG.warn("Refused a request for {} from {}: it does not know the job's secret", requested,
                            ctx.channel().remoteAddress());
                    refuse(ctx, "refused: the request for subpartition " + index + " of partition " + partitionId
                            + " does not prove the job's secret");
                    return;
                }
                if (!subpartitions.remove(requested, registration)) {
                    refuse(ctx, "subpartition " + index + " of partition " + partitionId + " is read by another consumer");
                    return;
                }
                name = requested;
                credit = initialCredit;
                SERVED.incrementAndGet();
                subpartition = registration.subpartition();
                // notified from the producer's thread; the sending happens on this connection's loop
                subpartition.setAvailabilityListener(() -> ctx.executor().execute(() -> {
                    available = true;
                    send(ctx);
                }));
            } else if (type == NettyMessages.CREDIT && subpartition != null) {
                credit += frame.readInt();
                send(ctx);
            } else {
                refuse(ctx, "unexpected message type " + type);
            }
        }

        private void refuse(ChannelHandlerContext ctx, String message) {
            ctx.writeAndFlush(NettyMessages.error(ctx.alloc(), message)).addListener(ChannelFutureListener.CLOSE);
        }

        private void send(ChannelHandlerContext ctx) {
            boolean wrote = false;
            while (credit > 0 && available && !finished) {
                Buffer buffer = subpartition.poll();
                if (buffer == null) {
                    available = false;
                    break;
                }
                if (buffer.isData()) {
                    ctx.write(NettyMessages.data(ctx.alloc(), buffer.segment().getArray(), buffer.size()));
                    buffer.recycle();
                } else {
                    ctx.write(NettyMessages.event(ctx.alloc(), buffer.event()));
                    finished = buffer.event() instanceof io.eddy.runtime.exchange.EndOfPartitionEvent;
                }
                credit--;
                wrote = true;
                available = subpartition.moreAvailableAfterPoll();
            }
            if (wrote) {
                ctx.flush();
            }
        }

        @Override
        public void channelInactive(ChannelHandlerContext ctx) {
            if (subpartition != null && !finished) {
                LOG.debug("Consumer of {} went away before the end of the partition", name);
                subpartition.release();
            }
        }

        @Override
        public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
            LOG.warn("Sending {} failed", name, cause);
            ctx.close();
        }
    }
}
