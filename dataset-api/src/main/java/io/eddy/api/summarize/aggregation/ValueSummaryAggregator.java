package io.eddy.api.summarize.aggregation;

import io.eddy.api.summarize.BooleanColumnSummary;
import io.eddy.api.summarize.NumericColumnSummary;
import io.eddy.api.summarize.StringColumnSummary;
import io.eddy.api.types.BooleanValue;
import io.eddy.api.types.DoubleValue;
import io.eddy.api.types.FloatValue;
import io.eddy.api.types.IntValue;
import io.eddy.api.types.LongValue;
import io.eddy.api.types.ShortValue;
import io.eddy.api.types.StringValue;
import io.eddy.api.types.Value;

/**
 * Summarizes a column of {@link Value}s by unwrapping each into its Java type and handing it to that
 * type's aggregator, so {@code IntValue} columns get the same summary as {@code Integer} ones. One
 * subclass per value type (not a conversion lambda): aggregators are shipped with Kryo.
 */
public abstract class ValueSummaryAggregator<V extends Value, P, R> implements Aggregator<V, R> {

    private static final long serialVersionUID = 1L;

    private final Aggregator<P, R> aggregator;

    protected ValueSummaryAggregator(Aggregator<P, R> aggregator) {
        this.aggregator = aggregator;
    }

    @Override
    public void aggregate(V value) {
        aggregator.aggregate(value == null ? null : unwrap(value));
    }

    @Override
    @SuppressWarnings("unchecked")
    public void combine(Aggregator<V, R> otherSameType) {
        aggregator.combine(((ValueSummaryAggregator<V, P, R>) otherSameType).aggregator);
    }

    @Override
    public R result() {
        return aggregator.result();
    }

    protected abstract P unwrap(V value);

    /** {@code ShortValue} columns. */
    public static class ShortValueSummaryAggregator extends ValueSummaryAggregator<ShortValue, Short, NumericColumnSummary<Short>> {
        private static final long serialVersionUID = 1L;

        public ShortValueSummaryAggregator() {
            super(new ShortSummaryAggregator());
        }

        @Override
        protected Short unwrap(ShortValue value) {
            return value.getValue();
        }
    }

    /** {@code IntValue} columns. */
    public static class IntegerValueSummaryAggregator
            extends ValueSummaryAggregator<IntValue, Integer, NumericColumnSummary<Integer>> {
        private static final long serialVersionUID = 1L;

        public IntegerValueSummaryAggregator() {
            super(new IntegerSummaryAggregator());
        }

        @Override
        protected Integer unwrap(IntValue value) {
            return value.getValue();
        }
    }

    /** {@code LongValue} columns. */
    public static class LongValueSummaryAggregator extends ValueSummaryAggregator<LongValue, Long, NumericColumnSummary<Long>> {
        private static final long serialVersionUID = 1L;

        public LongValueSummaryAggregator() {
            super(new LongSummaryAggregator());
        }

        @Override
        protected Long unwrap(LongValue value) {
            return value.getValue();
        }
    }

    /** {@code FloatValue} columns. */
    public static class FloatValueSummaryAggregator extends ValueSummaryAggregator<FloatValue, Float, NumericColumnSummary<Float>> {
        private static final long serialVersionUID = 1L;

        public FloatValueSummaryAggregator() {
            super(new FloatSummaryAggregator());
        }

        @Override
        protected Float unwrap(FloatValue value) {
            return value.getValue();
        }
    }

    /** {@code DoubleValue} columns. */
    public static class DoubleValueSummaryAggregator
            extends ValueSummaryAggregator<DoubleValue, Double, NumericColumnSummary<Double>> {
        private static final long serialVersionUID = 1L;

        public DoubleValueSummaryAggregator() {
            super(new DoubleSummaryAggregator());
        }

        @Override
        protected Double unwrap(DoubleValue value) {
            return value.getValue();
        }
    }

    /** {@code BooleanValue} columns. */
    public static class BooleanValueSummaryAggregator extends ValueSummaryAggregator<BooleanValue, Boolean, BooleanColumnSummary> {
        private static final long serialVersionUID = 1L;

        public BooleanValueSummaryAggregator() {
            super(new BooleanSummaryAggregator());
        }

        @Override
        protected Boolean unwrap(BooleanValue value) {
            return value.getValue();
        }
    }

    /** {@code StringValue} columns. */
    public static class StringValueSummaryAggregator extends ValueSummaryAggregator<StringValue, String, StringColumnSummary> {
        private static final long serialVersionUID = 1L;

        public StringValueSummaryAggregator() {
            super(new StringSummaryAggregator());
        }

        @Override
        protected String unwrap(StringValue value) {
            return value.getValue();
        }
    }
}
