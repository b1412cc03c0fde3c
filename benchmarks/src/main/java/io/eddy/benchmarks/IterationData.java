package io.eddy.benchmarks;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * The inputs of the iterations suite, generated deterministically as text files.
 *
 * <p>The graph is an R-MAT graph (Chakrabarti, Zhan and Faloutsos, 2004) with the usual parameters
 * a = 0.57, b = 0.19, c = 0.19 (d = 0.05) and no noise: each edge picks, bit by bit from the top,
 * one quadrant of the adjacency matrix, which gives the skewed degrees of real graphs. Self-loops
 * and repeated edges are dropped and drawing goes on until the graph has exactly
 * {@code edgesPerVertex * 2^logVertices} distinct directed edges, kept in the order they were drawn.
 * As in Graph500, vertex labels are then shuffled by a fixed random permutation, so that an id says
 * nothing about its vertex's degree. {@code edges.txt} has one {@code source target} line per edge;
 * vertices are {@code 0 .. 2^logVertices - 1}, and many have no edge at all.
 *
 * <p>The points are {@code points} 2-d points drawn around {@code k} centres: the centres are
 * uniform in [-100, 100)², each point picks a centre uniformly and adds Gaussian noise with a
 * standard deviation of 10 per coordinate. {@code points.txt} has one {@code x y} line per point with
 * four decimals; {@code centers.txt} has the k initial centroids, {@code id x y}, ids from 1: the first
 * k points (a point is nearest to itself, so no initial cluster is empty).
 */
final class IterationData {

    static final double A = 0.57;
    static final double B = 0.19;
    static final double C = 0.19;
    private static final long GRAPH_SEED = 20_240_516L;
    private static final long POINTS_SEED = 1_000_003L;
    private static final double CENTRE_RANGE = 100;
    private static final double SPREAD = 10;
    private static final long EMPTY = -1;

    /** The generated graph: where it is and its size. */
    record Graph(Path dir, int logVertices, long vertices, long edges) {

        Path edgesFile() {
            return dir.resolve("edges.txt");
        }
    }

    /** The generated points: where they are and how many. */
    record Points(Path dir, long points, int k) {
    }

    private IterationData() {
    }

    /** The graph of {@code 2^logVertices} vertices in {@code dataDir}, generated unless a previous run did. */
    static Graph graph(Path dataDir, int logVertices, int edgesPerVertex) throws IOException {
        Path dir = dataDir.resolve("rmat-" + logVertices + "-" + edgesPerVertex);
        long vertices = 1L << logVertices;
        long edges = vertices * edgesPerVertex;
        // written last, so an interrupted generation is redone
        Path done = dir.resolve("complete");
        if (!Files.exists(done)) {
            System.err.printf("generating an R-MAT graph of 2^%d vertices and %,d edges into %s%n", logVertices, edges, dir);
            Files.createDirectories(dir);
            writeEdges(dir.resolve("edges.txt"), rmatEdges(logVertices, edges, GRAPH_SEED),
                    permutation((int) vertices, GRAPH_SEED + 1));
            Files.writeString(done, vertices + " " + edges + "\n");
        }
        return new Graph(dir, logVertices, vertices, edges);
    }

    /** The points and the k initial centroids in {@code dataDir}, generated unless a previous run did. */
    static Points points(Path dataDir, int points, int k) throws IOException {
        Path dir = dataDir.resolve("kmeans-" + points + "-" + k);
        Path done = dir.resolve("complete");
        if (!Files.exists(done)) {
            System.err.printf("generating %,d points around %d centres into %s%n", points, k, dir);
            Files.createDirectories(dir);
            writePoints(dir, points, k, POINTS_SEED);
            Files.writeString(done, points + " " + k + "\n");
        }
        return new Points(dir, points, k);
    }

    /**
     * {@code count} distinct R-MAT edges without self-loops over {@code 2^logVertices} vertices, each
     * as {@code source << 32 | target}, in the order they were drawn.
     */
    static long[] rmatEdges(int logVertices, long count, long seed) {
        if (logVertices > 30 || count > Integer.MAX_VALUE / 2) {
            throw new IllegalArgumentException("graph too large: 2^" + logVertices + " vertices, " + count + " edges");
        }
        SplittableRandom random = new SplittableRandom(seed);
        long[] edges = new long[(int) count];
        // open addressing at a load of at most one half; EMPTY is no valid edge
        long[] seen = new long[Integer.highestOneBit((int) count * 2 - 1) * 2];
        Arrays.fill(seen, EMPTY);
        int mask = seen.length - 1;
        int accepted = 0;
        while (accepted < count) {
            long source = 0;
            long target = 0;
            for (int level = 0; level < logVertices; level++) {
                double r = random.nextDouble();
                source <<= 1;
                target <<= 1;
                if (r >= A + B + C) {
                    source |= 1;
                    target |= 1;
                } else if (r >= A + B) {
                    source |= 1;
                } else if (r >= A) {
                    target |= 1;
                }
            }
            if (source == target) {
                continue;
            }
            long edge = source << 32 | target;
            int slot = mix(edge) & mask;
            while (seen[slot] != EMPTY && seen[slot] != edge) {
                slot = (slot + 1) & mask;
            }
            if (seen[slot] == EMPTY) {
                seen[slot] = edge;
                edges[accepted++] = edge;
            }
        }
        return edges;
    }

    /** A random permutation of {@code 0 .. n-1} (Fisher-Yates). */
    static int[] permutation(int n, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            labels[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = labels[i];
            labels[i] = labels[j];
            labels[j] = swap;
        }
        return labels;
    }

    private static void writeEdges(Path file, long[] edges, int[] labels) throws IOException {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            byte[] line = new byte[32];
            for (long edge : edges) {
                int length = appendLong(line, 0, labels[(int) (edge >>> 32)]);
                line[length++] = ' ';
                length = appendLong(line, length, labels[(int) edge]);
                line[length++] = '\n';
                out.write(line, 0, length);
            }
        }
    }

    private static void writePoints(Path dir, int count, int k, long seed) throws IOException {
        SplittableRandom random = new SplittableRandom(seed);
        double[][] centres = new double[k][2];
        for (double[] centre : centres) {
            centre[0] = (random.nextDouble() * 2 - 1) * CENTRE_RANGE;
            centre[1] = (random.nextDouble() * 2 - 1) * CENTRE_RANGE;
        }
        StringBuilder initial = new StringBuilder();
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(dir.resolve("points.txt")), 1 << 16)) {
            byte[] line = new byte[64];
            for (int i = 0; i < count; i++) {
                double[] centre = centres[random.nextInt(k)];
                int length = appendDecimal(line, 0, centre[0] + gaussian(random) * SPREAD);
                line[length++] = ' ';
                length = appendDecimal(line, length, centre[1] + gaussian(random) * SPREAD);
                line[length++] = '\n';
                out.write(line, 0, length);
                if (i < k) {
                    initial.append(i + 1).append(' ').append(new String(line, 0, length, StandardCharsets.US_ASCII));
                }
            }
        }
        Files.writeString(dir.resolve("centers.txt"), initial);
    }

    /** A standard normal draw (Box-Muller), so that the points do not depend on the JDK's Random. */
    private static double gaussian(SplittableRandom random) {
        double u = 1 - random.nextDouble();
        double v = random.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    }

    /** Writes {@code value} rounded to four decimals, e.g. {@code -12.0350}. */
    static int appendDecimal(byte[] buffer, int at, double value) {
        long units = Math.round(value * 10_000);
        if (units < 0) {
            buffer[at++] = '-';
            units = -units;
        }
        at = appendLong(buffer, at, units / 10_000);
        buffer[at++] = '.';
        long fraction = units % 10_000;
        for (long digit = 1000; digit > 0; digit /= 10) {
            buffer[at++] = (byte) ('0' + fraction / digit % 10);
        }
        return at;
    }

    private static int appendLong(byte[] buffer, int at, long value) {
        if (value == 0) {
            buffer[at] = '0';
            return at + 1;
        }
        int digits = 0;
        for (long v = value; v > 0; v /= 10) {
            digits++;
        }
        for (int i = at + digits - 1; i >= at; i--) {
            buffer[i] = (byte) ('0' + value % 10);
            value /= 10;
        }
        return at + digits;
    }

    private static int mix(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32));
    }
}
