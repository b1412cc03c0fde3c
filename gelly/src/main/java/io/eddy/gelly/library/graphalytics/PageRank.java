package io.eddy.gelly.library.graphalytics;

import io.eddy.api.DataSet;
import io.eddy.api.functions.Collector;
import io.eddy.api.functions.FilterFunction;
import io.eddy.api.functions.FunctionAnnotation.ForwardedFields;
import io.eddy.api.functions.FunctionAnnotation.ForwardedFieldsFirst;
import io.eddy.api.functions.JoinFunction;
import io.eddy.api.functions.MapFunction;
import io.eddy.api.functions.ReduceFunction;
import io.eddy.api.functions.RichCoGroupFunction;
import io.eddy.api.functions.RichMapFunction;
import io.eddy.api.configuration.Configuration;
import io.eddy.api.operators.IterativeDataSet;
import io.eddy.api.operators.base.JoinOperatorBase.JoinHint;
import io.eddy.api.tuple.Tuple2;
import io.eddy.api.tuple.Tuple3;
import io.eddy.gelly.Graph;
import io.eddy.gelly.GraphAlgorithm;
import java.util.List;

/**
 * LDBC Graphalytics PageRank: every vertex starts at {@code 1/|V|}, and each iteration computes,
 * from the previous values only,
 * <pre>
 * PR(v) = (1-d)/|V| + d * sum over in-neighbours u of PR(u)/outdegree(u) + d/|V| * sum over sinks w of PR(w)
 * </pre>
 * A sink (a vertex without outgoing edges) sends nothing along edges; its whole value is spread over
 * all vertices instead, so the values always sum to 1. It runs exactly the given number of
 * iterations, with no convergence test, because the benchmark's results pin down the count. In an
 * undirected graph every edge goes both ways and the out-degree is the degree.
 *
 * <p>A bulk iteration over {@code (vertex, rank, outdegree)}: carrying the out-degree saves a join
 * per superstep, and the sinks' total is a broadcast value computed from the same records. The edges
 * are loop-invariant; the contributions are summed (with a combiner) before they meet the ranks.
 *
 * @param <VV> the vertex value type (ignored)
 * @param <EV> the edge value type (ignored)
 */
public class PageRank<VV, EV> implements GraphAlgorithm<Long, VV, EV, DataSet<Tuple2<Long, Double>>> {

    private static final String VERTEX_COUNT = "vertexCount";
    private static final String SINK_RANK = "sinkRank";

    private final double dampingFactor;
    private final int iterations;
    private final boolean directed;

    public PageRank(double dampingFactor, int iterations, boolean directed) {
        if (iterations < 0) {
            throw new IllegalArgumentException("The number of iterations must not be negative: " + iterations);
        }
        this.dampingFactor = dampingFactor;
        this.iterations = iterations;
        this.directed = directed;
    }

    @Override
    public DataSet<Tuple2<Long, Double>> run(Graph<Long, VV, EV> graph) {
        DataSet<Tuple2<Long, Long>> arcs = Arcs.traversed(graph, directed);
        DataSet<Long> vertexCount = graph.getVertexIds().map(new One()).reduce(new Sum()).name("PR: vertex count");
        DataSet<Tuple2<Long, Long>> outDegrees = graph.getVertexIds().map(new Degree(0L))
                .union(arcs.map(new SourceDegree()))
                .groupBy(0).sum(1).name("PR: out-degrees");
        DataSet<Tuple3<Long, Double, Long>> initial = outDegrees.map(new InitialRank())
                .withBroadcastSet(vertexCount, VERTEX_COUNT).name("PR: initial ranks");
        DataSet<Tuple3<Long, Double, Long>> ranks = initial;
        if (iterations > 0) {
            IterativeDataSet<Tuple3<Long, Double, Long>> iteration = initial.iterate(iterations).name("PR");
            DataSet<Tuple2<Long, Double>> received = iteration
                    // the edges are hashed once per slot, by source, rather than copied to every slot
                    .join(arcs, JoinHint.REPARTITION_HASH_SECOND).where(0).equalTo(0).with(new Contribution())
                    .name("PR: contributions")
                    .groupBy(0).sum(1).name("PR: received");
            DataSet<Double> sinkRank = iteration.filter(new IsSink()).map(new Rank()).reduce(new SumDoubles())
                    .name("PR: sink rank");
            DataSet<Tuple3<Long, Double, Long>> next = iteration.coGroup(received).where(0).equalTo(0)
                    .with(new NewRank(dampingFactor))
                    .withBroadcastSet(vertexCount, VERTEX_COUNT).withBroadcastSet(sinkRank, SINK_RANK)
                    .name("PR: new ranks");
            ranks = iteration.closeWith(next);
        }
        return ranks.map(new WithoutDegree()).name("PR: result");
    }

    static final class One implements MapFunction<Long, Long> {
        private static final long serialVersionUID = 1L;

        @Override
        public Long map(Long vertex) {
            return 1L;
        }
    }

    static final class Sum implements ReduceFunction<Long> {
        private static final long serialVersionUID = 1L;

        @Override
        public Long reduce(Long a, Long b) {
            return a + b;
        }
    }

    static final class SumDoubles implements ReduceFunction<Double> {
        private static final long serialVersionUID = 1L;

        @Override
        public Double reduce(Double a, Double b) {
            return a + b;
        }
    }

    /** Every vertex with a degree of {@code degree}; with 0 it makes sinks appear in the out-degrees. */
    static final class Degree implements MapFunction<Long, Tuple2<Long, Long>> {
        private static final long serialVersionUID = 1L;
        private final long degree;

        Degree(long degree) {
            this.degree = degree;
        }

        @Override
        public Tuple2<Long, Long> map(Long vertex) {
            return new Tuple2<>(vertex, degree);
        }
    }

    /** One out-edge of the arc's source. */
    static final class SourceDegree implements MapFunction<Tuple2<Long, Long>, Tuple2<Long, Long>> {
        private static final long serialVersionUID = 1L;

        @Override
        public Tuple2<Long, Long> map(Tuple2<Long, Long> arc) {
            return new Tuple2<>(arc.f0, 1L);
        }
    }

    /** {@code (vertex, outdegree)} becomes {@code (vertex, 1/|V|, outdegree)}. */
    static final class InitialRank extends RichMapFunction<Tuple2<Long, Long>, Tuple3<Long, Double, Long>> {
        private static final long serialVersionUID = 1L;
        private transient double rank;

        @Override
        public void open(Configuration parameters) {
            List<Long> count = getRuntimeContext().getBroadcastVariable(VERTEX_COUNT);
            rank = 1.0 / count.get(0);
        }

        @Override
        public Tuple3<Long, Double, Long> map(Tuple2<Long, Long> vertex) {
            return new Tuple3<>(vertex.f0, rank, vertex.f1);
        }
    }

    /** A vertex's rank split over its out-edges: {@code (target, rank / outdegree)}. */
    static final class Contribution
            implements JoinFunction<Tuple3<Long, Double, Long>, Tuple2<Long, Long>, Tuple2<Long, Double>> {
        private static final long serialVersionUID = 1L;

        @Override
        public Tuple2<Long, Double> join(Tuple3<Long, Double, Long> vertex, Tuple2<Long, Long> arc) {
            return new Tuple2<>(arc.f1, vertex.f1 / vertex.f2);
        }
    }

    static final class IsSink implements FilterFunction<Tuple3<Long, Double, Long>> {
        private static final long serialVersionUID = 1L;

        @Override
        public boolean filter(Tuple3<Long, Double, Long> vertex) {
            return vertex.f2 == 0L;
        }
    }

    static final class Rank implements MapFunction<Tuple3<Long, Double, Long>, Double> {
        private static final long serialVersionUID = 1L;

        @Override
        public Double map(Tuple3<Long, Double, Long> vertex) {
            return vertex.f1;
        }
    }

    /** The formula of the class comment, for one vertex and what it received (nothing for some). */
    @ForwardedFieldsFirst("0; 2")
    static final class NewRank extends RichCoGroupFunction<Tuple3<Long, Double, Long>, Tuple2<Long, Double>,
            Tuple3<Long, Double, Long>> {
        private static final long serialVersionUID = 1L;
        private final double dampingFactor;
        private transient double base;

        NewRank(double dampingFactor) {
            this.dampingFactor = dampingFactor;
        }

        @Override
        public void open(Configuration parameters) {
            List<Long> count = getRuntimeContext().getBroadcastVariable(VERTEX_COUNT);
            List<Double> sinkRank = getRuntimeContext().getBroadcastVariable(SINK_RANK);
            double vertices = count.get(0);
            double sinks = sinkRank.isEmpty() ? 0.0 : sinkRank.get(0);
            base = (1 - dampingFactor) / vertices + dampingFactor * sinks / vertices;
        }

        @Override
        public void coGroup(Iterable<Tuple3<Long, Double, Long>> vertices, Iterable<Tuple2<Long, Double>> received,
                Collector<Tuple3<Long, Double, Long>> out) {
            double sum = 0.0;
            for (Tuple2<Long, Double> r : received) {
                sum += r.f1;
            }
            for (Tuple3<Long, Double, Long> vertex : vertices) {
                out.collect(new Tuple3<>(vertex.f0, base + dampingFactor * sum, vertex.f2));
            }
        }
    }

    @ForwardedFields("0; 1")
    static final class WithoutDegree implements MapFunction<Tuple3<Long, Double, Long>, Tuple2<Long, Double>> {
        private static final long serialVersionUID = 1L;

        @Override
        public Tuple2<Long, Double> map(Tuple3<Long, Double, Long> vertex) {
            return new Tuple2<>(vertex.f0, vertex.f1);
        }
    }
}
