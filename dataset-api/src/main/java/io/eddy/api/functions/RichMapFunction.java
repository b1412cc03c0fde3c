package io.eddy.api.functions;

/** A {@link MapFunction} with open/close and a runtime context; see {@link RichFunction}. */
public abstract class RichMapFunction<IN, OUT> extends AbstractRichFunction implements MapFunction<IN, OUT> {

    private static final long serialVersionUID = 1L;

    @Override
    public abstract OUT map(IN value) throws Exception;
}
