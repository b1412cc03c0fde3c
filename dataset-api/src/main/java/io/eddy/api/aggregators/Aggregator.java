package io.eddy.api.aggregators;

import io.eddy.api.types.Value;
import java.io.Serializable;

/**
 * Aggregates values across all parallel instances of an iteration step, once per superstep; the
 * result of superstep n is visible in superstep n+1 and to convergence criteria.
 */
public interface Aggregator<T extends Value> extends Serializable {

    /** The aggregate of the current superstep so far. */
    T getAggregate();

    /** Folds a partial aggregate (from another instance) into this one. */
    void aggregate(T element);

    /** Resets to the neutral value before a superstep starts. */
    void reset();
}
