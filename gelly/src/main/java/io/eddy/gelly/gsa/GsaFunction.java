package io.eddy.gelly.gsa;

import io.eddy.api.aggregators.Aggregator;
import io.eddy.api.functions.IterationRuntimeContext;
import io.eddy.api.types.Value;
import java.io.Serializable;
import java.util.Collection;

/** What the gather, sum and apply functions share: the superstep, aggregators, broadcast sets. */
abstract class GsaFunction implements Serializable {

    private static final long serialVersionUID = 1L;

    private long numberOfVertices = -1L;

    private transient IterationRuntimeContext runtimeContext;

    /** Called at the start of every superstep. */
    public void preSuperstep() throws Exception {
    }

    /** Called at the end of every superstep. */
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

    /** The number of vertices, or -1 unless its counting was enabled in the configuration. */
    public long getNumberOfVertices() {
        return numberOfVertices;
    }

    /** At the start of a superstep: takes the superstep's context and calls {@link #preSuperstep()}. */
    void open(IterationRuntimeContext context, long numberOfVertices) throws Exception {
        this.runtimeContext = context;
        this.numberOfVertices = numberOfVertices;
        preSuperstep();
    }
}
