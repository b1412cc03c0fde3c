package io.eddy.gelly.library.graphalytics;

import io.eddy.api.fs.Path;
import io.eddy.api.tuple.Tuple2;
import java.io.IOException;
import java.util.Arrays;

/**
 * Reads the older Graphalytics adjacency-list format: {@code v n1 n2 ...} per line, a vertex and its
 * out-neighbours; a line may hold the vertex alone. Each line becomes {@code (v, [n1, n2, ...])}.
 */
public class AdjacencyListFormat extends GraphalyticsLineFormat<Tuple2<Long, long[]>> {

    private static final long serialVersionUID = 1L;

    private transient long[] buffer;

    public AdjacencyListFormat(Path path) {
        super(path, "adjacency list");
    }

    @Override
    protected Tuple2<Long, long[]> parseLine() throws IOException {
        long vertex = nextLong("vertex", "a vertex and its neighbours");
        if (buffer == null) {
            buffer = new long[16];
        }
        int count = 0;
        while (hasMoreFields()) {
            if (count == buffer.length) {
                buffer = Arrays.copyOf(buffer, count * 2);
            }
            buffer[count++] = nextLong("neighbour", "a vertex and its neighbours");
        }
        return new Tuple2<>(vertex, Arrays.copyOf(buffer, count));
    }
}
