package io.eddy.examples.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.eddy.api.tuple.Tuple2;
import io.eddy.examples.ExampleOutputs;
import io.eddy.examples.ExampleRuns;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The TransitiveClosure example, a bulk iteration with a termination criterion, against a
 * breadth-first search at parallelism 1 and 4: the whole closure when the criterion ends the loop,
 * the pairs at most {@code iterations + 1} edges apart when the maximum does; every pair once.
 */
class TransitiveClosureTest {

    @TempDir
    Path temp;

    private List<String> run(int parallelism, String... args) throws Exception {
        return ExampleOutputs.sorted(ExampleRuns.run(TransitiveClosure::main, parallelism, temp.resolve("closure"), args));
    }

    @ParameterizedTest(name = "parallelism {0}, at most {1} iterations")
    @CsvSource({"1, 100", "4, 100", "1, 2", "4, 2"})
    void pathsEqualABreadthFirstSearch(int parallelism, int iterations) throws Exception {
        // 330 edges over 300 vertices: about 1,900 paths, some 13 edges long
        List<Tuple2<Long, Long>> edges = TransitiveClosureData.edges(300, 330, 9);
        Path edgeFile = ExampleRuns.writeEdges(temp.resolve("edges"), edges);

        List<String> actual = run(parallelism, "--edges", edgeFile.toString(), "--iterations", Integer.toString(iterations));
        Set<String> expected = TransitiveClosureData.reference(edges, iterations);
        assertEquals(ExampleOutputs.sorted(new ArrayList<>(expected)), actual);
        if (iterations == 2) {
            assertNotEquals(TransitiveClosureData.closure(edges), expected, "two supersteps do not close this graph");
        }
    }

    @ParameterizedTest(name = "parallelism {0}")
    @ValueSource(ints = {1, 4})
    void withoutInputItClosesTheGeneratedGraphWithinTheDefaultIterations(int parallelism) throws Exception {
        List<Tuple2<Long, Long>> edges = TransitiveClosureData.edges(TransitiveClosureData.DEFAULT_VERTICES,
                TransitiveClosureData.DEFAULT_EDGES, 42);
        Set<String> closure = TransitiveClosureData.closure(edges);
        assertEquals(closure, TransitiveClosureData.reference(edges, 9), "the default graph closes within the default 10 supersteps");
        assertEquals(ExampleOutputs.sorted(new ArrayList<>(closure)), run(parallelism));
    }
}
