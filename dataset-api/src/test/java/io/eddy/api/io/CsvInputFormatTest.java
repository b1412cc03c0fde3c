package io.eddy.api.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eddy.api.configuration.Configuration;
import io.eddy.api.fs.Path;
import io.eddy.api.tuple.Tuple2;
import io.eddy.api.tuple.Tuple3;
import io.eddy.api.tuple.Tuple4;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvInputFormatTest {

    @TempDir
    java.nio.file.Path tmp;

    private Path write(String content) throws IOException {
        java.nio.file.Path file = tmp.resolve("data-" + System.nanoTime() + ".csv");
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return new Path(file.toString());
    }

    static <T> List<T> readAll(CsvInputFormat<T> format, int minSplits) throws IOException {
        format.configure(new Configuration());
        format.openInputFormat();
        List<T> result = new ArrayList<>();
        for (FileInputSplit split : format.createInputSplits(minSplits)) {
            format.open(split);
            while (!format.reachedEnd()) {
                T record = format.nextRecord(null);
                if (record != null) {
                    result.add(record);
                }
            }
            format.close();
        }
        format.closeInputFormat();
        return result;
    }

    @Test
    void parsesAllSupportedTypes() throws IOException {
        Path file = write("7|-9000000000|3|-4|2.5|-1.25|TRUE|x|hello|123.456|123456789012345678901234567890|2024-02-29|1e3\n"
                + " 8 |0|0|0|0.1|3|0|\u00e4||-0.5|0|1999-12-31|-2.5E-3\r\n");
        Class<?>[] types = {Integer.class, long.class, Short.class, byte.class, Double.class, float.class, Boolean.class,
            Character.class, String.class, BigDecimal.class, BigInteger.class, java.sql.Date.class, double.class};
        PojoLike result = null;
        TupleCsvInputFormat<io.eddy.api.tuple.Tuple13<Object, Object, Object, Object, Object, Object, Object, Object, Object, Object, Object, Object, Object>> format =
                new TupleCsvInputFormat<>(file, "\n", "|", types);
        var rows = readAll(format, 1);
        assertEquals(2, rows.size());
        var first = rows.get(0);
        assertEquals(7, (Integer) first.f0);
        assertEquals(-9000000000L, (Long) first.f1);
        assertEquals((short) 3, (Short) first.f2);
        assertEquals((byte) -4, (Byte) first.f3);
        assertEquals(2.5, (Double) first.f4);
        assertEquals(-1.25f, (Float) first.f5);
        assertEquals(true, first.f6);
        assertEquals('x', first.f7);
        assertEquals("hello", first.f8);
        assertEquals(new BigDecimal("123.456"), first.f9);
        assertEquals(new BigInteger("123456789012345678901234567890"), first.f10);
        assertEquals(java.sql.Date.valueOf("2024-02-29"), first.f11);
        assertEquals(1000.0, first.f12);
        var second = rows.get(1);
        assertEquals(8, (Integer) second.f0);
        assertEquals(0.1, (Double) second.f4);
        assertEquals(false, second.f6);
        assertEquals('\u00e4', second.f7);
        assertEquals("", second.f8);
        assertEquals(-0.0025, second.f12);
        assertNull(result);
    }

    /** Placeholder type only used to keep generics readable above. */
    private static final class PojoLike {}

    @Test
    void decimalFastPathAgreesWithJava() throws IOException {
        StringBuilder sb = new StringBuilder();
        java.util.Random random = new java.util.Random(7);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            String text = switch (i % 4) {
                case 0 -> Double.toString(random.nextDouble() * 1000);
                case 1 -> (random.nextInt(2000000) - 1000000) + "." + random.nextInt(1000);
                case 2 -> Long.toString(random.nextLong());
                default -> "0.000" + random.nextInt(1000000);
            };
            texts.add(text);
            sb.append(text).append(',').append(text).append('\n');
        }
        var rows = readAll(new TupleCsvInputFormat<Tuple2<Double, Float>>(write(sb.toString()),
                new Class<?>[] {Double.class, Float.class}), 1);
        for (int i = 0; i < texts.size(); i++) {
            assertEquals(Double.parseDouble(texts.get(i)), rows.get(i).f0, texts.get(i));
            assertEquals(Float.parseFloat(texts.get(i)), rows.get(i).f1, texts.get(i));
        }
    }

    @Test
    void integerLimitsAndOverflow() throws IOException {
        var rows = readAll(new TupleCsvInputFormat<Tuple2<Integer, Long>>(
                write("-2147483648,-9223372036854775808\n2147483647,9223372036854775807\n"),
                new Class<?>[] {Integer.class, Long.class}), 1);
        assertEquals(Integer.MIN_VALUE, rows.get(0).f0);
        assertEquals(Long.MIN_VALUE, rows.get(0).f1);
        assertEquals(Integer.MAX_VALUE, rows.get(1).f0);
        assertEquals(Long.MAX_VALUE, rows.get(1).f1);
        CsvParseException e = assertThrows(CsvParseException.class, () -> readAll(new TupleCsvInputFormat<Tuple2<Integer, Long>>(
                write("2147483648,1\n"), new Class<?>[] {Integer.class, Long.class}), 1));
        assertEquals("Integer", e.getExpectedType());
        assertEquals("2147483648", e.getOffendingText());
    }

    @Test
    void quotedStringsWithDelimitersAndEscapes() throws IOException {
        Path file = write("\"a,b\",1,\"say \"\"hi\"\"\"\n\"x \\\"y\\\"\",\"2\",plain\n\"\",3,\"\"\n");
        TupleCsvInputFormat<Tuple3<String, Integer, String>> format =
                new TupleCsvInputFormat<>(file, new Class<?>[] {String.class, Integer.class, String.class});
        format.enableQuotedStringParsing('"');
        var rows = readAll(format, 1);
        assertEquals(List.of(Tuple3.of("a,b", 1, "say \"hi\""), Tuple3.of("x \"y\"", 2, "plain"), Tuple3.of("", 3, "")), rows);

        TupleCsvInputFormat<Tuple3<String, Integer, String>> unterminated =
                new TupleCsvInputFormat<>(write("ok,1,x\n\"open,2,y\n"), new Class<?>[] {String.class, Integer.class, String.class});
        unterminated.enableQuotedStringParsing('"');
        CsvParseException e = assertThrows(CsvParseException.class, () -> readAll(unterminated, 1));
        assertEquals(2, e.getLineNumber());
        assertEquals(0, e.getFieldIndex());
    }

    @Test
    void includeFieldsMasksHeaderCommentsAndTrailingFields() throws IOException {
        Path file = write("id;name;price;qty;extra\n# a comment\n1;apple;0.5;10;z\n2;pear;;20;z\n3;fig;1;30;z\n");
        Class<?>[] types = {Integer.class, Integer.class};
        for (Object mask : new Object[] {"10010", new boolean[] {true, false, false, true}, 0b1001L}) {
            TupleCsvInputFormat<Tuple2<Integer, Integer>> format = new TupleCsvInputFormat<>(file, "\n", ";", types);
            if (mask instanceof String s) {
                format.includeFields(s);
            } else if (mask instanceof boolean[] b) {
                format.includeFields(b);
            } else {
                format.includeFields((Long) mask);
            }
            format.setSkipFirstLineAsHeader(true);
            format.setCommentPrefix("#");
            assertEquals(List.of(Tuple2.of(1, 10), Tuple2.of(2, 20), Tuple2.of(3, 30)), readAll(format, 3), mask.toString());
        }
        TupleCsvInputFormat<Tuple2<Integer, Integer>> badMask = new TupleCsvInputFormat<>(file, "\n", ";", types);
        badMask.includeFields("111");
        assertThrows(IllegalArgumentException.class, () -> badMask.configure(new Configuration()));

        var trailing = readAll(new TupleCsvInputFormat<Tuple3<String, String, String>>(write("a,b,\nc,,\n,,\n"),
                new Class<?>[] {String.class, String.class, String.class}), 1);
        assertEquals(List.of(Tuple3.of("a", "b", ""), Tuple3.of("c", "", ""), Tuple3.of("", "", "")), trailing);
        var trailingDelimiter = readAll(new TupleCsvInputFormat<Tuple2<Integer, Integer>>(write("1,2,\n"),
                new Class<?>[] {Integer.class, Integer.class}), 1);
        assertEquals(List.of(Tuple2.of(1, 2)), trailingDelimiter);
    }

    @Test
    void errorNamesFileLineFieldTypeAndTextEvenInALaterSplit() throws IOException {
        StringBuilder sb = new StringBuilder("id,name,price\n");
        for (int i = 1; i <= 500; i++) {
            sb.append(i).append(",item").append(i).append(',').append(i == 400 ? "abc" : i + ".5").append("\r\n");
        }
        Path file = write(sb.toString());
        PojoCsvInputFormat<Order> format = new PojoCsvInputFormat<>(file, Order.class, new String[] {"id", "name", "price"});
        format.setSkipFirstLineAsHeader(true);
        format.setMaxSplitSize(512);
        format.configure(new Configuration());
        FileInputSplit[] splits = format.createInputSplits(1);
        assertTrue(splits.length > 10);
        CsvParseException e = assertThrows(CsvParseException.class, () -> readAll(format, 1));
        String qualified = "file:" + tmp.toAbsolutePath();
        assertEquals("Malformed CSV in " + file.toString().replace(tmp.toString(), qualified)
                + ", line 401, field 3 (price): expected Double, found \"abc\"", e.getMessage());
        assertEquals(401, e.getLineNumber());
        assertEquals(2, e.getFieldIndex());
        assertEquals("price", e.getFieldName());
        assertEquals("Double", e.getExpectedType());
        assertEquals("abc", e.getOffendingText());
    }

    @Test
    void wrongFieldCountIsAnErrorWithLine() throws IOException {
        Class<?>[] types = {Integer.class, String.class, Double.class};
        CsvParseException tooFew = assertThrows(CsvParseException.class, () -> readAll(
                new TupleCsvInputFormat<Tuple3<Integer, String, Double>>(write("1,a,1.0\n2,b\n"), types), 1));
        assertTrue(tooFew.getMessage().endsWith(", line 2: expected 3 fields, found 2"), tooFew.getMessage());
        assertEquals(-1, tooFew.getFieldIndex());
        CsvParseException tooMany = assertThrows(CsvParseException.class, () -> readAll(
                new TupleCsvInputFormat<Tuple3<Integer, String, Double>>(write("1,a,1.0\n\n2,b,2.0,x,y\n"), types), 1));
        assertTrue(tooMany.getMessage().endsWith(", line 3: expected 3 fields, found 5"), tooMany.getMessage());
    }

    @Test
    void lenientModeSkipsAndCountsInvalidLines() throws IOException {
        Path file = write("1,a\nx,b\n3,c\n4\n5,e,f\n6,f\n");
        TupleCsvInputFormat<Tuple2<Integer, String>> format =
                new TupleCsvInputFormat<>(file, new Class<?>[] {Integer.class, String.class});
        format.setLenient(true);
        assertEquals(List.of(Tuple2.of(1, "a"), Tuple2.of(3, "c"), Tuple2.of(6, "f")), readAll(format, 1));
        assertEquals(3, format.getInvalidLineCount());
    }

    @Test
    void lenientModeAddsToTheInvalidLinesAccumulator() throws IOException {
        Path file = write("1,a\nbad\n2,b\nx,y\n");
        java.util.Map<String, io.eddy.api.accumulators.LongCounter> counters = new java.util.HashMap<>();
        // A fake context: only the counter lookup is needed by the format.
        io.eddy.api.functions.RuntimeContext context = (io.eddy.api.functions.RuntimeContext) java.lang.reflect.Proxy.newProxyInstance(
                getClass().getClassLoader(), new Class<?>[] {io.eddy.api.functions.RuntimeContext.class}, (proxy, method, args) -> {
                    if (method.getName().equals("getLongCounter")) {
                        return counters.computeIfAbsent((String) args[0], k -> new io.eddy.api.accumulators.LongCounter());
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
        TupleCsvInputFormat<Tuple2<Integer, String>> format =
                new TupleCsvInputFormat<>(file, new Class<?>[] {Integer.class, String.class});
        format.setLenient(true);
        format.setRuntimeContext(context);
        assertEquals(List.of(Tuple2.of(1, "a"), Tuple2.of(2, "b")), readAll(format, 2));
        assertEquals(2, format.getInvalidLineCount());
        assertEquals(2L, counters.get(CsvInputFormat.INVALID_LINES_ACCUMULATOR).getLocalValuePrimitive());
    }

    @Test
    void pojosAndRecordsAreFilledByName() throws IOException {
        Path file = write("3,pear,1.5,ignored\n4,fig,2.25,ignored\n");
        PojoCsvInputFormat<Order> pojos = new PojoCsvInputFormat<>(file, "\n", ",", Order.class,
                new String[] {"id", "name", "price"}, new boolean[] {true, true, true, false});
        List<Order> orders = readAll(pojos, 1);
        assertEquals(2, orders.size());
        assertEquals(3, orders.get(0).id);
        assertEquals("pear", orders.get(0).name);
        assertEquals(2.25, orders.get(1).getPrice());

        PojoCsvInputFormat<Order> reordered = new PojoCsvInputFormat<>(write("1.5,pear\n"), Order.class, new String[] {"price", "name"});
        Order o = readAll(reordered, 1).get(0);
        assertEquals(0, o.id);
        assertEquals(1.5, o.getPrice());

        PojoCsvInputFormat<Item> records = new PojoCsvInputFormat<>(write("a,1,true\nb,2,false\n"), Item.class, null);
        assertEquals(List.of(new Item("a", 1, true), new Item("b", 2, false)), readAll(records, 1));

        PojoCsvInputFormat<Item> partial = new PojoCsvInputFormat<>(write("7,z\n"), Item.class, new String[] {"count", "name"});
        assertEquals(List.of(new Item("z", 7, false)), readAll(partial, 1));

        assertThrows(IllegalArgumentException.class, () -> new PojoCsvInputFormat<>(file, Order.class, new String[] {"nope"}));
        assertThrows(IllegalArgumentException.class, () -> new PojoCsvInputFormat<>(file, Order.class, null));
    }

    @Test
    void gzipCsvAndUnsupportedTypes() throws IOException {
        java.nio.file.Path gz = tmp.resolve("t.csv.gz");
        try (var out = new java.util.zip.GZIPOutputStream(Files.newOutputStream(gz))) {
            out.write("h\n1,2,3,4\nbad\n".getBytes(StandardCharsets.UTF_8));
        }
        TupleCsvInputFormat<Tuple4<Integer, Integer, Integer, Integer>> format = new TupleCsvInputFormat<>(
                new Path(gz.toString()), new Class<?>[] {int.class, int.class, int.class, int.class});
        format.setSkipFirstLineAsHeader(true);
        CsvParseException e = assertThrows(CsvParseException.class, () -> readAll(format, 2));
        assertEquals(3, e.getLineNumber());
        assertThrows(IllegalArgumentException.class, () -> new TupleCsvInputFormat<>(
                new Path("/x"), new Class<?>[] {Object.class}));
    }

    /** A POJO with a private field and a getter. */
    public static class Order {
        public int id;
        public String name;
        private double price;

        public double getPrice() {
            return price;
        }
    }

    /** A record read through its canonical constructor. */
    public record Item(String name, int count, boolean active) {}
}
