package io.eddy.gelly.utils.proxy;

import io.eddy.api.ExecutionConfig;
import io.eddy.gelly.GraphAlgorithm;

/**
 * The configuration every library algorithm shares: the parallelism of its operators. Flink also
 * uses this class to reuse the result of an identically configured algorithm run twice on one
 * graph; Eddy does not cache, so running an algorithm twice adds its operators twice.
 *
 * @param <K> the vertex id type
 * @param <VV> the vertex value type
 * @param <EV> the edge value type
 * @param <R> the result type
 */
public abstract class GraphAlgorithmWrappingBase<K, VV, EV, R> implements GraphAlgorithm<K, VV, EV, R> {

    protected int parallelism = ExecutionConfig.PARALLELISM_DEFAULT;

    /** Sets the parallelism of this algorithm's operators; the default is the environment's. */
    public GraphAlgorithmWrappingBase<K, VV, EV, R> setParallelism(int parallelism) {
        if (parallelism < 1 && parallelism != ExecutionConfig.PARALLELISM_DEFAULT) {
            throw new IllegalArgumentException("The parallelism must be at least 1, or PARALLELISM_DEFAULT: "
                    + parallelism);
        }
        this.parallelism = parallelism;
        return this;
    }
}
