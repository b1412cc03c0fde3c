package io.eddy.gelly.library.clustering.directed;

import io.eddy.api.DataSet;
import io.eddy.api.functions.Collector;
import io.eddy.api.functions.FlatMapFunction;
import io.eddy.api.functions.JoinFunction;
import io.eddy.api.typeinfo.TypeInformation;
import io.eddy.api.types.CopyableValue;
import io.eddy.api.types.LongValue;
import io.eddy.gelly.Graph;
import io.eddy.gelly.Vertex;
import io.eddy.gelly.asm.degree.annotate.DegreeAnnotationFunctions.DegreeCount;
import io.eddy.gelly.asm.degree.annotate.directed.VertexDegrees;
import io.eddy.gelly.asm.degree.annotate.directed.VertexDegrees.Degrees;
import io.eddy.gelly.library.clustering.LocalClusteringCoefficientResultBase;
import io.eddy.gelly.utils.GellyTypes;
import io.eddy.gelly.utils.proxy.GraphAlgorithmWrappingDataSet;

/**
 * The local clustering coefficient of each vertex of a directed graph: the number of directed
 * edges among its d distinct neighbours over the d(d-1) possible ones. Vertices without edges are
 * included by default (with score NaN).
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
        DataSet<Vertex<K, LongValue>> edgeCounts = input
                .run(new TriangleListing<K, VV, EV>().setParallelism(parallelism))
                .flatMap(new SplitTriangles<K>()).returns(GellyTypes.vertex(keyType, GellyTypes.LONG_VALUE))
                .setParallelism(parallelism).name("Split triangles")
                .groupBy(0).reduce(new DegreeCount<K>()).setParallelism(parallelism).name("Count neighbour edges");
        return input.run(new VertexDegrees<K, VV, EV>().setIncludeZeroDegreeVertices(includeZeroDegreeVertices)
                        .setParallelism(parallelism))
                .leftOuterJoin(edgeCounts).where(0).equalTo(0).with(new JoinDegreesWithEdgeCount<K>())
                .returns(GellyTypes.pojo(Result.class, keyType)).setParallelism(parallelism)
                .name("Local clustering coefficient");
    }

    /** Each vertex of a triangle gets the number of edges (one or two) between the other two. */
    private static final class SplitTriangles<K> implements FlatMapFunction<TriangleListing.Result<K>, Vertex<K, LongValue>> {
        @Override
        public void flatMap(TriangleListing.Result<K> triangle, Collector<Vertex<K, LongValue>> out) {
            int mask = triangle.getBitmask().getValue();
            out.collect(new Vertex<>(triangle.getVertexId0(), new LongValue(Integer.bitCount(mask & 0b11))));
            out.collect(new Vertex<>(triangle.getVertexId1(), new LongValue(Integer.bitCount(mask & 0b1100))));
            out.collect(new Vertex<>(triangle.getVertexId2(), new LongValue(Integer.bitCount(mask & 0b110000))));
        }
    }

    private static final class JoinDegreesWithEdgeCount<K> implements JoinFunction<Vertex<K, Degrees>, Vertex<K, LongValue>, Result<K>> {
        @Override
        public Result<K> join(Vertex<K, Degrees> degrees, Vertex<K, LongValue> edges) {
            return new Result<>(degrees.f0, degrees.f1.getDegree(), edges == null ? new LongValue(0) : edges.f1);
        }
    }

    /**
     * A vertex, its number of distinct neighbours and the number of directed edges among them.
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
            return degree * (degree - 1);
        }
    }
}
