package io.eddy.gelly.library.clustering.undirected;

import io.eddy.api.DataSet;
import io.eddy.api.functions.Collector;
import io.eddy.api.functions.FlatMapFunction;
import io.eddy.api.functions.JoinFunction;
import io.eddy.api.tuple.Tuple3;
import io.eddy.api.typeinfo.TypeInformation;
import io.eddy.api.types.CopyableValue;
import io.eddy.api.types.LongValue;
import io.eddy.gelly.Graph;
import io.eddy.gelly.Vertex;
import io.eddy.gelly.asm.degree.annotate.DegreeAnnotationFunctions.DegreeCount;
import io.eddy.gelly.asm.degree.annotate.undirected.VertexDegree;
import io.eddy.gelly.library.clustering.LocalClusteringCoefficientResultBase;
import io.eddy.gelly.utils.GellyTypes;
import io.eddy.gelly.utils.proxy.GraphAlgorithmWrappingDataSet;

/**
 * The local clustering coefficient of each vertex of an undirected graph: how close its
 * neighbourhood is to a clique, the number of triangles through the vertex over the d(d-1)/2 pairs of
 * its d neighbours. Vertices without edges are included by default (with score NaN).
 *
 * @param <K> the vertex id type
 * @param <VV> the vertex value type
 * @param <EV> the edge value type
 */
public class LocalClusteringCoefficient<K extends Comparable<K> & CopyableValue<K>, VV, EV>
        extends GraphAlgorithmWrappingDataSet<K, VV, EV, LocalClusteringCoefficient.Result<K>> {

    private boolean includeZeroDegreeVertices = true;

    /** Whether vertices without edges are output; the default is true. */
    public LocalClusteringCoefficient<K, VV, EV> setIncludeZeroDegreeVertices(boolean includeZeroDegreeVertices) {
        this.includeZeroDegreeVertices = includeZeroDegreeVertices;
        return this;
    }

    @Override
    protected DataSet<Result<K>> runInternal(Graph<K, VV, EV> input) throws Exception {
        TypeInformation<K> keyType = GellyTypes.keyType(input);
        DataSet<Vertex<K, LongValue>> triangleCounts = TriangleListing.listTriangles(input, parallelism)
                .flatMap(new SplitTriangles<K>()).returns(GellyTypes.vertex(keyType, GellyTypes.LONG_VALUE))
                .setParallelism(parallelism).name("Split triangles")
                .groupBy(0).reduce(new DegreeCount<K>()).setParallelism(parallelism).name("Count triangles");
        return input.run(new VertexDegree<K, VV, EV>().setIncludeZeroDegreeVertices(includeZeroDegreeVertices)
                        .setParallelism(parallelism))
                .leftOuterJoin(triangleCounts).where(0).equalTo(0).with(new JoinDegreeWithTriangleCount<K>())
                .returns(GellyTypes.pojo(Result.class, keyType)).setParallelism(parallelism)
                .name("Local clustering coefficient");
    }

    private static final class SplitTriangles<K> implements FlatMapFunction<Tuple3<K, K, K>, Vertex<K, LongValue>> {
        @Override
        public void flatMap(Tuple3<K, K, K> triangle, Collector<Vertex<K, LongValue>> out) {
            out.collect(new Vertex<>(triangle.f0, new LongValue(1)));
            out.collect(new Vertex<>(triangle.f1, new LongValue(1)));
            out.collect(new Vertex<>(triangle.f2, new LongValue(1)));
        }
    }

    private static final class JoinDegreeWithTriangleCount<K>
            implements JoinFunction<Vertex<K, LongValue>, Vertex<K, LongValue>, Result<K>> {
        @Override
        public Result<K> join(Vertex<K, LongValue> degree, Vertex<K, LongValue> triangles) {
            return new Result<>(degree.f0, degree.f1, triangles == null ? new LongValue(0) : triangles.f1);
        }
    }

    /**
     * A vertex, its degree and the number of triangles through it.
     *
     * @param <T> the vertex id type
     */
    public static class Result<T> extends LocalClusteringCoefficientResultBase<T> {

        public Result() {}

        public Result(T vertexId, LongValue degree, LongValue triangleCount) {
            setVertexId0(vertexId);
            setDegree(degree);
            setTriangleCount(triangleCount);
        }

        @Override
        protected long neighborPairs(long degree) {
            return degree * (degree - 1) / 2;
        }
    }
}
