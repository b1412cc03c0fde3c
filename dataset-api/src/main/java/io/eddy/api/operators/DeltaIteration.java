package io.eddy.api.operators;

import io.eddy.api.DataSet;
import io.eddy.api.ExecutionConfig;
import io.eddy.api.ExecutionEnvironment;
import io.eddy.api.InvalidProgramException;
import io.eddy.api.aggregators.Aggregator;
import io.eddy.api.aggregators.AggregatorRegistry;
import io.eddy.api.aggregators.ConvergenceCriterion;
import io.eddy.api.operators.translation.CallSites;
import io.eddy.api.operators.translation.Translation;
import io.eddy.api.typeinfo.TypeInformation;
import io.eddy.api.types.Value;
import io.eddy.plan.LogicalNode;
import io.eddy.plan.LogicalPlan;
import java.util.Arrays;

/**
 * The start of a delta iteration ({@link DataSet#iterateDelta}): a solution set, kept across
 * supersteps and identified by a key, and a workset, replaced every superstep. The step function
 * reads {@link #getSolutionSet()} (by joining or co-grouping with it on its key) and
 * {@link #getWorkset()}; {@link #closeWith} names the delta merged into the solution set (records
 * replace those with the same key) and the next workset. The loop ends when the workset is empty
 * or after the maximum number of supersteps.
 *
 * <p>Not a data set itself: {@code closeWith} returns one, a {@link DeltaIterationResultSet}, and
 * translating that puts the whole iteration in the plan, the two placeholders included.
 *
 * @param <ST> the type of the solution set
 * @param <WT> the type of the workset
 */
public class DeltaIteration<ST, WT> {

    private final AggregatorRegistry aggregators = new AggregatorRegistry();
    private final DataSet<ST> initialSolutionSet;
    private final DataSet<WT> initialWorkset;
    private final SolutionSetPlaceHolder<ST> solutionSetPlaceholder;
    private final WorksetPlaceHolder<WT> worksetPlaceholder;
    private final Keys<ST> keys;
    private final int maxIterations;
    private final String defaultName;
    private String name;
    private int parallelism = ExecutionConfig.PARALLELISM_DEFAULT;
    private boolean solutionSetUnManaged;
    private DeltaIterationResultSet<ST, WT> result;

    public DeltaIteration(ExecutionEnvironment context, TypeInformation<ST> type, DataSet<ST> solutionSet,
                          DataSet<WT> workset, Keys<ST> keys, int maxIterations) {
        if (solutionSet == null || workset == null || keys == null) {
            throw new NullPointerException("A delta iteration needs a solution set, a workset and a key.");
        }
        if (solutionSet.getExecutionEnvironment() != workset.getExecutionEnvironment()) {
            throw new InvalidProgramException("The solution set and the workset belong to different execution environments.");
        }
        if (maxIterations < 1) {
            throw new IllegalArgumentException("The maximum number of iterations must be at least one: " + maxIterations);
        }
        if (keys.isEmpty()) {
            throw new InvalidProgramException("The solution set key must select at least one field.");
        }
        TypeInformation<?> keyed = keys instanceof Keys.ExpressionKeys<ST> fields ? fields.getType()
                : keys instanceof Keys.SelectorFunctionKeys<ST, ?> selector ? selector.getInputType() : solutionSet.getType();
        if (!keyed.equals(solutionSet.getType())) {
            throw new InvalidProgramException("The solution set key " + keys + " is defined on " + keyed
                    + ", not on the solution set's type " + solutionSet.getType() + ".");
        }
        this.initialSolutionSet = solutionSet;
        this.initialWorkset = workset;
        this.keys = keys;
        this.maxIterations = maxIterations;
        this.defaultName = CallSites.describe("Delta Iteration");
        this.solutionSetPlaceholder = new SolutionSetPlaceHolder<>(context, solutionSet.getType(), this);
        this.worksetPlaceholder = new WorksetPlaceHolder<>(context, workset.getType(), this);
    }

    /**
     * Ends the step function.
     *
     * @param solutionSetDelta merged into the solution set after every superstep; of the solution set's type
     * @param newWorkset the next superstep's workset; of the workset's type
     * @return the solution set after the last superstep
     * @throws InvalidProgramException if the iteration was already closed or a type differs
     */
    public DataSet<ST> closeWith(DataSet<ST> solutionSetDelta, DataSet<WT> newWorkset) {
        if (solutionSetDelta == null || newWorkset == null) {
            throw new NullPointerException("closeWith needs the solution set delta and the new workset.");
        }
        if (result != null) {
            throw new InvalidProgramException("The delta iteration '" + describe() + "' has already been closed; "
                    + "closeWith(...) may be called once per iteration.");
        }
        checkSameType("solution set delta", solutionSetDelta.getType(), "solution set", initialSolutionSet.getType());
        checkSameType("new workset", newWorkset.getType(), "workset", initialWorkset.getType());
        result = new DeltaIterationResultSet<>(initialSolutionSet.getExecutionEnvironment(), initialSolutionSet.getType(),
                initialWorkset.getType(), this, solutionSetDelta, newWorkset, keys, maxIterations);
        return result;
    }

    private void checkSameType(String what, TypeInformation<?> type, String expected, TypeInformation<?> expectedType) {
        if (!type.equals(expectedType)) {
            throw new InvalidProgramException("The " + what + " of the delta iteration '" + describe() + "' has type "
                    + type + ", but the " + expected + " has type " + expectedType + ".");
        }
    }

    /** The data set the solution set starts from. */
    public DataSet<ST> getInitialSolutionSet() {
        return initialSolutionSet;
    }

    /** The data set the workset starts from. */
    public DataSet<WT> getInitialWorkset() {
        return initialWorkset;
    }

    /** The solution set as the step function sees it; join or co-group with it on its key. */
    public SolutionSetPlaceHolder<ST> getSolutionSet() {
        return solutionSetPlaceholder;
    }

    /** The current superstep's workset. */
    public WorksetPlaceHolder<WT> getWorkset() {
        return worksetPlaceholder;
    }

    /** Sets the name shown in plans, logs and error messages. */
    public DeltaIteration<ST, WT> name(String name) {
        this.name = name;
        return this;
    }

    public String getName() {
        return name;
    }

    /** Sets the parallelism of the iteration; {@code PARALLELISM_DEFAULT} uses the environment's. */
    public DeltaIteration<ST, WT> parallelism(int parallelism) {
        if (parallelism < 1 && parallelism != ExecutionConfig.PARALLELISM_DEFAULT) {
            throw new IllegalArgumentException("The parallelism of an operator must be at least 1, or "
                    + "ExecutionConfig.PARALLELISM_DEFAULT (use system default).");
        }
        this.parallelism = parallelism;
        return this;
    }

    /** The parallelism, or {@link ExecutionConfig#PARALLELISM_DEFAULT} if none was set. */
    public int getParallelism() {
        return parallelism;
    }

    /**
     * Registers an aggregator under {@code name}: step functions reach it through
     * {@code getIterationRuntimeContext().getIterationAggregator(name)}.
     *
     * @throws IllegalArgumentException if the name is empty or already taken
     */
    public DeltaIteration<ST, WT> registerAggregator(String name, Aggregator<?> aggregator) {
        aggregators.registerAggregator(name, aggregator);
        return this;
    }

    /**
     * Registers an aggregator and a criterion that reads its global value after each superstep and
     * ends the iteration once it returns true (in addition to the empty-workset rule).
     *
     * @param <X> the type of the aggregate the criterion reads
     */
    public <X extends Value> DeltaIteration<ST, WT> registerAggregationConvergenceCriterion(
            String name, Aggregator<X> aggregator, ConvergenceCriterion<X> convergenceCheck) {
        aggregators.registerAggregationConvergenceCriterion(name, aggregator, convergenceCheck);
        return this;
    }

    public AggregatorRegistry getAggregators() {
        return aggregators;
    }

    /**
     * Keeps the solution set as objects on the heap (true) instead of serialized in managed memory
     * (false, the default, which cannot exhaust the heap).
     */
    public void setSolutionSetUnManaged(boolean solutionSetUnManaged) {
        this.solutionSetUnManaged = solutionSetUnManaged;
    }

    public boolean isSolutionSetUnManaged() {
        return solutionSetUnManaged;
    }

    /** The name of the iteration in plans: the user's, or "Delta Iteration at method(File.java:line)". */
    String describe() {
        return name != null ? name : defaultName;
    }

    /**
     * Flink's check on joins and co-groups with the solution set: they must use the solution set's
     * own key, given as field positions, since the solution set is indexed by it.
     *
     * @param operation "joined" or "CoGrouped", for the message
     */
    static void checkSolutionSetKeys(DataSet<?> input, Keys<?> inputKeys, String operation) {
        if (input instanceof SolutionSetPlaceHolder<?> solutionSet) {
            if (!(inputKeys instanceof Keys.ExpressionKeys<?>)) {
                throw new InvalidProgramException("Currently, the solution set may only be " + operation
                        + " with using tuple field positions.");
            }
            solutionSet.checkJoinKeyFields(inputKeys.computeLogicalKeyPositions());
        }
    }

    // ---------------------------------------------------------------------------------------------

    /**
     * The solution set inside the step function. In the plan, the {@code SOLUTION_SET} placeholder
     * node; using it outside the step function is a program error.
     *
     * @param <ST> the type of the solution set
     */
    public static class SolutionSetPlaceHolder<ST> extends DataSet<ST> {

        private final DeltaIteration<ST, ?> deltaIteration;

        private SolutionSetPlaceHolder(ExecutionEnvironment context, TypeInformation<ST> type,
                                       DeltaIteration<ST, ?> deltaIteration) {
            super(context, type);
            this.deltaIteration = deltaIteration;
        }

        /**
         * Checks that a join or co-group with the solution set uses its key.
         *
         * @throws InvalidProgramException if {@code keyFields} are not the solution set's key positions
         */
        public void checkJoinKeyFields(int[] keyFields) {
            int[] solutionSetKeys = deltaIteration.keys.computeLogicalKeyPositions();
            if (!Arrays.equals(solutionSetKeys, keyFields)) {
                throw new InvalidProgramException("The solution can only be joined/co-grouped with the same keys as the "
                        + "elements are identified with (here: " + Arrays.toString(solutionSetKeys) + ").");
            }
        }

        @Override
        protected LogicalNode translateNode(LogicalPlan plan) {
            throw Translation.usedOutsideStepFunction("solution set", deltaIteration.describe());
        }
    }

    /**
     * The workset inside the step function. In the plan, the {@code WORKSET} placeholder node;
     * using it outside the step function is a program error.
     *
     * @param <WT> the type of the workset
     */
    public static class WorksetPlaceHolder<WT> extends DataSet<WT> {

        private final DeltaIteration<?, WT> deltaIteration;

        private WorksetPlaceHolder(ExecutionEnvironment context, TypeInformation<WT> type,
                                   DeltaIteration<?, WT> deltaIteration) {
            super(context, type);
            this.deltaIteration = deltaIteration;
        }

        @Override
        protected LogicalNode translateNode(LogicalPlan plan) {
            throw Translation.usedOutsideStepFunction("workset", deltaIteration.describe());
        }
    }
}
