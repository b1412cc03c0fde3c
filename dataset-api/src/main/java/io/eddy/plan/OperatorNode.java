package io.eddy.plan;

import io.eddy.api.typeinfo.TypeInformation;
import io.eddy.runtime.io.InputSplitSource;
import io.eddy.runtime.jobgraph.ChannelSelector;
import io.eddy.runtime.jobgraph.MasterHook;
import io.eddy.runtime.jobgraph.ShipStrategy;
import io.eddy.runtime.operator.OperatorFactory;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One operator of a translated program: what runs (a driver factory), with which parallelism, fed
 * by which inputs over which ship strategies. DataSet operators produce these when a program is
 * executed; the {@code JobGraphCompiler} chains them into vertices, and the plan printer shows them.
 * A union is a node without a factory: its consumers read from all of its inputs.
 */
public final class OperatorNode {

    /** An input of a node: its producer, the exchange between them, and which input it feeds. */
    public record Input(OperatorNode source, int inputIndex, ShipStrategy shipStrategy,
                        ChannelSelector<?> channelSelector, String description) {}

    private final int id;
    private final String kind;
    private final String name;
    private final int parallelism;
    private final TypeInformation<?> outputType;
    private final OperatorFactory<?> factory;
    private final String userFunctionClass;
    private final String driverStrategy;
    private final List<Input> inputs = new ArrayList<>();
    private final int numInputs;
    private InputSplitSource<?> splitSource;
    private MasterHook masterHook;

    OperatorNode(int id, String kind, String name, int parallelism, TypeInformation<?> outputType,
                 OperatorFactory<?> factory, String userFunctionClass, String driverStrategy, int numInputs) {
        this.id = id;
        this.kind = kind;
        this.name = name;
        this.parallelism = parallelism;
        this.outputType = outputType;
        this.factory = factory;
        this.userFunctionClass = userFunctionClass;
        this.driverStrategy = driverStrategy;
        this.numInputs = numInputs;
    }

    /** Adds an input; {@code channelSelector} is needed for keyed strategies only. */
    public OperatorNode addInput(OperatorNode source, int inputIndex, ShipStrategy strategy,
                                 ChannelSelector<?> channelSelector, String description) {
        if (inputIndex < 0 || (factory != null && inputIndex >= numInputs)) {
            throw new IllegalArgumentException("input " + inputIndex + " of " + name + " which has " + numInputs);
        }
        inputs.add(new Input(source, inputIndex, strategy, channelSelector, description));
        return this;
    }

    public OperatorNode setSplitSource(InputSplitSource<?> splitSource) {
        this.splitSource = splitSource;
        return this;
    }

    public OperatorNode setMasterHook(MasterHook masterHook) {
        this.masterHook = masterHook;
        return this;
    }

    public int id() {
        return id;
    }

    /** The operator's kind as shown in plans: "Data Source", "Map", "Hash Join", ... */
    public String kind() {
        return kind;
    }

    public String name() {
        return name;
    }

    public int parallelism() {
        return parallelism;
    }

    public TypeInformation<?> outputType() {
        return outputType;
    }

    /** Null for a union. */
    public OperatorFactory<?> factory() {
        return factory;
    }

    public boolean isUnion() {
        return factory == null;
    }

    public String userFunctionClass() {
        return userFunctionClass;
    }

    /** How the operator works locally, e.g. "Hash Join (build second)". */
    public String driverStrategy() {
        return driverStrategy;
    }

    public int numInputs() {
        return numInputs;
    }

    public List<Input> inputs() {
        return Collections.unmodifiableList(inputs);
    }

    public InputSplitSource<?> splitSource() {
        return splitSource;
    }

    public MasterHook masterHook() {
        return masterHook;
    }

    @Override
    public String toString() {
        return kind + " (" + name + ")";
    }
}
