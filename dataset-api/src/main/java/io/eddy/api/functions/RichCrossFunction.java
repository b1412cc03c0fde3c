package io.eddy.api.functions;

/** A {@link CrossFunction} with open/close and a runtime context; see {@link RichFunction}. */
public abstract class RichCrossFunction<IN1, IN2, OUT> extends AbstractRichFunction implements CrossFunction<IN1, IN2, OUT> {

    private static final long serialVersionUID = 1L;

    @Override
    public abstract OUT cross(IN1 first, IN2 second) throws Exception;
}
