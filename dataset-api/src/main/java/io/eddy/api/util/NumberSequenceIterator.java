package io.eddy.api.util;

import java.math.BigInteger;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * The longs from {@code from} to {@code to}, both inclusive, as Flink's
 * {@code NumberSequenceIterator}. Splits into contiguous ranges whose sizes differ by at most one;
 * the whole {@code long} range works (its size does not fit a long, so splitting uses BigInteger).
 */
public class NumberSequenceIterator extends SplittableIterator<Long> {

    private static final long serialVersionUID = 1L;

    private final long to;
    private long current;
    private boolean exhausted;

    /** The numbers from {@code from} to {@code to}, inclusive; empty if {@code from > to}. */
    public NumberSequenceIterator(long from, long to) {
        this.current = from;
        this.to = to;
        this.exhausted = from > to;
    }

    public long getCurrent() {
        return current;
    }

    public long getTo() {
        return to;
    }

    @Override
    public boolean hasNext() {
        return !exhausted;
    }

    @Override
    public Long next() {
        return nextLong();
    }

    /** The next number without boxing. */
    public long nextLong() {
        if (exhausted) {
            throw new NoSuchElementException();
        }
        long value = current;
        if (value == to) {
            exhausted = true;
        } else {
            current++;
        }
        return value;
    }

    /** The number of remaining elements. */
    public BigInteger remaining() {
        return exhausted ? BigInteger.ZERO
                : BigInteger.valueOf(to).subtract(BigInteger.valueOf(current)).add(BigInteger.ONE);
    }

    @Override
    public NumberSequenceIterator[] split(int numPartitions) {
        if (numPartitions < 1) {
            throw new IllegalArgumentException("The number of partitions must be at least 1");
        }
        NumberSequenceIterator[] parts = new NumberSequenceIterator[numPartitions];
        BigInteger total = remaining();
        BigInteger[] quotientAndRemainder = total.divideAndRemainder(BigInteger.valueOf(numPartitions));
        long base = quotientAndRemainder[0].longValue();
        long larger = quotientAndRemainder[1].longValue();
        long start = current;
        for (int i = 0; i < numPartitions; i++) {
            long size = base + (i < larger ? 1 : 0);
            if (size == 0) {
                parts[i] = new NumberSequenceIterator(1, 0);
            } else {
                long end = start + (size - 1);
                parts[i] = new NumberSequenceIterator(start, end);
                start = end + 1;
            }
        }
        return parts;
    }

    @Override
    public int getMaximumNumberOfSplits() {
        return remaining().min(BigInteger.valueOf(Integer.MAX_VALUE)).intValue();
    }

    @Override
    public String toString() {
        return exhausted ? "NumberSequenceIterator(empty)" : "NumberSequenceIterator(" + current + ".." + to + ")";
    }
}
