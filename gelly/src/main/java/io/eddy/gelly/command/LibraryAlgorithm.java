package io.eddy.gelly.command;

import java.io.PrintStream;
import java.util.Locale;

/**
 * The algorithms of Gelly's library that {@code eddy graph} runs, by their kebab-case names, with
 * the options each takes and what it writes. They read edge lists ({@link EdgeListFormat}) rather
 * than the benchmark's files, and their ids may be names ({@code --ids string}).
 */
enum LibraryAlgorithm {
    CONNECTED_COMPONENTS(Kind.RESULT, false, false, "weakly connected components (scatter-gather)",
            "vertexId componentId", LibraryInvocation.MAX_ITERATIONS),
    GSA_CONNECTED_COMPONENTS(Kind.RESULT, false, false, "the same by gather-sum-apply", "vertexId componentId",
            LibraryInvocation.MAX_ITERATIONS),
    SINGLE_SOURCE_SHORTEST_PATHS(Kind.RESULT, false, false,
            "shortest paths from --source-vertex, weights from the third column (scatter-gather)",
            "vertexId distance", LibraryInvocation.SOURCE_VERTEX, LibraryInvocation.MAX_ITERATIONS),
    GSA_SINGLE_SOURCE_SHORTEST_PATHS(Kind.RESULT, false, false, "the same by gather-sum-apply",
            "vertexId distance", LibraryInvocation.SOURCE_VERTEX, LibraryInvocation.MAX_ITERATIONS),
    PAGERANK(Kind.RESULT, false, false, "PageRank", "vertexId score", LibraryInvocation.DAMPING_FACTOR,
            LibraryInvocation.ITERATIONS, LibraryInvocation.CONVERGENCE_THRESHOLD),
    HITS(Kind.RESULT, false, false, "hubs and authorities", "vertexId hub authority", LibraryInvocation.ITERATIONS,
            LibraryInvocation.CONVERGENCE_THRESHOLD),
    LABEL_PROPAGATION(Kind.RESULT, false, false, "label propagation, each vertex starting with its id",
            "vertexId label", LibraryInvocation.MAX_ITERATIONS),
    COMMUNITY_DETECTION(Kind.RESULT, false, false,
            "community detection, each vertex starting with its id, edge weights from the third column",
            "vertexId label", LibraryInvocation.MAX_ITERATIONS, LibraryInvocation.DELTA),
    TRIANGLES(Kind.RESULT, true, false, "triangle listing", "a b c"),
    LOCAL_CLUSTERING_COEFFICIENT(Kind.RESULT, true, false, "local clustering coefficient",
            "vertexId degree triangles coefficient"),
    JACCARD_INDEX(Kind.RESULT, true, true, "Jaccard index of the pairs with a common neighbour", "a b score"),
    ADAMIC_ADAR(Kind.RESULT, true, true, "Adamic-Adar index of the pairs with a common neighbour", "a b score"),
    GLOBAL_CLUSTERING_COEFFICIENT(Kind.ANALYTIC, true, false, "global clustering coefficient",
            "triplet count, triangle count, global clustering coefficient"),
    AVERAGE_CLUSTERING_COEFFICIENT(Kind.ANALYTIC, true, false, "average clustering coefficient",
            "vertex count, average clustering coefficient"),
    VERTEX_METRICS(Kind.ANALYTIC, true, false, "vertex metrics",
            "vertex and edge counts, average degree, density, triplets, maximum degrees"),
    EDGE_METRICS(Kind.ANALYTIC, true, false, "edge metrics", "triangle and rectangle triplet counts and maxima");

    /** A result is one line per vertex, triangle or pair, into --output; an analytic prints {@code name: value} lines. */
    enum Kind { RESULT, ANALYTIC }

    final Kind kind;
    /** Defined on simple graphs: self-loops and parallel edges are dropped first. */
    final boolean simple;
    /** Defined on undirected graphs only, so --directed is a usage error. */
    final boolean undirectedOnly;
    final String description;
    /** What each output line holds (results) or which values it prints (analytics). */
    final String output;
    final String[] options;

    LibraryAlgorithm(Kind kind, boolean simple, boolean undirectedOnly, String description, String output,
            String... options) {
        this.kind = kind;
        this.simple = simple;
        this.undirectedOnly = undirectedOnly;
        this.description = description;
        this.output = output;
        this.options = options;
    }

    String cliName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    boolean takes(String option) {
        for (String o : options) {
            if (o.equals(option)) {
                return true;
            }
        }
        return false;
    }

    /** The algorithm called {@code name}, or null. */
    static LibraryAlgorithm named(String name) {
        for (LibraryAlgorithm a : values()) {
            if (a.cliName().equals(name)) {
                return a;
            }
        }
        return null;
    }

    /** The library part of {@code eddy graph --help}. */
    static void printUsage(PrintStream stream) {
        stream.println("Library algorithms (--output optional for the analytics, which print 'name: value' lines):");
        for (LibraryAlgorithm a : values()) {
            stream.println(String.format(Locale.ROOT, "  %-32s %s%s", a.cliName(), a.description,
                    a.undirectedOnly ? " (undirected only)" : ""));
            stream.println(String.format(Locale.ROOT, "  %-32s %s: %s%s", "", a.kind == Kind.RESULT ? "lines" : "prints",
                    a.output, a.options.length == 0 ? "" : "; options: " + String.join(", ", a.options)));
        }
        stream.println();
        stream.println("Options of the library algorithms:");
        stream.println("  --input <file>          the edge list: 'source target [weight]' per line, separated by a");
        stream.println("                          comma, tab, semicolon or spaces; lines starting with # or % skipped");
        stream.println("  --vertices <file>       optional: one vertex id per line (further fields ignored), to add");
        stream.println("                          isolated vertices; the vertex set is otherwise the edges' ends");
        stream.println("  --directed              use each edge as given; default: undirected, each line an edge");
        stream.println("                          both ways, repeated edges collapsed (keeping the smallest weight)");
        stream.println("  --delimiter <c>         the field separator (a character, or tab, space, comma, semicolon)");
        stream.println("  --ids long|string       vertex ids are integers (default) or names");
        stream.println("  --source-vertex <id>    the paths' start (required)");
        stream.println("  --max-iterations <n>    at most this many supersteps (default: until nothing changes;");
        stream.println("                          label-propagation, community-detection: "
                + LibraryInvocation.DEFAULT_LABEL_ITERATIONS + ")");
        stream.println("  --iterations <n>        pagerank, hits: this many iterations (default: "
                + LibraryInvocation.DEFAULT_ITERATIONS + "; the most when");
        stream.println("                          --convergence-threshold is given, which alone runs until converged)");
        stream.println("  --convergence-threshold <t>");
        stream.println("                          pagerank, hits: stop once the scores change by at most t in total");
        stream.println("  --damping-factor <d>    pagerank (default: " + LibraryInvocation.DEFAULT_DAMPING_FACTOR + ")");
        stream.println("  --delta <d>             community-detection: the score lost per hop (default: "
                + LibraryInvocation.DEFAULT_DELTA + ")");
        stream.println("The algorithms defined on simple graphs (triangles, clustering, similarity, metrics) drop");
        stream.println("self-loops and parallel edges first; --directed picks their directed variant. Distances of");
        stream.println("unreachable vertices are Infinity. community-detection needs integer ids.");
    }
}
