package io.eddy.gelly;

/**
 * An algorithm over a graph, run with {@link Graph#run(GraphAlgorithm)}; the result may be a graph,
 * a DataSet or a plain value.
 *
 * @param <K> the vertex id type
 * @param <VV> the vertex value type
 * @param <EV> the edge value type
 * @param <T> the result type
 */
public interface GraphAlgorithm<K, VV, EV, T> {

    T run(Graph<K, VV, EV> input) throws Exception;
}
