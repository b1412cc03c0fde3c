package io.eddy.gelly.asm.translate.translators;

import io.eddy.api.types.LongValue;
import io.eddy.api.types.StringValue;
import io.eddy.gelly.asm.translate.TranslateFunction;

/** Writes a {@link LongValue} as its decimal {@link StringValue}. */
public class LongValueToStringValue implements TranslateFunction<LongValue, StringValue> {
    private static final long serialVersionUID = 1L;

    @Override
    public StringValue translate(LongValue value, StringValue reuse) {
        if (reuse == null) {
            reuse = new StringValue();
        }
        reuse.setValue(Long.toString(value.getValue()));
        return reuse;
    }
}
