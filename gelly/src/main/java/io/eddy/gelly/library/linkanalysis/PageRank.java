package io.eddy.gelly.library.linkanalysis;

import io.eddy.api.DataSet;
import io.eddy.api.aggregators.DoubleSumAggregator;
import io.eddy.api.configuration.Configuration;
import io.eddy.api.functions.Collector;
import io.eddy.api.functions.FilterFunction;
import io.eddy.api.functions.JoinFunction;
import io.eddy.api.functions.MapFunction;
import io.eddy.api.functions.ReduceFunction;
import io.eddy.api.functions.RichCoGroupFunction;
import io.eddy.api.functions.RichMapFunction;
import io.eddy.api.operators.IterativeDataSet;
import io.eddy.api.tuple.Tuple2;
import io.eddy.api.tuple.Tuple3;
import io.eddy.api.typeinfo.TypeInformation;
import io.eddy.api.typeinfo.Types;
import io.eddy.api.types.DoubleValue;
import io.eddy.api.types.LongValue;
import io.eddy.gelly.Graph;
import io.eddy.gelly.Vertex;
import io.eddy.gelly.asm.degree.annotate.directed.VertexDegrees;
import io.eddy.gelly.asm.degree.annotate.directed.VertexDegrees.Degrees;
import io.eddy.gelly.asm.result.PrintableResult;
import io.eddy.gelly.asm.result.UnaryResultBase;
import io.eddy.gelly.library.linkanalysis.LinkAnalysisFunctions.EdgeIds;
import io.eddy.gelly.library.linkanalysis.LinkAnalysisFunctions.ScoreConvergence;
import io.eddy.gelly.library.linkanalysis.LinkAnalysisFunctions.SumScores;
import io.eddy.gelly.utils.GellyTypes;
import io.eddy.gelly.utils.proxy.GraphAlgorithmWrappingDataSet;
import java.util.List;

/**
 * PageRank of a directed graph: the stationary distribution of a random surfer who follows an
 * out-edge with probability {@code dampingFactor} and otherwise jumps to a uniformly chosen vertex.
 * A vertex without out-edges (a sink) spreads its score over all vertices, so the scores always sum
 * to one. The vertex set is the vertices with edges, or all vertices with
 * {@link #setIncludeZeroDegreeVertices(boolean)}.
 *
 * @param <K> the vertex id type
 * @param <VV> the vertex value type
 * @param <EV> the edge value type
 */
public class PageRank<K, VV, EV> extends GraphAlgorithmWrappingDataSet<K, VV, EV, PageRank.Result<K>> {

    private static final String VERTEX_COUNT = "vertex count";

    private static final String SINK_SCORE = "sink score";

    private final double dampingFactor;

    private final int maxIterations;

    private final double convergenceThreshold;

    private boolean includeZeroDegreeVertices;

    /** Runs exactly {@code iterations} iterations. */
    public PageRank(double dampingFactor, int iterations) {
        this(dampingFactor, iterations, Double.MAX_VALUE, false);
    }

    /** Iterates until the scores change in total by no more than {@code convergenceThreshold}. */
    public PageRank(double dampingFactor, double convergenceThreshold) {
        this(dampingFactor, Integer.MAX_VALUE, convergenceThreshold, true);
    }

    /** Iterates until convergence, but at most {@code maxIterations} times. */
    public PageRank(double dampingFactor, int maxIterations, double convergenceThreshold) {
        this(dampingFactor, maxIterations, convergenceThreshold, true);
    }

    private PageRank(double dampingFactor, int maxIterations, double convergenceThreshold, boolean converge) {
        if (dampingFactor <= 0 || dampingFactor >= 1) {
            throw new IllegalArgumentException("Damping factor must be between zero and one: " + dampingFactor);
        }
        LinkAnalysisFunctions.checkIterations(maxIterations, convergenceThreshold);
        this.dampingFactor = dampingFactor;
        this.maxIterations = maxIterations;
        this.convergenceThreshold = converge ? convergenceThreshold : Double.NaN;
    }

    /** Whether vertices without edges take part (and get scores); the default is false. */
    public PageRank<K, VV, EV> setIncludeZeroDegreeVertices(boolean includeZeroDegreeVertices) {
        this.includeZeroDegreeVertices = includeZeroDegreeVertices;
        return this;
    }

    @Override
    protected DataSet<Result<K>> runInternal(Graph<K, VV, EV> input) throws Exception {
        TypeInformation<K> keyType = GellyTypes.keyType(input);
        TypeInformation<DoubleValue> doubleType = TypeInformation.of(DoubleValue.class);
        TypeInformation<Tuple3<K, DoubleValue, LongValue>> scoreType =
                GellyTypes.tuple(keyType, doubleType, GellyTypes.LONG_VALUE);
        TypeInformation<Tuple2<K, DoubleValue>> partialType = GellyTypes.tuple(keyType, doubleType);

        DataSet<Vertex<K, Degrees>> degrees = input.run(new VertexDegrees<K, VV, EV>()
                .setIncludeZeroDegreeVertices(includeZeroDegreeVertices).setParallelism(parallelism));
        DataSet<Long> vertexCount = degrees.map(new One<Vertex<K, Degrees>>()).returns(Types.LONG)
                .setParallelism(parallelism).name("Vertex count").reduce(new Sum()).name("Sum vertex count");
        // (v, 1/n, out-degree)
        DataSet<Tuple3<K, DoubleValue, LongValue>> initial = degrees.map(new InitialScore<K>()).returns(scoreType)
                .withBroadcastSet(vertexCount, VERTEX_COUNT).setParallelism(parallelism).name("Initial scores");
        DataSet<Tuple2<K, K>> edges = input.getEdges().map(new EdgeIds<K, EV>())
                .returns(GellyTypes.tuple(keyType, keyType)).setParallelism(parallelism).name("Edge ids");

        IterativeDataSet<Tuple3<K, DoubleValue, LongValue>> loop = initial.iterate(maxIterations);
        if (!Double.isNaN(convergenceThreshold)) {
            loop.registerAggregationConvergenceCriterion(LinkAnalysisFunctions.CHANGE_IN_SCORES,
                    new DoubleSumAggregator(), new ScoreConvergence(convergenceThreshold));
        } else {
            loop.registerAggregator(LinkAnalysisFunctions.CHANGE_IN_SCORES, new DoubleSumAggregator());
        }
        DataSet<Tuple2<K, DoubleValue>> received = loop.join(edges).where(0).equalTo(0)
                .with(new SendScore<K>()).returns(partialType).setParallelism(parallelism).name("Send scores")
                .groupBy(0).reduce(new SumScores<K>()).setParallelism(parallelism).name("Sum received scores");
        DataSet<Double> sinkScore = loop.filter(new IsSink<K>()).setParallelism(parallelism).name("Sinks")
                .map(new ScoreOf<K>()).returns(Types.DOUBLE).setParallelism(parallelism).name("Sink scores")
                .reduce(new SumDoubles()).name("Sum sink scores");
        DataSet<Tuple3<K, DoubleValue, LongValue>> next = loop.coGroup(received).where(0).equalTo(0)
                .with(new AdjustScores<K>(dampingFactor)).returns(scoreType)
                .withBroadcastSet(vertexCount, VERTEX_COUNT).withBroadcastSet(sinkScore, SINK_SCORE)
                .setParallelism(parallelism).name("Adjust scores");
        return loop.closeWith(next).map(new ToResult<K>()).returns(GellyTypes.pojo(Result.class, keyType))
                .setParallelism(parallelism).name("PageRank");
    }

    private static final class One<T> implements MapFunction<T, Long> {
        @Override
        public Long map(T value) {
            return 1L;
        }
    }

    private static final class Sum implements ReduceFunction<Long> {
        @Override
        public Long reduce(Long left, Long right) {
            return left + right;
        }
    }

    private static final class SumDoubles implements ReduceFunction<Double> {
        @Override
        public Double reduce(Double left, Double right) {
            return left + right;
        }
    }

    private static final class InitialScore<K> extends RichMapFunction<Vertex<K, Degrees>, Tuple3<K, DoubleValue, LongValue>> {
        private double score;

        @Override
        public void open(Configuration parameters) {
            List<Long> count = getRuntimeContext().getBroadcastVariable(VERTEX_COUNT);
            score = 1.0 / count.get(0);
        }

        @Override
        public Tuple3<K, DoubleValue, LongValue> map(Vertex<K, Degrees> vertex) {
            return new Tuple3<>(vertex.f0, new DoubleValue(score), vertex.f1.getOutDegree());
        }
    }

    /** The share of a vertex's score that flows along one of its out-edges. */
    private static final class SendScore<K> implements JoinFunction<Tuple3<K, DoubleValue, LongValue>, Tuple2<K, K>, Tuple2<K, DoubleValue>> {
        @Override
        public Tuple2<K, DoubleValue> join(Tuple3<K, DoubleValue, LongValue> vertex, Tuple2<K, K> edge) {
            return new Tuple2<>(edge.f1, new DoubleValue(vertex.f1.getValue() / vertex.f2.getValue()));
        }
    }

    private static final class IsSink<K> implements FilterFunction<Tuple3<K, DoubleValue, LongValue>> {
        @Override
        public boolean filter(Tuple3<K, DoubleValue, LongValue> vertex) {
            return vertex.f2.getValue() == 0;
        }
    }

    private static final class ScoreOf<K> implements MapFunction<Tuple3<K, DoubleValue, LongValue>, Double> {
        @Override
        public Double map(Tuple3<K, DoubleValue, LongValue> vertex) {
            return vertex.f1.getValue();
        }
    }

    /** score = (1 - d) / n + d * (received + sink score / n); the change goes to the convergence aggregator. */
    private static final class AdjustScores<K>
            extends RichCoGroupFunction<Tuple3<K, DoubleValue, LongValue>, Tuple2<K, DoubleValue>, Tuple3<K, DoubleValue, LongValue>> {
        private final double dampingFactor;
        private double base;
        private DoubleSumAggregator change;

        AdjustScores(double dampingFactor) {
            this.dampingFactor = dampingFactor;
        }

        @Override
        public void open(Configuration parameters) {
            List<Long> count = getRuntimeContext().getBroadcastVariable(VERTEX_COUNT);
            List<Double> sinks = getRuntimeContext().getBroadcastVariable(SINK_SCORE);
            long n = count.get(0);
            double sinkScore = sinks.isEmpty() ? 0 : sinks.get(0);
            base = (1 - dampingFactor) / n + dampingFactor * sinkScore / n;
            change = getIterationRuntimeContext().getIterationAggregator(LinkAnalysisFunctions.CHANGE_IN_SCORES);
        }

        @Override
        public void coGroup(Iterable<Tuple3<K, DoubleValue, LongValue>> vertices, Iterable<Tuple2<K, DoubleValue>> received,
                Collector<Tuple3<K, DoubleValue, LongValue>> out) {
            double in = 0;
            for (Tuple2<K, DoubleValue> score : received) {
                in += score.f1.getValue();
            }
            for (Tuple3<K, DoubleValue, LongValue> vertex : vertices) {
                double score = base + dampingFactor * in;
                change.aggregate(Math.abs(score - vertex.f1.getValue()));
                out.collect(new Tuple3<>(vertex.f0, new DoubleValue(score), vertex.f2));
            }
        }
    }

    private static final class ToResult<K> implements MapFunction<Tuple3<K, DoubleValue, LongValue>, Result<K>> {
        @Override
        public Result<K> map(Tuple3<K, DoubleValue, LongValue> vertex) {
            return new Result<>(vertex.f0, vertex.f1);
        }
    }

    /**
     * A vertex and its PageRank score.
     *
     * @param <T> the vertex id type
     */
    public static class Result<T> extends UnaryResultBase<T> implements PrintableResult, Comparable<Result<T>> {

        private DoubleValue pageRankScore;

        public Result() {}

        public Result(T vertexId, DoubleValue pageRankScore) {
            setVertexId0(vertexId);
            this.pageRankScore = pageRankScore;
        }

        public DoubleValue getPageRankScore() {
            return pageRankScore;
        }

        public void setPageRankScore(DoubleValue pageRankScore) {
            this.pageRankScore = pageRankScore;
        }

        @Override
        public int compareTo(Result<T> other) {
            return Double.compare(pageRankScore.getValue(), other.pageRankScore.getValue());
        }

        @Override
        public String toString() {
            return "(" + getVertexId0() + "," + pageRankScore + ")";
        }

        @Override
        public String toPrintableString() {
            return "Vertex ID: " + getVertexId0() + ", PageRank score: " + pageRankScore;
        }
    }
}
