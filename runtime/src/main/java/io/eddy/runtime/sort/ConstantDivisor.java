package io.eddy.runtime.sort;

/**
 * Divides non-negative ints by a divisor fixed at construction with a multiplication and a shift,
 * which costs a few cycles where an integer division costs tens: sort indexes find the page of an
 * entry this way on every comparison and swap, and their entries per page are rarely a power of two.
 *
 * <p>With {@code l = ceil(log2 d)} and {@code m = floor(2^(32 + l) / d) + 1}, {@code n / d} equals
 * {@code (n * m) >>> (32 + l)} for every {@code 0 <= n < 2^32} (Granlund and Montgomery, "Division by
 * invariant integers using multiplication", 1994, theorem 4.2). Since {@code m < 2^33} and
 * {@code n < 2^31}, the product fits 64 unsigned bits.
 */
final class ConstantDivisor {

    private final int divisor;
    private final long multiplier;
    private final int shift;

    ConstantDivisor(int divisor) {
        if (divisor < 1) {
            throw new IllegalArgumentException("divisor must be positive: " + divisor);
        }
        this.divisor = divisor;
        int log = 32 - Integer.numberOfLeadingZeros(divisor - 1);
        if (Integer.bitCount(divisor) == 1) {
            this.multiplier = 1;
            this.shift = log;
        } else {
            this.multiplier = Long.divideUnsigned(1L << (32 + log - 1), divisor) * 2
                    + (Long.remainderUnsigned(1L << (32 + log - 1), divisor) * 2 >= divisor ? 1 : 0) + 1;
            this.shift = 32 + log;
        }
    }

    /** {@code n / divisor} for {@code n >= 0}. */
    int divide(int n) {
        return (int) ((n * multiplier) >>> shift);
    }

    int divisor() {
        return divisor;
    }
}
