package io.eddy.api.functions;

/** A {@link FlatMapFunction} with open/close and a runtime context; see {@link RichFunction}. */
public abstract class RichFlatMapFunction<IN, OUT> extends AbstractRichFunction implements FlatMapFunction<IN, OUT> {

    private static final long serialVersionUID = 1L;

    @Override
    public abstract void flatMap(IN value, Collector<OUT> out) throws Exception;
}
