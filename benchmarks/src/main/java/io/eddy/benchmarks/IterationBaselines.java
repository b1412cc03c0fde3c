package io.eddy.benchmarks;

import java.io.BufferedWriter;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The hand-written plain-Java baselines of the iterations suite: the jobs of {@code FlinkIterationJobs}
 * ({@code pagerank}, {@code components}, {@code kmeans}) with no engine, the way one would write them
 * for one JVM. Files are parsed by one thread per line-aligned byte range; graphs become compressed
 * sparse rows of {@code int}s, points two {@code double} arrays; every superstep splits its work over
 * the same threads. The math is the DataSet programs' (same formulas, same dangling-vertex and
 * empty-cluster rules, the same supersteps), so results agree up to the order of floating-point sums.
 *
 * <p>Each superstep prints {@code superstep-ms <superstep> <milliseconds> <records fed back>}, as the
 * Eddy runner does from its superstep statistics: the ranks of all vertices for PageRank, the vertices
 * whose component changed (the next workset) for connected components, the centroids for k-means.
 *
 * <p>Run through {@link BaselineJobs}: {@code BaselineJobs pagerank|components|kmeans --input <dir>
 * --output <file> [--vertices <n>] [--iterations 10] [--max-iterations 1000] [--threads 2]}.
 */
final class IterationBaselines {

    static final double DAMPENING = 0.85;
    private static final VarHandle INTS = MethodHandles.arrayElementVarHandle(int[].class);

    private IterationBaselines() {
    }

    /** PageRank, {@code iterations} supersteps; see {@code FlinkIterationJobs} for the semantics. */
    static void pageRank(Path input, Path output, int threads, int vertices, int iterations) throws Exception {
        int[][] edges = readEdges(input.resolve("edges.txt"), threads);
        int[] sources = edges[0];
        int[] targets = edges[1];
        int[] outDegree = new int[vertices];
        for (int source : sources) {
            outDegree[source]++;
        }
        // pull: each vertex sums what its in-neighbours send, so threads write disjoint ranges
        Adjacency in = Adjacency.of(vertices, new int[][] {targets}, new int[][] {sources});
        double[] rank = new double[vertices];
        Arrays.fill(rank, 1.0 / vertices);
        double[] next = new double[vertices];
        double[] share = new double[vertices];
        double randomJump = (1 - DAMPENING) / vertices;
        try (Workers workers = new Workers(threads)) {
            for (int superstep = 1; superstep <= iterations; superstep++) {
                long started = System.nanoTime();
                double[] ranks = rank;
                double[] nextRanks = next;
                workers.forRanges(vertices, (from, to) -> {
                    for (int u = from; u < to; u++) {
                        // a dangling vertex's rank leaks
                        share[u] = outDegree[u] == 0 ? 0 : ranks[u] / outDegree[u];
                    }
                });
                workers.forRanges(vertices, (from, to) -> {
                    for (int v = from; v < to; v++) {
                        double received = 0;
                        for (int i = in.offsets[v]; i < in.offsets[v + 1]; i++) {
                            received += share[in.neighbours[i]];
                        }
                        nextRanks[v] = received * DAMPENING + randomJump;
                    }
                });
                next = rank;
                rank = nextRanks;
                printSuperstep(superstep, started, vertices);
            }
        }
        try (BufferedWriter out = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
            for (int v = 0; v < vertices; v++) {
                out.write(v + " " + rank[v] + "\n");
            }
        }
    }

    /**
     * Connected components by label propagation over a frontier, superstep for superstep what the delta
     * iteration does: the vertices whose component changed send it to their neighbours, and each vertex
     * takes the smallest it receives if it is smaller than its own. Returns the number of supersteps,
     * the last being the one that changed nothing.
     */
    static int connectedComponents(Path input, Path output, int threads, int vertices, int maxIterations)
            throws Exception {
        Components components = components(readEdges(input.resolve("edges.txt"), threads), vertices, threads,
                maxIterations);
        try (BufferedWriter out = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
            for (int v = 0; v < vertices; v++) {
                out.write(v + " " + components.component()[v] + "\n");
            }
        }
        return components.supersteps();
    }

    /** Every vertex's component and the number of supersteps that found them. */
    record Components(int[] component, int supersteps) {
    }

    /** The label propagation of {@link #connectedComponents} over {@code edges} ({sources, targets}). */
    static Components components(int[][] edges, int vertices, int threads, int maxIterations) throws Exception {
        Adjacency neighbours = Adjacency.of(vertices, edges, new int[][] {edges[1], edges[0]});
        int[] component = new int[vertices];
        int[] candidate = new int[vertices];
        int[] frontier = new int[vertices];
        for (int v = 0; v < vertices; v++) {
            component[v] = v;
            frontier[v] = v;
        }
        Arrays.fill(candidate, Integer.MAX_VALUE);
        int superstep = 0;
        try (Workers workers = new Workers(threads)) {
            while (frontier.length > 0 && superstep < maxIterations) {
                superstep++;
                long started = System.nanoTime();
                int[] sending = frontier;
                // each thread sends from part of the frontier; the first to reach a vertex lists it
                List<IntList> reached = workers.mapRanges(sending.length, (from, to) -> {
                    IntList touched = new IntList();
                    for (int i = from; i < to; i++) {
                        int c = component[sending[i]];
                        int v = sending[i];
                        for (int e = neighbours.offsets[v]; e < neighbours.offsets[v + 1]; e++) {
                            if (lowerTo(candidate, neighbours.neighbours[e], c) == Integer.MAX_VALUE) {
                                touched.add(neighbours.neighbours[e]);
                            }
                        }
                    }
                    return touched;
                });
                // then each thread settles the vertices it listed (the frontier's components were read above)
                List<IntList> changed = workers.forEach(reached, touched -> {
                    IntList improved = new IntList();
                    for (int i = 0; i < touched.size; i++) {
                        int w = touched.values[i];
                        if (candidate[w] < component[w]) {
                            component[w] = candidate[w];
                            improved.add(w);
                        }
                        candidate[w] = Integer.MAX_VALUE;
                    }
                    return improved;
                });
                frontier = IntList.concat(changed);
                printSuperstep(superstep, started, frontier.length);
            }
        }
        return new Components(component, superstep);
    }

    /** k-means, {@code iterations} supersteps; see {@code FlinkIterationJobs} for the semantics. */
    static void kMeans(Path input, Path output, int threads, int iterations) throws Exception {
        Path pointsFile = input.resolve("points.txt");
        List<double[][]> parts = BaselineJobs.inParallel(pointsFile, threads, (start, end) -> {
            DoubleList xs = new DoubleList();
            DoubleList ys = new DoubleList();
            LineRanges.read(pointsFile, start, end, (buffer, from, to) -> {
                int space = BaselineJobs.indexOf(buffer, from, to, (byte) ' ');
                xs.add(parseDouble(buffer, from, space));
                ys.add(parseDouble(buffer, space + 1, to));
            });
            return new double[][] {xs.toArray(), ys.toArray()};
        });
        double[] xs = concat(parts, 0);
        double[] ys = concat(parts, 1);
        List<String> centerLines = Files.readAllLines(input.resolve("centers.txt"), StandardCharsets.US_ASCII);
        int k = centerLines.size();
        int[] ids = new int[k];
        double[] cx = new double[k];
        double[] cy = new double[k];
        for (int j = 0; j < k; j++) {
            String[] fields = centerLines.get(j).trim().split(" ");
            ids[j] = Integer.parseInt(fields[0]);
            cx[j] = Double.parseDouble(fields[1]);
            cy[j] = Double.parseDouble(fields[2]);
        }
        try (Workers workers = new Workers(threads)) {
            for (int superstep = 1; superstep <= iterations; superstep++) {
                long started = System.nanoTime();
                int centroids = k;
                double[] centreX = cx;
                double[] centreY = cy;
                // per thread: sum of x, sum of y and count per centroid
                List<double[][]> sums = workers.mapRanges(xs.length, (from, to) -> {
                    double[][] partial = new double[3][centroids];
                    for (int p = from; p < to; p++) {
                        double minDistance = Double.MAX_VALUE;
                        int closest = -1;
                        for (int j = 0; j < centroids; j++) {
                            double dx = xs[p] - centreX[j];
                            double dy = ys[p] - centreY[j];
                            double distance = Math.sqrt(dx * dx + dy * dy);
                            if (distance < minDistance) {
                                minDistance = distance;
                                closest = j;
                            }
                        }
                        partial[0][closest] += xs[p];
                        partial[1][closest] += ys[p];
                        partial[2][closest]++;
                    }
                    return partial;
                });
                // a centroid without points drops out
                int kept = 0;
                for (int j = 0; j < centroids; j++) {
                    double sumX = 0;
                    double sumY = 0;
                    long count = 0;
                    for (double[][] partial : sums) {
                        sumX += partial[0][j];
                        sumY += partial[1][j];
                        count += (long) partial[2][j];
                    }
                    if (count > 0) {
                        ids[kept] = ids[j];
                        cx[kept] = sumX / count;
                        cy[kept] = sumY / count;
                        kept++;
                    }
                }
                k = kept;
                printSuperstep(superstep, started, k);
            }
        }
        try (BufferedWriter out = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
            for (int j = 0; j < k; j++) {
                out.write(ids[j] + " " + cx[j] + " " + cy[j] + "\n");
            }
        }
    }

    static void printSuperstep(int superstep, long startedNanos, long records) {
        System.out.println("superstep-ms " + superstep + " " + (System.nanoTime() - startedNanos) / 1_000_000 + " " + records);
    }

    /** Lowers {@code array[index]} to {@code value} if that is smaller, atomically; returns the value before. */
    private static int lowerTo(int[] array, int index, int value) {
        int current = (int) INTS.getVolatile(array, index);
        while (value < current) {
            int witness = (int) INTS.compareAndExchange(array, index, current, value);
            if (witness == current) {
                return current;
            }
            current = witness;
        }
        return current;
    }

    /** The {@code source target} lines of {@code file}: {sources, targets}, in file order. */
    static int[][] readEdges(Path file, int threads) throws Exception {
        List<IntList[]> parts = BaselineJobs.inParallel(file, threads, (start, end) -> {
            IntList sources = new IntList();
            IntList targets = new IntList();
            LineRanges.read(file, start, end, (buffer, from, to) -> {
                int space = BaselineJobs.indexOf(buffer, from, to, (byte) ' ');
                sources.add((int) BaselineJobs.parseLong(buffer, from, space));
                targets.add((int) BaselineJobs.parseLong(buffer, space + 1, to));
            });
            return new IntList[] {sources, targets};
        });
        List<IntList> sources = new ArrayList<>();
        List<IntList> targets = new ArrayList<>();
        for (IntList[] part : parts) {
            sources.add(part[0]);
            targets.add(part[1]);
        }
        return new int[][] {IntList.concat(sources), IntList.concat(targets)};
    }

    /** Compressed sparse rows: the neighbours of {@code v} are {@code neighbours[offsets[v] .. offsets[v + 1])}. */
    static final class Adjacency {
        final int[] offsets;
        final int[] neighbours;

        private Adjacency(int[] offsets, int[] neighbours) {
            this.offsets = offsets;
            this.neighbours = neighbours;
        }

        /** The rows of edges {@code from[i][j] -> to[i][j]}, over every pair of arrays i, by counting sort. */
        static Adjacency of(int vertices, int[][] from, int[][] to) {
            int[] offsets = new int[vertices + 1];
            long edges = 0;
            for (int[] part : from) {
                edges += part.length;
                for (int v : part) {
                    offsets[v + 1]++;
                }
            }
            for (int v = 0; v < vertices; v++) {
                offsets[v + 1] += offsets[v];
            }
            int[] next = Arrays.copyOf(offsets, vertices);
            int[] neighbours = new int[Math.toIntExact(edges)];
            for (int i = 0; i < from.length; i++) {
                for (int j = 0; j < from[i].length; j++) {
                    neighbours[next[from[i][j]]++] = to[i][j];
                }
            }
            return new Adjacency(offsets, neighbours);
        }
    }

    /** A fixed pool of worker threads for the supersteps, each of which splits its work over all of them. */
    static final class Workers implements AutoCloseable {

        interface RangeWork<T> {
            T run(int from, int to) throws Exception;
        }

        interface RangeLoop {
            void run(int from, int to) throws Exception;
        }

        interface ItemWork<I, T> {
            T run(I item) throws Exception;
        }

        private final int threads;
        private final ExecutorService pool;

        Workers(int threads) {
            this.threads = threads;
            this.pool = Executors.newFixedThreadPool(threads);
        }

        /** Runs {@code work} on {@code threads} equal parts of {@code [0, size)}; the results in part order. */
        <T> List<T> mapRanges(int size, RangeWork<T> work) throws Exception {
            List<Callable<T>> calls = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int from = (int) ((long) size * t / threads);
                int to = (int) ((long) size * (t + 1) / threads);
                calls.add(() -> work.run(from, to));
            }
            return all(calls);
        }

        /** Runs {@code loop} on {@code threads} equal parts of {@code [0, size)}. */
        void forRanges(int size, RangeLoop loop) throws Exception {
            mapRanges(size, (from, to) -> {
                loop.run(from, to);
                return null;
            });
        }

        /** Runs {@code work} on each item in its own task; the results in item order. */
        <I, T> List<T> forEach(List<I> items, ItemWork<I, T> work) throws Exception {
            List<Callable<T>> calls = new ArrayList<>();
            for (I item : items) {
                calls.add(() -> work.run(item));
            }
            return all(calls);
        }

        private <T> List<T> all(List<Callable<T>> calls) throws Exception {
            List<T> results = new ArrayList<>();
            for (Future<T> future : pool.invokeAll(calls)) {
                results.add(future.get());
            }
            return results;
        }

        @Override
        public void close() {
            pool.shutdownNow();
        }
    }

    /** A growable {@code int} array. */
    static final class IntList {
        int[] values = new int[1024];
        int size;

        void add(int value) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }

        static int[] concat(List<IntList> lists) {
            int total = 0;
            for (IntList list : lists) {
                total += list.size;
            }
            int[] all = new int[total];
            int at = 0;
            for (IntList list : lists) {
                System.arraycopy(list.values, 0, all, at, list.size);
                at += list.size;
            }
            return all;
        }
    }

    /** A growable {@code double} array. */
    static final class DoubleList {
        private double[] values = new double[1024];
        private int size;

        void add(double value) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }

        double[] toArray() {
            return Arrays.copyOf(values, size);
        }
    }

    private static double[] concat(List<double[][]> parts, int column) {
        int total = 0;
        for (double[][] part : parts) {
            total += part[column].length;
        }
        double[] all = new double[total];
        int at = 0;
        for (double[][] part : parts) {
            System.arraycopy(part[column], 0, all, at, part[column].length);
            at += part[column].length;
        }
        return all;
    }

    /** Parsed exactly as the engines' CSV readers parse it, by {@link Double#parseDouble}. */
    private static double parseDouble(byte[] buffer, int from, int to) {
        return Double.parseDouble(new String(buffer, from, to - from, StandardCharsets.US_ASCII));
    }
}
