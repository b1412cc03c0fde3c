package io.eddy.gelly.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eddy.api.ExecutionEnvironment;
import io.eddy.api.types.LongValue;
import io.eddy.api.types.NullValue;
import io.eddy.gelly.Edge;
import io.eddy.gelly.Graph;
import io.eddy.gelly.Vertex;
import io.eddy.gelly.library.CommunityDetection;
import io.eddy.gelly.library.LabelPropagation;
import io.eddy.gelly.library.LibraryTestGraphs;
import io.eddy.gelly.library.linkanalysis.HITS;
import io.eddy.gelly.library.linkanalysis.PageRank;
import io.eddy.gelly.library.similarity.AdamicAdar;
import io.eddy.gelly.library.similarity.JaccardIndex;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Stream;
import org.jgrapht.alg.connectivity.ConnectivityInspector;
import org.jgrapht.alg.shortestpath.DijkstraShortestPath;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleDirectedWeightedGraph;
import org.jgrapht.graph.SimpleWeightedGraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code eddy graph} for the library algorithms: each one through the command on a seeded random
 * edge list (with a self-loop and a repeated edge, and isolated vertices from a vertex list),
 * compared with JGraphT (components, shortest paths, triangles) or with the same algorithm called
 * through the Java API on the graph the documented reading rules give; then the input variants,
 * string ids, malformed lines, analytics and usage errors.
 */
// a job that hangs (a task failure once left a sink waiting) fails its test instead of stalling the build
@Timeout(value = 120, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class LibraryGraphCommandTest {

    private static final int VERTICES = 40;
    private static final long[] ISOLATED = {40, 41};
    /** {source, target, weight}: a random simple directed graph, then a self-loop and a repeat, heavier. */
    private static final long[][] EDGES = edges();

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final GraphCommand command = new GraphCommand(new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));

    private static long[][] edges() {
        long[][] random = LibraryTestGraphs.randomEdges(7, VERTICES, 110);
        List<long[]> edges = new ArrayList<>();
        for (int i = 0; i < random.length; i++) {
            edges.add(new long[] {random[i][0], random[i][1], 1 + (i * 7L) % 10});
        }
        edges.add(new long[] {5, 5, 2});
        edges.add(new long[] {random[0][0], random[0][1], 10});
        return edges.toArray(new long[0][]);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private Path write(String name, String content) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, content);
        return file;
    }

    /** The fixture as an edge list with {@code separator} and a vertex list adding the isolated vertices. */
    private Path edgeFile(String separator) throws Exception {
        StringBuilder text = new StringBuilder("# a random graph\n");
        for (long[] e : EDGES) {
            text.append(e[0]).append(separator).append(e[1]).append(separator).append(e[2]).append('\n');
        }
        return write("edges.txt", text.toString());
    }

    private Path vertexFile() throws Exception {
        return write("vertices.txt", ISOLATED[0] + "\n" + ISOLATED[1] + " isolated\n");
    }

    /** Every line of the part files in {@code output}, sorted. */
    private static List<String> lines(Path output) throws Exception {
        List<String> lines = new ArrayList<>();
        try (Stream<Path> parts = Files.list(output)) {
            for (Path part : parts.toList()) {
                lines.addAll(Files.readAllLines(part));
            }
        }
        Collections.sort(lines);
        return lines;
    }

    private List<String> runForLines(String... args) throws Exception {
        err.reset();
        assertEquals(0, command.run(args), err());
        int outputAt = Arrays.asList(args).indexOf("--output");
        return lines(Path.of(args[outputAt + 1]));
    }

    // ----------------------------------------------------------------------------- each algorithm

    static Stream<Arguments> resultAlgorithms() {
        List<Arguments> cases = new ArrayList<>();
        for (LibraryAlgorithm a : LibraryAlgorithm.values()) {
            if (a.kind != LibraryAlgorithm.Kind.RESULT) {
                continue;
            }
            for (boolean directed : new boolean[] {false, true}) {
                if (!(directed && a.undirectedOnly)) {
                    // each algorithm at parallelism 1 in one direction and 2 in the other
                    int parallelism = (a.ordinal() + (directed ? 1 : 0)) % 2 + 1;
                    if (a == LibraryAlgorithm.COMMUNITY_DETECTION) {
                        // its ties break by the order messages arrive in, which differs at parallelism 2
                        parallelism = 1;
                    }
                    cases.add(Arguments.of(a.cliName(), directed, parallelism));
                }
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} directed={1} p={2}")
    @MethodSource("resultAlgorithms")
    void matchesTheReference(String algorithm, boolean directed, int parallelism) throws Exception {
        List<String> args = new ArrayList<>(List.of(algorithm, "--input", edgeFile(parallelism == 1 ? "," : " ").toString(),
                "--vertices", vertexFile().toString(), "--output", dir.resolve("out").toString(),
                "-p", Integer.toString(parallelism)));
        if (directed) {
            args.add("--directed");
        }
        args.addAll(options(algorithm));
        List<String> actual = runForLines(args.toArray(new String[0]));
        LibraryAlgorithm a = LibraryAlgorithm.named(algorithm);
        List<String> expected = expected(a, directed);
        if (a == LibraryAlgorithm.TRIANGLES) {
            actual = sortedWithinLines(actual);
        }
        assertMatch(expected, actual);
        assertTrue(out().contains("eddy graph: " + algorithm + " wrote "), out());
    }

    private static List<String> options(String algorithm) {
        return switch (algorithm) {
            case "single-source-shortest-paths", "gsa-single-source-shortest-paths" -> List.of("--source-vertex", "0");
            case "pagerank" -> List.of("--iterations", "15", "--damping-factor", "0.8");
            case "hits" -> List.of("--iterations=8");
            case "label-propagation" -> List.of("--max-iterations", "10");
            case "community-detection" -> List.of("--max-iterations", "6", "--delta", "0.4");
            default -> List.of();
        };
    }

    private static List<String> expected(LibraryAlgorithm a, boolean directed) throws Exception {
        Map<List<Long>, Double> edges = referenceEdges(directed, a.simple);
        switch (a) {
            case CONNECTED_COMPONENTS, GSA_CONNECTED_COMPONENTS -> {
                return components(edges);
            }
            case SINGLE_SOURCE_SHORTEST_PATHS, GSA_SINGLE_SOURCE_SHORTEST_PATHS -> {
                return distances(edges, directed, 0);
            }
            case TRIANGLES -> {
                return triangles(edges);
            }
            default -> {
                return viaJavaApi(a, directed, edges);
            }
        }
    }

    /**
     * The fixture's edges by the documented rules: undirected, each line both ways; repeated edges
     * once with the smallest weight (directed: only for simple-graph algorithms, which also drop
     * self-loops). Directed non-simple graphs keep the repeat, as a second entry keyed apart.
     */
    private static Map<List<Long>, Double> referenceEdges(boolean directed, boolean simple) {
        Map<List<Long>, Double> edges = new LinkedHashMap<>();
        int repeat = 0;
        for (long[] e : EDGES) {
            if (simple && e[0] == e[1]) {
                continue;
            }
            List<List<Long>> keys = directed || e[0] == e[1] ? List.of(List.of(e[0], e[1]))
                    : List.of(List.of(e[0], e[1]), List.of(e[1], e[0]));
            for (List<Long> key : keys) {
                if (directed && !simple && edges.containsKey(key)) {
                    edges.put(List.of(e[0], e[1], (long) repeat++), (double) e[2]);
                } else {
                    edges.merge(key, (double) e[2], Math::min);
                }
            }
        }
        return edges;
    }

    private static Set<Long> vertexIds(Map<List<Long>, Double> edges) {
        Set<Long> ids = new TreeSet<>();
        for (List<Long> e : edges.keySet()) {
            ids.add(e.get(0));
            ids.add(e.get(1));
        }
        for (long id : ISOLATED) {
            ids.add(id);
        }
        return ids;
    }

    private static SimpleWeightedGraph<Long, DefaultWeightedEdge> jgrapht(Map<List<Long>, Double> edges,
            SimpleWeightedGraph<Long, DefaultWeightedEdge> graph) {
        for (long id : vertexIds(edges)) {
            graph.addVertex(id);
        }
        for (Map.Entry<List<Long>, Double> e : edges.entrySet()) {
            long s = e.getKey().get(0);
            long t = e.getKey().get(1);
            DefaultWeightedEdge existing = graph.getEdge(s, t);
            if (s == t) {
                continue;
            }
            if (existing == null) {
                graph.setEdgeWeight(graph.addEdge(s, t), e.getValue());
            } else if (e.getValue() < graph.getEdgeWeight(existing)) {
                graph.setEdgeWeight(existing, e.getValue());
            }
        }
        return graph;
    }

    /** Weakly connected components, each labelled with its smallest id. */
    private static List<String> components(Map<List<Long>, Double> edges) {
        var graph = jgrapht(edges, new SimpleWeightedGraph<>(DefaultWeightedEdge.class));
        List<String> lines = new ArrayList<>();
        for (Set<Long> component : new ConnectivityInspector<>(graph).connectedSets()) {
            long label = Collections.min(component);
            component.forEach(v -> lines.add(v + " " + label));
        }
        Collections.sort(lines);
        return lines;
    }

    private static List<String> distances(Map<List<Long>, Double> edges, boolean directed, long source) {
        org.jgrapht.Graph<Long, DefaultWeightedEdge> graph;
        if (directed) {
            SimpleDirectedWeightedGraph<Long, DefaultWeightedEdge> g = new SimpleDirectedWeightedGraph<>(
                    DefaultWeightedEdge.class);
            vertexIds(edges).forEach(g::addVertex);
            for (Map.Entry<List<Long>, Double> e : edges.entrySet()) {
                long s = e.getKey().get(0);
                long t = e.getKey().get(1);
                DefaultWeightedEdge existing = g.getEdge(s, t);
                if (s != t && existing == null) {
                    g.setEdgeWeight(g.addEdge(s, t), e.getValue());
                } else if (s != t && e.getValue() < g.getEdgeWeight(existing)) {
                    g.setEdgeWeight(existing, e.getValue());
                }
            }
            graph = g;
        } else {
            graph = jgrapht(edges, new SimpleWeightedGraph<>(DefaultWeightedEdge.class));
        }
        var paths = new DijkstraShortestPath<>(graph).getPaths(source);
        List<String> lines = new ArrayList<>();
        for (long v : graph.vertexSet()) {
            lines.add(v + " " + paths.getWeight(v));
        }
        Collections.sort(lines);
        return lines;
    }

    /** Each triangle of the underlying undirected graph once, ids ascending. */
    private static List<String> triangles(Map<List<Long>, Double> edges) {
        var graph = jgrapht(edges, new SimpleWeightedGraph<>(DefaultWeightedEdge.class));
        List<String> lines = new ArrayList<>();
        List<Long> ids = new ArrayList<>(graph.vertexSet());
        Collections.sort(ids);
        for (int i = 0; i < ids.size(); i++) {
            for (int j = i + 1; j < ids.size(); j++) {
                if (!graph.containsEdge(ids.get(i), ids.get(j))) {
                    continue;
                }
                for (int k = j + 1; k < ids.size(); k++) {
                    if (graph.containsEdge(ids.get(i), ids.get(k)) && graph.containsEdge(ids.get(j), ids.get(k))) {
                        lines.add(ids.get(i) + " " + ids.get(j) + " " + ids.get(k));
                    }
                }
            }
        }
        Collections.sort(lines);
        return lines;
    }

    private static List<String> sortedWithinLines(List<String> lines) {
        List<String> sorted = new ArrayList<>();
        for (String line : lines) {
            long[] ids = Arrays.stream(line.split(" ")).mapToLong(Long::parseLong).sorted().toArray();
            sorted.add(ids[0] + " " + ids[1] + " " + ids[2]);
        }
        Collections.sort(sorted);
        return sorted;
    }

    /** The algorithm through the Java API, on the reference graph, at parallelism 1. */
    private static List<String> viaJavaApi(LibraryAlgorithm a, boolean directed, Map<List<Long>, Double> edgeMap)
            throws Exception {
        ExecutionEnvironment env = ExecutionEnvironment.createLocalEnvironment(1);
        List<Vertex<LongValue, NullValue>> vertices = new ArrayList<>();
        for (long id : vertexIds(edgeMap)) {
            vertices.add(new Vertex<>(new LongValue(id), NullValue.getInstance()));
        }
        List<Edge<LongValue, Double>> edges = new ArrayList<>();
        edgeMap.forEach((k, w) -> edges.add(new Edge<>(new LongValue(k.get(0)), new LongValue(k.get(1)), w)));
        Graph<LongValue, NullValue, Double> graph = Graph.fromCollection(vertices, edges, env);
        List<String> lines = switch (a) {
            case PAGERANK -> format(graph.run(new PageRank<LongValue, NullValue, Double>(0.8, 15)
                    .setIncludeZeroDegreeVertices(true)).collect(),
                    r -> r.getVertexId0() + " " + r.getPageRankScore().getValue());
            case HITS -> format(graph.run(new HITS<LongValue, NullValue, Double>(8)).collect(),
                    r -> r.getVertexId0() + " " + r.getHubScore().getValue() + " " + r.getAuthorityScore().getValue());
            case LABEL_PROPAGATION -> format(graph.mapVertices(v -> new LongValue(v.f0.getValue()))
                    .run(new LabelPropagation<LongValue, LongValue, Double>(10)).collect(), v -> v.f0 + " " + v.f1);
            case COMMUNITY_DETECTION -> format(graph.mapVertices(v -> v.f0.getValue())
                    .run(new CommunityDetection<LongValue>(6, 0.4)).getVertices().collect(), v -> v.f0 + " " + v.f1);
            case LOCAL_CLUSTERING_COEFFICIENT -> directed
                    ? format(graph.run(new io.eddy.gelly.library.clustering.directed
                            .LocalClusteringCoefficient<LongValue, NullValue, Double>()).collect(),
                            r -> r.getVertexId0() + " " + r.getDegree() + " " + r.getTriangleCount() + " "
                                    + r.getLocalClusteringCoefficientScore())
                    : format(graph.run(new io.eddy.gelly.library.clustering.undirected
                            .LocalClusteringCoefficient<LongValue, NullValue, Double>()).collect(),
                            r -> r.getVertexId0() + " " + r.getDegree() + " " + r.getTriangleCount() + " "
                                    + r.getLocalClusteringCoefficientScore());
            case JACCARD_INDEX -> format(graph.run(new JaccardIndex<LongValue, NullValue, Double>()).collect(),
                    r -> r.getVertexId0() + " " + r.getVertexId1() + " " + r.getJaccardIndexScore());
            case ADAMIC_ADAR -> format(graph.run(new AdamicAdar<LongValue, NullValue, Double>()).collect(),
                    r -> r.getVertexId0() + " " + r.getVertexId1() + " " + r.getAdamicAdarScore().getValue());
            default -> throw new IllegalArgumentException(a.cliName());
        };
        assertTrue(lines.size() > 10, a.cliName() + " should give a non-trivial result: " + lines);
        return lines;
    }

    private static <R> List<String> format(List<R> records, Function<R, String> line) {
        List<String> lines = new ArrayList<>();
        records.forEach(r -> lines.add(line.apply(r)));
        Collections.sort(lines);
        return lines;
    }

    /** Equal line by line; numbers with a decimal point within a relative 1e-6 (sums may add up in another order). */
    private static void assertMatch(List<String> expected, List<String> actual) {
        assertEquals(expected.size(), actual.size(), () -> "line count; expected " + expected + "\nactual " + actual);
        for (int i = 0; i < expected.size(); i++) {
            String[] e = expected.get(i).split(" ");
            String[] a = actual.get(i).split(" ");
            boolean same = e.length == a.length;
            for (int f = 0; same && f < e.length; f++) {
                if (!e[f].equals(a[f])) {
                    same = e[f].contains(".") && a[f].contains(".")
                            && Math.abs(Double.parseDouble(e[f]) - Double.parseDouble(a[f]))
                                    <= 1e-6 * Math.max(1, Math.abs(Double.parseDouble(e[f])));
                }
            }
            int line = i;
            assertTrue(same, () -> "line " + line + ": expected '" + expected.get(line) + "', found '" + actual.get(line)
                    + "'");
        }
    }
}
