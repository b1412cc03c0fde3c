package io.eddy.runtime.testutil;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Where test sinks put what they receive. Operators are deserialized per subtask, so they cannot
 * hand results back by reference; they file them here under a test-chosen name and their subtask.
 */
public final class Collected {

    private static final Map<String, Queue<Object>> RESULTS = new ConcurrentHashMap<>();

    private Collected() {}

    public static void add(String name, int subtask, Object record) {
        RESULTS.computeIfAbsent(name + "/" + subtask, k -> new ConcurrentLinkedQueue<>()).add(record);
    }

    /** What subtask {@code subtask} of sink {@code name} received, in arrival order. */
    @SuppressWarnings("unchecked")
    public static <T> List<T> of(String name, int subtask) {
        Queue<Object> queue = RESULTS.get(name + "/" + subtask);
        return queue == null ? new ArrayList<>() : new ArrayList<>((Queue<T>) (Queue<?>) queue);
    }

    /** What all subtasks of sink {@code name} received. */
    public static <T> List<T> all(String name, int parallelism) {
        List<T> all = new ArrayList<>();
        for (int i = 0; i < parallelism; i++) {
            all.addAll(Collected.<T>of(name, i));
        }
        return all;
    }

    public static void clear() {
        RESULTS.clear();
    }
}
