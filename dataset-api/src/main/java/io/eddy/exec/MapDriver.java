package io.eddy.exec;

import io.eddy.api.functions.MapFunction;
import io.eddy.runtime.operator.Operator;
import io.eddy.runtime.operator.OperatorFactory;

/** Runs a {@link MapFunction}: one output record per input record, pipelined. */
public final class MapDriver<IN, OUT> extends UdfDriver<MapFunction<IN, OUT>, OUT> {

    /** Creates a {@link MapDriver}; the config's function is a MapFunction, one regular input. */
    public record Factory<OUT>(DriverConfig config) implements OperatorFactory<OUT> {
        @Override
        public Operator<OUT> create() {
            return new MapDriver<>(config);
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    public MapDriver(DriverConfig config) {
        super(config, (Class) MapFunction.class);
    }

    @Override
    @SuppressWarnings("unchecked")
    protected void process(int input, Object record) throws Exception {
        output.collect(function.map((IN) record));
    }

    @Override
    protected void endRegularInput(int input) {}
}
