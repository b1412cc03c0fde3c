package io.eddy.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The baselines compute what the DataSet programs compute, whatever the number of threads. */
class BaselineJobsTest {

    @TempDir
    Path temp;

    @ParameterizedTest(name = "{0} threads")
    @ValueSource(ints = {1, 2, 3, 7})
    void wordCountMatchesSimpleCount(int threads) throws Exception {
        Path text = temp.resolve("text.txt");
        new TextGenerator(500).write(text, 200_000);
        Path output = temp.resolve("out-" + threads);
        BaselineJobs.wordCount(text, output, threads);

        Map<String, Long> expected = new TreeMap<>();
        for (String line : Files.readAllLines(text, StandardCharsets.UTF_8)) {
            for (String word : line.split(" ")) {
                expected.merge(word, 1L, Long::sum);
            }
        }
        List<String> expectedLines = new ArrayList<>();
        expected.forEach((word, count) -> expectedLines.add(word + " " + count));
        assertEquals(expectedLines, BenchmarkMain.sortedLines(output));
    }

    @ParameterizedTest(name = "{0} threads")
    @ValueSource(ints = {1, 2, 5})
    void joinAndGroupMatchesSimpleJoin(int threads) throws Exception {
        Path tables = temp.resolve("tables");
        TableGenerator.write(tables, 1000, 20_000);
        Path output = temp.resolve("out-" + threads);
        BaselineJobs.joinAndGroup(tables, output, threads);

        Map<String, String> segmentOf = new HashMap<>();
        for (String line : Files.readAllLines(tables.resolve("customers.csv"))) {
            String[] fields = line.split(",");
            segmentOf.put(fields[0], fields[1]);
        }
        Map<String, Long> sums = new TreeMap<>();
        for (String line : Files.readAllLines(tables.resolve("orders.csv"))) {
            String[] fields = line.split(",");
            sums.merge(segmentOf.get(fields[1]), Long.parseLong(fields[2]), Long::sum);
        }
        List<String> expected = new ArrayList<>();
        sums.forEach((segment, sum) -> expected.add(segment + "," + sum));
        assertEquals(expected, BenchmarkMain.sortedLines(output));
    }

    @Test
    void lineRangesReadEveryLineOnce() throws Exception {
        Path file = temp.resolve("lines.txt");
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 5000; i++) {
            lines.add("line" + i + "x".repeat(i % 97));
        }
        Files.write(file, lines);
        long size = Files.size(file);
        for (int ranges : new int[] {1, 2, 3, 16, 333}) {
            List<String> read = new ArrayList<>();
            for (int r = 0; r < ranges; r++) {
                LineRanges.read(file, size * r / ranges, size * (r + 1) / ranges,
                        (buffer, from, to) -> read.add(new String(buffer, from, to - from, StandardCharsets.UTF_8)));
            }
            assertEquals(lines, read, ranges + " ranges");
        }
    }

    @Test
    void generatorsAreDeterministic() throws Exception {
        long first = new TextGenerator(1000).write(temp.resolve("a.txt"), 50_000);
        long second = new TextGenerator(1000).write(temp.resolve("b.txt"), 50_000);
        assertEquals(first, second);
        assertEquals(Files.readString(temp.resolve("a.txt")), Files.readString(temp.resolve("b.txt")));
        assertTrue(Files.size(temp.resolve("a.txt")) >= 50_000);
        TableGenerator.write(temp.resolve("t1"), 10, 100);
        TableGenerator.write(temp.resolve("t2"), 10, 100);
        assertEquals(Files.readString(temp.resolve("t1/orders.csv")), Files.readString(temp.resolve("t2/orders.csv")));
        assertEquals(100, Files.readAllLines(temp.resolve("t1/orders.csv")).size());
    }

    @Test
    void vocabularyWordsAreDistinct() {
        java.util.Set<String> words = new java.util.HashSet<>();
        for (int rank = 0; rank < 100_000; rank++) {
            assertTrue(words.add(TextGenerator.word(rank)), "duplicate word at rank " + rank);
        }
    }

    @Test
    void medianOfSortedTimes() {
        assertEquals(3, BenchmarkMain.median(new long[] {1, 3, 9}));
        assertEquals(5, BenchmarkMain.median(new long[] {2, 8}));
    }
}
