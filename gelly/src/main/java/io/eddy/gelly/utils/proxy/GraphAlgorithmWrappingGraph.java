package io.eddy.gelly.utils.proxy;

import io.eddy.gelly.Graph;

/**
 * A library algorithm whose result is a Graph; subclasses implement {@link #runInternal(Graph)}.
 *
 * @param <IN_K> the input vertex id type
 * @param <IN_VV> the input vertex value type
 * @param <IN_EV> the input edge value type
 * @param <OUT_K> the output vertex id type
 * @param <OUT_VV> the output vertex value type
 * @param <OUT_EV> the output edge value type
 */
public abstract class GraphAlgorithmWrappingGraph<IN_K, IN_VV, IN_EV, OUT_K, OUT_VV, OUT_EV>
        extends GraphAlgorithmWrappingBase<IN_K, IN_VV, IN_EV, Graph<OUT_K, OUT_VV, OUT_EV>> {

    /** Adds the algorithm's operators to the plan of {@code input}. */
    protected abstract Graph<OUT_K, OUT_VV, OUT_EV> runInternal(Graph<IN_K, IN_VV, IN_EV> input) throws Exception;

    @Override
    public final Graph<OUT_K, OUT_VV, OUT_EV> run(Graph<IN_K, IN_VV, IN_EV> input) throws Exception {
        return runInternal(input);
    }
}
