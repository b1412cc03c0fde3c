package io.eddy.api.util;

/** Integer math used for partitioning, hashing and sizing (Flink's {@code MathUtils}, a subset). */
public final class MathUtils {

    private MathUtils() {}

    /** The base-2 logarithm rounded down; e.g. 1 for 3. @throws ArithmeticException for 0 */
    public static int log2floor(int value) throws ArithmeticException {
        if (value == 0) {
            throw new ArithmeticException("Logarithm of zero is undefined.");
        }
        return 31 - Integer.numberOfLeadingZeros(value);
    }

    /** The base-2 logarithm of a power of two. @throws ArithmeticException for 0 or non-powers of two */
    public static int log2strict(int value) throws ArithmeticException, IllegalArgumentException {
        if (value == 0) {
            throw new ArithmeticException("Logarithm of zero is undefined.");
        }
        if ((value & (value - 1)) != 0) {
            throw new IllegalArgumentException("The given value " + value + " is not a power of two.");
        }
        return 31 - Integer.numberOfLeadingZeros(value);
    }

    public static boolean isPowerOf2(long value) {
        return value > 0 && (value & (value - 1)) == 0;
    }

    /** The largest power of two not above {@code value}; 0 for 0. */
    public static int roundDownToPowerOf2(int value) {
        return Integer.highestOneBit(value);
    }

    /** The smallest power of two not below {@code x}, for {@code 0 < x <= 2^30}; 1 for 0. */
    public static int roundUpToPowerOfTwo(int x) {
        if (x <= 1) {
            return 1;
        }
        return Integer.highestOneBit(x - 1) << 1;
    }

    /** {@code value} as an int. @throws IllegalArgumentException if it does not fit */
    public static int checkedDownCast(long value) {
        int downCast = (int) value;
        if (downCast != value) {
            throw new IllegalArgumentException("Cannot downcast long value " + value + " to integer.");
        }
        return downCast;
    }

    /** {@code dividend / divisor} rounded up, for non-negative dividend and positive divisor. */
    public static int divideRoundUp(int dividend, int divisor) {
        Preconditions.checkArgument(dividend >= 0, "Negative dividend is not supported.");
        Preconditions.checkArgument(divisor > 0, "Negative or zero divisor is not supported.");
        return dividend == 0 ? 0 : (dividend - 1) / divisor + 1;
    }

    /**
     * Scrambles a hash code so that keys whose hashes differ only in high or only in low bits spread
     * over partitions and hash buckets (MurmurHash3's 32-bit mix of one block plus finalizer). The
     * result is never negative, so it can be taken modulo a partition count directly.
     */
    public static int murmurHash(int code) {
        code *= 0xcc9e2d51;
        code = Integer.rotateLeft(code, 15);
        code *= 0x1b873593;
        code = Integer.rotateLeft(code, 13);
        code = code * 5 + 0xe6546b64;
        code ^= 4;
        code ^= code >>> 16;
        code *= 0x85ebca6b;
        code ^= code >>> 13;
        code *= 0xc2b2ae35;
        code ^= code >>> 16;
        return code >= 0 ? code : -(code + 1);
    }

    /** A long's hash code mixed down to a well-spread int. */
    public static int longToIntWithBitMixing(long in) {
        in = (in ^ (in >>> 30)) * 0xbf58476d1ce4e5b9L;
        in = (in ^ (in >>> 27)) * 0x94d049bb133111ebL;
        in = in ^ (in >>> 31);
        return (int) in;
    }
}
