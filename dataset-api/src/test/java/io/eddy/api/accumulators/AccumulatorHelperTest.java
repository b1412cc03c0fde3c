package io.eddy.api.accumulators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AccumulatorHelperTest {

    @Test
    void mergesByNameAndClonesNewEntries() {
        Map<String, Accumulator<?, ?>> target = new LinkedHashMap<>();
        IntCounter firstCount = new IntCounter(2);
        ListAccumulator<String> firstList = new ListAccumulator<>();
        firstList.add("x");
        AccumulatorHelper.mergeInto(target, Map.of("count", firstCount, "lines", firstList));
        assertNotSame(firstCount, target.get("count"));

        ListAccumulator<String> secondList = new ListAccumulator<>();
        secondList.add("y");
        Map<String, Accumulator<?, ?>> second = new LinkedHashMap<>();
        second.put("count", new IntCounter(5));
        second.put("lines", secondList);
        second.put("max", new LongMaximum(9L));
        AccumulatorHelper.mergeInto(target, second);

        Map<String, Object> results = AccumulatorHelper.toResultMap(target);
        assertEquals(7, results.get("count"));
        assertEquals(List.of("x", "y"), results.get("lines"));
        assertEquals(9L, results.get("max"));
        assertEquals(2, firstCount.getLocalValue(), "the first instance's accumulator must stay unchanged");
    }

    @Test
    void typeMismatchNamesAccumulatorAndBothClasses() {
        Map<String, Accumulator<?, ?>> target = new LinkedHashMap<>();
        target.put("count", new IntCounter(1));
        UnsupportedOperationException e = assertThrows(UnsupportedOperationException.class,
                () -> AccumulatorHelper.mergeInto(target, Map.of("count", new LongCounter(1L))));
        assertTrue(e.getMessage().contains("'count'"), e.getMessage());
        assertTrue(e.getMessage().contains(IntCounter.class.getName()), e.getMessage());
        assertTrue(e.getMessage().contains(LongCounter.class.getName()), e.getMessage());
    }

    @Test
    void copyIsIndependentAndFormattingIsSortedByName() {
        Map<String, Accumulator<?, ?>> accumulators = new LinkedHashMap<>();
        IntCounter counter = new IntCounter(1);
        accumulators.put("b", counter);
        accumulators.put("a", new LongCounter(2L));
        Map<String, Accumulator<?, ?>> copy = AccumulatorHelper.copy(accumulators);
        counter.add(10);
        assertEquals(1, copy.get("b").getLocalValue());
        assertEquals("- a (java.lang.Long): 2\n- b (java.lang.Integer): 1\n",
                AccumulatorHelper.getResultsFormatted(AccumulatorHelper.toResultMap(copy)));
    }
}
