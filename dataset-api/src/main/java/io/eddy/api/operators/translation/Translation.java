package io.eddy.api.operators.translation;

import io.eddy.api.DataSet;
import io.eddy.api.InvalidProgramException;
import io.eddy.api.functions.Function;
import io.eddy.api.operators.Keys;
import io.eddy.api.operators.SingleInputUdfOperator;
import io.eddy.api.operators.TwoInputUdfOperator;
import io.eddy.api.operators.UdfOperator;
import io.eddy.api.typeinfo.TypeInformation;
import io.eddy.plan.KeySpec;
import io.eddy.plan.LogicalNode;
import io.eddy.plan.LogicalPlan;
import io.eddy.plan.SemanticProperties;
import java.util.Map;

/**
 * Shared steps of turning DataSet operators into logical plan nodes: names, keys, user functions
 * with their parameters and broadcast sets, and declared semantic properties. Only logical facts
 * are recorded here; how anything runs is decided by the optimizer.
 */
public final class Translation {

    private Translation() {}

    /** The operator's own name if it has one, else the generated call-site name. */
    public static String nameOr(String name, String generated) {
        return name != null ? name : generated;
    }

    /** A key over {@code type}. */
    public static KeySpec key(Keys<?> keys, TypeInformation<?> type) {
        return new KeySpec(keys, type);
    }

    /** Sets the function, its parameters and broadcast sets (translated here) of a node. */
    public static LogicalNode.Builder udf(LogicalPlan plan, LogicalNode.Builder node, Function function,
                                          UdfOperator<?> operator) {
        node.function(function, operator == null ? null : operator.getParameters());
        if (operator != null) {
            for (Map.Entry<String, DataSet<?>> e : operator.getBroadcastSets().entrySet()) {
                node.broadcastInput(e.getKey(), e.getValue().translateToPlan(plan));
            }
        }
        return node;
    }

    /** The declared forwarded fields of a single-input UDF operator. */
    public static SemanticProperties semantics(SingleInputUdfOperator<?, ?, ?> operator, Function function) {
        return SemanticProperties.singleInput(function, operator.getForwardedFields(), operator.getInputType(),
                operator.getType());
    }

    /** The declared forwarded fields of a two-input UDF operator. */
    public static SemanticProperties semantics(TwoInputUdfOperator<?, ?, ?, ?> operator, Function function) {
        return SemanticProperties.dualInput(function, operator.getForwardedFieldsFirst(),
                operator.getForwardedFieldsSecond(), operator.getInput1Type(), operator.getInput2Type(), operator.getType());
    }

    /**
     * The placeholder node of {@code apiObject} (an iteration's partial solution, solution set or
     * workset) in iteration {@code iterationId}'s step function: no inputs, the type of the data set
     * it stands for, the iteration's parallelism.
     */
    public static LogicalNode placeholder(LogicalPlan plan, Object apiObject, LogicalNode.Kind kind, String pact,
                                          String iterationName, int iterationId, int parallelism,
                                          TypeInformation<?> type) {
        return plan.nodeFor(apiObject, () -> plan.add(new LogicalNode.Builder(kind, pact, iterationName)
                .parallelism(parallelism).outputType(type).iterationId(iterationId)));
    }

    /**
     * The error for a placeholder reached outside its step function, which is where its own
     * {@code translateNode} runs: inside it, the iteration's result set has already put its node in
     * the plan.
     */
    public static InvalidProgramException usedOutsideStepFunction(String placeholder, String iterationName) {
        return new InvalidProgramException("The " + placeholder + " of the iteration '" + iterationName + "' was used "
                + "outside its step function (by a sink, an action or another iteration). Did you forget to close the "
                + "iteration, or use a data set of the step function instead of the result of closeWith(...)?");
    }
}
