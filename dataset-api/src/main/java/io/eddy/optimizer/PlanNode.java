package io.eddy.optimizer;

import io.eddy.api.configuration.Configuration;
import io.eddy.api.functions.Function;
import io.eddy.api.io.InputFormat;
import io.eddy.api.io.OutputFormat;
import io.eddy.api.operators.translation.GroupOrder;
import io.eddy.api.typeinfo.TypeInformation;
import io.eddy.exec.DriverStrategy;
import io.eddy.plan.KeySpec;
import io.eddy.plan.LogicalNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One node of the physical plan: a logical operation (or a part of it, such as a combiner) with the
 * way it runs decided: its {@link DriverStrategy}, its parallelism, per input a {@link Channel} with
 * ship and local strategy, its keys, the optimizer's estimates, and the partitioning and order of its
 * output.
 * Immutable; the optimizer creates nodes producers first.
 */
public final class PlanNode {

    private final int id;
    private final LogicalNode origin;
    private final String pact;
    private final String name;
    private final DriverStrategy driver;
    private final int parallelism;
    private final TypeInformation<?> outputType;
    private final Function function;
    private final Configuration parameters;
    private final List<Channel> inputs;
    private final List<Channel> broadcastInputs;
    private final List<KeySpec> keys;
    private final List<GroupOrder<?>> orders;
    private final Estimates estimates;
    private final GlobalProperties properties;
    private final LocalProperties localProperties;
    private final int loop;

    PlanNode(int id, LogicalNode origin, String pact, String name, DriverStrategy driver, int parallelism,
             TypeInformation<?> outputType, Function function, Configuration parameters, List<Channel> inputs,
             List<Channel> broadcastInputs, List<KeySpec> keys, List<GroupOrder<?>> orders, Estimates estimates,
             GlobalProperties properties, LocalProperties localProperties, int loop) {
        this.id = id;
        this.origin = origin;
        this.pact = pact;
        this.name = name;
        this.driver = driver;
        this.parallelism = parallelism;
        this.outputType = outputType;
        this.function = function;
        this.parameters = parameters == null ? new Configuration() : parameters;
        this.inputs = List.copyOf(inputs);
        this.broadcastInputs = List.copyOf(broadcastInputs);
        this.keys = Collections.unmodifiableList(new ArrayList<>(keys));
        this.orders = Collections.unmodifiableList(new ArrayList<>(orders));
        this.estimates = estimates;
        this.properties = properties;
        this.localProperties = localProperties;
        this.loop = loop;
    }

    /** The {@link PlanLoop#id()} of the loop this node runs in, superstep after superstep; -1 outside loops. */
    public int loop() {
        return loop;
    }

    public int id() {
        return id;
    }

    /** The logical operation this node runs (all or part of). */
    public LogicalNode origin() {
        return origin;
    }

    /** "Map", "Join", "Combine", "Data Source", ... */
    public String pact() {
        return pact;
    }

    public String name() {
        return name;
    }

    public DriverStrategy driver() {
        return driver;
    }

    public int parallelism() {
        return parallelism;
    }

    public TypeInformation<?> outputType() {
        return outputType;
    }

    public Function function() {
        return function;
    }

    public Configuration parameters() {
        return parameters;
    }

    /** The regular inputs, in input order. */
    public List<Channel> inputs() {
        return inputs;
    }

    public Channel input(int i) {
        return inputs.get(i);
    }

    /** The broadcast-set inputs, numbered after the regular ones. */
    public List<Channel> broadcastInputs() {
        return broadcastInputs;
    }

    /** Regular, then broadcast inputs. */
    public List<Channel> allInputs() {
        List<Channel> all = new ArrayList<>(inputs);
        all.addAll(broadcastInputs);
        return all;
    }

    /** The driver's key per regular input (entries null where it needs none). */
    public List<KeySpec> keys() {
        return keys;
    }

    public KeySpec key(int input) {
        return input < keys.size() ? keys.get(input) : null;
    }

    /** The group order (or sort order) per regular input; entries may be null. */
    public GroupOrder<?> order(int input) {
        return input < orders.size() ? orders.get(input) : null;
    }

    public Estimates estimates() {
        return estimates;
    }

    /** The partitioning of this node's output. */
    public GlobalProperties properties() {
        return properties;
    }

    /** The order of the records within each instance of this node's output. */
    public LocalProperties localProperties() {
        return localProperties;
    }

    public boolean isSource() {
        return driver == DriverStrategy.SOURCE;
    }

    public boolean isSink() {
        return driver == DriverStrategy.SINK;
    }

    public InputFormat<?, ?> inputFormat() {
        return origin.inputFormat();
    }

    public OutputFormat<?> outputFormat() {
        return origin.outputFormat();
    }

    /** The node's driver strategy as plans show it, naming the build side's producer for hash joins. */
    public String describeDriverStrategy() {
        int first = driver.firstInput();
        if (first >= 0 && driver.numKeyedInputs() == 2) {
            return driver.displayName().replaceAll("\\(build: [^,)]*",
                    java.util.regex.Matcher.quoteReplacement("(build: " + inputs.get(first).source().name()));
        }
        return driver.displayName();
    }

    @Override
    public String toString() {
        return "#" + id + " " + pact + " [" + driver + ", p=" + parallelism + "] " + name;
    }
}
