package io.eddy.plan;

import io.eddy.api.configuration.Configuration;
import io.eddy.api.distributions.DataDistribution;
import io.eddy.api.functions.Function;
import io.eddy.api.functions.Partitioner;
import io.eddy.api.io.InputFormat;
import io.eddy.api.io.OutputFormat;
import io.eddy.api.operators.base.CrossOperatorBase.CrossHint;
import io.eddy.api.operators.base.JoinOperatorBase.JoinHint;
import io.eddy.api.operators.base.PartitionOperatorBase.PartitionMethod;
import io.eddy.api.operators.base.ReduceOperatorBase.CombineHint;
import io.eddy.api.operators.join.JoinType;
import io.eddy.api.operators.translation.GroupOrder;
import io.eddy.api.typeinfo.TypeInformation;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One operation of a program as the user wrote it: one node per API call, with its types, keys, user
 * function and hints, and no physical choice (how records are shipped, sorted or hashed is the
 * optimizer's). Immutable once built; {@link Builder} is how the API creates nodes.
 *
 * <p>Which fields are set depends on the {@link Kind}: keys for grouping, joining and partitioning
 * operations, a group order for sorted groups, a join type and hint for joins, formats for sources
 * and sinks. Engine-provided functions (an aggregation, a projection, distinct) appear as ordinary
 * functions of the kind that runs them, with their own {@code pact} name.
 *
 * <p>Iterations: a step function starts at placeholder nodes ({@code PARTIAL_SOLUTION}, or
 * {@code SOLUTION_SET} and {@code WORKSET}), which have no inputs and carry their iteration's
 * {@link #iterationId()}; its nodes follow; the iteration node ({@code BULK_ITERATION},
 * {@code DELTA_ITERATION}) comes last, with the initial data sets as inputs and its
 * {@link IterationInfo} naming the step function's ends.
 */
public final class LogicalNode {

    /** What a node does, independent of how. */
    public enum Kind {
        SOURCE, SINK, MAP, FLAT_MAP, FILTER, MAP_PARTITION, REDUCE, GROUP_REDUCE, GROUP_COMBINE,
        JOIN, CO_GROUP, CROSS, UNION, PARTITION, SORT_PARTITION,
        /** The partial solution a bulk iteration's step function reads: a placeholder without inputs. */
        PARTIAL_SOLUTION,
        /** A bulk iteration; input: the initial partial solution. See {@link LogicalNode#iteration()}. */
        BULK_ITERATION,
        /** The solution set a delta iteration's step function reads (joins with): a placeholder. */
        SOLUTION_SET,
        /** The workset a delta iteration's step function reads: a placeholder. */
        WORKSET,
        /** A delta iteration; inputs: the initial solution set and the initial workset. */
        DELTA_ITERATION;

        /** Whether nodes of this kind stand for an iteration's input inside its step function. */
        public boolean isPlaceholder() {
            return this == PARTIAL_SOLUTION || this == SOLUTION_SET || this == WORKSET;
        }
    }

    private final int id;
    private final Kind kind;
    private final String pact;
    private final String name;
    private final String callSite;
    private final int parallelism;
    private final boolean singleton;
    private final TypeInformation<?> outputType;
    private final List<LogicalNode> inputs;
    private final Map<String, LogicalNode> broadcastInputs;
    private final Function function;
    private final Configuration parameters;
    private final List<KeySpec> keys;
    private final List<GroupOrder<?>> groupOrders;
    private final SemanticProperties semantics;
    private final JoinHint joinHint;
    private final JoinType joinType;
    private final CrossHint crossHint;
    private final CombineHint combineHint;
    private final boolean combinable;
    private final PartitionMethod partitionMethod;
    private final Partitioner<?> customPartitioner;
    private final boolean[] ascending;
    private final DataDistribution distribution;
    private final InputFormat<?, ?> inputFormat;
    private final OutputFormat<?> outputFormat;
    private final IterationInfo iteration;
    private final int iterationId;

    private LogicalNode(Builder b) {
        if (b.kind.isPlaceholder() != (b.iterationId >= 0) || (b.kind.isPlaceholder() && !b.inputs.isEmpty())) {
            throw new IllegalArgumentException("A " + b.kind + " node needs an iteration id (and no inputs) exactly if it "
                    + "is a placeholder.");
        }
        if ((b.kind == Kind.BULK_ITERATION || b.kind == Kind.DELTA_ITERATION) != (b.iteration != null)
                || (b.iteration != null && b.iteration.isDelta() != (b.kind == Kind.DELTA_ITERATION))) {
            throw new IllegalArgumentException("A " + b.kind + " node needs iteration info exactly if it is an iteration of that kind.");
        }
        this.id = b.id;
        this.kind = b.kind;
        this.pact = b.pact;
        this.name = b.name;
        this.callSite = b.callSite;
        this.parallelism = b.parallelism;
        this.singleton = b.singleton;
        this.outputType = b.outputType;
        this.inputs = List.copyOf(b.inputs);
        this.broadcastInputs = Collections.unmodifiableMap(new LinkedHashMap<>(b.broadcastInputs));
        this.function = b.function;
        this.parameters = b.parameters == null ? new Configuration() : b.parameters;
        this.keys = Collections.unmodifiableList(new ArrayList<>(b.keys));
        this.groupOrders = Collections.unmodifiableList(new ArrayList<>(b.groupOrders));
        this.semantics = b.semantics == null ? SemanticProperties.none() : b.semantics;
        this.joinHint = b.joinHint;
        this.joinType = b.joinType;
        this.crossHint = b.crossHint;
        this.combineHint = b.combineHint;
        this.combinable = b.combinable;
        this.partitionMethod = b.partitionMethod;
        this.customPartitioner = b.customPartitioner;
        this.ascending = b.ascending == null ? null : b.ascending.clone();
        this.distribution = b.distribution;
        this.inputFormat = b.inputFormat;
        this.outputFormat = b.outputFormat;
        this.iteration = b.iteration;
        this.iterationId = b.iterationId;
    }

    public int id() {
        return id;
    }

    public Kind kind() {
        return kind;
    }

    /** The operation's name in plans, in Flink's words: "Map", "Join", "Aggregate", "Data Source", ... */
    public String pact() {
        return pact;
    }

    /** The user's name for it, or the generated one with its call site. */
    public String name() {
        return name;
    }

    /**
     * Where the user's program made the API call this node stands for, "{@code main(MyJob.java:42)}"
     * (the first stack frame outside Eddy), or null if unknown. Kept apart from {@link #name()},
     * which the user may replace, so that failures can always point at the program's line.
     */
    public String callSite() {
        return callSite;
    }

    /** The requested parallelism, or {@code -1} for the environment's default. */
    public int parallelism() {
        return parallelism;
    }

    /** Whether the operation must run in exactly one instance (a non-parallel source, a reduce of all records). */
    public boolean singleton() {
        return singleton;
    }

    /** The output type; null for sinks. */
    public TypeInformation<?> outputType() {
        return outputType;
    }

    public List<LogicalNode> inputs() {
        return inputs;
    }

    public LogicalNode input(int i) {
        return inputs.get(i);
    }

    /** Broadcast sets by name, in declaration order. */
    public Map<String, LogicalNode> broadcastInputs() {
        return broadcastInputs;
    }

    /** The function the operation runs; null for unions, partitioning and sorts. */
    public Function function() {
        return function;
    }

    public Configuration parameters() {
        return parameters;
    }

    /** The key of each input, or an empty list for operations without keys. */
    public List<KeySpec> keys() {
        return keys;
    }

    public KeySpec key(int input) {
        return keys.isEmpty() ? null : keys.get(input);
    }

    /** Per input, the order within groups (sortGroup) or the sort order of a sort; entries may be null. */
    public GroupOrder<?> groupOrder(int input) {
        return groupOrders.size() > input ? groupOrders.get(input) : null;
    }

    public SemanticProperties semantics() {
        return semantics;
    }

    public JoinHint joinHint() {
        return joinHint;
    }

    public JoinType joinType() {
        return joinType;
    }

    public CrossHint crossHint() {
        return crossHint;
    }

    public CombineHint combineHint() {
        return combineHint;
    }

    /** Whether a group reduce may pre-aggregate before its shuffle (its function is also a GroupCombineFunction). */
    public boolean combinable() {
        return combinable;
    }

    public PartitionMethod partitionMethod() {
        return partitionMethod;
    }

    public Partitioner<?> customPartitioner() {
        return customPartitioner;
    }

    /** Per key field, ascending or not, for range partitioning; null means all ascending. */
    public boolean[] ascending() {
        return ascending == null ? null : ascending.clone();
    }

    /** The user's key distribution of a range partitioning, or null to sample the keys at run time. */
    public DataDistribution distribution() {
        return distribution;
    }

    public InputFormat<?, ?> inputFormat() {
        return inputFormat;
    }

    public OutputFormat<?> outputFormat() {
        return outputFormat;
    }

    /** The step function and settings of an iteration node; null for other kinds. */
    public IterationInfo iteration() {
        return iteration;
    }

    /**
     * For a placeholder node, the {@link IterationInfo#id()} of the iteration whose step function
     * it starts; {@code -1} for every other node, iteration nodes included.
     */
    public int iterationId() {
        return iterationId;
    }

    @Override
    public String toString() {
        return pact + " (" + name + ")";
    }

    /** Assembles a node; the plan gives it its id. */
    public static final class Builder {
        private int id = -1;
        private final Kind kind;
        private final String pact;
        private final String name;
        private String callSite;
        private int parallelism = -1;
        private boolean singleton;
        private TypeInformation<?> outputType;
        private final List<LogicalNode> inputs = new ArrayList<>();
        private final Map<String, LogicalNode> broadcastInputs = new LinkedHashMap<>();
        private Function function;
        private Configuration parameters;
        private final List<KeySpec> keys = new ArrayList<>();
        private final List<GroupOrder<?>> groupOrders = new ArrayList<>();
        private SemanticProperties semantics;
        private JoinHint joinHint;
        private JoinType joinType;
        private CrossHint crossHint;
        private CombineHint combineHint;
        private boolean combinable;
        private PartitionMethod partitionMethod;
        private Partitioner<?> customPartitioner;
        private boolean[] ascending;
        private DataDistribution distribution;
        private InputFormat<?, ?> inputFormat;
        private OutputFormat<?> outputFormat;
        private IterationInfo iteration;
        private int iterationId = -1;

        public Builder(Kind kind, String pact, String name) {
            this.kind = kind;
            this.pact = pact;
            this.name = name;
        }

        public Builder parallelism(int parallelism) {
            this.parallelism = parallelism;
            return this;
        }

        /** Where the program created the node (see {@link LogicalNode#callSite()}); null leaves it unknown. */
        public Builder callSite(String location) {
            this.callSite = location;
            return this;
        }

        /** Whether {@link #callSite(String)} was set. */
        boolean hasCallSite() {
            return callSite != null;
        }

        public Builder singleton() {
            this.singleton = true;
            return this;
        }

        public Builder outputType(TypeInformation<?> type) {
            this.outputType = type;
            return this;
        }

        public Builder input(LogicalNode input) {
            inputs.add(input);
            return this;
        }

        public Builder broadcastInput(String name, LogicalNode input) {
            broadcastInputs.put(name, input);
            return this;
        }

        public Builder function(Function function, Configuration parameters) {
            this.function = function;
            this.parameters = parameters;
            return this;
        }

        public Builder key(KeySpec key) {
            keys.add(key);
            return this;
        }

        public Builder groupOrder(GroupOrder<?> order) {
            groupOrders.add(order);
            return this;
        }

        public Builder semantics(SemanticProperties semantics) {
            this.semantics = semantics;
            return this;
        }

        public Builder join(JoinType type, JoinHint hint) {
            this.joinType = type;
            this.joinHint = hint;
            return this;
        }

        public Builder crossHint(CrossHint hint) {
            this.crossHint = hint;
            return this;
        }

        public Builder combineHint(CombineHint hint) {
            this.combineHint = hint;
            return this;
        }

        public Builder combinable(boolean combinable) {
            this.combinable = combinable;
            return this;
        }

        public Builder partitioning(PartitionMethod method, Partitioner<?> custom, boolean[] ascending) {
            this.partitionMethod = method;
            this.customPartitioner = custom;
            this.ascending = ascending;
            return this;
        }

        /** The key distribution of a range partitioning, when the program gives one. */
        public Builder distribution(DataDistribution distribution) {
            this.distribution = distribution;
            return this;
        }

        public Builder inputFormat(InputFormat<?, ?> format) {
            this.inputFormat = format;
            return this;
        }

        public Builder outputFormat(OutputFormat<?> format) {
            this.outputFormat = format;
            return this;
        }

        /** Makes a placeholder node part of iteration {@code id}'s step function. */
        public Builder iterationId(int id) {
            this.iterationId = id;
            return this;
        }

        /** Makes an iteration node. */
        public Builder iteration(IterationInfo info) {
            this.iteration = info;
            return this;
        }

        LogicalNode build(int id) {
            this.id = id;
            return new LogicalNode(this);
        }
    }
}
