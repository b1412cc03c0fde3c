package io.eddy.exec;

import io.eddy.api.functions.FlatJoinFunction;
import io.eddy.runtime.operator.Operator;
import io.eddy.runtime.operator.OperatorFactory;
import io.eddy.runtime.types.TypeComparator;

/**
 * Runs a {@link FlatJoinFunction} as a hybrid hash outer join. Unmatched records of a preserved
 * side are joined with null, each exactly once, also when partitions spill (see
 * {@link io.eddy.runtime.hash.HybridHashJoin}). Any build side works for any join type, so the
 * optimizer may build the smaller input; a FULL join tracks the build side and pads the probe side
 * as it streams.
 */
public final class OuterJoinDriver<IN1, IN2, OUT> extends JoinDriver<IN1, IN2, OUT> {

    /**
     * Creates an {@link OuterJoinDriver}: inputs 0 and 1 are the join inputs (LEFT preserves input 0);
     * the config's function is a FlatJoinFunction, called with null for the missing side.
     */
    public record Factory<OUT>(DriverConfig config, OuterJoinType outerJoinType, TypeComparator<?> firstComparator,
            TypeComparator<?> secondComparator, BuildSide buildSide) implements OperatorFactory<OUT> {
        public Factory {
            if (outerJoinType == null) {
                throw new IllegalArgumentException("an outer join needs a join type; use JoinDriver.Factory for inner joins");
            }
        }

        @Override
        public Operator<OUT> create() {
            return new OuterJoinDriver<>(config, outerJoinType, firstComparator, secondComparator, buildSide);
        }

        @Override
        public int managedMemoryWeight() {
            return 1;
        }
    }

    public OuterJoinDriver(DriverConfig config, OuterJoinType outerJoinType, TypeComparator<?> firstComparator,
            TypeComparator<?> secondComparator, BuildSide buildSide) {
        super(config, outerJoinType, firstComparator, secondComparator, buildSide);
    }
}
