package io.eddy.runtime.exchange;

import io.eddy.runtime.jobgraph.ChannelSelector;
import io.eddy.runtime.jobgraph.ShipStrategy;
import io.eddy.runtime.memory.ByteArrays;
import io.eddy.runtime.memory.DataInputDeserializer;
import io.eddy.runtime.memory.DataOutputSerializer;
import io.eddy.runtime.operator.SerializedOutput;
import io.eddy.runtime.types.TypeSerializer;
import java.io.IOException;

/**
 * Writes one producer subtask's records into a {@link ResultPartition}. Each record is serialized
 * once into a scratch array behind a 4-byte length, then copied in bulk into the current buffer of
 * the channel its ship strategy picks (all channels for {@code BROADCAST}). A record continues in a
 * fresh buffer when the current one fills, so records may be larger than a buffer. A full buffer goes
 * to its subpartition at once; partly filled ones go on {@link #flushAll()} and {@link #finish()}.
 * Requesting a buffer blocks while the channel's pool is exhausted: backpressure.
 *
 * <p>Used by one thread. The serializer and channel selector must be this thread's own duplicates.
 */
public final class RecordWriter<T> {

    private static final int LENGTH_BYTES = SerializedOutput.FRAME_BYTES;

    private final ResultPartition partition;
    private final TypeSerializer<T> serializer;
    private final ShipStrategy strategy;
    private final ChannelSelector<T> selector;
    private final int numChannels;
    private final DataOutputSerializer scratch = new DataOutputSerializer(128);
    /** Reads the key of a record given as bytes, for {@link #emitSerialized} over a hash partitioning. */
    private final DataInputDeserializer serializedKey = new DataInputDeserializer();
    /** The selector of a hash partitioning whose key hashes off the bytes; null for any other. */
    private final HashChannelSelector<T> serializedSelector;
    private final Buffer[] current;
    private final int[] fill;
    private boolean finished;
    private int roundRobin;

    /**
     * @param startChannel where round-robin starts; producers start at different channels so small
     *        inputs still spread over all consumers
     */
    public RecordWriter(ResultPartition partition, TypeSerializer<T> serializer, ShipStrategy strategy,
                        ChannelSelector<T> selector, int startChannel) {
        this.partition = partition;
        this.serializer = serializer;
        this.strategy = strategy;
        this.selector = selector;
        this.numChannels = partition.numSubpartitions();
        this.current = new Buffer[numChannels];
        this.fill = new int[numChannels];
        this.roundRobin = Math.floorMod(startChannel, numChannels);
        this.serializedSelector = strategy == ShipStrategy.HASH && selector instanceof HashChannelSelector<T> hash
                && hash.supportsSerialized() ? hash : null;
        boolean keyed = strategy == ShipStrategy.HASH || strategy == ShipStrategy.RANGE || strategy == ShipStrategy.CUSTOM;
        if (keyed && selector == null) {
            throw new IllegalArgumentException(strategy + " needs a channel selector");
        }
        if (strategy == ShipStrategy.FORWARD && numChannels != 1) {
            throw new IllegalArgumentException("a forward partition has one channel, not " + numChannels);
        }
    }

    /** Serializes the record and appends it to the channel(s) selected for it; may block (backpressure). */
    public void emit(T record) throws Exception {
        scratch.clear();
        scratch.setPosition(LENGTH_BYTES);
        serializer.serialize(record, scratch);
        send(record, scratch.getSharedBuffer(), scratch.length());
    }

    /**
     * Whether {@link #emitSerialized} works: always, except for range and custom partitionings and
     * for hash partitionings whose key cannot be hashed off the bytes.
     */
    public boolean acceptsSerialized() {
        return switch (strategy) {
            case FORWARD, BROADCAST, REBALANCE -> true;
            default -> serializedSelector != null;
        };
    }

    /**
     * {@link #emit} for a record already serialized by this writer's serializer, in
     * {@code framed[LENGTH_BYTES, total)}; the writer puts the length into {@code framed[0,
     * LENGTH_BYTES)} and copies the whole frame, so the record never becomes an object.
     *
     * @throws UnsupportedOperationException unless {@link #acceptsSerialized()}
     */
    public void emitSerialized(byte[] framed, int total) throws Exception {
        send(null, framed, total);
    }

    /**
     * Frames the serialized record in {@code framed[LENGTH_BYTES, total)} and copies it to the
     * channel(s) its ship strategy picks: by {@code record}, or by its bytes if that is null.
     */
    private void send(T record, byte[] framed, int total) throws Exception {
        ByteArrays.putInt(framed, 0, total - LENGTH_BYTES);
        int channel;
        switch (strategy) {
            case FORWARD -> channel = 0;
            case BROADCAST -> {
                broadcast(framed, total);
                return;
            }
            case REBALANCE -> {
                channel = roundRobin;
                roundRobin = roundRobin + 1 == numChannels ? 0 : roundRobin + 1;
            }
            default -> channel = record != null ? selectedChannel(record) : serializedChannel(framed, total);
        }
        // one copy site: the JIT inlines this path into every chain that ends here, once
        copyToChannel(channel, framed, total);
    }

    private int selectedChannel(T record) {
        int channel = selector.selectChannel(record, numChannels);
        if (channel < 0 || channel >= numChannels) {
            throw new IllegalStateException("channel selector picked channel " + channel + " of " + numChannels);
        }
        return channel;
    }

    private int serializedChannel(byte[] framed, int total) throws IOException {
        if (serializedSelector == null) {
            throw new UnsupportedOperationException(strategy + " partitioning here needs the record object");
        }
        serializedKey.setBuffer(framed, LENGTH_BYTES, total - LENGTH_BYTES);
        return serializedSelector.selectChannelSerialized(serializedKey, numChannels);
    }

    private void broadcast(byte[] bytes, int length) throws InterruptedException {
        for (int channel = 0; channel < numChannels; channel++) {
            copyToChannel(channel, bytes, length);
        }
    }

    /** Sends every partly filled buffer, e.g. before an event that must follow the data. */
    public void flushAll() {
        for (int channel = 0; channel < numChannels; channel++) {
            sendCurrent(channel);
        }
    }

    /** Sends an event to every channel, after all data emitted so far. */
    public void broadcastEvent(RuntimeEvent event) {
        flushAll();
        Buffer eventBuffer = Buffer.forEvent(event);
        for (int channel = 0; channel < numChannels; channel++) {
            partition.subpartition(channel).add(eventBuffer);
        }
    }

    /** Flushes and ends every channel with {@link EndOfPartitionEvent}: this producer is done. Idempotent. */
    public void finish() {
        if (finished) {
            return;
        }
        finished = true;
        broadcastEvent(EndOfPartitionEvent.INSTANCE);
    }

    /** Whether {@link #finish()} has ended the channels. */
    public boolean isFinished() {
        return finished;
    }

    /** Returns partly filled buffers to their pools without sending them (the task failed). */
    public void discard() {
        for (int channel = 0; channel < numChannels; channel++) {
            if (current[channel] != null) {
                current[channel].recycle();
                current[channel] = null;
            }
        }
    }

    private void copyToChannel(int channel, byte[] bytes, int length) throws InterruptedException {
        Buffer buffer = current[channel];
        if (buffer != null) {
            int position = fill[channel];
            if (length < buffer.segment().size() - position) {
                // the common case: the record fits and the buffer does not fill up
                buffer.segment().put(position, bytes, 0, length);
                fill[channel] = position + length;
                return;
            }
        }
        copySpanning(channel, bytes, length);
    }

    /** {@link #copyToChannel} when a buffer must be requested, or fills up (and is sent) on the way. */
    private void copySpanning(int channel, byte[] bytes, int length) throws InterruptedException {
        int offset = 0;
        while (offset < length) {
            Buffer buffer = current[channel];
            if (buffer == null) {
                buffer = partition.pool(channel).requestBuffer();
                current[channel] = buffer;
                fill[channel] = 0;
            }
            int position = fill[channel];
            int n = Math.min(length - offset, buffer.segment().size() - position);
            buffer.segment().put(position, bytes, offset, n);
            offset += n;
            fill[channel] = position + n;
            if (fill[channel] == buffer.segment().size()) {
                sendCurrent(channel);
            }
        }
    }

    private void sendCurrent(int channel) {
        Buffer buffer = current[channel];
        if (buffer != null) {
            current[channel] = null;
            if (fill[channel] == 0) {
                buffer.recycle();
            } else {
                buffer.setSize(fill[channel]);
                partition.subpartition(channel).add(buffer);
            }
        }
    }
}
