package io.eddy.exec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eddy.api.ExecutionConfig;
import io.eddy.api.functions.FilterFunction;
import io.eddy.api.functions.FlatMapFunction;
import io.eddy.api.functions.MapFunction;
import io.eddy.api.tuple.Tuple2;
import io.eddy.exec.testutil.DriverTestHarness;
import io.eddy.exec.testutil.DriverTestHarness.Schedule;
import io.eddy.exec.testutil.DriverTestHarness.Variant;
import io.eddy.exec.testutil.TestOperatorContext;
import io.eddy.exec.testutil.TestSerializers;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** Map, flat map, filter and identity drivers through the harness, plus output failure handling. */
class PipelinedDriversTest {

    private static List<Long> range(long from, long to) {
        return LongStream.range(from, to).boxed().collect(Collectors.toList());
    }

    @Test
    void mapTransformsEveryRecordInOrder() throws Exception {
        MapFunction<Long, Long> square = v -> v * v;
        DriverConfig config = DriverConfig.of(new ExecutionConfig(), square, TestSerializers.LONG);
        DriverTestHarness.of(new MapDriver.Factory<Long>(config), TestSerializers.LONG)
                .input(0, TestSerializers.LONG, range(0, 3000))
                .expectOrdered(range(0, 3000).stream().map(v -> v * v).collect(Collectors.toList()))
                .run();
    }

    @Test
    void mapOfEmptyInputEmitsNothing() throws Exception {
        MapFunction<Long, Long> identity = v -> v;
        DriverConfig config = DriverConfig.of(new ExecutionConfig(), identity, TestSerializers.LONG);
        DriverTestHarness.of(new MapDriver.Factory<Long>(config), TestSerializers.LONG)
                .input(0, TestSerializers.LONG, List.of())
                .expectOrdered(List.of())
                .run();
    }

    @Test
    void mapOverMutablePairsDoesNotKeepReferences() throws Exception {
        MapFunction<Tuple2<String, Integer>, Tuple2<String, Integer>> swapCase = t -> {
            t.f0 = t.f0.toUpperCase();
            return t;
        };
        List<Tuple2<String, Integer>> input = List.of(Tuple2.of("a", 1), Tuple2.of("b", 2), Tuple2.of("c", 3));
        DriverConfig config = DriverConfig.of(new ExecutionConfig(), swapCase, TestSerializers.PAIR);
        DriverTestHarness.of(new MapDriver.Factory<Tuple2<String, Integer>>(config), TestSerializers.PAIR)
                .input(0, TestSerializers.PAIR, input)
                .expectOrdered(List.of(Tuple2.of("A", 1), Tuple2.of("B", 2), Tuple2.of("C", 3)))
                .run();
    }

    @Test
    void flatMapEmitsAnyNumberPerRecord() throws Exception {
        FlatMapFunction<Long, Long> repeat = (v, out) -> {
            for (long i = 0; i < v % 3; i++) {
                out.collect(v);
            }
        };
        List<Long> expected = new ArrayList<>();
        for (long v = 0; v < 2000; v++) {
            for (long i = 0; i < v % 3; i++) {
                expected.add(v);
            }
        }
        DriverConfig config = DriverConfig.of(new ExecutionConfig(), repeat, TestSerializers.LONG);
        DriverTestHarness.of(new FlatMapDriver.Factory<Long>(config), TestSerializers.LONG)
                .input(0, TestSerializers.LONG, range(0, 2000))
                .expectOrdered(expected)
                .run();
    }

    @Test
    void filterForwardsAcceptedRecords() throws Exception {
        FilterFunction<Tuple2<String, Integer>> even = t -> t.f1 % 2 == 0;
        List<Tuple2<String, Integer>> input = new ArrayList<>();
        List<Tuple2<String, Integer>> expected = new ArrayList<>();
        for (int i = 0; i < 1500; i++) {
            input.add(Tuple2.of("k" + i, i));
            if (i % 2 == 0) {
                expected.add(Tuple2.of("k" + i, i));
            }
        }
        DriverConfig config = DriverConfig.of(new ExecutionConfig(), even, TestSerializers.PAIR);
        DriverTestHarness.of(new FilterDriver.Factory<Tuple2<String, Integer>>(config), TestSerializers.PAIR)
                .input(0, TestSerializers.PAIR, input)
                .expectOrdered(expected)
                .run();
    }

    @Test
    void identityForwardsEverything() throws Exception {
        DriverConfig config = DriverConfig.of(new ExecutionConfig(), null, TestSerializers.PAIR);
        List<Tuple2<String, Integer>> input = List.of(Tuple2.of("x", 1), Tuple2.of("y", 2));
        DriverTestHarness.of(new IdentityDriver.Factory<Tuple2<String, Integer>>(config), TestSerializers.PAIR)
                .input(0, TestSerializers.PAIR, input)
                .expectOrdered(input)
                .run();
    }

    @Test
    void userExceptionPropagatesUnchanged() {
        MapFunction<Long, Long> failing = v -> {
            if (v == 7) {
                throw new IllegalStateException("bad record " + v);
            }
            return v;
        };
        DriverConfig config = DriverConfig.of(new ExecutionConfig(), failing, TestSerializers.LONG);
        DriverTestHarness<Long> harness = DriverTestHarness.of(new MapDriver.Factory<Long>(config), TestSerializers.LONG)
                .input(0, TestSerializers.LONG, range(0, 10));
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> harness.runOnce(new Variant(Schedule.SEQUENTIAL, false, false)));
        assertEquals("bad record 7", e.getMessage());
    }

    @Test
    void checkedOutputFailureInsideUserCodeIsRethrownAsTheOriginal() throws Exception {
        FlatMapFunction<Long, Long> forward = (v, out) -> out.collect(v);
        FlatMapDriver<Long, Long> driver = new FlatMapDriver<>(DriverConfig.of(new ExecutionConfig(), forward, TestSerializers.LONG));
        IOException broken = new IOException("channel closed");
        driver.open(new TestOperatorContext(false), record -> {
            throw broken;
        });
        IOException thrown = assertThrows(IOException.class, () -> driver.processRecord(0, 1L));
        assertSame(broken, thrown);
        driver.close();
    }

    @Test
    void wrongFunctionTypeIsAClearError() {
        FilterFunction<Long> notAMap = v -> true;
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new MapDriver<>(DriverConfig.of(new ExecutionConfig(), notAMap, TestSerializers.LONG)));
        assertTrue(e.getMessage().contains("MapFunction"), e.getMessage());
    }
}
