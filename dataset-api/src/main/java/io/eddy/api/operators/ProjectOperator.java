package io.eddy.api.operators;

import io.eddy.api.DataSet;
import io.eddy.api.InvalidProgramException;
import io.eddy.api.operators.translation.CallSites;
import io.eddy.api.operators.translation.ProjectionFunctions;
import io.eddy.api.operators.translation.Translation;
import io.eddy.api.operators.translation.TupleProjection;
import io.eddy.api.tuple.Tuple;
import io.eddy.api.typeutils.TupleTypeInfo;
import io.eddy.plan.SemanticProperties;
import io.eddy.plan.LogicalPlan;
import io.eddy.plan.LogicalNode;

/** Keeps selected fields of tuples, in a given order: {@code data.project(2, 0)}. */
public class ProjectOperator<IN, OUT extends Tuple> extends SingleInputOperator<IN, OUT, ProjectOperator<IN, OUT>> {

    private final TupleProjection projection;
    private final String defaultName;

    public ProjectOperator(DataSet<IN> input, TupleProjection projection, String defaultName) {
        super(input, projection.resultType());
        this.projection = projection;
        this.defaultName = defaultName;
    }

    /**
     * Kept for Flink compatibility (deprecated there): the types are known, so the classes are only
     * checked.
     *
     * @param <R> the tuple type of the projection, inferred from the assignment target
     * @deprecated the result type of a projection is known; declare it on the target instead
     */
    @Deprecated
    @SuppressWarnings("unchecked")
    public <R extends Tuple> ProjectOperator<IN, R> types(Class<?>... types) {
        TupleTypeInfo<?> type = (TupleTypeInfo<?>) getType();
        if (types.length != type.getArity()) {
            throw new IllegalArgumentException("Number of types (" + types.length
                    + ") does not match the number of projected fields (" + type.getArity() + ").");
        }
        return (ProjectOperator<IN, R>) (ProjectOperator<?, ?>) this;
    }

    @Override
    protected LogicalNode translateNode(LogicalPlan plan) {
        LogicalNode input = getInput().translateToPlan(plan);
        ProjectionFunctions.ProjectMap<IN, OUT> function = new ProjectionFunctions.ProjectMap<>(projection);
        LogicalNode.Builder node = new LogicalNode.Builder(LogicalNode.Kind.MAP, "Projection", Translation.nameOr(name, defaultName))
                .parallelism(parallelism).outputType(getType()).input(input)
                .semantics(SemanticProperties.projection(projection.inputs(), projection.fields()));
        return plan.add(node.function(function, null));
    }

    /** Collects the fields of a {@code project(...)} call before the operator is created. */
    public static class Projection<T> {

        private final DataSet<T> input;
        private final int[] fieldIndexes;

        public Projection(DataSet<T> input, int[] fieldIndexes) {
            if (!input.getType().isTupleType()) {
                throw new InvalidProgramException("project() can only be applied to DataSets of Tuples.");
            }
            if (fieldIndexes == null || fieldIndexes.length == 0) {
                throw new IllegalArgumentException("project() needs at least one field index.");
            }
            if (fieldIndexes.length > Tuple.MAX_ARITY) {
                throw new IllegalArgumentException("project() may select at most " + Tuple.MAX_ARITY + " fields.");
            }
            this.input = input;
            this.fieldIndexes = fieldIndexes.clone();
        }

        /** The projection operator; its tuple arity follows from the number of fields. */
        public <OUT extends Tuple> ProjectOperator<T, OUT> projectTupleX() {
            TupleProjection projection = new TupleProjection();
            projection.add(0, input.getType(), fieldIndexes);
            return new ProjectOperator<>(input, projection, CallSites.describe("Projection"));
        }
    }
}
