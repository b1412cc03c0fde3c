package io.eddy.api.operators;

import io.eddy.api.DataSet;
import io.eddy.api.ExecutionEnvironment;
import io.eddy.api.operators.translation.Translation;
import io.eddy.api.typeinfo.TypeInformation;
import io.eddy.plan.IterationInfo;
import io.eddy.plan.LogicalNode;
import io.eddy.plan.LogicalPlan;

/**
 * The result of a bulk iteration, as {@link IterativeDataSet#closeWith} returns it: the partial
 * solution after the last superstep. It translates the whole iteration: the initial input, the
 * {@code PARTIAL_SOLUTION} placeholder (for the {@link IterativeDataSet}), the step function through
 * the next partial solution and the termination criterion, and last the {@code BULK_ITERATION} node,
 * which is this data set's node.
 *
 * @param <T> the type of the partial solution
 */
public class BulkIterationResultSet<T> extends DataSet<T> {

    private final IterativeDataSet<T> iterationHead;
    private final DataSet<T> nextPartialSolution;
    private final DataSet<?> terminationCriterion;

    BulkIterationResultSet(ExecutionEnvironment context, TypeInformation<T> type, IterativeDataSet<T> iterationHead,
                           DataSet<T> nextPartialSolution) {
        this(context, type, iterationHead, nextPartialSolution, null);
    }

    BulkIterationResultSet(ExecutionEnvironment context, TypeInformation<T> type, IterativeDataSet<T> iterationHead,
                           DataSet<T> nextPartialSolution, DataSet<?> terminationCriterion) {
        super(context, type);
        this.iterationHead = iterationHead;
        this.nextPartialSolution = nextPartialSolution;
        this.terminationCriterion = terminationCriterion;
    }

    public IterativeDataSet<T> getIterationHead() {
        return iterationHead;
    }

    public DataSet<T> getNextPartialSolution() {
        return nextPartialSolution;
    }

    /** The data set whose emptiness ends the loop, or null. */
    public DataSet<?> getTerminationCriterion() {
        return terminationCriterion;
    }

    @Override
    protected LogicalNode translateNode(LogicalPlan plan) {
        LogicalNode initial = iterationHead.getInput().translateToPlan(plan);
        String name = iterationHead.describe();
        int parallelism = iterationHead.getParallelism();
        int id = plan.beginIteration(name);
        LogicalNode partialSolution;
        LogicalNode next;
        LogicalNode criterion = null;
        try {
            partialSolution = Translation.placeholder(plan, iterationHead, LogicalNode.Kind.PARTIAL_SOLUTION,
                    "Partial Solution", name, id, parallelism, initial.outputType());
            next = nextPartialSolution.translateToPlan(plan);
            if (terminationCriterion != null) {
                criterion = terminationCriterion.translateToPlan(plan);
            }
        } finally {
            plan.endIteration(id);
        }
        IterationInfo info = IterationInfo.bulk(id, name, iterationHead.getMaxIterations(),
                iterationHead.getAggregators(), partialSolution, next, criterion);
        return plan.add(new LogicalNode.Builder(LogicalNode.Kind.BULK_ITERATION, "Bulk Iteration", name)
                .parallelism(parallelism).outputType(getType()).input(initial).iteration(info));
    }
}
