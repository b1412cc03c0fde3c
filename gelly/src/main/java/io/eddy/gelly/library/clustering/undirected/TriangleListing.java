package io.eddy.gelly.library.clustering.undirected;

import io.eddy.api.DataSet;
import io.eddy.api.functions.Collector;
import io.eddy.api.functions.FlatJoinFunction;
import io.eddy.api.functions.FlatMapFunction;
import io.eddy.api.functions.GroupReduceFunction;
import io.eddy.api.functions.MapFunction;
import io.eddy.api.tuple.Tuple3;
import io.eddy.api.typeinfo.TypeInformation;
import io.eddy.api.types.CopyableValue;
import io.eddy.api.types.LongValue;
import io.eddy.gelly.Edge;
import io.eddy.gelly.Graph;
import io.eddy.gelly.asm.degree.annotate.undirected.EdgeDegreePair;
import io.eddy.gelly.asm.result.PrintableResult;
import io.eddy.gelly.asm.result.TertiaryResultBase;
import io.eddy.gelly.library.clustering.TriangleListingBase;
import io.eddy.gelly.utils.GellyTypes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Lists the triangles of an undirected graph, each once (or six times with
 * {@link #setPermuteResults(boolean)}). The graph must be simple: no self-loops, no duplicate edges,
 * and every edge present in both directions.
 *
 * @param <K> the vertex id type
 * @param <VV> the vertex value type
 * @param <EV> the edge value type
 */
public class TriangleListing<K extends Comparable<K> & CopyableValue<K>, VV, EV>
        extends TriangleListingBase<K, VV, EV, TriangleListing.Result<K>> {

    @Override
    protected DataSet<Result<K>> runInternal(Graph<K, VV, EV> input) throws Exception {
        TypeInformation<Result<K>> resultType = GellyTypes.pojo(Result.class, GellyTypes.keyType(input));
        DataSet<Result<K>> triangles = listTriangles(input, parallelism).map(new ToResult<K>(sortTriangleVertices))
                .returns(resultType).setParallelism(parallelism).name("Triangle results");
        if (permuteResults) {
            triangles = triangles.flatMap(new Permute<K>()).returns(resultType)
                    .setParallelism(parallelism).name("Permute triangle vertices");
        }
        return triangles;
    }

    /**
     * The triangles of a simple undirected graph as (u, v, w), each once, u being the vertex of
     * lowest degree. This is the core shared with {@link io.eddy.gelly.library.TriangleEnumerator},
     * whose ids need only be comparable.
     */
    public static <K extends Comparable<K>, VV, EV> DataSet<Tuple3<K, K, K>> listTriangles(Graph<K, VV, EV> input,
            int parallelism) throws Exception {
        TypeInformation<K> keyType = GellyTypes.keyType(input);
        // (u, v, d(v)) for each edge from the lower-ranked endpoint u to the higher-ranked v
        DataSet<Tuple3<K, K, LongValue>> oriented = input
                .run(new EdgeDegreePair<K, VV, EV>().setParallelism(parallelism))
                .flatMap(new OrientByDegree<K, EV>())
                .returns(GellyTypes.tuple(keyType, keyType, GellyTypes.LONG_VALUE))
                .setParallelism(parallelism).name("Orient edges by degree");
        TypeInformation<Tuple3<K, K, K>> tripleType = GellyTypes.tuple(keyType, keyType, keyType);
        // the wedges' sort may run in the task that orients the edges: the join reads the edges
        // first, whose end that task sends as soon as orienting is done (OperatorChain)
        return oriented.groupBy(0).reduceGroup(new GenerateWedges<K>()).returns(tripleType)
                .setParallelism(parallelism).name("Wedges")
                .join(oriented).where(1, 2).equalTo(0, 1).with(new CloseWedge<K>()).returns(tripleType)
                .setParallelism(parallelism).name("Triangles");
    }

    /** The three ids in ascending order. */
    public static <K extends Comparable<K>> Tuple3<K, K, K> sort(K a, K b, K c) {
        K t;
        if (a.compareTo(b) > 0) {
            t = a; a = b; b = t;
        }
        if (b.compareTo(c) > 0) {
            t = b; b = c; c = t;
        }
        if (a.compareTo(b) > 0) {
            t = a; a = b; b = t;
        }
        return new Tuple3<>(a, b, c);
    }

    /** True if (degree a, id a) ranks before (degree b, id b). */
    static <K extends Comparable<K>> boolean ranksBefore(long degreeA, K a, long degreeB, K b) {
        return degreeA < degreeB || (degreeA == degreeB && a.compareTo(b) < 0);
    }

    private static final class OrientByDegree<K extends Comparable<K>, EV>
            implements FlatMapFunction<Edge<K, Tuple3<EV, LongValue, LongValue>>, Tuple3<K, K, LongValue>> {
        @Override
        public void flatMap(Edge<K, Tuple3<EV, LongValue, LongValue>> edge, Collector<Tuple3<K, K, LongValue>> out) {
            if (ranksBefore(edge.f2.f1.getValue(), edge.f0, edge.f2.f2.getValue(), edge.f1)) {
                out.collect(new Tuple3<>(edge.f0, edge.f1, edge.f2.f2));
            }
        }
    }

    /**
     * Emits (u, v, w) for each pair of u's out-neighbours with v ranked before w. A vertex's
     * out-neighbours are few by construction, so buffering them is cheap.
     */
    private static final class GenerateWedges<K extends Comparable<K>>
            implements GroupReduceFunction<Tuple3<K, K, LongValue>, Tuple3<K, K, K>> {
        @Override
        public void reduce(Iterable<Tuple3<K, K, LongValue>> edges, Collector<Tuple3<K, K, K>> out) {
            List<Tuple3<K, K, LongValue>> neighbours = new ArrayList<>();
            K apex = null;
            for (Tuple3<K, K, LongValue> edge : edges) {
                if (apex == null) {
                    apex = copy(edge.f0);
                }
                neighbours.add(new Tuple3<>(null, copy(edge.f1), edge.f2.copy()));
            }
            neighbours.sort(Comparator.<Tuple3<K, K, LongValue>>comparingLong(n -> n.f2.getValue())
                    .thenComparing(n -> n.f1));
            for (int i = 0; i < neighbours.size(); i++) {
                for (int j = i + 1; j < neighbours.size(); j++) {
                    out.collect(new Tuple3<>(apex, neighbours.get(i).f1, neighbours.get(j).f1));
                }
            }
        }
    }

    /** A copy of a mutable id, which the caller may overwrite under object reuse; other ids as they are. */
    @SuppressWarnings("unchecked")
    static <K> K copy(K id) {
        return id instanceof CopyableValue ? ((CopyableValue<K>) id).copy() : id;
    }

    private static final class CloseWedge<K>
            implements FlatJoinFunction<Tuple3<K, K, K>, Tuple3<K, K, LongValue>, Tuple3<K, K, K>> {
        @Override
        public void join(Tuple3<K, K, K> wedge, Tuple3<K, K, LongValue> edge, Collector<Tuple3<K, K, K>> out) {
            out.collect(wedge);
        }
    }

    private static final class ToResult<K extends Comparable<K>>
            implements MapFunction<Tuple3<K, K, K>, Result<K>> {
        private final boolean sort;

        ToResult(boolean sort) {
            this.sort = sort;
        }

        @Override
        public Result<K> map(Tuple3<K, K, K> triangle) {
            Tuple3<K, K, K> ids = sort ? sort(triangle.f0, triangle.f1, triangle.f2) : triangle;
            return new Result<>(ids.f0, ids.f1, ids.f2);
        }
    }

    private static final class Permute<K> implements FlatMapFunction<Result<K>, Result<K>> {
        @Override
        public void flatMap(Result<K> triangle, Collector<Result<K>> out) {
            List<K> ids = List.of(triangle.getVertexId0(), triangle.getVertexId1(), triangle.getVertexId2());
            for (int[] p : PERMUTATIONS) {
                out.collect(new Result<>(ids.get(p[0]), ids.get(p[1]), ids.get(p[2])));
            }
        }
    }

    /**
     * A triangle: three vertex ids.
     *
     * @param <T> the vertex id type
     */
    public static class Result<T> extends TertiaryResultBase<T> implements PrintableResult {

        public Result() {}

        public Result(T vertexId0, T vertexId1, T vertexId2) {
            setVertexId0(vertexId0);
            setVertexId1(vertexId1);
            setVertexId2(vertexId2);
        }

        @Override
        public String toString() {
            return "(" + getVertexId0() + "," + getVertexId1() + "," + getVertexId2() + ")";
        }

        @Override
        public String toPrintableString() {
            return "1st vertex ID: " + getVertexId0() + ", 2nd vertex ID: " + getVertexId1()
                    + ", 3rd vertex ID: " + getVertexId2();
        }
    }
}
