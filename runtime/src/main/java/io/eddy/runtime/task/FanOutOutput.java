package io.eddy.runtime.task;

import io.eddy.runtime.operator.Output;

/** Sends every record to several outputs in order (network writers first, the uncopied chained consumer last). */
final class FanOutOutput implements Output<Object> {

    private final Output<Object>[] outputs;

    FanOutOutput(Output<Object>[] outputs) {
        this.outputs = outputs;
    }

    @Override
    public void collect(Object record) throws Exception {
        for (Output<Object> output : outputs) {
            output.collect(record);
        }
    }
}
