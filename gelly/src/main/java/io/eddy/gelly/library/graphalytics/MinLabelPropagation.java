package io.eddy.gelly.library.graphalytics;

import io.eddy.api.DataSet;
import io.eddy.api.aggregation.Aggregations;
import io.eddy.api.functions.Collector;
import io.eddy.api.functions.FilterFunction;
import io.eddy.api.functions.FlatJoinFunction;
import io.eddy.api.functions.FunctionAnnotation.ForwardedFieldsFirst;
import io.eddy.api.functions.JoinFunction;
import io.eddy.api.operators.DeltaIteration;
import io.eddy.api.tuple.Tuple2;

/**
 * The delta iteration that BFS and WCC share: every vertex holds a long value, and a vertex whose
 * value dropped offers its value plus a fixed step to its neighbours, who keep it if it is smaller
 * than theirs. BFS steps by one from the source (depths), WCC by zero from every vertex (the
 * smallest id of the component). The solution set is keyed by vertex id; the workset holds only the
 * vertices that changed in the last superstep, so each superstep touches the frontier, not the graph.
 * Candidates are reduced to the smallest per vertex before they probe the solution set.
 */
final class MinLabelPropagation {

    private MinLabelPropagation() {}

    /**
     * @param initial {@code (vertex, value)} for every vertex: the solution set's start
     * @param active the vertices whose value the neighbours must hear first: the workset's start
     * @param arcs the edges to follow, {@code (source, target)}
     * @param step what a value grows by along an edge
     * @param name the iteration's name in plans and logs
     */
    static DataSet<Tuple2<Long, Long>> run(DataSet<Tuple2<Long, Long>> initial, DataSet<Tuple2<Long, Long>> active,
            DataSet<Tuple2<Long, Long>> arcs, long step, String name) {
        DeltaIteration<Tuple2<Long, Long>, Tuple2<Long, Long>> iteration =
                initial.iterateDelta(active, Integer.MAX_VALUE, 0).name(name);
        DataSet<Tuple2<Long, Long>> improved = iteration.getWorkset()
                .join(arcs).where(0).equalTo(0).with(new Offer(step)).name(name + ": offer to neighbours")
                .groupBy(0).aggregate(Aggregations.MIN, 1).name(name + ": smallest offer")
                .join(iteration.getSolutionSet()).where(0).equalTo(0).with(new KeepSmaller()).name(name + ": keep smaller");
        return iteration.closeWith(improved, improved);
    }

    /** The vertices whose value is {@code value}: e.g. the BFS source, which starts at 0. */
    static final class HasValue implements FilterFunction<Tuple2<Long, Long>> {
        private static final long serialVersionUID = 1L;
        private final long value;

        HasValue(long value) {
            this.value = value;
        }

        @Override
        public boolean filter(Tuple2<Long, Long> vertex) {
            return vertex.f1 == value;
        }
    }

    /** {@code (vertex, value)} and an edge {@code (vertex, neighbour)} give {@code (neighbour, value + step)}. */
    static final class Offer implements JoinFunction<Tuple2<Long, Long>, Tuple2<Long, Long>, Tuple2<Long, Long>> {
        private static final long serialVersionUID = 1L;
        private final long step;

        Offer(long step) {
            this.step = step;
        }

        @Override
        public Tuple2<Long, Long> join(Tuple2<Long, Long> vertex, Tuple2<Long, Long> arc) {
            return new Tuple2<>(arc.f1, vertex.f1 + step);
        }
    }

    /** Passes an offer on (to the solution set and the next workset) only if it beats the current value. */
    @ForwardedFieldsFirst("*")
    static final class KeepSmaller
            implements FlatJoinFunction<Tuple2<Long, Long>, Tuple2<Long, Long>, Tuple2<Long, Long>> {
        private static final long serialVersionUID = 1L;

        @Override
        public void join(Tuple2<Long, Long> offer, Tuple2<Long, Long> current, Collector<Tuple2<Long, Long>> out) {
            if (offer.f1 < current.f1) {
                out.collect(offer);
            }
        }
    }
}
