package io.eddy.exec;

import io.eddy.api.functions.Function;
import io.eddy.runtime.operator.Operator;
import io.eddy.runtime.operator.OperatorFactory;

/**
 * Forwards every record unchanged: the driver of operators whose work is all in the exchange in front
 * of them (partitionByHash, partitionByRange, rebalance, ...). No user function.
 */
public final class IdentityDriver<T> extends UdfDriver<Function, T> {

    /** Creates an {@link IdentityDriver}; one regular input, the config's function is ignored (may be null). */
    public record Factory<T>(DriverConfig config) implements OperatorFactory<T> {
        @Override
        public Operator<T> create() {
            return new IdentityDriver<>(config);
        }
    }

    public IdentityDriver(DriverConfig config) {
        super(config, null);
    }

    @Override
    @SuppressWarnings("unchecked")
    protected void process(int input, Object record) throws Exception {
        output.collect((T) record);
    }

    @Override
    protected void endRegularInput(int input) {}
}
