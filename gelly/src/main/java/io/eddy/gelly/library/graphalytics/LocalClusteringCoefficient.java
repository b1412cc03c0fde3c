package io.eddy.gelly.library.graphalytics;

import io.eddy.api.DataSet;
import io.eddy.api.functions.Collector;
import io.eddy.api.functions.FlatJoinFunction;
import io.eddy.api.functions.FlatMapFunction;
import io.eddy.api.functions.GroupReduceFunction;
import io.eddy.api.functions.JoinFunction;
import io.eddy.api.functions.MapFunction;
import io.eddy.api.functions.ReduceFunction;
import io.eddy.api.operators.Order;
import io.eddy.api.tuple.Tuple2;
import io.eddy.api.tuple.Tuple3;
import io.eddy.api.tuple.Tuple4;
import io.eddy.api.tuple.Tuple5;
import io.eddy.gelly.Graph;
import io.eddy.gelly.GraphAlgorithm;
import java.util.Arrays;

/**
 * LDBC Graphalytics LCC, the local clustering coefficient. The neighbourhood {@code N(v)} ignores
 * direction and counts each neighbour once, {@code d = |N(v)|}; but edges <em>among</em> the
 * neighbours respect it: {@code t} is the number of ordered pairs {@code (u, w)} of neighbours with
 * an edge {@code u -> w}, so a pair joined both ways adds 2 and a one-way pair 1. Then
 * {@code LCC(v) = t / (d (d - 1))}, and 0 when {@code d <= 1}. In an undirected graph every edge
 * adds 2, giving the usual {@code 2 triangles / (d (d - 1))}.
 *
 * <p>Computed by triangle listing rather than per-vertex neighbourhood scans: each unordered pair of
 * adjacent vertices carries its multiplicity {@code m} (the number of directed edges between them,
 * 2 for an undirected edge). A triangle {@code {a, b, c}} then adds {@code m(b,c)} to {@code t(a)},
 * {@code m(a,c)} to {@code t(b)} and {@code m(a,b)} to {@code t(c)}. Triangles are found once each by
 * orienting every pair from the endpoint lower in (degree, id) order to the higher one and
 * intersecting, for every oriented pair {@code (a, b)}, the forward lists of {@code a} and {@code b}.
 * Only the part of the lower endpoint's forward list ranked above {@code b} travels, and forward
 * lists are short (at most about {@code sqrt(2|E|)}), which keeps hubs of skewed graphs from
 * dominating the shipped volume.
 *
 * @param <VV> the vertex value type (ignored)
 * @param <EV> the edge value type (ignored)
 */
public class LocalClusteringCoefficient<VV, EV> implements GraphAlgorithm<Long, VV, EV, DataSet<Tuple2<Long, Double>>> {

    private final boolean directed;

    public LocalClusteringCoefficient(boolean directed) {
        this.directed = directed;
    }

    @Override
    public DataSet<Tuple2<Long, Double>> run(Graph<Long, VV, EV> graph) {
        // (a, b, m) with a < b: an undirected graph lists each edge once, worth 2; a directed one may list both ways
        DataSet<Tuple3<Long, Long, Long>> pairs = graph.getEdgeIds().flatMap(new UnorderedPair(directed ? 1L : 2L))
                .name("LCC: pairs");
        if (directed) {
            pairs = pairs.groupBy(0, 1).sum(2).name("LCC: pair multiplicities");
        }
        DataSet<Tuple2<Long, Long>> degrees = pairs.flatMap(new PairEnds()).groupBy(0).sum(1).name("LCC: degrees");
        DataSet<Tuple4<Long, Long, Long, Long>> oriented = pairs
                .join(degrees).where(0).equalTo(0).with(new AttachDegree()).name("LCC: first degree")
                .join(degrees).where(1).equalTo(0).with(new Orient()).name("LCC: orient pairs");
        DataSet<Tuple5<Long, long[], byte[], long[], byte[]>> forward = oriented.groupBy(0)
                .sortGroup(3, Order.ASCENDING).sortGroup(1, Order.ASCENDING)
                .reduceGroup(new ForwardList()).name("LCC: forward lists");
        DataSet<Tuple2<Long, Long>> closed = forward.flatMap(new ShipForwardList()).name("LCC: ship forward lists")
                .join(forward).where(0).equalTo(0).with(new Intersect()).name("LCC: triangles");
        DataSet<Tuple3<Long, Long, Long>> perVertex = graph.getVertexIds().map(new NoCounts())
                .union(degrees.map(new DegreeCount()))
                .union(closed.map(new TriangleCount()))
                .groupBy(0).reduce(new AddCounts()).name("LCC: degrees and links");
        return perVertex.map(new Coefficient()).name("LCC: result");
    }

    /** An edge as {@code (min, max, m)}; self-loops are dropped, since they are no neighbourhood. */
    static final class UnorderedPair implements FlatMapFunction<Tuple2<Long, Long>, Tuple3<Long, Long, Long>> {
        private static final long serialVersionUID = 1L;
        private final long multiplicity;

        UnorderedPair(long multiplicity) {
            this.multiplicity = multiplicity;
        }

        @Override
        public void flatMap(Tuple2<Long, Long> edge, Collector<Tuple3<Long, Long, Long>> out) {
            long a = edge.f0;
            long b = edge.f1;
            if (a != b) {
                out.collect(new Tuple3<>(Math.min(a, b), Math.max(a, b), multiplicity));
            }
        }
    }

    /** Each end of a pair is one neighbour more for its vertex. */
    static final class PairEnds implements FlatMapFunction<Tuple3<Long, Long, Long>, Tuple2<Long, Long>> {
        private static final long serialVersionUID = 1L;

        @Override
        public void flatMap(Tuple3<Long, Long, Long> pair, Collector<Tuple2<Long, Long>> out) {
            out.collect(new Tuple2<>(pair.f0, 1L));
            out.collect(new Tuple2<>(pair.f1, 1L));
        }
    }

    /** {@code (a, b, m)} with {@code a}'s degree: {@code (a, b, m, degree(a))}. */
    static final class AttachDegree
            implements JoinFunction<Tuple3<Long, Long, Long>, Tuple2<Long, Long>, Tuple4<Long, Long, Long, Long>> {
        private static final long serialVersionUID = 1L;

        @Override
        public Tuple4<Long, Long, Long, Long> join(Tuple3<Long, Long, Long> pair, Tuple2<Long, Long> degree) {
            return new Tuple4<>(pair.f0, pair.f1, pair.f2, degree.f1);
        }
    }

    /** With both degrees known: {@code (lower, higher, m, degree(higher))} in (degree, id) order. */
    static final class Orient implements JoinFunction<Tuple4<Long, Long, Long, Long>, Tuple2<Long, Long>,
            Tuple4<Long, Long, Long, Long>> {
        private static final long serialVersionUID = 1L;

        @Override
        public Tuple4<Long, Long, Long, Long> join(Tuple4<Long, Long, Long, Long> pair, Tuple2<Long, Long> degree) {
            long degreeA = pair.f3;
            long degreeB = degree.f1;
            // a < b by id, so on equal degrees a is the lower one
            return degreeA <= degreeB ? new Tuple4<>(pair.f0, pair.f1, pair.f2, degreeB)
                    : new Tuple4<>(pair.f1, pair.f0, pair.f2, degreeA);
        }
    }

    /**
     * A vertex's higher neighbours with the pairs' multiplicities (1 or 2, so bytes), twice: in
     * (degree, id) order, to ship suffixes from, and by id, to look up in:
     * {@code (v, ids by rank, m by rank, ids ascending, m by id)}.
     */
    static final class ForwardList implements GroupReduceFunction<Tuple4<Long, Long, Long, Long>,
            Tuple5<Long, long[], byte[], long[], byte[]>> {
        private static final long serialVersionUID = 1L;

        @Override
        public void reduce(Iterable<Tuple4<Long, Long, Long, Long>> pairs,
                Collector<Tuple5<Long, long[], byte[], long[], byte[]>> out) {
            long vertex = 0;
            long[] ids = new long[8];
            byte[] multiplicities = new byte[8];
            int count = 0;
            for (Tuple4<Long, Long, Long, Long> pair : pairs) {
                if (count == ids.length) {
                    ids = Arrays.copyOf(ids, count * 2);
                    multiplicities = Arrays.copyOf(multiplicities, count * 2);
                }
                vertex = pair.f0;
                ids[count] = pair.f1;
                multiplicities[count] = (byte) (long) pair.f2;
                count++;
            }
            ids = Arrays.copyOf(ids, count);
            multiplicities = Arrays.copyOf(multiplicities, count);
            long[] sortedIds = ids.clone();
            Arrays.sort(sortedIds);
            byte[] sortedMultiplicities = new byte[count];
            for (int i = 0; i < count; i++) {
                sortedMultiplicities[Arrays.binarySearch(sortedIds, ids[i])] = multiplicities[i];
            }
            out.collect(new Tuple5<>(vertex, ids, multiplicities, sortedIds, sortedMultiplicities));
        }
    }

    /**
     * For each oriented pair {@code (a, b, m)} in {@code a}'s forward list: {@code (b, a, m, rest)},
     * where {@code rest} is the part of {@code a}'s list ranked above {@code b}, the only candidates
     * for a triangle's third vertex, to be met with {@code b}'s list. Shipping only that part halves
     * the volume; an empty rest is not shipped.
     */
    static final class ShipForwardList implements FlatMapFunction<Tuple5<Long, long[], byte[], long[], byte[]>,
            Tuple5<Long, Long, Long, long[], byte[]>> {
        private static final long serialVersionUID = 1L;

        @Override
        public void flatMap(Tuple5<Long, long[], byte[], long[], byte[]> list,
                Collector<Tuple5<Long, Long, Long, long[], byte[]>> out) {
            long[] ids = list.f1;
            byte[] multiplicities = list.f2;
            for (int i = 0; i + 1 < ids.length; i++) {
                out.collect(new Tuple5<>(ids[i], list.f0, (long) multiplicities[i],
                        Arrays.copyOfRange(ids, i + 1, ids.length), Arrays.copyOfRange(multiplicities, i + 1, ids.length)));
            }
        }
    }

    /**
     * Looks up the rest of {@code a}'s list in {@code b}'s; each common {@code c} is a triangle and
     * adds {@code m(b,c)} to {@code a}, {@code m(a,c)} to {@code b} and {@code m(a,b)} to {@code c}.
     * The shares of {@code a} and {@code b} are summed here, one record each, as they are many.
     */
    static final class Intersect implements FlatJoinFunction<Tuple5<Long, Long, Long, long[], byte[]>,
            Tuple5<Long, long[], byte[], long[], byte[]>, Tuple2<Long, Long>> {
        private static final long serialVersionUID = 1L;

        @Override
        public void join(Tuple5<Long, Long, Long, long[], byte[]> shipped, Tuple5<Long, long[], byte[], long[], byte[]> list,
                Collector<Tuple2<Long, Long>> out) {
            long abMultiplicity = shipped.f2;
            long[] candidates = shipped.f3;
            byte[] aMultiplicities = shipped.f4;
            long[] bIds = list.f3;
            byte[] bMultiplicities = list.f4;
            long aLinks = 0;
            long bLinks = 0;
            for (int i = 0; i < candidates.length; i++) {
                int j = Arrays.binarySearch(bIds, candidates[i]);
                if (j >= 0) {
                    aLinks += bMultiplicities[j];
                    bLinks += aMultiplicities[i];
                    out.collect(new Tuple2<>(candidates[i], abMultiplicity));
                }
            }
            if (aLinks > 0) {
                out.collect(new Tuple2<>(shipped.f1, aLinks));
                out.collect(new Tuple2<>(shipped.f0, bLinks));
            }
        }
    }

    /** {@code (vertex, degree, links)}, starting from nothing, so isolated vertices appear. */
    static final class NoCounts implements MapFunction<Long, Tuple3<Long, Long, Long>> {
        private static final long serialVersionUID = 1L;

        @Override
        public Tuple3<Long, Long, Long> map(Long vertex) {
            return new Tuple3<>(vertex, 0L, 0L);
        }
    }

    static final class DegreeCount implements MapFunction<Tuple2<Long, Long>, Tuple3<Long, Long, Long>> {
        private static final long serialVersionUID = 1L;

        @Override
        public Tuple3<Long, Long, Long> map(Tuple2<Long, Long> degree) {
            return new Tuple3<>(degree.f0, degree.f1, 0L);
        }
    }

    static final class TriangleCount implements MapFunction<Tuple2<Long, Long>, Tuple3<Long, Long, Long>> {
        private static final long serialVersionUID = 1L;

        @Override
        public Tuple3<Long, Long, Long> map(Tuple2<Long, Long> links) {
            return new Tuple3<>(links.f0, 0L, links.f1);
        }
    }

    static final class AddCounts implements ReduceFunction<Tuple3<Long, Long, Long>> {
        private static final long serialVersionUID = 1L;

        @Override
        public Tuple3<Long, Long, Long> reduce(Tuple3<Long, Long, Long> a, Tuple3<Long, Long, Long> b) {
            return new Tuple3<>(a.f0, a.f1 + b.f1, a.f2 + b.f2);
        }
    }

    /** {@code t / (d (d - 1))}, or 0 for fewer than two neighbours. */
    static final class Coefficient implements MapFunction<Tuple3<Long, Long, Long>, Tuple2<Long, Double>> {
        private static final long serialVersionUID = 1L;

        @Override
        public Tuple2<Long, Double> map(Tuple3<Long, Long, Long> counts) {
            long d = counts.f1;
            double lcc = d <= 1 ? 0.0 : (double) counts.f2 / ((double) d * (d - 1));
            return new Tuple2<>(counts.f0, lcc);
        }
    }
}
