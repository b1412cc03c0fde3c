package io.eddy.gelly.library.metric.undirected;

import io.eddy.api.DataSet;
import io.eddy.api.functions.MapFunction;
import io.eddy.api.tuple.Tuple3;
import io.eddy.api.typeinfo.TypeInformation;
import io.eddy.api.types.LongValue;
import io.eddy.gelly.Edge;
import io.eddy.gelly.Graph;
import io.eddy.gelly.asm.degree.annotate.undirected.EdgeDegreePair;
import io.eddy.gelly.library.metric.EdgeMetricsBase;
import io.eddy.gelly.utils.GellyTypes;

/**
 * Triangle and rectangle triplet counts of an undirected graph (see {@link EdgeMetricsBase}).
 *
 * @param <K> the vertex id type
 * @param <VV> the vertex value type
 * @param <EV> the edge value type
 */
public class EdgeMetrics<K extends Comparable<K>, VV, EV> extends EdgeMetricsBase<K, VV, EV, EdgeMetrics.Result> {

    private boolean reduceOnTargetId;

    /** Counts degrees by target id; the same on an undirected graph. */
    public EdgeMetrics<K, VV, EV> setReduceOnTargetId(boolean reduceOnTargetId) {
        this.reduceOnTargetId = reduceOnTargetId;
        return this;
    }

    @Override
    public EdgeMetrics<K, VV, EV> run(Graph<K, VV, EV> input) throws Exception {
        super.run(input);
        TypeInformation<K> keyType = GellyTypes.keyType(input);
        // each edge is stored both ways, so counting at the source covers both endpoints
        DataSet<Tuple3<K, LongValue, LongValue>> stats = input
                .run(new EdgeDegreePair<K, VV, EV>().setReduceOnTargetId(reduceOnTargetId).setParallelism(parallelism))
                .map(new LowOrderEdge<K, EV>())
                .returns(GellyTypes.tuple(keyType, GellyTypes.LONG_VALUE, GellyTypes.LONG_VALUE))
                .setParallelism(parallelism).name("Edge stats");
        addEdgeStats(stats);
        return this;
    }

    @Override
    protected Result createResult(long triangleTripletCount, long rectangleTripletCount, long maximumTriangleTriplets,
            long maximumRectangleTriplets) {
        return new Result(triangleTripletCount, rectangleTripletCount, maximumTriangleTriplets, maximumRectangleTriplets);
    }

    /** (s, d(s), 1 if s ranks below t else 0). */
    private static final class LowOrderEdge<K extends Comparable<K>, EV>
            implements MapFunction<Edge<K, Tuple3<EV, LongValue, LongValue>>, Tuple3<K, LongValue, LongValue>> {
        @Override
        public Tuple3<K, LongValue, LongValue> map(Edge<K, Tuple3<EV, LongValue, LongValue>> edge) {
            long source = edge.f2.f1.getValue();
            long target = edge.f2.f2.getValue();
            boolean low = source < target || (source == target && edge.f0.compareTo(edge.f1) < 0);
            return new Tuple3<>(edge.f0, edge.f2.f1, new LongValue(low ? 1 : 0));
        }
    }

    /** The edge metrics of an undirected graph. */
    public static class Result extends EdgeMetricsBase.Metrics {
        public Result(long triangleTripletCount, long rectangleTripletCount, long maximumTriangleTriplets,
                long maximumRectangleTriplets) {
            super(triangleTripletCount, rectangleTripletCount, maximumTriangleTriplets, maximumRectangleTriplets);
        }
    }
}
