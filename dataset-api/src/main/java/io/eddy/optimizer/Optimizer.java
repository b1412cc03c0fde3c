package io.eddy.optimizer;

import io.eddy.api.ExecutionConfig;
import io.eddy.api.configuration.Configuration;
import io.eddy.api.functions.Function;
import io.eddy.api.functions.Partitioner;
import io.eddy.api.operators.base.CrossOperatorBase.CrossHint;
import io.eddy.api.operators.base.JoinOperatorBase.JoinHint;
import io.eddy.api.operators.base.PartitionOperatorBase.PartitionMethod;
import io.eddy.api.operators.base.ReduceOperatorBase.CombineHint;
import io.eddy.api.operators.join.JoinType;
import io.eddy.api.operators.translation.GroupOrder;
import io.eddy.api.operators.translation.RangePartitioning;
import io.eddy.api.typeinfo.TypeInformation;
import io.eddy.exec.DriverStrategy;
import io.eddy.plan.FieldList;
import io.eddy.plan.KeySpec;
import io.eddy.plan.LogicalNode;
import io.eddy.plan.LogicalPlan;
import io.eddy.plan.SemanticProperties;
import io.eddy.runtime.jobgraph.ShipStrategy;
import io.eddy.runtime.types.TypeComparator;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a logical plan into a physical plan: decides parallelism, how every input is shipped
 * (forward, hash, range, broadcast), which driver strategy runs each operation (which join side is
 * built, where combiners go) and where a pipelined flow needs a blocking exchange.
 *
 * <p>The phases, per logical node in producer-first order:
 * <ol>
 *   <li><b>Estimates</b> ({@link Estimator}): sizes of sources and defaults downstream.</li>
 *   <li><b>Interesting properties</b>: every node's output carries its {@link GlobalProperties}
 *       (partitioning) and {@link LocalProperties} (order within each instance); a keyed operation
 *       whose input is already partitioned on (a subset of) its key, or a join whose inputs are
 *       both, ships forward instead of shuffling again, and a sorting driver whose input arrives in
 *       the order it needs gets no local sort. Both survive a function only on fields it declares
 *       forwarded ({@link SemanticProperties}).</li>
 *   <li><b>Cost-based choices</b>: a join broadcasts one side when that ships fewer bytes than
 *       repartitioning both (broadcasting costs the side's size times the parallelism; unknown
 *       sizes count as large), builds its hash table from the smaller side, and follows the
 *       program's hints where it gives them; it merges inputs that arrive sorted on their keys.
 *       Reduce, aggregate and distinct hash unless their input arrives sorted on the key (then a
 *       sort-based reduce streams) or {@code CombineHint.SORT} asks for sorting; they and
 *       combinable group reduces get a combiner before every shuffle.</li>
 *   <li><b>Pipeline breakers</b> ({@link PipelineBreakers}): where a driver reads one input to its
 *       end before another and both inputs come from one producer without a dam in between, the
 *       later input's exchange becomes blocking.</li>
 * </ol>
 * The choices are local and greedy, which finds the plans Flink's enumeration finds for the
 * programs Eddy's tests cover; a full enumeration of alternatives per interesting property is not
 * needed for them.
 */
public final class Optimizer {

    /** The cost of shipping an input of unknown size: large, so known-small inputs are broadcast. */
    static final long UNKNOWN_SIZE_COST = Long.MAX_VALUE / 64;

    private final LogicalPlan plan;
    private final ExecutionConfig config;
    private final Estimator estimator;
    private final List<PlanNode> nodes = new ArrayList<>();
    private final Map<LogicalNode, PlanNode> result = new IdentityHashMap<>();
    /** The loop each logical node runs in (absent: outside loops). */
    private final Map<LogicalNode, Integer> loopOf = new IdentityHashMap<>();
    /** The iteration node of every loop, by iteration id. */
    private final Map<Integer, LogicalNode> iterations = new java.util.HashMap<>();
    private final Map<Integer, PlanNode> heads = new java.util.HashMap<>();
    private final Map<Integer, PlanNode> solutionSets = new java.util.HashMap<>();
    private final List<PlanLoop> loops = new ArrayList<>();

    private Optimizer(LogicalPlan plan) {
        this.plan = plan;
        this.config = plan.config();
        this.estimator = new Estimator(plan.config());
    }

    /** Chooses the physical plan of {@code plan}. */
    public static PhysicalPlan optimize(LogicalPlan plan) {
        Optimizer optimizer = new Optimizer(plan);
        optimizer.findLoops();
        for (LogicalNode node : plan.nodes()) {
            optimizer.result.put(node, optimizer.translate(node));
        }
        return new PhysicalPlan(plan.jobName(), plan.config(), optimizer.nodes, optimizer.loops);
    }

    /**
     * Which logical nodes run inside a loop: a placeholder of an iteration, and every node that
     * reads (directly or through others) from one, up to the iteration node itself, whose output
     * is the loop's result outside it. Nodes of a step function that do not depend on a placeholder
     * are loop-invariant: they run once, outside.
     */
    private void findLoops() {
        for (LogicalNode node : plan.nodes()) {
            switch (node.kind()) {
                case BULK_ITERATION, DELTA_ITERATION -> iterations.put(node.iteration().id(), node);
                default -> { }
            }
        }
        for (LogicalNode node : plan.nodes()) {
            Integer loop = switch (node.kind()) {
                case PARTIAL_SOLUTION, SOLUTION_SET, WORKSET -> node.iterationId();
                case BULK_ITERATION, DELTA_ITERATION -> null;
                default -> {
                    Integer found = null;
                    List<LogicalNode> sources = new ArrayList<>(node.inputs());
                    sources.addAll(node.broadcastInputs().values());
                    for (LogicalNode source : sources) {
                        Integer l = loopOf.get(source);
                        if (l != null && found != null && !l.equals(found)) {
                            throw new io.eddy.api.InvalidProgramException(node + " reads from two iterations at once; "
                                    + "nested or crossing iterations are not supported");
                        }
                        found = l != null ? l : found;
                    }
                    yield found;
                }
            };
            if (loop != null) {
                loopOf.put(node, loop);
            }
        }
    }

    private PlanNode translate(LogicalNode ln) {
        if (ln.kind() != LogicalNode.Kind.JOIN && ln.kind() != LogicalNode.Kind.CO_GROUP) {
            List<LogicalNode> sources = new ArrayList<>(ln.inputs());
            sources.addAll(ln.broadcastInputs().values());
            for (LogicalNode source : sources) {
                if (source.kind() == LogicalNode.Kind.SOLUTION_SET && ln.kind() != LogicalNode.Kind.DELTA_ITERATION) {
                    throw new io.eddy.api.InvalidProgramException(ln + " reads the solution set of a delta iteration "
                            + "directly; only a join or coGroup on the solution set key can read it");
                }
            }
        }
        return switch (ln.kind()) {
            case PARTIAL_SOLUTION -> partialSolution(ln);
            case BULK_ITERATION -> bulkIteration(ln);
            case SOLUTION_SET -> solutionSet(ln);
            case WORKSET -> workset(ln);
            case DELTA_ITERATION -> deltaIteration(ln);
            case SOURCE -> add(ln, ln.pact(), ln.name(), DriverStrategy.SOURCE, parallelism(ln), List.of(),
                    List.of(), List.of(), estimator.source(ln), GlobalProperties.random(parallelism(ln)));
            case SINK -> sink(ln);
            case MAP, FLAT_MAP, FILTER, MAP_PARTITION -> recordAtATime(ln);
            case REDUCE -> reduce(ln);
            case GROUP_REDUCE -> groupReduce(ln);
            case GROUP_COMBINE -> groupCombine(ln);
            case JOIN -> solutionSetInput(ln) < 0 ? join(ln) : withSolutionSet(ln, solutionSetInput(ln));
            case CO_GROUP -> solutionSetInput(ln) < 0 ? coGroup(ln) : withSolutionSet(ln, solutionSetInput(ln));
            case CROSS -> cross(ln);
            case UNION -> union(ln);
            case PARTITION -> partition(ln);
            case SORT_PARTITION -> sortPartition(ln, in(ln, 0), ln.pact(), ln.name(), parallelism(ln), ln.groupOrder(0));
        };
    }

    // ---- loops --------------------------------------------------------------------------------

    /**
     * The head of a bulk iteration: it receives the initial data (shipped to the iteration's
     * parallelism) in the first superstep and the fed-back partial solution after that.
     */
    private PlanNode partialSolution(LogicalNode ln) {
        LogicalNode iteration = iterations.get(ln.iterationId());
        PlanNode initial = result.get(iteration.input(0));
        int p = parallelism(iteration);
        // blocking: the step function often reads the initial data's producers again (loop-invariant
        // input), and a join that reads that side first would otherwise stall the head behind it
        PlanNode head = add(ln, "Partial Solution", iteration.name() + " (partial solution)", DriverStrategy.ITERATION_HEAD,
                p, ln.outputType(), List.of(forward(initial, 0, p).withBlocking(true)), List.of(), List.of(), initial.estimates(),
                GlobalProperties.random(p), null);
        heads.put(ln.iterationId(), head);
        return head;
    }

    /**
     * Closes a bulk iteration: the next partial solution goes to the tail (and the termination
     * criterion to its counter), both at the head's parallelism so that tail i feeds head i. The
     * iteration's result, downstream, is read from the head after the last superstep.
     */
    private PlanNode bulkIteration(LogicalNode ln) {
        io.eddy.plan.IterationInfo info = ln.iteration();
        PlanNode head = heads.get(info.id());
        int p = head.parallelism();
        PlanNode next = result.get(info.next());
        PlanNode tail = addInLoop(ln, info.id(), "Iteration Tail", ln.name() + " (next partial solution)",
                DriverStrategy.ITERATION_TAIL, p, List.of(forward(next, 0, p)), next.estimates());
        PlanNode criterion = null;
        if (info.terminationCriterion() != null) {
            PlanNode source = result.get(info.terminationCriterion());
            criterion = addInLoop(ln, info.id(), "Termination Criterion", ln.name() + " (termination criterion)",
                    DriverStrategy.ITERATION_CRITERION, p, List.of(forward(source, 0, p)), source.estimates());
        }
        loops.add(new PlanLoop(info.id(), ln.name(), head, tail, criterion, info.maxIterations(), info.aggregators(),
                head, null, false));
        return head;
    }

    /**
     * The solution set of a delta iteration: each slot's partition of the initial solution set,
     * hash-partitioned on the solution set key, indexed once in managed memory. Only joins and
     * coGroups on that key read it (by lookup, not through a channel).
     */
    private PlanNode solutionSet(LogicalNode ln) {
        LogicalNode iteration = iterations.get(ln.iterationId());
        io.eddy.plan.IterationInfo info = iteration.iteration();
        PlanNode initial = result.get(iteration.input(0));
        int p = parallelism(iteration);
        KeySpec key = info.solutionSetKey();
        Channel channel = toKeySlots(initial, 0, key, p);
        PlanNode node = add(ln, "Solution Set", iteration.name() + " (solution set)", DriverStrategy.ITERATION_SOLUTION_SET,
                p, ln.outputType(), List.of(channel), List.of(), List.of(), initial.estimates(),
                partitionedOn(key, null, p), null);
        solutionSets.put(ln.iterationId(), node);
        return node;
    }

    /**
     * The workset head of a delta iteration. Its initial input is read only once the solution set
     * is built, so its exchange is blocking: both often come from one producer, which would stall.
     */
    private PlanNode workset(LogicalNode ln) {
        LogicalNode iteration = iterations.get(ln.iterationId());
        PlanNode initial = result.get(iteration.input(1));
        int p = parallelism(iteration);
        PlanNode head = add(ln, "Workset", iteration.name() + " (workset)", DriverStrategy.ITERATION_HEAD, p,
                ln.outputType(), List.of(forward(initial, 0, p).withBlocking(true)), List.of(), List.of(),
                initial.estimates(), GlobalProperties.random(p), null);
        heads.put(ln.iterationId(), head);
        return head;
    }

    /**
     * Closes a delta iteration: the next workset goes to the tail, the solution set delta to its
     * sink in the slot that holds its key (hash-partitioned like the solution set). Downstream, the
     * iteration's result is the solution set, emitted after the last superstep.
     */
    private PlanNode deltaIteration(LogicalNode ln) {
        io.eddy.plan.IterationInfo info = ln.iteration();
        PlanNode head = heads.get(info.id());
        PlanNode set = solutionSets.get(info.id());
        int p = head.parallelism();
        PlanNode nextWorkset = result.get(info.nextWorkset());
        PlanNode tail = addInLoop(ln, info.id(), "Iteration Tail", ln.name() + " (next workset)",
                DriverStrategy.ITERATION_TAIL, p, List.of(forward(nextWorkset, 0, p)), nextWorkset.estimates());
        PlanNode delta = result.get(info.next());
        KeySpec key = new KeySpec(info.solutionSetKey().keys(), delta.outputType());
        Channel toSlot = toKeySlots(delta, 0, key, p);
        addInLoop(ln, info.id(), "Solution Set Delta", ln.name() + " (solution set delta)",
                DriverStrategy.ITERATION_SOLUTION_SET_DELTA, p, List.of(toSlot), delta.estimates());
        loops.add(new PlanLoop(info.id(), ln.name(), head, tail, null, info.maxIterations(), info.aggregators(), set,
                info.solutionSetKey(), info.solutionSetUnmanaged()));
        return set;
    }

    /** A join or coGroup with the solution set: one channel, the other side shipped to the key's slot. */
    private PlanNode withSolutionSet(LogicalNode ln, int solutionSetInput) {
        int other = 1 - solutionSetInput;
        PlanNode in = in(ln, other);
        PlanNode set = in(ln, solutionSetInput);
        int p = set.parallelism();
        KeySpec key = ln.key(other);
        KeySpec setKey = ln.key(solutionSetInput);
        if (!key.hashCompatible(setKey)) {
            throw new io.eddy.api.InvalidProgramException(ln + ": the key types " + java.util.Arrays.toString(
                    key.keys().getKeyFieldTypes()) + " do not match the solution set key's");
        }
        Channel channel = toKeySlots(in, 0, key, p);
        boolean join = ln.kind() == LogicalNode.Kind.JOIN;
        if (join && ln.joinType() != JoinType.INNER) {
            throw new io.eddy.api.InvalidProgramException(ln + ": only inner joins can read the solution set");
        }
        DriverStrategy driver = join
                ? (solutionSetInput == 0 ? DriverStrategy.JOIN_WITH_SOLUTION_SET_FIRST : DriverStrategy.JOIN_WITH_SOLUTION_SET_SECOND)
                : (solutionSetInput == 0 ? DriverStrategy.CO_GROUP_WITH_SOLUTION_SET_FIRST
                        : DriverStrategy.CO_GROUP_WITH_SOLUTION_SET_SECOND);
        GroupOrder<?> order = join ? null : ln.groupOrder(other);
        if (!join) {
            channel = channel.withLocalStrategy(LocalStrategy.SORT, describe(key, order));
        }
        return add(ln, ln.pact(), ln.name(), driver, p, List.of(channel), List.of(key), orders(order), in.estimates(),
                partitionedOn(key, null, p).forward(ln.semantics(), other, p));
    }

    /** Ships to the slot that holds each record's key of the solution set: forward if already hashed on it. */
    private static Channel toKeySlots(PlanNode source, int input, KeySpec key, int p) {
        return key.fields() != null && source.properties().equals(partitionedOn(key, null, p))
                ? forward(source, input, p) : Channel.of(source, input, ShipStrategy.HASH, key, null);
    }

    private int solutionSetInput(LogicalNode ln) {
        for (int i = 0; i < ln.inputs().size(); i++) {
            if (ln.input(i).kind() == LogicalNode.Kind.SOLUTION_SET) {
                return i;
            }
        }
        return -1;
    }

    /** A node of the loop's machinery (tail, criterion) that emits nothing. */
    private PlanNode addInLoop(LogicalNode ln, int loop, String pact, String name, DriverStrategy driver, int p,
                               List<Channel> inputs, Estimates estimates) {
        PlanNode node = new PlanNode(nodes.size(), ln, pact, name, driver, p, null, null, new Configuration(), inputs,
                List.of(), List.of(), List.of(), estimates, GlobalProperties.random(p), LocalProperties.NONE, loop);
        nodes.add(node);
        return node;
    }

    // ---- single input -------------------------------------------------------------------------

    private PlanNode recordAtATime(LogicalNode ln) {
        PlanNode in = in(ln, 0);
        int p = parallelism(ln);
        DriverStrategy driver = switch (ln.kind()) {
            case MAP -> DriverStrategy.MAP;
            case FLAT_MAP -> DriverStrategy.FLAT_MAP;
            case FILTER -> DriverStrategy.FILTER;
            default -> DriverStrategy.MAP_PARTITION;
        };
        double rows = ln.kind() == LogicalNode.Kind.FILTER ? Estimator.FILTER_SELECTIVITY : 1.0;
        return add(ln, ln.pact(), ln.name(), driver, p, List.of(forward(in, 0, p)), List.of(), List.of(),
                estimator.retyped(in.estimates(), ln.outputType(), rows), in.properties().forward(ln.semantics(), 0, p));
    }

    /**
     * Reduce, aggregate, distinct: hash aggregation, unless the input arrives sorted on the key (a
     * sort-based reduce then streams without memory) or the program asks for sorting
     * ({@code CombineHint.SORT}: a sorting combiner and a sorting final reduce).
     */
    private PlanNode reduce(LogicalNode ln) {
        PlanNode in = in(ln, 0);
        CombineHint hint = ln.combineHint() == null ? CombineHint.OPTIMIZER_CHOOSES : ln.combineHint();
        if (ln.singleton()) {
            PlanNode pre = in;
            if (hint != CombineHint.NONE && in.parallelism() > 1) {
                pre = addOnInputType(ln, "Combine", ln.name() + " (combine)", DriverStrategy.ALL_REDUCE, in.parallelism(),
                        List.of(forward(in, 0, in.parallelism())), List.of(), List.of(), in.estimates(), in.properties());
            }
            return add(ln, ln.pact(), ln.name(), DriverStrategy.ALL_REDUCE, 1, List.of(forward(pre, 0, 1)), List.of(),
                    List.of(), new Estimates(1, estimator.width(ln.outputType())), GlobalProperties.random(1));
        }
        int p = parallelism(ln);
        KeySpec key = ln.key(0);
        Partitioner<?> custom = ln.customPartitioner();
        boolean sort = hint == CombineHint.SORT;
        if (in.properties().groups(key.fields(), p, custom)) {
            Channel channel = forward(in, 0, p);
            boolean presorted = in.localProperties().satisfies(LocalProperties.ascending(key.fields()));
            DriverStrategy driver = presorted || sort ? DriverStrategy.SORTED_REDUCE : DriverStrategy.HASH_REDUCE;
            if (driver == DriverStrategy.SORTED_REDUCE && !presorted) {
                channel = channel.withLocalStrategy(LocalStrategy.SORT, describe(key, null));
            }
            return add(ln, ln.pact(), ln.name(), driver, p, List.of(channel), List.of(key), List.of(), in.estimates(),
                    in.properties().forward(ln.semantics(), 0, p));
        }
        PlanNode pre = in;
        if (hint != CombineHint.NONE) {
            Channel local = forward(in, 0, in.parallelism());
            if (sort) {
                local = local.withLocalStrategy(LocalStrategy.COMBINING_SORT, describe(key, null));
            }
            pre = addOnInputType(ln, "Combine", ln.name() + " (combine)",
                    sort ? DriverStrategy.SORTED_PARTIAL_REDUCE : DriverStrategy.HASH_COMBINE, in.parallelism(),
                    List.of(local), List.of(key), List.of(), in.estimates(), in.properties());
        }
        Channel shuffle = keyed(pre, 0, key, custom);
        if (sort) {
            shuffle = shuffle.withLocalStrategy(LocalStrategy.SORT, describe(key, null));
        }
        return add(ln, ln.pact(), ln.name(), sort ? DriverStrategy.SORTED_REDUCE : DriverStrategy.HASH_REDUCE, p,
                List.of(shuffle), List.of(key), List.of(), pre.estimates(),
                partitionedOn(key, custom, p).forward(ln.semantics(), 0, p));
    }

    private PlanNode groupReduce(LogicalNode ln) {
        PlanNode in = in(ln, 0);
        GroupOrder<?> order = ln.groupOrder(0);
        if (ln.singleton()) {
            PlanNode pre = in;
            if (ln.combinable() && in.parallelism() > 1) {
                pre = addOnInputType(ln, "GroupCombine", ln.name() + " (combine)", DriverStrategy.ALL_GROUP_COMBINE, in.parallelism(),
                        List.of(forward(in, 0, in.parallelism())), List.of(), orders(order), in.estimates(), in.properties());
            }
            Channel channel = forward(pre, 0, 1);
            if (order != null) {
                channel = channel.withLocalStrategy(LocalStrategy.SORT, describe(order));
            }
            return add(ln, ln.pact(), ln.name(), DriverStrategy.ALL_GROUP_REDUCE, 1, List.of(channel), List.of(),
                    orders(order), pre.estimates(), GlobalProperties.random(1));
        }
        int p = parallelism(ln);
        KeySpec key = ln.key(0);
        Partitioner<?> custom = ln.customPartitioner();
        Channel channel;
        Estimates estimates = in.estimates();
        boolean presorted = false;
        if (in.properties().groups(key.fields(), p, custom)) {
            channel = forward(in, 0, p);
            presorted = in.localProperties().satisfies(required(key, order, ln.input(0).outputType()));
        } else {
            PlanNode pre = in;
            if (ln.combinable()) {
                pre = addOnInputType(ln, "GroupCombine", ln.name() + " (combine)", DriverStrategy.SORTED_GROUP_COMBINE,
                        in.parallelism(), List.of(forward(in, 0, in.parallelism())
                                .withLocalStrategy(LocalStrategy.COMBINING_SORT, describe(key, order))),
                        List.of(key), orders(order), in.estimates(), in.properties());
            }
            channel = keyed(pre, 0, key, custom);
        }
        if (!presorted) {
            channel = channel.withLocalStrategy(LocalStrategy.SORT, describe(key, order));
        }
        GlobalProperties props = (channel.shipStrategy() == ShipStrategy.FORWARD ? in.properties()
                : partitionedOn(key, custom, p)).forward(ln.semantics(), 0, p);
        return add(ln, ln.pact(), ln.name(), DriverStrategy.SORTED_GROUP_REDUCE, p, List.of(channel), List.of(key),
                orders(order), estimates, props);
    }

    private PlanNode groupCombine(LogicalNode ln) {
        PlanNode in = in(ln, 0);
        int p = parallelism(ln);
        KeySpec key = ln.key(0);
        GroupOrder<?> order = ln.groupOrder(0);
        Channel channel = forward(in, 0, p);
        DriverStrategy driver = DriverStrategy.ALL_GROUP_COMBINE;
        List<KeySpec> keys = List.of();
        if (key != null) {
            driver = DriverStrategy.SORTED_GROUP_COMBINE;
            keys = List.of(key);
            channel = channel.withLocalStrategy(LocalStrategy.SORT, describe(key, order));
        }
        return add(ln, ln.pact(), ln.name(), driver, p, List.of(channel), keys, orders(order), in.estimates(),
                in.properties().forward(ln.semantics(), 0, p));
    }

    private PlanNode partition(LogicalNode ln) {
        PlanNode in = in(ln, 0);
        int p = parallelism(ln);
        KeySpec key = ln.key(0);
        PartitionMethod method = ln.partitionMethod();
        Channel channel;
        GlobalProperties props;
        switch (method) {
            case HASH -> {
                GlobalProperties wanted = partitionedOn(key, null, p);
                boolean already = key.fields() != null && in.properties().equals(wanted);
                channel = already ? forward(in, 0, p) : Channel.of(in, 0, ShipStrategy.HASH, key, null);
                props = wanted;
            }
            case CUSTOM -> {
                channel = Channel.of(in, 0, ShipStrategy.CUSTOM, key, ln.customPartitioner());
                props = partitionedOn(key, ln.customPartitioner(), p);
            }
            case REBALANCE -> {
                channel = Channel.of(in, 0, ShipStrategy.REBALANCE, null, null);
                props = GlobalProperties.random(p);
            }
            case RANGE -> {
                if (ln.distribution() == null) {
                    return rangePartition(ln, in, key, p);
                }
                channel = new Channel(in, 0, null, ShipStrategy.RANGE, key, null, RangePartitioning.distributionSelector(
                        key.createComparator(ln.ascending(), config), ln.distribution()), LocalStrategy.NONE, null, false);
                props = rangePartitionedOn(key, p);
            }
            default -> throw new IllegalStateException("partition method " + method);
        }
        return add(ln, ln.pact(), ln.name(), DriverStrategy.NO_OP, p, List.of(channel), List.of(), List.of(),
                in.estimates(), props);
    }

    /**
     * Range partitioning with boundaries sampled at run time: each input partition sends a sample
     * to one instance, which picks the boundaries and broadcasts them to a tagging map; records are
     * shipped by their tag and untagged.
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private PlanNode rangePartition(LogicalNode ln, PlanNode in, KeySpec key, int p) {
        TypeInformation type = ln.outputType();
        TypeComparator comparator = key.createComparator(ln.ascending(), config);
        int inP = in.parallelism();
        PlanNode sample = add(ln, "MapPartition", ln.name() + " (sample)", DriverStrategy.MAP_PARTITION, inP, type,
                List.of(forward(in, 0, inP)), List.of(), List.of(), in.estimates(), in.properties(),
                RangePartitioning.sampler());
        PlanNode boundaries = add(ln, "GroupReduce", ln.name() + " (boundaries)", DriverStrategy.ALL_GROUP_REDUCE, 1,
                type, List.of(forward(sample, 0, 1)), List.of(), List.of(), Estimates.UNKNOWN, GlobalProperties.random(1),
                RangePartitioning.boundaryComputer(comparator, p));
        Channel boundaryChannel = new Channel(boundaries, 1, RangePartitioning.boundariesName(), ShipStrategy.BROADCAST,
                null, null, null, LocalStrategy.NONE, null, false);
        TypeInformation tagged = RangePartitioning.taggedType(type);
        PlanNode tag = new PlanNode(nodes.size(), ln, "Map", ln.name() + " (assign ranges)", DriverStrategy.MAP, inP,
                tagged, RangePartitioning.tagger(comparator), new Configuration(), List.of(forward(in, 0, inP)),
                List.of(boundaryChannel), List.of(), List.of(), in.estimates(), in.properties(), LocalProperties.NONE,
                loop(ln));
        nodes.add(tag);
        Channel ship = new Channel(tag, 0, null, ShipStrategy.RANGE, key, null, RangePartitioning.rangeSelector(),
                LocalStrategy.NONE, null, false);
        GlobalProperties props = rangePartitionedOn(key, p);
        PlanNode untag = new PlanNode(nodes.size(), ln, ln.pact(), ln.name(), DriverStrategy.MAP, p, type,
                RangePartitioning.untagger(), new Configuration(), List.of(ship), List.of(), List.of(), List.of(),
                in.estimates(), props, LocalProperties.NONE, loop(ln));
        nodes.add(untag);
        return untag;
    }

    /** Range-partitioned on a field key; a key selector's ranges mean nothing to later nodes. */
    private static GlobalProperties rangePartitionedOn(KeySpec key, int p) {
        return key.fields() == null ? GlobalProperties.random(p)
                : new GlobalProperties(GlobalProperties.Partitioning.RANGE, key.fields(), key.keys().getKeyFieldTypes(), null, p);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private PlanNode sortPartition(LogicalNode ln, PlanNode in, String pact, String name, int p, GroupOrder<?> order) {
        Channel channel = forward(in, 0, p);
        TypeInformation<?> type = ln.input(0).outputType();
        if (channel.shipStrategy() != ShipStrategy.FORWARD || !in.localProperties().satisfies(orderOf((GroupOrder) order, type))) {
            channel = channel.withLocalStrategy(LocalStrategy.SORT, describe(order));
        }
        return add(ln, pact, name, DriverStrategy.SORT_PARTITION, p, type, List.of(channel), List.of(), orders(order),
                in.estimates(), in.properties().forward(SemanticProperties.identity(type), 0, p), null);
    }

    private PlanNode sink(LogicalNode ln) {
        PlanNode in = in(ln, 0);
        int p = parallelism(ln);
        GroupOrder<?> order = ln.groupOrder(0);
        if (order != null) {
            in = sortPartition(ln, in, "Sort-Partition", ln.name() + " (local sort)", p, order);
        }
        return add(ln, ln.pact(), ln.name(), DriverStrategy.SINK, p, List.of(forward(in, 0, p)), List.of(), List.of(),
                in.estimates(), in.properties());
    }

    private PlanNode union(LogicalNode ln) {
        PlanNode a = in(ln, 0);
        PlanNode b = in(ln, 1);
        int p = parallelism(ln);
        Estimates e = a.estimates().knowsBytes() && b.estimates().knowsBytes()
                ? new Estimates(a.estimates().rows() + b.estimates().rows(), a.estimates().bytes() + b.estimates().bytes())
                : Estimates.UNKNOWN;
        GlobalProperties props = a.properties().equals(b.properties()) && a.properties().parallelism() == p
                ? a.properties() : GlobalProperties.random(p);
        return add(ln, ln.pact(), ln.name(), DriverStrategy.UNION, p, List.of(forward(a, 0, p), forward(b, 1, p)),
                List.of(), List.of(), e, props);
    }

    // ---- two inputs ---------------------------------------------------------------------------

    /** How both inputs of a keyed two-input operation are shipped when they are repartitioned. */
    private record Repartition(Channel first, Channel second, long cost) {}

    private Repartition repartition(PlanNode a, PlanNode b, KeySpec k1, KeySpec k2, int p, Partitioner<?> custom) {
        boolean aReady;
        boolean bReady;
        if (custom != null) {
            aReady = a.properties().groups(k1.fields(), p, custom) && FieldList.same(a.properties().fields(), k1.fields());
            bReady = b.properties().groups(k2.fields(), p, custom) && FieldList.same(b.properties().fields(), k2.fields());
        } else {
            aReady = k1.fields() != null && a.properties().equals(partitionedOn(k1, null, p)) && k1.hashCompatible(k2);
            bReady = k2.fields() != null && b.properties().equals(partitionedOn(k2, null, p)) && k1.hashCompatible(k2);
        }
        Channel first = aReady ? forward(a, 0, p) : keyed(a, 0, k1, custom);
        Channel second = bReady ? forward(b, 1, p) : keyed(b, 1, k2, custom);
        long cost = saturatingAdd(aReady ? 0 : size(a), bReady ? 0 : size(b));
        return new Repartition(first, second, cost);
    }

    private PlanNode join(LogicalNode ln) {
        PlanNode a = in(ln, 0);
        PlanNode b = in(ln, 1);
        int p = parallelism(ln);
        KeySpec k1 = ln.key(0);
        KeySpec k2 = ln.key(1);
        JoinType type = ln.joinType();
        JoinHint hint = ln.joinHint() == null ? JoinHint.OPTIMIZER_CHOOSES : ln.joinHint();
        Repartition repartition = repartition(a, b, k1, k2, p, ln.customPartitioner());

        boolean mayBroadcastFirst = ln.customPartitioner() == null && (type == JoinType.INNER || type == JoinType.RIGHT_OUTER);
        boolean mayBroadcastSecond = ln.customPartitioner() == null && (type == JoinType.INNER || type == JoinType.LEFT_OUTER);
        long broadcastFirstCost = saturatingAdd(saturatingMultiply(size(a), p), b.parallelism() == p ? 0 : size(b));
        long broadcastSecondCost = saturatingAdd(saturatingMultiply(size(b), p), a.parallelism() == p ? 0 : size(a));
        long repartitionCost = repartition.cost();
        boolean aInvariant = invariantInLoop(ln, a);
        if (aInvariant != invariantInLoop(ln, b)) {
            // Costs per superstep: the loop-invariant side is shipped once (its cost spread over the
            // supersteps) and, when the loop-dependent side is broadcast and built, replayed as the
            // probe side every superstep; a hash table on the invariant side is built once.
            int trips = Math.max(1, Math.min(100, iterations.get(loop(ln)).iteration().maxIterations()));
            PlanNode invariant = aInvariant ? a : b;
            PlanNode dynamic = aInvariant ? b : a;
            boolean invariantReady = aInvariant ? repartition.first().shipStrategy() == ShipStrategy.FORWARD
                    : repartition.second().shipStrategy() == ShipStrategy.FORWARD;
            boolean dynamicReady = aInvariant ? repartition.second().shipStrategy() == ShipStrategy.FORWARD
                    : repartition.first().shipStrategy() == ShipStrategy.FORWARD;
            repartitionCost = saturatingAdd(dynamicReady ? 0 : size(dynamic), invariantReady ? 0 : size(invariant) / trips);
            long broadcastInvariant = saturatingAdd(saturatingMultiply(size(invariant), p) / trips,
                    dynamic.parallelism() == p ? 0 : size(dynamic));
            long broadcastDynamic = saturatingAdd(saturatingAdd(saturatingMultiply(size(dynamic), p),
                    invariant.parallelism() == p ? 0 : size(invariant) / trips), size(invariant));
            broadcastFirstCost = aInvariant ? broadcastInvariant : broadcastDynamic;
            broadcastSecondCost = aInvariant ? broadcastDynamic : broadcastInvariant;
        }

        Choice choice;
        switch (hint) {
            case BROADCAST_HASH_FIRST -> choice = Choice.BROADCAST_FIRST;
            case BROADCAST_HASH_SECOND -> choice = Choice.BROADCAST_SECOND;
            case REPARTITION_HASH_FIRST, REPARTITION_HASH_SECOND, REPARTITION_SORT_MERGE -> choice = Choice.REPARTITION;
            default -> {
                choice = Choice.REPARTITION;
                long best = repartitionCost;
                if (mayBroadcastSecond && broadcastSecondCost < best) {
                    choice = Choice.BROADCAST_SECOND;
                    best = broadcastSecondCost;
                }
                if (mayBroadcastFirst && broadcastFirstCost < best) {
                    choice = Choice.BROADCAST_FIRST;
                }
            }
        }
        List<Channel> channels;
        boolean buildFirst;
        GlobalProperties props;
        switch (choice) {
            case BROADCAST_FIRST -> {
                channels = List.of(Channel.of(a, 0, ShipStrategy.BROADCAST, null, null), forward(b, 1, p));
                buildFirst = true;
                props = b.properties().forward(ln.semantics(), 1, p);
            }
            case BROADCAST_SECOND -> {
                channels = List.of(forward(a, 0, p), Channel.of(b, 1, ShipStrategy.BROADCAST, null, null));
                buildFirst = false;
                props = a.properties().forward(ln.semantics(), 0, p);
            }
            default -> {
                channels = List.of(repartition.first(), repartition.second());
                buildFirst = switch (hint) {
                    case REPARTITION_HASH_FIRST -> true;
                    case REPARTITION_HASH_SECOND -> false;
                    // inside a loop, the loop-invariant side is built once and probed every superstep
                    default -> invariantInLoop(ln, a) != invariantInLoop(ln, b) ? invariantInLoop(ln, a)
                            : size(a) < size(b);
                };
                GlobalProperties onFirst = partitionedOn(k1, ln.customPartitioner(), p).forward(ln.semantics(), 0, p);
                props = onFirst.partitioning() != GlobalProperties.Partitioning.RANDOM ? onFirst
                        : partitionedOn(k2, ln.customPartitioner(), p).forward(ln.semantics(), 1, p);
            }
        }
        boolean firstSorted = arrivesSorted(channels.get(0), LocalProperties.ascending(k1.fields()));
        boolean secondSorted = arrivesSorted(channels.get(1), LocalProperties.ascending(k2.fields()));
        // inputs that both arrive sorted on their keys merge without any sort or hash table
        boolean sortMerge = hint == JoinHint.REPARTITION_SORT_MERGE
                || (hint == JoinHint.OPTIMIZER_CHOOSES && choice == Choice.REPARTITION && firstSorted && secondSorted);
        DriverStrategy driver = joinDriver(type, buildFirst, sortMerge);
        if (driver == DriverStrategy.HYBRID_HASH_BUILD_FIRST && invariantInLoop(ln, a)) {
            driver = DriverStrategy.HYBRID_HASH_BUILD_FIRST_CACHED;
        } else if (driver == DriverStrategy.HYBRID_HASH_BUILD_SECOND && invariantInLoop(ln, b)) {
            driver = DriverStrategy.HYBRID_HASH_BUILD_SECOND_CACHED;
        }
        if (sortMerge) {
            channels = List.of(sortUnless(firstSorted, channels.get(0), describe(k1, null)),
                    sortUnless(secondSorted, channels.get(1), describe(k2, null)));
        }
        Estimates e = a.estimates().knowsBytes() && b.estimates().knowsBytes()
                ? new Estimates(Math.max(a.estimates().rows(), b.estimates().rows()),
                        Math.max(a.estimates().bytes(), b.estimates().bytes()))
                : Estimates.UNKNOWN;
        return add(ln, ln.pact(), ln.name(), driver, p, PipelineBreakers.place(driver, channels), List.of(k1, k2),
                List.of(), e, props);
    }

    private enum Choice { BROADCAST_FIRST, BROADCAST_SECOND, REPARTITION }

    private static DriverStrategy joinDriver(JoinType type, boolean buildFirst, boolean sortMerge) {
        if (sortMerge) {
            return switch (type) {
                case INNER -> DriverStrategy.INNER_MERGE;
                case LEFT_OUTER -> DriverStrategy.LEFT_OUTER_MERGE;
                case RIGHT_OUTER -> DriverStrategy.RIGHT_OUTER_MERGE;
                case FULL_OUTER -> DriverStrategy.FULL_OUTER_MERGE;
            };
        }
        return switch (type) {
            case INNER -> buildFirst ? DriverStrategy.HYBRID_HASH_BUILD_FIRST : DriverStrategy.HYBRID_HASH_BUILD_SECOND;
            case LEFT_OUTER -> DriverStrategy.LEFT_HYBRID_HASH_BUILD_SECOND;
            case RIGHT_OUTER -> DriverStrategy.RIGHT_HYBRID_HASH_BUILD_FIRST;
            case FULL_OUTER -> buildFirst ? DriverStrategy.FULL_OUTER_HYBRID_HASH_BUILD_FIRST
                    : DriverStrategy.FULL_OUTER_HYBRID_HASH_BUILD_SECOND;
        };
    }

    private PlanNode coGroup(LogicalNode ln) {
        PlanNode a = in(ln, 0);
        PlanNode b = in(ln, 1);
        int p = parallelism(ln);
        KeySpec k1 = ln.key(0);
        KeySpec k2 = ln.key(1);
        Repartition r = repartition(a, b, k1, k2, p, ln.customPartitioner());
        List<Channel> channels = List.of(
                sortUnless(arrivesSorted(r.first(), required(k1, ln.groupOrder(0), ln.input(0).outputType())), r.first(),
                        describe(k1, ln.groupOrder(0))),
                sortUnless(arrivesSorted(r.second(), required(k2, ln.groupOrder(1), ln.input(1).outputType())), r.second(),
                        describe(k2, ln.groupOrder(1))));
        List<GroupOrder<?>> orders = new ArrayList<>();
        orders.add(ln.groupOrder(0));
        orders.add(ln.groupOrder(1));
        GlobalProperties props = partitionedOn(k1, ln.customPartitioner(), p).forward(ln.semantics(), 0, p);
        // inside a loop, a loop-invariant side is sorted once and merged again every superstep
        DriverStrategy driver = invariantInLoop(ln, a) ? DriverStrategy.CO_GROUP_CACHED_FIRST
                : invariantInLoop(ln, b) ? DriverStrategy.CO_GROUP_CACHED_SECOND : DriverStrategy.CO_GROUP;
        return add(ln, ln.pact(), ln.name(), driver, p, channels, List.of(k1, k2), orders,
                Estimates.UNKNOWN, props);
    }

    private PlanNode cross(LogicalNode ln) {
        PlanNode a = in(ln, 0);
        PlanNode b = in(ln, 1);
        int p = parallelism(ln);
        CrossHint hint = ln.crossHint() == null ? CrossHint.OPTIMIZER_CHOOSES : ln.crossHint();
        boolean holdFirst = switch (hint) {
            case FIRST_IS_SMALL -> true;
            case SECOND_IS_SMALL -> false;
            default -> size(a) < size(b);
        };
        List<Channel> channels = holdFirst
                ? List.of(Channel.of(a, 0, ShipStrategy.BROADCAST, null, null), forward(b, 1, p))
                : List.of(forward(a, 0, p), Channel.of(b, 1, ShipStrategy.BROADCAST, null, null));
        DriverStrategy driver = holdFirst ? DriverStrategy.NESTED_LOOP_BLOCKED_OUTER_FIRST
                : DriverStrategy.NESTED_LOOP_BLOCKED_OUTER_SECOND;
        Estimates ea = a.estimates();
        Estimates eb = b.estimates();
        Estimates e = ea.rows() >= 0 && eb.rows() >= 0 && ea.knowsBytes() && eb.knowsBytes()
                ? new Estimates(saturatingMultiply(ea.rows(), eb.rows()),
                        saturatingAdd(saturatingMultiply(ea.bytes(), eb.rows()), saturatingMultiply(eb.bytes(), ea.rows())))
                : Estimates.UNKNOWN;
        GlobalProperties props = holdFirst ? b.properties().forward(ln.semantics(), 1, p)
                : a.properties().forward(ln.semantics(), 0, p);
        return add(ln, ln.pact(), ln.name(), driver, p, PipelineBreakers.place(driver, channels), List.of(), List.of(),
                e, props);
    }

    // ---- helpers ------------------------------------------------------------------------------

    /** Whether {@code ln} runs in a loop and {@code input} is computed outside it (loop-invariant). */
    private boolean invariantInLoop(LogicalNode ln, PlanNode input) {
        return loop(ln) >= 0 && input.loop() != loop(ln);
    }

    private int loop(LogicalNode ln) {
        Integer loop = loopOf.get(ln);
        return loop == null ? -1 : loop;
    }

    private PlanNode in(LogicalNode ln, int input) {
        PlanNode node = result.get(ln.input(input));
        if (node == null) {
            throw new IllegalStateException("input " + input + " of " + ln + " was not optimized before it");
        }
        return node;
    }

    private int parallelism(LogicalNode ln) {
        if (ln.singleton()) {
            return 1;
        }
        return ln.parallelism() > 0 ? ln.parallelism() : plan.defaultParallelism();
    }

    /** Forward at equal parallelism, else round-robin. */
    private static Channel forward(PlanNode source, int input, int targetParallelism) {
        return Channel.of(source, input, source.parallelism() == targetParallelism ? ShipStrategy.FORWARD
                : ShipStrategy.REBALANCE, null, null);
    }

    private static Channel keyed(PlanNode source, int input, KeySpec key, Partitioner<?> custom) {
        return custom != null ? Channel.of(source, input, ShipStrategy.CUSTOM, key, custom)
                : Channel.of(source, input, ShipStrategy.HASH, key, null);
    }

    /** The properties of a set just partitioned on {@code key}. */
    private static GlobalProperties partitionedOn(KeySpec key, Partitioner<?> custom, int p) {
        if (key == null || key.fields() == null) {
            return GlobalProperties.random(p);
        }
        if (custom != null) {
            return new GlobalProperties(GlobalProperties.Partitioning.CUSTOM, key.fields(), key.keys().getKeyFieldTypes(),
                    custom, p);
        }
        return p == 1 ? GlobalProperties.random(1) : GlobalProperties.hash(key.fields(), key.keys().getKeyFieldTypes(), p);
    }

    private static long size(PlanNode node) {
        return node.estimates().bytesOr(UNKNOWN_SIZE_COST);
    }

    private PlanNode add(LogicalNode ln, String pact, String name, DriverStrategy driver, int p, List<Channel> inputs,
                         List<KeySpec> keys, List<GroupOrder<?>> orders, Estimates estimates, GlobalProperties props) {
        TypeInformation<?> type = driver == DriverStrategy.SINK ? null : ln.outputType();
        return add(ln, pact, name, driver, p, type, inputs, keys, orders, estimates, props, ln.function());
    }

    /** A node that runs part of {@code ln} with the records of its input (a combiner, a sort before a sink). */
    private PlanNode addOnInputType(LogicalNode ln, String pact, String name, DriverStrategy driver, int p,
                                    List<Channel> inputs, List<KeySpec> keys, List<GroupOrder<?>> orders,
                                    Estimates estimates, GlobalProperties props) {
        return add(ln, pact, name, driver, p, ln.input(0).outputType(), inputs, keys, orders, estimates, props,
                ln.function());
    }

    /**
     * Creates a node. Nodes that run the logical node's own function get its parameters and
     * broadcast sets; engine functions (range sampling) get neither.
     */
    private PlanNode add(LogicalNode ln, String pact, String name, DriverStrategy driver, int p,
                         TypeInformation<?> outputType, List<Channel> inputs, List<KeySpec> keys,
                         List<GroupOrder<?>> orders, Estimates estimates, GlobalProperties props, Function function) {
        List<Channel> broadcast = new ArrayList<>();
        boolean own = function != null && function == ln.function();
        if (own) {
            int index = inputs.size();
            for (Map.Entry<String, LogicalNode> e : ln.broadcastInputs().entrySet()) {
                PlanNode source = result.get(e.getValue());
                broadcast.add(new Channel(source, index++, e.getKey(), ShipStrategy.BROADCAST, null, null, null,
                        LocalStrategy.NONE, null, false));
            }
        }
        Configuration parameters = own || driver == DriverStrategy.SOURCE || driver == DriverStrategy.SINK
                ? ln.parameters() : new Configuration();
        LocalProperties order = localProperties(ln, driver, inputs, keys, orders, own);
        PlanNode node = new PlanNode(nodes.size(), ln, pact, name, driver, p, outputType, function, parameters, inputs,
                broadcast, keys, orders, estimates, props, order, loop(ln));
        nodes.add(node);
        return node;
    }

    /** The order a sorting driver needs: its key ascending, then the group order; null if not expressible in fields. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static LocalProperties required(KeySpec key, GroupOrder<?> order, TypeInformation<?> type) {
        LocalProperties byKey = LocalProperties.ascending(key.fields());
        if (!byKey.isSorted() || order == null || order.isEmpty()) {
            return byKey.isSorted() ? byKey : null;
        }
        LocalProperties within = orderOf((GroupOrder) order, type);
        return within == null ? null : byKey.then(within);
    }

    /** A sort order as local properties; null for a key selector. */
    private static <T> LocalProperties orderOf(GroupOrder<T> order, TypeInformation<T> type) {
        int[] fields = order == null ? null : order.flatFieldPositions(type);
        return fields == null ? null : LocalProperties.sorted(FieldList.of(fields), order.flatAscending(type));
    }

    /** Whether records on {@code channel} reach the driver in {@code required} order without a local sort. */
    private static boolean arrivesSorted(Channel channel, LocalProperties required) {
        return channel.shipStrategy() == ShipStrategy.FORWARD && channel.source().localProperties().satisfies(required);
    }

    private static Channel sortUnless(boolean sorted, Channel channel, String keys) {
        return sorted ? channel : channel.withLocalStrategy(LocalStrategy.SORT, keys);
    }

    /**
     * The order of a new node's output: sorting drivers produce their key order, record-at-a-time
     * functions keep their input's order on the fields they forward, everything else (hashing,
     * exchanges, unions, combiners) leaves it unknown.
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static LocalProperties localProperties(LogicalNode ln, DriverStrategy driver, List<Channel> inputs,
                                                   List<KeySpec> keys, List<GroupOrder<?>> orders, boolean own) {
        switch (driver) {
            case SORT_PARTITION -> {
                LocalProperties sorted = orderOf((GroupOrder) orders.get(0), (TypeInformation) ln.input(0).outputType());
                return sorted == null ? LocalProperties.NONE : sorted;
            }
            case NO_OP, SINK -> {
                Channel in = inputs.get(0);
                return in.shipStrategy() == ShipStrategy.FORWARD ? in.source().localProperties() : LocalProperties.NONE;
            }
            case MAP, FLAT_MAP, FILTER, MAP_PARTITION -> {
                Channel in = inputs.get(0);
                return own && in.shipStrategy() == ShipStrategy.FORWARD
                        ? in.source().localProperties().forward(ln.semantics(), 0) : LocalProperties.NONE;
            }
            case SORTED_REDUCE, SORTED_GROUP_REDUCE -> {
                return LocalProperties.ascending(keys.get(0).fields()).forward(ln.semantics(), 0);
            }
            case INNER_MERGE, LEFT_OUTER_MERGE, RIGHT_OUTER_MERGE, FULL_OUTER_MERGE, CO_GROUP, CO_GROUP_CACHED_FIRST,
                    CO_GROUP_CACHED_SECOND -> {
                // an outer side's padded nulls break its key order
                LocalProperties first = LocalProperties.ascending(keys.get(0).fields()).forward(ln.semantics(), 0);
                if (first.isSorted() && (driver == DriverStrategy.INNER_MERGE || driver == DriverStrategy.LEFT_OUTER_MERGE)) {
                    return first;
                }
                LocalProperties second = LocalProperties.ascending(keys.get(1).fields()).forward(ln.semantics(), 1);
                return driver == DriverStrategy.INNER_MERGE || driver == DriverStrategy.RIGHT_OUTER_MERGE
                        ? second : LocalProperties.NONE;
            }
            default -> {
                return LocalProperties.NONE;
            }
        }
    }

    private static List<GroupOrder<?>> orders(GroupOrder<?> order) {
        List<GroupOrder<?>> list = new ArrayList<>();
        list.add(order);
        return list;
    }

    private static String describe(KeySpec key, GroupOrder<?> order) {
        StringBuilder sb = new StringBuilder();
        FieldList fields = key.fields();
        if (fields == null) {
            sb.append("[KeySelector:ASC");
        } else {
            sb.append('[');
            for (int i = 0; i < fields.size(); i++) {
                sb.append(i == 0 ? "" : ", ").append(fields.get(i)).append(":ASC");
            }
        }
        if (order != null) {
            sb.append(", ").append(order);
        }
        return sb.append(']').toString();
    }

    private static String describe(GroupOrder<?> order) {
        return "[" + order + "]";
    }

    static long saturatingAdd(long a, long b) {
        long r = a + b;
        return ((a ^ r) & (b ^ r)) < 0 ? Long.MAX_VALUE : r;
    }

    static long saturatingMultiply(long a, long b) {
        long hi = Math.multiplyHigh(a, b);
        long lo = a * b;
        return (hi == 0 && lo >= 0) ? lo : Long.MAX_VALUE;
    }
}
