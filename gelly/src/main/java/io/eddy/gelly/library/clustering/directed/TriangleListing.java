package io.eddy.gelly.library.clustering.directed;

import io.eddy.api.DataSet;
import io.eddy.api.functions.Collector;
import io.eddy.api.functions.FlatJoinFunction;
import io.eddy.api.functions.FlatMapFunction;
import io.eddy.api.functions.GroupReduceFunction;
import io.eddy.api.functions.MapFunction;
import io.eddy.api.functions.ReduceFunction;
import io.eddy.api.tuple.Tuple3;
import io.eddy.api.tuple.Tuple4;
import io.eddy.api.typeinfo.TypeInformation;
import io.eddy.api.types.ByteValue;
import io.eddy.api.types.CopyableValue;
import io.eddy.api.types.LongValue;
import io.eddy.gelly.Edge;
import io.eddy.gelly.Graph;
import io.eddy.gelly.asm.degree.annotate.directed.EdgeDegreesPair;
import io.eddy.gelly.asm.degree.annotate.directed.VertexDegrees.Degrees;
import io.eddy.gelly.asm.result.PrintableResult;
import io.eddy.gelly.asm.result.TertiaryResultBase;
import io.eddy.gelly.library.clustering.TriangleListingBase;
import io.eddy.gelly.utils.GellyTypes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Lists the triangles of a directed graph, each once, with a bitmask of the directions of its
 * edges. The bitmask holds two bits per vertex pair: bits 5-4 for (vertexId0, vertexId1), bits 3-2
 * for (vertexId0, vertexId2), bits 1-0 for (vertexId1, vertexId2); of each two, the low bit means an
 * edge from the first vertex of the pair to the second and the high bit one back. The graph must have
 * no self-loops or duplicate edges.
 *
 * @param <K> the vertex id type
 * @param <VV> the vertex value type
 * @param <EV> the edge value type
 */
public class TriangleListing<K extends Comparable<K> & CopyableValue<K>, VV, EV>
        extends TriangleListingBase<K, VV, EV, TriangleListing.Result<K>> {

    /** An edge from the lower-ranked vertex of a pair to the higher-ranked. */
    private static final byte FORWARD = 1;

    private static final byte BACKWARD = 2;

    @Override
    protected DataSet<Result<K>> runInternal(Graph<K, VV, EV> input) throws Exception {
        TypeInformation<K> keyType = GellyTypes.keyType(input);
        TypeInformation<ByteValue> byteType = TypeInformation.of(ByteValue.class);
        // (u, v, d(v), directions) once per vertex pair, from the lower-ranked u to the higher-ranked v
        DataSet<Tuple4<K, K, LongValue, ByteValue>> oriented = input
                .run(new EdgeDegreesPair<K, VV, EV>().setParallelism(parallelism))
                .map(new OrientByDegree<K, EV>())
                .returns(GellyTypes.tuple(keyType, keyType, GellyTypes.LONG_VALUE, byteType))
                .setParallelism(parallelism).name("Orient edges by degree")
                .groupBy(0, 1).reduce(new MergeDirections<K>()).setParallelism(parallelism).name("Merge edge directions");
        // (u, v, w, directions of u-v and u-w)
        DataSet<Tuple4<K, K, K, ByteValue>> wedges = oriented.groupBy(0).reduceGroup(new GenerateWedges<K>())
                .returns(GellyTypes.tuple(keyType, keyType, keyType, byteType))
                .setParallelism(parallelism).name("Wedges");
        TypeInformation<Result<K>> resultType = GellyTypes.pojo(Result.class, keyType);
        DataSet<Result<K>> triangles = wedges.join(oriented).where(1, 2).equalTo(0, 1)
                .with(new CloseWedge<K>(sortTriangleVertices)).returns(resultType)
                .setParallelism(parallelism).name("Triangles");
        if (permuteResults) {
            triangles = triangles.flatMap(new Permute<K>()).returns(resultType)
                    .setParallelism(parallelism).name("Permute triangle vertices");
        }
        return triangles;
    }

    /** Whether the bitmask has an edge from vertex {@code i} to vertex {@code j} (positions 0 to 2). */
    static boolean hasEdge(int bitmask, int i, int j) {
        return i < j ? (bitmask & (FORWARD << shift(i, j))) != 0 : (bitmask & (BACKWARD << shift(j, i))) != 0;
    }

    private static int shift(int i, int j) {
        // (0,1) -> 4, (0,2) -> 2, (1,2) -> 0
        return i == 0 ? (j == 1 ? 4 : 2) : 0;
    }

    /** The bitmask of the same triangle with its vertices reordered: new position k holds old position order[k]. */
    static byte reorder(int bitmask, int[] order) {
        int result = 0;
        for (int k = 0; k < 3; k++) {
            for (int l = k + 1; l < 3; l++) {
                if (hasEdge(bitmask, order[k], order[l])) {
                    result |= FORWARD << shift(k, l);
                }
                if (hasEdge(bitmask, order[l], order[k])) {
                    result |= BACKWARD << shift(k, l);
                }
            }
        }
        return (byte) result;
    }

    private static final class OrientByDegree<K extends Comparable<K>, EV>
            implements MapFunction<Edge<K, Tuple3<EV, Degrees, Degrees>>, Tuple4<K, K, LongValue, ByteValue>> {
        @Override
        public Tuple4<K, K, LongValue, ByteValue> map(Edge<K, Tuple3<EV, Degrees, Degrees>> edge) {
            LongValue sourceDegree = edge.f2.f1.getDegree();
            LongValue targetDegree = edge.f2.f2.getDegree();
            boolean forward = sourceDegree.getValue() < targetDegree.getValue()
                    || (sourceDegree.getValue() == targetDegree.getValue() && edge.f0.compareTo(edge.f1) < 0);
            return forward ? new Tuple4<>(edge.f0, edge.f1, targetDegree, new ByteValue(FORWARD))
                    : new Tuple4<>(edge.f1, edge.f0, sourceDegree, new ByteValue(BACKWARD));
        }
    }

    private static final class MergeDirections<K> implements ReduceFunction<Tuple4<K, K, LongValue, ByteValue>> {
        @Override
        public Tuple4<K, K, LongValue, ByteValue> reduce(Tuple4<K, K, LongValue, ByteValue> left,
                Tuple4<K, K, LongValue, ByteValue> right) {
            return new Tuple4<>(left.f0, left.f1, left.f2, new ByteValue((byte) (left.f3.getValue() | right.f3.getValue())));
        }
    }

    /** Emits (u, v, w, directions) for each pair of u's out-neighbours with v ranked before w. */
    private static final class GenerateWedges<K extends Comparable<K> & CopyableValue<K>>
            implements GroupReduceFunction<Tuple4<K, K, LongValue, ByteValue>, Tuple4<K, K, K, ByteValue>> {
        @Override
        public void reduce(Iterable<Tuple4<K, K, LongValue, ByteValue>> edges, Collector<Tuple4<K, K, K, ByteValue>> out) {
            List<Tuple3<K, Long, Byte>> neighbours = new ArrayList<>();
            K apex = null;
            for (Tuple4<K, K, LongValue, ByteValue> edge : edges) {
                if (apex == null) {
                    apex = edge.f0.copy();
                }
                neighbours.add(new Tuple3<>(edge.f1.copy(), edge.f2.getValue(), edge.f3.getValue()));
            }
            neighbours.sort(Comparator.<Tuple3<K, Long, Byte>>comparingLong(n -> n.f1).thenComparing(n -> n.f0));
            for (int i = 0; i < neighbours.size(); i++) {
                Tuple3<K, Long, Byte> v = neighbours.get(i);
                for (int j = i + 1; j < neighbours.size(); j++) {
                    Tuple3<K, Long, Byte> w = neighbours.get(j);
                    out.collect(new Tuple4<>(apex, v.f0, w.f0, new ByteValue((byte) ((v.f2 << 2) | w.f2))));
                }
            }
        }
    }

    private static final class CloseWedge<K extends Comparable<K>>
            implements FlatJoinFunction<Tuple4<K, K, K, ByteValue>, Tuple4<K, K, LongValue, ByteValue>, Result<K>> {
        private final boolean sort;

        CloseWedge(boolean sort) {
            this.sort = sort;
        }

        @Override
        public void join(Tuple4<K, K, K, ByteValue> wedge, Tuple4<K, K, LongValue, ByteValue> edge, Collector<Result<K>> out) {
            int bitmask = (wedge.f3.getValue() << 2) | edge.f3.getValue();
            List<K> ids = List.of(wedge.f0, wedge.f1, wedge.f2);
            int[] order = {0, 1, 2};
            if (sort) {
                order = new int[3];
                for (int[] candidate : PERMUTATIONS) {
                    if (ids.get(candidate[0]).compareTo(ids.get(candidate[1])) <= 0
                            && ids.get(candidate[1]).compareTo(ids.get(candidate[2])) <= 0) {
                        order = candidate;
                        break;
                    }
                }
            }
            out.collect(new Result<>(ids.get(order[0]), ids.get(order[1]), ids.get(order[2]),
                    new ByteValue(reorder(bitmask, order))));
        }
    }

    private static final class Permute<K> implements FlatMapFunction<Result<K>, Result<K>> {
        @Override
        public void flatMap(Result<K> triangle, Collector<Result<K>> out) {
            List<K> ids = List.of(triangle.getVertexId0(), triangle.getVertexId1(), triangle.getVertexId2());
            for (int[] p : PERMUTATIONS) {
                out.collect(new Result<>(ids.get(p[0]), ids.get(p[1]), ids.get(p[2]),
                        new ByteValue(reorder(triangle.getBitmask().getValue(), p))));
            }
        }
    }

    /**
     * A triangle: three vertex ids and the bitmask of its edge directions (see {@link TriangleListing}).
     *
     * @param <T> the vertex id type
     */
    public static class Result<T> extends TertiaryResultBase<T> implements PrintableResult {

        private ByteValue bitmask;

        public Result() {}

        public Result(T vertexId0, T vertexId1, T vertexId2, ByteValue bitmask) {
            setVertexId0(vertexId0);
            setVertexId1(vertexId1);
            setVertexId2(vertexId2);
            this.bitmask = bitmask;
        }

        public ByteValue getBitmask() {
            return bitmask;
        }

        public void setBitmask(ByteValue bitmask) {
            this.bitmask = bitmask;
        }

        @Override
        public String toString() {
            return "(" + getVertexId0() + "," + getVertexId1() + "," + getVertexId2() + "," + bitmask + ")";
        }

        @Override
        public String toPrintableString() {
            int mask = bitmask.getValue();
            return "1st vertex ID: " + getVertexId0() + ", 2nd vertex ID: " + getVertexId1()
                    + ", 3rd vertex ID: " + getVertexId2() + ", edge directions: "
                    + getVertexId0() + arrow(mask, 4) + getVertexId1() + ", "
                    + getVertexId0() + arrow(mask, 2) + getVertexId2() + ", "
                    + getVertexId1() + arrow(mask, 0) + getVertexId2();
        }

        private static String arrow(int mask, int shift) {
            switch ((mask >>> shift) & 0b11) {
                case 0b01:
                    return "->";
                case 0b10:
                    return "<-";
                default:
                    return "<->";
            }
        }
    }
}
