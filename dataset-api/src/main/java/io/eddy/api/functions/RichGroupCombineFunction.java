package io.eddy.api.functions;

/** A {@link GroupCombineFunction} with open/close and a runtime context; see {@link RichFunction}. */
public abstract class RichGroupCombineFunction<IN, OUT> extends AbstractRichFunction implements GroupCombineFunction<IN, OUT> {

    private static final long serialVersionUID = 1L;

    @Override
    public abstract void combine(Iterable<IN> values, Collector<OUT> out) throws Exception;
}
