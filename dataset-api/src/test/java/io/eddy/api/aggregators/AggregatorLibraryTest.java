package io.eddy.api.aggregators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eddy.api.types.DoubleValue;
import io.eddy.api.types.LongValue;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import org.junit.jupiter.api.Test;

/** Flink's sum aggregators and zero-convergence criteria. */
class AggregatorLibraryTest {

    @Test
    void longSumAddsPrimitivesAndPartialAggregatesAndResets() {
        LongSumAggregator sum = new LongSumAggregator();
        assertEquals(new LongValue(0), sum.getAggregate());
        sum.aggregate(3);
        sum.aggregate(new LongValue(-5));
        sum.aggregate(Long.MAX_VALUE);
        assertEquals(new LongValue(Long.MAX_VALUE - 2), sum.getAggregate());

        LongSumAggregator other = new LongSumAggregator();
        other.aggregate(2);
        sum.aggregate(other.getAggregate());
        assertEquals(Long.MAX_VALUE, sum.getAggregate().getValue());

        LongValue before = sum.getAggregate();
        sum.reset();
        assertEquals(0, sum.getAggregate().getValue());
        assertEquals(Long.MAX_VALUE, before.getValue(), "an aggregate handed out is not changed later");
    }

    @Test
    void doubleSumAddsPrimitivesAndPartialAggregatesAndResets() {
        DoubleSumAggregator sum = new DoubleSumAggregator();
        assertEquals(0.0, sum.getAggregate().getValue());
        sum.aggregate(0.25);
        sum.aggregate(new DoubleValue(1.5));
        sum.aggregate(-0.75);
        assertEquals(1.0, sum.getAggregate().getValue());
        DoubleValue first = sum.getAggregate();
        assertNotSame(first, sum.getAggregate());
        sum.reset();
        assertEquals(0.0, sum.getAggregate().getValue());
        assertEquals(1.0, first.getValue());
    }

    @Test
    void zeroConvergenceHoldsExactlyAtZeroInAnySuperstep() {
        LongZeroConvergence longZero = new LongZeroConvergence();
        assertTrue(longZero.isConverged(1, new LongValue(0)));
        assertTrue(longZero.isConverged(99, new LongValue(0)));
        assertFalse(longZero.isConverged(1, new LongValue(1)));
        assertFalse(longZero.isConverged(1, new LongValue(-1)));

        DoubleZeroConvergence doubleZero = new DoubleZeroConvergence();
        assertTrue(doubleZero.isConverged(1, new DoubleValue(0.0)));
        assertTrue(doubleZero.isConverged(1, new DoubleValue(-0.0)));
        assertFalse(doubleZero.isConverged(7, new DoubleValue(1e-300)));
        assertFalse(doubleZero.isConverged(7, new DoubleValue(Double.NaN)));
    }

    @Test
    void theLibraryTravelsSerializedWithItsState() throws Exception {
        LongSumAggregator updates = new LongSumAggregator();
        updates.aggregate(4);

        LongSumAggregator copy = roundTrip(updates);
        assertEquals(4, copy.getAggregate().getValue());
        assertTrue(roundTrip(new LongZeroConvergence()).isConverged(1, new LongValue(0)));
        assertTrue(roundTrip(new DoubleZeroConvergence()).isConverged(1, new DoubleValue(0)));
        assertEquals(0.0, roundTrip(new DoubleSumAggregator()).getAggregate().getValue());
    }

    @SuppressWarnings("unchecked")
    private static <T> T roundTrip(T value) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(value);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return (T) in.readObject();
        }
    }
}
