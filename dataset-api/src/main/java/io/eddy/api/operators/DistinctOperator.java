package io.eddy.api.operators;

import io.eddy.api.DataSet;
import io.eddy.api.operators.base.ReduceOperatorBase.CombineHint;
import io.eddy.api.operators.translation.DistinctReducer;
import io.eddy.api.operators.translation.Translation;
import io.eddy.plan.SemanticProperties;
import io.eddy.plan.LogicalPlan;
import io.eddy.plan.LogicalNode;

/** Keeps one record per distinct key (or distinct whole record): a two-phase reduce keeping the first. */
public class DistinctOperator<T> extends SingleInputUdfOperator<T, T, DistinctOperator<T>> {

    private final Keys<T> keys;
    private final String defaultName;
    private CombineHint hint = CombineHint.OPTIMIZER_CHOOSES;

    /** With {@code keys} null, whole records are compared. */
    public DistinctOperator(DataSet<T> input, Keys<T> keys, String defaultName) {
        super(input, input.getType());
        this.keys = keys != null ? keys : new Keys.ExpressionKeys<>(new String[] {"*"}, input.getType());
        this.defaultName = defaultName;
    }

    public DistinctOperator<T> setCombineHint(CombineHint strategy) {
        this.hint = strategy;
        return this;
    }

    @Override
    protected LogicalNode translateNode(LogicalPlan plan) {
        return ReduceOperator.translateReduce(plan, this, getInput(), new UnsortedGrouping<>(getInput(), keys),
                new DistinctReducer<>(), hint, Translation.nameOr(name, defaultName), parallelism, "Distinct",
                SemanticProperties.identity(getType()));
    }
}
