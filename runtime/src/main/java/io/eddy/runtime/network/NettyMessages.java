package io.eddy.runtime.network;

import io.eddy.runtime.exchange.EndOfPartitionEvent;
import io.eddy.runtime.exchange.EndOfSuperstepEvent;
import io.eddy.runtime.exchange.RuntimeEvent;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import java.nio.charset.StandardCharsets;

/**
 * The wire format of the data plane. Every message is one length-prefixed frame whose first byte is
 * its type: the server's challenge (a random nonce, sent when a connection opens), a request for a
 * subpartition (with the receiver's initial credit and its proof of the job's secret: an HMAC-SHA256
 * over the nonce and the request, so the secret itself never crosses the wire), added credit, a data
 * buffer, an event, or an error that ends the connection.
 */
final class NettyMessages {

    static final byte REQUEST = 1;
    static final byte CREDIT = 2;
    static final byte DATA = 3;
    static final byte EVENT = 4;
    static final byte ERROR = 5;
    static final byte CHALLENGE = 6;

    static final int NONCE_BYTES = 16;
    private static final int MAC_BYTES = 32;

    private static final byte END_OF_PARTITION = 1;
    private static final byte END_OF_SUPERSTEP = 2;

    /** Frames are at most a buffer plus headers; anything larger is a protocol error. */
    static final int MAX_FRAME = 64 * 1024 * 1024;

    private NettyMessages() {}

    /** Puts the framing (a 4-byte length before every message) at the front of a connection's pipeline. */
    static io.netty.channel.ChannelPipeline framed(io.netty.channel.ChannelPipeline pipeline) {
        return pipeline.addLast(new io.netty.handler.codec.LengthFieldBasedFrameDecoder(MAX_FRAME, 0, 4, 0, 4))
                .addLast(new io.netty.handler.codec.LengthFieldPrepender(4));
    }

    static ByteBuf challenge(ByteBufAllocator alloc, byte[] nonce) {
        return alloc.buffer(1 + nonce.length).writeByte(CHALLENGE).writeBytes(nonce);
    }

    static ByteBuf request(ByteBufAllocator alloc, String partitionId, int subpartition, int credit, byte[] nonce,
                           byte[] secret) {
        byte[] id = partitionId.getBytes(StandardCharsets.UTF_8);
        return alloc.buffer(1 + 4 + id.length + 8 + MAC_BYTES).writeByte(REQUEST).writeInt(id.length).writeBytes(id)
                .writeInt(subpartition).writeInt(credit).writeBytes(proof(secret, nonce, partitionId, subpartition));
    }

    static byte[] readProof(ByteBuf frame) {
        byte[] proof = new byte[MAC_BYTES];
        frame.readBytes(proof);
        return proof;
    }

    /** HMAC-SHA256 of the nonce and the request under the job's secret. */
    static byte[] proof(byte[] secret, byte[] nonce, String partitionId, int subpartition) {
        try {
            javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
            mac.init(new javax.crypto.spec.SecretKeySpec(secret, "HmacSHA256"));
            mac.update(nonce);
            mac.update(partitionId.getBytes(StandardCharsets.UTF_8));
            mac.update(java.nio.ByteBuffer.allocate(4).putInt(0, subpartition));
            return mac.doFinal();
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    static ByteBuf credit(ByteBufAllocator alloc, int credit) {
        return alloc.buffer(5).writeByte(CREDIT).writeInt(credit);
    }

    static ByteBuf data(ByteBufAllocator alloc, byte[] bytes, int length) {
        return alloc.buffer(1 + length).writeByte(DATA).writeBytes(bytes, 0, length);
    }

    static ByteBuf event(ByteBufAllocator alloc, RuntimeEvent event) {
        if (event instanceof EndOfPartitionEvent) {
            return alloc.buffer(2).writeByte(EVENT).writeByte(END_OF_PARTITION);
        }
        if (event instanceof EndOfSuperstepEvent end) {
            return alloc.buffer(6).writeByte(EVENT).writeByte(END_OF_SUPERSTEP).writeInt(end.superstep());
        }
        throw new IllegalArgumentException("no wire format for the event " + event);
    }

    static RuntimeEvent readEvent(ByteBuf frame) {
        byte kind = frame.readByte();
        return switch (kind) {
            case END_OF_PARTITION -> EndOfPartitionEvent.INSTANCE;
            case END_OF_SUPERSTEP -> new EndOfSuperstepEvent(frame.readInt());
            default -> throw new IllegalStateException("unknown event kind " + kind);
        };
    }

    static ByteBuf error(ByteBufAllocator alloc, String message) {
        byte[] text = message.getBytes(StandardCharsets.UTF_8);
        return alloc.buffer(1 + text.length).writeByte(ERROR).writeBytes(text);
    }

    static String readString(ByteBuf frame, int length) {
        byte[] bytes = new byte[length];
        frame.readBytes(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
