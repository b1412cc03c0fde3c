package io.eddy.exec;

import io.eddy.api.aggregators.Aggregator;
import io.eddy.api.aggregators.ConvergenceCriterion;
import io.eddy.api.types.Value;
import io.eddy.runtime.iteration.ConvergenceCheck;
import io.eddy.runtime.iteration.SuperstepAggregator;
import java.util.Map;

/**
 * The API's iteration aggregators and convergence criteria as the runtime's loop coordinator sees
 * them. The runtime copies an aggregator into every task; the driver's iteration context hands the
 * user the {@link Aggregator} inside its task's copy.
 */
public final class IterationAdapters {

    private IterationAdapters() {}

    /** A user {@link Aggregator} as a {@link SuperstepAggregator}. */
    public record AggregatorAdapter(Aggregator<Value> aggregator) implements SuperstepAggregator {

        @SuppressWarnings("unchecked")
        public static AggregatorAdapter of(Aggregator<?> aggregator) {
            return new AggregatorAdapter((Aggregator<Value>) aggregator);
        }

        @Override
        public Object value() {
            return aggregator.getAggregate();
        }

        @Override
        public void merge(Object partial) {
            aggregator.aggregate((Value) partial);
        }

        @Override
        public void reset() {
            aggregator.reset();
        }
    }

    /** A user {@link ConvergenceCriterion} over the aggregator registered as {@code aggregatorName}. */
    public record CriterionAdapter(String aggregatorName, ConvergenceCriterion<Value> criterion) implements ConvergenceCheck {

        @SuppressWarnings("unchecked")
        public static CriterionAdapter of(String aggregatorName, ConvergenceCriterion<?> criterion) {
            return new CriterionAdapter(aggregatorName, (ConvergenceCriterion<Value>) criterion);
        }

        @Override
        public boolean converged(int superstep, Map<String, Object> aggregates) {
            return criterion.isConverged(superstep, (Value) aggregates.get(aggregatorName));
        }
    }
}
