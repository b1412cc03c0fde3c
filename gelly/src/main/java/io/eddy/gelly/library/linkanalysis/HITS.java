package io.eddy.gelly.library.linkanalysis;

import io.eddy.api.DataSet;
import io.eddy.api.aggregators.DoubleSumAggregator;
import io.eddy.api.configuration.Configuration;
import io.eddy.api.functions.Collector;
import io.eddy.api.functions.JoinFunction;
import io.eddy.api.functions.MapFunction;
import io.eddy.api.functions.ReduceFunction;
import io.eddy.api.operators.translation.NumericReduceFunction;
import io.eddy.api.operators.translation.NumericReduceFunction.Fold;
import io.eddy.api.functions.RichCoGroupFunction;
import io.eddy.api.operators.IterativeDataSet;
import io.eddy.api.tuple.Tuple2;
import io.eddy.api.tuple.Tuple3;
import io.eddy.api.typeinfo.TypeInformation;
import io.eddy.api.typeinfo.Types;
import io.eddy.api.types.DoubleValue;
import io.eddy.gelly.Graph;
import io.eddy.gelly.Vertex;
import io.eddy.gelly.asm.degree.annotate.directed.VertexDegrees;
import io.eddy.gelly.asm.degree.annotate.directed.VertexDegrees.Degrees;
import io.eddy.gelly.asm.result.PrintableResult;
import io.eddy.gelly.asm.result.UnaryResultBase;
import io.eddy.gelly.library.linkanalysis.LinkAnalysisFunctions.EdgeIds;
import io.eddy.gelly.library.linkanalysis.LinkAnalysisFunctions.ScoreConvergence;
import io.eddy.gelly.utils.GellyTypes;
import io.eddy.gelly.utils.proxy.GraphAlgorithmWrappingDataSet;
import java.util.List;

/**
 * Hubs and authorities (HITS) of a directed graph: a good hub points to good authorities and a good
 * authority is pointed to by good hubs. Each iteration sets every authority score to the sum of the
 * hub scores of its in-neighbours and every hub score to the sum of the authority scores of its
 * out-neighbours, then scales both score vectors to unit length; the scores converge to the principal
 * eigenvectors of A Aᵀ (hubs) and Aᵀ A (authorities). Vertices without edges are left out.
 *
 * @param <K> the vertex id type
 * @param <VV> the vertex value type
 * @param <EV> the edge value type
 */
public class HITS<K, VV, EV> extends GraphAlgorithmWrappingDataSet<K, VV, EV, HITS.Result<K>> {

    private static final String SQUARED_NORMS = "squared norms";

    private final int maxIterations;

    private final double convergenceThreshold;

    /** Runs exactly {@code iterations} iterations. */
    public HITS(int iterations) {
        this(iterations, Double.MAX_VALUE, false);
    }

    /** Iterates until the scores change in total by no more than {@code convergenceThreshold}. */
    public HITS(double convergenceThreshold) {
        this(Integer.MAX_VALUE, convergenceThreshold, true);
    }

    /** Iterates until convergence, but at most {@code maxIterations} times. */
    public HITS(int maxIterations, double convergenceThreshold) {
        this(maxIterations, convergenceThreshold, true);
    }

    private HITS(int maxIterations, double convergenceThreshold, boolean converge) {
        LinkAnalysisFunctions.checkIterations(maxIterations, convergenceThreshold);
        this.maxIterations = maxIterations;
        this.convergenceThreshold = converge ? convergenceThreshold : Double.NaN;
    }

    @Override
    protected DataSet<Result<K>> runInternal(Graph<K, VV, EV> input) throws Exception {
        TypeInformation<K> keyType = GellyTypes.keyType(input);
        TypeInformation<DoubleValue> doubleType = TypeInformation.of(DoubleValue.class);
        TypeInformation<Tuple3<K, DoubleValue, DoubleValue>> scoreType = GellyTypes.tuple(keyType, doubleType, doubleType);

        DataSet<Tuple3<K, DoubleValue, DoubleValue>> initial = input
                .run(new VertexDegrees<K, VV, EV>().setParallelism(parallelism))
                .map(new InitialScores<K>()).returns(scoreType).setParallelism(parallelism).name("Initial scores");
        DataSet<Tuple2<K, K>> edges = input.getEdges().map(new EdgeIds<K, EV>())
                .returns(GellyTypes.tuple(keyType, keyType)).setParallelism(parallelism).name("Edge ids");

        IterativeDataSet<Tuple3<K, DoubleValue, DoubleValue>> loop = initial.iterate(maxIterations);
        if (!Double.isNaN(convergenceThreshold)) {
            loop.registerAggregationConvergenceCriterion(LinkAnalysisFunctions.CHANGE_IN_SCORES,
                    new DoubleSumAggregator(), new ScoreConvergence(convergenceThreshold));
        } else {
            loop.registerAggregator(LinkAnalysisFunctions.CHANGE_IN_SCORES, new DoubleSumAggregator());
        }
        // (v, unscaled hub, unscaled authority)
        DataSet<Tuple3<K, DoubleValue, DoubleValue>> toTargets = loop.join(edges).where(0).equalTo(0)
                .with(new HubToTarget<K>()).returns(scoreType).setParallelism(parallelism).name("Hub scores to targets");
        DataSet<Tuple3<K, DoubleValue, DoubleValue>> toSources = loop.join(edges).where(0).equalTo(1)
                .with(new AuthorityToSource<K>()).returns(scoreType).setParallelism(parallelism)
                .name("Authority scores to sources");
        DataSet<Tuple3<K, DoubleValue, DoubleValue>> sums = toTargets.union(toSources)
                .groupBy(0).reduce(new SumBoth<K>()).setParallelism(parallelism).name("Sum scores");
        DataSet<Tuple2<Double, Double>> squaredNorms = sums.map(new Squares<K>())
                .returns(Types.TUPLE(Types.DOUBLE, Types.DOUBLE)).setParallelism(parallelism).name("Squared scores")
                .reduce(new SumSquares()).name("Squared norms");
        DataSet<Tuple3<K, DoubleValue, DoubleValue>> next = loop.coGroup(sums).where(0).equalTo(0)
                .with(new Scale<K>()).returns(scoreType).withBroadcastSet(squaredNorms, SQUARED_NORMS)
                .setParallelism(parallelism).name("Scale scores");
        return loop.closeWith(next).map(new ToResult<K>()).returns(GellyTypes.pojo(Result.class, keyType))
                .setParallelism(parallelism).name("HITS");
    }

    private static final class InitialScores<K> implements MapFunction<Vertex<K, Degrees>, Tuple3<K, DoubleValue, DoubleValue>> {
        @Override
        public Tuple3<K, DoubleValue, DoubleValue> map(Vertex<K, Degrees> vertex) {
            return new Tuple3<>(vertex.f0, new DoubleValue(1), new DoubleValue(1));
        }
    }

    private static final class HubToTarget<K>
            implements JoinFunction<Tuple3<K, DoubleValue, DoubleValue>, Tuple2<K, K>, Tuple3<K, DoubleValue, DoubleValue>> {
        @Override
        public Tuple3<K, DoubleValue, DoubleValue> join(Tuple3<K, DoubleValue, DoubleValue> source, Tuple2<K, K> edge) {
            return new Tuple3<>(edge.f1, new DoubleValue(0), source.f1);
        }
    }

    private static final class AuthorityToSource<K>
            implements JoinFunction<Tuple3<K, DoubleValue, DoubleValue>, Tuple2<K, K>, Tuple3<K, DoubleValue, DoubleValue>> {
        @Override
        public Tuple3<K, DoubleValue, DoubleValue> join(Tuple3<K, DoubleValue, DoubleValue> target, Tuple2<K, K> edge) {
            return new Tuple3<>(edge.f0, target.f2, new DoubleValue(0));
        }
    }

    private static final class SumBoth<K> implements NumericReduceFunction<Tuple3<K, DoubleValue, DoubleValue>> {
        @Override
        public Fold[] folds() {
            return new Fold[] {Fold.DOUBLE_SUM, Fold.DOUBLE_SUM};
        }

        @Override
        public Tuple3<K, DoubleValue, DoubleValue> reduce(Tuple3<K, DoubleValue, DoubleValue> left,
                Tuple3<K, DoubleValue, DoubleValue> right) {
            return new Tuple3<>(left.f0, new DoubleValue(left.f1.getValue() + right.f1.getValue()),
                    new DoubleValue(left.f2.getValue() + right.f2.getValue()));
        }
    }

    private static final class Squares<K> implements MapFunction<Tuple3<K, DoubleValue, DoubleValue>, Tuple2<Double, Double>> {
        @Override
        public Tuple2<Double, Double> map(Tuple3<K, DoubleValue, DoubleValue> scores) {
            double hub = scores.f1.getValue();
            double authority = scores.f2.getValue();
            return new Tuple2<>(hub * hub, authority * authority);
        }
    }

    private static final class SumSquares implements ReduceFunction<Tuple2<Double, Double>> {
        @Override
        public Tuple2<Double, Double> reduce(Tuple2<Double, Double> left, Tuple2<Double, Double> right) {
            return new Tuple2<>(left.f0 + right.f0, left.f1 + right.f1);
        }
    }

    /** Scales the summed scores to unit length; a vertex that received nothing scores zero. */
    private static final class Scale<K> extends RichCoGroupFunction<Tuple3<K, DoubleValue, DoubleValue>,
            Tuple3<K, DoubleValue, DoubleValue>, Tuple3<K, DoubleValue, DoubleValue>> {
        private double hubNorm;
        private double authorityNorm;
        private DoubleSumAggregator change;

        @Override
        public void open(Configuration parameters) {
            List<Tuple2<Double, Double>> norms = getRuntimeContext().getBroadcastVariable(SQUARED_NORMS);
            hubNorm = norms.isEmpty() || norms.get(0).f0 == 0 ? 1 : Math.sqrt(norms.get(0).f0);
            authorityNorm = norms.isEmpty() || norms.get(0).f1 == 0 ? 1 : Math.sqrt(norms.get(0).f1);
            change = getIterationRuntimeContext().getIterationAggregator(LinkAnalysisFunctions.CHANGE_IN_SCORES);
        }

        @Override
        public void coGroup(Iterable<Tuple3<K, DoubleValue, DoubleValue>> vertices,
                Iterable<Tuple3<K, DoubleValue, DoubleValue>> sums, Collector<Tuple3<K, DoubleValue, DoubleValue>> out) {
            double hub = 0;
            double authority = 0;
            for (Tuple3<K, DoubleValue, DoubleValue> sum : sums) {
                hub += sum.f1.getValue();
                authority += sum.f2.getValue();
            }
            hub /= hubNorm;
            authority /= authorityNorm;
            for (Tuple3<K, DoubleValue, DoubleValue> vertex : vertices) {
                change.aggregate(Math.abs(hub - vertex.f1.getValue()) + Math.abs(authority - vertex.f2.getValue()));
                out.collect(new Tuple3<>(vertex.f0, new DoubleValue(hub), new DoubleValue(authority)));
            }
        }
    }

    private static final class ToResult<K> implements MapFunction<Tuple3<K, DoubleValue, DoubleValue>, Result<K>> {
        @Override
        public Result<K> map(Tuple3<K, DoubleValue, DoubleValue> scores) {
            return new Result<>(scores.f0, scores.f1, scores.f2);
        }
    }

    /**
     * A vertex with its hub and authority scores.
     *
     * @param <T> the vertex id type
     */
    public static class Result<T> extends UnaryResultBase<T> implements PrintableResult {

        private DoubleValue hubScore;

        private DoubleValue authorityScore;

        public Result() {}

        public Result(T vertexId, DoubleValue hubScore, DoubleValue authorityScore) {
            setVertexId0(vertexId);
            this.hubScore = hubScore;
            this.authorityScore = authorityScore;
        }

        public DoubleValue getHubScore() {
            return hubScore;
        }

        public void setHubScore(DoubleValue hubScore) {
            this.hubScore = hubScore;
        }

        public DoubleValue getAuthorityScore() {
            return authorityScore;
        }

        public void setAuthorityScore(DoubleValue authorityScore) {
            this.authorityScore = authorityScore;
        }

        @Override
        public String toString() {
            return "(" + getVertexId0() + "," + hubScore + "," + authorityScore + ")";
        }

        @Override
        public String toPrintableString() {
            return "Vertex ID: " + getVertexId0() + ", hub score: " + hubScore + ", authority score: " + authorityScore;
        }
    }
}
