package io.eddy.gelly.library.metric.directed;

import io.eddy.api.DataSet;
import io.eddy.api.functions.Collector;
import io.eddy.api.functions.FlatMapFunction;
import io.eddy.api.functions.GroupReduceFunction;
import io.eddy.api.tuple.Tuple3;
import io.eddy.api.tuple.Tuple4;
import io.eddy.api.typeinfo.TypeInformation;
import io.eddy.api.types.LongValue;
import io.eddy.gelly.Edge;
import io.eddy.gelly.Graph;
import io.eddy.gelly.asm.degree.annotate.directed.EdgeDegreesPair;
import io.eddy.gelly.asm.degree.annotate.directed.VertexDegrees.Degrees;
import io.eddy.gelly.library.metric.EdgeMetricsBase;
import io.eddy.gelly.utils.GellyTypes;

/**
 * Triangle and rectangle triplet counts of a directed graph (see {@link EdgeMetricsBase}); a pair of
 * opposite edges is one neighbour relation.
 *
 * @param <K> the vertex id type
 * @param <VV> the vertex value type
 * @param <EV> the edge value type
 */
public class EdgeMetrics<K extends Comparable<K>, VV, EV> extends EdgeMetricsBase<K, VV, EV, EdgeMetrics.Result> {

    @Override
    public EdgeMetrics<K, VV, EV> run(Graph<K, VV, EV> input) throws Exception {
        super.run(input);
        TypeInformation<K> keyType = GellyTypes.keyType(input);
        TypeInformation<Tuple3<K, LongValue, LongValue>> statsType =
                GellyTypes.tuple(keyType, GellyTypes.LONG_VALUE, GellyTypes.LONG_VALUE);
        DataSet<Tuple3<K, LongValue, LongValue>> stats = input
                .run(new EdgeDegreesPair<K, VV, EV>().setParallelism(parallelism))
                .flatMap(new LowOrderEdges<K, EV>())
                .returns(GellyTypes.tuple(keyType, keyType, GellyTypes.LONG_VALUE, GellyTypes.LONG_VALUE))
                .setParallelism(parallelism).name("Edge stats")
                .groupBy(0, 1).reduceGroup(new OncePerNeighbour<K>()).returns(statsType)
                .setParallelism(parallelism).name("Distinct edge stats");
        addEdgeStats(stats);
        return this;
    }

    @Override
    protected Result createResult(long triangleTripletCount, long rectangleTripletCount, long maximumTriangleTriplets,
            long maximumRectangleTriplets) {
        return new Result(triangleTripletCount, rectangleTripletCount, maximumTriangleTriplets, maximumRectangleTriplets);
    }

    /** (s, t, d(s), 1 if s ranks below t) and the same from t's side. */
    private static final class LowOrderEdges<K extends Comparable<K>, EV>
            implements FlatMapFunction<Edge<K, Tuple3<EV, Degrees, Degrees>>, Tuple4<K, K, LongValue, LongValue>> {
        @Override
        public void flatMap(Edge<K, Tuple3<EV, Degrees, Degrees>> edge, Collector<Tuple4<K, K, LongValue, LongValue>> out) {
            LongValue source = edge.f2.f1.getDegree();
            LongValue target = edge.f2.f2.getDegree();
            boolean low = source.getValue() < target.getValue()
                    || (source.getValue() == target.getValue() && edge.f0.compareTo(edge.f1) < 0);
            out.collect(new Tuple4<>(edge.f0, edge.f1, source, new LongValue(low ? 1 : 0)));
            out.collect(new Tuple4<>(edge.f1, edge.f0, target, new LongValue(low ? 0 : 1)));
        }
    }

    /** Keeps one record per neighbour pair, so that opposite edges count once. */
    private static final class OncePerNeighbour<K>
            implements GroupReduceFunction<Tuple4<K, K, LongValue, LongValue>, Tuple3<K, LongValue, LongValue>> {
        @Override
        public void reduce(Iterable<Tuple4<K, K, LongValue, LongValue>> values, Collector<Tuple3<K, LongValue, LongValue>> out) {
            Tuple4<K, K, LongValue, LongValue> first = values.iterator().next();
            out.collect(new Tuple3<>(first.f0, first.f2, first.f3));
        }
    }

    /** The edge metrics of a directed graph. */
    public static class Result extends EdgeMetricsBase.Metrics {
        public Result(long triangleTripletCount, long rectangleTripletCount, long maximumTriangleTriplets,
                long maximumRectangleTriplets) {
            super(triangleTripletCount, rectangleTripletCount, maximumTriangleTriplets, maximumRectangleTriplets);
        }
    }
}
