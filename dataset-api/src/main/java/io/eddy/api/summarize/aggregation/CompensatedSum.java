package io.eddy.api.summarize.aggregation;

import java.io.Serializable;

/**
 * An immutable Kahan sum: the running value and the rounding error still to be added, so that long
 * sums of doubles (means, squared deviations) lose no precision to their order (Flink's class).
 */
public final class CompensatedSum implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final CompensatedSum ZERO = new CompensatedSum(0.0, 0.0);

    private final double value;

    private final double delta;

    public CompensatedSum(double value, double delta) {
        this.value = value;
        this.delta = delta;
    }

    public double value() {
        return value;
    }

    public double delta() {
        return delta;
    }

    public CompensatedSum add(double other) {
        return add(new CompensatedSum(other, 0.0));
    }

    /** The sum of both, carrying both correction terms into the new one. */
    public CompensatedSum add(CompensatedSum other) {
        double corrected = other.value + (delta + other.delta);
        double updated = value + corrected;
        return new CompensatedSum(updated, corrected - (updated - value));
    }
}
