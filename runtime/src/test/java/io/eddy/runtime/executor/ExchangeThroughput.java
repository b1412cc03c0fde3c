package io.eddy.runtime.executor;

import static io.eddy.runtime.testutil.Jobs.op;

import io.eddy.runtime.exchange.HashChannelSelector;
import io.eddy.runtime.jobgraph.ShipStrategy;
import io.eddy.runtime.operator.OperatorFactory;
import io.eddy.runtime.testutil.Jobs;
import io.eddy.runtime.testutil.LongComparator;
import io.eddy.runtime.testutil.LongSerializer;
import io.eddy.runtime.testutil.TestOperators;

/**
 * Not a test: pushes 50 million longs through a hash exchange at parallelism 2 and prints the rate.
 * Run with {@code java -cp <test classpath> io.eddy.runtime.executor.ExchangeThroughput [records]}.
 */
public final class ExchangeThroughput {

    private ExchangeThroughput() {}

    /** Counts records into an accumulator; does nothing else, so the exchange dominates. */
    static final class CountingSink extends TestOperators.BaseOperator<Void> {
        private long count;

        @Override
        public void processRecord(int input, Object record) {
            count++;
        }

        @Override
        public void endInput(int input) {
            context.getAccumulators().put("received", count);
        }
    }

    public static void main(String[] args) throws Exception {
        long records = args.length > 0 ? Long.parseLong(args[0]) : 50_000_000L;
        try (MiniCluster cluster = new MiniCluster(MiniClusterConfiguration.defaults().withNumSlots(2))) {
            for (int run = 1; run <= 3; run++) {
                Jobs job = Jobs.job("throughput");
                int source = job.vertex("Source", 2, op("Sequence", TestOperators.sequence(records), 0, LongSerializer.INSTANCE));
                int sink = job.vertex("Sink", 2, op("Count", (OperatorFactory<Void>) CountingSink::new, 1, null));
                job.edge(source, sink, ShipStrategy.HASH, new HashChannelSelector<>(new LongComparator()), LongSerializer.INSTANCE);
                long start = System.nanoTime();
                JobResult result = cluster.execute(job.build());
                double seconds = (System.nanoTime() - start) / 1e9;
                long received = result.accumulators().get("received").stream().mapToLong(o -> (Long) o).sum();
                if (received != records) {
                    throw new IllegalStateException("lost records: " + received + " of " + records);
                }
                System.out.printf("run %d: %,d records in %.2f s = %,.0f records/s%n", run, records, seconds, records / seconds);
            }
        }
    }
}
