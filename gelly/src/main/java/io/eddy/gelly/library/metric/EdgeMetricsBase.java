package io.eddy.gelly.library.metric;

import io.eddy.api.DataSet;
import io.eddy.api.accumulators.LongCounter;
import io.eddy.api.accumulators.LongMaximum;
import io.eddy.api.functions.ReduceFunction;
import io.eddy.api.tuple.Tuple3;
import io.eddy.api.types.LongValue;
import io.eddy.gelly.AnalyticHelper;
import io.eddy.gelly.GraphAnalyticBase;
import io.eddy.gelly.asm.result.PrintableResult;
import java.io.IOException;
import java.text.NumberFormat;
import java.util.Objects;

/**
 * What the directed and undirected edge metrics share. Both rank the vertices by degree (ties by
 * id) and count, for each vertex, its neighbours of higher rank ("low-order" edges, l of them) among
 * its d distinct neighbours: l(l-1)/2 triplets can close into a triangle found at that vertex, and
 * l(l-1)/2 + l(d-l) triplets can close into a rectangle. The totals bound the work of triangle and
 * rectangle listing.
 *
 * @param <K> the vertex id type
 * @param <VV> the vertex value type
 * @param <EV> the edge value type
 * @param <R> the result type
 */
public abstract class EdgeMetricsBase<K, VV, EV, R extends EdgeMetricsBase.Metrics> extends GraphAnalyticBase<K, VV, EV, R> {

    private static final String TRIANGLE_TRIPLET_COUNT = "triangleTripletCount";

    private static final String RECTANGLE_TRIPLET_COUNT = "rectangleTripletCount";

    private static final String MAXIMUM_TRIANGLE_TRIPLETS = "maximumTriangleTriplets";

    private static final String MAXIMUM_RECTANGLE_TRIPLETS = "maximumRectangleTriplets";

    private EdgeMetricsHelper<K> edgeMetricsHelper;

    /**
     * Sums the low-order counts of each vertex from (vertex, degree, 0 or 1) records, one per
     * distinct neighbour, and adds the sink computing the metrics.
     */
    protected void addEdgeStats(DataSet<Tuple3<K, LongValue, LongValue>> lowOrderEdges) {
        edgeMetricsHelper = new EdgeMetricsHelper<>();
        lowOrderEdges.groupBy(0).reduce(new SumLowOrder<K>()).setParallelism(parallelism).name("Sum edge stats")
                .output(edgeMetricsHelper).setParallelism(parallelism).name("Edge metrics");
    }

    @Override
    public R getResult() {
        long triangleTriplets = edgeMetricsHelper.getAccumulator(env, TRIANGLE_TRIPLET_COUNT);
        long rectangleTriplets = edgeMetricsHelper.getAccumulator(env, RECTANGLE_TRIPLET_COUNT);
        long maximumTriangleTriplets = edgeMetricsHelper.getAccumulator(env, MAXIMUM_TRIANGLE_TRIPLETS);
        long maximumRectangleTriplets = edgeMetricsHelper.getAccumulator(env, MAXIMUM_RECTANGLE_TRIPLETS);
        return createResult(triangleTriplets, rectangleTriplets, maximumTriangleTriplets, maximumRectangleTriplets);
    }

    /** The result object of the concrete analytic. */
    protected abstract R createResult(long triangleTripletCount, long rectangleTripletCount,
            long maximumTriangleTriplets, long maximumRectangleTriplets);

    /** Sums the low-order counts of a vertex. */
    private static final class SumLowOrder<K> implements ReduceFunction<Tuple3<K, LongValue, LongValue>> {
        public SumLowOrder() {}

        @Override
        public Tuple3<K, LongValue, LongValue> reduce(Tuple3<K, LongValue, LongValue> left, Tuple3<K, LongValue, LongValue> right) {
            return new Tuple3<>(left.f0, left.f1, new LongValue(left.f2.getValue() + right.f2.getValue()));
        }
    }

    /**
     * Consumes (vertex, degree, low-order count) once per vertex.
     *
     * @param <T> the vertex id type
     */
    private static final class EdgeMetricsHelper<T> extends AnalyticHelper<Tuple3<T, LongValue, LongValue>> {
        private long triangleTripletCount;
        private long rectangleTripletCount;
        private long maximumTriangleTriplets;
        private long maximumRectangleTriplets;

        public EdgeMetricsHelper() {}

        @Override
        public void writeRecord(Tuple3<T, LongValue, LongValue> record) {
            long degree = record.f1.getValue();
            long low = record.f2.getValue();
            long triangleTriplets = low * (low - 1) / 2;
            long rectangleTriplets = triangleTriplets + low * (degree - low);
            triangleTripletCount += triangleTriplets;
            rectangleTripletCount += rectangleTriplets;
            maximumTriangleTriplets = Math.max(maximumTriangleTriplets, triangleTriplets);
            maximumRectangleTriplets = Math.max(maximumRectangleTriplets, rectangleTriplets);
        }

        @Override
        public void close() throws IOException {
            addAccumulator(TRIANGLE_TRIPLET_COUNT, new LongCounter(triangleTripletCount));
            addAccumulator(RECTANGLE_TRIPLET_COUNT, new LongCounter(rectangleTripletCount));
            addAccumulator(MAXIMUM_TRIANGLE_TRIPLETS, new LongMaximum(maximumTriangleTriplets));
            addAccumulator(MAXIMUM_RECTANGLE_TRIPLETS, new LongMaximum(maximumRectangleTriplets));
        }
    }

    /** The edge metrics; each analytic's {@code Result} extends this. */
    public static class Metrics implements PrintableResult {
        private final long triangleTripletCount;
        private final long rectangleTripletCount;
        private final long maximumTriangleTriplets;
        private final long maximumRectangleTriplets;

        public Metrics(long triangleTripletCount, long rectangleTripletCount, long maximumTriangleTriplets,
                long maximumRectangleTriplets) {
            this.triangleTripletCount = triangleTripletCount;
            this.rectangleTripletCount = rectangleTripletCount;
            this.maximumTriangleTriplets = maximumTriangleTriplets;
            this.maximumRectangleTriplets = maximumRectangleTriplets;
        }

        /** The number of triplets that can close into a triangle, each counted at its lowest-ranked vertex. */
        public long getNumberOfTriangleTriplets() {
            return triangleTripletCount;
        }

        /** The number of triplets that can close into a rectangle. */
        public long getNumberOfRectangleTriplets() {
            return rectangleTripletCount;
        }

        public long getMaximumTriangleTriplets() {
            return maximumTriangleTriplets;
        }

        public long getMaximumRectangleTriplets() {
            return maximumRectangleTriplets;
        }

        @Override
        public String toPrintableString() {
            NumberFormat nf = NumberFormat.getInstance();
            return "triangle triplet count: " + nf.format(triangleTripletCount)
                    + "; rectangle triplet count: " + nf.format(rectangleTripletCount)
                    + "; maximum triangle triplets: " + nf.format(maximumTriangleTriplets)
                    + "; maximum rectangle triplets: " + nf.format(maximumRectangleTriplets);
        }

        @Override
        public String toString() {
            return toPrintableString();
        }

        @Override
        public boolean equals(Object obj) {
            if (obj == null || obj.getClass() != getClass()) {
                return false;
            }
            Metrics other = (Metrics) obj;
            return triangleTripletCount == other.triangleTripletCount && rectangleTripletCount == other.rectangleTripletCount
                    && maximumTriangleTriplets == other.maximumTriangleTriplets
                    && maximumRectangleTriplets == other.maximumRectangleTriplets;
        }

        @Override
        public int hashCode() {
            return Objects.hash(triangleTripletCount, rectangleTripletCount, maximumTriangleTriplets, maximumRectangleTriplets);
        }
    }
}
