package io.eddy.gelly.generator;

import io.eddy.api.ExecutionConfig;

/** Holds the parallelism shared by all generators, as Flink's {@code GraphGeneratorBase}. */
public abstract class GraphGeneratorBase<K, VV, EV> implements GraphGenerator<K, VV, EV> {

    protected int parallelism = ExecutionConfig.PARALLELISM_DEFAULT;

    @Override
    public GraphGenerator<K, VV, EV> setParallelism(int parallelism) {
        if (parallelism < 1 && parallelism != ExecutionConfig.PARALLELISM_DEFAULT) {
            throw new IllegalArgumentException("The parallelism must be at least 1, or PARALLELISM_DEFAULT.");
        }
        this.parallelism = parallelism;
        return this;
    }
}
