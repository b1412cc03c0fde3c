package io.eddy.api.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eddy.api.configuration.Configuration;
import io.eddy.api.fs.Path;
import io.eddy.api.util.NumberSequenceIterator;
import io.eddy.runtime.io.InputSplit;
import io.eddy.runtime.io.InputSplitAssigner;
import io.eddy.runtime.memory.DataInputView;
import io.eddy.runtime.memory.DataOutputView;
import io.eddy.runtime.types.TypeSerializer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class GenericFormatsTest {

    static <T> List<T> readAll(GenericInputFormat<T> format, int parallelism) throws IOException {
        GenericInputFormat<T> copy = FileOutputFormatTest.roundTrip(format);
        copy.configure(new Configuration());
        List<T> result = new ArrayList<>();
        for (GenericInputSplit split : copy.createInputSplits(parallelism)) {
            copy.open(split);
            while (!copy.reachedEnd()) {
                T record = copy.nextRecord(null);
                if (record != null) {
                    result.add(record);
                }
            }
            copy.close();
        }
        return result;
    }

    /** A value type that is not Serializable, written by a serializer. */
    static final class Point {
        final int x;

        Point(int x) {
            this.x = x;
        }
    }

    static final class PointSerializer extends TypeSerializer<Point> {
        @Override
        public boolean isImmutableType() {
            return true;
        }

        @Override
        public TypeSerializer<Point> duplicate() {
            return this;
        }

        @Override
        public Point createInstance() {
            return null;
        }

        @Override
        public Point copy(Point from) {
            return from;
        }

        @Override
        public Point copy(Point from, Point reuse) {
            return from;
        }

        @Override
        public int getLength() {
            return 4;
        }

        @Override
        public void serialize(Point record, DataOutputView target) throws IOException {
            target.writeInt(record.x);
        }

        @Override
        public Point deserialize(DataInputView source) throws IOException {
            return new Point(source.readInt());
        }

        @Override
        public Point deserialize(Point reuse, DataInputView source) throws IOException {
            return deserialize(source);
        }

        @Override
        public void copy(DataInputView source, DataOutputView target) throws IOException {
            target.writeInt(source.readInt());
        }

        @Override
        public boolean equals(Object obj) {
            return obj instanceof PointSerializer;
        }

        @Override
        public int hashCode() {
            return 1;
        }
    }

    @Test
    void collectionInputTravelsWithJavaSerializationOrASerializer() throws IOException {
        assertEquals(List.of("a", "b"), readAll(new CollectionInputFormat<>(List.of("a", "b"), null), 1));
        List<Point> points = readAll(new CollectionInputFormat<>(List.of(new Point(3), new Point(4)), new PointSerializer()), 1);
        assertEquals(List.of(3, 4), points.stream().map(p -> p.x).toList());
        assertThrows(IllegalArgumentException.class, () -> new CollectionInputFormat<>(List.of(new Point(1)), null));
        assertTrue(new CollectionInputFormat<>(List.of(), null) instanceof NonParallelInput);
        CollectionInputFormat.checkCollection(List.of(1, 2), Integer.class);
        @SuppressWarnings({"unchecked", "rawtypes"})
        List<Integer> polluted = (List) List.of(1, "x");
        assertThrows(IllegalArgumentException.class, () -> CollectionInputFormat.checkCollection(polluted, Integer.class));
    }

    @Test
    void parallelIteratorReadsEachNumberOnce() throws IOException {
        List<Long> numbers = readAll(new ParallelIteratorInputFormat<>(new NumberSequenceIterator(1, 100)), 7);
        assertEquals(100, numbers.size());
        assertEquals(5050L, numbers.stream().mapToLong(Long::longValue).sum());
    }

    @Test
    void iteratorInputRequiresASerializableIterator() throws IOException {
        assertEquals(List.of(1L, 2L, 3L), readAll(new IteratorInputFormat<>(new NumberSequenceIterator(1, 3)), 1));
        assertThrows(IllegalArgumentException.class, () -> new IteratorInputFormat<>(List.of(1).iterator()));
    }

    @Test
    void locatableAssignerPrefersLocalSplits() {
        InputSplit[] splits = {
            new LocatableInputSplit(0, new String[] {"a", "b"}),
            new LocatableInputSplit(1, new String[] {"c"}),
            new LocatableInputSplit(2, new String[] {"B.example.com"}),
            new LocatableInputSplit(3, new String[] {"a", "b", "c"}),
        };
        InputSplitAssigner assigner = new LocatableInputSplitAssigner(splits);
        assertSame(splits[1], assigner.getNextInputSplit("c", 0));
        assertSame(splits[0], assigner.getNextInputSplit("b.example.com", 1));
        assertSame(splits[2], assigner.getNextInputSplit("b", 1));
        assertSame(splits[3], assigner.getNextInputSplit("z", 2), "a remote host takes what is left");
        assertNull(assigner.getNextInputSplit("a", 0));
    }

    @Test
    void printingUsesFlinkPrefixes() {
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            PrintingOutputFormat<String> plain = new PrintingOutputFormat<>();
            plain.open(0, 1);
            plain.writeRecord("x");
            plain.close();
            PrintingOutputFormat<Integer> parallel = new PrintingOutputFormat<>();
            parallel.open(1, 2);
            parallel.writeRecord(7);
            parallel.close();
            PrintingOutputFormat<String> named = new PrintingOutputFormat<>("sink", false);
            named.open(0, 3);
            named.writeRecord("y");
            named.close();
            named.open(0, 1);
            named.writeRecord("z");
            named.close();
        } finally {
            System.setOut(original);
        }
        assertEquals("x\n2> 7\nsink:1> y\nsink> z\n", captured.toString(StandardCharsets.UTF_8).replace(System.lineSeparator(), "\n"));
    }

    @Test
    void localCollectionOutputCollectsFromSerializedCopies() throws IOException {
        List<String> result = new ArrayList<>();
        LocalCollectionOutputFormat<String> format = new LocalCollectionOutputFormat<>(result);
        for (int task = 0; task < 2; task++) {
            LocalCollectionOutputFormat<String> copy = FileOutputFormatTest.roundTrip(format);
            copy.configure(new Configuration());
            copy.open(task, 2);
            copy.writeRecord("r" + task);
            copy.close();
        }
        assertEquals(List.of("r0", "r1"), result);
        format.release();

        DiscardingOutputFormat<String> discard = new DiscardingOutputFormat<>();
        discard.open(0, 1);
        discard.writeRecord("gone");
        discard.close();
    }

    @Test
    void fileStatisticsAndSplitsCarryThePath() throws IOException {
        java.nio.file.Path file = java.nio.file.Files.createTempFile("eddy-stats", ".txt");
        try {
            java.nio.file.Files.writeString(file, "0123456789");
            TextInputFormat format = new TextInputFormat(new Path(file.toString()));
            format.configure(new Configuration());
            var stats = format.getStatistics(null);
            assertEquals(10, stats.getTotalInputSize());
            assertSame(stats, format.getStatistics(stats));
            FileInputSplit split = format.createInputSplits(1)[0];
            assertEquals("file:" + file, split.getPath().toString());
            assertEquals(split, FileOutputFormatTest.roundTrip(split));
        } finally {
            java.nio.file.Files.delete(file);
        }
    }
}
