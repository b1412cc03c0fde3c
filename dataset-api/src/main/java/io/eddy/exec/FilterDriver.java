package io.eddy.exec;

import io.eddy.api.functions.FilterFunction;
import io.eddy.runtime.operator.Operator;
import io.eddy.runtime.operator.OperatorFactory;

/** Runs a {@link FilterFunction}: forwards the records it accepts, pipelined. */
public final class FilterDriver<T> extends UdfDriver<FilterFunction<T>, T> {

    /** Creates a {@link FilterDriver}; the config's function is a FilterFunction, one regular input. */
    public record Factory<T>(DriverConfig config) implements OperatorFactory<T> {
        @Override
        public Operator<T> create() {
            return new FilterDriver<>(config);
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    public FilterDriver(DriverConfig config) {
        super(config, (Class) FilterFunction.class);
    }

    @Override
    @SuppressWarnings("unchecked")
    protected void process(int input, Object record) throws Exception {
        T value = (T) record;
        if (function.filter(value)) {
            output.collect(value);
        }
    }

    @Override
    protected void endRegularInput(int input) {}
}
