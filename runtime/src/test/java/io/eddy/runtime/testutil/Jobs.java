package io.eddy.runtime.testutil;

import io.eddy.runtime.io.InputSplitSource;
import io.eddy.runtime.jobgraph.ChainedOperator;
import io.eddy.runtime.jobgraph.ChannelSelector;
import io.eddy.runtime.jobgraph.ExchangeMode;
import io.eddy.runtime.jobgraph.JobEdge;
import io.eddy.runtime.jobgraph.JobGraph;
import io.eddy.runtime.jobgraph.JobVertex;
import io.eddy.runtime.jobgraph.MasterHook;
import io.eddy.runtime.jobgraph.ShipStrategy;
import io.eddy.runtime.operator.OperatorFactory;
import io.eddy.runtime.types.TypeSerializer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A terse way to build job graphs in tests: add vertices and edges, then {@link #build}. */
public final class Jobs {

    private final String name;
    private final List<JobVertex> vertices = new ArrayList<>();
    private final List<JobEdge> edges = new ArrayList<>();
    private boolean objectReuse;
    private final Map<String, String> parameters = new java.util.LinkedHashMap<>();

    private Jobs(String name) {
        this.name = name;
    }

    public static Jobs job(String name) {
        return new Jobs(name);
    }

    /** A chained operator feeding the given chained inputs ({operatorIndex, inputIndex} pairs). */
    public static <T> ChainedOperator op(String name, OperatorFactory<T> factory, int numInputs,
                                     TypeSerializer<?> outputSerializer, int[]... chainedOutputs) {
        List<ChainedOperator.ChainedInput> outputs = new ArrayList<>();
        for (int[] out : chainedOutputs) {
            outputs.add(new ChainedOperator.ChainedInput(out[0], out[1]));
        }
        return new ChainedOperator(name, factory.getClass().getName(), factory, numInputs, outputSerializer, outputs);
    }

    public static int[] to(int operator, int input) {
        return new int[] {operator, input};
    }

    /** Adds a vertex and returns its id. */
    public int vertex(String vertexName, int parallelism, ChainedOperator... operators) {
        return vertex(vertexName, parallelism, null, List.of(), operators);
    }

    public int vertex(String vertexName, int parallelism, InputSplitSource<?> splits, List<MasterHook> hooks,
                      ChainedOperator... operators) {
        int id = vertices.size();
        vertices.add(new JobVertex(id, vertexName, parallelism, List.of(operators), splits, hooks));
        return id;
    }

    public Jobs edge(int from, int fromOperator, int to, int toOperator, int toInput, ShipStrategy strategy,
                     ChannelSelector<?> selector, TypeSerializer<?> serializer) {
        return edge(from, fromOperator, to, toOperator, toInput, strategy, selector, serializer, ExchangeMode.PIPELINED);
    }

    public Jobs edge(int from, int fromOperator, int to, int toOperator, int toInput, ShipStrategy strategy,
                     ChannelSelector<?> selector, TypeSerializer<?> serializer, ExchangeMode mode) {
        edges.add(new JobEdge(edges.size(), from, fromOperator, to, toOperator, toInput, strategy, selector, serializer,
                mode));
        return this;
    }

    /** An edge from the last operator of vertex {@code from} to input 0 of the first operator of {@code to}. */
    public Jobs edge(int from, int to, ShipStrategy strategy, ChannelSelector<?> selector, TypeSerializer<?> serializer) {
        return edge(from, vertices.get(from).operators().size() - 1, to, 0, 0, strategy, selector, serializer);
    }

    public Jobs objectReuse(boolean enabled) {
        this.objectReuse = enabled;
        return this;
    }

    /** A job parameter, e.g. a restart strategy. */
    public Jobs parameter(String key, String value) {
        parameters.put(key, value);
        return this;
    }

    public JobGraph build() {
        return new JobGraph(name, vertices, edges, Map.copyOf(parameters), objectReuse);
    }
}
