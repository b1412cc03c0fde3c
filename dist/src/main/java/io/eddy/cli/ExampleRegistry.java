package io.eddy.cli;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The bundled example programs, by the short name the command line accepts in place of a jar
 * ({@code eddy run wordcount}). Examples are found by class name at run time, so the command line
 * needs no compile-time dependency on the examples module; this table is the one place that names them.
 */
public final class ExampleRegistry {

    /** One example: its command-line name, main class and a one-line description. */
    public record Example(String name, String className, String description) {}

    private static final ExampleRegistry BUILT_IN = new ExampleRegistry(List.of(
            new Example("wordcount", "io.eddy.examples.wordcount.WordCount",
                    "WordCount with tuples"),
            new Example("wordcount-records", "io.eddy.examples.wordcount.WordCountRecords",
                    "WordCount with Java records and lambdas"),
            new Example("tpch-q3", "io.eddy.examples.relational.TpchQuery3",
                    "TPC-H query 3 (shipping priority): joins and an aggregation"),
            new Example("weblog", "io.eddy.examples.relational.WebLogAnalysis",
                    "web-log analysis: filters, a join and an anti-join"),
            new Example("pagerank", "io.eddy.examples.graph.PageRank",
                    "PageRank as a bulk iteration with a termination criterion"),
            new Example("connected-components", "io.eddy.examples.graph.ConnectedComponents",
                    "connected components as a delta iteration"),
            new Example("kmeans", "io.eddy.examples.clustering.KMeans",
                    "k-means clustering as a bulk iteration over broadcast centroids"),
            new Example("transitive-closure", "io.eddy.examples.graph.TransitiveClosure",
                    "transitive closure as a bulk iteration that stops when no new path is found")));

    private final Map<String, Example> examples = new LinkedHashMap<>();

    public ExampleRegistry(List<Example> examples) {
        for (Example example : examples) {
            if (this.examples.putIfAbsent(example.name(), example) != null) {
                throw new IllegalArgumentException("Duplicate example name: " + example.name());
            }
        }
    }

    /** The examples shipped in the distribution. */
    public static ExampleRegistry builtIn() {
        return BUILT_IN;
    }

    public Optional<Example> find(String name) {
        return Optional.ofNullable(examples.get(name));
    }

    /** Every example, in the order of the table. */
    public List<Example> all() {
        return Collections.unmodifiableList(new ArrayList<>(examples.values()));
    }
}
