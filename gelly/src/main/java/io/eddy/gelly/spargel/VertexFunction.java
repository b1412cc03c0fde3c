package io.eddy.gelly.spargel;

import io.eddy.api.aggregators.Aggregator;
import io.eddy.api.functions.IterationRuntimeContext;
import io.eddy.api.types.Value;
import java.io.Serializable;
import java.util.Collection;

/**
 * What the scatter and gather functions share: superstep hooks, the superstep number, aggregators,
 * broadcast sets, and the degrees and vertex count a configuration may ask for.
 */
abstract class VertexFunction implements Serializable {

    private static final long serialVersionUID = 1L;

    private long numberOfVertices = -1L;

    private transient IterationRuntimeContext runtimeContext;

    private transient long inDegree = -1L;

    private transient long outDegree = -1L;

    /** Called at the start of every superstep, before the function's first call. */
    public void preSuperstep() throws Exception {
    }

    /** Called at the end of every superstep, after the function's last call. */
    public void postSuperstep() throws Exception {
    }

    /** The superstep, counted from 1. */
    public int getSuperstepNumber() {
        return runtimeContext.getSuperstepNumber();
    }

    public <T extends Aggregator<?>> T getIterationAggregator(String name) {
        return runtimeContext.getIterationAggregator(name);
    }

    public <T extends Value> T getPreviousIterationAggregate(String name) {
        return runtimeContext.getPreviousIterationAggregate(name);
    }

    public <T> Collection<T> getBroadcastSet(String name) {
        return runtimeContext.getBroadcastVariable(name);
    }

    /** The vertex's in-degree, or -1 unless degrees were enabled in the configuration. */
    public long getInDegree() {
        return inDegree;
    }

    /** The vertex's out-degree, or -1 unless degrees were enabled in the configuration. */
    public long getOutDegree() {
        return outDegree;
    }

    /** The number of vertices, or -1 unless its counting was enabled in the configuration. */
    public long getNumberOfVertices() {
        return numberOfVertices;
    }

    void init(IterationRuntimeContext context, long numberOfVertices) {
        this.runtimeContext = context;
        this.numberOfVertices = numberOfVertices;
    }

    void setDegrees(long inDegree, long outDegree) {
        this.inDegree = inDegree;
        this.outDegree = outDegree;
    }
}
