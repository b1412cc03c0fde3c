package io.eddy.gelly.library.graphalytics;

import io.eddy.api.fs.Path;
import io.eddy.gelly.Edge;
import java.io.IOException;

/**
 * Reads a Graphalytics edge file ({@code .e}): {@code source target [weight]} per line. The weight
 * is required when the format is {@code weighted} (SSSP) and otherwise optional and ignored, since
 * the benchmark's example graphs carry weights that only SSSP reads; an edge without one gets 1.0.
 */
public class EdgeFileFormat extends GraphalyticsLineFormat<Edge<Long, Double>> {

    private static final long serialVersionUID = 1L;

    private final boolean weighted;

    public EdgeFileFormat(Path path, boolean weighted) {
        super(path, "edge file");
        this.weighted = weighted;
    }

    @Override
    protected Edge<Long, Double> parseLine() throws IOException {
        String expected = weighted ? "3 fields" : "2 or 3 fields";
        long source = nextLong("source", expected);
        long target = nextLong("target", expected);
        double weight = 1.0;
        if (weighted || hasMoreFields()) {
            weight = nextDouble("weight", expected);
            if (!weighted) {
                weight = 1.0;
            }
        }
        expectLineEnd(expected);
        return new Edge<>(source, target, weight);
    }
}
