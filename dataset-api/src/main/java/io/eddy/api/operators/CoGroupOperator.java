package io.eddy.api.operators;

import io.eddy.api.DataSet;
import io.eddy.api.InvalidProgramException;
import io.eddy.api.functions.CoGroupFunction;
import io.eddy.api.functions.KeySelector;
import io.eddy.api.functions.Partitioner;
import io.eddy.api.operators.translation.CallSites;
import io.eddy.api.operators.translation.GroupOrder;
import io.eddy.api.operators.translation.Translation;
import io.eddy.api.typeinfo.TypeInformation;
import io.eddy.api.typeutils.TypeExtractor;
import io.eddy.plan.LogicalPlan;
import io.eddy.plan.LogicalNode;

/**
 * Hands the groups of both inputs that share a key to one call of a CoGroupFunction (either group
 * may be empty). Both inputs are partitioned by key. Built as
 * {@code a.coGroup(b).where(..).equalTo(..).with(function)}.
 */
public class CoGroupOperator<I1, I2, OUT> extends TwoInputUdfOperator<I1, I2, OUT, CoGroupOperator<I1, I2, OUT>> {

    private final CoGroupFunction<I1, I2, OUT> function;
    private final Keys<I1> keys1;
    private final Keys<I2> keys2;
    private final GroupOrder<I1> groupOrder1;
    private final GroupOrder<I2> groupOrder2;
    private final String defaultName;
    private Partitioner<?> customPartitioner;

    public CoGroupOperator(DataSet<I1> input1, DataSet<I2> input2, Keys<I1> keys1, Keys<I2> keys2,
                           CoGroupFunction<I1, I2, OUT> function, TypeInformation<OUT> returnType,
                           GroupOrder<I1> groupOrder1, GroupOrder<I2> groupOrder2, Partitioner<?> customPartitioner,
                           String defaultName) {
        super(input1, input2, returnType);
        DeltaIteration.checkSolutionSetKeys(input1, keys1, "CoGrouped");
        DeltaIteration.checkSolutionSetKeys(input2, keys2, "CoGrouped");
        this.function = function;
        this.keys1 = keys1;
        this.keys2 = keys2;
        this.groupOrder1 = groupOrder1;
        this.groupOrder2 = groupOrder2;
        this.customPartitioner = customPartitioner;
        this.defaultName = defaultName;
    }

    public CoGroupFunction<I1, I2, OUT> getFunction() {
        return function;
    }

    public Keys<I1> getKeys1() {
        return keys1;
    }

    public Keys<I2> getKeys2() {
        return keys2;
    }

    public CoGroupOperator<I1, I2, OUT> withPartitioner(Partitioner<?> partitioner) {
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

    @Override
    protected LogicalNode translateNode(LogicalPlan plan) {
        LogicalNode in1 = getInput1().translateToPlan(plan);
        LogicalNode in2 = getInput2().translateToPlan(plan);
        LogicalNode.Builder node = new LogicalNode.Builder(LogicalNode.Kind.CO_GROUP, "CoGroup",
                Translation.nameOr(name, defaultName)).parallelism(parallelism).outputType(getType())
                .input(in1).input(in2)
                .key(Translation.key(keys1, getInput1Type())).key(Translation.key(keys2, getInput2Type()))
                .groupOrder(groupOrder1.isEmpty() ? null : groupOrder1).groupOrder(groupOrder2.isEmpty() ? null : groupOrder2)
                .partitioning(null, customPartitioner, null).semantics(Translation.semantics(this, function));
        return plan.add(Translation.udf(plan, node, function, this));
    }

    // ---------------------------------------------------------------------------------------------

    /** The first step of a coGroup definition: {@code where}. */
    public static final class CoGroupOperatorSets<I1, I2> {

        private final DataSet<I1> input1;
        private final DataSet<I2> input2;

        public CoGroupOperatorSets(DataSet<I1> input1, DataSet<I2> input2) {
            if (input1 == null || input2 == null) {
                throw new NullPointerException("coGroup inputs must not be null");
            }
            this.input1 = input1;
            this.input2 = input2;
        }

        public CoGroupOperatorSetsPredicate where(int... fields) {
            return new CoGroupOperatorSetsPredicate(new Keys.ExpressionKeys<>(fields, input1.getType()));
        }

        public CoGroupOperatorSetsPredicate where(String... fields) {
            return new CoGroupOperatorSetsPredicate(new Keys.ExpressionKeys<>(fields, input1.getType()));
        }

        public <K> CoGroupOperatorSetsPredicate where(KeySelector<I1, K> keyExtractor) {
            TypeInformation<K> keyType = TypeExtractor.getKeySelectorTypes(keyExtractor, input1.getType());
            return new CoGroupOperatorSetsPredicate(new Keys.SelectorFunctionKeys<>(keyExtractor, input1.getType(), keyType));
        }

        /** The second step: {@code equalTo}. */
        public final class CoGroupOperatorSetsPredicate {

            private final Keys<I1> keys1;

            private CoGroupOperatorSetsPredicate(Keys<I1> keys1) {
                if (keys1.isEmpty()) {
                    throw new InvalidProgramException("The coGroup keys must not be empty.");
                }
                this.keys1 = keys1;
            }

            public CoGroupOperatorWithoutFunction equalTo(int... fields) {
                return create(new Keys.ExpressionKeys<>(fields, input2.getType()));
            }

            public CoGroupOperatorWithoutFunction equalTo(String... fields) {
                return create(new Keys.ExpressionKeys<>(fields, input2.getType()));
            }

            public <K> CoGroupOperatorWithoutFunction equalTo(KeySelector<I2, K> keyExtractor) {
                TypeInformation<K> keyType = TypeExtractor.getKeySelectorTypes(keyExtractor, input2.getType());
                return create(new Keys.SelectorFunctionKeys<>(keyExtractor, input2.getType(), keyType));
            }

            private CoGroupOperatorWithoutFunction create(Keys<I2> keys2) {
                if (keys2.isEmpty()) {
                    throw new InvalidProgramException("The coGroup keys must not be empty.");
                }
                try {
                    if (!keys1.areCompatible(keys2)) {
                        throw new InvalidProgramException("The types of the key fields do not match.");
                    }
                } catch (InvalidProgramException e) {
                    throw e;
                } catch (Exception e) {
                    throw new InvalidProgramException("The pair of coGroup keys are not compatible with each other: "
                            + e.getMessage(), e);
                }
                return new CoGroupOperatorWithoutFunction(keys2);
            }

            /** The last step: group orders, a partitioner and the function. */
            public final class CoGroupOperatorWithoutFunction {

                private final Keys<I2> keys2;
                private final GroupOrder<I1> groupOrder1 = new GroupOrder<>();
                private final GroupOrder<I2> groupOrder2 = new GroupOrder<>();
                private Partitioner<?> customPartitioner;

                private CoGroupOperatorWithoutFunction(Keys<I2> keys2) {
                    this.keys2 = keys2;
                }

                public CoGroupOperatorWithoutFunction withPartitioner(Partitioner<?> partitioner) {
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

                public CoGroupOperatorWithoutFunction sortFirstGroup(int field, Order order) {
                    groupOrder1.add(field, order, input1.getType());
                    return this;
                }

                public CoGroupOperatorWithoutFunction sortFirstGroup(String field, Order order) {
                    groupOrder1.add(field, order);
                    return this;
                }

                public CoGroupOperatorWithoutFunction sortSecondGroup(int field, Order order) {
                    groupOrder2.add(field, order, input2.getType());
                    return this;
                }

                public CoGroupOperatorWithoutFunction sortSecondGroup(String field, Order order) {
                    groupOrder2.add(field, order);
                    return this;
                }

                public <R> CoGroupOperator<I1, I2, R> with(CoGroupFunction<I1, I2, R> function) {
                    if (function == null) {
                        throw new NullPointerException("CoGroup function must not be null.");
                    }
                    String callLocation = CallSites.describe("CoGroup");
                    TypeInformation<R> returnType = TypeExtractor.getCoGroupReturnTypes(function, input1.getType(),
                            input2.getType(), callLocation, true);
                    return new CoGroupOperator<>(input1, input2, keys1, keys2, function, returnType, groupOrder1,
                            groupOrder2, customPartitioner, callLocation);
                }
            }
        }
    }
}
