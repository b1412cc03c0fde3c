package io.eddy.gelly.library.similarity;

import io.eddy.api.DataSet;
import io.eddy.api.functions.Collector;
import io.eddy.api.functions.FlatMapFunction;
import io.eddy.api.functions.GroupReduceFunction;
import io.eddy.api.operators.Order;
import io.eddy.api.tuple.Tuple3;
import io.eddy.api.tuple.Tuple4;
import io.eddy.api.typeinfo.TypeInformation;
import io.eddy.api.types.CopyableValue;
import io.eddy.api.types.IntValue;
import io.eddy.gelly.utils.GellyTypes;
import java.util.ArrayList;
import java.util.List;

/**
 * The pairs of neighbours of every vertex, the costly step of the similarity measures. A vertex of
 * degree d has d(d-1)/2 pairs; generating them in one group would put all of a hub's pairs on one
 * task. Instead its neighbours, sorted by id, are cut into spans of {@code groupSize}; span g forms a
 * group with all neighbours after it, and pairs each of its own members with every later neighbour.
 * Every pair then comes from exactly one group, and no group buffers more than {@code groupSize} ids.
 */
final class NeighborPairs {

    private NeighborPairs() {}

    /**
     * For edges (s, t, value of t), the pairs (t, u, value of t, value of u) of neighbours of each s,
     * t before u in id order.
     */
    static <K extends CopyableValue<K>, V> DataSet<Tuple4<K, K, V, V>> generate(DataSet<Tuple3<K, K, V>> edges,
            int groupSize, int parallelism) {
        TypeInformation<K> keyType = GellyTypes.field(edges, 0);
        TypeInformation<V> valueType = GellyTypes.field(edges, 2);
        TypeInformation<IntValue> intType = TypeInformation.of(IntValue.class);
        return edges.groupBy(0).sortGroup(1, Order.ASCENDING).reduceGroup(new AssignSpans<K, V>(groupSize))
                .returns(GellyTypes.tuple(intType, keyType, keyType, valueType))
                .setParallelism(parallelism).name("Neighbour spans")
                .rebalance().setParallelism(parallelism).name("Rebalance")
                .flatMap(new CopyToGroups<K, V>())
                .returns(GellyTypes.tuple(intType, keyType, keyType, valueType))
                .setParallelism(parallelism).name("Neighbour groups")
                .groupBy(0, 1).sortGroup(2, Order.ASCENDING).reduceGroup(new GroupPairs<K, V>(groupSize))
                .returns(GellyTypes.tuple(keyType, keyType, valueType, valueType))
                .setParallelism(parallelism).name("Neighbour pairs");
    }

    /** (number of spans up to and including this neighbour's, s, t, value). */
    private static final class AssignSpans<K, V> implements GroupReduceFunction<Tuple3<K, K, V>, Tuple4<IntValue, K, K, V>> {
        private final int groupSize;

        AssignSpans(int groupSize) {
            this.groupSize = groupSize;
        }

        @Override
        public void reduce(Iterable<Tuple3<K, K, V>> edges, Collector<Tuple4<IntValue, K, K, V>> out) {
            int index = 0;
            for (Tuple3<K, K, V> edge : edges) {
                out.collect(new Tuple4<>(new IntValue(index / groupSize + 1), edge.f0, edge.f1, edge.f2));
                index++;
            }
        }
    }

    /** A neighbour of span g belongs to the groups 0..g. */
    private static final class CopyToGroups<K, V> implements FlatMapFunction<Tuple4<IntValue, K, K, V>, Tuple4<IntValue, K, K, V>> {
        @Override
        public void flatMap(Tuple4<IntValue, K, K, V> neighbour, Collector<Tuple4<IntValue, K, K, V>> out) {
            int spans = neighbour.f0.getValue();
            for (int group = 0; group < spans; group++) {
                out.collect(new Tuple4<>(new IntValue(group), neighbour.f1, neighbour.f2, neighbour.f3));
            }
        }
    }

    /** The first {@code groupSize} neighbours of a group are its own span; each pairs with all later ones. */
    private static final class GroupPairs<K extends CopyableValue<K>, V>
            implements GroupReduceFunction<Tuple4<IntValue, K, K, V>, Tuple4<K, K, V, V>> {
        private final int groupSize;

        GroupPairs(int groupSize) {
            this.groupSize = groupSize;
        }

        @Override
        public void reduce(Iterable<Tuple4<IntValue, K, K, V>> neighbours, Collector<Tuple4<K, K, V, V>> out) {
            List<Tuple4<IntValue, K, K, V>> span = new ArrayList<>(Math.min(groupSize, 1024));
            for (Tuple4<IntValue, K, K, V> neighbour : neighbours) {
                for (Tuple4<IntValue, K, K, V> earlier : span) {
                    out.collect(new Tuple4<>(earlier.f2, neighbour.f2, earlier.f3, neighbour.f3));
                }
                if (span.size() < groupSize) {
                    // copied: ids are mutable values the caller may reuse
                    span.add(new Tuple4<>(null, null, neighbour.f2.copy(), neighbour.f3));
                }
            }
        }
    }
}
