package io.eddy.gelly.library.clustering;

import io.eddy.api.DataSet;
import io.eddy.api.accumulators.DoubleCounter;
import io.eddy.api.accumulators.LongCounter;
import io.eddy.gelly.AnalyticHelper;
import io.eddy.gelly.Graph;
import io.eddy.gelly.GraphAlgorithm;
import io.eddy.gelly.GraphAnalyticBase;
import io.eddy.gelly.asm.dataset.Count;
import io.eddy.gelly.asm.result.PrintableResult;
import java.io.IOException;
import java.util.Objects;

/**
 * The parts of the global and average clustering coefficients that do not depend on edge
 * direction: the result types and the sink averaging local scores.
 */
public final class ClusteringCoefficientBase {

    private ClusteringCoefficientBase() {}

    /**
     * Base of the global clustering coefficient analytics: closed triplets (three per triangle) over
     * all triplets.
     *
     * @param <K> the vertex id type
     * @param <VV> the vertex value type
     * @param <EV> the edge value type
     * @param <R> the result type
     */
    public abstract static class Global<K, VV, EV, R> extends GraphAnalyticBase<K, VV, EV, R> {

        private Count<?> triangleCount;

        @Override
        public Global<K, VV, EV, R> run(Graph<K, VV, EV> input) throws Exception {
            super.run(input);
            DataSet<?> triangles = input.run(triangleListing());
            triangleCount = count(triangles);
            addVertexMetrics(input);
            return this;
        }

        private static <T> Count<T> count(DataSet<T> records) {
            return new Count<T>().run(records);
        }

        /** The triangle listing of this direction, with this analytic's parallelism. */
        protected abstract GraphAlgorithm<K, VV, EV, ? extends DataSet<?>> triangleListing();

        /** Adds the vertex metrics of this direction to the plan of {@code input}. */
        protected abstract void addVertexMetrics(Graph<K, VV, EV> input) throws Exception;

        /** The number of triplets, from the vertex metrics, once the plan has run. */
        protected abstract long numberOfTriplets();

        protected abstract R createResult(long tripletCount, long triangleCount);

        @Override
        public R getResult() {
            // every triangle closes three triplets, one centred at each of its vertices
            return createResult(numberOfTriplets(), 3 * triangleCount.getResult());
        }
    }

    /** A global clustering coefficient; each analytic's {@code Result} extends this. */
    public static class GlobalScore implements PrintableResult {
        private final long tripletCount;
        private final long triangleCount;

        public GlobalScore(long tripletCount, long triangleCount) {
            this.tripletCount = tripletCount;
            this.triangleCount = triangleCount;
        }

        public long getNumberOfTriplets() {
            return tripletCount;
        }

        /** The number of closed triplets: three for each triangle. */
        public long getNumberOfTriangles() {
            return triangleCount;
        }

        /** Closed triplets over triplets; NaN for a graph without triplets. */
        public double getGlobalClusteringCoefficientScore() {
            return tripletCount == 0 ? Double.NaN : triangleCount / (double) tripletCount;
        }

        @Override
        public String toPrintableString() {
            return "triplet count: " + tripletCount + ", triangle count: " + triangleCount
                    + ", global clustering coefficient: " + getGlobalClusteringCoefficientScore();
        }

        @Override
        public String toString() {
            return toPrintableString();
        }

        @Override
        public boolean equals(Object obj) {
            return obj != null && obj.getClass() == getClass() && tripletCount == ((GlobalScore) obj).tripletCount
                    && triangleCount == ((GlobalScore) obj).triangleCount;
        }

        @Override
        public int hashCode() {
            return Objects.hash(tripletCount, triangleCount);
        }
    }

    /**
     * Base of the average clustering coefficient analytics: the mean local score over all vertices,
     * a vertex with fewer than two neighbours contributing zero.
     *
     * @param <K> the vertex id type
     * @param <VV> the vertex value type
     * @param <EV> the edge value type
     * @param <R> the result type
     */
    public abstract static class Average<K, VV, EV, R> extends GraphAnalyticBase<K, VV, EV, R> {

        private static final String VERTEX_COUNT = "vertexCount";

        private static final String SUM_OF_SCORES = "sumOfLocalClusteringCoefficient";

        private AverageHelper<?> helper;

        @Override
        public Average<K, VV, EV, R> run(Graph<K, VV, EV> input) throws Exception {
            super.run(input);
            DataSet<? extends LocalClusteringCoefficientResultBase<K>> localScores = input.run(localClusteringCoefficient());
            average(localScores);
            return this;
        }

        /** The local clustering coefficient of this direction, with this analytic's parallelism. */
        protected abstract GraphAlgorithm<K, VV, EV, ? extends DataSet<? extends LocalClusteringCoefficientResultBase<K>>>
                localClusteringCoefficient();

        /** Adds the sink averaging the local scores. */
        private <T> void average(DataSet<? extends LocalClusteringCoefficientResultBase<T>> localScores) {
            AverageHelper<T> averageHelper = new AverageHelper<>();
            helper = averageHelper;
            @SuppressWarnings("unchecked")
            DataSet<LocalClusteringCoefficientResultBase<T>> scores = (DataSet<LocalClusteringCoefficientResultBase<T>>) localScores;
            scores.output(averageHelper).setParallelism(parallelism).name("Average clustering coefficient");
        }

        protected abstract R createResult(long vertexCount, double sumOfScores);

        @Override
        public R getResult() {
            long vertexCount = helper.getAccumulator(env, VERTEX_COUNT);
            double sum = helper.getAccumulator(env, SUM_OF_SCORES);
            return createResult(vertexCount, sum);
        }

        private static final class AverageHelper<T> extends AnalyticHelper<LocalClusteringCoefficientResultBase<T>> {
            private long vertexCount;
            private double sumOfScores;

            @Override
            public void writeRecord(LocalClusteringCoefficientResultBase<T> record) {
                vertexCount++;
                // the local score is undefined (NaN) below two neighbours and counts as zero
                if (record.getDegree().getValue() > 1) {
                    sumOfScores += record.getLocalClusteringCoefficientScore();
                }
            }

            @Override
            public void close() throws IOException {
                addAccumulator(VERTEX_COUNT, new LongCounter(vertexCount));
                addAccumulator(SUM_OF_SCORES, new DoubleCounter(sumOfScores));
            }
        }
    }

    /** An average clustering coefficient; each analytic's {@code Result} extends this. */
    public static class AverageScore implements PrintableResult {
        private final long vertexCount;
        private final double averageLocalClusteringCoefficient;

        public AverageScore(long vertexCount, double sumOfLocalClusteringCoefficient) {
            this.vertexCount = vertexCount;
            this.averageLocalClusteringCoefficient = vertexCount == 0 ? Double.NaN
                    : sumOfLocalClusteringCoefficient / vertexCount;
        }

        public long getNumberOfVertices() {
            return vertexCount;
        }

        /** The mean local clustering coefficient; NaN for a graph without vertices. */
        public double getAverageClusteringCoefficient() {
            return averageLocalClusteringCoefficient;
        }

        @Override
        public String toPrintableString() {
            return "vertex count: " + vertexCount + ", average clustering coefficient: " + averageLocalClusteringCoefficient;
        }

        @Override
        public String toString() {
            return toPrintableString();
        }

        @Override
        public boolean equals(Object obj) {
            return obj != null && obj.getClass() == getClass() && vertexCount == ((AverageScore) obj).vertexCount
                    && Double.compare(averageLocalClusteringCoefficient,
                            ((AverageScore) obj).averageLocalClusteringCoefficient) == 0;
        }

        @Override
        public int hashCode() {
            return Objects.hash(vertexCount, averageLocalClusteringCoefficient);
        }
    }
}
