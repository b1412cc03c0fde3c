package io.eddy.cli;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The bundled example programs, by the short name the command line accepts in place of a jar
 * ({@code eddy run wordcount}). Examples are found by class name at run time, so the command line
 * needs no compile-time dependency on the examples module; this table is the one place that names them.
 */
public final class ExampleRegistry {

    /**
     * One argument of an example, in the {@code --name value} form of {@code ParameterTool}.
     *
     * @param name the option, with its dashes: {@code --input}
     * @param value what to give, as shown in the usage: {@code <path>}
     * @param meaning one line on what it does, ending with the default, e.g. {@code "(default: 10)"}
     */
    public record Argument(String name, String value, String meaning) {

        /** {@code [--input <path>]}: every example argument is optional. */
        String synopsis() {
            return "[" + name + " " + value + "]";
        }
    }

    /**
     * One example: its command-line name, main class, a one-line description and its arguments.
     * The arguments are the example's own (its main class's usage); they are shown by
     * {@code list-examples} and {@code run <name> --help}, never parsed here.
     */
    public record Example(String name, String className, String description, List<Argument> arguments) {

        public Example {
            arguments = List.copyOf(arguments);
        }

        /** An example without arguments. */
        public Example(String name, String className, String description) {
            this(name, className, description, List.of());
        }

        /** The arguments on one line: {@code [--input <path>] [--output <path>]}, or "" if there are none. */
        public String synopsis() {
            StringBuilder line = new StringBuilder();
            for (Argument argument : arguments) {
                line.append(line.length() == 0 ? "" : " ").append(argument.synopsis());
            }
            return line.toString();
        }

        /**
         * The usage {@code eddy run <name> --help} prints: the synopsis, then one line per argument.
         *
         * @param command the command it is shown for, {@code run} or {@code plan}
         */
        public String usage(String command) {
            String synopsis = synopsis();
            StringBuilder text = new StringBuilder();
            text.append("Usage: eddy ").append(command).append(" [options] ").append(name).append(synopsis.isEmpty() ? "" : " " + synopsis)
                    .append('\n').append('\n');
            text.append(description).append(" (").append(className).append(")\n");
            if (arguments.isEmpty()) {
                return text.append('\n').append("It takes no arguments.\n").toString();
            }
            int width = 0;
            for (Argument argument : arguments) {
                width = Math.max(width, argument.name().length() + 1 + argument.value().length());
            }
            text.append('\n').append("Arguments:\n");
            for (Argument argument : arguments) {
                String left = argument.name() + " " + argument.value();
                text.append(String.format(Locale.ROOT, "  %-" + width + "s  %s\n", left, argument.meaning()));
            }
            return text.toString();
        }
    }

    private static Argument argument(String name, String value, String meaning) {
        return new Argument(name, value, meaning);
    }

    private static final Argument OUTPUT = argument("--output", "<path>",
            "where to write the result (default: print it to stdout)");
    private static final Argument ITERATIONS = argument("--iterations", "<n>",
            "the maximum number of supersteps (default: 10)");
    private static final List<Argument> WORDCOUNT = List.of(
            argument("--input", "<path>", "the text to count, a file or a directory (default: a bundled text)"),
            OUTPUT);

    private static final ExampleRegistry BUILT_IN = new ExampleRegistry(List.of(
            new Example("wordcount", "io.eddy.examples.wordcount.WordCount",
                    "WordCount with tuples", WORDCOUNT),
            new Example("wordcount-records", "io.eddy.examples.wordcount.WordCountRecords",
                    "WordCount with Java records and lambdas", WORDCOUNT),
            new Example("tpch-q3", "io.eddy.examples.relational.TpchQuery3",
                    "TPC-H query 3 (shipping priority): joins and an aggregation", List.of(
                            argument("--input", "<dir>", "a directory with customer.csv, orders.csv and lineitem.csv"
                                    + " (default: tables generated at scale 0.01)"),
                            OUTPUT,
                            argument("--segment", "<name>", "the market segment (default: BUILDING)"),
                            argument("--date", "<yyyy-mm-dd>", "the order and ship date bound (default: 1995-03-15)"))),
            new Example("weblog", "io.eddy.examples.relational.WebLogAnalysis",
                    "web-log analysis: filters, a join and an anti-join", List.of(
                            argument("--input", "<dir>", "a directory with documents.csv, ranks.csv and visits.csv"
                                    + " (default: generated tables)"),
                            OUTPUT,
                            argument("--keywords", "<a,b>", "words every document must contain (default: river,eddy)"),
                            argument("--min-rank", "<n>", "the lowest rank kept, exclusive (default: 40)"),
                            argument("--year", "<yyyy>", "pages visited in this year are left out (default: 2009)"))),
            new Example("pagerank", "io.eddy.examples.graph.PageRank",
                    "PageRank as a bulk iteration with a termination criterion", List.of(
                            argument("--pages", "<file>", "one page id per line; with --links and --numPages"
                                    + " (default: a generated graph)"),
                            argument("--links", "<file>", "one link 'source target' per line"),
                            argument("--numPages", "<n>", "the number of pages"),
                            ITERATIONS, OUTPUT)),
            new Example("connected-components", "io.eddy.examples.graph.ConnectedComponents",
                    "connected components as a delta iteration", List.of(
                            argument("--vertices", "<file>", "one vertex id per line; with --edges"
                                    + " (default: a generated graph)"),
                            argument("--edges", "<file>", "one undirected edge 'a b' per line"),
                            ITERATIONS, OUTPUT)),
            new Example("kmeans", "io.eddy.examples.clustering.KMeans",
                    "k-means clustering as a bulk iteration over broadcast centroids", List.of(
                            argument("--points", "<file>", "one point 'x y' per line; with --centroids"
                                    + " (default: generated points)"),
                            argument("--centroids", "<file>", "one initial centroid 'id x y' per line"),
                            argument("--iterations", "<n>", "the number of supersteps (default: 10)"),
                            OUTPUT)),
            new Example("transitive-closure", "io.eddy.examples.graph.TransitiveClosure",
                    "transitive closure as a bulk iteration that stops when no new path is found", List.of(
                            argument("--edges", "<file>", "one directed edge 'a b' per line (default: a generated graph)"),
                            ITERATIONS, OUTPUT))));

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
