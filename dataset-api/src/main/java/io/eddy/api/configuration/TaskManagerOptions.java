package io.eddy.api.configuration;

/**
 * Settings of the task executors that run a job's tasks (for a local environment: the embedded
 * cluster), under Flink's keys so that existing configurations keep their meaning.
 */
public final class TaskManagerOptions {

    private TaskManagerOptions() {
    }

    /**
     * Managed memory for sorting, hashing and caching: serialized records live there, and operators
     * spill to disk when it is full. Default for a local environment: a quarter of the maximum heap.
     */
    public static final ConfigOption<MemorySize> MANAGED_MEMORY_SIZE = ConfigOptions.key("taskmanager.memory.managed.size")
            .memoryType().noDefaultValue()
            .withDescription("Managed memory of a task executor, split evenly between its slots.");

    /** The size of a managed memory page (and of a network buffer): a power of two, at least 4 kb. */
    public static final ConfigOption<MemorySize> MEMORY_SEGMENT_SIZE = ConfigOptions.key("taskmanager.memory.segment-size")
            .memoryType().defaultValue(new MemorySize(32 * 1024))
            .withDescription("Size of memory pages and network buffers.");

    /** The number of parallel slots of a task executor; for a local environment the default is the job's parallelism. */
    public static final ConfigOption<Integer> NUM_TASK_SLOTS = ConfigOptions.key("taskmanager.numberOfTaskSlots")
            .intType().noDefaultValue()
            .withDescription("Parallel slots of a task executor.");
}
