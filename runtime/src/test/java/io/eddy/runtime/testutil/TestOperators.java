package io.eddy.runtime.testutil;

import io.eddy.runtime.memory.DataInputDeserializer;
import io.eddy.runtime.memory.DataInputView;
import io.eddy.runtime.operator.SerializedInput;
import io.eddy.runtime.types.TypeSerializer;

import io.eddy.runtime.io.InputSplit;
import io.eddy.runtime.operator.Operator;
import io.eddy.runtime.operator.OperatorContext;
import io.eddy.runtime.operator.OperatorFactory;
import io.eddy.runtime.operator.Output;
import io.eddy.runtime.operator.SourceOperator;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/** Small operators for runtime tests, each with a factory method. */
public final class TestOperators {

    private TestOperators() {}

    /** Emits the longs in {@code [0, count)} whose value modulo the parallelism is the subtask index. */
    public static OperatorFactory<Long> sequence(long count) {
        return () -> new SequenceSource(count);
    }

    /** Emits longs forever (until cancelled). */
    public static OperatorFactory<Long> endless() {
        return () -> new SequenceSource(Long.MAX_VALUE);
    }

    /** Reads splits from the context's provider and emits each split's number. */
    public static OperatorFactory<Long> splitNumbers() {
        return SplitNumberSource::new;
    }

    public static <I, O> OperatorFactory<O> map(SerializableFunction<I, O> function) {
        return () -> new MapOperator<>(function);
    }

    /** Sums long values per key ({@code value % numKeys}) and emits "key=sum" strings at the end of input. */
    public static OperatorFactory<String> sumByKey(long numKeys) {
        return () -> new SumByKey(numKeys);
    }

    /** Files every record under {@code name} and the subtask in {@link Collected}. */
    public static OperatorFactory<Void> collect(String name) {
        return () -> new CollectSink(name);
    }

    /**
     * A two-input operator that {@linkplain Operator#requiredInput() requires} input 0 first: it counts
     * input 0 and then emits every input-1 record as "count:record". It fails on an input-1 record
     * that arrives while input 0 is open, so a task that does not honour the requirement is caught.
     * Files its input-0 count as accumulator "input0".
     */
    public static OperatorFactory<String> countFirstInputThenTag() {
        return CountThenTag::new;
    }

    /**
     * Like {@link #collect}, but takes every other buffer of records as bytes ({@link SerializedInput})
     * and deserializes them itself with {@code serializer}, failing unless a record's bytes are
     * exactly one serialized record; files the number of records that came as bytes under
     * {@code name + "-bytes"}.
     */
    public static OperatorFactory<Void> collectSerialized(String name, TypeSerializer<?> serializer) {
        return () -> new SerializedCollectSink(name, serializer);
    }

    /** Common base: keeps context and output. */
    public abstract static class BaseOperator<OUT> implements Operator<OUT> {
        protected OperatorContext context;
        protected Output<OUT> output;

        @Override
        public void open(OperatorContext context, Output<OUT> output) throws Exception {
            this.context = context;
            this.output = output;
        }

        @Override
        public void endInput(int input) throws Exception {}

        @Override
        public void close() throws Exception {}
    }

    /** Base of test sources: resolves the clash of {@link BaseOperator}'s and {@link SourceOperator}'s defaults. */
    public abstract static class BaseSource<OUT> extends BaseOperator<OUT> implements SourceOperator<OUT> {
        @Override
        public void processRecord(int input, Object record) {
            throw new UnsupportedOperationException("a source has no inputs");
        }

        @Override
        public void endInput(int input) {
            throw new UnsupportedOperationException("a source has no inputs");
        }
    }

    static final class SequenceSource extends BaseSource<Long> {
        private final long count;

        SequenceSource(long count) {
            this.count = count;
        }

        @Override
        public void run() throws Exception {
            int p = context.getParallelism();
            long emitted = 0;
            for (long v = context.getSubtaskIndex(); v < count && !context.isCancelled(); v += p) {
                output.collect(v);
                emitted++;
            }
            context.getAccumulators().put("emitted", emitted);
        }
    }

    static final class SplitNumberSource extends BaseSource<Long> {
        @Override
        public void run() throws Exception {
            InputSplit split;
            while ((split = context.getInputSplitProvider().getNextInputSplit()) != null) {
                output.collect((long) split.getSplitNumber());
            }
        }
    }

    static final class MapOperator<I, O> extends BaseOperator<O> {
        private final SerializableFunction<I, O> function;

        MapOperator(SerializableFunction<I, O> function) {
            this.function = function;
        }

        @SuppressWarnings("unchecked")
        @Override
        public void processRecord(int input, Object record) throws Exception {
            output.collect(function.apply((I) record));
        }
    }

    static final class SumByKey extends BaseOperator<String> {
        private final long numKeys;
        private final Map<Long, Long> sums = new HashMap<>();

        SumByKey(long numKeys) {
            this.numKeys = numKeys;
        }

        @Override
        public void processRecord(int input, Object record) {
            long value = (Long) record;
            sums.merge(value % numKeys, value, Long::sum);
        }

        @Override
        public void endInput(int input) throws Exception {
            for (Map.Entry<Long, Long> e : new TreeMap<>(sums).entrySet()) {
                output.collect(e.getKey() + "=" + e.getValue());
            }
        }
    }

    static final class CountThenTag extends BaseOperator<String> {
        private long count;
        private boolean firstEnded;

        @Override
        public int requiredInput() {
            return firstEnded ? InputSelection.ANY : 0;
        }

        @Override
        public void processRecord(int input, Object record) throws Exception {
            if (input == 0) {
                count++;
            } else if (!firstEnded) {
                throw new IllegalStateException("input 1 delivered while the required input 0 is open: " + record);
            } else {
                output.collect(count + ":" + record);
            }
        }

        @Override
        public void endInput(int input) {
            if (input == 0) {
                firstEnded = true;
                context.getAccumulators().put("input0", count);
            }
        }
    }

    static final class CollectSink extends BaseOperator<Void> {
        private final String name;

        CollectSink(String name) {
            this.name = name;
        }

        @Override
        public void processRecord(int input, Object record) {
            Collected.add(name, context.getSubtaskIndex(), record);
        }
    }

    static final class SerializedCollectSink extends BaseOperator<Void> implements SerializedInput {
        private final String name;
        private final TypeSerializer<?> serializer;
        private boolean bytes;
        private long bytesReceived;

        SerializedCollectSink(String name, TypeSerializer<?> serializer) {
            this.name = name;
            this.serializer = serializer.duplicate();
        }

        @Override
        public boolean acceptsSerialized(int input) {
            bytes = !bytes;
            return bytes;
        }

        @Override
        public void processSerialized(int input, DataInputView record, int length) throws Exception {
            byte[] raw = new byte[length];
            record.readFully(raw);
            DataInputDeserializer copy = new DataInputDeserializer(raw);
            Object value = serializer.deserialize(copy);
            if (copy.available() != 0) {
                throw new IllegalStateException(copy.available() + " bytes left after a record of " + length + " bytes");
            }
            Collected.add(name, context.getSubtaskIndex(), value);
            bytesReceived++;
        }

        @Override
        public void processRecord(int input, Object record) {
            Collected.add(name, context.getSubtaskIndex(), record);
        }

        @Override
        public void endInput(int input) {
            Collected.add(name + "-bytes", context.getSubtaskIndex(), bytesReceived);
        }
    }
}
