package io.eddy.yarn;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the ApplicationMaster is told on its command line: how many TaskExecutors to keep running,
 * the container each gets, and the cluster settings ({@code key=value}, e.g. {@code heartbeat.timeout})
 * that both the JobManager and the TaskExecutors read. The client writes it with {@link #toArguments},
 * the ApplicationMaster reads it with {@link #parse}: one class owns the format.
 *
 * @param taskExecutors the TaskExecutors the session keeps running
 * @param memoryMb each TaskExecutor container's memory
 * @param vcores each TaskExecutor container's virtual cores
 * @param slots each TaskExecutor's slots
 * @param managedMemoryBytes each TaskExecutor's managed memory (off the heap, inside the container's memory)
 * @param maxFailedContainers how many TaskExecutor containers may fail before the session gives up
 * @param javaOptions extra options of the TaskExecutor JVMs (each without spaces), e.g. GC flags
 * @param settings cluster settings for the JobManager and the TaskExecutors
 */
public record SessionArguments(int taskExecutors, int memoryMb, int vcores, int slots, long managedMemoryBytes,
                               int maxFailedContainers, List<String> javaOptions, Map<String, String> settings) {

    /** What the JVM needs besides heap and managed memory (metaspace, threads, network buffers), at least. */
    private static final int MIN_JVM_OVERHEAD_MB = 128;

    public SessionArguments {
        if (taskExecutors < 0 || memoryMb <= 0 || vcores <= 0 || slots <= 0 || managedMemoryBytes <= 0
                || maxFailedContainers < 0) {
            throw new IllegalArgumentException("invalid TaskExecutor resources: " + taskExecutors + " x " + memoryMb
                    + " MB, " + vcores + " vcores, " + slots + " slots, " + managedMemoryBytes + " bytes managed memory");
        }
        if (heapMb(memoryMb, managedMemoryBytes) < 64) {
            throw new IllegalArgumentException(memoryMb + " MB per TaskExecutor leave too little heap beside "
                    + (managedMemoryBytes >> 20) + " MB of managed memory");
        }
        for (String option : javaOptions) {
            if (option.isBlank() || option.chars().anyMatch(Character::isWhitespace)) {
                throw new IllegalArgumentException("a TaskExecutor JVM option may not be empty or contain spaces: '"
                        + option + "'");
            }
        }
        javaOptions = List.copyOf(javaOptions);
        settings = Map.copyOf(settings);
    }

    /**
     * The heap of a JVM in a container of {@code containerMb} that also holds {@code offHeapBytes} of
     * managed memory: YARN counts the whole process, so the heap gets what is left after the off-heap
     * memory and the JVM's own overhead (a tenth of the container, at least {@value #MIN_JVM_OVERHEAD_MB} MB).
     */
    public static int heapMb(int containerMb, long offHeapBytes) {
        int overhead = Math.max(MIN_JVM_OVERHEAD_MB, containerMb / 10);
        return (int) (containerMb - (offHeapBytes >> 20) - overhead);
    }

    /** The TaskExecutor JVM's heap. */
    public int heapMb() {
        return heapMb(memoryMb, managedMemoryBytes);
    }

    /** The ApplicationMaster's arguments for these values. */
    public List<String> toArguments() {
        List<String> arguments = new ArrayList<>(List.of("--task-executors", Integer.toString(taskExecutors),
                "--memory", Integer.toString(memoryMb), "--vcores", Integer.toString(vcores),
                "--slots", Integer.toString(slots), "--managed-memory", Long.toString(managedMemoryBytes),
                "--max-failed-containers", Integer.toString(maxFailedContainers)));
        if (!javaOptions.isEmpty()) {
            arguments.addAll(List.of("--java-options", String.join(" ", javaOptions)));
        }
        settings.forEach((key, value) -> arguments.add(key + "=" + value));
        return arguments;
    }

    /** Reads what {@link #toArguments} wrote. */
    public static SessionArguments parse(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        Map<String, String> settings = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.startsWith("--") && i + 1 < args.length) {
                options.put(arg.substring(2), args[++i]);
            } else if (arg.indexOf('=') > 0) {
                settings.put(arg.substring(0, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
            } else {
                throw new IllegalArgumentException("unexpected argument '" + arg + "': use --name value or key=value");
            }
        }
        return new SessionArguments(Integer.parseInt(required(options, "task-executors")),
                Integer.parseInt(required(options, "memory")), Integer.parseInt(required(options, "vcores")),
                Integer.parseInt(required(options, "slots")), Long.parseLong(required(options, "managed-memory")),
                Integer.parseInt(required(options, "max-failed-containers")),
                options.containsKey("java-options") ? List.of(options.get("java-options").split(" ")) : List.of(),
                settings);
    }

    private static String required(Map<String, String> options, String name) {
        String value = options.get(name);
        if (value == null) {
            throw new IllegalArgumentException("the ApplicationMaster needs --" + name);
        }
        return value;
    }
}
