package io.eddy.exec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eddy.api.ExecutionConfig;
import io.eddy.api.accumulators.IntCounter;
import io.eddy.api.accumulators.LongCounter;
import io.eddy.api.configuration.Configuration;
import io.eddy.api.functions.RichMapFunction;
import io.eddy.exec.testutil.DriverTestHarness;
import io.eddy.exec.testutil.DriverTestHarness.Schedule;
import io.eddy.exec.testutil.DriverTestHarness.Variant;
import io.eddy.exec.testutil.LifecycleLog;
import io.eddy.exec.testutil.TestSerializers;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The shared driver machinery: rich function lifecycle, broadcast sets, parameters, accumulators. */
class RichFunctionLifecycleTest {

    private static final AtomicInteger INITIALIZER_CALLS = new AtomicInteger();

    @BeforeEach
    void clearLog() {
        LifecycleLog.drain();
        INITIALIZER_CALLS.set(0);
    }

    private static List<Long> range(long from, long to) {
        return LongStream.range(from, to).boxed().collect(Collectors.toList());
    }

    /** Adds the sum of the broadcast set "offsets" (read in open) and a parameter to every record. */
    static final class AddBroadcastSum extends RichMapFunction<Long, Long> {
        private static final long serialVersionUID = 1L;
        private long offset;

        @Override
        public void open(Configuration parameters) {
            LifecycleLog.add("open");
            List<Long> offsets = getRuntimeContext().getBroadcastVariable("offsets");
            long sum = 0;
            for (long o : offsets) {
                sum += o;
            }
            Long cached = getRuntimeContext().<Long, Long>getBroadcastVariableWithInitializer("offsets", data -> {
                INITIALIZER_CALLS.incrementAndGet();
                long s = 0;
                for (Long v : data) {
                    s += v;
                }
                return s;
            });
            getRuntimeContext().<Long, Long>getBroadcastVariableWithInitializer("offsets", data -> {
                INITIALIZER_CALLS.incrementAndGet();
                return 0L;
            });
            assertEquals(sum, cached.longValue());
            offset = sum + parameters.getLong("extra", 0);
        }

        @Override
        public Long map(Long value) {
            getRuntimeContext().getIntCounter("records").add(1);
            return value + offset;
        }

        @Override
        public void close() {
            LifecycleLog.add("close");
        }
    }

    @Test
    void broadcastSetIsCompleteInOpenEvenWhenRegularRecordsComeFirst() throws Exception {
        DriverConfig config = addBroadcastSum();
        assertEquals(1, config.broadcastInputIndex("offsets"));
        DriverTestHarness<Long> harness = DriverTestHarness.of(new MapDriver.Factory<Long>(config), TestSerializers.LONG)
                .input(0, TestSerializers.LONG, range(0, 2500))
                .input(1, TestSerializers.LONG, List.of(1L, 2L, 3L))
                .expectOrdered(range(1006, 3506));
        harness.run();
        // every variant opened and closed exactly once, and the initializer ran once per run
        List<String> events = LifecycleLog.drain();
        int runs = DriverTestHarness.allVariants().size();
        assertEquals(runs * 2, events.size());
        for (int i = 0; i < events.size(); i += 2) {
            assertEquals(List.of("open", "close"), events.subList(i, i + 2));
        }
        assertEquals(runs, INITIALIZER_CALLS.get());
        assertEquals(2500, ((IntCounter) harness.lastContext().getAccumulators().get("records")).getLocalValuePrimitive());
    }

    @Test
    void regularRecordsLongBeforeTheBroadcastSetWaitInAFileInsteadOfTheHeap() throws Exception {
        DriverConfig config = addBroadcastSum();
        var operator = new MapDriver.Factory<Long>(config).create();
        io.eddy.exec.testutil.TestOperatorContext context = new io.eddy.exec.testutil.TestOperatorContext(false);
        List<Long> out = new java.util.ArrayList<>();
        try {
            operator.open(context, out::add);
            // 1.6 MB of records, far more than the few pages kept in memory
            for (long i = 0; i < 200_000; i++) {
                operator.processRecord(0, i);
            }
            operator.endInput(0);
            assertEquals(List.of(), out);
            assertEquals(1, context.spillFiles().size(), "the waiting records are in a file");
            for (long offset : List.of(1L, 2L, 3L)) {
                operator.processRecord(1, offset);
            }
            operator.endInput(1);
            assertEquals(range(1006, 201006), out);
            assertEquals(List.of(), context.spillFiles(), "the file is gone once the records went on");
            operator.close();
        } finally {
            context.shutdown();
            LifecycleLog.drain();
        }
    }

    /** {@link AddBroadcastSum} with the parameter "extra" = 1000 and the broadcast input "offsets" (input 1). */
    private static DriverConfig addBroadcastSum() {
        Configuration parameters = new Configuration();
        parameters.setLong("extra", 1000);
        return DriverConfig.of(new ExecutionConfig(), new AddBroadcastSum(), TestSerializers.LONG)
                .withParameters(parameters)
                .withBroadcastInput("offsets", TestSerializers.LONG);
    }

    /** Logs every lifecycle step with the record it saw. */
    static final class LoggingMap extends RichMapFunction<Long, Long> {
        private static final long serialVersionUID = 1L;
        private final long failOn;

        LoggingMap(long failOn) {
            this.failOn = failOn;
        }

        @Override
        public void open(Configuration parameters) {
            LifecycleLog.add("open:" + getRuntimeContext().getTaskName() + ":" + getRuntimeContext().getIndexOfThisSubtask());
        }

        @Override
        public Long map(Long value) {
            if (value == failOn) {
                throw new IllegalArgumentException("failing on " + value);
            }
            LifecycleLog.add("map:" + value);
            return value;
        }

        @Override
        public void close() {
            LifecycleLog.add("close");
        }
    }

    @Test
    void openPrecedesRecordsAndCloseFollowsThemEvenAfterAFailure() throws Exception {
        DriverConfig ok = DriverConfig.of(new ExecutionConfig(), new LoggingMap(-1), TestSerializers.LONG);
        DriverTestHarness.of(new MapDriver.Factory<Long>(ok), TestSerializers.LONG)
                .input(0, TestSerializers.LONG, List.of(1L, 2L))
                .runOnce(new Variant(Schedule.SEQUENTIAL, false, false));
        assertEquals(List.of("open:TestOperator:0", "map:1", "map:2", "close"), LifecycleLog.drain());

        DriverConfig failing = DriverConfig.of(new ExecutionConfig(), new LoggingMap(2), TestSerializers.LONG);
        DriverTestHarness<Long> harness = DriverTestHarness.of(new MapDriver.Factory<Long>(failing), TestSerializers.LONG)
                .input(0, TestSerializers.LONG, List.of(1L, 2L, 3L));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> harness.runOnce(new Variant(Schedule.SEQUENTIAL, false, false)));
        assertEquals("failing on 2", e.getMessage());
        assertEquals(List.of("open:TestOperator:0", "map:1", "close"), LifecycleLog.drain());
    }

    /** Reads a broadcast set that does not exist. */
    static final class ReadsUnknownBroadcast extends RichMapFunction<Long, Long> {
        private static final long serialVersionUID = 1L;

        @Override
        public void open(Configuration parameters) {
            getRuntimeContext().getBroadcastVariable("nope");
        }

        @Override
        public Long map(Long value) {
            return value;
        }
    }

    @Test
    void unknownBroadcastNameListsTheKnownOnes() {
        DriverConfig config = DriverConfig.of(new ExecutionConfig(), new ReadsUnknownBroadcast(), TestSerializers.LONG)
                .withBroadcastInput("centroids", TestSerializers.LONG);
        DriverTestHarness<Long> harness = DriverTestHarness.of(new MapDriver.Factory<Long>(config), TestSerializers.LONG)
                .input(0, TestSerializers.LONG, List.of(1L))
                .input(1, TestSerializers.LONG, List.of(2L));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> harness.runOnce(new Variant(Schedule.REVERSED, false, false)));
        assertTrue(e.getMessage().contains("'nope'") && e.getMessage().contains("centroids"), e.getMessage());
    }

    /** Registers accumulators in several ways. */
    static final class AccumulatingMap extends RichMapFunction<Long, Long> {
        private static final long serialVersionUID = 1L;
        private final boolean conflictingType;
        private transient IntCounter mine;

        AccumulatingMap(boolean conflictingType) {
            this.conflictingType = conflictingType;
        }

        @Override
        public void open(Configuration parameters) {
            getRuntimeContext().getLongCounter("sum");
            // a second counter of the same name and type: its value is merged in at close
            mine = new IntCounter();
            getRuntimeContext().addAccumulator("count", new IntCounter(100));
            getRuntimeContext().addAccumulator("count", mine);
            if (conflictingType) {
                getRuntimeContext().addAccumulator("count", new LongCounter());
            }
        }

        @Override
        public Long map(Long value) {
            getRuntimeContext().getLongCounter("sum").add(value);
            mine.add(1);
            return value;
        }
    }

    @Test
    void accumulatorsLandInTheTaskMap() throws Exception {
        DriverConfig config = DriverConfig.of(new ExecutionConfig(), new AccumulatingMap(false), TestSerializers.LONG);
        DriverTestHarness<Long> harness = DriverTestHarness.of(new MapDriver.Factory<Long>(config), TestSerializers.LONG)
                .input(0, TestSerializers.LONG, range(0, 10));
        harness.runOnce(new Variant(Schedule.SEQUENTIAL, false, false));
        assertEquals(45L, ((LongCounter) harness.lastContext().getAccumulators().get("sum")).getLocalValuePrimitive());
        assertEquals(110, ((IntCounter) harness.lastContext().getAccumulators().get("count")).getLocalValuePrimitive());
    }

    @Test
    void accumulatorOfAnotherTypeUnderTheSameNameIsAnError() {
        DriverConfig config = DriverConfig.of(new ExecutionConfig(), new AccumulatingMap(true), TestSerializers.LONG);
        DriverTestHarness<Long> harness = DriverTestHarness.of(new MapDriver.Factory<Long>(config), TestSerializers.LONG)
                .input(0, TestSerializers.LONG, range(0, 10));
        UnsupportedOperationException e = assertThrows(UnsupportedOperationException.class,
                () -> harness.runOnce(new Variant(Schedule.SEQUENTIAL, false, false)));
        assertTrue(e.getMessage().contains("'count'"), e.getMessage());
    }

    @Test
    void configValidatesSerializerCount() {
        assertThrows(IllegalArgumentException.class, () -> new DriverConfig(new ExecutionConfig(), null, null, 2,
                List.of(), List.of(TestSerializers.LONG)));
        assertThrows(IllegalArgumentException.class, () -> DriverConfig.of(new ExecutionConfig(), null, TestSerializers.LONG)
                .withBroadcastInput("a", TestSerializers.LONG).withBroadcastInput("a", TestSerializers.LONG));
    }
}
