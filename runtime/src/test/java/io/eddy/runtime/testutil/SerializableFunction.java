package io.eddy.runtime.testutil;

import java.io.Serializable;
import java.util.function.Function;

/** A function that travels inside an operator factory. */
@FunctionalInterface
public interface SerializableFunction<I, O> extends Function<I, O>, Serializable {
}
