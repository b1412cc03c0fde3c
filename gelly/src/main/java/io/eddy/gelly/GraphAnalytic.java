package io.eddy.gelly;

/**
 * A computation over a graph whose result is a value, not a DataSet: {@link #run(Graph)} adds its
 * operators to the graph's plan, and the value is ready once that plan has been executed, by
 * {@link #execute()} or by the program's own {@code env.execute()}.
 *
 * @param <K> the vertex id type
 * @param <VV> the vertex value type
 * @param <EV> the edge value type
 * @param <T> the result type
 */
public interface GraphAnalytic<K, VV, EV, T> {

    /** The result, available after the plan holding this analytic has been executed. */
    T getResult();

    /** Executes the plan and returns the result. */
    T execute() throws Exception;

    /** Executes the plan under the given job name and returns the result. */
    T execute(String jobName) throws Exception;

    /** Adds this analytic's operators to the plan of {@code input}; nothing runs yet. */
    GraphAnalytic<K, VV, EV, T> run(Graph<K, VV, EV> input) throws Exception;
}
