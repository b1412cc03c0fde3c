package io.eddy.yarn.client;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What an Eddy session on YARN looks like: the application (name, queue, tags, attempts, the
 * ApplicationMaster's container), its TaskExecutors (how many, their containers, slots and managed
 * memory), the files to ship, and the cluster settings. Build one with {@link #builder()}.
 *
 * @param shipFiles local files every container gets in its working directory (jars go on the class
 *                  path); may be empty when {@code yarn.application.classpath} already holds Eddy
 * @param settings  cluster settings ({@code key=value}) for the JobManager and the TaskExecutors
 * @param maxFailedContainers TaskExecutor containers that may fail before the session gives up
 * @param taskExecutorJavaOptions extra options of the TaskExecutor JVMs
 * @param startTimeout how long {@link YarnSessionClient#start} waits for the JobManager to register
 */
public record SessionSpec(String name, String queue, Set<String> tags, int maxAttempts, int masterMemoryMb,
                          int masterVcores, int taskExecutors, int taskExecutorMemoryMb, int taskExecutorVcores,
                          int slotsPerTaskExecutor, long managedMemoryBytes, int maxFailedContainers,
                          List<String> taskExecutorJavaOptions, List<Path> shipFiles, Map<String, String> settings, Duration startTimeout) {

    public SessionSpec {
        tags = Set.copyOf(tags);
        taskExecutorJavaOptions = List.copyOf(taskExecutorJavaOptions);
        shipFiles = List.copyOf(shipFiles);
        settings = Map.copyOf(settings);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Collects a {@link SessionSpec}; every value has a default. */
    public static final class Builder {
        private String name = "Eddy session";
        private String queue = "default";
        private final Set<String> tags = new LinkedHashSet<>();
        private int maxAttempts = 1;
        private int masterMemoryMb = 768;
        private int masterVcores = 1;
        private int taskExecutors = 1;
        private int taskExecutorMemoryMb = 1024;
        private int taskExecutorVcores = 1;
        private int slots = 1;
        private long managedMemoryBytes = -1;
        private int maxFailedContainers = -1;
        private final List<String> javaOptions = new ArrayList<>();
        private final List<Path> shipFiles = new ArrayList<>();
        private final Map<String, String> settings = new LinkedHashMap<>();
        private Duration startTimeout = Duration.ofMinutes(3);

        private Builder() {}

        public Builder name(String value) {
            name = value;
            return this;
        }

        public Builder queue(String value) {
            queue = value;
            return this;
        }

        public Builder tag(String value) {
            tags.add(value);
            return this;
        }

        /**
         * How often YARN may start the ApplicationMaster (default 1). For a session a new attempt is a
         * new, empty session with another JobManager address, whose running jobs are lost; for an
         * application that runs a program, a new attempt runs the program again from its start.
         */
        public Builder maxAttempts(int value) {
            maxAttempts = value;
            return this;
        }

        /** The ApplicationMaster's container, which also holds the JobManager (default 768 MB, 1 vcore). */
        public Builder master(int memoryMb, int vcores) {
            masterMemoryMb = memoryMb;
            masterVcores = vcores;
            return this;
        }

        public Builder taskExecutors(int count) {
            taskExecutors = count;
            return this;
        }

        /** Each TaskExecutor's container (default 1024 MB, 1 vcore). */
        public Builder taskExecutorContainer(int memoryMb, int vcores) {
            taskExecutorMemoryMb = memoryMb;
            taskExecutorVcores = vcores;
            return this;
        }

        public Builder slotsPerTaskExecutor(int value) {
            slots = value;
            return this;
        }

        /** Each TaskExecutor's managed memory (default a quarter of its container). */
        public Builder managedMemory(long bytes) {
            managedMemoryBytes = bytes;
            return this;
        }

        /** Default: three per TaskExecutor. */
        public Builder maxFailedContainers(int value) {
            maxFailedContainers = value;
            return this;
        }

        /** Adds options to the TaskExecutor JVMs' command line (each one word, e.g. {@code -XX:+UseSerialGC}). */
        public Builder taskExecutorJavaOptions(String... options) {
            javaOptions.addAll(List.of(options));
            return this;
        }

        public Builder ship(Path file) {
            shipFiles.add(file);
            return this;
        }

        public Builder setting(String key, String value) {
            settings.put(key, value);
            return this;
        }

        public Builder startTimeout(Duration value) {
            startTimeout = value;
            return this;
        }

        public SessionSpec build() {
            long managed = managedMemoryBytes > 0 ? managedMemoryBytes : ((long) taskExecutorMemoryMb << 20) / 4;
            int failures = maxFailedContainers >= 0 ? maxFailedContainers : 3 * taskExecutors;
            return new SessionSpec(name, queue, tags, maxAttempts, masterMemoryMb, masterVcores, taskExecutors,
                    taskExecutorMemoryMb, taskExecutorVcores, slots, managed, failures, javaOptions, shipFiles, settings, startTimeout);
        }
    }
}
