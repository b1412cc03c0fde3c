package io.eddy.api.functions;

import io.eddy.api.configuration.Configuration;

/**
 * A function with a lifecycle and access to its runtime context: {@link #open} runs once per
 * parallel instance before the first record, {@link #close} after the last (also after failure).
 */
public interface RichFunction extends Function {

    void open(Configuration parameters) throws Exception;

    void close() throws Exception;

    RuntimeContext getRuntimeContext();

    IterationRuntimeContext getIterationRuntimeContext();

    void setRuntimeContext(RuntimeContext context);
}
