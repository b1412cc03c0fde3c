package io.eddy.api.aggregators;

import io.eddy.api.types.Value;
import java.util.Objects;

/** An aggregator together with the name functions use to look it up in their iteration runtime context. */
public final class AggregatorWithName<T extends Value> {

    private final String name;
    private final Aggregator<T> aggregator;

    public AggregatorWithName(String name, Aggregator<T> aggregator) {
        this.name = Objects.requireNonNull(name, "name");
        this.aggregator = Objects.requireNonNull(aggregator, "aggregator");
    }

    public String getName() {
        return name;
    }

    public Aggregator<T> getAggregator() {
        return aggregator;
    }

    @Override
    public String toString() {
        return name + " (" + aggregator.getClass().getName() + ")";
    }
}
