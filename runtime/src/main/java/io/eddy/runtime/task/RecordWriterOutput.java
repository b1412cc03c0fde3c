package io.eddy.runtime.task;

import io.eddy.runtime.exchange.RecordWriter;
import io.eddy.runtime.operator.Output;
import io.eddy.runtime.operator.SerializedOutput;

/** Sends an operator's records over a network edge. The record is serialized at once, so it is never copied. */
final class RecordWriterOutput implements Output<Object>, SerializedOutput {

    private final RecordWriter<Object> writer;

    RecordWriterOutput(RecordWriter<Object> writer) {
        this.writer = writer;
    }

    @Override
    public void collect(Object record) throws Exception {
        writer.emit(record);
    }

    @Override
    public boolean acceptsSerialized() {
        return writer.acceptsSerialized();
    }

    @Override
    public void collectSerialized(byte[] framed, int length) throws Exception {
        writer.emitSerialized(framed, length);
    }
}
