package io.eddy.api.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eddy.api.configuration.Configuration;
import io.eddy.api.fs.Path;
import io.eddy.api.tuple.Tuple;
import io.eddy.api.tuple.Tuple2;
import io.eddy.api.typeutils.TupleSerializer;
import io.eddy.runtime.memory.DataInputDeserializer;
import io.eddy.runtime.memory.DataOutputSerializer;
import io.eddy.runtime.types.BigDecimalSerializer;
import io.eddy.runtime.types.BooleanSerializer;
import io.eddy.runtime.types.ByteSerializer;
import io.eddy.runtime.types.DoubleSerializer;
import io.eddy.runtime.types.FloatSerializer;
import io.eddy.runtime.types.IntSerializer;
import io.eddy.runtime.types.LongSerializer;
import io.eddy.runtime.types.ShortSerializer;
import io.eddy.runtime.types.StringSerializer;
import io.eddy.runtime.types.TypeSerializer;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A CSV source whose records go straight to the network writes them as bytes ({@link
 * SerializingInputFormat}): the bytes must be exactly what the tuple serializer writes for the
 * record the object path reads, line for line, and every line the byte path does not take (errors,
 * comments, quotes, non-ASCII text) must come out as the object path has it.
 */
class SerializedCsvReadingTest {

    private static final Class<?>[] ALL_TYPES = {Long.class, Integer.class, Short.class, Byte.class, Double.class,
        Float.class, Boolean.class, String.class};

    @TempDir
    java.nio.file.Path tmp;

    private Path write(String content) throws IOException {
        java.nio.file.Path file = tmp.resolve("data-" + System.nanoTime() + ".csv");
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return new Path(file.toString());
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static TupleSerializer<Tuple> serializerOf(TypeSerializer<?>... fields) {
        return new TupleSerializer(Tuple.getTupleClass(fields.length), fields);
    }

    private static TupleSerializer<Tuple> allTypesSerializer() {
        return serializerOf(LongSerializer.INSTANCE, IntSerializer.INSTANCE, ShortSerializer.INSTANCE,
                ByteSerializer.INSTANCE, DoubleSerializer.INSTANCE, FloatSerializer.INSTANCE, BooleanSerializer.INSTANCE,
                StringSerializer.INSTANCE);
    }

    /** Each record's bytes as the byte path writes them, from {@code minSplits} splits. */
    private static List<byte[]> readSerialized(TupleCsvInputFormat<Tuple> format, TypeSerializer<Tuple> serializer,
                                               int minSplits) throws IOException {
        format.configure(new Configuration());
        assertTrue(format.openSerialized(serializer), "the format writes these records itself");
        List<byte[]> records = new ArrayList<>();
        DataOutputSerializer out = new DataOutputSerializer(16);
        for (FileInputSplit split : format.createInputSplits(minSplits)) {
            format.open(split);
            while (!format.reachedEnd()) {
                out.clear();
                // behind a frame, as the source driver writes them
                out.setPosition(4);
                if (format.nextRecordSerialized(out)) {
                    byte[] record = new byte[out.length() - 4];
                    System.arraycopy(out.getSharedBuffer(), 4, record, 0, record.length);
                    records.add(record);
                } else {
                    assertEquals(4, out.length(), "nothing written at the end of a split");
                }
            }
            format.close();
        }
        return records;
    }

    /** The object path's records, serialized by {@code serializer}. */
    private static List<byte[]> readObjects(TupleCsvInputFormat<Tuple> format, TypeSerializer<Tuple> serializer,
                                            int minSplits) throws IOException {
        List<byte[]> records = new ArrayList<>();
        for (Tuple record : CsvInputFormatTest.readAll(format, minSplits)) {
            DataOutputSerializer out = new DataOutputSerializer(16);
            serializer.serialize(record, out);
            records.add(out.toByteArray());
        }
        return records;
    }

    private void assertSameRecords(String content, Class<?>[] types, TupleSerializer<Tuple> serializer,
                                   Consumer<TupleCsvInputFormat<Tuple>> setup, int minSplits) throws IOException {
        Path file = write(content);
        TupleCsvInputFormat<Tuple> objects = new TupleCsvInputFormat<>(file, "\n", "|", types);
        TupleCsvInputFormat<Tuple> bytes = new TupleCsvInputFormat<>(file, "\n", "|", types);
        setup.accept(objects);
        setup.accept(bytes);
        List<byte[]> expected = readObjects(objects, serializer, minSplits);
        List<byte[]> actual = readSerialized(bytes, serializer, minSplits);
        assertEquals(expected.size(), actual.size(), "record count");
        for (int i = 0; i < expected.size(); i++) {
            assertArrayEquals(expected.get(i), actual.get(i), "record " + i);
            Tuple decoded = serializer.deserialize(new DataInputDeserializer(actual.get(i)));
            assertEquals(types.length, decoded.getArity());
        }
    }

    @Test
    void randomLinesOfEveryTypeComeOutAsTheSerializerWritesThem() throws IOException {
        Random random = new Random(11);
        StringBuilder csv = new StringBuilder();
        for (int i = 0; i < 3000; i++) {
            csv.append(random.nextLong()).append('|')
                    .append(random.nextInt()).append('|')
                    .append((short) random.nextInt()).append('|')
                    .append((byte) random.nextInt()).append('|')
                    .append(i % 7 == 0 ? "1e" + random.nextInt(30) : Double.toString(random.nextGaussian() * 1000)).append('|')
                    .append(random.nextFloat()).append('|')
                    .append(random.nextBoolean() ? "TRUE" : "0").append('|')
                    .append(i % 5 == 0 ? "" : "w" + random.nextInt(1000)).append('\n');
        }
        for (int splits : new int[] {1, 3}) {
            assertSameRecords(csv.toString(), ALL_TYPES, allTypesSerializer(), format -> { }, splits);
        }
    }

    @Test
    void linesTheBytePathLeavesAloneReadAsObjects() throws IOException {
        String csv = "# a comment\n"
                + "1|2|3|4|5.5|6.5|true|plain\n"
                + "\n"
                + " 7 |\t8|9|10|1.0|2.0|false|spaces around numbers\n"
                + "11|12|13|14|15|16|1|\"quoted | with the delimiter\"\n"
                + "17|18|19|20|21|22|0|non-ASCII: Grüße, 東京\n"
                + "23|24|25|26|27|28|false|trailing delimiter|\n";
        assertSameRecords(csv, ALL_TYPES, allTypesSerializer(), format -> {
            format.setCommentPrefix("#");
            format.enableQuotedStringParsing('"');
        }, 1);
    }

    @Test
    void theBytePathTakesPlainLinesAndLeavesTheRest() throws IOException {
        TupleCsvInputFormat<Tuple> format = new TupleCsvInputFormat<>(write("1|x\n"), "\n", "|", new Class<?>[] {Long.class, String.class});
        format.setCommentPrefix("#");
        format.enableQuotedStringParsing('"');
        format.configure(new Configuration());
        assertTrue(format.openSerialized(serializerOf(LongSerializer.INSTANCE, StringSerializer.INSTANCE)));
        format.open(format.createInputSplits(1)[0]);
        DataOutputSerializer out = new DataOutputSerializer(16);
        for (String line : new String[] {"1|x", " -42 |", "7|a|", "9|x\r"}) {
            out.clear();
            byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
            assertTrue(format.readRecordSerialized(bytes, 0, bytes.length, out), line);
        }
        for (String line : new String[] {"", "# comment", "1|\"quoted\"", "1|Grüße", "x|y", "1", "1|2|3", "99999999999999999999|z"}) {
            byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
            assertFalse(format.readRecordSerialized(bytes, 0, bytes.length, out), line);
        }
        format.close();
    }

    @Test
    void maskedColumnsAndLongerDelimitersAreSkippedAsTheObjectPathSkipsThem() throws IOException {
        Path file = write("1||x||2.5||ignored\n3||y||4.5||ignored\n");
        TypeSerializer<Tuple> serializer = serializerOf(LongSerializer.INSTANCE, DoubleSerializer.INSTANCE);
        boolean[] mask = {true, false, true};
        TupleCsvInputFormat<Tuple> objects = new TupleCsvInputFormat<>(file, "\n", "||", new Class<?>[] {Long.class, Double.class}, mask);
        TupleCsvInputFormat<Tuple> bytes = new TupleCsvInputFormat<>(file, "\n", "||", new Class<?>[] {Long.class, Double.class}, mask);
        List<byte[]> expected = readObjects(objects, serializer, 1);
        List<byte[]> actual = readSerialized(bytes, serializer, 1);
        assertEquals(2, actual.size());
        for (int i = 0; i < 2; i++) {
            assertArrayEquals(expected.get(i), actual.get(i));
        }
    }

    @Test
    void runsOfSkippedColumnsReadAsFieldByField() throws IOException {
        // with quoted-string parsing on, every field is scanned on its own: the reference
        Random random = new Random(17);
        boolean[] mask = {true, false, false, true, false, false, false, true, false, false};
        Class<?>[] types = {Long.class, String.class, Long.class};
        TupleSerializer<Tuple> serializer = serializerOf(LongSerializer.INSTANCE, StringSerializer.INSTANCE, LongSerializer.INSTANCE);
        StringBuilder csv = new StringBuilder();
        for (int i = 0; i < 2000; i++) {
            // mostly 10 columns, sometimes fewer or more, sometimes a trailing delimiter
            int columns = random.nextInt(10) == 0 ? 7 + random.nextInt(6) : 10;
            for (int c = 0; c < columns; c++) {
                csv.append(c == 0 ? "" : "|").append(random.nextInt(5) == 0 ? "" : Integer.toString(random.nextInt(1000)));
            }
            csv.append(random.nextInt(20) == 0 ? "|\n" : "\n");
        }
        Path file = write(csv.toString());
        for (boolean lenient : new boolean[] {true, false}) {
            TupleCsvInputFormat<Tuple> runs = new TupleCsvInputFormat<>(file, "\n", "|", types, mask);
            TupleCsvInputFormat<Tuple> fieldByField = new TupleCsvInputFormat<>(file, "\n", "|", types, mask);
            TupleCsvInputFormat<Tuple> bytes = new TupleCsvInputFormat<>(file, "\n", "|", types, mask);
            fieldByField.enableQuotedStringParsing('"');
            for (TupleCsvInputFormat<Tuple> format : List.of(runs, fieldByField, bytes)) {
                format.setLenient(lenient);
            }
            if (lenient) {
                List<byte[]> expected = readObjects(fieldByField, serializer, 2);
                List<byte[]> objects = readObjects(runs, serializer, 2);
                List<byte[]> serialized = readSerialized(bytes, serializer, 2);
                assertTrue(expected.size() > 1000, "most lines are valid: " + expected.size());
                assertEquals(expected.size(), objects.size());
                assertEquals(expected.size(), serialized.size());
                for (int i = 0; i < expected.size(); i++) {
                    assertArrayEquals(expected.get(i), objects.get(i), "record " + i);
                    assertArrayEquals(expected.get(i), serialized.get(i), "record " + i);
                }
            } else {
                String expected = assertThrows(CsvParseException.class, () -> readObjects(fieldByField, serializer, 1)).getMessage();
                assertEquals(expected, assertThrows(CsvParseException.class, () -> readObjects(runs, serializer, 1)).getMessage());
                assertEquals(expected, assertThrows(CsvParseException.class, () -> readSerialized(bytes, serializer, 1)).getMessage());
            }
        }
    }

    @Test
    void aMalformedLineFailsWithTheObjectPathsErrorAndLenientModeSkipsIt() throws IOException {
        String csv = "1|a\n2|b\nthree|c\n4|d\n5\n";
        Class<?>[] types = {Long.class, String.class};
        TupleSerializer<Tuple> serializer = serializerOf(LongSerializer.INSTANCE, StringSerializer.INSTANCE);
        Path file = write(csv);
        CsvParseException objectError = assertThrows(CsvParseException.class,
                () -> readObjects(new TupleCsvInputFormat<>(file, "\n", "|", types), serializer, 1));
        CsvParseException byteError = assertThrows(CsvParseException.class,
                () -> readSerialized(new TupleCsvInputFormat<>(file, "\n", "|", types), serializer, 1));
        assertEquals(objectError.getMessage(), byteError.getMessage());
        assertEquals(3, byteError.getLineNumber());
        assertSameRecords(csv, types, serializer, format -> format.setLenient(true), 1);
    }

    @Test
    void formatsAndSerializersItCannotWriteAreDeclined() {
        Path path = new Path(tmp.resolve("unused.csv").toString());
        TupleCsvInputFormat<Tuple> decimals = new TupleCsvInputFormat<>(path, new Class<?>[] {Long.class, BigDecimal.class});
        assertFalse(decimals.openSerialized(serializerOf(LongSerializer.INSTANCE, BigDecimalSerializer.INSTANCE)),
                "BigDecimal has no byte path");
        TupleCsvInputFormat<Tuple> longs = new TupleCsvInputFormat<>(path, new Class<?>[] {Long.class, Long.class});
        assertFalse(longs.openSerialized(serializerOf(LongSerializer.INSTANCE, IntSerializer.INSTANCE)),
                "a field serializer of another type");
        TupleCsvInputFormat<Tuple> subclass = new TupleCsvInputFormat<>(path, new Class<?>[] {Long.class, Long.class}) { };
        assertFalse(subclass.openSerialized(serializerOf(LongSerializer.INSTANCE, LongSerializer.INSTANCE)),
                "a subclass may fill its records its own way");
        @SuppressWarnings({"unchecked", "rawtypes"})
        TypeSerializer<Tuple> subclassTuples = new TupleSerializer(Pair.class,
                new TypeSerializer<?>[] {LongSerializer.INSTANCE, LongSerializer.INSTANCE});
        assertFalse(longs.openSerialized(subclassTuples), "a tuple subclass is not the plain tuple");
        assertTrue(longs.openSerialized(serializerOf(LongSerializer.INSTANCE, LongSerializer.INSTANCE)));
    }

    /** A tuple subclass: its serializer makes instances of this class, not Tuple2. */
    public static class Pair extends Tuple2<Long, Long> {
        private static final long serialVersionUID = 1L;
    }
}
