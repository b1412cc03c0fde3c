package io.eddy.api.operators;

import io.eddy.api.DataSet;
import io.eddy.api.ExecutionEnvironment;
import io.eddy.api.operators.translation.Translation;
import io.eddy.api.typeinfo.TypeInformation;
import io.eddy.plan.IterationInfo;
import io.eddy.plan.LogicalNode;
import io.eddy.plan.LogicalPlan;

/**
 * The result of a delta iteration, as {@link DeltaIteration#closeWith} returns it: the solution
 * set after the last superstep. It translates the whole iteration: the initial solution set and
 * workset, the {@code SOLUTION_SET} and {@code WORKSET} placeholders, the step function through the
 * solution-set delta and the next workset, and last the {@code DELTA_ITERATION} node, which is this
 * data set's node.
 *
 * @param <ST> the type of the solution set
 * @param <WT> the type of the workset
 */
public class DeltaIterationResultSet<ST, WT> extends DataSet<ST> {

    private final DeltaIteration<ST, WT> iterationHead;
    private final DataSet<ST> nextSolutionSet;
    private final DataSet<WT> nextWorkset;
    private final Keys<ST> keys;
    private final int maxIterations;
    private final TypeInformation<WT> typeWS;

    DeltaIterationResultSet(ExecutionEnvironment context, TypeInformation<ST> typeSS, TypeInformation<WT> typeWS,
                            DeltaIteration<ST, WT> iterationHead, DataSet<ST> nextSolutionSet, DataSet<WT> nextWorkset,
                            Keys<ST> keys, int maxIterations) {
        super(context, typeSS);
        this.iterationHead = iterationHead;
        this.nextSolutionSet = nextSolutionSet;
        this.nextWorkset = nextWorkset;
        this.keys = keys;
        this.maxIterations = maxIterations;
        this.typeWS = typeWS;
    }

    public DeltaIteration<ST, WT> getIterationHead() {
        return iterationHead;
    }

    /** The solution-set delta. */
    public DataSet<ST> getNextSolutionSet() {
        return nextSolutionSet;
    }

    public DataSet<WT> getNextWorkset() {
        return nextWorkset;
    }

    /** The flat positions of the solution set key. */
    public int[] getKeyPositions() {
        return keys.computeLogicalKeyPositions();
    }

    public int getMaxIterations() {
        return maxIterations;
    }

    public TypeInformation<WT> getWorksetType() {
        return typeWS;
    }

    @Override
    protected LogicalNode translateNode(LogicalPlan plan) {
        LogicalNode initialSolutionSet = iterationHead.getInitialSolutionSet().translateToPlan(plan);
        LogicalNode initialWorkset = iterationHead.getInitialWorkset().translateToPlan(plan);
        String name = iterationHead.describe();
        int parallelism = iterationHead.getParallelism();
        int id = plan.beginIteration(name);
        LogicalNode solutionSet;
        LogicalNode workset;
        LogicalNode delta;
        LogicalNode newWorkset;
        try {
            solutionSet = Translation.placeholder(plan, iterationHead.getSolutionSet(), LogicalNode.Kind.SOLUTION_SET,
                    "Solution Set", name, id, parallelism, initialSolutionSet.outputType());
            workset = Translation.placeholder(plan, iterationHead.getWorkset(), LogicalNode.Kind.WORKSET,
                    "Workset", name, id, parallelism, initialWorkset.outputType());
            delta = nextSolutionSet.translateToPlan(plan);
            newWorkset = nextWorkset.translateToPlan(plan);
        } finally {
            plan.endIteration(id);
        }
        IterationInfo info = IterationInfo.delta(id, name, maxIterations, iterationHead.getAggregators(), solutionSet,
                workset, delta, newWorkset, Translation.key(keys, getType()), iterationHead.isSolutionSetUnManaged());
        return plan.add(new LogicalNode.Builder(LogicalNode.Kind.DELTA_ITERATION, "Workset Iteration", name)
                .parallelism(parallelism).outputType(getType()).input(initialSolutionSet).input(initialWorkset)
                .iteration(info));
    }
}
