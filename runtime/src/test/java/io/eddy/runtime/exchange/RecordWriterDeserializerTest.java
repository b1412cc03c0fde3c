package io.eddy.runtime.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eddy.runtime.jobgraph.ShipStrategy;
import io.eddy.runtime.memory.DataInputView;
import io.eddy.runtime.testutil.LongComparator;
import io.eddy.runtime.testutil.LongSerializer;
import io.eddy.runtime.testutil.StringSerializer;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class RecordWriterDeserializerTest {

    /** Reads one channel to its end, checking the end-of-partition event comes last and buffers all return. */
    private static <T> List<T> drain(ResultPartition partition, int channel, io.eddy.runtime.types.TypeSerializer<T> serializer)
            throws Exception {
        List<T> records = new ArrayList<>();
        RecordDeserializer deserializer = new RecordDeserializer();
        Buffer buffer;
        boolean ended = false;
        while ((buffer = partition.subpartition(channel).poll()) != null) {
            assertFalse(ended, "nothing may follow end of partition");
            if (!buffer.isData()) {
                assertSame(EndOfPartitionEvent.INSTANCE, buffer.event());
                ended = true;
                continue;
            }
            deserializer.setNextBuffer(buffer);
            DataInputView view;
            while ((view = deserializer.nextRecord()) != null) {
                records.add(serializer.deserialize(view));
            }
        }
        assertTrue(ended, "channel must end with end of partition");
        assertFalse(deserializer.hasPartialRecord());
        assertEquals(0, partition.pool(channel).numInUse(), "every buffer recycled");
        return records;
    }

    @ParameterizedTest
    @ValueSource(ints = {64, 67, 128, 1024})
    void stringsOfAnyLengthSurviveBufferBoundaries(int bufferSize) throws Exception {
        Random random = new Random(bufferSize);
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            int length = i % 100 == 0 ? random.nextInt(5000) : random.nextInt(40);
            StringBuilder s = new StringBuilder();
            for (int c = 0; c < length; c++) {
                s.append((char) ('a' + random.nextInt(26)));
            }
            expected.add(s.toString());
        }
        // enough buffers that the single-threaded test never blocks
        ResultPartition partition = new ResultPartition("test", 1, 100_000, bufferSize);
        RecordWriter<String> writer = new RecordWriter<>(partition, StringSerializer.INSTANCE, ShipStrategy.FORWARD, null, 0);
        for (String s : expected) {
            writer.emit(s);
        }
        writer.finish();
        assertEquals(expected, drain(partition, 0, StringSerializer.INSTANCE));
    }

    @Test
    void recordFarLargerThanABuffer() throws Exception {
        String big = "x".repeat(100_000);
        ResultPartition partition = new ResultPartition("test", 1, 1000, 1024);
        RecordWriter<String> writer = new RecordWriter<>(partition, StringSerializer.INSTANCE, ShipStrategy.FORWARD, null, 0);
        writer.emit("a");
        writer.emit(big);
        writer.emit("b");
        writer.finish();
        assertEquals(List.of("a", big, "b"), drain(partition, 0, StringSerializer.INSTANCE));
    }

    @Test
    void broadcastSendsEveryRecordToEveryChannel() throws Exception {
        ResultPartition partition = new ResultPartition("test", 3, 100, 64);
        RecordWriter<Long> writer = new RecordWriter<>(partition, LongSerializer.INSTANCE, ShipStrategy.BROADCAST, null, 0);
        List<Long> expected = new ArrayList<>();
        for (long i = 0; i < 100; i++) {
            writer.emit(i);
            expected.add(i);
        }
        writer.finish();
        for (int channel = 0; channel < 3; channel++) {
            assertEquals(expected, drain(partition, channel, LongSerializer.INSTANCE));
        }
    }

    @Test
    void rebalanceGoesRoundRobinFromTheStartChannel() throws Exception {
        ResultPartition partition = new ResultPartition("test", 3, 100, 64);
        RecordWriter<Long> writer = new RecordWriter<>(partition, LongSerializer.INSTANCE, ShipStrategy.REBALANCE, null, 1);
        for (long i = 0; i < 7; i++) {
            writer.emit(i);
        }
        writer.finish();
        assertEquals(List.of(2L, 5L), drain(partition, 0, LongSerializer.INSTANCE));
        assertEquals(List.of(0L, 3L, 6L), drain(partition, 1, LongSerializer.INSTANCE));
        assertEquals(List.of(1L, 4L), drain(partition, 2, LongSerializer.INSTANCE));
    }

    @Test
    void hashSendsEqualKeysToTheSelectedChannel() throws Exception {
        ResultPartition partition = new ResultPartition("test", 4, 100, 128);
        HashChannelSelector<Long> selector = new HashChannelSelector<>(new LongComparator());
        RecordWriter<Long> writer = new RecordWriter<>(partition, LongSerializer.INSTANCE, ShipStrategy.HASH, selector, 0);
        for (long i = 0; i < 1000; i++) {
            writer.emit(i % 50);
        }
        writer.finish();
        int total = 0;
        for (int channel = 0; channel < 4; channel++) {
            List<Long> received = drain(partition, channel, LongSerializer.INSTANCE);
            total += received.size();
            for (Long key : received) {
                assertEquals(channel, selector.selectChannel(key, 4));
            }
        }
        assertEquals(1000, total);
    }

    @ParameterizedTest
    @ValueSource(strings = {"FORWARD", "BROADCAST", "REBALANCE", "HASH"})
    void recordsGivenAsBytesGoWhereTheirObjectsWouldGo(String strategyName) throws Exception {
        ShipStrategy strategy = ShipStrategy.valueOf(strategyName);
        int channels = strategy == ShipStrategy.FORWARD ? 1 : 3;
        io.eddy.runtime.types.LongSerializer serializer = io.eddy.runtime.types.LongSerializer.INSTANCE;
        HashChannelSelector<Long> selector = new HashChannelSelector<>(new io.eddy.runtime.types.LongComparator(true));
        ResultPartition byObjects = new ResultPartition("objects", channels, 1000, 64);
        ResultPartition mixed = new ResultPartition("mixed", channels, 1000, 64);
        RecordWriter<Long> objectWriter = new RecordWriter<>(byObjects, serializer, strategy, selector.duplicate(), 1);
        RecordWriter<Long> mixedWriter = new RecordWriter<>(mixed, serializer, strategy, selector.duplicate(), 1);
        assertTrue(mixedWriter.acceptsSerialized());
        io.eddy.runtime.memory.DataOutputSerializer framed = new io.eddy.runtime.memory.DataOutputSerializer(16);
        for (long i = 0; i < 500; i++) {
            long key = i * 7919 % 101;
            objectWriter.emit(key);
            if (i % 3 == 0) {
                mixedWriter.emit(key);
            } else {
                framed.clear();
                framed.setPosition(io.eddy.runtime.operator.SerializedOutput.FRAME_BYTES);
                serializer.serialize(key, framed);
                mixedWriter.emitSerialized(framed.getSharedBuffer(), framed.length());
            }
        }
        objectWriter.finish();
        mixedWriter.finish();
        for (int channel = 0; channel < channels; channel++) {
            assertEquals(drain(byObjects, channel, serializer), drain(mixed, channel, serializer), "channel " + channel);
        }
    }

    @Test
    void partitioningsThatNeedTheObjectDeclineBytes() {
        ResultPartition partition = new ResultPartition("test", 2, 10, 64);
        assertFalse(new RecordWriter<>(partition, LongSerializer.INSTANCE, ShipStrategy.HASH,
                new HashChannelSelector<>(new LongComparator()), 0).acceptsSerialized(), "no hash off the bytes");
        assertFalse(new RecordWriter<Long>(partition, LongSerializer.INSTANCE, ShipStrategy.CUSTOM,
                new io.eddy.runtime.jobgraph.ChannelSelector<>() {
                    @Override
                    public int selectChannel(Long record, int numChannels) {
                        return 0;
                    }

                    @Override
                    public io.eddy.runtime.jobgraph.ChannelSelector<Long> duplicate() {
                        return this;
                    }
                }, 0).acceptsSerialized(), "a custom partitioner takes the object");
    }

    @Test
    void fullBuffersAreSentAtOnceAndPartialOnesOnFlush() throws Exception {
        ResultPartition partition = new ResultPartition("test", 1, 10, 64);
        RecordWriter<Long> writer = new RecordWriter<>(partition, LongSerializer.INSTANCE, ShipStrategy.FORWARD, null, 0);
        for (int i = 0; i < 6; i++) { // 6 x 12 bytes = 72: one full buffer of 64 plus 8 bytes
            writer.emit((long) i);
        }
        Buffer first = partition.subpartition(0).poll();
        assertEquals(64, first.size());
        assertNull(partition.subpartition(0).poll());
        writer.flushAll();
        Buffer second = partition.subpartition(0).poll();
        assertEquals(8, second.size());
        first.recycle();
        second.recycle();
        writer.flushAll();
        assertNull(partition.subpartition(0).poll(), "an empty flush sends nothing");
    }
}
