package io.eddy.gelly.library.metric.directed;

import io.eddy.api.DataSet;
import io.eddy.api.accumulators.LongCounter;
import io.eddy.api.accumulators.LongMaximum;
import io.eddy.gelly.AnalyticHelper;
import io.eddy.gelly.Graph;
import io.eddy.gelly.GraphAnalyticBase;
import io.eddy.gelly.Vertex;
import io.eddy.gelly.asm.degree.annotate.directed.VertexDegrees;
import io.eddy.gelly.asm.degree.annotate.directed.VertexDegrees.Degrees;
import io.eddy.gelly.asm.result.PrintableResult;
import java.io.IOException;
import java.text.NumberFormat;
import java.util.Objects;

/**
 * Vertex and edge counts, average degree, density, triplet count and maximum degrees of a directed
 * graph, from one pass over the vertex degrees. A vertex with out-degree o, in-degree i and d distinct
 * neighbours has o + i - d bidirectional neighbours; triplets count neighbour pairs, d(d-1)/2 per vertex.
 *
 * @param <K> the vertex id type
 * @param <VV> the vertex value type
 * @param <EV> the edge value type
 */
public class VertexMetrics<K extends Comparable<K>, VV, EV> extends GraphAnalyticBase<K, VV, EV, VertexMetrics.Result> {

    private static final String VERTEX_COUNT = "vertexCount";

    private static final String UNIDIRECTIONAL_EDGE_COUNT = "unidirectionalEdgeCount";

    private static final String BIDIRECTIONAL_EDGE_COUNT = "bidirectionalEdgeCount";

    private static final String TRIPLET_COUNT = "tripletCount";

    private static final String MAXIMUM_DEGREE = "maximumDegree";

    private static final String MAXIMUM_OUT_DEGREE = "maximumOutDegree";

    private static final String MAXIMUM_IN_DEGREE = "maximumInDegree";

    private static final String MAXIMUM_TRIPLETS = "maximumTriplets";

    private boolean includeZeroDegreeVertices;

    private VertexMetricsHelper<K> helper;

    /** Whether vertices without edges are counted; the default is false. */
    public VertexMetrics<K, VV, EV> setIncludeZeroDegreeVertices(boolean includeZeroDegreeVertices) {
        this.includeZeroDegreeVertices = includeZeroDegreeVertices;
        return this;
    }

    @Override
    public VertexMetrics<K, VV, EV> run(Graph<K, VV, EV> input) throws Exception {
        super.run(input);
        DataSet<Vertex<K, Degrees>> degrees = input.run(new VertexDegrees<K, VV, EV>()
                .setIncludeZeroDegreeVertices(includeZeroDegreeVertices).setParallelism(parallelism));
        helper = new VertexMetricsHelper<>();
        degrees.output(helper).setParallelism(parallelism).name("Vertex metrics");
        return this;
    }

    @Override
    public Result getResult() {
        long vertexCount = helper.getAccumulator(env, VERTEX_COUNT);
        long unidirectional = helper.getAccumulator(env, UNIDIRECTIONAL_EDGE_COUNT);
        long bidirectional = helper.getAccumulator(env, BIDIRECTIONAL_EDGE_COUNT);
        long tripletCount = helper.getAccumulator(env, TRIPLET_COUNT);
        long maximumDegree = helper.getAccumulator(env, MAXIMUM_DEGREE);
        long maximumOutDegree = helper.getAccumulator(env, MAXIMUM_OUT_DEGREE);
        long maximumInDegree = helper.getAccumulator(env, MAXIMUM_IN_DEGREE);
        long maximumTriplets = helper.getAccumulator(env, MAXIMUM_TRIPLETS);
        // each vertex pair was seen from both of its vertices
        return new Result(vertexCount, unidirectional / 2, bidirectional / 2, tripletCount, maximumDegree,
                maximumOutDegree, maximumInDegree, maximumTriplets);
    }

    private static final class VertexMetricsHelper<T> extends AnalyticHelper<Vertex<T, Degrees>> {
        private long vertexCount;
        private long unidirectionalEdgeCount;
        private long bidirectionalEdgeCount;
        private long tripletCount;
        private long maximumDegree;
        private long maximumOutDegree;
        private long maximumInDegree;
        private long maximumTriplets;

        @Override
        public void writeRecord(Vertex<T, Degrees> record) {
            long degree = record.f1.getDegree().getValue();
            long outDegree = record.f1.getOutDegree().getValue();
            long inDegree = record.f1.getInDegree().getValue();
            long bidirectional = outDegree + inDegree - degree;
            long triplets = degree * (degree - 1) / 2;
            vertexCount++;
            unidirectionalEdgeCount += degree - bidirectional;
            bidirectionalEdgeCount += bidirectional;
            tripletCount += triplets;
            maximumDegree = Math.max(maximumDegree, degree);
            maximumOutDegree = Math.max(maximumOutDegree, outDegree);
            maximumInDegree = Math.max(maximumInDegree, inDegree);
            maximumTriplets = Math.max(maximumTriplets, triplets);
        }

        @Override
        public void close() throws IOException {
            addAccumulator(VERTEX_COUNT, new LongCounter(vertexCount));
            addAccumulator(UNIDIRECTIONAL_EDGE_COUNT, new LongCounter(unidirectionalEdgeCount));
            addAccumulator(BIDIRECTIONAL_EDGE_COUNT, new LongCounter(bidirectionalEdgeCount));
            addAccumulator(TRIPLET_COUNT, new LongCounter(tripletCount));
            addAccumulator(MAXIMUM_DEGREE, new LongMaximum(maximumDegree));
            addAccumulator(MAXIMUM_OUT_DEGREE, new LongMaximum(maximumOutDegree));
            addAccumulator(MAXIMUM_IN_DEGREE, new LongMaximum(maximumInDegree));
            addAccumulator(MAXIMUM_TRIPLETS, new LongMaximum(maximumTriplets));
        }
    }

    /** The vertex metrics of a directed graph. */
    public static class Result implements PrintableResult {
        private final long vertexCount;
        private final long unidirectionalEdgeCount;
        private final long bidirectionalEdgeCount;
        private final long tripletCount;
        private final long maximumDegree;
        private final long maximumOutDegree;
        private final long maximumInDegree;
        private final long maximumTriplets;

        public Result(long vertexCount, long unidirectionalEdgeCount, long bidirectionalEdgeCount, long tripletCount,
                long maximumDegree, long maximumOutDegree, long maximumInDegree, long maximumTriplets) {
            this.vertexCount = vertexCount;
            this.unidirectionalEdgeCount = unidirectionalEdgeCount;
            this.bidirectionalEdgeCount = bidirectionalEdgeCount;
            this.tripletCount = tripletCount;
            this.maximumDegree = maximumDegree;
            this.maximumOutDegree = maximumOutDegree;
            this.maximumInDegree = maximumInDegree;
            this.maximumTriplets = maximumTriplets;
        }

        public long getNumberOfVertices() {
            return vertexCount;
        }

        /** The number of edges: a bidirectional pair counts as two. */
        public long getNumberOfEdges() {
            return unidirectionalEdgeCount + 2 * bidirectionalEdgeCount;
        }

        /** The number of vertex pairs joined in one direction only. */
        public long getNumberOfDirectedEdges() {
            return unidirectionalEdgeCount;
        }

        /** The number of vertex pairs joined in both directions. */
        public long getNumberOfUndirectedEdges() {
            return bidirectionalEdgeCount;
        }

        /** The average number of in- plus out-edges per vertex; NaN for a graph without vertices. */
        public double getAverageDegree() {
            return vertexCount == 0 ? Double.NaN : getNumberOfEdges() / (double) vertexCount;
        }

        /** The ratio of edges to possible directed edges; NaN for fewer than two vertices. */
        public double getDensity() {
            return vertexCount <= 1 ? Double.NaN : getNumberOfEdges() / (double) (vertexCount * (vertexCount - 1));
        }

        public long getNumberOfTriplets() {
            return tripletCount;
        }

        public long getMaximumDegree() {
            return maximumDegree;
        }

        public long getMaximumOutDegree() {
            return maximumOutDegree;
        }

        public long getMaximumInDegree() {
            return maximumInDegree;
        }

        public long getMaximumTriplets() {
            return maximumTriplets;
        }

        @Override
        public String toPrintableString() {
            NumberFormat nf = NumberFormat.getInstance();
            NumberFormat ff = NumberFormat.getInstance();
            ff.setMaximumFractionDigits(8);
            return "vertex count: " + nf.format(vertexCount) + "; edge count: " + nf.format(getNumberOfEdges())
                    + "; unidirectional edge count: " + nf.format(unidirectionalEdgeCount)
                    + "; bidirectional edge count: " + nf.format(bidirectionalEdgeCount)
                    + "; average degree: " + nf.format(getAverageDegree()) + "; density: " + ff.format(getDensity())
                    + "; triplet count: " + nf.format(tripletCount) + "; maximum degree: " + nf.format(maximumDegree)
                    + "; maximum out degree: " + nf.format(maximumOutDegree)
                    + "; maximum in degree: " + nf.format(maximumInDegree)
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
            Result o = (Result) obj;
            return vertexCount == o.vertexCount && unidirectionalEdgeCount == o.unidirectionalEdgeCount
                    && bidirectionalEdgeCount == o.bidirectionalEdgeCount && tripletCount == o.tripletCount
                    && maximumDegree == o.maximumDegree && maximumOutDegree == o.maximumOutDegree
                    && maximumInDegree == o.maximumInDegree && maximumTriplets == o.maximumTriplets;
        }

        @Override
        public int hashCode() {
            return Objects.hash(vertexCount, unidirectionalEdgeCount, bidirectionalEdgeCount, tripletCount, maximumDegree,
                    maximumOutDegree, maximumInDegree, maximumTriplets);
        }
    }
}
