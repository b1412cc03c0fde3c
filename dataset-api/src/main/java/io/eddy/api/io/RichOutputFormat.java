package io.eddy.api.io;

import io.eddy.api.functions.RuntimeContext;

/** An output format that sees the {@link RuntimeContext} of the subtask running it. */
public abstract class RichOutputFormat<IT> implements OutputFormat<IT> {

    private static final long serialVersionUID = 1L;

    private transient RuntimeContext runtimeContext;

    /** Called by the sink driver before {@link #open(int, int)}. */
    public void setRuntimeContext(RuntimeContext context) {
        this.runtimeContext = context;
    }

    /** The context; throws if the format does not run inside a task. */
    public RuntimeContext getRuntimeContext() {
        if (runtimeContext == null) {
            throw new IllegalStateException("The runtime context has not been initialized.");
        }
        return runtimeContext;
    }

    /** True when a runtime context was set. */
    protected boolean hasRuntimeContext() {
        return runtimeContext != null;
    }
}
