package io.eddy.api.functions;

/** A {@link GroupReduceFunction} with open/close and a runtime context; see {@link RichFunction}. */
public abstract class RichGroupReduceFunction<IN, OUT> extends AbstractRichFunction implements GroupReduceFunction<IN, OUT> {

    private static final long serialVersionUID = 1L;

    @Override
    public abstract void reduce(Iterable<IN> values, Collector<OUT> out) throws Exception;
}
