package io.eddy.gelly.library.similarity;

import io.eddy.api.DataSet;
import io.eddy.api.functions.FlatMapFunction;
import io.eddy.api.functions.Collector;
import io.eddy.api.functions.MapFunction;
import io.eddy.api.functions.ReduceFunction;
import io.eddy.api.tuple.Tuple2;
import io.eddy.api.tuple.Tuple3;
import io.eddy.api.tuple.Tuple4;
import io.eddy.api.typeinfo.TypeInformation;
import io.eddy.api.types.CopyableValue;
import io.eddy.api.types.IntValue;
import io.eddy.api.types.LongValue;
import io.eddy.gelly.Edge;
import io.eddy.gelly.Graph;
import io.eddy.gelly.asm.degree.annotate.undirected.EdgeTargetDegree;
import io.eddy.gelly.asm.result.BinaryResult;
import io.eddy.gelly.asm.result.BinaryResultBase;
import io.eddy.gelly.asm.result.PrintableResult;
import io.eddy.gelly.utils.GellyTypes;
import io.eddy.gelly.utils.proxy.GraphAlgorithmWrappingDataSet;

/**
 * The Jaccard index of every pair of vertices of an undirected graph that share at least one
 * neighbour: shared neighbours over distinct neighbours of the two. Pairs without a shared neighbour
 * (score zero) are not output. Each pair is output once, unless results are mirrored.
 *
 * @param <K> the vertex id type
 * @param <VV> the vertex value type
 * @param <EV> the edge value type
 */
public class JaccardIndex<K extends CopyableValue<K>, VV, EV>
        extends GraphAlgorithmWrappingDataSet<K, VV, EV, JaccardIndex.Result<K>> {

    /** The default number of neighbours whose pairs one group generates. */
    public static final int DEFAULT_GROUP_SIZE = 64;

    private int groupSize = DEFAULT_GROUP_SIZE;

    private boolean unboundedScores = true;

    private int minimumScoreNumerator = 0;

    private int minimumScoreDenominator = 1;

    private int maximumScoreNumerator = 1;

    private int maximumScoreDenominator = 0;

    private boolean mirrorResults;

    /**
     * The number of neighbours of a vertex whose pairs are generated together; smaller groups spread
     * the pairs of high-degree vertices over more tasks at the cost of copying their neighbours.
     */
    public JaccardIndex<K, VV, EV> setGroupSize(int groupSize) {
        if (groupSize < 1) {
            throw new IllegalArgumentException("Group size must be at least one: " + groupSize);
        }
        this.groupSize = groupSize;
        return this;
    }

    /** Leaves out scores below numerator / denominator. */
    public JaccardIndex<K, VV, EV> setMinimumScore(int numerator, int denominator) {
        checkRatio(numerator, denominator);
        this.unboundedScores = false;
        this.minimumScoreNumerator = numerator;
        this.minimumScoreDenominator = denominator;
        return this;
    }

    /** Leaves out scores above numerator / denominator. */
    public JaccardIndex<K, VV, EV> setMaximumScore(int numerator, int denominator) {
        checkRatio(numerator, denominator);
        this.unboundedScores = false;
        this.maximumScoreNumerator = numerator;
        this.maximumScoreDenominator = denominator;
        return this;
    }

    /** Whether each pair is also output with its vertices swapped; the default is false. */
    public JaccardIndex<K, VV, EV> setMirrorResults(boolean mirrorResults) {
        this.mirrorResults = mirrorResults;
        return this;
    }

    private static void checkRatio(int numerator, int denominator) {
        if (numerator < 0 || denominator <= 0) {
            throw new IllegalArgumentException("A score needs a non-negative numerator and a positive denominator: "
                    + numerator + "/" + denominator);
        }
    }

    @Override
    protected DataSet<Result<K>> runInternal(Graph<K, VV, EV> input) throws Exception {
        TypeInformation<K> keyType = GellyTypes.keyType(input);
        TypeInformation<Result<K>> resultType = GellyTypes.pojo(Result.class, keyType);
        // (s, t, d(t))
        DataSet<Tuple3<K, K, LongValue>> edges = input
                .run(new EdgeTargetDegree<K, VV, EV>().setParallelism(parallelism))
                .map(new EdgeWithTargetDegree<K, EV>())
                .returns(GellyTypes.tuple(keyType, keyType, GellyTypes.LONG_VALUE))
                .setParallelism(parallelism).name("Edge target degree");
        DataSet<Result<K>> results = NeighborPairs.generate(edges, groupSize, parallelism)
                .map(new PairCount<K>())
                .returns(GellyTypes.tuple(keyType, keyType, GellyTypes.LONG_VALUE, GellyTypes.LONG_VALUE))
                .setParallelism(parallelism).name("Pair degrees")
                .groupBy(0, 1).reduce(new SumSharedNeighbors<K>()).setParallelism(parallelism).name("Shared neighbours")
                .flatMap(new ComputeScore<K>(this)).returns(resultType).setParallelism(parallelism)
                .name("Jaccard index");
        if (mirrorResults) {
            results = results.flatMap(new BinaryResult.MirrorResult<K, Result<K>>()).returns(resultType)
                    .setParallelism(parallelism).name("Mirror results");
        }
        return results;
    }

    private static final class EdgeWithTargetDegree<K, EV>
            implements MapFunction<Edge<K, Tuple2<EV, LongValue>>, Tuple3<K, K, LongValue>> {
        @Override
        public Tuple3<K, K, LongValue> map(Edge<K, Tuple2<EV, LongValue>> edge) {
            return new Tuple3<>(edge.f0, edge.f1, edge.f2.f1);
        }
    }

    /** (t, u, d(t) + d(u), 1 shared neighbour). */
    private static final class PairCount<K>
            implements MapFunction<Tuple4<K, K, LongValue, LongValue>, Tuple4<K, K, LongValue, LongValue>> {
        @Override
        public Tuple4<K, K, LongValue, LongValue> map(Tuple4<K, K, LongValue, LongValue> pair) {
            return new Tuple4<>(pair.f0, pair.f1, new LongValue(pair.f2.getValue() + pair.f3.getValue()), new LongValue(1));
        }
    }

    private static final class SumSharedNeighbors<K> implements ReduceFunction<Tuple4<K, K, LongValue, LongValue>> {
        @Override
        public Tuple4<K, K, LongValue, LongValue> reduce(Tuple4<K, K, LongValue, LongValue> left,
                Tuple4<K, K, LongValue, LongValue> right) {
            return new Tuple4<>(left.f0, left.f1, left.f2, new LongValue(left.f3.getValue() + right.f3.getValue()));
        }
    }

    private static final class ComputeScore<K> implements FlatMapFunction<Tuple4<K, K, LongValue, LongValue>, Result<K>> {
        private final boolean unbounded;
        private final long minimumNumerator;
        private final long minimumDenominator;
        private final long maximumNumerator;
        private final long maximumDenominator;

        ComputeScore(JaccardIndex<?, ?, ?> config) {
            this.unbounded = config.unboundedScores;
            this.minimumNumerator = config.minimumScoreNumerator;
            this.minimumDenominator = config.minimumScoreDenominator;
            this.maximumNumerator = config.maximumScoreNumerator;
            this.maximumDenominator = config.maximumScoreDenominator;
        }

        @Override
        public void flatMap(Tuple4<K, K, LongValue, LongValue> pair, Collector<Result<K>> out) {
            long shared = pair.f3.getValue();
            long distinct = pair.f2.getValue() - shared;
            // compared as cross products, so that no rounding decides a score at the bound
            if (unbounded || (shared * minimumDenominator >= minimumNumerator * distinct
                    && (maximumDenominator == 0 || shared * maximumDenominator <= maximumNumerator * distinct))) {
                out.collect(new Result<>(pair.f0, pair.f1, new IntValue((int) shared), new IntValue((int) distinct)));
            }
        }
    }

    /**
     * A pair of vertices, their shared and distinct neighbour counts and the Jaccard index.
     *
     * @param <T> the vertex id type
     */
    public static class Result<T> extends BinaryResultBase<T> implements PrintableResult, Comparable<Result<T>> {

        private IntValue sharedNeighborCount;

        private IntValue distinctNeighborCount;

        public Result() {}

        public Result(T vertexId0, T vertexId1, IntValue sharedNeighborCount, IntValue distinctNeighborCount) {
            setVertexId0(vertexId0);
            setVertexId1(vertexId1);
            this.sharedNeighborCount = sharedNeighborCount;
            this.distinctNeighborCount = distinctNeighborCount;
        }

        public IntValue getSharedNeighborCount() {
            return sharedNeighborCount;
        }

        public void setSharedNeighborCount(IntValue sharedNeighborCount) {
            this.sharedNeighborCount = sharedNeighborCount;
        }

        /** The number of vertices adjacent to either vertex of the pair. */
        public IntValue getDistinctNeighborCount() {
            return distinctNeighborCount;
        }

        public void setDistinctNeighborCount(IntValue distinctNeighborCount) {
            this.distinctNeighborCount = distinctNeighborCount;
        }

        /** Shared over distinct neighbours. */
        public double getJaccardIndexScore() {
            return sharedNeighborCount.getValue() / (double) distinctNeighborCount.getValue();
        }

        @Override
        public int compareTo(Result<T> other) {
            // by score without division: a/b vs c/d as a*d vs c*b
            return Long.compare((long) sharedNeighborCount.getValue() * other.distinctNeighborCount.getValue(),
                    (long) other.sharedNeighborCount.getValue() * distinctNeighborCount.getValue());
        }

        @Override
        public String toString() {
            return "(" + getVertexId0() + "," + getVertexId1() + "," + sharedNeighborCount + "," + distinctNeighborCount + ")";
        }

        @Override
        public String toPrintableString() {
            return "Vertex IDs: (" + getVertexId0() + ", " + getVertexId1() + "), number of shared neighbors: "
                    + sharedNeighborCount + ", number of distinct neighbors: " + distinctNeighborCount
                    + ", jaccard index score: " + getJaccardIndexScore();
        }
    }
}
