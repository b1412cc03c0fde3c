package io.eddy.api.operators;

import io.eddy.api.DataSet;
import io.eddy.api.InvalidProgramException;
import io.eddy.api.aggregation.Aggregations;
import io.eddy.api.operators.base.ReduceOperatorBase.CombineHint;
import io.eddy.api.operators.translation.AggregatingReduceFunction;
import io.eddy.api.operators.translation.Translation;
import io.eddy.api.typeinfo.TypeInformation;
import io.eddy.api.typeutils.TupleTypeInfo;
import java.util.ArrayList;
import java.util.List;
import io.eddy.plan.SemanticProperties;
import io.eddy.plan.LogicalPlan;
import io.eddy.plan.LogicalNode;

/**
 * Aggregates tuple fields (SUM, MIN, MAX) per group or over the whole data set, chained with
 * {@link #and}: runs as a two-phase reduce with a combiner.
 */
public class AggregateOperator<IN> extends SingleInputUdfOperator<IN, IN, AggregateOperator<IN>> {

    private final Grouping<IN> grouping;
    private final String defaultName;
    private final List<Aggregations> aggregations = new ArrayList<>();
    private final List<Integer> fields = new ArrayList<>();

    public AggregateOperator(DataSet<IN> input, Aggregations function, int field, String defaultName) {
        super(input, input.getType());
        this.grouping = null;
        this.defaultName = defaultName;
        and(function, field);
    }

    public AggregateOperator(Grouping<IN> input, Aggregations function, int field, String defaultName) {
        super(input.getInputDataSet(), input.getInputDataSet().getType());
        this.grouping = input;
        this.defaultName = defaultName;
        and(function, field);
    }

    /** Adds another aggregation over another field. */
    public AggregateOperator<IN> and(Aggregations function, int field) {
        TypeInformation<IN> type = getInputType();
        if (!type.isTupleType()) {
            throw new InvalidProgramException("Aggregating on field positions is only possible on tuple data types.");
        }
        if (field < 0 || field >= type.getArity()) {
            throw new IllegalArgumentException("Aggregation field position " + field + " is out of range for " + type);
        }
        if (function == null) {
            throw new NullPointerException("Aggregation function must not be null.");
        }
        aggregations.add(function);
        fields.add(field);
        return this;
    }

    public AggregateOperator<IN> andSum(int field) {
        return and(Aggregations.SUM, field);
    }

    public AggregateOperator<IN> andMin(int field) {
        return and(Aggregations.MIN, field);
    }

    public AggregateOperator<IN> andMax(int field) {
        return and(Aggregations.MAX, field);
    }

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    protected LogicalNode translateNode(LogicalPlan plan) {
        TupleTypeInfo<?> type = (TupleTypeInfo<?>) getInputType();
        int[] positions = fields.stream().mapToInt(Integer::intValue).toArray();
        TypeInformation<?>[] fieldTypes = new TypeInformation<?>[positions.length];
        StringBuilder description = new StringBuilder();
        for (int i = 0; i < positions.length; i++) {
            fieldTypes[i] = type.getTypeAt(positions[i]);
            description.append(i == 0 ? "" : ", ").append(aggregations.get(i)).append('(').append(positions[i]).append(')');
        }
        AggregatingReduceFunction function = new AggregatingReduceFunction(fieldTypes, positions,
                aggregations.toArray(new Aggregations[0]));
        String opName = Translation.nameOr(name, defaultName + " (" + description + ")");
        return ReduceOperator.translateReduce(plan, this, getInput(), grouping, function, CombineHint.HASH, opName,
                parallelism, "Aggregate", keptFields(type, positions));
    }

    /** Every field that is not aggregated keeps its position (keys among them). */
    private static SemanticProperties keptFields(TupleTypeInfo<?> type, int[] aggregated) {
        java.util.List<String> kept = new java.util.ArrayList<>();
        for (int f = 0; f < type.getArity(); f++) {
            final int field = f;
            if (java.util.Arrays.stream(aggregated).noneMatch(a -> a == field)) {
                kept.add("f" + f);
            }
        }
        return SemanticProperties.singleInput(null, new String[] {String.join(";", kept)}, type, type);
    }
}
