package io.eddy.api.functions;

/** A {@link ReduceFunction} with open/close and a runtime context; see {@link RichFunction}. */
public abstract class RichReduceFunction<T> extends AbstractRichFunction implements ReduceFunction<T> {

    private static final long serialVersionUID = 1L;

    @Override
    public abstract T reduce(T value1, T value2) throws Exception;
}
