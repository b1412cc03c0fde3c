package io.eddy.gelly.validation;

import io.eddy.gelly.Graph;
import java.io.Serializable;

/**
 * A check of a graph's consistency, run with {@link Graph#validate(GraphValidator)}. Validators may
 * run jobs (they usually count offending records).
 *
 * @param <K> the vertex id type
 * @param <VV> the vertex value type
 * @param <EV> the edge value type
 */
public abstract class GraphValidator<K, VV, EV> implements Serializable {

    private static final long serialVersionUID = 1L;

    public abstract boolean validate(Graph<K, VV, EV> graph) throws Exception;
}
