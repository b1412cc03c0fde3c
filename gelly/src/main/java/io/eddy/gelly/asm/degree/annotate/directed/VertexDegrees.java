package io.eddy.gelly.asm.degree.annotate.directed;

import io.eddy.api.DataSet;
import io.eddy.api.functions.Collector;
import io.eddy.api.functions.FlatMapFunction;
import io.eddy.api.functions.JoinFunction;
import io.eddy.api.functions.MapFunction;
import io.eddy.api.functions.ReduceFunction;
import io.eddy.api.operators.translation.NumericReduceFunction;
import io.eddy.api.operators.translation.NumericReduceFunction.Fold;
import io.eddy.api.tuple.Tuple3;
import io.eddy.api.typeinfo.TypeInformation;
import io.eddy.api.types.ByteValue;
import io.eddy.api.types.LongValue;
import io.eddy.gelly.Edge;
import io.eddy.gelly.Graph;
import io.eddy.gelly.Vertex;
import io.eddy.gelly.utils.GellyTypes;
import io.eddy.gelly.utils.proxy.GraphAlgorithmWrappingDataSet;

/**
 * The degree, out-degree and in-degree of each vertex of a directed graph. The degree counts
 * distinct neighbours, so it is what clustering coefficients and triplet counts need; it is found
 * by merging the two directions of each vertex pair into one record first.
 *
 * @param <K> the vertex id type
 * @param <VV> the vertex value type
 * @param <EV> the edge value type
 */
public class VertexDegrees<K, VV, EV> extends GraphAlgorithmWrappingDataSet<K, VV, EV, Vertex<K, VertexDegrees.Degrees>> {

    private static final byte OUT = 1;

    private static final byte IN = 2;

    private boolean includeZeroDegreeVertices;

    /** Whether vertices without edges are output, with all degrees zero; the default is false. */
    public VertexDegrees<K, VV, EV> setIncludeZeroDegreeVertices(boolean includeZeroDegreeVertices) {
        this.includeZeroDegreeVertices = includeZeroDegreeVertices;
        return this;
    }

    /** The type information of {@link Degrees}. */
    public static TypeInformation<Degrees> degreesType() {
        return GellyTypes.tuple(Degrees.class, GellyTypes.LONG_VALUE, GellyTypes.LONG_VALUE, GellyTypes.LONG_VALUE);
    }

    @Override
    protected DataSet<Vertex<K, Degrees>> runInternal(Graph<K, VV, EV> input) throws Exception {
        TypeInformation<K> keyType = GellyTypes.keyType(input);
        TypeInformation<Vertex<K, Degrees>> type = GellyTypes.vertex(keyType, degreesType());
        DataSet<Vertex<K, Degrees>> degrees = input.getEdges()
                .flatMap(new EmitBothDirections<K, EV>())
                .returns(GellyTypes.tuple(keyType, keyType, TypeInformation.of(ByteValue.class)))
                .setParallelism(parallelism).name("Edge directions")
                .groupBy(0, 1).reduce(new MergeDirections<K>()).setParallelism(parallelism).name("Neighbour directions")
                .map(new NeighbourDegrees<K>()).returns(type).setParallelism(parallelism).name("Neighbour degrees")
                .groupBy(0).reduce(new SumDegrees<K>()).setParallelism(parallelism).name("Sum degrees");
        if (!includeZeroDegreeVertices) {
            return degrees;
        }
        return input.getVertices().leftOuterJoin(degrees).where(0).equalTo(0).with(new ZeroDegrees<K, VV>())
                .returns(type).setParallelism(parallelism).name("Zero degree vertices");
    }

    /**
     * A vertex's degree (distinct neighbours), out-degree and in-degree, as fields 0, 1 and 2.
     */
    public static class Degrees extends Tuple3<LongValue, LongValue, LongValue> {

        public Degrees() {
            this(new LongValue(), new LongValue(), new LongValue());
        }

        public Degrees(LongValue degree, LongValue outDegree, LongValue inDegree) {
            super(degree, outDegree, inDegree);
        }

        public LongValue getDegree() {
            return f0;
        }

        public LongValue getOutDegree() {
            return f1;
        }

        public LongValue getInDegree() {
            return f2;
        }
    }

    private static final class EmitBothDirections<K, EV> implements FlatMapFunction<Edge<K, EV>, Tuple3<K, K, ByteValue>> {
        @Override
        public void flatMap(Edge<K, EV> edge, Collector<Tuple3<K, K, ByteValue>> out) {
            out.collect(new Tuple3<>(edge.f0, edge.f1, new ByteValue(OUT)));
            out.collect(new Tuple3<>(edge.f1, edge.f0, new ByteValue(IN)));
        }
    }

    private static final class MergeDirections<K> implements ReduceFunction<Tuple3<K, K, ByteValue>> {
        @Override
        public Tuple3<K, K, ByteValue> reduce(Tuple3<K, K, ByteValue> left, Tuple3<K, K, ByteValue> right) {
            return new Tuple3<>(left.f0, left.f1, new ByteValue((byte) (left.f2.getValue() | right.f2.getValue())));
        }
    }

    private static final class NeighbourDegrees<K> implements MapFunction<Tuple3<K, K, ByteValue>, Vertex<K, Degrees>> {
        @Override
        public Vertex<K, Degrees> map(Tuple3<K, K, ByteValue> neighbour) {
            byte mask = neighbour.f2.getValue();
            return new Vertex<>(neighbour.f0, new Degrees(new LongValue(1), new LongValue((mask & OUT) != 0 ? 1 : 0),
                    new LongValue((mask & IN) != 0 ? 1 : 0)));
        }
    }

    private static final class SumDegrees<K> implements NumericReduceFunction<Vertex<K, Degrees>> {
        @Override
        public Fold[] folds() {
            return new Fold[] {Fold.LONG_SUM, Fold.LONG_SUM, Fold.LONG_SUM};
        }

        @Override
        public Vertex<K, Degrees> reduce(Vertex<K, Degrees> left, Vertex<K, Degrees> right) {
            Degrees a = left.f1;
            Degrees b = right.f1;
            return new Vertex<>(left.f0, new Degrees(new LongValue(a.f0.getValue() + b.f0.getValue()),
                    new LongValue(a.f1.getValue() + b.f1.getValue()), new LongValue(a.f2.getValue() + b.f2.getValue())));
        }
    }

    private static final class ZeroDegrees<K, VV> implements JoinFunction<Vertex<K, VV>, Vertex<K, Degrees>, Vertex<K, Degrees>> {
        @Override
        public Vertex<K, Degrees> join(Vertex<K, VV> vertex, Vertex<K, Degrees> degrees) {
            return new Vertex<>(vertex.f0, degrees == null ? new Degrees() : degrees.f1);
        }
    }
}
