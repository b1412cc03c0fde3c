package io.eddy.gelly.gsa;

import io.eddy.api.functions.Collector;
import io.eddy.gelly.Vertex;

/**
 * The apply step of a {@link GatherSumApplyIteration}: given the sum of what a vertex gathered and
 * its current value, it may set a new value with {@link #setResult}; only vertices set so take
 * part in the next superstep.
 *
 * @param <K> the vertex id type
 * @param <VV> the vertex value type
 * @param <M> the gathered value type
 */
public abstract class ApplyFunction<K, VV, M> extends GsaFunction {

    private static final long serialVersionUID = 1L;

    private transient K vertexId;

    private transient Collector<Vertex<K, VV>> out;

    private transient boolean resultSet;

    public abstract void apply(M newValue, VV currentValue);

    /** Sets the vertex's new value; at most once per {@link #apply}. */
    public final void setResult(VV value) {
        if (resultSet) {
            throw new IllegalStateException("setResult should only be called at most once per apply");
        }
        resultSet = true;
        out.collect(new Vertex<>(vertexId, value));
    }

    void set(K vertexId, Collector<Vertex<K, VV>> out) {
        this.vertexId = vertexId;
        this.out = out;
        this.resultSet = false;
    }
}
