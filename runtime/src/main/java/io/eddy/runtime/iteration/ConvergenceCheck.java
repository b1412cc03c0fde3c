package io.eddy.runtime.iteration;

import java.io.Serializable;
import java.util.Map;

/**
 * Decides on the iteration coordinator, after each superstep, whether the loop has converged, from
 * the superstep's global aggregates (by aggregator name). The API adapts its convergence criteria
 * to this.
 */
@FunctionalInterface
public interface ConvergenceCheck extends Serializable {

    /**
     * @param superstep the superstep that just ended, from 1
     * @param aggregates the merged aggregate of every aggregator of the loop for that superstep
     * @return true to end the loop now
     */
    boolean converged(int superstep, Map<String, Object> aggregates);
}
