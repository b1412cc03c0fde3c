package io.eddy.exec;

import static org.junit.jupiter.api.Assertions.assertThrows;

import io.eddy.exec.testutil.DriverTestHarness;
import io.eddy.exec.testutil.TestSerializers;
import io.eddy.api.tuple.Tuple2;
import io.eddy.runtime.operator.Operator;
import io.eddy.runtime.operator.OperatorContext;
import io.eddy.runtime.operator.OperatorFactory;
import io.eddy.runtime.operator.Output;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

/** The harness must catch the mistakes it exists for. */
class HarnessSelfTest {

    /** Buffers records by reference, ignoring object reuse: wrong. */
    static final class KeepsReferences implements Operator<Tuple2<String, Integer>> {
        private final List<Object> kept = new ArrayList<>();
        private Output<Tuple2<String, Integer>> output;

        @Override
        public void open(OperatorContext context, Output<Tuple2<String, Integer>> out) {
            this.output = out;
        }

        @Override
        @SuppressWarnings("unchecked")
        public void processRecord(int input, Object record) {
            kept.add(record);
        }

        @Override
        @SuppressWarnings("unchecked")
        public void endInput(int input) throws Exception {
            for (Object r : kept) {
                output.collect((Tuple2<String, Integer>) r);
            }
        }

        @Override
        public void close() {}
    }

    /** Starts a thread it never stops: wrong. */
    static final class LeaksThread implements Operator<Long> {
        private Thread thread;

        @Override
        public void open(OperatorContext context, Output<Long> output) {
            thread = new Thread(() -> {
                try {
                    Thread.sleep(60_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            thread.setDaemon(true);
            thread.start();
        }

        @Override
        public void processRecord(int input, Object record) {}

        @Override
        public void endInput(int input) {}

        @Override
        public void close() {}

        void stop() {
            thread.interrupt();
        }
    }

    @Test
    void detectsADriverThatKeepsReferencesUnderObjectReuse() {
        List<Tuple2<String, Integer>> input = List.of(Tuple2.of("a", 1), Tuple2.of("b", 2), Tuple2.of("c", 3));
        OperatorFactory<Tuple2<String, Integer>> factory = KeepsReferences::new;
        assertThrows(AssertionFailedError.class, () -> DriverTestHarness.of(factory, TestSerializers.PAIR)
                .input(0, TestSerializers.PAIR, input)
                .expectOrdered(input)
                .run());
    }

    @Test
    void detectsALeakedThread() throws Exception {
        List<LeaksThread> created = new ArrayList<>();
        OperatorFactory<Long> factory = () -> {
            LeaksThread op = new LeaksThread();
            synchronized (created) {
                created.add(op);
            }
            return op;
        };
        try {
            assertThrows(AssertionFailedError.class, () -> DriverTestHarness.of(factory, TestSerializers.LONG)
                    .input(0, TestSerializers.LONG, List.of(1L))
                    .expectOrdered(List.of())
                    .run());
        } finally {
            for (LeaksThread op : created) {
                op.stop();
            }
        }
    }
}
