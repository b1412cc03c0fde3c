package io.eddy.examples.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eddy.api.tuple.Tuple2;
import io.eddy.examples.ExampleRuns;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The ConnectedComponents example, a delta iteration, against union-find at parallelism 1 and 4:
 * on the generated forest of small components within the default 10 supersteps, and on a random
 * graph with a giant component of large diameter, given enough supersteps to converge.
 */
class ConnectedComponentsTest {

    @TempDir
    Path temp;

    private Map<Long, Long> run(int parallelism, String... args) throws Exception {
        Map<Long, Long> components = new TreeMap<>();
        for (String line : ExampleRuns.run(ConnectedComponents::main, parallelism, temp.resolve("components"), args)) {
            String[] fields = line.split(" ");
            assertNull(components.put(Long.parseLong(fields[0]), Long.parseLong(fields[1])), "one line per vertex: " + line);
        }
        return components;
    }

    /** {@code count} random edges between the {@code vertices}; some vertices stay isolated. */
    private static List<Tuple2<Long, Long>> randomEdges(List<Long> vertices, int count, long seed) {
        Random random = new Random(seed);
        List<Tuple2<Long, Long>> edges = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            edges.add(new Tuple2<>(vertices.get(random.nextInt(vertices.size())), vertices.get(random.nextInt(vertices.size()))));
        }
        return edges;
    }

    @ParameterizedTest(name = "parallelism {0}, {1} graph")
    @CsvSource({"1, forest", "4, forest", "1, random", "4, random"})
    void componentsEqualUnionFind(int parallelism, String graph) throws Exception {
        List<Long> vertices = new ArrayList<>();
        List<Tuple2<Long, Long>> edges;
        String iterations;
        if (graph.equals("forest")) {
            vertices.addAll(ConnectedComponentsData.vertices(3_000));
            edges = ConnectedComponentsData.edges(3_000, 5);
            iterations = "10";
        } else {
            // sparse ids, and a little more than one edge per two vertices: a giant component with long shortest paths
            for (long v = 0; v < 3_000; v++) {
                vertices.add(1_000 + 3 * v);
            }
            edges = randomEdges(vertices, 1_800, 6);
            iterations = "1000";
        }
        Path vertexFile = Files.write(temp.resolve("vertices"), vertices.stream().map(String::valueOf).toList());
        Path edgeFile = ExampleRuns.writeEdges(temp.resolve("edges"), edges);

        Map<Long, Long> actual = run(parallelism, "--vertices", vertexFile.toString(), "--edges", edgeFile.toString(),
                "--iterations", iterations);
        Map<Long, Long> expected = ConnectedComponentsData.reference(vertices, edges);
        assertEquals(expected, actual);
        long components = new HashSet<>(expected.values()).size();
        assertTrue(components > 1 && components < vertices.size() / 2, "several non-trivial components: " + components);
    }

    @ParameterizedTest(name = "parallelism {0}")
    @ValueSource(ints = {1, 4})
    void withoutInputItLabelsTheGeneratedGraph(int parallelism) throws Exception {
        long n = ConnectedComponentsData.DEFAULT_VERTICES;
        Map<Long, Long> expected = ConnectedComponentsData.reference(ConnectedComponentsData.vertices(n),
                ConnectedComponentsData.edges(n, 42));
        assertEquals(expected, run(parallelism));
    }
}
