package io.eddy.benchmarks;

import io.eddy.benchmarks.IterationBaselines.Adjacency;
import io.eddy.benchmarks.IterationBaselines.Workers;
import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * The hand-written plain-Java baselines of the graphs suite: what Gelly's library algorithms compute in
 * {@code FlinkGraphJobs} and {@code FlinkGraphPageRank}, on the compressed sparse rows and worker threads
 * of {@link IterationBaselines}. As in Gelly, the graph's vertices are the ends of its edges: a vertex
 * id without an edge is not written.
 *
 * <ul>
 *   <li>{@code gelly-pagerank}: Gelly's {@code linkanalysis.PageRank}: n is the number of vertices in the
 *       graph, every score starts at 1/n, and each of exactly {@code iterations} supersteps sends
 *       score / out-degree along every out-edge; with {@code received} what a vertex got and
 *       {@code sinks = 1 - (the sum of everything received)} (the score of vertices without out-edges,
 *       plus rounding), the new score is {@code ((1 - d) + d * sinks) / n + d * received}, d = 0.85.
 *       Scores agree with Gelly's within {@link IterationResults#RANK_TOLERANCE}, relative.</li>
 *   <li>{@code gelly-wcc}: the components of {@link IterationBaselines#components}; the same lines as
 *       Gelly's.</li>
 *   <li>{@code gelly-sssp}: Dijkstra from {@code source} over the out-edges weighted by {@link #weight}
 *       (one thread; reading the file uses all), {@code Infinity} where the source does not reach. The
 *       weights are whole numbers, so every order of summing gives the same distances.</li>
 * </ul>
 *
 * <p>Run through {@link BaselineJobs}: {@code BaselineJobs gelly-pagerank|gelly-wcc|gelly-sssp --input <dir>
 * --output <file> --vertices <n> [--iterations 10] [--max-iterations 1000] [--source <vertex>]
 * [--threads 2]}; the {@code -gsa} variants of the Gelly jobs have the same results and baselines.
 */
final class GraphBaselines {

    static final double DAMPING_FACTOR = 0.85;

    private GraphBaselines() {
    }

    /** Gelly's PageRank (see the class comment), {@code iterations} supersteps. */
    static void pageRank(Path input, Path output, int threads, int vertices, int iterations) throws Exception {
        int[][] edges = IterationBaselines.readEdges(input.resolve("edges.txt"), threads);
        boolean[] inGraph = inGraph(edges, vertices);
        int n = count(inGraph);
        int[] outDegree = new int[vertices];
        for (int source : edges[0]) {
            outDegree[source]++;
        }
        Adjacency in = Adjacency.of(vertices, new int[][] {edges[1]}, new int[][] {edges[0]});
        double[] score = new double[vertices];
        Arrays.fill(score, 1.0 / n);
        double[] received = new double[vertices];
        double[] share = new double[vertices];
        try (Workers workers = new Workers(threads)) {
            for (int superstep = 1; superstep <= iterations; superstep++) {
                long started = System.nanoTime();
                workers.forRanges(vertices, (from, to) -> {
                    for (int u = from; u < to; u++) {
                        share[u] = outDegree[u] == 0 ? 0 : score[u] / outDegree[u];
                    }
                });
                List<Double> sums = workers.mapRanges(vertices, (from, to) -> {
                    double sum = 0;
                    for (int v = from; v < to; v++) {
                        double got = 0;
                        for (int i = in.offsets[v]; i < in.offsets[v + 1]; i++) {
                            got += share[in.neighbours[i]];
                        }
                        received[v] = got;
                        sum += got;
                    }
                    return sum;
                });
                double sumReceived = 0;
                for (double sum : sums) {
                    sumReceived += sum;
                }
                double uniform = ((1 - DAMPING_FACTOR) + DAMPING_FACTOR * (1 - sumReceived)) / n;
                workers.forRanges(vertices, (from, to) -> {
                    for (int v = from; v < to; v++) {
                        score[v] = uniform + DAMPING_FACTOR * received[v];
                    }
                });
                IterationBaselines.printSuperstep(superstep, started, n);
            }
        }
        try (BufferedWriter out = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
            for (int v = 0; v < vertices; v++) {
                if (inGraph[v]) {
                    out.write(v + " " + score[v] + "\n");
                }
            }
        }
    }

    /** Weakly connected components, each named by its smallest vertex; returns the supersteps. */
    static int connectedComponents(Path input, Path output, int threads, int vertices, int maxIterations)
            throws Exception {
        int[][] edges = IterationBaselines.readEdges(input.resolve("edges.txt"), threads);
        boolean[] inGraph = inGraph(edges, vertices);
        IterationBaselines.Components components = IterationBaselines.components(edges, vertices, threads,
                maxIterations);
        try (BufferedWriter out = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
            for (int v = 0; v < vertices; v++) {
                if (inGraph[v]) {
                    out.write(v + " " + components.component()[v] + "\n");
                }
            }
        }
        return components.supersteps();
    }

    /** Shortest distances from {@code source} by Dijkstra (see the class comment). */
    static void shortestPaths(Path input, Path output, int threads, int vertices, int source) throws Exception {
        int[][] edges = IterationBaselines.readEdges(input.resolve("edges.txt"), threads);
        boolean[] inGraph = inGraph(edges, vertices);
        Adjacency out = Adjacency.of(vertices, new int[][] {edges[0]}, new int[][] {edges[1]});
        double[] distance = new double[vertices];
        Arrays.fill(distance, Double.POSITIVE_INFINITY);
        distance[source] = 0;
        DistanceHeap heap = new DistanceHeap(distance);
        heap.offer(source);
        while (!heap.isEmpty()) {
            int u = heap.poll();
            for (int i = out.offsets[u]; i < out.offsets[u + 1]; i++) {
                int v = out.neighbours[i];
                double offer = distance[u] + weight(u, v);
                if (offer < distance[v]) {
                    distance[v] = offer;
                    heap.offer(v);
                }
            }
        }
        try (BufferedWriter writer = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
            for (int v = 0; v < vertices; v++) {
                if (inGraph[v]) {
                    writer.write(v + " " + distance[v] + "\n");
                }
            }
        }
    }

    /** {@code FlinkGraphJobs.weight}: the weight of {@code source -> target}, a whole number from 1 to 100. */
    static double weight(long source, long target) {
        long h = (source * 0x9E3779B97F4A7C15L) ^ target;
        h *= 0xC2B2AE3D27D4EB4FL;
        h ^= h >>> 29;
        return 1 + Math.floorMod(h, 100L);
    }

    /** The vertex with the most out-edges, the smallest such id on a tie: the suite's SSSP source. */
    static int highestOutDegree(int[] sources, int vertices) {
        int[] outDegree = new int[vertices];
        int best = 0;
        for (int source : sources) {
            outDegree[source]++;
        }
        for (int v = 1; v < vertices; v++) {
            if (outDegree[v] > outDegree[best]) {
                best = v;
            }
        }
        return best;
    }

    /** Which vertices are the end of some edge, and so in the graph. */
    private static boolean[] inGraph(int[][] edges, int vertices) {
        boolean[] inGraph = new boolean[vertices];
        for (int[] ends : edges) {
            for (int v : ends) {
                inGraph[v] = true;
            }
        }
        return inGraph;
    }

    private static int count(boolean[] flags) {
        int count = 0;
        for (boolean flag : flags) {
            count += flag ? 1 : 0;
        }
        return count;
    }

    /** A binary min-heap of vertices by their distance, each vertex at most once (decrease-key in place). */
    static final class DistanceHeap {
        private final double[] distance;
        private final int[] position;
        private int[] heap = new int[1024];
        private int size;

        DistanceHeap(double[] distance) {
            this.distance = distance;
            this.position = new int[distance.length];
            Arrays.fill(position, -1);
        }

        boolean isEmpty() {
            return size == 0;
        }

        /** Adds {@code v}, or moves it up if its distance fell. */
        void offer(int v) {
            int at = position[v];
            if (at < 0) {
                if (size == heap.length) {
                    heap = Arrays.copyOf(heap, size * 2);
                }
                at = size++;
            }
            while (at > 0 && distance[heap[(at - 1) / 2]] > distance[v]) {
                place(heap[(at - 1) / 2], at);
                at = (at - 1) / 2;
            }
            place(v, at);
        }

        /** Removes and returns the vertex with the smallest distance. */
        int poll() {
            int top = heap[0];
            position[top] = -1;
            int last = heap[--size];
            if (size > 0) {
                int at = 0;
                while (2 * at + 1 < size) {
                    int child = 2 * at + 1;
                    if (child + 1 < size && distance[heap[child + 1]] < distance[heap[child]]) {
                        child++;
                    }
                    if (distance[heap[child]] >= distance[last]) {
                        break;
                    }
                    place(heap[child], at);
                    at = child;
                }
                place(last, at);
            }
            return top;
        }

        private void place(int v, int at) {
            heap[at] = v;
            position[v] = at;
        }
    }
}
