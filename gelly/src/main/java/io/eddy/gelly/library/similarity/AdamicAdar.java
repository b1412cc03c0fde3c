package io.eddy.gelly.library.similarity;

import io.eddy.api.DataSet;
import io.eddy.api.functions.MapFunction;
import io.eddy.api.functions.ReduceFunction;
import io.eddy.api.functions.RichFilterFunction;
import io.eddy.api.tuple.Tuple2;
import io.eddy.api.tuple.Tuple3;
import io.eddy.api.tuple.Tuple4;
import io.eddy.api.typeinfo.TypeInformation;
import io.eddy.api.typeinfo.Types;
import io.eddy.api.types.CopyableValue;
import io.eddy.api.types.FloatValue;
import io.eddy.api.types.LongValue;
import io.eddy.gelly.Edge;
import io.eddy.gelly.Graph;
import io.eddy.gelly.Vertex;
import io.eddy.gelly.asm.degree.annotate.DegreeAnnotationFunctions;
import io.eddy.gelly.asm.degree.annotate.undirected.VertexDegree;
import io.eddy.gelly.asm.result.BinaryResult;
import io.eddy.gelly.asm.result.BinaryResultBase;
import io.eddy.gelly.asm.result.PrintableResult;
import io.eddy.gelly.utils.GellyTypes;
import io.eddy.gelly.utils.proxy.GraphAlgorithmWrappingDataSet;
import java.util.List;

/**
 * The Adamic-Adar similarity of every pair of vertices of an undirected graph that share a
 * neighbour: the sum over shared neighbours of 1 / ln(degree), so that a rare shared neighbour
 * weighs more than a hub. Each pair is output once, unless results are mirrored.
 *
 * @param <K> the vertex id type
 * @param <VV> the vertex value type
 * @param <EV> the edge value type
 */
public class AdamicAdar<K extends CopyableValue<K>, VV, EV>
        extends GraphAlgorithmWrappingDataSet<K, VV, EV, AdamicAdar.Result<K>> {

    private static final int GROUP_SIZE = 64;

    private static final String SUM_OF_SCORES = "sum of scores and number of neighbour pairs";

    private float minimumScore;

    private float minimumRatio;

    private boolean mirrorResults;

    /** Leaves out scores below {@code score}. */
    public AdamicAdar<K, VV, EV> setMinimumScore(float score) {
        if (score < 0) {
            throw new IllegalArgumentException("Minimum score must be non-negative: " + score);
        }
        this.minimumScore = score;
        return this;
    }

    /** Leaves out scores below {@code ratio} times the average score over all neighbour pairs. */
    public AdamicAdar<K, VV, EV> setMinimumRatio(float ratio) {
        if (ratio < 0) {
            throw new IllegalArgumentException("Minimum ratio must be non-negative: " + ratio);
        }
        this.minimumRatio = ratio;
        return this;
    }

    /** Whether each pair is also output with its vertices swapped; the default is false. */
    public AdamicAdar<K, VV, EV> setMirrorResults(boolean mirrorResults) {
        this.mirrorResults = mirrorResults;
        return this;
    }

    @Override
    protected DataSet<Result<K>> runInternal(Graph<K, VV, EV> input) throws Exception {
        TypeInformation<K> keyType = GellyTypes.keyType(input);
        TypeInformation<FloatValue> floatType = TypeInformation.of(FloatValue.class);
        TypeInformation<Result<K>> resultType = GellyTypes.pojo(Result.class, keyType);
        // the logarithm is taken once per vertex, not once per pair
        DataSet<Vertex<K, FloatValue>> weights = input.run(new VertexDegree<K, VV, EV>().setParallelism(parallelism))
                .map(new InverseLogDegree<K>()).returns(GellyTypes.vertex(keyType, floatType))
                .setParallelism(parallelism).name("Inverse log degree");
        DataSet<Tuple3<K, K, FloatValue>> edges = DegreeAnnotationFunctions.joinEdgeWithValue(input, weights, 0, parallelism)
                .map(new EdgeWithSourceWeight<K, EV>())
                .returns(GellyTypes.tuple(keyType, keyType, floatType))
                .setParallelism(parallelism).name("Edge source weight");
        DataSet<Result<K>> results = NeighborPairs.generate(edges, GROUP_SIZE, parallelism)
                .map(new PairScore<K>()).returns(resultType).setParallelism(parallelism).name("Pair scores")
                .groupBy("vertexId0", "vertexId1").reduce(new SumScores<K>()).setParallelism(parallelism)
                .name("Adamic-Adar");
        if (minimumScore > 0 || minimumRatio > 0) {
            RichFilterFunction<Result<K>> filter = new MinimumScore<>(minimumScore, minimumRatio);
            var filtered = results.filter(filter).setParallelism(parallelism).name("Minimum score");
            if (minimumRatio > 0) {
                DataSet<Tuple2<Double, Long>> sum = input.run(new VertexDegree<K, VV, EV>().setParallelism(parallelism))
                        .map(new ScoresOfVertex<K>()).returns(Types.TUPLE(Types.DOUBLE, Types.LONG))
                        .setParallelism(parallelism).name("Scores of vertex")
                        .reduce(new SumOfScores()).name("Sum of scores");
                filtered.withBroadcastSet(sum, SUM_OF_SCORES);
            }
            results = filtered;
        }
        if (mirrorResults) {
            results = results.flatMap(new BinaryResult.MirrorResult<K, Result<K>>()).returns(resultType)
                    .setParallelism(parallelism).name("Mirror results");
        }
        return results;
    }

    /** 1 / ln(d); zero for degree one, which has no neighbour pairs anyway. */
    static float inverseLogDegree(long degree) {
        return degree <= 1 ? 0f : (float) (1 / Math.log(degree));
    }

    private static final class InverseLogDegree<K> implements MapFunction<Vertex<K, LongValue>, Vertex<K, FloatValue>> {
        @Override
        public Vertex<K, FloatValue> map(Vertex<K, LongValue> degree) {
            return new Vertex<>(degree.f0, new FloatValue(inverseLogDegree(degree.f1.getValue())));
        }
    }

    private static final class EdgeWithSourceWeight<K, EV>
            implements MapFunction<Edge<K, Tuple2<EV, FloatValue>>, Tuple3<K, K, FloatValue>> {
        @Override
        public Tuple3<K, K, FloatValue> map(Edge<K, Tuple2<EV, FloatValue>> edge) {
            return new Tuple3<>(edge.f0, edge.f1, edge.f2.f1);
        }
    }

    private static final class PairScore<K> implements MapFunction<Tuple4<K, K, FloatValue, FloatValue>, Result<K>> {
        @Override
        public Result<K> map(Tuple4<K, K, FloatValue, FloatValue> pair) {
            return new Result<>(pair.f0, pair.f1, new FloatValue(pair.f2.getValue()));
        }
    }

    private static final class SumScores<K> implements ReduceFunction<Result<K>> {
        @Override
        public Result<K> reduce(Result<K> left, Result<K> right) {
            return new Result<>(left.getVertexId0(), left.getVertexId1(),
                    new FloatValue(left.getAdamicAdarScore().getValue() + right.getAdamicAdarScore().getValue()));
        }
    }

    /** A vertex of degree d adds its weight to each of its d(d-1)/2 neighbour pairs. */
    private static final class ScoresOfVertex<K> implements MapFunction<Vertex<K, LongValue>, Tuple2<Double, Long>> {
        @Override
        public Tuple2<Double, Long> map(Vertex<K, LongValue> degree) {
            long d = degree.f1.getValue();
            long pairs = d * (d - 1) / 2;
            return new Tuple2<>((double) inverseLogDegree(d) * pairs, pairs);
        }
    }

    private static final class SumOfScores implements ReduceFunction<Tuple2<Double, Long>> {
        @Override
        public Tuple2<Double, Long> reduce(Tuple2<Double, Long> left, Tuple2<Double, Long> right) {
            return new Tuple2<>(left.f0 + right.f0, left.f1 + right.f1);
        }
    }

    private static final class MinimumScore<K> extends RichFilterFunction<Result<K>> {
        private final float minimumRatio;
        private float minimumScore;

        MinimumScore(float minimumScore, float minimumRatio) {
            this.minimumScore = minimumScore;
            this.minimumRatio = minimumRatio;
        }

        @Override
        public void open(io.eddy.api.configuration.Configuration parameters) throws Exception {
            if (minimumRatio > 0) {
                List<Tuple2<Double, Long>> sum = getRuntimeContext().getBroadcastVariable(SUM_OF_SCORES);
                if (!sum.isEmpty() && sum.get(0).f1 > 0) {
                    minimumScore = Math.max(minimumScore, (float) (sum.get(0).f0 / sum.get(0).f1) * minimumRatio);
                }
            }
        }

        @Override
        public boolean filter(Result<K> result) {
            return result.getAdamicAdarScore().getValue() >= minimumScore;
        }
    }

    /**
     * A pair of vertices and their Adamic-Adar score.
     *
     * @param <T> the vertex id type
     */
    public static class Result<T> extends BinaryResultBase<T> implements PrintableResult, Comparable<Result<T>> {

        private FloatValue adamicAdarScore;

        public Result() {}

        public Result(T vertexId0, T vertexId1, FloatValue adamicAdarScore) {
            setVertexId0(vertexId0);
            setVertexId1(vertexId1);
            this.adamicAdarScore = adamicAdarScore;
        }

        /** The sum over shared neighbours of 1 / ln(degree). */
        public FloatValue getAdamicAdarScore() {
            return adamicAdarScore;
        }

        public void setAdamicAdarScore(FloatValue adamicAdarScore) {
            this.adamicAdarScore = adamicAdarScore;
        }

        @Override
        public int compareTo(Result<T> other) {
            return Float.compare(adamicAdarScore.getValue(), other.adamicAdarScore.getValue());
        }

        @Override
        public String toString() {
            return "(" + getVertexId0() + "," + getVertexId1() + "," + adamicAdarScore + ")";
        }

        @Override
        public String toPrintableString() {
            return "Vertex IDs: (" + getVertexId0() + ", " + getVertexId1() + "), adamic-adar score: " + adamicAdarScore;
        }
    }
}
