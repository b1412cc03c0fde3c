package io.eddy.gelly.gsa;

import io.eddy.api.DataSet;
import io.eddy.api.aggregators.Aggregator;
import io.eddy.api.configuration.Configuration;
import io.eddy.api.functions.Collector;
import io.eddy.api.functions.RichFlatJoinFunction;
import io.eddy.api.functions.RichReduceFunction;
import io.eddy.api.operators.CustomUnaryOperation;
import io.eddy.api.operators.DeltaIteration;
import io.eddy.api.operators.JoinOperator;
import io.eddy.api.operators.ReduceOperator;
import io.eddy.api.operators.translation.NumericReduceFunction;
import io.eddy.api.operators.translation.NumericReduceFunction.Fold;
import io.eddy.api.tuple.Tuple2;
import io.eddy.api.typeinfo.TypeInformation;
import io.eddy.api.typeutils.ResultTypeQueryable;
import io.eddy.api.typeutils.TupleTypeInfo;
import io.eddy.api.typeutils.TypeExtractor;
import io.eddy.gelly.Edge;
import io.eddy.gelly.EdgeDirection;
import io.eddy.gelly.Vertex;
import io.eddy.gelly.internal.IterationSupport;
import java.util.Map;

/**
 * Gelly's gather-sum-apply iteration as a delta iteration. The solution set holds the vertices, the
 * workset the vertices that changed. Each superstep joins the workset with the loop-invariant
 * edges (a hash table built once), gathers a value from every neighbour in the join, sums the values per
 * vertex (combined before the shuffle) and joins the sums with the solution set to apply them.
 *
 * @param <K> the vertex id type
 * @param <VV> the vertex value type
 * @param <EV> the edge value type
 * @param <M> the gathered value type
 */
public class GatherSumApplyIteration<K, VV, EV, M> implements CustomUnaryOperation<Vertex<K, VV>, Vertex<K, VV>> {

    private final GatherFunction<VV, EV, M> gather;

    private final SumFunction<VV, EV, M> sum;

    private final ApplyFunction<K, VV, M> apply;

    private final DataSet<Edge<K, EV>> edges;

    private final int maximumNumberOfIterations;

    private DataSet<Vertex<K, VV>> vertices;

    private GSAConfiguration configuration;

    private GatherSumApplyIteration(GatherFunction<VV, EV, M> gather, SumFunction<VV, EV, M> sum,
            ApplyFunction<K, VV, M> apply, DataSet<Edge<K, EV>> edges, int maximumNumberOfIterations) {
        if (gather == null || sum == null || apply == null || edges == null) {
            throw new NullPointerException("The gather, sum and apply functions and the edges must be given");
        }
        if (maximumNumberOfIterations <= 0) {
            throw new IllegalArgumentException("The maximum number of iterations must be at least one");
        }
        this.gather = gather;
        this.sum = sum;
        this.apply = apply;
        this.edges = edges;
        this.maximumNumberOfIterations = maximumNumberOfIterations;
    }

    /** An iteration over the given edges, with its functions and a bound on supersteps. */
    public static <K, VV, EV, M> GatherSumApplyIteration<K, VV, EV, M> withEdges(DataSet<Edge<K, EV>> edges,
            GatherFunction<VV, EV, M> gather, SumFunction<VV, EV, M> sum, ApplyFunction<K, VV, M> apply,
            int maximumNumberOfIterations) {
        return new GatherSumApplyIteration<>(gather, sum, apply, edges, maximumNumberOfIterations);
    }

    public void configure(GSAConfiguration configuration) {
        this.configuration = configuration;
    }

    public GSAConfiguration getIterationConfiguration() {
        return configuration;
    }

    @Override
    public void setInput(DataSet<Vertex<K, VV>> dataSet) {
        this.vertices = dataSet;
    }

    @Override
    @SuppressWarnings("unchecked")
    public DataSet<Vertex<K, VV>> createResult() {
        if (vertices == null) {
            throw new IllegalStateException("The input data set has not been set");
        }
        GSAConfiguration config = configuration != null ? configuration : new GSAConfiguration();
        TupleTypeInfo<Vertex<K, VV>> vertexType = (TupleTypeInfo<Vertex<K, VV>>) vertices.getType();
        TupleTypeInfo<Edge<K, EV>> edgeType = (TupleTypeInfo<Edge<K, EV>>) edges.getType();
        TypeInformation<K> keyType = vertexType.getTypeAt(0);
        TypeInformation<M> gatheredType = TypeExtractor.createTypeInfo(GatherFunction.class, gather.getClass(), 2,
                vertexType.getTypeAt(1), edgeType.getTypeAt(2));
        TypeInformation<Tuple2<K, M>> gatheredTupleType = new TupleTypeInfo<>(keyType, gatheredType);

        DataSet<Long> numberOfVertices = config.isOptNumVertices() ? IterationSupport.count(vertices) : null;
        boolean counted = numberOfVertices != null;
        DeltaIteration<Vertex<K, VV>, Vertex<K, VV>> iteration =
                vertices.iterateDelta(vertices, maximumNumberOfIterations, 0);
        iteration.name(config.getName("Gather-sum-apply iteration (" + gather.getClass().getSimpleName() + " | "
                + sum.getClass().getSimpleName() + " | " + apply.getClass().getSimpleName() + ")"));
        iteration.parallelism(config.getParallelism());
        iteration.setSolutionSetUnManaged(config.isSolutionSetUnmanagedMemory());
        for (Map.Entry<String, Aggregator<?>> aggregator : config.getAggregators().entrySet()) {
            iteration.registerAggregator(aggregator.getKey(), aggregator.getValue());
        }

        EdgeDirection direction = config.getDirection();
        DataSet<Tuple2<K, M>> gathered = switch (direction) {
            case OUT -> gather(iteration, 0, gatheredTupleType, numberOfVertices, config);
            case IN -> gather(iteration, 1, gatheredTupleType, numberOfVertices, config);
            case ALL -> gather(iteration, 0, gatheredTupleType, numberOfVertices, config)
                    .union(gather(iteration, 1, gatheredTupleType, numberOfVertices, config));
        };

        ReduceOperator<Tuple2<K, M>> summed = gathered.groupBy(0)
                .reduce(new SumUdf<K, VV, EV, M>(sum, gatheredTupleType, counted))
                .name("Sum: " + sum.getClass().getSimpleName());
        IterationSupport.addBroadcastSets(summed, config.getSumBcastVars(), numberOfVertices);

        JoinOperator<Tuple2<K, M>, Vertex<K, VV>, Vertex<K, VV>> applied = summed
                .join(iteration.getSolutionSet()).where(0).equalTo(0)
                .with(new ApplyUdf<K, VV, M>(apply, vertexType, counted))
                .name("Apply: " + apply.getClass().getSimpleName());
        IterationSupport.addBroadcastSets(applied, config.getApplyBcastVars(), numberOfVertices);

        return iteration.closeWith(applied, applied);
    }

    /**
     * Changed vertices joined with their edges, each neighbour gathered at once: (the vertex on the
     * other side, gathered value).
     */
    private JoinOperator<Vertex<K, VV>, Edge<K, EV>, Tuple2<K, M>> gather(
            DeltaIteration<Vertex<K, VV>, Vertex<K, VV>> iteration, int edgeKey,
            TypeInformation<Tuple2<K, M>> gatheredType, DataSet<Long> numberOfVertices, GSAConfiguration config) {
        JoinOperator<Vertex<K, VV>, Edge<K, EV>, Tuple2<K, M>> gathered = iteration.getWorkset()
                .join(edges).where(0).equalTo(edgeKey)
                .with(new GatherUdf<K, VV, EV, M>(gather, edgeKey == 0, gatheredType, numberOfVertices != null))
                .name("Gather: " + gather.getClass().getSimpleName()
                        + (edgeKey == 0 ? " (along edges)" : " (against edges)"));
        IterationSupport.addBroadcastSets(gathered, config.getGatherBcastVars(), numberOfVertices);
        return gathered;
    }

    /** Gathers from the changed vertex on one side of an edge for the vertex on the other side. */
    private static final class GatherUdf<K, VV, EV, M>
            extends RichFlatJoinFunction<Vertex<K, VV>, Edge<K, EV>, Tuple2<K, M>>
            implements ResultTypeQueryable<Tuple2<K, M>> {

        private static final long serialVersionUID = 1L;

        private final GatherFunction<VV, EV, M> function;

        private final boolean toTarget;

        private final TypeInformation<Tuple2<K, M>> resultType;

        private final boolean counted;

        /** Only read by the gather function, so one instance serves every edge. */
        private transient Neighbor<VV, EV> neighbor;

        GatherUdf(GatherFunction<VV, EV, M> function, boolean toTarget, TypeInformation<Tuple2<K, M>> resultType,
                boolean counted) {
            this.function = function;
            this.toTarget = toTarget;
            this.resultType = resultType;
            this.counted = counted;
        }

        @Override
        public void open(Configuration parameters) throws Exception {
            neighbor = new Neighbor<>();
            function.open(getIterationRuntimeContext(), IterationSupport.numberOfVertices(getRuntimeContext(), counted));
        }

        @Override
        public void close() throws Exception {
            function.postSuperstep();
        }

        @Override
        public void join(Vertex<K, VV> vertex, Edge<K, EV> edge, Collector<Tuple2<K, M>> out) {
            neighbor.f0 = vertex.f1;
            neighbor.f1 = edge.f2;
            out.collect(new Tuple2<>(toTarget ? edge.f1 : edge.f0, function.gather(neighbor)));
        }

        @Override
        public TypeInformation<Tuple2<K, M>> getProducedType() {
            return resultType;
        }
    }

    /** Sums the gathered values of one vertex; as bytes where the sum function is a {@link NumericSum}. */
    private static final class SumUdf<K, VV, EV, M> extends RichReduceFunction<Tuple2<K, M>>
            implements ResultTypeQueryable<Tuple2<K, M>>, NumericReduceFunction<Tuple2<K, M>> {

        private static final long serialVersionUID = 1L;

        private final SumFunction<VV, EV, M> function;

        private final TypeInformation<Tuple2<K, M>> resultType;

        private final boolean counted;

        SumUdf(SumFunction<VV, EV, M> function, TypeInformation<Tuple2<K, M>> resultType, boolean counted) {
            this.function = function;
            this.resultType = resultType;
            this.counted = counted;
        }

        @Override
        public void open(Configuration parameters) throws Exception {
            function.open(getIterationRuntimeContext(), IterationSupport.numberOfVertices(getRuntimeContext(), counted));
        }

        @Override
        public void close() throws Exception {
            function.postSuperstep();
        }

        @Override
        public Tuple2<K, M> reduce(Tuple2<K, M> first, Tuple2<K, M> second) {
            first.f1 = function.sum(first.f1, second.f1);
            return first;
        }

        @Override
        public Fold[] folds() {
            Fold fold = function instanceof NumericSum numeric && resultType instanceof TupleTypeInfo<?> tuple
                    ? numeric.fold(tuple.getTypeAt(1).getTypeClass()) : null;
            return fold == null ? null : new Fold[] {fold};
        }

        @Override
        public TypeInformation<Tuple2<K, M>> getProducedType() {
            return resultType;
        }
    }

    private static final class ApplyUdf<K, VV, M> extends RichFlatJoinFunction<Tuple2<K, M>, Vertex<K, VV>, Vertex<K, VV>>
            implements ResultTypeQueryable<Vertex<K, VV>> {

        private static final long serialVersionUID = 1L;

        private final ApplyFunction<K, VV, M> function;

        private final TypeInformation<Vertex<K, VV>> resultType;

        private final boolean counted;

        ApplyUdf(ApplyFunction<K, VV, M> function, TypeInformation<Vertex<K, VV>> resultType, boolean counted) {
            this.function = function;
            this.resultType = resultType;
            this.counted = counted;
        }

        @Override
        public void open(Configuration parameters) throws Exception {
            function.open(getIterationRuntimeContext(), IterationSupport.numberOfVertices(getRuntimeContext(), counted));
        }

        @Override
        public void close() throws Exception {
            function.postSuperstep();
        }

        @Override
        public void join(Tuple2<K, M> newValue, Vertex<K, VV> current, Collector<Vertex<K, VV>> out) {
            function.set(current.f0, out);
            function.apply(newValue.f1, current.f1);
        }

        @Override
        public TypeInformation<Vertex<K, VV>> getProducedType() {
            return resultType;
        }
    }
}
