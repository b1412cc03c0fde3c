package io.eddy.exec;

import io.eddy.api.functions.FlatMapFunction;
import io.eddy.runtime.operator.Operator;
import io.eddy.runtime.operator.OperatorFactory;

/** Runs a {@link FlatMapFunction}: any number of output records per input record, pipelined. */
public final class FlatMapDriver<IN, OUT> extends UdfDriver<FlatMapFunction<IN, OUT>, OUT> {

    /** Creates a {@link FlatMapDriver}; the config's function is a FlatMapFunction, one regular input. */
    public record Factory<OUT>(DriverConfig config) implements OperatorFactory<OUT> {
        @Override
        public Operator<OUT> create() {
            return new FlatMapDriver<>(config);
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    public FlatMapDriver(DriverConfig config) {
        super(config, (Class) FlatMapFunction.class);
    }

    @Override
    @SuppressWarnings("unchecked")
    protected void process(int input, Object record) throws Exception {
        function.flatMap((IN) record, collector);
    }

    @Override
    protected void endRegularInput(int input) {}
}
