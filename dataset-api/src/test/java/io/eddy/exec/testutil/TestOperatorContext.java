package io.eddy.exec.testutil;

import io.eddy.runtime.io.InputSplitProvider;
import io.eddy.runtime.io.disk.IOManager;
import io.eddy.runtime.memory.MemoryAllocationException;
import io.eddy.runtime.memory.MemoryManager;
import io.eddy.runtime.memory.MemorySegment;
import io.eddy.runtime.operator.OperatorContext;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A hand-written {@link OperatorContext} for driver tests: one subtask, a plain accumulator map and a
 * memory manager of its own, so tests can grant little memory and check every page came back.
 */
public final class TestOperatorContext implements OperatorContext {

    public static final String OPERATOR_NAME = "TestOperator";
    /** Pages granted unless a test asks otherwise: 2 MiB of 32 KiB pages. */
    public static final int DEFAULT_PAGES = 64;

    private final boolean objectReuse;
    private final Map<String, Object> accumulators = new HashMap<>();
    private final MemoryManager memoryManager;
    private final int managedPages;
    private IOManager ioManager;
    private volatile boolean cancelled;

    private boolean chained;

    public TestOperatorContext(boolean objectReuse) {
        this(objectReuse, DEFAULT_PAGES, MemoryManager.DEFAULT_PAGE_SIZE);
    }

    public TestOperatorContext(boolean objectReuse, int managedPages, int pageSize) {
        this.objectReuse = objectReuse;
        this.managedPages = managedPages;
        this.memoryManager = new MemoryManager((long) Math.max(managedPages, 1) * pageSize, pageSize, true);
    }

    public MemoryManager memoryManager() {
        return memoryManager;
    }

    /** The I/O manager, created on first use; {@link #shutdown()} removes its files. */
    @Override
    public synchronized IOManager getIOManager() {
        if (ioManager == null) {
            try {
                ioManager = new IOManager();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return ioManager;
    }

    /** The spill files still on disk (none after a correct operator closed). */
    public synchronized List<File> spillFiles() {
        List<File> files = new ArrayList<>();
        if (ioManager != null) {
            for (File dir : ioManager.getSpillingDirectories()) {
                File[] inDir = dir.listFiles();
                if (inDir != null) {
                    files.addAll(Arrays.asList(inDir));
                }
            }
        }
        return files;
    }

    /** Closes the I/O manager and frees the memory. */
    public synchronized void shutdown() {
        if (ioManager != null) {
            ioManager.close();
        }
        memoryManager.shutdown();
    }

    @Override
    public int getManagedMemoryPages() {
        return managedPages;
    }

    @Override
    public List<MemorySegment> allocateManagedMemory(int numPages) throws MemoryAllocationException {
        return memoryManager.allocatePages(this, numPages);
    }

    @Override
    public void releaseManagedMemory(Collection<MemorySegment> pages) {
        memoryManager.release(pages);
    }

    @Override
    public int getPageSize() {
        return memoryManager.getPageSize();
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

    /**
     * Without reuse the harness hands over a new copy of every record, which it never touches again;
     * unless {@link #asChainedOperator()} says the records come from a chained operator.
     */
    @Override
    public boolean ownsInputRecords(int input) {
        return !objectReuse && !chained;
    }

    /** Makes the operator's records come from a chained operator, which may go on using them: it owns none. */
    public TestOperatorContext asChainedOperator() {
        chained = true;
        return this;
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
