package io.eddy.exec;

import io.eddy.api.functions.Collector;
import io.eddy.runtime.operator.Output;

/**
 * The {@link Collector} user functions emit into, forwarding to the driver's {@link Output}.
 * {@code Collector.collect} cannot throw checked exceptions but {@code Output.collect} can (for
 * example an interrupted wait for a network buffer); such exceptions travel through the user
 * function wrapped in an {@link OutputFailedException} and the driver unwraps them again.
 */
public final class OutputCollector<T> implements Collector<T> {

    private final Output<T> output;

    public OutputCollector(Output<T> output) {
        this.output = output;
    }

    @Override
    public void collect(T record) {
        try {
            output.collect(record);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Exception e) {
            throw OutputFailedException.wrap(e);
        }
    }

    /** Nothing to release: the output belongs to the driver, which outlives its collector. */
    @Override
    public void close() {}
}
