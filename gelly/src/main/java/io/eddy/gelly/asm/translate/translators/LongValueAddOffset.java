package io.eddy.gelly.asm.translate.translators;

import io.eddy.api.types.LongValue;
import io.eddy.gelly.asm.translate.TranslateFunction;

/** Adds a fixed offset to a {@link LongValue}, e.g. to give the ids of two graphs disjoint ranges before a union. */
public class LongValueAddOffset implements TranslateFunction<LongValue, LongValue> {
    private static final long serialVersionUID = 1L;

    private final long offset;

    public LongValueAddOffset(long offset) {
        this.offset = offset;
    }

    @Override
    public LongValue translate(LongValue value, LongValue reuse) {
        if (reuse == null) {
            reuse = new LongValue();
        }
        reuse.setValue(offset + value.getValue());
        return reuse;
    }
}
