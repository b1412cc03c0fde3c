package io.eddy.api.aggregators;

import io.eddy.api.types.Value;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The aggregators of one iteration, by name, and at most one convergence criterion reading one of
 * them. {@code IterativeDataSet.getAggregators()} returns it; the plan carries it to the iteration
 * coordinator.
 */
public class AggregatorRegistry {

    private final Map<String, Aggregator<?>> registry = new LinkedHashMap<>();

    private ConvergenceCriterion<? extends Value> convergenceCriterion;

    private String convergenceCriterionAggregatorName;

    /**
     * Registers {@code aggregator} under {@code name}.
     *
     * @throws IllegalArgumentException if the name is empty or already taken
     */
    public void registerAggregator(String name, Aggregator<?> aggregator) {
        if (name == null || name.isEmpty()) {
            throw new IllegalArgumentException("An aggregator needs a non-empty name.");
        }
        Objects.requireNonNull(aggregator, "aggregator");
        if (registry.containsKey(name)) {
            throw new IllegalArgumentException("An aggregator is already registered under the name '" + name + "'.");
        }
        registry.put(name, aggregator);
    }

    /**
     * Registers {@code aggregator} under {@code name} and {@code criterion} to read its global value
     * after each superstep. An iteration has one criterion: registering another replaces the
     * criterion, while the earlier aggregator stays registered.
     */
    public <T extends Value> void registerAggregationConvergenceCriterion(
            String name, Aggregator<T> aggregator, ConvergenceCriterion<T> criterion) {
        Objects.requireNonNull(criterion, "criterion");
        registerAggregator(name, aggregator);
        this.convergenceCriterion = criterion;
        this.convergenceCriterionAggregatorName = name;
    }

    /** Every registered aggregator, the criterion's included, in registration order. */
    public Collection<AggregatorWithName<?>> getAllRegisteredAggregators() {
        List<AggregatorWithName<?>> all = new ArrayList<>(registry.size());
        for (Map.Entry<String, Aggregator<?>> entry : registry.entrySet()) {
            all.add(withName(entry.getKey(), entry.getValue()));
        }
        return all;
    }

    /** The aggregator registered under {@code name}, or null. */
    public Aggregator<?> getAggregator(String name) {
        return registry.get(name);
    }

    /** The convergence criterion, or null if none is registered. */
    public ConvergenceCriterion<? extends Value> getConvergenceCriterion() {
        return convergenceCriterion;
    }

    /** The name of the aggregator the convergence criterion reads, or null. */
    public String getConvergenceCriterionAggregatorName() {
        return convergenceCriterionAggregatorName;
    }

    /** Adds every aggregator and the criterion of {@code other}, e.g. when a plan copies an iteration. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public void addAll(AggregatorRegistry other) {
        for (Map.Entry<String, Aggregator<?>> entry : other.registry.entrySet()) {
            if (!entry.getKey().equals(other.convergenceCriterionAggregatorName)) {
                registerAggregator(entry.getKey(), entry.getValue());
            }
        }
        if (other.convergenceCriterion != null) {
            registerAggregationConvergenceCriterion(other.convergenceCriterionAggregatorName,
                    (Aggregator) other.registry.get(other.convergenceCriterionAggregatorName),
                    (ConvergenceCriterion) other.convergenceCriterion);
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static AggregatorWithName<?> withName(String name, Aggregator<?> aggregator) {
        return new AggregatorWithName(name, aggregator);
    }
}
