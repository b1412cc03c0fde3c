package io.eddy.exec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eddy.api.ExecutionConfig;
import io.eddy.api.functions.MapPartitionFunction;
import io.eddy.api.tuple.Tuple2;
import io.eddy.api.util.TraversableOnceException;
import io.eddy.exec.testutil.DriverTestHarness;
import io.eddy.exec.testutil.DriverTestHarness.Variant;
import io.eddy.exec.testutil.TestData;
import io.eddy.exec.testutil.TestOperatorContext;
import io.eddy.exec.testutil.TestSerializers;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** The map partition driver: streaming through the helper thread, failures on both sides, shutdown. */
class MapPartitionDriverTest {

    private static List<Long> range(long from, long to) {
        return LongStream.range(from, to).boxed().collect(Collectors.toList());
    }

    private static DriverTestHarness<Long> harness(MapPartitionFunction<Long, Long> function, List<Long> input) {
        DriverConfig config = DriverConfig.of(new ExecutionConfig(), function, TestSerializers.LONG);
        return DriverTestHarness.of(new MapPartitionDriver.Factory<Long>(config), TestSerializers.LONG)
                .input(0, TestSerializers.LONG, input);
    }

    @Test
    void streamsAPartitionLargerThanTheHandoff() throws Exception {
        MapPartitionFunction<Long, Long> plusOne = (values, out) -> {
            for (Long v : values) {
                out.collect(v + 1);
            }
        };
        harness(plusOne, range(0, 50_000)).expectOrdered(range(1, 50_001)).run();
    }

    @Test
    void keepsCopiesOfMutableRecordsUnderObjectReuse() throws Exception {
        List<Tuple2<String, Integer>> input = TestData.randomPairs(41, 3000, 50);
        MapPartitionFunction<Tuple2<String, Integer>, Tuple2<String, Integer>> forward = (values, out) -> {
            for (Tuple2<String, Integer> v : values) {
                out.collect(v);
            }
        };
        DriverConfig config = DriverConfig.of(new ExecutionConfig(), forward, TestSerializers.PAIR);
        DriverTestHarness.of(new MapPartitionDriver.Factory<Tuple2<String, Integer>>(config), TestSerializers.PAIR)
                .input(0, TestSerializers.PAIR, input)
                .expectOrdered(input)
                .run();
    }

    @Test
    void aggregatesAWholePartition() throws Exception {
        MapPartitionFunction<Long, Long> countAndSum = (values, out) -> {
            long count = 0;
            long sum = 0;
            for (Long v : values) {
                count++;
                sum += v;
            }
            out.collect(count);
            out.collect(sum);
        };
        harness(countAndSum, range(0, 1000)).expectOrdered(List.of(1000L, 499_500L)).run();
        harness(countAndSum, List.of()).expectOrdered(List.of(0L, 0L)).run();
    }

    @Test
    void secondIteratorFails() throws Exception {
        MapPartitionFunction<Long, Long> twice = (values, out) -> {
            values.iterator();
            try {
                values.iterator();
                out.collect(-1L);
            } catch (TraversableOnceException e) {
                out.collect(1L);
            }
        };
        harness(twice, range(0, 10)).expectOrdered(List.of(1L)).run();
    }

    @Test
    void functionThatStopsReadingEarlyDoesNotBlockTheTask() throws Exception {
        MapPartitionFunction<Long, Long> firstOnly = (values, out) -> out.collect(values.iterator().next());
        harness(firstOnly, range(5, 20_000)).expectOrdered(List.of(5L)).run();
    }

    @Test
    void failureOnTheHelperThreadReachesTheTaskThread() {
        MapPartitionFunction<Long, Long> failing = (values, out) -> {
            for (Long v : values) {
                if (v == 3000) {
                    throw new IllegalStateException("helper failed at " + v);
                }
            }
        };
        for (Variant variant : DriverTestHarness.allVariants()) {
            IllegalStateException e = assertThrows(IllegalStateException.class,
                    () -> harness(failing, range(0, 10_000)).runOnce(variant));
            assertEquals("helper failed at 3000", e.getMessage());
        }
    }

    @Test
    void checkedOutputFailureOnTheHelperThreadIsRethrownAsTheOriginal() throws Exception {
        MapPartitionFunction<Long, Long> forward = (values, out) -> {
            for (Long v : values) {
                out.collect(v);
            }
        };
        MapPartitionDriver<Long, Long> driver =
                new MapPartitionDriver<>(DriverConfig.of(new ExecutionConfig(), forward, TestSerializers.LONG));
        IOException broken = new IOException("downstream gone");
        driver.open(new TestOperatorContext(false), record -> {
            throw broken;
        });
        Exception thrown = assertThrows(Exception.class, () -> {
            for (long i = 0; i < 100_000; i++) {
                driver.processRecord(0, i);
            }
            driver.endInput(0);
        });
        assertSame(broken, thrown);
        driver.close();
    }

    @Test
    void closeStopsAHelperThreadBlockedOnInputOrOutput() throws Exception {
        CountDownLatch emitting = new CountDownLatch(1);
        AtomicReference<Thread> helper = new AtomicReference<>();
        MapPartitionFunction<Long, Long> forward = (values, out) -> {
            helper.set(Thread.currentThread());
            for (Long v : values) {
                out.collect(v);
            }
        };
        // the output blocks forever, like a stuck downstream buffer pool
        MapPartitionDriver<Long, Long> driver =
                new MapPartitionDriver<>(DriverConfig.of(new ExecutionConfig(), forward, TestSerializers.LONG));
        driver.open(new TestOperatorContext(false), record -> {
            emitting.countDown();
            Thread.sleep(Long.MAX_VALUE);
        });
        driver.processRecord(0, 1L);
        for (long i = 0; i < PartitionHandoff.BATCH_SIZE; i++) {
            driver.processRecord(0, i);
        }
        emitting.await();
        driver.close();
        assertFalse(helper.get().isAlive());
        driver.close();

        // and one that waits for input that never comes (the task was cancelled before endInput)
        helper.set(null);
        MapPartitionDriver<Long, Long> waiting =
                new MapPartitionDriver<>(DriverConfig.of(new ExecutionConfig(), forward, TestSerializers.LONG));
        waiting.open(new TestOperatorContext(false), record -> {});
        waiting.processRecord(0, 1L);
        while (helper.get() == null) {
            Thread.onSpinWait();
        }
        waiting.close();
        assertFalse(helper.get().isAlive());
    }

    @Test
    void helperThreadIsNamedAfterTheTask() throws Exception {
        AtomicReference<String> name = new AtomicReference<>();
        MapPartitionFunction<Long, Long> recordName = (values, out) -> name.set(Thread.currentThread().getName());
        MapPartitionDriver<Long, Long> driver =
                new MapPartitionDriver<>(DriverConfig.of(new ExecutionConfig(), recordName, TestSerializers.LONG));
        driver.open(new TestOperatorContext(false), record -> {});
        driver.endInput(0);
        driver.close();
        assertTrue(name.get().startsWith(TestOperatorContext.OPERATOR_NAME), name.get());
    }
}
