package io.eddy.gelly.library.graphalytics;

import io.eddy.api.DataSet;
import io.eddy.api.functions.CoGroupFunction;
import io.eddy.api.functions.Collector;
import io.eddy.api.functions.FunctionAnnotation.ForwardedFieldsFirst;
import io.eddy.api.functions.JoinFunction;
import io.eddy.api.operators.IterativeDataSet;
import io.eddy.api.tuple.Tuple2;
import io.eddy.gelly.Graph;
import io.eddy.gelly.GraphAlgorithm;
import java.util.Arrays;

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
 * in both directions (the loop-invariant multiset of {@link Arcs#bothWays}) and co-groups the labels
 * received with the vertex's own record, so vertices that receive nothing keep theirs. All vertices
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
        DataSet<Tuple2<Long, Long>> received = iteration.join(arcs).where(0).equalTo(0).with(new SendLabel())
                .name("CDLP: send labels");
        DataSet<Tuple2<Long, Long>> next = iteration.coGroup(received).where(0).equalTo(0).with(new MostFrequentLabel())
                .name("CDLP: most frequent label");
        return iteration.closeWith(next);
    }

    /** {@code (vertex, label)} and an arc {@code (vertex, neighbour)} give {@code (neighbour, label)}. */
    static final class SendLabel implements JoinFunction<Tuple2<Long, Long>, Tuple2<Long, Long>, Tuple2<Long, Long>> {
        private static final long serialVersionUID = 1L;

        @Override
        public Tuple2<Long, Long> join(Tuple2<Long, Long> vertex, Tuple2<Long, Long> arc) {
            return new Tuple2<>(arc.f1, vertex.f1);
        }
    }

    /** The most frequent label received, the smallest among equally frequent ones; the old label if none came. */
    @ForwardedFieldsFirst("0")
    static final class MostFrequentLabel
            implements CoGroupFunction<Tuple2<Long, Long>, Tuple2<Long, Long>, Tuple2<Long, Long>> {
        private static final long serialVersionUID = 1L;
        private transient long[] labels;

        @Override
        public void coGroup(Iterable<Tuple2<Long, Long>> vertices, Iterable<Tuple2<Long, Long>> received,
                Collector<Tuple2<Long, Long>> out) {
            if (labels == null) {
                labels = new long[64];
            }
            int count = 0;
            for (Tuple2<Long, Long> label : received) {
                if (count == labels.length) {
                    labels = Arrays.copyOf(labels, count * 2);
                }
                labels[count++] = label.f1;
            }
            for (Tuple2<Long, Long> vertex : vertices) {
                out.collect(count == 0 ? vertex : new Tuple2<>(vertex.f0, mostFrequent(labels, count)));
            }
        }

        /** Sorted, equal labels form runs; the first longest run holds the smallest most frequent label. */
        static long mostFrequent(long[] labels, int count) {
            Arrays.sort(labels, 0, count);
            long best = labels[0];
            int bestRun = 0;
            int i = 0;
            while (i < count) {
                int j = i + 1;
                while (j < count && labels[j] == labels[i]) {
                    j++;
                }
                if (j - i > bestRun) {
                    bestRun = j - i;
                    best = labels[i];
                }
                i = j;
            }
            return best;
        }
    }
}
