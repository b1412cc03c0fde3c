package io.eddy.runtime.executor;

import static io.eddy.runtime.testutil.Jobs.op;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eddy.runtime.jobgraph.ShipStrategy;
import io.eddy.runtime.operator.OperatorContext;
import io.eddy.runtime.operator.Output;
import io.eddy.runtime.testutil.Jobs;
import io.eddy.runtime.testutil.LongSerializer;
import io.eddy.runtime.testutil.TestOperators;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A fast producer and a deliberately slow consumer: the producer must never run further ahead than
 * the channel's buffers hold, i.e. no exchange queue grows without bound.
 */
@Timeout(60)
class BackpressureTest {

    static final int BUFFER_SIZE = 1024;
    static final int BUFFERS_PER_CHANNEL = 2;
    static final long RECORDS = 20_000;
    /** A long record takes 12 bytes: a 4-byte length and 8 bytes of value. */
    static final long RECORDS_PER_BUFFER = BUFFER_SIZE / 12;

    static final AtomicLong EMITTED = new AtomicLong();
    static final AtomicLong CONSUMED = new AtomicLong();
    static final AtomicLong MAX_AHEAD = new AtomicLong();

    /** Counts each record before emitting it, so the count includes a record blocked in the writer. */
    static final class CountingSource extends TestOperators.BaseSource<Long> {
        @Override
        public void run() throws Exception {
            for (long i = 0; i < RECORDS; i++) {
                EMITTED.incrementAndGet();
                output.collect(i);
            }
        }
    }

    /** Sleeps now and then and samples how far the producer is ahead. */
    static final class SlowSink extends TestOperators.BaseOperator<Void> {
        private long expected;

        @Override
        public void open(OperatorContext context, Output<Void> output) throws Exception {
            super.open(context, output);
        }

        @Override
        public void processRecord(int input, Object record) throws Exception {
            assertEquals(expected++, (long) (Long) record);
            long consumed = CONSUMED.incrementAndGet();
            long ahead = EMITTED.get() - consumed;
            MAX_AHEAD.accumulateAndGet(ahead, Math::max);
            if (consumed % 200 == 0) {
                Thread.sleep(2);
            }
        }
    }

    @Test
    void producerNeverRunsAheadOfTheBuffers() throws Exception {
        try (MiniCluster cluster = new MiniCluster(MiniClusterConfiguration.defaults().withNumSlots(1)
                .withBufferSize(BUFFER_SIZE).withBuffersPerChannel(BUFFERS_PER_CHANNEL))) {
            Jobs job = Jobs.job("backpressure");
            int source = job.vertex("Fast source", 1, op("Source", CountingSource::new, 0, LongSerializer.INSTANCE));
            int sink = job.vertex("Slow sink", 1, op("Sink", SlowSink::new, 1, null));
            job.edge(source, sink, ShipStrategy.FORWARD, null, LongSerializer.INSTANCE);
            cluster.execute(job.build());
        }
        System.out.println("max records ahead: " + MAX_AHEAD.get());
        assertEquals(RECORDS, CONSUMED.get());
        // all buffers of the channel full (the one the consumer reads included) plus the record in flight
        long bound = BUFFERS_PER_CHANNEL * RECORDS_PER_BUFFER + 2;
        assertTrue(MAX_AHEAD.get() <= bound, "producer ran " + MAX_AHEAD.get() + " records ahead, bound " + bound);
        assertTrue(MAX_AHEAD.get() >= RECORDS_PER_BUFFER, "the producer never got ahead: the test proves nothing");
    }
}
