package io.eddy.runtime.task;

import io.eddy.runtime.io.disk.IOManager;
import io.eddy.runtime.memory.MemoryAllocationException;
import io.eddy.runtime.memory.MemoryManager;
import io.eddy.runtime.memory.MemorySegment;
import io.eddy.runtime.memory.SpareSlotMemory;
import java.util.ArrayList;
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
    /** Where this operator's share goes when its task ends, and what it borrows from; may be null. */
    private final SpareSlotMemory spare;
    private int allocatedPages;
    /** Pages borrowed from {@link #spare} and still held beyond the share. */
    private int borrowedPages;

    TaskOperatorContext(String operatorName, Task task, MemoryManager memoryManager, int managedPages,
                        boolean[] ownedInputs, SpareSlotMemory spare) {
        this.operatorName = operatorName;
        this.spare = spare;
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
        if (allocatedPages + numPages > managedPages + borrowedPages) {
            throw new MemoryAllocationException("Operator '" + operatorName + "' in " + task.nameWithSubtask()
                    + " asked for " + numPages + " pages of managed memory, but its share is " + managedPages
                    + " pages of which " + allocatedPages + " are in use");
        }
        List<MemorySegment> pages = memoryManager.allocatePages(this, numPages);
        allocatedPages += numPages;
        return pages;
    }

    @Override
    public List<MemorySegment> borrowSpareMemory(int maxPages) throws MemoryAllocationException {
        int granted = spare == null ? 0 : spare.borrow(maxPages);
        if (granted == 0) {
            return new ArrayList<>();
        }
        List<MemorySegment> pages;
        try {
            pages = memoryManager.allocatePages(this, granted);
        } catch (MemoryAllocationException | RuntimeException e) {
            spare.add(granted);
            throw e;
        }
        borrowedPages += granted;
        allocatedPages += granted;
        return pages;
    }

    @Override
    public void releaseManagedMemory(Collection<MemorySegment> pages) {
        allocatedPages -= pages.size();
        memoryManager.release(pages);
        // borrowed pages the operator no longer holds beyond its share go back to the slot at once
        int unused = Math.min(borrowedPages, managedPages + borrowedPages - allocatedPages);
        if (unused > 0) {
            borrowedPages -= unused;
            spare.add(unused);
        }
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

    /**
     * Returns every page the operator still holds; returns how many there were. Called when the task
     * ends: the operator's share, and whatever it borrowed, become spare for the slot's other tasks.
     */
    int releaseRemainingMemory() {
        allocatedPages = 0;
        int leaked = memoryManager.releaseAll(this);
        if (spare != null) {
            spare.add(managedPages + borrowedPages);
        }
        borrowedPages = 0;
        return leaked;
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
