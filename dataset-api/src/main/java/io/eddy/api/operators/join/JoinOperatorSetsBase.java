package io.eddy.api.operators.join;

import io.eddy.api.DataSet;
import io.eddy.api.InvalidProgramException;
import io.eddy.api.functions.FlatJoinFunction;
import io.eddy.api.functions.JoinFunction;
import io.eddy.api.functions.KeySelector;
import io.eddy.api.operators.JoinOperator;
import io.eddy.api.operators.Keys;
import io.eddy.api.operators.base.JoinOperatorBase.JoinHint;
import io.eddy.api.operators.translation.CallSites;
import io.eddy.api.typeinfo.TypeInformation;
import io.eddy.api.typeutils.TypeExtractor;

/**
 * The first step of a join definition ({@code where}); for outer joins the steps end with
 * {@code with(function)}, since unmatched records have no partner to pair with.
 */
public class JoinOperatorSetsBase<I1, I2> {

    protected final DataSet<I1> input1;
    protected final DataSet<I2> input2;
    protected final JoinHint joinHint;
    protected final JoinType joinType;

    public JoinOperatorSetsBase(DataSet<I1> input1, DataSet<I2> input2, JoinHint hint, JoinType type) {
        if (input1 == null || input2 == null) {
            throw new NullPointerException("join inputs must not be null");
        }
        if (input1.getExecutionEnvironment() != input2.getExecutionEnvironment()) {
            throw new InvalidProgramException("The two inputs have different execution contexts.");
        }
        this.input1 = input1;
        this.input2 = input2;
        this.joinHint = hint == null ? JoinHint.OPTIMIZER_CHOOSES : hint;
        this.joinType = type;
    }

    /** Compatibility constructor taking an outer join type. */
    public JoinOperatorSetsBase(DataSet<I1> input1, DataSet<I2> input2, JoinHint hint,
                                io.eddy.api.operators.base.OuterJoinOperatorBase.OuterJoinType outerType) {
        this(input1, input2, hint, switch (outerType) {
            case LEFT -> JoinType.LEFT_OUTER;
            case RIGHT -> JoinType.RIGHT_OUTER;
            case FULL -> JoinType.FULL_OUTER;
        });
    }

    public JoinOperatorSetsPredicateBase where(int... fields) {
        return new JoinOperatorSetsPredicateBase(new Keys.ExpressionKeys<>(fields, input1.getType()));
    }

    public JoinOperatorSetsPredicateBase where(String... fields) {
        return new JoinOperatorSetsPredicateBase(new Keys.ExpressionKeys<>(fields, input1.getType()));
    }

    public <K> JoinOperatorSetsPredicateBase where(KeySelector<I1, K> keySelector) {
        TypeInformation<K> keyType = TypeExtractor.getKeySelectorTypes(keySelector, input1.getType());
        return new JoinOperatorSetsPredicateBase(new Keys.SelectorFunctionKeys<>(keySelector, input1.getType(), keyType));
    }

    /** The second step of a join definition: {@code equalTo}. */
    public class JoinOperatorSetsPredicateBase {

        protected final Keys<I1> keys1;

        protected JoinOperatorSetsPredicateBase(Keys<I1> keys1) {
            if (keys1 == null) {
                throw new NullPointerException("keys must not be null");
            }
            if (keys1.isEmpty()) {
                throw new InvalidProgramException("The join keys must not be empty.");
            }
            this.keys1 = keys1;
        }

        public JoinFunctionAssigner<I1, I2> equalTo(int... fields) {
            return assigner(new Keys.ExpressionKeys<>(fields, input2.getType()));
        }

        public JoinFunctionAssigner<I1, I2> equalTo(String... fields) {
            return assigner(new Keys.ExpressionKeys<>(fields, input2.getType()));
        }

        public <K> JoinFunctionAssigner<I1, I2> equalTo(KeySelector<I2, K> keySelector) {
            TypeInformation<K> keyType = TypeExtractor.getKeySelectorTypes(keySelector, input2.getType());
            return assigner(new Keys.SelectorFunctionKeys<>(keySelector, input2.getType(), keyType));
        }

        private JoinFunctionAssigner<I1, I2> assigner(Keys<I2> keys2) {
            if (keys2.isEmpty()) {
                throw new InvalidProgramException("The join keys must not be empty.");
            }
            return new OuterJoinFunctionAssigner(keys1, keys2);
        }
    }

    private final class OuterJoinFunctionAssigner implements JoinFunctionAssigner<I1, I2> {

        private final Keys<I1> keys1;
        private final Keys<I2> keys2;

        OuterJoinFunctionAssigner(Keys<I1> keys1, Keys<I2> keys2) {
            this.keys1 = keys1;
            this.keys2 = keys2;
        }

        @Override
        public <R> JoinOperator<I1, I2, R> with(JoinFunction<I1, I2, R> function) {
            if (function == null) {
                throw new NullPointerException("Join function must not be null.");
            }
            String callLocation = CallSites.describe(joinName());
            TypeInformation<R> resultType = TypeExtractor.getJoinReturnTypes(function, input1.getType(),
                    input2.getType(), callLocation, true);
            return new JoinOperator.EquiJoin<>(input1, input2, keys1, keys2, function, resultType, joinHint,
                    callLocation, joinType);
        }

        @Override
        public <R> JoinOperator<I1, I2, R> with(FlatJoinFunction<I1, I2, R> function) {
            if (function == null) {
                throw new NullPointerException("Join function must not be null.");
            }
            String callLocation = CallSites.describe(joinName());
            TypeInformation<R> resultType = TypeExtractor.getFlatJoinReturnTypes(function, input1.getType(),
                    input2.getType(), callLocation, true);
            return new JoinOperator.EquiJoin<>(input1, input2, keys1, keys2, function, resultType, joinHint,
                    callLocation, joinType);
        }

        private String joinName() {
            return switch (joinType) {
                case LEFT_OUTER -> "LeftOuterJoin";
                case RIGHT_OUTER -> "RightOuterJoin";
                case FULL_OUTER -> "FullOuterJoin";
                default -> "Join";
            };
        }
    }
}
