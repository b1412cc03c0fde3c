package io.eddy.runtime.task;

import io.eddy.runtime.io.InputSplitProvider;
import io.eddy.runtime.operator.OperatorContext;
import java.util.Map;

/** The {@link OperatorContext} of one operator in a task; everything but the name is shared by the chain. */
final class TaskOperatorContext implements OperatorContext {

    private final String operatorName;
    private final Task task;

    TaskOperatorContext(String operatorName, Task task) {
        this.operatorName = operatorName;
        this.task = task;
    }

    @Override
    public String getOperatorName() {
        return operatorName;
    }

    @Override
    public String getTaskNameWithSubtask() {
        return task.nameWithSubtask();
    }

    @Override
    public int getSubtaskIndex() {
        return task.subtaskIndex();
    }

    @Override
    public int getParallelism() {
        return task.parallelism();
    }

    @Override
    public ClassLoader getUserCodeClassLoader() {
        return task.userCodeClassLoader();
    }

    @Override
    public boolean isObjectReuseEnabled() {
        return task.objectReuse();
    }

    @Override
    public Map<String, String> getJobParameters() {
        return task.jobParameters();
    }

    @Override
    public Map<String, Object> getAccumulators() {
        return task.accumulators();
    }

    @Override
    public InputSplitProvider getInputSplitProvider() {
        return task.inputSplitProvider();
    }

    @Override
    public boolean isCancelled() {
        return task.isCancelled();
    }
}
