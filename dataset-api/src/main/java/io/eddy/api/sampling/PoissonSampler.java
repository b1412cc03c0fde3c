package io.eddy.api.sampling;

import io.eddy.api.util.Preconditions;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Random;

/**
 * Samples with replacement: each element appears {@code k} times with {@code k} drawn from the
 * Poisson distribution of mean {@code fraction} (Flink's class), so a fraction above 1 repeats
 * elements on average. Below a fraction of 0.4 it skips the elements that appear zero times by
 * drawing the gap to the next one, as Flink does.
 */
public class PoissonSampler<T> extends RandomSampler<T> {

    private static final double GAP_SAMPLING_THRESHOLD = 0.4;

    /** Knuth's product method loses precision for large means; larger means are summed in chunks. */
    private static final double MAX_DIRECT_MEAN = 30.0;

    private final double fraction;

    private final Random random;

    public PoissonSampler(double fraction, long seed) {
        this(fraction, new Random(seed));
    }

    public PoissonSampler(double fraction) {
        this(fraction, new Random());
    }

    private PoissonSampler(double fraction, Random random) {
        Preconditions.checkArgument(fraction >= 0, "fraction should be non-negative.");
        this.fraction = fraction;
        this.random = random;
    }

    @Override
    public Iterator<T> sample(Iterator<T> input) {
        if (fraction == 0) {
            return emptyIterable();
        }
        return new Iterator<T>() {
            private T current;
            private int remaining;

            @Override
            public boolean hasNext() {
                if (remaining <= 0) {
                    advance();
                }
                return remaining > 0;
            }

            @Override
            public T next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                remaining--;
                return current;
            }

            private void advance() {
                if (fraction <= GAP_SAMPLING_THRESHOLD) {
                    double u = Math.max(random.nextDouble(), EPSILON);
                    int gap = (int) (Math.log(u) / -fraction);
                    for (int skipped = 0; skipped < gap && input.hasNext(); skipped++) {
                        input.next();
                    }
                    if (input.hasNext()) {
                        current = input.next();
                        remaining = poissonAtLeastOne(fraction);
                    }
                    return;
                }
                while (input.hasNext()) {
                    current = input.next();
                    remaining = poisson(fraction);
                    if (remaining > 0) {
                        return;
                    }
                }
            }
        };
    }

    /** A Poisson draw conditioned on at least one, for the element the gap landed on. */
    private int poissonAtLeastOne(double mean) {
        double q = Math.exp(-mean);
        double t = q + (1 - q) * random.nextDouble();
        int k = 1;
        t *= random.nextDouble();
        while (t > q) {
            k++;
            t *= random.nextDouble();
        }
        return k;
    }

    /** A Poisson draw; a sum of Poisson draws is Poisson with the summed mean. */
    private int poisson(double mean) {
        int total = 0;
        double left = mean;
        while (left > MAX_DIRECT_MEAN) {
            total += knuth(MAX_DIRECT_MEAN);
            left -= MAX_DIRECT_MEAN;
        }
        return total + knuth(left);
    }

    private int knuth(double mean) {
        double limit = Math.exp(-mean);
        double product = random.nextDouble();
        int k = 0;
        while (product > limit) {
            k++;
            product *= random.nextDouble();
        }
        return k;
    }
}
