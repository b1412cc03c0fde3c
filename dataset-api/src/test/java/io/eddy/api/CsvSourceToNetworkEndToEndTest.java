package io.eddy.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eddy.api.io.CsvParseException;
import io.eddy.api.tuple.Tuple2;
import io.eddy.api.tuple.Tuple3;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * CSV sources whose records go straight into an exchange: their lines are parsed into the records'
 * serialized form without making the tuples, and lines that path does not take (comments, quoted
 * fields, non-ASCII text, errors) go through the object path. Jobs must give the same results
 * either way, and a malformed line must fail the job naming its file and line.
 */
class CsvSourceToNetworkEndToEndTest {

    private static final String[] NAMES = {"plain", "Grüße", "東京", "with space"};

    @TempDir
    Path tmp;

    private Path writeOrders(int count) throws Exception {
        StringBuilder csv = new StringBuilder("# customer,name,amount\n");
        for (int i = 0; i < count; i++) {
            String name = NAMES[i % NAMES.length];
            csv.append(i % 97).append(',')
                    .append(i % 11 == 0 ? "\"" + name + ", quoted\"" : name).append(',')
                    .append(i % 13 == 0 ? " " + i + " " : Integer.toString(i)).append('\n');
            if (i % 500 == 0) {
                csv.append('\n');
            }
        }
        Path file = tmp.resolve("orders.csv");
        Files.writeString(file, csv, StandardCharsets.UTF_8);
        return file;
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2})
    void groupByAndJoinOverCsvSourcesMatchPlainJava(int parallelism) throws Exception {
        int count = 20_000;
        Path orders = writeOrders(count);
        StringBuilder customers = new StringBuilder();
        for (int c = 0; c < 97; c++) {
            customers.append(c).append(",segment-").append(c % 5).append('\n');
        }
        Path customerFile = tmp.resolve("customers.csv");
        Files.writeString(customerFile, customers, StandardCharsets.UTF_8);

        ExecutionEnvironment env = ExecutionEnvironment.createLocalEnvironment(parallelism);
        DataSet<Tuple3<Long, String, Long>> rows = env.readCsvFile(orders.toString())
                .ignoreComments("#").parseQuotedStrings('"').types(Long.class, String.class, Long.class);
        List<Tuple3<Long, String, Long>> sums = rows.groupBy(0).sum(2).collect();
        DataSet<Tuple2<Long, String>> segments = env.readCsvFile(customerFile.toString()).types(Long.class, String.class);
        List<Tuple2<String, Long>> bySegment = rows.join(segments).where(0).equalTo(0)
                .with((order, customer) -> new Tuple2<>(customer.f1, order.f2))
                .returns(new io.eddy.api.typeinfo.TypeHint<Tuple2<String, Long>>() {})
                .groupBy(0).sum(1).collect();

        Map<Long, Long> expectedSums = new TreeMap<>();
        Map<String, Long> expectedSegments = new TreeMap<>();
        for (int i = 0; i < count; i++) {
            expectedSums.merge((long) (i % 97), (long) i, Long::sum);
            expectedSegments.merge("segment-" + (i % 97 % 5), (long) i, Long::sum);
        }
        Map<Long, Long> actualSums = new TreeMap<>();
        for (Tuple3<Long, String, Long> t : sums) {
            assertNotNull(t.f1);
            actualSums.put(t.f0, t.f2);
        }
        Map<String, Long> actualSegments = new TreeMap<>();
        for (Tuple2<String, Long> t : bySegment) {
            actualSegments.put(t.f0, t.f1);
        }
        assertEquals(expectedSums, actualSums);
        assertEquals(expectedSegments, actualSegments);

        List<String> names = new ArrayList<>();
        for (Tuple3<Long, String, Long> t : rows.filter(t -> t.f0 == 0L).collect()) {
            names.add(t.f1);
        }
        assertTrue(names.contains("Grüße") || names.contains("Grüße, quoted"), "non-ASCII text survives: " + names);
        assertTrue(names.stream().anyMatch(n -> n.endsWith(", quoted")), "quoted fields keep their delimiter: " + names);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2})
    void aMalformedLineFailsTheJobWithItsFileAndLineAndLeavesNoOutput(int parallelism) throws Exception {
        StringBuilder csv = new StringBuilder();
        for (int i = 0; i < 5000; i++) {
            csv.append(i).append(',').append(i == 4321 ? "not-a-number" : Integer.toString(i * 2)).append('\n');
        }
        Path input = tmp.resolve("broken.csv");
        Files.writeString(input, csv, StandardCharsets.UTF_8);
        Path output = tmp.resolve("out-" + parallelism);
        ExecutionEnvironment env = ExecutionEnvironment.createLocalEnvironment(parallelism);
        // partitioned straight from the source: the lines travel as bytes until the bad one
        env.readCsvFile(input.toString()).types(Long.class, Long.class)
                .partitionByHash(0)
                .writeAsCsv(output.toString());
        Exception failure = assertThrows(Exception.class, env::execute);
        CsvParseException parse = null;
        for (Throwable t = failure; t != null && parse == null; t = t.getCause()) {
            parse = t instanceof CsvParseException p ? p : null;
        }
        assertNotNull(parse, "the cause names the line: " + failure);
        assertEquals(4322, parse.getLineNumber());
        assertTrue(parse.getMessage().contains("broken.csv"), parse.getMessage());
        assertTrue(parse.getMessage().contains("not-a-number"), parse.getMessage());
        assertFalse(Files.exists(output), "no partial output");
    }
}
