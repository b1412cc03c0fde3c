package io.eddy.exec.io;

import io.eddy.api.ExecutionConfig;
import io.eddy.api.configuration.Configuration;
import io.eddy.api.io.FileInputSplit;
import io.eddy.api.io.InputFormat;
import io.eddy.api.io.RichInputFormat;
import io.eddy.api.io.SerializingInputFormat;
import io.eddy.api.io.TupleCsvInputFormat;
import io.eddy.exec.DriverRuntimeContext;
import io.eddy.runtime.io.InputSplit;
import io.eddy.runtime.io.InputSplitProvider;
import io.eddy.runtime.memory.DataOutputSerializer;
import io.eddy.runtime.operator.OperatorContext;
import io.eddy.runtime.operator.OperatorFactory;
import io.eddy.runtime.operator.Output;
import io.eddy.runtime.operator.SerializedOutput;
import io.eddy.runtime.operator.SourceOperator;
import io.eddy.runtime.task.TaskIOMetrics;
import io.eddy.runtime.types.TypeSerializer;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the splits the master hands out with an input format and emits their records. With object
 * reuse off every record is read into a fresh object, so downstream operators may keep it. When
 * every record goes to the network and the format can write records as their serializer would
 * ({@link SerializingInputFormat}: a CSV of numbers and text into tuples), no object is made at all.
 */
public final class InputFormatSourceDriver<T> implements SourceOperator<T> {

    private static final Logger LOG = LoggerFactory.getLogger(InputFormatSourceDriver.class);

    /** Carried by the job graph; one driver per subtask. */
    public record Factory<T>(InputFormat<T, ?> format, Configuration parameters, TypeSerializer<T> serializer,
                             ExecutionConfig executionConfig) implements OperatorFactory<T> {
        @Override
        public InputFormatSourceDriver<T> create() {
            return new InputFormatSourceDriver<>(this);
        }
    }

    private final Factory<T> factory;
    private InputFormat<T, InputSplit> format;
    private OperatorContext context;
    private Output<T> output;
    private DriverRuntimeContext runtimeContext;
    private boolean formatOpened;
    private boolean richOpened;

    @SuppressWarnings("unchecked")
    private InputFormatSourceDriver(Factory<T> factory) {
        this.factory = factory;
        this.format = (InputFormat<T, InputSplit>) factory.format();
    }

    @Override
    public void open(OperatorContext context, Output<T> output) throws Exception {
        this.context = context;
        this.output = output;
        format.configure(factory.parameters());
        if (format instanceof RichInputFormat<T, InputSplit> rich) {
            runtimeContext = new DriverRuntimeContext(context, factory.executionConfig(), Map.of());
            rich.setRuntimeContext(runtimeContext);
            rich.openInputFormat();
            richOpened = true;
        }
    }

    @Override
    @SuppressWarnings("unchecked")
    public void run() throws Exception {
        InputSplitProvider splits = context.getInputSplitProvider();
        TypeSerializer<T> serializer = factory.serializer().duplicate();
        TaskIOMetrics metrics = context.getIOMetrics();
        SplitReader reader;
        if (output instanceof SerializedOutput network && network.acceptsSerialized()
                && format instanceof SerializingInputFormat<?> && ((SerializingInputFormat<T>) format).openSerialized(serializer)) {
            // the records go only to the network, and the format writes them as bytes: no record
            // object is made, and none is serialized
            SerializingInputFormat<T> bytesFormat = (SerializingInputFormat<T>) format;
            LOG.debug("{} reads its records straight into their serialized form", context.getOperatorName());
            DataOutputSerializer framed = new DataOutputSerializer(256);
            reader = () -> {
                framed.clear();
                framed.setPosition(SerializedOutput.FRAME_BYTES);
                if (!bytesFormat.nextRecordSerialized(framed)) {
                    return false;
                }
                network.collectSerialized(framed.getSharedBuffer(), framed.length());
                return true;
            };
        } else {
            boolean reuse = context.isObjectReuseEnabled();
            T reused = reuse ? serializer.createInstance() : null;
            // Without reuse each record gets a fresh object. The CSV reader's tuples fill a new tuple
            // themselves when given none, which spares a serializer-made instance (a default object in
            // every field, each set only to be replaced); a subclass might rely on the object, so exact class only.
            boolean fillsNull = !reuse && format.getClass() == TupleCsvInputFormat.class;
            reader = () -> {
                T record = format.nextRecord(reuse ? reused : fillsNull ? null : serializer.createInstance());
                if (record == null) {
                    return false;
                }
                output.collect(record);
                return true;
            };
        }
        InputSplit split;
        while (!context.isCancelled() && (split = splits.getNextInputSplit()) != null) {
            format.open(split);
            formatOpened = true;
            long records = 0;
            while (!format.reachedEnd()) {
                // published in batches: the counters are volatile, read by progress reports
                if (reader.next() && (++records & 0xFFF) == 0) {
                    metrics.addRecordsRead(0x1000);
                }
                if (context.isCancelled()) {
                    break;
                }
            }
            metrics.addRecordsRead(records & 0xFFF);
            if (split instanceof FileInputSplit file) {
                metrics.addBytesRead(file.getLength());
            }
            formatOpened = false;
            format.close();
        }
    }

    /** Reads one record of the open split and sends it on. */
    @FunctionalInterface
    private interface SplitReader {
        /** False if the split had no further record. */
        boolean next() throws Exception;
    }

    @Override
    public void close() throws Exception {
        Exception failure = null;
        if (formatOpened) {
            formatOpened = false;
            try {
                format.close();
            } catch (Exception e) {
                failure = e;
            }
        }
        if (richOpened) {
            richOpened = false;
            try {
                ((RichInputFormat<T, InputSplit>) format).closeInputFormat();
            } catch (Exception e) {
                if (failure == null) {
                    failure = e;
                } else {
                    failure.addSuppressed(e);
                }
            }
        }
        if (runtimeContext != null) {
            runtimeContext.mergePendingAccumulators();
        }
        if (failure != null) {
            throw failure;
        }
    }
}
