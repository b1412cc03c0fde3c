package io.eddy.api.operators;

import io.eddy.api.DataSet;
import io.eddy.api.functions.CrossFunction;
import io.eddy.api.operators.base.CrossOperatorBase.CrossHint;
import io.eddy.api.operators.translation.CallSites;
import io.eddy.api.operators.translation.ProjectionFunctions;
import io.eddy.api.operators.translation.Serialization;
import io.eddy.api.operators.translation.Translation;
import io.eddy.api.operators.translation.TupleProjection;
import io.eddy.api.tuple.Tuple;
import io.eddy.api.tuple.Tuple2;
import io.eddy.api.typeinfo.TypeInformation;
import io.eddy.api.typeutils.TupleTypeInfo;
import io.eddy.api.typeutils.TypeExtractor;
import io.eddy.plan.SemanticProperties;
import io.eddy.plan.LogicalPlan;
import io.eddy.plan.LogicalNode;

/**
 * The Cartesian product of two data sets. The smaller input (by hint; the second by default) is
 * broadcast to every instance and kept in memory while the other streams past it.
 */
public class CrossOperator<I1, I2, OUT> extends TwoInputUdfOperator<I1, I2, OUT, CrossOperator<I1, I2, OUT>> {

    private final CrossFunction<I1, I2, OUT> function;
    protected final String defaultName;
    private final CrossHint hint;

    public CrossOperator(DataSet<I1> input1, DataSet<I2> input2, CrossFunction<I1, I2, OUT> function,
                         TypeInformation<OUT> returnType, CrossHint hint, String defaultName) {
        super(input1, input2, returnType);
        this.function = function;
        this.hint = hint == null ? CrossHint.OPTIMIZER_CHOOSES : hint;
        this.defaultName = defaultName;
    }

    public CrossFunction<I1, I2, OUT> getFunction() {
        return function;
    }

    public CrossHint getCrossHint() {
        return hint;
    }

    @Override
    protected LogicalNode translateNode(LogicalPlan plan) {
        LogicalNode in1 = getInput1().translateToPlan(plan);
        LogicalNode in2 = getInput2().translateToPlan(plan);
        LogicalNode.Builder node = new LogicalNode.Builder(LogicalNode.Kind.CROSS, "Cross",
                Translation.nameOr(name, defaultName)).parallelism(parallelism).outputType(getType())
                .input(in1).input(in2).crossHint(hint).semantics(crossSemantics());
        return plan.add(Translation.udf(plan, node, function, this));
    }

    /** What the function keeps: declared forwarded fields, or the projection's own mapping. */
    SemanticProperties crossSemantics() {
        return Translation.semantics(this, function);
    }

    /** A cross without a function yet: Tuple2 pairs unless {@code with} or a projection follows. */
    public static final class DefaultCross<I1, I2> extends CrossOperator<I1, I2, Tuple2<I1, I2>> {

        public DefaultCross(DataSet<I1> input1, DataSet<I2> input2, CrossHint hint, String defaultName) {
            super(input1, input2, new ProjectionFunctions.DefaultCross<>(),
                    new TupleTypeInfo<>(input1.getType(), input2.getType()), hint, defaultName);
        }

        public <R> CrossOperator<I1, I2, R> with(CrossFunction<I1, I2, R> function) {
            if (function == null) {
                throw new NullPointerException("Cross function must not be null.");
            }
            String callLocation = CallSites.describe("Cross");
            TypeInformation<R> returnType = TypeExtractor.getCrossReturnTypes(function, getInput1Type(),
                    getInput2Type(), callLocation, true);
            return new CrossOperator<>(getInput1(), getInput2(), function, returnType, getCrossHint(), callLocation);
        }

        /**
         * Starts a projection with fields of the first input (none = the whole record); further
         * fields are added with {@link ProjectCross#projectFirst(int...)} and
         * {@link ProjectCross#projectSecond(int...)}.
         *
         * @param <OUT> the tuple type of the projection, inferred from the assignment target
         */
        public <OUT extends Tuple> ProjectCross<I1, I2, OUT> projectFirst(int... firstFieldIndexes) {
            TupleProjection projection = new TupleProjection();
            projection.add(0, getInput1Type(), firstFieldIndexes);
            return new ProjectCross<>(this, projection);
        }

        /**
         * Starts a projection with fields of the second input (none = the whole record); see
         * {@link #projectFirst(int...)}.
         *
         * @param <OUT> the tuple type of the projection, inferred from the assignment target
         */
        public <OUT extends Tuple> ProjectCross<I1, I2, OUT> projectSecond(int... secondFieldIndexes) {
            TupleProjection projection = new TupleProjection();
            projection.add(1, getInput2Type(), secondFieldIndexes);
            return new ProjectCross<>(this, projection);
        }
    }

    /** A cross whose result is a projection of both inputs' fields into a tuple. */
    public static final class ProjectCross<I1, I2, OUT extends Tuple> extends CrossOperator<I1, I2, OUT> {

        private final DefaultCross<I1, I2> base;
        private final TupleProjection projection;

        ProjectCross(DefaultCross<I1, I2> base, TupleProjection projection) {
            super(base.getInput1(), base.getInput2(), new ProjectionFunctions.ProjectCross<>(projection),
                    projection.resultType(), base.getCrossHint(), base.defaultName);
            this.base = base;
            this.projection = projection;
        }

        /**
         * Adds fields of the first input to the projection (none = the whole record), as a new
         * operator; this one is left unchanged.
         *
         * <p>As in Flink, the result tuple type is a type parameter of this method, not of the
         * class: it is inferred from the assignment target, so a chain ending in a projection can
         * be assigned to the {@code DataSet<TupleN<...>>} it produces. The field types themselves
         * are known from the inputs; the declared target is not checked against them.
         *
         * @param <OUT> the tuple type of the extended projection, inferred from the target
         */
        public <OUT extends Tuple> ProjectCross<I1, I2, OUT> projectFirst(int... firstFieldIndexes) {
            TupleProjection next = Serialization.copy(projection);
            next.add(0, getInput1Type(), firstFieldIndexes);
            return new ProjectCross<>(base, next);
        }

        /**
         * Adds fields of the second input to the projection (none = the whole record), as a new
         * operator; this one is left unchanged. The result tuple type is inferred from the target,
         * as for {@link #projectFirst(int...)}.
         *
         * @param <OUT> the tuple type of the extended projection, inferred from the target
         */
        public <OUT extends Tuple> ProjectCross<I1, I2, OUT> projectSecond(int... secondFieldIndexes) {
            TupleProjection next = Serialization.copy(projection);
            next.add(1, getInput2Type(), secondFieldIndexes);
            return new ProjectCross<>(base, next);
        }

        @Override
        SemanticProperties crossSemantics() {
            return SemanticProperties.projection(projection.inputs(), projection.fields());
        }

        /**
         * Kept for Flink compatibility (deprecated there): the types are known, so the classes are
         * only checked. Returns this operator typed as {@code CrossOperator<I1, I2, OUT>}, as in
         * Flink, so no further projection can follow.
         *
         * @param <OUT> the tuple type of the projection, inferred from the target or given as
         *     {@code .<Tuple2<String, Long>>types(String.class, Long.class)}
         * @deprecated the result type of a projection is known; declare it on the target instead
         */
        @Deprecated
        public <OUT extends Tuple> CrossOperator<I1, I2, OUT> types(Class<?>... types) {
            TupleTypeInfo<?> type = (TupleTypeInfo<?>) getType();
            if (types.length != type.getArity()) {
                throw new IllegalArgumentException("Number of types (" + types.length
                        + ") does not match the number of projected fields (" + type.getArity() + ").");
            }
            @SuppressWarnings("unchecked")
            CrossOperator<I1, I2, OUT> self = (CrossOperator<I1, I2, OUT>) (CrossOperator<?, ?, ?>) this;
            return self;
        }
    }
}
