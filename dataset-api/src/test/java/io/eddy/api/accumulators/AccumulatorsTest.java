package io.eddy.api.accumulators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AccumulatorsTest {

    @Test
    void maximaAndMinimaMergeAndReset() {
        IntMaximum intMax = new IntMaximum();
        assertEquals(Integer.MIN_VALUE, intMax.getLocalValuePrimitive());
        intMax.add(3);
        intMax.add(Integer.valueOf(-7));
        IntMaximum otherIntMax = new IntMaximum(11);
        intMax.merge(otherIntMax);
        assertEquals(11, intMax.getLocalValue());
        intMax.resetLocal();
        assertEquals(Integer.MIN_VALUE, intMax.getLocalValue());

        IntMinimum intMin = new IntMinimum();
        intMin.add(3);
        intMin.merge(new IntMinimum(-2));
        assertEquals(-2, intMin.getLocalValue());

        LongMaximum longMax = new LongMaximum();
        longMax.add(5L);
        longMax.merge(new LongMaximum(Long.MAX_VALUE));
        assertEquals(Long.MAX_VALUE, longMax.getLocalValue());
        LongMinimum longMin = new LongMinimum();
        longMin.add(5L);
        longMin.merge(new LongMinimum(4L));
        assertEquals(4L, longMin.getLocalValue());
        longMin.resetLocal();
        assertEquals(Long.MAX_VALUE, longMin.getLocalValue());

        DoubleMaximum doubleMax = new DoubleMaximum();
        assertEquals(Double.NEGATIVE_INFINITY, doubleMax.getLocalValue());
        doubleMax.add(1.5);
        doubleMax.merge(new DoubleMaximum(-1.0));
        assertEquals(1.5, doubleMax.getLocalValue());
        DoubleMinimum doubleMin = new DoubleMinimum();
        assertEquals(Double.POSITIVE_INFINITY, doubleMin.getLocalValue());
        doubleMin.add(1.5);
        doubleMin.add(-0.5);
        assertEquals(-0.5, doubleMin.clone().getLocalValue());
    }

    @Test
    void averageWeighsMergedPartsByTheirCounts() {
        AverageAccumulator average = new AverageAccumulator();
        assertEquals(0.0, average.getLocalValue());
        average.add(1);
        average.add(2L);
        average.add(3.0);
        AverageAccumulator other = new AverageAccumulator();
        other.add(10.0);
        average.merge(other);
        assertEquals(4.0, average.getLocalValue());
        assertEquals(4, average.getCount());
        AverageAccumulator copy = average.clone();
        average.resetLocal();
        assertEquals(0.0, average.getLocalValue());
        assertEquals(4.0, copy.getLocalValue());
        assertThrows(IllegalArgumentException.class, () -> average.merge(new DoubleCounter(1.0)));
    }

    @Test
    void listAccumulatorConcatenatesAndClonesIndependently() {
        ListAccumulator<String> list = new ListAccumulator<>();
        list.add("a");
        ListAccumulator<String> other = new ListAccumulator<>();
        other.add("b");
        other.add("c");
        list.merge(other);
        assertEquals(List.of("a", "b", "c"), list.getLocalValue());
        ListAccumulator<String> copy = list.clone();
        assertNotSame(list.getLocalValue(), copy.getLocalValue());
        list.add("d");
        assertEquals(3, copy.getLocalValue().size());
        list.resetLocal();
        assertEquals(new ArrayList<String>(), list.getLocalValue());
    }

    @Test
    void countersMergeAndHistogramCountsOccurrences() {
        LongCounter counter = new LongCounter();
        counter.add(2L);
        counter.merge(new LongCounter(40L));
        assertEquals(42L, counter.getLocalValue());
        Histogram histogram = new Histogram();
        histogram.add(1);
        histogram.add(1);
        Histogram other = new Histogram();
        other.add(1);
        other.add(5);
        histogram.merge(other);
        assertEquals(3, histogram.getLocalValue().get(1));
        assertEquals(1, histogram.getLocalValue().get(5));
    }
}
