package io.eddy.gelly.asm.translate.translators;

import io.eddy.api.types.IntValue;
import io.eddy.api.types.LongValue;
import io.eddy.gelly.asm.translate.TranslateFunction;

/** Narrows a {@link LongValue} to an {@link IntValue} of the same number; a value outside the int range is an error, not a wrap-around. */
public class LongValueToSignedIntValue implements TranslateFunction<LongValue, IntValue> {
    private static final long serialVersionUID = 1L;

    @Override
    public IntValue translate(LongValue value, IntValue reuse) {
        long l = value.getValue();
        if (l < Integer.MIN_VALUE || l > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("Cannot cast long value " + l + " to a signed int");
        }
        if (reuse == null) {
            reuse = new IntValue();
        }
        reuse.setValue((int) l);
        return reuse;
    }
}
