package io.eddy.runtime.network;

import io.eddy.runtime.exchange.Buffer;
import io.eddy.runtime.exchange.BufferAvailabilityListener;
import io.eddy.runtime.exchange.BufferPool;
import io.eddy.runtime.exchange.InputChannel;
import io.netty.bootstrap.Bootstrap;
import io.netty.buffer.ByteBuf;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioSocketChannel;
import java.net.InetSocketAddress;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * An {@link InputChannel} that reads a subpartition served by a {@link PartitionServer} in another
 * process. It owns as many buffers as it grants credits: every buffer the server sends lands in one
 * of them, and each buffer the consumer recycles (or event it takes) becomes one new credit, so at
 * most {@code credits} buffers are ever in flight or queued for this channel.
 */
public final class RemoteInputChannel implements InputChannel {

    private final InetSocketAddress server;
    private final String partitionId;
    private final int subpartition;
    private final int credits;
    private final BufferPool buffers;
    private final byte[] jobSecret;
    /** Guarded by itself: the check for empty and the add must be one step, or a notification is lost. */
    private final ArrayDeque<Buffer> received = new ArrayDeque<>();
    private volatile BufferAvailabilityListener listener;
    private volatile String failure;
    private volatile Channel channel;
    private volatile boolean released;
    private volatile boolean endReceived;

    /**
     * @param credits buffers this channel holds for received data (at least 1; 2 or more keep the
     *        connection busy while the consumer works)
     * @param bufferSize the exchange's buffer size (the producer's)
     * @param jobSecret the job's secret, proved to the server (never sent)
     */
    public RemoteInputChannel(InetSocketAddress server, String partitionId, int subpartition, int credits, int bufferSize,
                              byte[] jobSecret) {
        this.jobSecret = jobSecret.clone();
        this.server = server;
        this.partitionId = partitionId;
        this.subpartition = subpartition;
        this.credits = credits;
        this.buffers = new BufferPool(credits, bufferSize);
        buffers.setRecycleListener(this::returnCredit);
    }

    /** Connects and, once the server's challenge arrives, requests the subpartition; on {@code group}'s threads. */
    public void connect(EventLoopGroup group) throws InterruptedException {
        connect(group, null);
    }

    /** As {@link #connect(EventLoopGroup)}, over TLS with {@code tls} (or in plaintext if null). */
    public void connect(EventLoopGroup group, io.netty.handler.ssl.SslContext tls) throws InterruptedException {
        channel = new Bootstrap().group(group).channel(NioSocketChannel.class).option(ChannelOption.TCP_NODELAY, true)
                .handler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel ch) {
                        if (tls != null) {
                            ch.pipeline().addLast(tls.newHandler(ch.alloc(), server.getHostString(), server.getPort()));
                        }
                        NettyMessages.framed(ch.pipeline()).addLast(new Receiver());
                    }
                })
                .connect(server).sync().channel();
    }

    private void returnCredit() {
        Channel c = channel;
        if (c != null && !released) {
            c.writeAndFlush(NettyMessages.credit(c.alloc(), 1));
        }
    }

    @Override
    public void setAvailabilityListener(BufferAvailabilityListener listener) {
        this.listener = listener;
        if (moreAvailable()) {
            listener.notifyDataAvailable();
        }
    }

    @Override
    public Buffer pollNext() {
        Buffer buffer;
        synchronized (received) {
            buffer = received.poll();
        }
        if (buffer == null && failure != null) {
            throw new IllegalStateException("reading subpartition " + subpartition + " of " + partitionId + " from "
                    + server + " failed: " + failure);
        }
        if (buffer != null && !buffer.isData()) {
            returnCredit();
        }
        return buffer;
    }

    @Override
    public boolean moreAvailable() {
        synchronized (received) {
            return !received.isEmpty() || failure != null;
        }
    }

    @Override
    public void release() {
        released = true;
        Channel c = channel;
        if (c != null) {
            c.close();
        }
        List<Buffer> left;
        synchronized (received) {
            left = new ArrayList<>(received);
            received.clear();
        }
        left.forEach(Buffer::recycle);
        buffers.destroy();
    }

    private void enqueue(Buffer buffer) {
        boolean wasEmpty;
        synchronized (received) {
            wasEmpty = received.isEmpty();
            received.add(buffer);
        }
        BufferAvailabilityListener l = listener;
        if (wasEmpty && l != null) {
            l.notifyDataAvailable();
        }
    }

    private void fail(String message) {
        if (failure == null && !released) {
            failure = message;
            BufferAvailabilityListener l = listener;
            if (l != null) {
                l.notifyDataAvailable();
            }
        }
    }

    @Override
    public String toString() {
        return "RemoteInputChannel[" + partitionId + "#" + subpartition + " at " + server + "]";
    }

    /** Turns frames into buffers; runs on the connection's event loop. */
    private final class Receiver extends SimpleChannelInboundHandler<ByteBuf> {
        @Override
        public void channelActive(ChannelHandlerContext ctx) throws Exception {
            // before any message can arrive, so that returned credits always have a connection to go to
            channel = ctx.channel();
            super.channelActive(ctx);
        }

        @Override
        protected void channelRead0(ChannelHandlerContext ctx, ByteBuf frame) {
            byte type = frame.readByte();
            switch (type) {
                case NettyMessages.CHALLENGE -> {
                    byte[] nonce = new byte[NettyMessages.NONCE_BYTES];
                    frame.readBytes(nonce);
                    ctx.writeAndFlush(NettyMessages.request(ctx.alloc(), partitionId, subpartition, credits, nonce, jobSecret));
                }
                case NettyMessages.DATA -> {
                    Buffer buffer = buffers.pollBuffer();
                    if (buffer == null) {
                        if (!released) {
                            fail("the sender sent a buffer without credit");
                            ctx.close();
                        }
                        return;
                    }
                    int length = frame.readableBytes();
                    frame.readBytes(buffer.segment().getArray(), 0, length);
                    buffer.setSize(length);
                    enqueue(buffer);
                }
                case NettyMessages.EVENT -> {
                    Buffer event = Buffer.forEvent(NettyMessages.readEvent(frame));
                    endReceived |= event.event() instanceof io.eddy.runtime.exchange.EndOfPartitionEvent;
                    enqueue(event);
                }
                case NettyMessages.ERROR -> fail(NettyMessages.readString(frame, frame.readableBytes()));
                default -> fail("unexpected message type " + type);
            }
        }

        @Override
        public void channelInactive(ChannelHandlerContext ctx) {
            if (!endReceived && !released) {
                fail("the connection closed before the end of the partition");
            }
        }

        @Override
        public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
            fail(cause.toString());
            ctx.close();
        }
    }
}
