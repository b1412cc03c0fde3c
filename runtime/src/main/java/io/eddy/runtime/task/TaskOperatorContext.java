package io.eddy.runtime.task;

import io.eddy.runtime.io.disk.IOManager;
import io.eddy.runtime.memory.MemoryAllocationException;
import io.eddy.runtime.memory.MemoryManager;
import io.eddy.runtime.memory.MemorySegment;
import java.util.Collection;
import java.util.List;
import io.eddy.runtime.io.InputSplitProvider;
import io.eddy.runtime.operator.OperatorContext;
import java.util.Map;

/**
 * The {@link OperatorContext} of one operator in a task; everything but the name and the memory share
 * is shared by the chain. The context is the owner of the operator's pages in the memory manager, so
 * the task can take back what the operator did not return.
 */
final class TaskOperatorContext implements OperatorContext {

    private final String operatorName;
    private final Task task;
    private final MemoryManager memoryManager;
    private final int managedPages;
    /** Per input, whether only exchanges feed it (see {@link #ownsInputRecords}). */
    private final boolean[] ownedInputs;
    private int allocatedPages;

    TaskOperatorContext(String operatorName, Task task, MemoryManager memoryManager, int managedPages,
                        boolean[] ownedInputs) {
        this.operatorName = operatorName;
        this.task = task;
        this.memoryManager = memoryManager;
        this.managedPages = managedPages;
        this.ownedInputs = ownedInputs;
    }

    @Override
    public TaskIOMetrics getIOMetrics() {
        return task.ioMetrics();
    }

    @Override
    public int getManagedMemoryPages() {
        return managedPages;
    }

    @Override
    public List<MemorySegment> allocateManagedMemory(int numPages) throws MemoryAllocationException {
        if (allocatedPages + numPages > managedPages) {
            throw new MemoryAllocationException("Operator '" + operatorName + "' in " + task.nameWithSubtask()
                    + " asked for " + numPages + " pages of managed memory, but its share is " + managedPages
                    + " pages of which " + allocatedPages + " are in use");
        }
        List<MemorySegment> pages = memoryManager.allocatePages(this, numPages);
        allocatedPages += numPages;
        return pages;
    }

    @Override
    public void releaseManagedMemory(Collection<MemorySegment> pages) {
        allocatedPages -= pages.size();
        memoryManager.release(pages);
    }

    @Override
    public IOManager getIOManager() {
        return task.descriptor().ioManager();
    }

    @Override
    public io.eddy.runtime.iteration.IterationContext getIteration() {
        return task.iterationContext();
    }

    @Override
    public int getPageSize() {
        return memoryManager.getPageSize();
    }

    /** Returns every page the operator still holds; returns how many there were. */
    int releaseRemainingMemory() {
        allocatedPages = 0;
        return memoryManager.releaseAll(this);
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
    public boolean ownsInputRecords(int input) {
        return !task.objectReuse() && input >= 0 && input < ownedInputs.length && ownedInputs[input];
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
