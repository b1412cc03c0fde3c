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

    private final Map<String, ResultSubpartition> subpartitions = new ConcurrentHashMap<>();
    private final EventLoopGroup group;
    private final Channel serverChannel;

    /** Starts serving on {@code host} at a free port. */
    public PartitionServer(String host) throws InterruptedException {
        group = new NioEventLoopGroup(1, runnable -> {
            Thread thread = new Thread(runnable, "eddy partition server");
            thread.setDaemon(true);
            return thread;
        });
        serverChannel = new ServerBootstrap().group(group).channel(NioServerSocketChannel.class)
                .childHandler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel channel) {
                        NettyMessages.framed(channel.pipeline()).addLast(new SubpartitionSender());
                    }
                })
                .bind(host, 0).sync().channel();
        LOG.info("Partition server listening on {}", serverChannel.localAddress());
    }

    /** The address consumers connect to. */
    public InetSocketAddress address() {
        return (InetSocketAddress) serverChannel.localAddress();
    }

    /** Makes {@code subpartition} of partition {@code partitionId} requestable. */
    public void register(String partitionId, int index, ResultSubpartition subpartition) {
        if (subpartitions.putIfAbsent(key(partitionId, index), subpartition) != null) {
            throw new IllegalStateException("subpartition " + index + " of " + partitionId + " is registered already");
        }
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

        @Override
        protected void channelRead0(ChannelHandlerContext ctx, ByteBuf frame) {
            byte type = frame.readByte();
            if (type == NettyMessages.REQUEST) {
                String partitionId = NettyMessages.readString(frame, frame.readInt());
                int index = frame.readInt();
                credit = frame.readInt();
                name = key(partitionId, index);
                subpartition = subpartitions.remove(name);
                if (subpartition == null) {
                    ctx.writeAndFlush(NettyMessages.error(ctx.alloc(), "no subpartition " + index + " of partition "
                            + partitionId + " at " + address())).addListener(ChannelFutureListener.CLOSE);
                    return;
                }
                // notified from the producer's thread; the sending happens on this connection's loop
                subpartition.setAvailabilityListener(() -> ctx.executor().execute(() -> {
                    available = true;
                    send(ctx);
                }));
            } else if (type == NettyMessages.CREDIT) {
                credit += frame.readInt();
                send(ctx);
            } else {
                ctx.writeAndFlush(NettyMessages.error(ctx.alloc(), "unexpected message type " + type))
                        .addListener(ChannelFutureListener.CLOSE);
            }
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
