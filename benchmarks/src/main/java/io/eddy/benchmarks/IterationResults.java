package io.eddy.benchmarks;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The result of one iterations-suite job, read from its output (a file, or a directory of files), and
 * whether another engine's agrees with it. Engines add floating-point numbers in different orders, so
 * PageRank's ranks must agree within a relative 1e-9 and k-means' centroids within 1e-6 per
 * coordinate; connected components must be the same lines. Lines are {@code key value...}, separated by
 * spaces. The graphs suite's jobs compare the same way: Gelly's components as lines, its PageRank scores
 * and shortest distances within the relative 1e-9 (distances are sums of whole numbers and so exact,
 * {@code Infinity} where unreachable).
 */
final class IterationResults {

    static final double RANK_TOLERANCE = 1e-9;
    static final double CENTROID_TOLERANCE = 1e-6;

    private final String job;
    private final Map<String, double[]> values;
    private final List<String> lines;

    private IterationResults(String job, Map<String, double[]> values, List<String> lines) {
        this.job = job;
        this.values = values;
        this.lines = lines;
    }

    /** Reads the output of {@code job} ({@code pagerank}, {@code components}, {@code kmeans} or a graphs-suite job). */
    static IterationResults read(String job, Path output) throws IOException {
        List<String> lines = BenchmarkMain.sortedLines(output);
        Map<String, double[]> values = new TreeMap<>();
        if (!exact(job)) {
            for (String line : lines) {
                String[] fields = line.trim().split(" ");
                double[] numbers = new double[fields.length - 1];
                for (int i = 1; i < fields.length; i++) {
                    numbers[i - 1] = Double.parseDouble(fields[i]);
                }
                if (values.put(fields[0], numbers) != null) {
                    throw new IOException("key " + fields[0] + " twice in " + output);
                }
            }
        }
        return new IterationResults(job, values, lines);
    }

    /** Whether {@code job}'s results must be the same lines: component labels are. */
    private static boolean exact(String job) {
        return job.equals("components") || job.startsWith("gelly-wcc");
    }

    int size() {
        return lines.size();
    }

    /** Null if {@code other} agrees with this result, else where it first differs. */
    String difference(IterationResults other) {
        if (exact(job)) {
            if (lines.size() != other.lines.size()) {
                return lines.size() + " lines, not " + other.lines.size();
            }
            for (int i = 0; i < lines.size(); i++) {
                if (!lines.get(i).equals(other.lines.get(i))) {
                    return "'" + other.lines.get(i) + "' where '" + lines.get(i) + "' was expected";
                }
            }
            return null;
        }
        if (!values.keySet().equals(other.values.keySet())) {
            return values.size() + " keys expected, " + other.values.size() + " found, and not the same";
        }
        boolean relative = !job.equals("kmeans");
        double tolerance = relative ? RANK_TOLERANCE : CENTROID_TOLERANCE;
        for (Map.Entry<String, double[]> entry : values.entrySet()) {
            double[] expected = entry.getValue();
            double[] found = other.values.get(entry.getKey());
            if (expected.length != found.length) {
                return entry.getKey() + ": " + Arrays.toString(found) + " where " + Arrays.toString(expected) + " was expected";
            }
            for (int i = 0; i < expected.length; i++) {
                double allowed = relative ? tolerance * Math.max(Math.abs(expected[i]), Math.abs(found[i])) : tolerance;
                if (expected[i] != found[i] && !(Math.abs(expected[i] - found[i]) <= allowed)) {
                    return String.format(Locale.ROOT, "%s: %s where %s was expected (tolerance %s%s)", entry.getKey(),
                            Arrays.toString(found), Arrays.toString(expected), tolerance, relative ? ", relative" : "");
                }
            }
        }
        return null;
    }
}
