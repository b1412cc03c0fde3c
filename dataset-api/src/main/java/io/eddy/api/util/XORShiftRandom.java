package io.eddy.api.util;

import java.util.Random;

/**
 * A fast, non-thread-safe random generator (Marsaglia's xorshift on 64 bits), as Flink's reservoir
 * samplers use: they draw one number per input record, where {@link Random}'s synchronized
 * compare-and-set would dominate. The seed is scrambled first, so consecutive seeds (a sampler's
 * seed plus the subtask index) do not start with correlated streams.
 */
public class XORShiftRandom extends Random {

    private static final long serialVersionUID = 1L;

    private long state;

    public XORShiftRandom() {
        this(System.nanoTime());
    }

    public XORShiftRandom(long seed) {
        super(seed);
        this.state = scramble(seed);
    }

    /** The SplitMix64 finalizer; never yields 0, which xorshift could not leave. */
    private static long scramble(long seed) {
        long z = seed + 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        z ^= z >>> 31;
        return z == 0 ? 0x9E3779B97F4A7C15L : z;
    }

    @Override
    public synchronized void setSeed(long seed) {
        super.setSeed(seed);
        this.state = scramble(seed);
    }

    @Override
    protected int next(int bits) {
        long x = state;
        x ^= x << 21;
        x ^= x >>> 35;
        x ^= x << 4;
        state = x;
        return (int) (x & ((1L << bits) - 1));
    }
}
