package io.eddy.api.functions;

import io.eddy.api.configuration.Configuration;

/** Base class of the Rich* functions: keeps the runtime context, with empty open and close. */
public abstract class AbstractRichFunction implements RichFunction {

    private static final long serialVersionUID = 1L;

    private transient RuntimeContext runtimeContext;

    @Override
    public void setRuntimeContext(RuntimeContext context) {
        this.runtimeContext = context;
    }

    @Override
    public RuntimeContext getRuntimeContext() {
        if (runtimeContext == null) {
            throw new IllegalStateException("The runtime context has not been initialized.");
        }
        return runtimeContext;
    }

    @Override
    public IterationRuntimeContext getIterationRuntimeContext() {
        if (runtimeContext == null) {
            throw new IllegalStateException("The runtime context has not been initialized.");
        }
        if (runtimeContext instanceof IterationRuntimeContext iterationContext) {
            return iterationContext;
        }
        throw new IllegalStateException("This function is not part of an iteration step.");
    }

    @Override
    public void open(Configuration parameters) throws Exception {}

    @Override
    public void close() throws Exception {}
}
