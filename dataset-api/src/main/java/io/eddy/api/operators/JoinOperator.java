package io.eddy.api.operators;

import io.eddy.api.DataSet;
import io.eddy.api.InvalidProgramException;
import io.eddy.api.functions.FlatJoinFunction;
import io.eddy.api.functions.Function;
import io.eddy.api.functions.JoinFunction;
import io.eddy.api.functions.KeySelector;
import io.eddy.api.functions.Partitioner;
import io.eddy.api.operators.base.JoinOperatorBase.JoinHint;
import io.eddy.api.operators.join.JoinFunctionAssigner;
import io.eddy.api.operators.join.JoinOperatorSetsBase;
import io.eddy.api.operators.join.JoinType;
import io.eddy.api.operators.translation.CallSites;
import io.eddy.api.operators.translation.ProjectionFunctions;
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
 * Joins two data sets on equal keys. Built in steps, as in Flink:
 * {@code a.join(b).where(0).equalTo(1)} gives a {@link DefaultJoin} (pairs as Tuple2), which
 * {@code .with(function)} or {@code .projectFirst(..)} turn into the final operator.
 *
 * <p>Strategy: by default both inputs are hash-partitioned on the key and the second is hashed;
 * {@link JoinHint}s pick broadcast variants or the build side.
 */
public abstract class JoinOperator<I1, I2, OUT> extends TwoInputUdfOperator<I1, I2, OUT, JoinOperator<I1, I2, OUT>> {

    protected final Keys<I1> keys1;
    protected final Keys<I2> keys2;
    private final JoinHint joinHint;
    private final JoinType joinType;
    private Partitioner<?> customPartitioner;

    protected JoinOperator(DataSet<I1> input1, DataSet<I2> input2, Keys<I1> keys1, Keys<I2> keys2,
                           TypeInformation<OUT> returnType, JoinHint hint, JoinType type) {
        super(input1, input2, returnType);
        if (keys1 == null || keys2 == null) {
            throw new NullPointerException("join keys must be set");
        }
        try {
            if (!keys1.areCompatible(keys2)) {
                throw new InvalidProgramException("The types of the key fields do not match.");
            }
        } catch (InvalidProgramException e) {
            throw e;
        } catch (Exception e) {
            throw new InvalidProgramException("The pair of join keys are not compatible with each other: " + e.getMessage(), e);
        }
        DeltaIteration.checkSolutionSetKeys(input1, keys1, "joined");
        DeltaIteration.checkSolutionSetKeys(input2, keys2, "joined");
        this.keys1 = keys1;
        this.keys2 = keys2;
        this.joinHint = hint == null ? JoinHint.OPTIMIZER_CHOOSES : hint;
        this.joinType = type;
    }

    public Keys<I1> getKeys1() {
        return keys1;
    }

    public Keys<I2> getKeys2() {
        return keys2;
    }

    public JoinHint getJoinHint() {
        return joinHint;
    }

    public JoinType getJoinType() {
        return joinType;
    }

    /** Partitions both inputs with a custom partitioner over the (single-field) key. */
    public JoinOperator<I1, I2, OUT> withPartitioner(Partitioner<?> partitioner) {
        if (partitioner != null) {
            keys1.validateCustomPartitioner(partitioner, null);
            keys2.validateCustomPartitioner(partitioner, null);
        }
        this.customPartitioner = partitioner;
        return this;
    }

    public Partitioner<?> getPartitioner() {
        return customPartitioner;
    }

    /** The user's (or the engine's) join function: a JoinFunction or a FlatJoinFunction. */
    protected abstract Function joinFunction();

    protected abstract String defaultName();

    @Override
    protected LogicalNode translateNode(LogicalPlan plan) {
        validateHint();
        LogicalNode in1 = getInput1().translateToPlan(plan);
        LogicalNode in2 = getInput2().translateToPlan(plan);
        Function function = joinFunction();
        LogicalNode.Builder node = new LogicalNode.Builder(LogicalNode.Kind.JOIN,
                joinType == JoinType.INNER ? "Join" : "Outer Join", Translation.nameOr(name, defaultName()))
                .parallelism(parallelism).outputType(getType()).input(in1).input(in2)
                .key(Translation.key(keys1, getInput1Type())).key(Translation.key(keys2, getInput2Type()))
                .join(joinType, joinHint).partitioning(null, customPartitioner, null).semantics(joinSemantics(function));
        return plan.add(Translation.udf(plan, node, function, this));
    }

    /** What the function keeps: declared forwarded fields, or a projection's own mapping. */
    SemanticProperties joinSemantics(Function function) {
        return Translation.semantics(this, function);
    }

    private void validateHint() {
        boolean ok = switch (joinType) {
            case INNER -> true;
            case LEFT_OUTER -> joinHint != JoinHint.BROADCAST_HASH_FIRST && joinHint != JoinHint.REPARTITION_HASH_FIRST;
            case RIGHT_OUTER -> joinHint != JoinHint.BROADCAST_HASH_SECOND && joinHint != JoinHint.REPARTITION_HASH_SECOND;
            case FULL_OUTER -> joinHint != JoinHint.BROADCAST_HASH_FIRST && joinHint != JoinHint.BROADCAST_HASH_SECOND;
        };
        if (!ok) {
            throw new InvalidProgramException("Invalid JoinHint for " + joinType + " join: " + joinHint);
        }
    }

    // ---------------------------------------------------------------------------------------------

    /** A join with a user function (or a projection). */
    public static class EquiJoin<I1, I2, OUT> extends JoinOperator<I1, I2, OUT> {

        private final Function function;
        private final String defaultName;

        public EquiJoin(DataSet<I1> input1, DataSet<I2> input2, Keys<I1> keys1, Keys<I2> keys2,
                        Function function, TypeInformation<OUT> returnType, JoinHint hint, String defaultName,
                        JoinType type) {
            super(input1, input2, keys1, keys2, returnType, hint, type);
            if (!(function instanceof JoinFunction) && !(function instanceof FlatJoinFunction)) {
                throw new IllegalArgumentException("a join needs a JoinFunction or a FlatJoinFunction");
            }
            this.function = function;
            this.defaultName = defaultName;
        }

        @Override
        protected Function joinFunction() {
            return function;
        }

        @Override
        protected String defaultName() {
            return defaultName;
        }
    }

    /** A join without a function yet: produces Tuple2 pairs unless {@code with} or a projection follows. */
    public static final class DefaultJoin<I1, I2> extends EquiJoin<I1, I2, Tuple2<I1, I2>>
            implements JoinFunctionAssigner<I1, I2> {

        public DefaultJoin(DataSet<I1> input1, DataSet<I2> input2, Keys<I1> keys1, Keys<I2> keys2,
                           JoinHint hint, String defaultName, JoinType type) {
            super(input1, input2, keys1, keys2, new ProjectionFunctions.DefaultJoin<>(),
                    new TupleTypeInfo<>(input1.getType(), input2.getType()), hint, defaultName, type);
        }

        @Override
        public <R> EquiJoin<I1, I2, R> with(JoinFunction<I1, I2, R> function) {
            if (function == null) {
                throw new NullPointerException("Join function must not be null.");
            }
            String callLocation = CallSites.describe("Join");
            TypeInformation<R> resultType = TypeExtractor.getJoinReturnTypes(function, getInput1Type(),
                    getInput2Type(), callLocation, true);
            return new EquiJoin<>(getInput1(), getInput2(), keys1, keys2, function, resultType, getJoinHint(),
                    callLocation, getJoinType());
        }

        @Override
        public <R> EquiJoin<I1, I2, R> with(FlatJoinFunction<I1, I2, R> function) {
            if (function == null) {
                throw new NullPointerException("Join function must not be null.");
            }
            String callLocation = CallSites.describe("Join");
            TypeInformation<R> resultType = TypeExtractor.getFlatJoinReturnTypes(function, getInput1Type(),
                    getInput2Type(), callLocation, true);
            return new EquiJoin<>(getInput1(), getInput2(), keys1, keys2, function, resultType, getJoinHint(),
                    callLocation, getJoinType());
        }

        /**
         * Starts a projection with fields of the first input (none = the whole record); further
         * fields are added with {@link ProjectJoin#projectFirst(int...)} and
         * {@link ProjectJoin#projectSecond(int...)}.
         *
         * @param <OUT> the tuple type of the projection, inferred from the assignment target (as in
         *     Flink, {@code DataSet<Tuple3<String, Long, Integer>> p = a.join(b).where(0).equalTo(1)
         *     .projectFirst(1).projectSecond(0, 2);} compiles)
         */
        public <OUT extends Tuple> ProjectJoin<I1, I2, OUT> projectFirst(int... firstFieldIndexes) {
            TupleProjection projection = new TupleProjection();
            projection.add(0, getInput1Type(), firstFieldIndexes);
            return new ProjectJoin<>(this, projection);
        }

        /**
         * Starts a projection with fields of the second input (none = the whole record); see
         * {@link #projectFirst(int...)}.
         *
         * @param <OUT> the tuple type of the projection, inferred from the assignment target
         */
        public <OUT extends Tuple> ProjectJoin<I1, I2, OUT> projectSecond(int... secondFieldIndexes) {
            TupleProjection projection = new TupleProjection();
            projection.add(1, getInput2Type(), secondFieldIndexes);
            return new ProjectJoin<>(this, projection);
        }
    }

    /** A join whose result is a projection of both inputs' fields into a tuple. */
    public static final class ProjectJoin<I1, I2, OUT extends Tuple> extends EquiJoin<I1, I2, OUT> {

        private final DefaultJoin<I1, I2> base;
        private final TupleProjection projection;

        ProjectJoin(DefaultJoin<I1, I2> base, TupleProjection projection) {
            super(base.getInput1(), base.getInput2(), base.keys1, base.keys2,
                    new ProjectionFunctions.ProjectJoin<>(projection), projection.resultType(), base.getJoinHint(),
                    base.defaultName(), base.getJoinType());
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
        public <OUT extends Tuple> ProjectJoin<I1, I2, OUT> projectFirst(int... firstFieldIndexes) {
            TupleProjection next = copy();
            next.add(0, getInput1Type(), firstFieldIndexes);
            return new ProjectJoin<>(base, next);
        }

        /**
         * Adds fields of the second input to the projection (none = the whole record), as a new
         * operator; this one is left unchanged. The result tuple type is inferred from the target,
         * as for {@link #projectFirst(int...)}.
         *
         * @param <OUT> the tuple type of the extended projection, inferred from the target
         */
        public <OUT extends Tuple> ProjectJoin<I1, I2, OUT> projectSecond(int... secondFieldIndexes) {
            TupleProjection next = copy();
            next.add(1, getInput2Type(), secondFieldIndexes);
            return new ProjectJoin<>(base, next);
        }

        /**
         * Kept for Flink compatibility (deprecated there): the types are known, so the classes are
         * only checked. Returns this operator typed as {@code JoinOperator<I1, I2, OUT>}, as in
         * Flink, so no further projection can follow.
         *
         * @param <OUT> the tuple type of the projection, inferred from the target or given as
         *     {@code .<Tuple2<String, Long>>types(String.class, Long.class)}
         * @deprecated the result type of a projection is known; declare it on the target instead
         */
        @Deprecated
        public <OUT extends Tuple> JoinOperator<I1, I2, OUT> types(Class<?>... types) {
            TupleTypeInfo<?> type = (TupleTypeInfo<?>) getType();
            if (types.length != type.getArity()) {
                throw new IllegalArgumentException("Number of types (" + types.length + ") does not match the number of projected fields ("
                        + type.getArity() + ").");
            }
            @SuppressWarnings("unchecked")
            JoinOperator<I1, I2, OUT> self = (JoinOperator<I1, I2, OUT>) (JoinOperator<?, ?, ?>) this;
            return self;
        }

        private TupleProjection copy() {
            return io.eddy.api.operators.translation.Serialization.copy(projection);
        }

        @Override
        SemanticProperties joinSemantics(Function function) {
            return SemanticProperties.projection(projection.inputs(), projection.fields());
        }
    }

    // ---------------------------------------------------------------------------------------------

    /** The first step of an inner join definition: {@code where}. */
    public static final class JoinOperatorSets<I1, I2> extends JoinOperatorSetsBase<I1, I2> {

        public JoinOperatorSets(DataSet<I1> input1, DataSet<I2> input2) {
            super(input1, input2, JoinHint.OPTIMIZER_CHOOSES, JoinType.INNER);
        }

        public JoinOperatorSets(DataSet<I1> input1, DataSet<I2> input2, JoinHint hint) {
            super(input1, input2, hint, JoinType.INNER);
        }

        @Override
        public JoinOperatorSetsPredicate where(int... fields) {
            return new JoinOperatorSetsPredicate(new Keys.ExpressionKeys<>(fields, input1.getType()));
        }

        @Override
        public JoinOperatorSetsPredicate where(String... fields) {
            return new JoinOperatorSetsPredicate(new Keys.ExpressionKeys<>(fields, input1.getType()));
        }

        @Override
        public <K> JoinOperatorSetsPredicate where(KeySelector<I1, K> keySelector) {
            TypeInformation<K> keyType = TypeExtractor.getKeySelectorTypes(keySelector, input1.getType());
            return new JoinOperatorSetsPredicate(new Keys.SelectorFunctionKeys<>(keySelector, input1.getType(), keyType));
        }

        /** The second step: {@code equalTo}, giving a join that pairs records unless a function follows. */
        public class JoinOperatorSetsPredicate extends JoinOperatorSetsPredicateBase {

            JoinOperatorSetsPredicate(Keys<I1> keys1) {
                super(keys1);
            }

            @Override
            public DefaultJoin<I1, I2> equalTo(int... fields) {
                return createDefaultJoin(new Keys.ExpressionKeys<>(fields, input2.getType()));
            }

            @Override
            public DefaultJoin<I1, I2> equalTo(String... fields) {
                return createDefaultJoin(new Keys.ExpressionKeys<>(fields, input2.getType()));
            }

            @Override
            public <K> DefaultJoin<I1, I2> equalTo(KeySelector<I2, K> keySelector) {
                TypeInformation<K> keyType = TypeExtractor.getKeySelectorTypes(keySelector, input2.getType());
                return createDefaultJoin(new Keys.SelectorFunctionKeys<>(keySelector, input2.getType(), keyType));
            }

            private DefaultJoin<I1, I2> createDefaultJoin(Keys<I2> keys2) {
                return new DefaultJoin<>(input1, input2, keys1, keys2, joinHint, CallSites.describe("Join"), JoinType.INNER);
            }
        }
    }
}
