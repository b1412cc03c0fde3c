package io.eddy.api.sampling;

import io.eddy.api.util.Preconditions;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Random;

/**
 * Samples without replacement: each element is kept with probability {@code fraction}, independently
 * (Flink's class). For small fractions it draws the gap to the next kept element from the geometric
 * distribution instead of one number per element (gap sampling), as Flink does below 0.33.
 */
public class BernoulliSampler<T> extends RandomSampler<T> {

    private static final double GAP_SAMPLING_THRESHOLD = 0.33;

    private final double fraction;

    private final Random random;

    public BernoulliSampler(double fraction) {
        this(fraction, new Random());
    }

    public BernoulliSampler(double fraction, long seed) {
        this(fraction, new Random(seed));
    }

    public BernoulliSampler(double fraction, Random random) {
        Preconditions.checkArgument(fraction >= 0 && fraction <= 1.0d, "fraction must be in [0, 1].");
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
            private boolean ready;

            @Override
            public boolean hasNext() {
                if (!ready) {
                    ready = advance();
                }
                return ready;
            }

            @Override
            public T next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                ready = false;
                return current;
            }

            private boolean advance() {
                if (fraction <= GAP_SAMPLING_THRESHOLD) {
                    double u = Math.max(random.nextDouble(), EPSILON);
                    int gap = (int) (Math.log(u) / Math.log(1 - fraction));
                    for (int skipped = 0; skipped < gap; skipped++) {
                        if (!input.hasNext()) {
                            return false;
                        }
                        input.next();
                    }
                    if (!input.hasNext()) {
                        return false;
                    }
                    current = input.next();
                    return true;
                }
                while (input.hasNext()) {
                    T element = input.next();
                    if (random.nextDouble() <= fraction) {
                        current = element;
                        return true;
                    }
                }
                return false;
            }
        };
    }
}
