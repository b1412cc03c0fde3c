package io.eddy.gelly.spargel;

import io.eddy.api.DataSet;
import io.eddy.api.aggregators.Aggregator;
import io.eddy.api.configuration.Configuration;
import io.eddy.api.functions.Collector;
import io.eddy.api.functions.RichCoGroupFunction;
import io.eddy.api.operators.CoGroupOperator;
import io.eddy.api.operators.CustomUnaryOperation;
import io.eddy.api.operators.DeltaIteration;
import io.eddy.api.tuple.Tuple2;
import io.eddy.api.typeinfo.TypeInformation;
import io.eddy.api.typeutils.ResultTypeQueryable;
import io.eddy.api.typeutils.TupleTypeInfo;
import io.eddy.api.typeutils.TypeExtractor;
import io.eddy.gelly.Edge;
import io.eddy.gelly.EdgeDirection;
import io.eddy.gelly.Vertex;
import io.eddy.gelly.internal.IterationSupport;
import java.util.function.Consumer;
import java.util.Iterator;
import java.util.Map;

/**
 * Gelly's scatter-gather iteration as a delta iteration. The solution set holds the vertices, the
 * workset the vertices that changed. Each superstep coGroups the workset with the (loop-invariant)
 * edges to run the {@link ScatterFunction}, then coGroups the messages, grouped by target, with
 * the solution set to run the {@link GatherFunction}; the vertices it updates are both the
 * solution set's delta and the next workset. With degrees enabled the solution set carries each
 * vertex's in- and out-degree beside its value.
 *
 * @param <K> the vertex id type
 * @param <VV> the vertex value type
 * @param <Message> the message type
 * @param <EV> the edge value type
 */
public class ScatterGatherIteration<K, VV, Message, EV>
        implements CustomUnaryOperation<Vertex<K, VV>, Vertex<K, VV>> {

    private final ScatterFunction<K, VV, Message, EV> scatterFunction;

    private final GatherFunction<K, VV, Message> gatherFunction;

    private final DataSet<Edge<K, EV>> edges;

    private final int maximumNumberOfIterations;

    private DataSet<Vertex<K, VV>> initialVertices;

    private ScatterGatherConfiguration configuration;

    private ScatterGatherIteration(ScatterFunction<K, VV, Message, EV> scatterFunction,
            GatherFunction<K, VV, Message> gatherFunction, DataSet<Edge<K, EV>> edges, int maximumNumberOfIterations) {
        if (scatterFunction == null || gatherFunction == null || edges == null) {
            throw new NullPointerException("The scatter function, the gather function and the edges must be given");
        }
        if (maximumNumberOfIterations <= 0) {
            throw new IllegalArgumentException("The maximum number of iterations must be at least one");
        }
        this.scatterFunction = scatterFunction;
        this.gatherFunction = gatherFunction;
        this.edges = edges;
        this.maximumNumberOfIterations = maximumNumberOfIterations;
    }

    /** An iteration over the given edges, with its functions and a bound on supersteps. */
    public static <K, VV, Message, EV> ScatterGatherIteration<K, VV, Message, EV> withEdges(
            DataSet<Edge<K, EV>> edgesWithValue, ScatterFunction<K, VV, Message, EV> sf,
            GatherFunction<K, VV, Message> gf, int maximumNumberOfIterations) {
        return new ScatterGatherIteration<>(sf, gf, edgesWithValue, maximumNumberOfIterations);
    }

    public void configure(ScatterGatherConfiguration parameters) {
        this.configuration = parameters;
    }

    public ScatterGatherConfiguration getIterationConfiguration() {
        return configuration;
    }

    @Override
    public void setInput(DataSet<Vertex<K, VV>> inputData) {
        this.initialVertices = inputData;
    }

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public DataSet<Vertex<K, VV>> createResult() {
        if (initialVertices == null) {
            throw new IllegalStateException("The input data set has not been set");
        }
        ScatterGatherConfiguration config = configuration != null ? configuration : new ScatterGatherConfiguration();
        TupleTypeInfo<Vertex<K, VV>> vertexType = (TupleTypeInfo<Vertex<K, VV>>) initialVertices.getType();
        TypeInformation<K> keyType = vertexType.getTypeAt(0);
        TypeInformation<VV> valueType = vertexType.getTypeAt(1);
        TypeInformation<Message> messageType = TypeExtractor.createTypeInfo(ScatterFunction.class,
                scatterFunction.getClass(), 2, keyType, valueType);
        TypeInformation<Tuple2<K, Message>> messageTupleType = new TupleTypeInfo<>(keyType, messageType);

        boolean degrees = config.isOptDegrees();
        DataSet<Vertex<K, Object>> state = degrees
                ? (DataSet) IterationSupport.withDegrees(initialVertices, edges)
                : (DataSet) initialVertices;
        TypeInformation<Vertex<K, Object>> stateType = state.getType();

        DataSet<Long> numberOfVertices = config.isOptNumVertices() ? IterationSupport.count(initialVertices) : null;
        String name = config.getName("Scatter-gather iteration (" + scatterFunction.getClass().getSimpleName()
                + " | " + gatherFunction.getClass().getSimpleName() + ")");

        DeltaIteration<Vertex<K, Object>, Vertex<K, Object>> iteration =
                state.iterateDelta(state, maximumNumberOfIterations, 0);
        iteration.name(name);
        iteration.parallelism(config.getParallelism());
        iteration.setSolutionSetUnManaged(config.isSolutionSetUnmanagedMemory());
        for (Map.Entry<String, Aggregator<?>> aggregator : config.getAggregators().entrySet()) {
            iteration.registerAggregator(aggregator.getKey(), aggregator.getValue());
        }

        EdgeDirection direction = config.getDirection();
        scatterFunction.setDirection(direction);
        DataSet<Tuple2<K, Message>> messages = switch (direction) {
            case OUT -> scatter(iteration, 0, true, messageTupleType, numberOfVertices, config, degrees);
            case IN -> scatter(iteration, 1, false, messageTupleType, numberOfVertices, config, degrees);
            case ALL -> scatter(iteration, 0, true, messageTupleType, numberOfVertices, config, degrees)
                    .union(scatter(iteration, 1, false, messageTupleType, numberOfVertices, config, degrees));
        };

        CoGroupOperator<Tuple2<K, Message>, Vertex<K, Object>, Vertex<K, Object>> updates = messages
                .coGroup(iteration.getSolutionSet()).where(0).equalTo(0)
                .with(new GatherUdf<K, VV, Message>(gatherFunction, stateType, degrees, numberOfVertices != null))
                .name("Gather: " + gatherFunction.getClass().getSimpleName());
        IterationSupport.addBroadcastSets(updates, config.getGatherBcastVars(), numberOfVertices);

        DataSet<Vertex<K, Object>> result = iteration.closeWith(updates, updates);
        return degrees ? (DataSet) IterationSupport.withoutDegrees((DataSet) result, vertexType) : (DataSet) result;
    }

    private DataSet<Tuple2<K, Message>> scatter(DeltaIteration<Vertex<K, Object>, Vertex<K, Object>> iteration,
            int edgeKey, boolean toTarget, TypeInformation<Tuple2<K, Message>> messageTupleType,
            DataSet<Long> numberOfVertices, ScatterGatherConfiguration config, boolean degrees) {
        CoGroupOperator<Edge<K, EV>, Vertex<K, Object>, Tuple2<K, Message>> messages = edges
                .coGroup(iteration.getWorkset()).where(edgeKey).equalTo(0)
                .with(new ScatterUdf<K, VV, Message, EV>(scatterFunction, messageTupleType, toTarget, degrees,
                        numberOfVertices != null))
                .name("Scatter: " + scatterFunction.getClass().getSimpleName()
                        + (toTarget ? " (to targets)" : " (to sources)"));
        IterationSupport.addBroadcastSets(messages, config.getScatterBcastVars(), numberOfVertices);
        return messages;
    }

    /** Runs the scatter function for each vertex of the workset, with its edges. */
    private static final class ScatterUdf<K, VV, Message, EV>
            extends RichCoGroupFunction<Edge<K, EV>, Vertex<K, Object>, Tuple2<K, Message>>
            implements ResultTypeQueryable<Tuple2<K, Message>> {

        private static final long serialVersionUID = 1L;

        private final ScatterFunction<K, VV, Message, EV> function;

        private final TypeInformation<Tuple2<K, Message>> resultType;

        private final boolean toTarget;

        private final boolean degrees;

        private final boolean counted;

        private transient IterationSupport.VertexState<K, VV> vertexState;

        ScatterUdf(ScatterFunction<K, VV, Message, EV> function, TypeInformation<Tuple2<K, Message>> resultType,
                boolean toTarget, boolean degrees, boolean counted) {
            this.function = function;
            this.resultType = resultType;
            this.toTarget = toTarget;
            this.degrees = degrees;
            this.counted = counted;
        }

        @Override
        public void open(Configuration parameters) throws Exception {
            function.init(getIterationRuntimeContext(), IterationSupport.numberOfVertices(getRuntimeContext(), counted));
            vertexState = new IterationSupport.VertexState<>(degrees);
            function.preSuperstep();
        }

        @Override
        public void close() throws Exception {
            function.postSuperstep();
        }

        @Override
        public void coGroup(Iterable<Edge<K, EV>> edges, Iterable<Vertex<K, Object>> state,
                Collector<Tuple2<K, Message>> out) throws Exception {
            Iterator<Vertex<K, Object>> vertices = state.iterator();
            if (!vertices.hasNext()) {
                return;
            }
            Vertex<K, VV> vertex = vertexState.unwrap(vertices.next());
            function.set(edges.iterator(), toTarget, out, vertexState.inDegree(), vertexState.outDegree());
            function.sendMessages(vertex);
        }

        @Override
        public TypeInformation<Tuple2<K, Message>> getProducedType() {
            return resultType;
        }
    }

    /** Runs the gather function for each vertex that received messages. */
    private static final class GatherUdf<K, VV, Message>
            extends RichCoGroupFunction<Tuple2<K, Message>, Vertex<K, Object>, Vertex<K, Object>>
            implements ResultTypeQueryable<Vertex<K, Object>>, Consumer<VV> {

        private static final long serialVersionUID = 1L;

        private final GatherFunction<K, VV, Message> function;

        private final TypeInformation<Vertex<K, Object>> resultType;

        private final boolean degrees;

        private final boolean counted;

        private transient MessageIterator<Message> messageIterator;

        private transient IterationSupport.VertexState<K, VV> vertexState;

        private transient K currentId;

        private transient Collector<Vertex<K, Object>> out;

        GatherUdf(GatherFunction<K, VV, Message> function, TypeInformation<Vertex<K, Object>> resultType,
                boolean degrees, boolean counted) {
            this.function = function;
            this.resultType = resultType;
            this.degrees = degrees;
            this.counted = counted;
        }

        @Override
        public void open(Configuration parameters) throws Exception {
            function.init(getIterationRuntimeContext(), IterationSupport.numberOfVertices(getRuntimeContext(), counted));
            messageIterator = new MessageIterator<>();
            vertexState = new IterationSupport.VertexState<>(degrees);
            function.preSuperstep();
        }

        /** A new value set by the gather function: the vertex's update. */
        @Override
        public void accept(VV newValue) {
            out.collect(vertexState.wrap(currentId, newValue));
        }

        @Override
        public void close() throws Exception {
            function.postSuperstep();
        }

        @Override
        public void coGroup(Iterable<Tuple2<K, Message>> messages, Iterable<Vertex<K, Object>> state,
                Collector<Vertex<K, Object>> out) throws Exception {
            Iterator<Tuple2<K, Message>> received = messages.iterator();
            Iterator<Vertex<K, Object>> vertices = state.iterator();
            if (!vertices.hasNext()) {
                if (received.hasNext()) {
                    throw new IllegalStateException("Target vertex '" + received.next().f0 + "' does not exist!");
                }
                return;
            }
            if (!received.hasNext()) {
                return;
            }
            Vertex<K, VV> vertex = vertexState.unwrap(vertices.next());
            this.currentId = vertex.f0;
            this.out = out;
            function.set(this, vertexState.inDegree(), vertexState.outDegree());
            messageIterator.setSource(received);
            function.updateVertex(vertex, messageIterator);
        }

        @Override
        public TypeInformation<Vertex<K, Object>> getProducedType() {
            return resultType;
        }
    }
}
