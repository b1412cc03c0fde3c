package io.eddy.api.operators;

import io.eddy.api.DataSet;
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

/**
 * The start of a bulk iteration ({@link DataSet#iterate(int)}): inside the step function this data
 * set is the partial solution, the previous superstep's result (the input in the first superstep).
 * {@link #closeWith(DataSet)} ends the step function and returns the iteration's result.
 *
 * <p>In the plan this object becomes the {@code PARTIAL_SOLUTION} placeholder node, created when the
 * result ({@link BulkIterationResultSet}) is translated; reaching it any other way, from a sink or an
 * action, is a program error.
 *
 * @param <T> the type of the partial solution, the same in every superstep
 */
public class IterativeDataSet<T> extends SingleInputOperator<T, T, IterativeDataSet<T>> {

    private final AggregatorRegistry aggregators = new AggregatorRegistry();
    private final int maxIterations;
    private final String defaultName;
    private BulkIterationResultSet<T> result;

    public IterativeDataSet(ExecutionEnvironment context, TypeInformation<T> type, DataSet<T> input, int maxIterations) {
        super(input, type);
        if (maxIterations < 1) {
            throw new IllegalArgumentException("The maximum number of iterations must be at least one: " + maxIterations);
        }
        this.maxIterations = maxIterations;
        this.defaultName = CallSites.describe("Bulk Iteration");
    }

    /**
     * Ends the step function: {@code iterationResult} is fed back as the next partial solution. The
     * loop runs {@link #getMaxIterations()} supersteps unless a registered convergence criterion
     * stops it earlier.
     *
     * @return the partial solution after the last superstep
     * @throws InvalidProgramException if the iteration was already closed
     */
    public DataSet<T> closeWith(DataSet<T> iterationResult) {
        return close(iterationResult, null);
    }

    /**
     * Ends the step function as {@link #closeWith(DataSet)} does, and also ends the loop after the
     * first superstep in which {@code terminationCriterion} is empty (e.g. a filter keeping the
     * records that have not converged yet). A null criterion is the same as none.
     *
     * @return the partial solution after the last superstep
     * @throws InvalidProgramException if the iteration was already closed
     */
    public DataSet<T> closeWith(DataSet<T> iterationResult, DataSet<?> terminationCriterion) {
        return close(iterationResult, terminationCriterion);
    }

    private DataSet<T> close(DataSet<T> iterationResult, DataSet<?> terminationCriterion) {
        checkNotNull(iterationResult, "The data set fed back by an iteration");
        if (result != null) {
            throw new InvalidProgramException("The iteration '" + describe() + "' has already been closed; "
                    + "closeWith(...) may be called once per iteration.");
        }
        if (!iterationResult.getType().equals(getType())) {
            throw new InvalidProgramException("The data set fed back by the iteration '" + describe() + "' has type "
                    + iterationResult.getType() + ", but the partial solution has type " + getType() + ".");
        }
        result = new BulkIterationResultSet<>(getExecutionEnvironment(), getType(), this, iterationResult,
                terminationCriterion);
        return result;
    }

    public int getMaxIterations() {
        return maxIterations;
    }

    /**
     * Registers an aggregator under {@code name}: step functions reach it through
     * {@code getIterationRuntimeContext().getIterationAggregator(name)}, and read the previous
     * superstep's global value with {@code getPreviousIterationAggregate(name)}.
     *
     * @throws IllegalArgumentException if the name is empty or already taken
     */
    public IterativeDataSet<T> registerAggregator(String name, Aggregator<?> aggregator) {
        aggregators.registerAggregator(name, aggregator);
        return this;
    }

    /**
     * Registers an aggregator and a criterion that reads its global value after each superstep and
     * ends the iteration once it returns true.
     *
     * @param <X> the type of the aggregate the criterion reads
     */
    public <X extends Value> IterativeDataSet<T> registerAggregationConvergenceCriterion(
            String name, Aggregator<X> aggregator, ConvergenceCriterion<X> convergenceCheck) {
        aggregators.registerAggregationConvergenceCriterion(name, aggregator, convergenceCheck);
        return this;
    }

    /** The registry of this iteration's aggregators, an alternative way to register them. */
    public AggregatorRegistry getAggregators() {
        return aggregators;
    }

    /** The name of the iteration in plans: the user's, or "Bulk Iteration at method(File.java:line)". */
    String describe() {
        return name != null ? name : defaultName;
    }

    /** Reached only when the partial solution is used outside its step function: an error. */
    @Override
    protected LogicalNode translateNode(LogicalPlan plan) {
        throw Translation.usedOutsideStepFunction("partial solution", describe());
    }
}
