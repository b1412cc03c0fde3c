package io.eddy.runtime.task;

import io.eddy.runtime.operator.Output;
import io.eddy.runtime.operator.SerializedOutput;

/**
 * Sends every record to several outputs in order (network writers first, the uncopied chained consumer last).
 * Takes serialized records if every output does, which only network writers do.
 */
final class FanOutOutput implements Output<Object>, SerializedOutput {

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

    @Override
    public boolean acceptsSerialized() {
        for (Output<Object> output : outputs) {
            if (!(output instanceof SerializedOutput serialized) || !serialized.acceptsSerialized()) {
                return false;
            }
        }
        return true;
    }

    @Override
    public void collectSerialized(byte[] framed, int length) throws Exception {
        for (Output<Object> output : outputs) {
            // each writer overwrites only the frame's length bytes, with the same length
            ((SerializedOutput) output).collectSerialized(framed, length);
        }
    }
}
