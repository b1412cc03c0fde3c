package io.eddy.exec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eddy.api.ExecutionConfig;
import io.eddy.api.functions.ReduceFunction;
import io.eddy.api.tuple.Tuple2;
import io.eddy.exec.testutil.DriverTestHarness;
import io.eddy.exec.testutil.TestComparators;
import io.eddy.exec.testutil.TestData;
import io.eddy.exec.testutil.TestSerializers;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Hash reduce: final, combining and non-keyed, with the either-argument rule of Flink. */
class ReduceDriverTest {

    /** Sums into the first argument and returns it, as Flink allows. */
    static final ReduceFunction<Tuple2<String, Integer>> SUM_INTO_FIRST = (a, b) -> {
        a.f1 = a.f1 + b.f1;
        return a;
    };

    /** Sums into the second argument and returns it. */
    static final ReduceFunction<Tuple2<String, Integer>> SUM_INTO_SECOND = (a, b) -> {
        b.f1 = a.f1 + b.f1;
        return b;
    };

    /** Returns a new record. */
    static final ReduceFunction<Tuple2<String, Integer>> SUM_NEW = (a, b) -> Tuple2.of(a.f0, a.f1 + b.f1);

    private static DriverTestHarness<Tuple2<String, Integer>> harness(ReduceFunction<Tuple2<String, Integer>> function,
            AggregationMode mode, boolean keyed, int capacity, List<Tuple2<String, Integer>> input) {
        DriverConfig config = DriverConfig.of(new ExecutionConfig(), function, TestSerializers.PAIR);
        return DriverTestHarness.of(new ReduceDriver.Factory<Tuple2<String, Integer>>(config, mode,
                        keyed ? TestComparators.pairByKey() : null, capacity), TestSerializers.PAIR)
                .input(0, TestSerializers.PAIR, input);
    }

    @Test
    void finalReduceEmitsOneRecordPerKey() throws Exception {
        List<Tuple2<String, Integer>> input = TestData.randomPairs(1, 20_000, 300);
        for (ReduceFunction<Tuple2<String, Integer>> function : List.of(SUM_INTO_FIRST, SUM_INTO_SECOND, SUM_NEW)) {
            harness(function, AggregationMode.FINAL, true, 1, input).expectAnyOrder(TestData.sumPairs(input)).run();
        }
    }

    @Test
    void groupsOfOneAndEmptyInput() throws Exception {
        List<Tuple2<String, Integer>> singles = List.of(Tuple2.of("a", 1), Tuple2.of("b", 2), Tuple2.of("Aa", 3), Tuple2.of("BB", 4));
        harness(SUM_INTO_FIRST, AggregationMode.FINAL, true, 1, singles).expectAnyOrder(singles).run();
        harness(SUM_INTO_FIRST, AggregationMode.FINAL, true, 1, List.of()).expectAnyOrder(List.of()).run();
        harness(SUM_INTO_FIRST, AggregationMode.FINAL, false, 1, List.of()).expectAnyOrder(List.of()).run();
    }

    @Test
    void combineEmitsPartialResultsThatAddUp() throws Exception {
        List<Tuple2<String, Integer>> input = TestData.randomPairs(2, 5000, 50);
        for (ReduceFunction<Tuple2<String, Integer>> function : List.of(SUM_INTO_FIRST, SUM_INTO_SECOND, SUM_NEW)) {
            for (DriverTestHarness.Variant variant : DriverTestHarness.allVariants()) {
                List<Tuple2<String, Integer>> partials =
                        harness(function, AggregationMode.COMBINE, true, 8, input).runOnce(variant);
                assertTrue(partials.size() > 50, "a table of 8 keys must emit several partials per key");
                assertEquals(TestData.sumByKey(input), TestData.sumByKey(partials), "variant " + variant);
            }
        }
        // a table large enough for every key combines completely
        harness(SUM_NEW, AggregationMode.COMBINE, true, 50, input).expectAnyOrder(TestData.sumPairs(input)).run();
    }

    @Test
    void nonKeyedReduceProducesOneRecord() throws Exception {
        List<Tuple2<String, Integer>> input = TestData.randomPairs(3, 3000, 10);
        int total = input.stream().mapToInt(t -> t.f1).sum();
        for (ReduceFunction<Tuple2<String, Integer>> function : List.of(SUM_INTO_FIRST, SUM_INTO_SECOND, SUM_NEW)) {
            List<Tuple2<String, Integer>> result = harness(function, AggregationMode.FINAL, false, 1, input)
                    .runOnce(new DriverTestHarness.Variant(DriverTestHarness.Schedule.SEQUENTIAL, true, false));
            assertEquals(1, result.size());
            assertEquals(total, result.get(0).f1);
            assertEquals(result, harness(function, AggregationMode.FINAL, false, 1, input)
                    .runOnce(new DriverTestHarness.Variant(DriverTestHarness.Schedule.SEQUENTIAL, false, false)));
        }
    }

    @Test
    void reduceFunctionFailurePropagates() {
        ReduceFunction<Tuple2<String, Integer>> failing = (a, b) -> {
            throw new ArithmeticException("overflow");
        };
        List<Tuple2<String, Integer>> input = List.of(Tuple2.of("a", 1), Tuple2.of("a", 2));
        assertThrows(ArithmeticException.class, () -> harness(failing, AggregationMode.FINAL, true, 1, input)
                .runOnce(DriverTestHarness.allVariants().get(0)));
    }

    @Test
    void combineCapacityMustBePositive() {
        DriverConfig config = DriverConfig.of(new ExecutionConfig(), SUM_NEW, TestSerializers.PAIR);
        assertThrows(IllegalArgumentException.class,
                () -> new ReduceDriver.Factory<>(config, AggregationMode.COMBINE, TestComparators.pairByKey(), 0));
    }
}
