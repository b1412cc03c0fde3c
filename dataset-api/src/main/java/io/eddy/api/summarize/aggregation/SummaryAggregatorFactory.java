package io.eddy.api.summarize.aggregation;

import io.eddy.api.tuple.Tuple;
import io.eddy.api.typeinfo.TypeInformation;
import io.eddy.api.typeutils.CompositeType;
import io.eddy.api.types.BooleanValue;
import io.eddy.api.types.DoubleValue;
import io.eddy.api.types.FloatValue;
import io.eddy.api.types.IntValue;
import io.eddy.api.types.LongValue;
import io.eddy.api.types.ShortValue;
import io.eddy.api.types.StringValue;
import java.util.Map;
import java.util.function.Supplier;

/** Picks each column's aggregator by its class, as Flink does; columns of other classes only count nulls. */
public final class SummaryAggregatorFactory {

    private static final Map<Class<?>, Supplier<Aggregator<?, ?>>> BY_CLASS = Map.ofEntries(
            Map.entry(Short.class, ShortSummaryAggregator::new),
            Map.entry(Integer.class, IntegerSummaryAggregator::new),
            Map.entry(Long.class, LongSummaryAggregator::new),
            Map.entry(Float.class, FloatSummaryAggregator::new),
            Map.entry(Double.class, DoubleSummaryAggregator::new),
            Map.entry(Boolean.class, BooleanSummaryAggregator::new),
            Map.entry(String.class, StringSummaryAggregator::new),
            Map.entry(ShortValue.class, ValueSummaryAggregator.ShortValueSummaryAggregator::new),
            Map.entry(IntValue.class, ValueSummaryAggregator.IntegerValueSummaryAggregator::new),
            Map.entry(LongValue.class, ValueSummaryAggregator.LongValueSummaryAggregator::new),
            Map.entry(FloatValue.class, ValueSummaryAggregator.FloatValueSummaryAggregator::new),
            Map.entry(DoubleValue.class, ValueSummaryAggregator.DoubleValueSummaryAggregator::new),
            Map.entry(BooleanValue.class, ValueSummaryAggregator.BooleanValueSummaryAggregator::new),
            Map.entry(StringValue.class, ValueSummaryAggregator.StringValueSummaryAggregator::new));

    private SummaryAggregatorFactory() {}

    /** One aggregator per field of a tuple type. */
    public static <R extends Tuple> TupleSummaryAggregator<R> create(TypeInformation<?> tupleType) {
        Aggregator<?, ?>[] columns = new Aggregator<?, ?>[tupleType.getArity()];
        for (int field = 0; field < columns.length; field++) {
            columns[field] = create(((CompositeType<?>) tupleType).getTypeAt(field).getTypeClass());
        }
        return new TupleSummaryAggregator<>(columns);
    }

    /** The aggregator for values of {@code type}. */
    @SuppressWarnings("unchecked")
    public static <T, R> Aggregator<T, R> create(Class<T> type) {
        Supplier<Aggregator<?, ?>> supplier = BY_CLASS.get(type);
        return (Aggregator<T, R>) (supplier == null ? new ObjectSummaryAggregator() : supplier.get());
    }
}
