package io.eddy.gelly.asm.translate.translators;

import io.eddy.api.types.NullValue;
import io.eddy.gelly.asm.translate.TranslateFunction;

/** Replaces any value by {@link NullValue}, dropping vertex or edge values a computation does not need. */
public class ToNullValue<T> implements TranslateFunction<T, NullValue> {
    private static final long serialVersionUID = 1L;

    @Override
    public NullValue translate(T value, NullValue reuse) {
        return NullValue.getInstance();
    }
}
