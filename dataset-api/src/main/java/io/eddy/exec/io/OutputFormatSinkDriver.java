package io.eddy.exec.io;

import io.eddy.api.ExecutionConfig;
import io.eddy.api.configuration.Configuration;
import io.eddy.api.io.CleanupWhenUnsuccessful;
import io.eddy.api.io.OutputFormat;
import io.eddy.api.io.RichOutputFormat;
import io.eddy.exec.DriverRuntimeContext;
import io.eddy.runtime.operator.Operator;
import io.eddy.runtime.operator.OperatorContext;
import io.eddy.runtime.operator.OperatorFactory;
import io.eddy.runtime.operator.Output;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes every record with an output format. The format is closed when the input ends; if the task
 * fails before that, the format's partial output is removed (CleanupWhenUnsuccessful) and the
 * master discards the rest (see OutputFormatMasterHook).
 */
public final class OutputFormatSinkDriver<T> implements Operator<Void> {

    private static final Logger LOG = LoggerFactory.getLogger(OutputFormatSinkDriver.class);

    /** Carried by the job graph; one driver per subtask. */
    public record Factory<T>(OutputFormat<T> format, Configuration parameters, ExecutionConfig executionConfig)
            implements OperatorFactory<Void> {
        @Override
        public OutputFormatSinkDriver<T> create() {
            return new OutputFormatSinkDriver<>(this);
        }
    }

    private final Factory<T> factory;
    private final OutputFormat<T> format;
    private DriverRuntimeContext runtimeContext;
    private boolean opened;
    private boolean finished;

    private OutputFormatSinkDriver(Factory<T> factory) {
        this.factory = factory;
        this.format = factory.format();
    }

    @Override
    public void open(OperatorContext context, Output<Void> output) throws Exception {
        format.configure(factory.parameters());
        if (format instanceof RichOutputFormat<T> rich) {
            runtimeContext = new DriverRuntimeContext(context, factory.executionConfig(), Map.of());
            rich.setRuntimeContext(runtimeContext);
        }
        opened = true;
        format.open(context.getSubtaskIndex(), context.getParallelism());
    }

    @Override
    @SuppressWarnings("unchecked")
    public void processRecord(int input, Object record) throws Exception {
        format.writeRecord((T) record);
    }

    @Override
    public void endInput(int input) throws Exception {
        finished = true;
        format.close();
    }

    @Override
    public void close() throws Exception {
        try {
            if (opened && !finished) {
                if (format instanceof CleanupWhenUnsuccessful cleanup) {
                    try {
                        cleanup.tryCleanupOnError();
                    } catch (Exception e) {
                        LOG.warn("Could not remove the partial output of {}", format, e);
                    }
                }
                format.close();
            }
        } finally {
            if (runtimeContext != null) {
                runtimeContext.mergePendingAccumulators();
            }
        }
    }
}
