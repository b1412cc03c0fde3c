package io.eddy.api.operators;

import io.eddy.api.DataSet;
import io.eddy.api.functions.ReduceFunction;
import io.eddy.api.operators.base.ReduceOperatorBase.CombineHint;
import io.eddy.api.operators.translation.Translation;
import io.eddy.plan.SemanticProperties;
import io.eddy.plan.LogicalPlan;
import io.eddy.plan.LogicalNode;

/**
 * Reduces each group (or the whole data set) to one record with a ReduceFunction. Runs in two
 * phases: a combiner chained to the input pre-aggregates each partition, then the records are
 * partitioned by key and reduced again (for the whole data set: in one instance).
 */
public class ReduceOperator<IN> extends SingleInputUdfOperator<IN, IN, ReduceOperator<IN>> {

    private final ReduceFunction<IN> function;
    private final Grouping<IN> grouper;
    private final String defaultName;
    private CombineHint hint = CombineHint.OPTIMIZER_CHOOSES;

    /** Reduces the whole data set. */
    public ReduceOperator(DataSet<IN> input, ReduceFunction<IN> function, String defaultName) {
        super(input, input.getType());
        this.function = function;
        this.grouper = null;
        this.defaultName = defaultName;
    }

    /** Reduces every group. */
    public ReduceOperator(Grouping<IN> input, ReduceFunction<IN> function, String defaultName) {
        super(input.getInputDataSet(), input.getInputDataSet().getType());
        this.function = function;
        this.grouper = input;
        this.defaultName = defaultName;
    }

    public ReduceFunction<IN> getFunction() {
        return function;
    }

    /** How to pre-aggregate; {@code NONE} skips the combiner. */
    public ReduceOperator<IN> setCombineHint(CombineHint strategy) {
        this.hint = strategy;
        return this;
    }

    @Override
    protected LogicalNode translateNode(LogicalPlan plan) {
        return translateReduce(plan, this, getInput(), grouper, function, hint, Translation.nameOr(name, defaultName),
                parallelism, "Reduce", Translation.semantics(this, function));
    }

    /** The logical reduce shared by reduce, aggregate, distinct and minBy/maxBy. */
    static <T> LogicalNode translateReduce(LogicalPlan plan, SingleInputUdfOperator<T, T, ?> operator,
                                           DataSet<T> inputSet, Grouping<T> grouper, ReduceFunction<T> function,
                                           CombineHint hint, String name, int requestedParallelism, String pact,
                                           SemanticProperties semantics) {
        LogicalNode input = inputSet.translateToPlan(plan);
        LogicalNode.Builder node = new LogicalNode.Builder(LogicalNode.Kind.REDUCE, pact, name)
                .parallelism(requestedParallelism).outputType(inputSet.getType()).input(input).combineHint(hint)
                .semantics(semantics);
        if (grouper == null) {
            node.singleton();
        } else {
            node.key(Translation.key(grouper.getKeys(), inputSet.getType()));
            node.partitioning(null, grouper.getCustomPartitioner(), null);
        }
        return plan.add(Translation.udf(plan, node, function, operator));
    }
}
