package io.eddy.exec.testutil;

import io.eddy.runtime.io.InputSplitProvider;
import io.eddy.runtime.operator.OperatorContext;
import java.util.HashMap;
import java.util.Map;

/** A hand-written {@link OperatorContext} for driver tests: one subtask, a plain accumulator map. */
public final class TestOperatorContext implements OperatorContext {

    public static final String OPERATOR_NAME = "TestOperator";

    private final boolean objectReuse;
    private final Map<String, Object> accumulators = new HashMap<>();
    private volatile boolean cancelled;

    public TestOperatorContext(boolean objectReuse) {
        this.objectReuse = objectReuse;
    }

    @Override
    public String getOperatorName() {
        return OPERATOR_NAME;
    }

    @Override
    public String getTaskNameWithSubtask() {
        return OPERATOR_NAME + " (1/1)";
    }

    @Override
    public int getSubtaskIndex() {
        return 0;
    }

    @Override
    public int getParallelism() {
        return 1;
    }

    @Override
    public ClassLoader getUserCodeClassLoader() {
        return getClass().getClassLoader();
    }

    @Override
    public boolean isObjectReuseEnabled() {
        return objectReuse;
    }

    @Override
    public Map<String, String> getJobParameters() {
        return Map.of();
    }

    @Override
    public Map<String, Object> getAccumulators() {
        return accumulators;
    }

    @Override
    public InputSplitProvider getInputSplitProvider() {
        return null;
    }

    @Override
    public boolean isCancelled() {
        return cancelled;
    }

    public void cancel() {
        cancelled = true;
    }
}
