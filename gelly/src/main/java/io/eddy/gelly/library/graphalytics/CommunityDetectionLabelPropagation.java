package io.eddy.gelly.library.graphalytics;

import io.eddy.api.DataSet;
import io.eddy.api.functions.CoGroupFunction;
import io.eddy.api.functions.Collector;
import io.eddy.api.functions.FunctionAnnotation.ForwardedFieldsFirst;
import io.eddy.api.functions.GroupCombineFunction;
import io.eddy.api.functions.JoinFunction;
import io.eddy.api.operators.IterativeDataSet;
import io.eddy.api.operators.Order;
import io.eddy.api.tuple.Tuple2;
import io.eddy.api.tuple.Tuple3;
import io.eddy.gelly.Graph;
import io.eddy.gelly.GraphAlgorithm;

/**
 * LDBC Graphalytics CDLP: deterministic, synchronous label propagation. Every vertex starts with its
 * own id as label; in each iteration it takes the label that is most frequent among its in-neighbours'
 * labels <em>plus</em> its out-neighbours' labels of the previous iteration, the smallest label on a
 * tie, and keeps its label when it has no neighbours. The two counts are separate contributions, so
 * in a directed graph a neighbour joined both ways counts twice; in an undirected graph every
 * neighbour counts twice, which gives the same winner as counting it once. Exactly
 * {@code iterations} iterations run: labels can oscillate, so stopping early would change results.
 *
 * <p>A bulk iteration over {@code (vertex, label)}: each superstep sends every label along every edge
 * in both directions (the loop-invariant multiset of {@link Arcs#bothWays}), counts the labels each
 * vertex receives (combinable, so converging labels shrink the exchange) and co-groups the counts
 * with the vertex's own record, so vertices that receive nothing keep theirs. All vertices
 * update from the previous superstep's labels: synchronous, as the benchmark requires.
 *
 * <p>The {@code directed} flag does not change the computation: an undirected graph lists each edge
 * once, and sending it both ways is what either reading asks for.
 *
 * @param <VV> the vertex value type (ignored)
 * @param <EV> the edge value type (ignored)
 */
public class CommunityDetectionLabelPropagation<VV, EV>
        implements GraphAlgorithm<Long, VV, EV, DataSet<Tuple2<Long, Long>>> {

    private final int iterations;

    public CommunityDetectionLabelPropagation(int iterations, boolean directed) {
        if (iterations < 0) {
            throw new IllegalArgumentException("The number of iterations must not be negative: " + iterations);
        }
        this.iterations = iterations;
    }

    @Override
    public DataSet<Tuple2<Long, Long>> run(Graph<Long, VV, EV> graph) {
        DataSet<Tuple2<Long, Long>> labels = graph.getVertexIds().map(new WeaklyConnectedComponents.OwnLabel())
                .name("CDLP: own labels");
        if (iterations == 0) {
            return labels;
        }
        DataSet<Tuple2<Long, Long>> arcs = Arcs.bothWays(graph);
        IterativeDataSet<Tuple2<Long, Long>> iteration = labels.iterate(iterations).name("CDLP");
        DataSet<Tuple3<Long, Long, Long>> received = iteration.join(arcs).where(0).equalTo(0).with(new SendLabel())
                .name("CDLP: send labels")
                .groupBy(0, 1).combineGroup(new CountLocally()).name("CDLP: count labels locally");
        DataSet<Tuple2<Long, Long>> next = iteration.coGroup(received).where(0).equalTo(0)
                .sortSecondGroup(1, Order.ASCENDING).with(new MostFrequentLabel())
                .name("CDLP: most frequent label");
        return iteration.closeWith(next);
    }

    /** {@code (vertex, label)} and an arc {@code (vertex, neighbour)} give {@code (neighbour, label, 1)}, to be counted. */
    static final class SendLabel
            implements JoinFunction<Tuple2<Long, Long>, Tuple2<Long, Long>, Tuple3<Long, Long, Long>> {
        private static final long serialVersionUID = 1L;

        @Override
        public Tuple3<Long, Long, Long> join(Tuple2<Long, Long> vertex, Tuple2<Long, Long> arc) {
            return new Tuple3<>(arc.f1, vertex.f1, 1L);
        }
    }

    /** Adds up, before the exchange, how often one label goes to one vertex. */
    static final class CountLocally implements GroupCombineFunction<Tuple3<Long, Long, Long>, Tuple3<Long, Long, Long>> {
        private static final long serialVersionUID = 1L;

        @Override
        public void combine(Iterable<Tuple3<Long, Long, Long>> labels, Collector<Tuple3<Long, Long, Long>> out) {
            Tuple3<Long, Long, Long> first = null;
            long count = 0;
            for (Tuple3<Long, Long, Long> label : labels) {
                if (first == null) {
                    first = label;
                }
                count += label.f2;
            }
            out.collect(new Tuple3<>(first.f0, first.f1, count));
        }
    }

    /**
     * The most frequent label received, the smallest among equally frequent ones; the old label if
     * none came. The partial counts arrive sorted by label, so each label's counts are one run.
     */
    @ForwardedFieldsFirst("0")
    static final class MostFrequentLabel
            implements CoGroupFunction<Tuple2<Long, Long>, Tuple3<Long, Long, Long>, Tuple2<Long, Long>> {
        private static final long serialVersionUID = 1L;

        @Override
        public void coGroup(Iterable<Tuple2<Long, Long>> vertices, Iterable<Tuple3<Long, Long, Long>> counts,
                Collector<Tuple2<Long, Long>> out) {
            boolean any = false;
            long best = 0;
            long bestCount = 0;
            long label = 0;
            long run = 0;
            for (Tuple3<Long, Long, Long> count : counts) {
                if (run > 0 && count.f1 != label) {
                    if (run > bestCount) {
                        best = label;
                        bestCount = run;
                    }
                    run = 0;
                }
                label = count.f1;
                run += count.f2;
                any = true;
            }
            if (run > bestCount) {
                best = label;
            }
            for (Tuple2<Long, Long> vertex : vertices) {
                out.collect(any ? new Tuple2<>(vertex.f0, best) : vertex);
            }
        }
    }
}
