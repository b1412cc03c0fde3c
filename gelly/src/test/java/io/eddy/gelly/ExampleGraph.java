package io.eddy.gelly;

import io.eddy.api.ExecutionEnvironment;
import io.eddy.api.tuple.Tuple;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The small graph the tests share: vertices 1..6 valued id * 10 (6 is isolated) and seven edges
 * valued source * 10 + target, among them the cycle 1 -> 3 -> 5 -> 1.
 */
final class ExampleGraph {

    private ExampleGraph() {}

    static List<Vertex<Long, Long>> vertices() {
        List<Vertex<Long, Long>> vertices = new ArrayList<>();
        for (long id = 1; id <= 6; id++) {
            vertices.add(new Vertex<>(id, id * 10));
        }
        return vertices;
    }

    static List<Edge<Long, Long>> edges() {
        return Arrays.asList(edge(1, 2), edge(1, 3), edge(2, 3), edge(3, 4), edge(3, 5), edge(4, 5), edge(5, 1));
    }

    static Edge<Long, Long> edge(long source, long target) {
        return new Edge<>(source, target, source * 10 + target);
    }

    static Graph<Long, Long, Long> graph(ExecutionEnvironment env) {
        return Graph.fromCollection(vertices(), edges(), env);
    }

    /** Sorted string forms, so results compare regardless of partitioning and order. */
    static List<String> sorted(Collection<?> records) {
        return records.stream().map(r -> r instanceof Tuple ? r.toString() : String.valueOf(r)).sorted()
                .collect(Collectors.toList());
    }
}
