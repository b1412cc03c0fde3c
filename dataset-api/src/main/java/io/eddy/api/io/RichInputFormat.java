package io.eddy.api.io;

import io.eddy.api.functions.RuntimeContext;
import io.eddy.runtime.io.InputSplit;
import java.io.IOException;

/**
 * An input format that sees the {@link RuntimeContext} of the subtask running it (for accumulators)
 * and gets a per-subtask {@link #openInputFormat()} / {@link #closeInputFormat()} around all the
 * splits that subtask reads.
 */
public abstract class RichInputFormat<OT, T extends InputSplit> implements InputFormat<OT, T> {

    private static final long serialVersionUID = 1L;

    private transient RuntimeContext runtimeContext;

    /** Called by the source driver before {@link #openInputFormat()}. */
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

    /** True when a runtime context was set (formats driven directly, e.g. in tests, have none). */
    protected boolean hasRuntimeContext() {
        return runtimeContext != null;
    }

    /** Called once per subtask before the first split is opened. */
    public void openInputFormat() throws IOException {}

    /** Called once per subtask after the last split was closed. */
    public void closeInputFormat() throws IOException {}
}
