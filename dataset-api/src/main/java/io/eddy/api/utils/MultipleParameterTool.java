package io.eddy.api.utils;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Like {@link ParameterTool}, but a key may be given several times and keeps every value:
 * {@code --input a.txt --input b.txt} gives {@code getMultiParameter("input") = [a.txt, b.txt]}
 * (Flink's {@code MultipleParameterTool}). The single-value getters fail on keys with several values.
 */
public class MultipleParameterTool extends AbstractParameterTool {

    private static final long serialVersionUID = 1L;

    private final Map<String, Collection<String>> data;

    private MultipleParameterTool(Map<String, Collection<String>> data) {
        Map<String, Collection<String>> copy = new HashMap<>(data.size());
        for (Map.Entry<String, Collection<String>> entry : data.entrySet()) {
            copy.put(entry.getKey(), Collections.unmodifiableList(new ArrayList<>(entry.getValue())));
        }
        this.data = Collections.unmodifiableMap(copy);
        this.unrequestedParameters.addAll(data.keySet());
    }

    /** Parses arguments with {@link ParameterTool#fromArgs}' rules, keeping every value of a repeated key. */
    public static MultipleParameterTool fromArgs(String[] args) {
        Map<String, Collection<String>> map = new HashMap<>(args.length / 2 + 1);
        ArgumentParsing.parse(args, (key, value) -> map.computeIfAbsent(key, k -> new ArrayList<>()).add(value));
        return fromMultiMap(map);
    }

    public static MultipleParameterTool fromMultiMap(Map<String, Collection<String>> multiMap) {
        Objects.requireNonNull(multiMap, "Unable to initialize from empty map");
        return new MultipleParameterTool(multiMap);
    }

    @Override
    public int getNumberOfParameters() {
        return data.size();
    }

    /**
     * The single value of {@code key}, or null if it is missing.
     *
     * @throws IllegalStateException if the key has several values; use {@link #getMultiParameter}
     */
    @Override
    public String get(String key) {
        addToDefaults(key, null);
        unrequestedParameters.remove(key);
        Collection<String> values = data.get(key);
        if (values == null) {
            return null;
        }
        if (values.size() != 1) {
            throw new IllegalStateException("Key '" + key + "' has " + values.size()
                    + " values but should have one; read it with getMultiParameter");
        }
        return values.iterator().next();
    }

    @Override
    public boolean has(String key) {
        addToDefaults(key, null);
        unrequestedParameters.remove(key);
        return data.containsKey(key);
    }

    /** Every value of {@code key} in the order given, or null if it is missing. */
    public Collection<String> getMultiParameter(String key) {
        addToDefaults(key, null);
        unrequestedParameters.remove(key);
        return data.get(key);
    }

    /** @throws RuntimeException "No data for required key 'key'" if the key is missing */
    public Collection<String> getMultiParameterRequired(String key) {
        Collection<String> values = getMultiParameter(key);
        if (values == null) {
            throw new RuntimeException("No data for required key '" + key + "'");
        }
        return values;
    }

    /** Every key with its last value, as Flink flattens it for global job parameters. */
    @Override
    public Map<String, String> toMap() {
        Map<String, String> flat = new HashMap<>(data.size());
        for (Map.Entry<String, Collection<String>> entry : data.entrySet()) {
            List<String> values = (List<String>) entry.getValue();
            flat.put(entry.getKey(), values.isEmpty() ? NO_VALUE_KEY : values.get(values.size() - 1));
        }
        return flat;
    }

    /** Every key with all its values. */
    public Map<String, Collection<String>> toMultiMap() {
        return data;
    }

    /**
     * A tool holding the values of both tools; for a key in both, {@code other}'s values follow this
     * one's. A key counts as requested in the result if it was requested in either tool.
     */
    public MultipleParameterTool mergeWith(MultipleParameterTool other) {
        Map<String, Collection<String>> merged = new HashMap<>();
        for (Map.Entry<String, Collection<String>> entry : data.entrySet()) {
            merged.put(entry.getKey(), new ArrayList<>(entry.getValue()));
        }
        for (Map.Entry<String, Collection<String>> entry : other.data.entrySet()) {
            merged.computeIfAbsent(entry.getKey(), k -> new ArrayList<>()).addAll(entry.getValue());
        }
        MultipleParameterTool result = new MultipleParameterTool(merged);
        result.unrequestedParameters.removeAll(requestedKeys());
        result.unrequestedParameters.removeAll(other.requestedKeys());
        return result;
    }

    private Set<String> requestedKeys() {
        Set<String> requested = new HashSet<>(data.keySet());
        requested.removeAll(unrequestedParameters);
        return requested;
    }

    @Override
    protected Object clone() throws CloneNotSupportedException {
        return new MultipleParameterTool(data);
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof MultipleParameterTool)) {
            return false;
        }
        return data.equals(((MultipleParameterTool) o).data);
    }

    @Override
    public int hashCode() {
        return data.hashCode();
    }

    @Override
    public String toString() {
        return "MultipleParameterTool" + data;
    }
}
