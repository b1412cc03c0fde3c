package io.eddy.gelly.utils.proxy;

import io.eddy.api.DataSet;
import io.eddy.gelly.Graph;

/**
 * A library algorithm whose result is a DataSet; subclasses implement {@link #runInternal(Graph)}.
 *
 * @param <K> the vertex id type
 * @param <VV> the vertex value type
 * @param <EV> the edge value type
 * @param <T> the result record type
 */
public abstract class GraphAlgorithmWrappingDataSet<K, VV, EV, T>
        extends GraphAlgorithmWrappingBase<K, VV, EV, DataSet<T>> {

    /** Adds the algorithm's operators to the plan of {@code input}. */
    protected abstract DataSet<T> runInternal(Graph<K, VV, EV> input) throws Exception;

    @Override
    public final DataSet<T> run(Graph<K, VV, EV> input) throws Exception {
        return runInternal(input);
    }
}
