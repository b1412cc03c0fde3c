package io.eddy.exec;

import io.eddy.exec.io.InputFormatSourceDriver;
import io.eddy.exec.io.OutputFormatSinkDriver;
import io.eddy.runtime.iteration.IterationOperators;
import io.eddy.runtime.operator.OperatorFactory;
import java.util.function.Function;

/**
 * The table the optimizer and the runtime agree on: every way Eddy can run an operation locally.
 * Each row names its driver (through a factory taking a {@link DriverSpec}), how it consumes each
 * input ({@link DamBehavior}), how many inputs carry a key, whether it claims managed memory, and
 * whether it sorts its inputs (and so can skip the sort of an input that arrives sorted).
 * A new strategy is one row here, one driver and one harness test.
 *
 * <p>The display names are Flink's words where Flink has the strategy, so plans read alike.
 */
@SuppressWarnings({"unchecked", "rawtypes"})
public enum DriverStrategy {

    SOURCE("Data Source", 0, false, null, s -> new InputFormatSourceDriver.Factory(s.inputFormat(), s.parameters(),
            s.outputSerializer(), s.executionConfig())),
    SINK("Data Sink", 0, false, new DamBehavior[] {DamBehavior.PIPELINED},
            s -> new OutputFormatSinkDriver.Factory(s.outputFormat(), s.parameters(), s.executionConfig())),
    /** A union has no driver: the compiler dissolves it into the edges of its consumers. */
    UNION("Union", 0, false, new DamBehavior[] {DamBehavior.PIPELINED, DamBehavior.PIPELINED}, null),
    NO_OP("No-op", 0, false, pipelined(1), s -> new IdentityDriver.Factory(s.config())),
    MAP("Map", 0, false, pipelined(1), s -> new MapDriver.Factory(s.config())),
    FLAT_MAP("FlatMap", 0, false, pipelined(1), s -> new FlatMapDriver.Factory(s.config())),
    FILTER("Filter", 0, false, pipelined(1), s -> new FilterDriver.Factory(s.config())),
    MAP_PARTITION("MapPartition", 0, false, pipelined(1), s -> new MapPartitionDriver.Factory(s.config())),

    /** Reduces a whole partition to one record, on the heap. */
    ALL_REDUCE("Reduce All", 0, false, materializing(1),
            s -> new ReduceDriver.Factory(s.config(), AggregationMode.FINAL, null, false)),
    /** Pre-aggregates by key in a hash table, emitting partial results whenever it is full. */
    HASH_COMBINE("Hash Combine", 1, true, pipelined(1),
            s -> new ReduceDriver.Factory(s.config(), AggregationMode.COMBINE, s.key(0), false)),
    /** Final aggregation by key in a hash table that spills sorted partial aggregates. */
    HASH_REDUCE("Hash Reduce", 1, true, materializing(1),
            s -> new ReduceDriver.Factory(s.config(), AggregationMode.FINAL, s.key(0), false)),
    /** Pre-aggregates runs of equal keys in a buffer sorted whenever it is full ({@code CombineHint.SORT}). */
    SORTED_PARTIAL_REDUCE("Sorted Partial Reduce", 1, true, pipelined(1),
            s -> new ReduceDriver.Factory(s.config(), AggregationMode.COMBINE, s.key(0), true)),
    /**
     * Final aggregation of runs of equal keys: sorts (spilling) unless the input arrives sorted on
     * the key, in which case it streams in no memory.
     */
    SORTED_REDUCE("Sorted Reduce", 1, true, materializing(1), true,
            s -> new ReduceDriver.Factory(s.config(), AggregationMode.FINAL, s.key(0), true)),
    /** Sorts by key (and group order) and hands each group to a group reduce function. */
    SORTED_GROUP_REDUCE("Sorted Group Reduce", 1, true, materializing(1), true,
            s -> new GroupReduceDriver.Factory(s.config(), AggregationMode.FINAL, s.key(0), s.order(0))),
    /** The whole partition as one group. */
    ALL_GROUP_REDUCE("Group Reduce All", 0, true, materializing(1),
            s -> new GroupReduceDriver.Factory(s.config(), AggregationMode.FINAL, null, s.order(0))),
    /** Combines groups of the chunks of its input that fit in memory, each sorted by key. */
    SORTED_GROUP_COMBINE("Sorted Combine", 1, true, pipelined(1),
            s -> new GroupCombineDriver.Factory(s.config(), s.key(0), s.order(0))),
    ALL_GROUP_COMBINE("Group Combine All", 0, true, pipelined(1),
            s -> new GroupCombineDriver.Factory(s.config(), null, s.order(0))),

    HYBRID_HASH_BUILD_FIRST("Hybrid Hash (build: first)", 2, true, dams(DamBehavior.FULL_DAM, DamBehavior.PIPELINED),
            s -> new JoinDriver.Factory(s.flatJoinConfig(), s.key(0), s.key(1), BuildSide.BUILD_FIRST)),
    HYBRID_HASH_BUILD_SECOND("Hybrid Hash (build: second)", 2, true, dams(DamBehavior.PIPELINED, DamBehavior.FULL_DAM),
            s -> new JoinDriver.Factory(s.flatJoinConfig(), s.key(0), s.key(1), BuildSide.BUILD_SECOND)),
    /**
     * Inside a loop, with a loop-invariant build side: the hash table is built in the first
     * superstep and probed again in every later one (spilled partitions are kept on disk).
     */
    HYBRID_HASH_BUILD_FIRST_CACHED("Hybrid Hash (build: first, cached)", 2, true,
            dams(DamBehavior.FULL_DAM, DamBehavior.PIPELINED),
            s -> new JoinDriver.CachedFactory(s.flatJoinConfig(), s.key(0), s.key(1), BuildSide.BUILD_FIRST)),
    HYBRID_HASH_BUILD_SECOND_CACHED("Hybrid Hash (build: second, cached)", 2, true,
            dams(DamBehavior.PIPELINED, DamBehavior.FULL_DAM),
            s -> new JoinDriver.CachedFactory(s.flatJoinConfig(), s.key(0), s.key(1), BuildSide.BUILD_SECOND)),
    LEFT_HYBRID_HASH_BUILD_SECOND("Left Outer Hybrid Hash (build: second)", 2, true,
            dams(DamBehavior.PIPELINED, DamBehavior.FULL_DAM),
            s -> new OuterJoinDriver.Factory(s.flatJoinConfig(), OuterJoinType.LEFT, s.key(0), s.key(1), BuildSide.BUILD_SECOND)),
    RIGHT_HYBRID_HASH_BUILD_FIRST("Right Outer Hybrid Hash (build: first)", 2, true,
            dams(DamBehavior.FULL_DAM, DamBehavior.PIPELINED),
            s -> new OuterJoinDriver.Factory(s.flatJoinConfig(), OuterJoinType.RIGHT, s.key(0), s.key(1), BuildSide.BUILD_FIRST)),
    FULL_OUTER_HYBRID_HASH_BUILD_FIRST("Full Outer Hybrid Hash (build: first)", 2, true,
            dams(DamBehavior.FULL_DAM, DamBehavior.PIPELINED),
            s -> new OuterJoinDriver.Factory(s.flatJoinConfig(), OuterJoinType.FULL, s.key(0), s.key(1), BuildSide.BUILD_FIRST)),
    FULL_OUTER_HYBRID_HASH_BUILD_SECOND("Full Outer Hybrid Hash (build: second)", 2, true,
            dams(DamBehavior.PIPELINED, DamBehavior.FULL_DAM),
            s -> new OuterJoinDriver.Factory(s.flatJoinConfig(), OuterJoinType.FULL, s.key(0), s.key(1), BuildSide.BUILD_SECOND)),
    INNER_MERGE("Sort-Merge Join", 2, true, materializing(2), true,
            s -> new SortMergeJoinDriver.Factory(s.flatJoinConfig(), null, s.key(0), s.key(1))),
    LEFT_OUTER_MERGE("Left Outer Sort-Merge Join", 2, true, materializing(2), true,
            s -> new SortMergeJoinDriver.Factory(s.flatJoinConfig(), OuterJoinType.LEFT, s.key(0), s.key(1))),
    RIGHT_OUTER_MERGE("Right Outer Sort-Merge Join", 2, true, materializing(2), true,
            s -> new SortMergeJoinDriver.Factory(s.flatJoinConfig(), OuterJoinType.RIGHT, s.key(0), s.key(1))),
    FULL_OUTER_MERGE("Full Outer Sort-Merge Join", 2, true, materializing(2), true,
            s -> new SortMergeJoinDriver.Factory(s.flatJoinConfig(), OuterJoinType.FULL, s.key(0), s.key(1))),
    CO_GROUP("Sort-Merge CoGroup", 2, true, materializing(2), true,
            s -> new CoGroupDriver.Factory(s.config(), s.key(0), s.key(1), s.order(0), s.order(1))),
    /**
     * Inside a loop, with a loop-invariant first (or second) input: that input is sorted in the
     * first superstep only; its sorted records are kept and merged again in every later one.
     */
    CO_GROUP_CACHED_FIRST("Sort-Merge CoGroup (first: sorted once)", 2, true, materializing(2), true,
            s -> new CoGroupDriver.Factory(s.config(), s.key(0), s.key(1), s.order(0), s.order(1), 0)),
    CO_GROUP_CACHED_SECOND("Sort-Merge CoGroup (second: sorted once)", 2, true, materializing(2), true,
            s -> new CoGroupDriver.Factory(s.config(), s.key(0), s.key(1), s.order(0), s.order(1), 1)),
    /** Holds the first input (spilling) and streams the second past it. */
    NESTED_LOOP_BLOCKED_OUTER_FIRST("Nested Loops (Blocked Outer: first)", 0, true,
            dams(DamBehavior.FULL_DAM, DamBehavior.PIPELINED),
            s -> new CrossDriver.Factory(s.config(), BuildSide.BUILD_FIRST)),
    NESTED_LOOP_BLOCKED_OUTER_SECOND("Nested Loops (Blocked Outer: second)", 0, true,
            dams(DamBehavior.PIPELINED, DamBehavior.FULL_DAM),
            s -> new CrossDriver.Factory(s.config(), BuildSide.BUILD_SECOND)),
    /** Starts every superstep of a loop: the initial data in the first, then what the tail fed back. */
    ITERATION_HEAD("Iteration Head", 0, false, pipelined(1), s -> new IterationOperators.HeadFactory<>()),
    /** Feeds the records of a superstep back to the loop's head. */
    ITERATION_TAIL("Iteration Tail", 0, false, pipelined(1), s -> new IterationOperators.TailFactory()),
    /** Counts a loop's termination criterion: a superstep without records ends the loop. */
    ITERATION_CRITERION("Termination Criterion", 0, false, pipelined(1), s -> new IterationOperators.CriterionFactory()),
    /** Builds its slot's partition of a delta iteration's solution set, once, in managed memory. */
    ITERATION_SOLUTION_SET("Solution Set", 0, true, dams(DamBehavior.FULL_DAM),
            s -> new IterationOperators.SolutionSetHeadFactory()),
    /** Stages the solution set delta, applied between supersteps. */
    ITERATION_SOLUTION_SET_DELTA("Solution Set Delta", 0, false, pipelined(1),
            s -> new IterationOperators.SolutionSetDeltaFactory()),
    /** Looks each record up in the solution set (the join's first input). */
    JOIN_WITH_SOLUTION_SET_FIRST("Join with Solution Set (solution set: first)", 1, false, pipelined(1),
            s -> new SolutionSetJoinDriver.Factory<>(s.flatJoinConfig(), s.key(0), true)),
    /** Looks each record up in the solution set (the join's second input). */
    JOIN_WITH_SOLUTION_SET_SECOND("Join with Solution Set (solution set: second)", 1, false, pipelined(1),
            s -> new SolutionSetJoinDriver.Factory<>(s.flatJoinConfig(), s.key(0), false)),
    /** Sorts its input into key groups, each coGrouped with the solution set entry of its key. */
    CO_GROUP_WITH_SOLUTION_SET_FIRST("CoGroup with Solution Set (solution set: first)", 1, true, materializing(1),
            s -> new SolutionSetCoGroupDriver.Factory<>(s.config(), s.key(0), s.order(0), true)),
    CO_GROUP_WITH_SOLUTION_SET_SECOND("CoGroup with Solution Set (solution set: second)", 1, true, materializing(1),
            s -> new SolutionSetCoGroupDriver.Factory<>(s.config(), s.key(0), s.order(0), false)),
    SORT_PARTITION("Sort Partition", 0, true, materializing(1), true,
            s -> new SortPartitionDriver.Factory(s.config(), s.order(0)));

    private final String displayName;
    private final int numKeyedInputs;
    private final boolean usesManagedMemory;
    private final DamBehavior[] dams;
    private final boolean sortsInputs;
    private final Function<DriverSpec, OperatorFactory<?>> factory;

    DriverStrategy(String displayName, int numKeyedInputs, boolean usesManagedMemory, DamBehavior[] dams,
                   Function<DriverSpec, OperatorFactory<?>> factory) {
        this(displayName, numKeyedInputs, usesManagedMemory, dams, false, factory);
    }

    DriverStrategy(String displayName, int numKeyedInputs, boolean usesManagedMemory, DamBehavior[] dams,
                   boolean sortsInputs, Function<DriverSpec, OperatorFactory<?>> factory) {
        this.sortsInputs = sortsInputs;
        this.displayName = displayName;
        this.numKeyedInputs = numKeyedInputs;
        this.usesManagedMemory = usesManagedMemory;
        this.dams = dams == null ? new DamBehavior[0] : dams;
        this.factory = factory;
    }

    /** The name plans show, e.g. "Hybrid Hash (build: second)". */
    public String displayName() {
        return displayName;
    }

    /** The number of regular inputs the driver reads. */
    public int numInputs() {
        return dams.length;
    }

    /** How many of the inputs (from the first) need a key comparator. */
    public int numKeyedInputs() {
        return numKeyedInputs;
    }

    /** Whether the driver sorts or hashes in managed memory (one share of its slot's memory). */
    public boolean usesManagedMemory() {
        return usesManagedMemory;
    }

    /**
     * Whether the driver sorts its regular inputs by their keys (and orders) and can instead take
     * an input that arrives in that order already: the plan then gives that input no local sort,
     * and the driver keeps it as it is (checking the order).
     */
    public boolean sortsInputs() {
        return sortsInputs;
    }

    /** How the driver consumes regular input {@code input}. */
    public DamBehavior dam(int input) {
        return dams[input];
    }

    /** The input read to its end before the others, or -1. */
    public int firstInput() {
        for (int i = 0; i < dams.length; i++) {
            if (dams[i] == DamBehavior.FULL_DAM) {
                return i;
            }
        }
        return -1;
    }

    /** Creates the serializable driver factory the job graph carries. */
    public OperatorFactory<?> createFactory(DriverSpec spec) {
        if (factory == null) {
            throw new IllegalStateException(this + " has no driver; the compiler dissolves it");
        }
        return factory.apply(spec);
    }

    private static DamBehavior[] pipelined(int inputs) {
        DamBehavior[] d = new DamBehavior[inputs];
        java.util.Arrays.fill(d, DamBehavior.PIPELINED);
        return d;
    }

    private static DamBehavior[] materializing(int inputs) {
        DamBehavior[] d = new DamBehavior[inputs];
        java.util.Arrays.fill(d, DamBehavior.MATERIALIZING);
        return d;
    }

    private static DamBehavior[] dams(DamBehavior... d) {
        return d;
    }
}
