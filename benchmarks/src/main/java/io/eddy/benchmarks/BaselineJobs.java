package io.eddy.benchmarks;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The hand-written plain-Java baselines: what one JVM can do on the benchmark jobs with no engine at
 * all, one thread per core over line-aligned byte ranges, primitive hash tables and no serialization.
 * They read the same files and write the same result lines as the DataSet programs.
 *
 * <p>Usage: {@code BaselineJobs wordcount|wordcount-split|join|q3|threeway|pagerank|components|kmeans|gelly-... --input <path>
 * --output <file> [--threads <n>]}; prints {@code job-ms <milliseconds>} when done. The joins suite's
 * jobs are in {@link JoinBaselines}, the iterations suite's (which take more options) in
 * {@link IterationBaselines}, the graphs suite's in {@link GraphBaselines}.
 */
public final class BaselineJobs {

    private BaselineJobs() {
    }

    public static void main(String[] args) throws Exception {
        Arguments arguments = Arguments.parse(args, 1);
        int threads = arguments.getInt("threads", 2);
        Path input = Path.of(arguments.get("input"));
        Path output = Path.of(arguments.get("output"));
        long started = System.nanoTime();
        switch (arguments.positional(0)) {
            case "wordcount" -> wordCount(input, output, threads);
            case "wordcount-split" -> wordCountSplit(input, output, threads);
            case "join" -> joinAndGroup(input, output, threads);
            case "q3" -> JoinBaselines.q3(input, output, threads);
            case "threeway" -> JoinBaselines.threeWay(input, output, threads);
            case "pagerank" -> IterationBaselines.pageRank(input, output, threads,
                    Math.toIntExact(Long.parseLong(arguments.get("vertices"))), arguments.getInt("iterations", 10));
            case "components" -> IterationBaselines.connectedComponents(input, output, threads,
                    Math.toIntExact(Long.parseLong(arguments.get("vertices"))), arguments.getInt("max-iterations", 1000));
            case "kmeans" -> IterationBaselines.kMeans(input, output, threads, arguments.getInt("iterations", 10));
            case "gelly-pagerank" -> GraphBaselines.pageRank(input, output, threads,
                    Math.toIntExact(Long.parseLong(arguments.get("vertices"))), arguments.getInt("iterations", 10));
            case "gelly-wcc", "gelly-wcc-gsa" -> GraphBaselines.connectedComponents(input, output, threads,
                    Math.toIntExact(Long.parseLong(arguments.get("vertices"))), arguments.getInt("max-iterations", 1000));
            case "gelly-sssp", "gelly-sssp-gsa" -> GraphBaselines.shortestPaths(input, output, threads,
                    Math.toIntExact(Long.parseLong(arguments.get("vertices"))), arguments.getInt("source", 0));
            default -> throw new IllegalArgumentException("unknown job " + arguments.positional(0));
        }
        System.out.println("job-ms " + (System.nanoTime() - started) / 1_000_000);
    }

    /** Writes {@code <word> <count>} for every word of {@code input}. */
    static void wordCount(Path input, Path output, int threads) throws Exception {
        List<WordTable> partials = inParallel(input, threads, (start, end) -> {
            WordTable table = new WordTable();
            LineRanges.read(input, start, end, (buffer, from, to) -> {
                int wordStart = -1;
                for (int i = from; i <= to; i++) {
                    boolean letter = i < to && isWordByte(buffer[i]);
                    if (letter && wordStart < 0) {
                        wordStart = i;
                    } else if (!letter && wordStart >= 0) {
                        table.add(buffer, wordStart, i, 1);
                        wordStart = -1;
                    }
                }
            });
            return table;
        });
        WordTable total = partials.get(0);
        for (int i = 1; i < partials.size(); i++) {
            partials.get(i).forEach((word, count) -> total.add(word, 0, word.length, count));
        }
        try (BufferedWriter out = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(output), StandardCharsets.UTF_8), 1 << 16)) {
            total.forEach((word, count) -> {
                try {
                    out.write(new String(word, StandardCharsets.UTF_8));
                    out.write(' ');
                    out.write(Long.toString(count));
                    out.write('\n');
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        }
    }

    /**
     * WordCount with the tokenizer of the engines' program (Flink's example: each line lower-cased and
     * split on {@code \\W+}, a regular expression compiled per line) and a {@link HashMap} per thread:
     * plain Java running the engines' user code, not part of the suite, to tell that code's cost
     * from the engines'. Writes what {@link #wordCount} writes.
     */
    static void wordCountSplit(Path input, Path output, int threads) throws Exception {
        List<Map<String, long[]>> partials = inParallel(input, threads, (start, end) -> {
            Map<String, long[]> counts = new HashMap<>();
            LineRanges.read(input, start, end, (buffer, from, to) -> {
                for (String token : new String(buffer, from, to - from, StandardCharsets.UTF_8).toLowerCase().split("\\W+")) {
                    if (!token.isEmpty()) {
                        counts.computeIfAbsent(token, word -> new long[1])[0]++;
                    }
                }
            });
            return counts;
        });
        Map<String, long[]> total = partials.get(0);
        for (int i = 1; i < partials.size(); i++) {
            partials.get(i).forEach((word, count) -> total.computeIfAbsent(word, w -> new long[1])[0] += count[0]);
        }
        try (BufferedWriter out = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(output), StandardCharsets.UTF_8), 1 << 16)) {
            for (Map.Entry<String, long[]> entry : total.entrySet()) {
                out.write(entry.getKey());
                out.write(' ');
                out.write(Long.toString(entry.getValue()[0]));
                out.write('\n');
            }
        }
    }

    /**
     * Joins {@code orders.csv} with {@code customers.csv} on the customer key and writes
     * {@code <segment>,<sum of prices>} per segment.
     */
    static void joinAndGroup(Path input, Path output, int threads) throws Exception {
        Path customersFile = input.resolve("customers.csv");
        Path ordersFile = input.resolve("orders.csv");
        List<String> segments = new ArrayList<>();
        LongIntTable segmentOf = new LongIntTable();
        LineRanges.read(customersFile, 0, Files.size(customersFile), (buffer, from, to) -> {
            int comma = indexOf(buffer, from, to, (byte) ',');
            String segment = new String(buffer, comma + 1, to - comma - 1, StandardCharsets.US_ASCII);
            int index = segments.indexOf(segment);
            if (index < 0) {
                index = segments.size();
                segments.add(segment);
            }
            segmentOf.put(parseLong(buffer, from, comma), index);
        });
        List<long[]> partials = inParallel(ordersFile, threads, (start, end) -> {
            long[] sums = new long[segments.size()];
            LineRanges.read(ordersFile, start, end, (buffer, from, to) -> {
                int first = indexOf(buffer, from, to, (byte) ',');
                int second = indexOf(buffer, first + 1, to, (byte) ',');
                int segment = segmentOf.get(parseLong(buffer, first + 1, second));
                if (segment >= 0) {
                    sums[segment] += parseLong(buffer, second + 1, to);
                }
            });
            return sums;
        });
        try (BufferedWriter out = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
            for (int s = 0; s < segments.size(); s++) {
                long sum = 0;
                for (long[] partial : partials) {
                    sum += partial[s];
                }
                out.write(segments.get(s) + "," + sum + "\n");
            }
        }
    }

    /** Work on the lines starting in one byte range of a file. */
    interface RangeTask<T> {
        T run(long start, long end) throws Exception;
    }

    /**
     * Runs {@code task} on {@code threads} equal byte ranges of {@code file}, one thread each; the results in
     * range order.
     */
    static <T> List<T> inParallel(Path file, int threads, RangeTask<T> task) throws Exception {
        long size = Files.size(file);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                long start = size * i / threads;
                long end = size * (i + 1) / threads;
                Callable<T> call = () -> task.run(start, end);
                futures.add(pool.submit(call));
            }
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    private static boolean isWordByte(byte b) {
        return (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || (b >= '0' && b <= '9') || b == '_';
    }

    static int indexOf(byte[] buffer, int from, int to, byte wanted) {
        for (int i = from; i < to; i++) {
            if (buffer[i] == wanted) {
                return i;
            }
        }
        throw new IllegalArgumentException("malformed line: " + new String(buffer, from, to - from, StandardCharsets.US_ASCII));
    }

    static long parseLong(byte[] buffer, int from, int to) {
        long value = 0;
        for (int i = from; i < to; i++) {
            value = value * 10 + (buffer[i] - '0');
        }
        return value;
    }

    /** Counts per word, keyed by the word's bytes, with open addressing: no object per occurrence. */
    static final class WordTable {

        interface Visitor {
            void visit(byte[] word, long count);
        }

        private byte[][] keys = new byte[1 << 16][];
        private long[] counts = new long[1 << 16];
        private int size;

        void add(byte[] buffer, int from, int to, long count) {
            int hash = hash(buffer, from, to);
            int mask = keys.length - 1;
            int slot = hash & mask;
            while (keys[slot] != null) {
                byte[] key = keys[slot];
                if (Arrays.equals(key, 0, key.length, buffer, from, to)) {
                    counts[slot] += count;
                    return;
                }
                slot = (slot + 1) & mask;
            }
            keys[slot] = Arrays.copyOfRange(buffer, from, to);
            counts[slot] = count;
            if (++size * 2 > keys.length) {
                grow();
            }
        }

        void forEach(Visitor visitor) {
            for (int i = 0; i < keys.length; i++) {
                if (keys[i] != null) {
                    visitor.visit(keys[i], counts[i]);
                }
            }
        }

        private void grow() {
            byte[][] oldKeys = keys;
            long[] oldCounts = counts;
            keys = new byte[oldKeys.length * 2][];
            counts = new long[oldKeys.length * 2];
            size = 0;
            for (int i = 0; i < oldKeys.length; i++) {
                if (oldKeys[i] != null) {
                    add(oldKeys[i], 0, oldKeys[i].length, oldCounts[i]);
                }
            }
        }

        private static int hash(byte[] buffer, int from, int to) {
            int hash = 1;
            for (int i = from; i < to; i++) {
                hash = 31 * hash + buffer[i];
            }
            return hash ^ (hash >>> 16);
        }
    }

    /** A map from long keys to non-negative ints with open addressing; {@code get} returns -1 if absent. */
    static final class LongIntTable {

        private long[] keys = new long[1 << 16];
        private int[] values = new int[1 << 16];
        private boolean[] used = new boolean[1 << 16];
        private int size;

        void put(long key, int value) {
            int mask = keys.length - 1;
            int slot = mix(key) & mask;
            while (used[slot] && keys[slot] != key) {
                slot = (slot + 1) & mask;
            }
            if (!used[slot]) {
                used[slot] = true;
                keys[slot] = key;
                size++;
            }
            values[slot] = value;
            if (size * 2 > keys.length) {
                grow();
            }
        }

        /** Receives one entry. */
        interface Visitor {
            void visit(long key, int value);
        }

        void forEach(Visitor visitor) {
            for (int i = 0; i < keys.length; i++) {
                if (used[i]) {
                    visitor.visit(keys[i], values[i]);
                }
            }
        }

        int get(long key) {
            int mask = keys.length - 1;
            int slot = mix(key) & mask;
            while (used[slot]) {
                if (keys[slot] == key) {
                    return values[slot];
                }
                slot = (slot + 1) & mask;
            }
            return -1;
        }

        private void grow() {
            long[] oldKeys = keys;
            int[] oldValues = values;
            boolean[] oldUsed = used;
            keys = new long[oldKeys.length * 2];
            values = new int[oldKeys.length * 2];
            used = new boolean[oldKeys.length * 2];
            size = 0;
            for (int i = 0; i < oldKeys.length; i++) {
                if (oldUsed[i]) {
                    put(oldKeys[i], oldValues[i]);
                }
            }
        }

        private static int mix(long key) {
            long h = key * 0x9E3779B97F4A7C15L;
            return (int) (h ^ (h >>> 32));
        }
    }
}
