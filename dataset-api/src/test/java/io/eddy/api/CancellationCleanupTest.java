package io.eddy.api;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eddy.api.functions.Collector;
import io.eddy.api.io.DiscardingOutputFormat;
import io.eddy.api.tuple.Tuple2;
import io.eddy.compiler.JobGraphCompiler;
import io.eddy.runtime.executor.JobClient;
import io.eddy.runtime.executor.JobExecutionException;
import io.eddy.runtime.executor.MiniCluster;
import io.eddy.runtime.executor.MiniClusterConfiguration;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Cancelling a job in the middle of spilling returns every page and deletes every spill file. */
@Timeout(120)
class CancellationCleanupTest {

    @TempDir
    Path spillDir;

    private long spillFiles() throws Exception {
        try (Stream<Path> files = Files.walk(spillDir)) {
            return files.filter(Files::isRegularFile).count();
        }
    }

    @Test
    void cancellingWhileSortsAndJoinsSpillLeavesNothingBehind() throws Exception {
        ExecutionEnvironment env = ExecutionEnvironment.createLocalEnvironment(2);
        DataSet<Tuple2<Long, Long>> numbers = env.generateSequence(0, Long.MAX_VALUE - 1)
                .map(i -> Tuple2.of(i % 100_000, i))
                .returns(new io.eddy.api.typeinfo.TypeHint<Tuple2<Long, Long>>() {});
        numbers.groupBy(0)
                .reduceGroup((Iterable<Tuple2<Long, Long>> values, Collector<Long> out) -> out.collect(1L))
                .returns(Long.class)
                .output(new DiscardingOutputFormat<>());
        numbers.join(numbers).where(0).equalTo(0)
                .output(new DiscardingOutputFormat<>());
        MiniClusterConfiguration configuration = MiniClusterConfiguration.defaults().withNumSlots(2)
                .withPageSize(4096).withManagedMemory(2 * 128 * 4096L).withTempDirectories(List.of(spillDir.toString()));
        try (MiniCluster cluster = new MiniCluster(configuration)) {
            JobClient client = cluster.submit(JobGraphCompiler.compile(io.eddy.optimizer.Optimizer.optimize(env.createProgramPlan("endless spilling", true))));
            long deadline = System.nanoTime() + 60_000_000_000L;
            while (spillFiles() < 4 && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertTrue(spillFiles() >= 4, "the job should have spilled by now");
            client.cancel();
            assertThrows(JobExecutionException.class, client::awaitResult);
            assertTrue(cluster.memoryManager().verifyEmpty(), "every page is back after cancellation");
            assertTrue(spillFiles() == 0, "no spill file survives cancellation: " + spillFiles());
        }
        File[] left = spillDir.toFile().listFiles();
        assertTrue(left == null || left.length == 0, "the I/O manager's directory is removed on shutdown");
    }
}
