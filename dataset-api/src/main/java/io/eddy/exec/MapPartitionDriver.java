package io.eddy.exec;

import io.eddy.api.functions.MapPartitionFunction;
import io.eddy.runtime.operator.Operator;
import io.eddy.runtime.operator.OperatorFactory;

/**
 * Runs a {@link MapPartitionFunction} over the whole partition as one single-pass Iterable. The
 * function runs on a helper thread fed by a small bounded hand-off, so partitions larger than memory
 * stream through; it emits from that thread. See {@link PartitionHandoff} for the threading.
 */
public final class MapPartitionDriver<IN, OUT> extends UdfDriver<MapPartitionFunction<IN, OUT>, OUT> {

    /** Creates a {@link MapPartitionDriver}; the config's function is a MapPartitionFunction, one regular input. */
    public record Factory<OUT>(DriverConfig config) implements OperatorFactory<OUT> {
        @Override
        public Operator<OUT> create() {
            return new MapPartitionDriver<>(config);
        }
    }

    private PartitionHandoff handoff;

    @SuppressWarnings({"unchecked", "rawtypes"})
    public MapPartitionDriver(DriverConfig config) {
        super(config, (Class) MapPartitionFunction.class);
    }

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    protected void userFunctionOpened() {
        handoff = new PartitionHandoff(context.getTaskNameWithSubtask() + " (map partition)",
                partition -> function.mapPartition((Iterable) partition, collector), true);
    }

    @Override
    protected void process(int input, Object record) throws Exception {
        handoff.add(keep(input, record));
    }

    @Override
    protected void endRegularInput(int input) throws Exception {
        handoff.finish();
    }

    @Override
    protected void closeDriver() {
        if (handoff != null) {
            handoff.close();
        }
    }
}
