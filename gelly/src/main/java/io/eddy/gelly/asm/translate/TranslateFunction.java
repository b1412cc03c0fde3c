package io.eddy.gelly.asm.translate;

import io.eddy.api.functions.Function;
import java.io.Serializable;

/**
 * Maps one value to another, for translating a graph's ids or values. {@code reuse} is an
 * object the function may fill and return instead of allocating; it may be null.
 *
 * @param <T> the type of the value translated
 * @param <O> the type of the result
 */
@FunctionalInterface
public interface TranslateFunction<T, O> extends Function, Serializable {

    O translate(T value, O reuse) throws Exception;
}
