package io.eddy.exec;

import io.eddy.api.ExecutionConfig;
import io.eddy.api.accumulators.Accumulator;
import io.eddy.api.accumulators.DoubleCounter;
import io.eddy.api.accumulators.Histogram;
import io.eddy.api.accumulators.IntCounter;
import io.eddy.api.accumulators.LongCounter;
import io.eddy.api.functions.BroadcastVariableInitializer;
import io.eddy.api.functions.RuntimeContext;
import io.eddy.runtime.operator.OperatorContext;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The {@link RuntimeContext} a driver gives its rich function: identity of the subtask from the
 * {@link OperatorContext}, accumulators stored in the task's accumulator map (which the client merges
 * over all subtasks), and the broadcast sets the driver collected before opening the function.
 *
 * <p>Accumulators: all operators of a task share one map. Registering a name that already holds an
 * accumulator of another class is an error. Registering a second accumulator object of the same class
 * (two chained functions, or a function reopened) keeps the registered one and merges the new one's
 * value into it when the driver closes ({@link #mergePendingAccumulators()}), so nothing counted is lost.
 */
public class DriverRuntimeContext implements RuntimeContext {

    private final OperatorContext context;
    private final ExecutionConfig executionConfig;
    private final Map<String, List<Object>> broadcastSets;
    private final Map<String, Object> initializedBroadcastSets = new HashMap<>();
    private final List<Accumulator<?, ?>[]> pendingMerges = new ArrayList<>();

    /**
     * @param broadcastSets the broadcast records by name; each list is complete before the user
     *     function is opened and is not modified afterwards
     */
    public DriverRuntimeContext(OperatorContext context, ExecutionConfig executionConfig, Map<String, List<Object>> broadcastSets) {
        this.context = context;
        this.executionConfig = executionConfig;
        this.broadcastSets = broadcastSets;
    }

    @Override
    public String getTaskName() {
        return context.getOperatorName();
    }

    @Override
    public String getTaskNameWithSubtasks() {
        return context.getTaskNameWithSubtask();
    }

    @Override
    public int getNumberOfParallelSubtasks() {
        return context.getParallelism();
    }

    /** Batch jobs do not rescale, so the maximum parallelism is the parallelism. */
    @Override
    public int getMaxNumberOfParallelSubtasks() {
        return context.getParallelism();
    }

    @Override
    public int getIndexOfThisSubtask() {
        return context.getSubtaskIndex();
    }

    /** Failed tasks are not retried individually yet: every run is the first attempt. */
    @Override
    public int getAttemptNumber() {
        return 0;
    }

    @Override
    public ExecutionConfig getExecutionConfig() {
        return executionConfig;
    }

    @Override
    public ClassLoader getUserCodeClassLoader() {
        return context.getUserCodeClassLoader();
    }

    @Override
    public <V, A extends Serializable> void addAccumulator(String name, Accumulator<V, A> accumulator) {
        if (name == null || accumulator == null) {
            throw new IllegalArgumentException("accumulator name and accumulator must not be null");
        }
        Map<String, Object> accumulators = context.getAccumulators();
        Object existing = accumulators.get(name);
        if (existing == null) {
            accumulators.put(name, accumulator);
        } else if (existing != accumulator) {
            if (existing.getClass() != accumulator.getClass()) {
                throw new UnsupportedOperationException("The accumulator '" + name + "' already exists with type "
                        + existing.getClass().getName() + " and cannot be added with type " + accumulator.getClass().getName());
            }
            pendingMerges.add(new Accumulator<?, ?>[] {(Accumulator<?, ?>) existing, accumulator});
        }
    }

    @Override
    @SuppressWarnings("unchecked")
    public <V, A extends Serializable> Accumulator<V, A> getAccumulator(String name) {
        return (Accumulator<V, A>) context.getAccumulators().get(name);
    }

    @Override
    public IntCounter getIntCounter(String name) {
        return getOrCreate(name, IntCounter.class, IntCounter::new);
    }

    @Override
    public LongCounter getLongCounter(String name) {
        return getOrCreate(name, LongCounter.class, LongCounter::new);
    }

    @Override
    public DoubleCounter getDoubleCounter(String name) {
        return getOrCreate(name, DoubleCounter.class, DoubleCounter::new);
    }

    @Override
    public Histogram getHistogram(String name) {
        return getOrCreate(name, Histogram.class, Histogram::new);
    }

    private <T extends Accumulator<?, ?>> T getOrCreate(String name, Class<T> type, Supplier<T> creator) {
        Object existing = context.getAccumulators().get(name);
        if (existing == null) {
            T created = creator.get();
            context.getAccumulators().put(name, created);
            return created;
        }
        if (!type.isInstance(existing)) {
            throw new UnsupportedOperationException("The accumulator '" + name + "' already exists with type "
                    + existing.getClass().getName() + ", not " + type.getName());
        }
        return type.cast(existing);
    }

    /**
     * Merges accumulators that were added under an already registered name into the registered ones.
     * The driver calls this once, when it closes.
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public void mergePendingAccumulators() {
        for (Accumulator[] pair : pendingMerges) {
            pair[0].merge(pair[1]);
        }
        pendingMerges.clear();
    }

    @Override
    public boolean hasBroadcastVariable(String name) {
        return broadcastSets.containsKey(name);
    }

    @Override
    @SuppressWarnings("unchecked")
    public <RT> List<RT> getBroadcastVariable(String name) {
        return (List<RT>) Collections.unmodifiableList(broadcastSet(name));
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T, C> C getBroadcastVariableWithInitializer(String name, BroadcastVariableInitializer<T, C> initializer) {
        List<Object> records = broadcastSet(name);
        Object initialized = initializedBroadcastSets.get(name);
        if (initialized == null && !initializedBroadcastSets.containsKey(name)) {
            initialized = initializer.initializeBroadcastVariable((Iterable<T>) (List<?>) Collections.unmodifiableList(records));
            initializedBroadcastSets.put(name, initialized);
        }
        return (C) initialized;
    }

    private List<Object> broadcastSet(String name) {
        List<Object> records = broadcastSets.get(name);
        if (records == null) {
            throw new IllegalArgumentException("The broadcast variable '" + name + "' does not exist in "
                    + context.getOperatorName() + "; known broadcast variables: " + broadcastSets.keySet());
        }
        return records;
    }
}
