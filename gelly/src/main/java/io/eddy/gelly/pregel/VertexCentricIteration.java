package io.eddy.gelly.pregel;

import io.eddy.api.DataSet;
import io.eddy.api.aggregators.Aggregator;
import io.eddy.api.configuration.Configuration;
import io.eddy.api.functions.Collector;
import io.eddy.api.functions.FlatMapFunction;
import io.eddy.api.functions.GroupCombineFunction;
import io.eddy.api.functions.GroupReduceFunction;
import io.eddy.api.functions.JoinFunction;
import io.eddy.api.functions.MapFunction;
import io.eddy.api.functions.RichCoGroupFunction;
import io.eddy.api.operators.CoGroupOperator;
import io.eddy.api.operators.CustomUnaryOperation;
import io.eddy.api.operators.DeltaIteration;
import io.eddy.api.tuple.Tuple2;
import io.eddy.api.tuple.Tuple3;
import io.eddy.api.typeinfo.TypeInformation;
import io.eddy.api.typeutils.EitherTypeInfo;
import io.eddy.api.typeutils.ResultTypeQueryable;
import io.eddy.api.typeutils.TupleTypeInfo;
import io.eddy.api.typeutils.TypeExtractor;
import io.eddy.api.typeutils.ValueTypeInfo;
import io.eddy.api.types.Either;
import io.eddy.api.types.NullValue;
import io.eddy.gelly.Edge;
import io.eddy.gelly.Vertex;
import io.eddy.gelly.internal.IterationSupport;
import java.util.Iterator;
import java.util.Map;

/**
 * Gelly's vertex-centric (Pregel) iteration as a delta iteration. The solution set holds the
 * vertices; the workset holds the messages, {@code (target, message)}, and at first one empty
 * message per vertex so that every vertex computes in superstep 1. Each superstep joins the
 * messages with their target's state (a solution set lookup), coGroups them with the target's
 * out-edges to run the {@link ComputeFunction}, and splits its output into the solution set's
 * delta and the next workset, combined per target when a {@link MessageCombiner} is given.
 *
 * @param <K> the vertex id type
 * @param <VV> the vertex value type
 * @param <EV> the edge value type
 * @param <Message> the message type
 */
public class VertexCentricIteration<K, VV, EV, Message> implements CustomUnaryOperation<Vertex<K, VV>, Vertex<K, VV>> {

    private final ComputeFunction<K, VV, EV, Message> computeFunction;

    private final MessageCombiner<K, Message> combineFunction;

    private final DataSet<Edge<K, EV>> edgesWithValue;

    private final int maximumNumberOfIterations;

    private DataSet<Vertex<K, VV>> initialVertices;

    private VertexCentricConfiguration configuration;

    private VertexCentricIteration(ComputeFunction<K, VV, EV, Message> cf, DataSet<Edge<K, EV>> edgesWithValue,
            MessageCombiner<K, Message> mc, int maximumNumberOfIterations) {
        if (cf == null || edgesWithValue == null) {
            throw new NullPointerException("The compute function and the edges must be given");
        }
        if (maximumNumberOfIterations <= 0) {
            throw new IllegalArgumentException("The maximum number of iterations must be at least one");
        }
        this.computeFunction = cf;
        this.edgesWithValue = edgesWithValue;
        this.combineFunction = mc;
        this.maximumNumberOfIterations = maximumNumberOfIterations;
    }

    /** An iteration over the given edges, with its function, an optional combiner and a bound on supersteps. */
    public static <K, VV, EV, Message> VertexCentricIteration<K, VV, EV, Message> withEdges(
            DataSet<Edge<K, EV>> edgesWithValue, ComputeFunction<K, VV, EV, Message> cf,
            MessageCombiner<K, Message> mc, int maximumNumberOfIterations) {
        return new VertexCentricIteration<>(cf, edgesWithValue, mc, maximumNumberOfIterations);
    }

    /** An iteration without a combiner. */
    public static <K, VV, EV, Message> VertexCentricIteration<K, VV, EV, Message> withEdges(
            DataSet<Edge<K, EV>> edgesWithValue, ComputeFunction<K, VV, EV, Message> cf,
            int maximumNumberOfIterations) {
        return new VertexCentricIteration<>(cf, edgesWithValue, null, maximumNumberOfIterations);
    }

    public void configure(VertexCentricConfiguration parameters) {
        this.configuration = parameters;
    }

    public VertexCentricConfiguration getIterationConfiguration() {
        return configuration;
    }

    @Override
    public void setInput(DataSet<Vertex<K, VV>> inputData) {
        this.initialVertices = inputData;
    }

    @Override
    @SuppressWarnings("unchecked")
    public DataSet<Vertex<K, VV>> createResult() {
        if (initialVertices == null) {
            throw new IllegalStateException("The input data set has not been set");
        }
        VertexCentricConfiguration config = configuration != null ? configuration : new VertexCentricConfiguration();
        TupleTypeInfo<Vertex<K, VV>> vertexType = (TupleTypeInfo<Vertex<K, VV>>) initialVertices.getType();
        TypeInformation<K> keyType = vertexType.getTypeAt(0);
        TypeInformation<Message> messageType = TypeExtractor.createTypeInfo(ComputeFunction.class,
                computeFunction.getClass(), 3, keyType, vertexType.getTypeAt(1));
        TypeInformation<Either<NullValue, Message>> messageOrNothing =
                new EitherTypeInfo<>(ValueTypeInfo.NULL_VALUE_TYPE_INFO, messageType);
        TypeInformation<Tuple2<K, Either<NullValue, Message>>> worksetType =
                new TupleTypeInfo<>(keyType, messageOrNothing);
        TypeInformation<Tuple3<K, Vertex<K, VV>, Either<NullValue, Message>>> withStateType =
                new TupleTypeInfo<>(keyType, vertexType, messageOrNothing);
        TypeInformation<Either<Vertex<K, VV>, Tuple2<K, Either<NullValue, Message>>>> computedType =
                new EitherTypeInfo<>(vertexType, worksetType);

        DataSet<Tuple2<K, Either<NullValue, Message>>> initialWorkset = initialVertices
                .map(new InitialMessage<K, VV, Message>()).returns(worksetType).name("Initial messages");
        DeltaIteration<Vertex<K, VV>, Tuple2<K, Either<NullValue, Message>>> iteration =
                initialVertices.iterateDelta(initialWorkset, maximumNumberOfIterations, 0);
        iteration.name(config.getName("Vertex-centric iteration (" + computeFunction.getClass().getSimpleName() + ")"));
        iteration.parallelism(config.getParallelism());
        iteration.setSolutionSetUnManaged(config.isSolutionSetUnmanagedMemory());
        for (Map.Entry<String, Aggregator<?>> aggregator : config.getAggregators().entrySet()) {
            iteration.registerAggregator(aggregator.getKey(), aggregator.getValue());
        }

        DataSet<Tuple3<K, Vertex<K, VV>, Either<NullValue, Message>>> withState = iteration.getWorkset()
                .join(iteration.getSolutionSet()).where(0).equalTo(0)
                .with(new AppendVertexState<K, VV, Message>()).returns(withStateType).name("Messages with vertex state");

        CoGroupOperator<Tuple3<K, Vertex<K, VV>, Either<NullValue, Message>>, Edge<K, EV>,
                Either<Vertex<K, VV>, Tuple2<K, Either<NullValue, Message>>>> computed = withState
                .coGroup(edgesWithValue).where(0).equalTo(0)
                .with(new ComputeUdf<K, VV, EV, Message>(computeFunction, computedType))
                .name("Compute: " + computeFunction.getClass().getSimpleName());
        IterationSupport.addBroadcastSets(computed, config.getBroadcastSets(), null);

        DataSet<Vertex<K, VV>> delta = computed.flatMap(new Lefts<Vertex<K, VV>, Tuple2<K, Either<NullValue, Message>>>())
                .returns(vertexType).name("New vertex values");
        DataSet<Tuple2<K, Either<NullValue, Message>>> messages = computed
                .flatMap(new Rights<Vertex<K, VV>, Tuple2<K, Either<NullValue, Message>>>())
                .returns(worksetType).name("Messages");
        if (combineFunction != null) {
            messages = messages.groupBy(0).reduceGroup(new CombinerUdf<K, Message>(combineFunction, worksetType))
                    .name("Combine: " + combineFunction.getClass().getSimpleName());
        }
        return iteration.closeWith(delta, messages);
    }

    /** The empty message that makes a vertex compute in the first superstep. */
    private static final class InitialMessage<K, VV, Message>
            implements MapFunction<Vertex<K, VV>, Tuple2<K, Either<NullValue, Message>>> {
        @Override
        public Tuple2<K, Either<NullValue, Message>> map(Vertex<K, VV> vertex) {
            return new Tuple2<>(vertex.f0, Either.Left(NullValue.getInstance()));
        }
    }

    private static final class AppendVertexState<K, VV, Message> implements JoinFunction<
            Tuple2<K, Either<NullValue, Message>>, Vertex<K, VV>, Tuple3<K, Vertex<K, VV>, Either<NullValue, Message>>> {
        @Override
        public Tuple3<K, Vertex<K, VV>, Either<NullValue, Message>> join(Tuple2<K, Either<NullValue, Message>> message,
                Vertex<K, VV> vertex) {
            return new Tuple3<>(message.f0, vertex, message.f1);
        }
    }

    private static final class Lefts<L, R> implements FlatMapFunction<Either<L, R>, L> {
        @Override
        public void flatMap(Either<L, R> value, Collector<L> out) {
            if (value.isLeft()) {
                out.collect(value.left());
            }
        }
    }

    private static final class Rights<L, R> implements FlatMapFunction<Either<L, R>, R> {
        @Override
        public void flatMap(Either<L, R> value, Collector<R> out) {
            if (value.isRight()) {
                out.collect(value.right());
            }
        }
    }

    private static final class ComputeUdf<K, VV, EV, Message> extends RichCoGroupFunction<
            Tuple3<K, Vertex<K, VV>, Either<NullValue, Message>>, Edge<K, EV>,
            Either<Vertex<K, VV>, Tuple2<K, Either<NullValue, Message>>>>
            implements ResultTypeQueryable<Either<Vertex<K, VV>, Tuple2<K, Either<NullValue, Message>>>> {

        private static final long serialVersionUID = 1L;

        private final ComputeFunction<K, VV, EV, Message> function;

        private final TypeInformation<Either<Vertex<K, VV>, Tuple2<K, Either<NullValue, Message>>>> resultType;

        private transient MessageIterator<Message> messages;

        ComputeUdf(ComputeFunction<K, VV, EV, Message> function,
                TypeInformation<Either<Vertex<K, VV>, Tuple2<K, Either<NullValue, Message>>>> resultType) {
            this.function = function;
            this.resultType = resultType;
        }

        @Override
        public void open(Configuration parameters) throws Exception {
            function.init(getIterationRuntimeContext());
            messages = new MessageIterator<>();
            function.preSuperstep();
        }

        @Override
        public void close() throws Exception {
            function.postSuperstep();
        }

        @Override
        public void coGroup(Iterable<Tuple3<K, Vertex<K, VV>, Either<NullValue, Message>>> stateAndMessages,
                Iterable<Edge<K, EV>> edges, Collector<Either<Vertex<K, VV>, Tuple2<K, Either<NullValue, Message>>>> out)
                throws Exception {
            Iterator<Tuple3<K, Vertex<K, VV>, Either<NullValue, Message>>> it = stateAndMessages.iterator();
            if (!it.hasNext()) {
                return;
            }
            Tuple3<K, Vertex<K, VV>, Either<NullValue, Message>> first = it.next();
            Iterator<Either<NullValue, Message>> rest = new Iterator<>() {
                @Override
                public boolean hasNext() {
                    return it.hasNext();
                }

                @Override
                public Either<NullValue, Message> next() {
                    return it.next().f2;
                }
            };
            // the first superstep's only "message" is the empty one each vertex starts with
            messages.setSource(first.f2.isLeft() ? null : first.f2.right(), first.f2.isLeft() ? null : rest);
            function.set(first.f0, edges.iterator(), out);
            function.compute(first.f1, messages);
        }

        @Override
        public TypeInformation<Either<Vertex<K, VV>, Tuple2<K, Either<NullValue, Message>>>> getProducedType() {
            return resultType;
        }
    }

    private static final class CombinerUdf<K, Message> implements
            GroupReduceFunction<Tuple2<K, Either<NullValue, Message>>, Tuple2<K, Either<NullValue, Message>>>,
            GroupCombineFunction<Tuple2<K, Either<NullValue, Message>>, Tuple2<K, Either<NullValue, Message>>>,
            ResultTypeQueryable<Tuple2<K, Either<NullValue, Message>>> {

        private static final long serialVersionUID = 1L;

        private final MessageCombiner<K, Message> function;

        private final TypeInformation<Tuple2<K, Either<NullValue, Message>>> resultType;

        private transient MessageIterator<Message> messages;

        CombinerUdf(MessageCombiner<K, Message> function, TypeInformation<Tuple2<K, Either<NullValue, Message>>> resultType) {
            this.function = function;
            this.resultType = resultType;
        }

        @Override
        public void reduce(Iterable<Tuple2<K, Either<NullValue, Message>>> values,
                Collector<Tuple2<K, Either<NullValue, Message>>> out) throws Exception {
            Iterator<Tuple2<K, Either<NullValue, Message>>> it = values.iterator();
            if (!it.hasNext()) {
                return;
            }
            if (messages == null) {
                messages = new MessageIterator<>();
            }
            Tuple2<K, Either<NullValue, Message>> first = it.next();
            messages.setSource(first.f1.right(), new Iterator<>() {
                @Override
                public boolean hasNext() {
                    return it.hasNext();
                }

                @Override
                public Either<NullValue, Message> next() {
                    return it.next().f1;
                }
            });
            function.set(first.f0, out);
            function.combineMessages(messages);
        }

        @Override
        public void combine(Iterable<Tuple2<K, Either<NullValue, Message>>> values,
                Collector<Tuple2<K, Either<NullValue, Message>>> out) throws Exception {
            reduce(values, out);
        }

        @Override
        public TypeInformation<Tuple2<K, Either<NullValue, Message>>> getProducedType() {
            return resultType;
        }
    }
}
