package io.eddy.api.aggregators;

import io.eddy.api.types.Value;
import java.io.Serializable;

/**
 * Decides, after each superstep of a bulk iteration, whether the iteration has converged, from the
 * global value of the aggregator it was registered with. The iteration coordinator calls it once per
 * superstep with that superstep's merged aggregate; returning true ends the iteration before its
 * maximum number of supersteps.
 *
 * @param <T> the type of the aggregate the criterion reads
 */
@FunctionalInterface
public interface ConvergenceCriterion<T extends Value> extends Serializable {

    /**
     * @param iteration the superstep that just ended, starting at 1
     * @param value the global aggregate of that superstep
     * @return true to stop iterating
     */
    boolean isConverged(int iteration, T value);
}
