package io.eddy.gelly.command;

import static io.eddy.gelly.command.CapturedGraphCommand.lines;
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
 * through the Java API on the graph the documented reading rules give; and the analytics' printed
 * values on a graph small enough to work them out by hand. The input side (string ids, the ways of
 * writing an edge list, malformed lines, usage errors) is {@link LibraryGraphCommandInputTest}'s.
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

    private final CapturedGraphCommand cli = new CapturedGraphCommand();

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

    /** The fixture as an edge list with {@code separator} and a vertex list adding the isolated vertices. */
    private Path edgeFile(String separator) throws Exception {
        StringBuilder text = new StringBuilder("# a random graph\n");
        for (long[] e : EDGES) {
            text.append(e[0]).append(separator).append(e[1]).append(separator).append(e[2]).append('\n');
        }
        return CapturedGraphCommand.write(dir, "edges.txt", text.toString());
    }

    private Path vertexFile() throws Exception {
        return CapturedGraphCommand.write(dir, "vertices.txt", ISOLATED[0] + "\n" + ISOLATED[1] + " isolated\n");
    }

    private List<String> runForLines(String... args) throws Exception {
        assertEquals(0, cli.run(args), cli.err());
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
        assertTrue(cli.out().contains("eddy graph: " + algorithm + " wrote "), cli.out());
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

    // ------------------------------------------------------------------------------- analytics

    /**
     * A triangle 1 2 3 with a pendant 4 on 3, a repeated edge (2 1) and a self-loop (4 4), which the
     * analytics drop, and 5 without edges from the vertex list. Undirected, the degrees are 2, 2, 3,
     * 1, 0. Directed, 1 and 2 point at each other, the rest one way: 2→3, 3→1, 3→4.
     */
    private static final String SMALL_EDGES = "1 2\n2 3\n3 1\n3 4\n2 1\n4 4\n";

    static Stream<Arguments> analytics() {
        return Stream.of(
                // triplets (pairs of distinct neighbours) 1 + 1 + 3 at 1, 2, 3; the triangle closes one at
                // each corner; the directed variant counts on the same neighbourhoods
                Arguments.of("global-clustering-coefficient", false, 1, true,
                        List.of("triplet count: 5", "triangle count: 3", "global clustering coefficient: 0.6")),
                Arguments.of("global-clustering-coefficient", true, 2, true,
                        List.of("triplet count: 5", "triangle count: 3", "global clustering coefficient: 0.6")),
                // local: 1 and 2 have their one pair joined, 3 one pair of three, 4 and 5 count as 0: (1 + 1 + 1/3) / 5
                Arguments.of("average-clustering-coefficient", false, 2, false,
                        List.of("vertex count: 5", "average clustering coefficient: " + 7 / 15.0)),
                // directed, of the d(d-1) possible edges among the neighbours: 1 has 2→3 of 2, 2 has 3→1
                // of 2, 3 has 1→2 and 2→1 of 6: (1/2 + 1/2 + 1/3) / 5
                Arguments.of("average-clustering-coefficient", true, 1, false,
                        List.of("vertex count: 5", "average clustering coefficient: " + 4 / 15.0)),
                // 4 edges: average degree 2 * 4 / 5, density 4 of 5 * 4 / 2 pairs; 3 has the most triplets
                Arguments.of("vertex-metrics", false, 1, true,
                        List.of("vertex count: 5", "edge count: 4", "average degree: 1.6", "density: 0.4",
                                "triplet count: 5", "maximum degree: 3", "maximum triplets: 3")),
                // 5 edges: 3 one way and the pair 1-2 both ways; density 5 of 5 * 4 ordered pairs;
                // 1 has in-degree 2 (from 2, 3), 2 and 3 out-degree 2
                Arguments.of("vertex-metrics", true, 2, true,
                        List.of("vertex count: 5", "edge count: 5", "unidirectional edge count: 3",
                                "bidirectional edge count: 1", "average degree: 1.0", "density: 0.25",
                                "triplet count: 5", "maximum degree: 3", "maximum out degree: 2",
                                "maximum in degree: 2", "maximum triplets: 3")),
                // ranked by degree, ties by id: 4 < 1 < 2 < 3. Neighbours ranked higher (l) of degree d:
                // 1 has l=2, d=2: 1 triangle and 1 rectangle triplet; 2 has l=1, d=2: 0 and 1; 3 and 4 none
                Arguments.of("edge-metrics", false, 2, false,
                        List.of("triangle triplet count: 1", "rectangle triplet count: 2",
                                "maximum triangle triplets: 1", "maximum rectangle triplets: 1")),
                // the same neighbourhoods, 1-2 counted once although it runs both ways
                Arguments.of("edge-metrics", true, 1, false,
                        List.of("triangle triplet count: 1", "rectangle triplet count: 2",
                                "maximum triangle triplets: 1", "maximum rectangle triplets: 1")));
    }

    @ParameterizedTest(name = "{0} directed={1} p={2} output={3}")
    @MethodSource("analytics")
    void analyticsPrintTheirValues(String algorithm, boolean directed, int parallelism, boolean withOutput,
            List<String> expected) throws Exception {
        Path output = dir.resolve("out");
        List<String> args = new ArrayList<>(List.of(algorithm, "--input", CapturedGraphCommand.write(dir, "small.txt", SMALL_EDGES).toString(),
                "--vertices", CapturedGraphCommand.write(dir, "small.v", "5\n").toString(), "-p", Integer.toString(parallelism)));
        if (withOutput) {
            args.addAll(List.of("--output", output.toString()));
        }
        if (directed) {
            args.add("--directed");
        }
        assertEquals(0, cli.run(args.toArray(new String[0])), cli.err());
        List<String> printed = new ArrayList<>(cli.out().lines().toList());
        String last = printed.remove(printed.size() - 1);
        assertTrue(last.startsWith("eddy graph: " + algorithm + (withOutput ? " wrote " + output : " finished") + " in "),
                last);
        // sums of doubles may add up in another order at parallelism 2
        assertMatch(expected, printed);
        if (withOutput) {
            List<String> sortedPrinted = new ArrayList<>(printed);
            Collections.sort(sortedPrinted);
            assertEquals(sortedPrinted, lines(output), "the file holds the printed lines");
        } else {
            assertTrue(Files.notExists(output), "without --output nothing is written");
        }
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
