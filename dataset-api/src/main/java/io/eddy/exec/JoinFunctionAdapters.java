package io.eddy.exec;

import io.eddy.api.configuration.Configuration;
import io.eddy.api.functions.AbstractRichFunction;
import io.eddy.api.functions.Collector;
import io.eddy.api.functions.FlatJoinFunction;
import io.eddy.api.functions.Function;
import io.eddy.api.functions.JoinFunction;
import io.eddy.api.functions.RichFunction;
import io.eddy.api.functions.RuntimeContext;
import io.eddy.api.tuple.Tuple2;

/**
 * Adapts the other join function shapes to the {@link FlatJoinFunction} that the join drivers run,
 * so the translator hands every join the same function type. A wrapped rich function keeps its
 * lifecycle: the adapter forwards the runtime context, open and close.
 */
public final class JoinFunctionAdapters {

    private JoinFunctionAdapters() {}

    /** A FlatJoinFunction emitting {@code function.join(first, second)}. */
    public static <IN1, IN2, OUT> FlatJoinFunction<IN1, IN2, OUT> fromJoinFunction(JoinFunction<IN1, IN2, OUT> function) {
        return new JoinFunctionAdapter<>(function);
    }

    /** Flink's default join result: a new {@code Tuple2(first, second)} per pair. */
    public static <IN1, IN2> FlatJoinFunction<IN1, IN2, Tuple2<IN1, IN2>> defaultJoin() {
        return new DefaultJoinFunction<>();
    }

    /** Forwards the rich-function lifecycle to a wrapped function, if it has one. */
    abstract static class WrappingFunction<F extends Function> extends AbstractRichFunction {

        private static final long serialVersionUID = 1L;

        protected final F wrapped;

        WrappingFunction(F wrapped) {
            this.wrapped = wrapped;
        }

        @Override
        public void setRuntimeContext(RuntimeContext context) {
            super.setRuntimeContext(context);
            if (wrapped instanceof RichFunction rich) {
                rich.setRuntimeContext(context);
            }
        }

        @Override
        public void open(Configuration parameters) throws Exception {
            if (wrapped instanceof RichFunction rich) {
                rich.open(parameters);
            }
        }

        @Override
        public void close() throws Exception {
            if (wrapped instanceof RichFunction rich) {
                rich.close();
            }
        }

        /** The function this adapter wraps. */
        public F getWrappedFunction() {
            return wrapped;
        }
    }

    static final class JoinFunctionAdapter<IN1, IN2, OUT> extends WrappingFunction<JoinFunction<IN1, IN2, OUT>>
            implements FlatJoinFunction<IN1, IN2, OUT> {

        private static final long serialVersionUID = 1L;

        JoinFunctionAdapter(JoinFunction<IN1, IN2, OUT> wrapped) {
            super(wrapped);
        }

        @Override
        public void join(IN1 first, IN2 second, Collector<OUT> out) throws Exception {
            out.collect(wrapped.join(first, second));
        }
    }

    static final class DefaultJoinFunction<IN1, IN2> implements FlatJoinFunction<IN1, IN2, Tuple2<IN1, IN2>> {

        private static final long serialVersionUID = 1L;

        @Override
        public void join(IN1 first, IN2 second, Collector<Tuple2<IN1, IN2>> out) {
            out.collect(new Tuple2<>(first, second));
        }
    }
}
