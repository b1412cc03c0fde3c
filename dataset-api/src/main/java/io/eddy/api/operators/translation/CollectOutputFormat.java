package io.eddy.api.operators.translation;

import io.eddy.api.accumulators.Accumulator;
import io.eddy.api.configuration.Configuration;
import io.eddy.api.io.RichOutputFormat;
import io.eddy.runtime.memory.DataOutputSerializer;
import io.eddy.runtime.types.TypeSerializer;
import java.io.IOException;
import java.util.ArrayList;

/**
 * The sink behind {@code collect()}: serializes every record into an accumulator, which carries the
 * records back to the client with the job's result, as Flink does.
 */
public final class CollectOutputFormat<T> extends RichOutputFormat<T> {

    private static final long serialVersionUID = 1L;

    private final String accumulatorName;
    private final TypeSerializer<T> serializer;
    private transient SerializedRecords records;
    private transient DataOutputSerializer buffer;

    public CollectOutputFormat(String accumulatorName, TypeSerializer<T> serializer) {
        this.accumulatorName = accumulatorName;
        this.serializer = serializer;
    }

    @Override
    public void configure(Configuration parameters) {}

    @Override
    public void open(int taskNumber, int numTasks) {
        records = new SerializedRecords();
        buffer = new DataOutputSerializer(256);
        getRuntimeContext().addAccumulator(accumulatorName, records);
    }

    @Override
    public void writeRecord(T record) throws IOException {
        buffer.clear();
        serializer.serialize(record, buffer);
        records.add(buffer.toByteArray());
    }

    @Override
    public void close() {}

    @Override
    public String toString() {
        return "collect()";
    }

    /** Serialized records of one subtask; merging appends the other subtasks' records. */
    public static final class SerializedRecords implements Accumulator<byte[], ArrayList<byte[]>> {

        private static final long serialVersionUID = 1L;

        private ArrayList<byte[]> values = new ArrayList<>();

        @Override
        public void add(byte[] value) {
            values.add(value);
        }

        @Override
        public ArrayList<byte[]> getLocalValue() {
            return values;
        }

        @Override
        public void resetLocal() {
            values.clear();
        }

        @Override
        public void merge(Accumulator<byte[], ArrayList<byte[]>> other) {
            values.addAll(other.getLocalValue());
        }

        @Override
        public SerializedRecords clone() {
            SerializedRecords copy = new SerializedRecords();
            copy.values = new ArrayList<>(values);
            return copy;
        }
    }
}
