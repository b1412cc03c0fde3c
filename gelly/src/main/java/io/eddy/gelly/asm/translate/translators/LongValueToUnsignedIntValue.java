package io.eddy.gelly.asm.translate.translators;

import io.eddy.api.types.IntValue;
import io.eddy.api.types.LongValue;
import io.eddy.gelly.asm.translate.TranslateFunction;

/**
 * Stores a {@link LongValue} in {@code [0, 2^32)} in the 32 bits of an {@link IntValue}, read as
 * unsigned: ids up to 2^32 - 1 then take half the space. Values from 2^31 become negative ints.
 * A value outside the range is an error.
 */
public class LongValueToUnsignedIntValue implements TranslateFunction<LongValue, IntValue> {
    private static final long serialVersionUID = 1L;

    /** The number of distinct unsigned 32-bit values, 2^32. */
    public static final long MAX_VERTEX_COUNT = 1L << 32;

    @Override
    public IntValue translate(LongValue value, IntValue reuse) {
        long l = value.getValue();
        if (l < 0 || l >= MAX_VERTEX_COUNT) {
            throw new IllegalArgumentException("Cannot cast long value " + l + " to an unsigned int");
        }
        if (reuse == null) {
            reuse = new IntValue();
        }
        reuse.setValue((int) (l & 0xffffffffL));
        return reuse;
    }
}
