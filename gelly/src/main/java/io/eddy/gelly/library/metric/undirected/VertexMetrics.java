package io.eddy.gelly.library.metric.undirected;

import io.eddy.api.DataSet;
import io.eddy.api.accumulators.LongCounter;
import io.eddy.api.accumulators.LongMaximum;
import io.eddy.api.types.LongValue;
import io.eddy.gelly.AnalyticHelper;
import io.eddy.gelly.Graph;
import io.eddy.gelly.GraphAnalyticBase;
import io.eddy.gelly.Vertex;
import io.eddy.gelly.asm.degree.annotate.undirected.VertexDegree;
import io.eddy.gelly.asm.result.PrintableResult;
import java.io.IOException;
import java.text.NumberFormat;
import java.util.Objects;

/**
 * Vertex count, edge count, average degree, density, triplet count and the maximum degree and
 * triplets of an undirected graph, all from one pass over the vertex degrees. A triplet is a path of
 * two edges; a vertex of degree d is the middle of d(d-1)/2 of them.
 *
 * @param <K> the vertex id type
 * @param <VV> the vertex value type
 * @param <EV> the edge value type
 */
public class VertexMetrics<K extends Comparable<K>, VV, EV> extends GraphAnalyticBase<K, VV, EV, VertexMetrics.Result> {

    private static final String VERTEX_COUNT = "vertexCount";

    private static final String EDGE_COUNT = "edgeCount";

    private static final String TRIPLET_COUNT = "tripletCount";

    private static final String MAXIMUM_DEGREE = "maximumDegree";

    private static final String MAXIMUM_TRIPLETS = "maximumTriplets";

    private boolean includeZeroDegreeVertices;

    private boolean reduceOnTargetId;

    private VertexMetricsHelper<K> helper;

    /** Whether vertices without edges are counted; the default is false. */
    public VertexMetrics<K, VV, EV> setIncludeZeroDegreeVertices(boolean includeZeroDegreeVertices) {
        this.includeZeroDegreeVertices = includeZeroDegreeVertices;
        return this;
    }

    /** Counts degrees by target id; the same on an undirected graph. */
    public VertexMetrics<K, VV, EV> setReduceOnTargetId(boolean reduceOnTargetId) {
        this.reduceOnTargetId = reduceOnTargetId;
        return this;
    }

    @Override
    public VertexMetrics<K, VV, EV> run(Graph<K, VV, EV> input) throws Exception {
        super.run(input);
        DataSet<Vertex<K, LongValue>> degrees = input.run(new VertexDegree<K, VV, EV>()
                .setIncludeZeroDegreeVertices(includeZeroDegreeVertices).setReduceOnTargetId(reduceOnTargetId)
                .setParallelism(parallelism));
        helper = new VertexMetricsHelper<>();
        degrees.output(helper).setParallelism(parallelism).name("Vertex metrics");
        return this;
    }

    @Override
    public Result getResult() {
        long vertexCount = helper.getAccumulator(env, VERTEX_COUNT);
        long degreeSum = helper.getAccumulator(env, EDGE_COUNT);
        long tripletCount = helper.getAccumulator(env, TRIPLET_COUNT);
        long maximumDegree = helper.getAccumulator(env, MAXIMUM_DEGREE);
        long maximumTriplets = helper.getAccumulator(env, MAXIMUM_TRIPLETS);
        // every edge is stored both ways, so the degrees count it twice
        return new Result(vertexCount, degreeSum / 2, tripletCount, maximumDegree, maximumTriplets);
    }

    private static final class VertexMetricsHelper<T> extends AnalyticHelper<Vertex<T, LongValue>> {
        private long vertexCount;
        private long edgeCount;
        private long tripletCount;
        private long maximumDegree;
        private long maximumTriplets;

        @Override
        public void writeRecord(Vertex<T, LongValue> record) {
            long degree = record.f1.getValue();
            long triplets = degree * (degree - 1) / 2;
            vertexCount++;
            edgeCount += degree;
            tripletCount += triplets;
            maximumDegree = Math.max(maximumDegree, degree);
            maximumTriplets = Math.max(maximumTriplets, triplets);
        }

        @Override
        public void close() throws IOException {
            addAccumulator(VERTEX_COUNT, new LongCounter(vertexCount));
            addAccumulator(EDGE_COUNT, new LongCounter(edgeCount));
            addAccumulator(TRIPLET_COUNT, new LongCounter(tripletCount));
            addAccumulator(MAXIMUM_DEGREE, new LongMaximum(maximumDegree));
            addAccumulator(MAXIMUM_TRIPLETS, new LongMaximum(maximumTriplets));
        }
    }

    /** The vertex metrics of an undirected graph. */
    public static class Result implements PrintableResult {
        private final long vertexCount;
        private final long edgeCount;
        private final long tripletCount;
        private final long maximumDegree;
        private final long maximumTriplets;

        public Result(long vertexCount, long edgeCount, long tripletCount, long maximumDegree, long maximumTriplets) {
            this.vertexCount = vertexCount;
            this.edgeCount = edgeCount;
            this.tripletCount = tripletCount;
            this.maximumDegree = maximumDegree;
            this.maximumTriplets = maximumTriplets;
        }

        public long getNumberOfVertices() {
            return vertexCount;
        }

        /** The number of edges, each counted once although Gelly stores it in both directions. */
        public long getNumberOfEdges() {
            return edgeCount;
        }

        /** The average number of edges at a vertex; NaN for a graph without vertices. */
        public double getAverageDegree() {
            return vertexCount == 0 ? Double.NaN : 2 * edgeCount / (double) vertexCount;
        }

        /** The ratio of edges to possible edges; NaN for fewer than two vertices. */
        public double getDensity() {
            return vertexCount <= 1 ? Double.NaN : edgeCount / (double) (vertexCount * (vertexCount - 1) / 2);
        }

        public long getNumberOfTriplets() {
            return tripletCount;
        }

        public long getMaximumDegree() {
            return maximumDegree;
        }

        public long getMaximumTriplets() {
            return maximumTriplets;
        }

        @Override
        public String toPrintableString() {
            NumberFormat nf = NumberFormat.getInstance();
            NumberFormat ff = NumberFormat.getInstance();
            ff.setMaximumFractionDigits(8);
            return "vertex count: " + nf.format(vertexCount) + "; edge count: " + nf.format(edgeCount)
                    + "; average degree: " + nf.format(getAverageDegree()) + "; density: " + ff.format(getDensity())
                    + "; triplet count: " + nf.format(tripletCount) + "; maximum degree: " + nf.format(maximumDegree)
                    + "; maximum triplets: " + nf.format(maximumTriplets);
        }

        @Override
        public String toString() {
            return toPrintableString();
        }

        @Override
        public boolean equals(Object obj) {
            if (!(obj instanceof Result)) {
                return false;
            }
            Result other = (Result) obj;
            return vertexCount == other.vertexCount && edgeCount == other.edgeCount && tripletCount == other.tripletCount
                    && maximumDegree == other.maximumDegree && maximumTriplets == other.maximumTriplets;
        }

        @Override
        public int hashCode() {
            return Objects.hash(vertexCount, edgeCount, tripletCount, maximumDegree, maximumTriplets);
        }
    }
}
