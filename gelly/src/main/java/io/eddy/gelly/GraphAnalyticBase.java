package io.eddy.gelly;

import io.eddy.api.ExecutionConfig;
import io.eddy.api.ExecutionEnvironment;

/**
 * The common part of a {@link GraphAnalytic}: it remembers the input's environment, so that
 * {@link #execute()} can run the plan, and carries the parallelism its operators use.
 */
public abstract class GraphAnalyticBase<K, VV, EV, T> implements GraphAnalytic<K, VV, EV, T> {

    protected ExecutionEnvironment env;

    protected int parallelism = ExecutionConfig.PARALLELISM_DEFAULT;

    /** Sets the parallelism of this analytic's operators; the default is the environment's. */
    public GraphAnalyticBase<K, VV, EV, T> setParallelism(int parallelism) {
        if (parallelism < 1 && parallelism != ExecutionConfig.PARALLELISM_DEFAULT) {
            throw new IllegalArgumentException("The parallelism must be at least 1, or PARALLELISM_DEFAULT: "
                    + parallelism);
        }
        this.parallelism = parallelism;
        return this;
    }

    @Override
    public GraphAnalyticBase<K, VV, EV, T> run(Graph<K, VV, EV> input) throws Exception {
        env = input.getContext();
        return this;
    }

    @Override
    public T execute() throws Exception {
        requireRun();
        env.execute();
        return getResult();
    }

    @Override
    public T execute(String jobName) throws Exception {
        requireRun();
        env.execute(jobName);
        return getResult();
    }

    private void requireRun() {
        if (env == null) {
            throw new IllegalStateException(getClass().getSimpleName()
                    + " has not been added to a plan: call graph.run(analytic) first");
        }
    }
}
