package io.eddy.gelly.library.graphalytics;

import io.eddy.api.DataSet;
import io.eddy.api.aggregation.Aggregations;
import io.eddy.api.functions.Collector;
import io.eddy.api.functions.FilterFunction;
import io.eddy.api.functions.FlatJoinFunction;
import io.eddy.api.functions.FunctionAnnotation.ForwardedFieldsFirst;
import io.eddy.api.functions.JoinFunction;
import io.eddy.api.operators.DeltaIteration;
import io.eddy.api.operators.base.JoinOperatorBase.JoinHint;
import io.eddy.api.tuple.Tuple;
import io.eddy.api.tuple.Tuple2;

/**
 * The delta iteration that BFS, WCC and SSSP share: every vertex holds a value, and a vertex whose
 * value dropped offers its neighbours a value derived from it (depth + 1, its component label,
 * distance + weight), which they keep if it is smaller than theirs. The solution set is keyed by
 * vertex id; the workset holds only the vertices that changed in the last superstep, so each
 * superstep touches the frontier, not the graph, and the loop ends when nothing changes. Offers
 * are reduced to the smallest per vertex (with a combiner) before they probe the solution set.
 */
final class MinPropagation {

    private MinPropagation() {}

    /**
     * @param initial {@code (vertex, value)} for every vertex: the solution set's start
     * @param active the vertices whose value the neighbours must hear first: the workset's start
     * @param arcs the edges to follow, keyed by their source in field 0
     * @param offer {@code (vertex, value)} and one of its arcs give the neighbour's offer
     * @param name the iteration's name in plans and logs
     */
    static <V extends Comparable<V>, A extends Tuple> DataSet<Tuple2<Long, V>> run(DataSet<Tuple2<Long, V>> initial,
            DataSet<Tuple2<Long, V>> active, DataSet<A> arcs, JoinFunction<Tuple2<Long, V>, A, Tuple2<Long, V>> offer,
            String name) {
        DeltaIteration<Tuple2<Long, V>, Tuple2<Long, V>> iteration =
                initial.iterateDelta(active, Integer.MAX_VALUE, 0).name(name);
        DataSet<Tuple2<Long, V>> improved = iteration.getWorkset()
                // the edges are hashed once per slot, by source, rather than copied to every slot
                .join(arcs, JoinHint.REPARTITION_HASH_SECOND).where(0).equalTo(0).with(offer)
                .name(name + ": offer to neighbours")
                .groupBy(0).aggregate(Aggregations.MIN, 1).name(name + ": smallest offer")
                .join(iteration.getSolutionSet()).where(0).equalTo(0).with(new KeepSmaller<V>())
                .returns(initial.getType()).name(name + ": keep smaller");
        return iteration.closeWith(improved, improved);
    }

    /** The vertices whose value is {@code value}: the source, which starts at 0. */
    static final class HasValue<V> implements FilterFunction<Tuple2<Long, V>> {
        private static final long serialVersionUID = 1L;
        private final V value;

        HasValue(V value) {
            this.value = value;
        }

        @Override
        public boolean filter(Tuple2<Long, V> vertex) {
            return value.equals(vertex.f1);
        }
    }

    /** Passes an offer on (to the solution set and the next workset) only if it beats the current value. */
    @ForwardedFieldsFirst("*")
    static final class KeepSmaller<V extends Comparable<V>>
            implements FlatJoinFunction<Tuple2<Long, V>, Tuple2<Long, V>, Tuple2<Long, V>> {
        private static final long serialVersionUID = 1L;

        @Override
        public void join(Tuple2<Long, V> offer, Tuple2<Long, V> current, Collector<Tuple2<Long, V>> out) {
            if (offer.f1.compareTo(current.f1) < 0) {
                out.collect(offer);
            }
        }
    }
}
