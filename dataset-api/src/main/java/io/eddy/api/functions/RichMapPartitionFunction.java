package io.eddy.api.functions;

/** A {@link MapPartitionFunction} with open/close and a runtime context; see {@link RichFunction}. */
public abstract class RichMapPartitionFunction<I, O> extends AbstractRichFunction implements MapPartitionFunction<I, O> {

    private static final long serialVersionUID = 1L;

    @Override
    public abstract void mapPartition(Iterable<I> values, Collector<O> out) throws Exception;
}
