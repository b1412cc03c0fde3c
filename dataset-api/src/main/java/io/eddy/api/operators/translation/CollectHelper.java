package io.eddy.api.operators.translation;

import io.eddy.api.DataSet;
import io.eddy.api.JobExecutionResult;
import io.eddy.api.accumulators.LongCounter;
import io.eddy.api.configuration.Configuration;
import io.eddy.api.io.RichOutputFormat;
import io.eddy.runtime.memory.DataInputDeserializer;
import io.eddy.runtime.types.TypeSerializer;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** The eager {@code collect()} and {@code count()}: a sink feeding an accumulator, then an execute. */
public final class CollectHelper {

    private CollectHelper() {}

    public static <T> List<T> collect(DataSet<T> data) throws Exception {
        String id = "__eddy_collect_" + UUID.randomUUID();
        TypeSerializer<T> serializer = data.getType().createSerializer(data.getExecutionEnvironment().getConfig());
        data.output(new CollectOutputFormat<>(id, serializer)).name("collect()");
        JobExecutionResult result = data.getExecutionEnvironment().execute("collect()");
        ArrayList<byte[]> serialized = result.getAccumulatorResult(id);
        List<T> records = new ArrayList<>();
        if (serialized != null) {
            DataInputDeserializer in = new DataInputDeserializer();
            for (byte[] bytes : serialized) {
                in.setBuffer(bytes, 0, bytes.length);
                records.add(serializer.deserialize(in));
            }
        }
        return records;
    }

    public static long count(DataSet<?> data) throws Exception {
        String id = "__eddy_count_" + UUID.randomUUID();
        data.output(new CountingOutputFormat<>(id)).name("count()");
        JobExecutionResult result = data.getExecutionEnvironment().execute("count()");
        Long count = result.getAccumulatorResult(id);
        return count == null ? 0 : count;
    }

    /** Counts records into a LongCounter. */
    private static final class CountingOutputFormat<T> extends RichOutputFormat<T> {
        private static final long serialVersionUID = 1L;
        private final String id;
        private transient LongCounter counter;

        CountingOutputFormat(String id) {
            this.id = id;
        }

        @Override
        public void configure(Configuration parameters) {}

        @Override
        public void open(int taskNumber, int numTasks) {
            counter = new LongCounter();
            getRuntimeContext().addAccumulator(id, counter);
        }

        @Override
        public void writeRecord(T record) {
            counter.add(1L);
        }

        @Override
        public void close() {}

        @Override
        public String toString() {
            return "count()";
        }
    }
}
