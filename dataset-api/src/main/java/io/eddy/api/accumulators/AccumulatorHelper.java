package io.eddy.api.accumulators;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Merges the accumulators of a job's parallel instances into one value per name and turns them into
 * the results a {@code JobExecutionResult} carries. Accumulators are matched by name; two instances
 * that registered the same name with different accumulator classes are a program error.
 */
public final class AccumulatorHelper {

    private AccumulatorHelper() {}

    /**
     * Merges every accumulator of {@code toMerge} into {@code target}. A name that {@code target}
     * does not know yet gets a clone, so later merges never modify the instances' own accumulators.
     *
     * @throws UnsupportedOperationException if a name is bound to different accumulator classes
     */
    public static void mergeInto(Map<String, Accumulator<?, ?>> target, Map<String, Accumulator<?, ?>> toMerge) {
        for (Map.Entry<String, Accumulator<?, ?>> entry : toMerge.entrySet()) {
            Accumulator<?, ?> existing = target.get(entry.getKey());
            if (existing == null) {
                target.put(entry.getKey(), entry.getValue().clone());
            } else {
                compareAccumulatorTypes(entry.getKey(), existing.getClass(), entry.getValue().getClass());
                mergeSingle(existing, entry.getValue());
            }
        }
    }

    /** Merges {@code toMerge} into {@code target}; both must be of the same class. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public static void mergeSingle(Accumulator<?, ?> target, Accumulator<?, ?> toMerge) {
        ((Accumulator) target).merge((Accumulator) toMerge);
    }

    /**
     * Checks that the accumulator {@code name} has the same class everywhere it was registered.
     *
     * @throws UnsupportedOperationException naming the accumulator and both classes otherwise
     */
    public static void compareAccumulatorTypes(String name, Class<?> first, Class<?> second) {
        if (first == null || second == null) {
            throw new NullPointerException("accumulator classes must not be null");
        }
        if (first != second) {
            throw new UnsupportedOperationException("The accumulator '" + name
                    + "' was registered with two different types: " + first.getName() + " and " + second.getName()
                    + ". Every parallel instance must use the same accumulator class for a name.");
        }
    }

    /** The local value of each accumulator, by name, in the map's iteration order. */
    public static Map<String, Object> toResultMap(Map<String, Accumulator<?, ?>> accumulators) {
        Map<String, Object> results = new LinkedHashMap<>();
        for (Map.Entry<String, Accumulator<?, ?>> entry : accumulators.entrySet()) {
            results.put(entry.getKey(), entry.getValue().getLocalValue());
        }
        return results;
    }

    /** Independent copies of every accumulator, e.g. to snapshot values a running task keeps updating. */
    public static Map<String, Accumulator<?, ?>> copy(Map<String, Accumulator<?, ?>> accumulators) {
        Map<String, Accumulator<?, ?>> copies = new LinkedHashMap<>();
        for (Map.Entry<String, Accumulator<?, ?>> entry : accumulators.entrySet()) {
            copies.put(entry.getKey(), entry.getValue().clone());
        }
        return copies;
    }

    /**
     * One line per result, sorted by name, as the command line prints them after a job:
     * {@code name (ClassName): value}.
     */
    public static String getResultsFormatted(Map<String, Object> results) {
        if (results.isEmpty()) {
            return "";
        }
        StringBuilder builder = new StringBuilder();
        for (Map.Entry<String, Object> entry : new TreeMap<>(results).entrySet()) {
            Object value = entry.getValue();
            builder.append("- ").append(entry.getKey()).append(" (")
                    .append(value == null ? "null" : value.getClass().getName()).append("): ")
                    .append(value).append('\n');
        }
        return builder.toString();
    }
}
