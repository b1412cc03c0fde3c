package io.eddy.benchmarks;

import io.eddy.api.DataSet;
import io.eddy.api.ExecutionEnvironment;
import io.eddy.api.io.DiscardingOutputFormat;
import io.eddy.api.operators.base.JoinOperatorBase.JoinHint;
import io.eddy.api.tuple.Tuple2;
import java.io.BufferedWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * The optimizer's choices measured: a text of about 50 MB joined with a five-element collection,
 * once with the plan the optimizer picks (it broadcasts the small side) and once forced to
 * repartition both sides, at parallelism 2, in one JVM, best of several runs after a warm-up.
 * Run with {@code scripts/benchmark.sh --suite plans}.
 */
public final class PlanBenchmarks {

    private PlanBenchmarks() {}

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("eddy-plan-bench");
        Path file = dir.resolve("big.csv");
        Random random = new Random(42);
        try (BufferedWriter out = Files.newBufferedWriter(file)) {
            long written = 0;
            while (written < 50L * 1024 * 1024) {
                String line = random.nextInt(1000) + "," + Long.toHexString(random.nextLong()) + Long.toHexString(random.nextLong());
                out.write(line);
                out.newLine();
                written += line.length() + 1;
            }
        }
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        double optimized = Double.MAX_VALUE;
        double repartition = Double.MAX_VALUE;
        for (int run = 0; run <= runs; run++) {
            double o = time(file, JoinHint.OPTIMIZER_CHOOSES);
            double r = time(file, JoinHint.REPARTITION_HASH_SECOND);
            if (run > 0) {
                optimized = Math.min(optimized, o);
                repartition = Math.min(repartition, r);
            }
        }
        System.out.printf(Locale.ROOT, "50 MB x 5-element join, p=2: optimizer's plan (broadcast) %.2f s, "
                + "forced repartition %.2f s, ratio %.2fx%n", optimized, repartition, repartition / optimized);
        Files.delete(file);
        Files.delete(dir);
    }

    private static double time(Path file, JoinHint hint) throws Exception {
        ExecutionEnvironment env = ExecutionEnvironment.createLocalEnvironment(2);
        DataSet<Tuple2<Integer, String>> big = env.readCsvFile(file.toString()).types(Integer.class, String.class);
        DataSet<Tuple2<Integer, String>> small = env.fromCollection(List.of(Tuple2.of(1, "a"), Tuple2.of(7, "b"),
                Tuple2.of(42, "c"), Tuple2.of(300, "d"), Tuple2.of(999, "e")));
        big.join(small, hint).where(0).equalTo(0).output(new DiscardingOutputFormat<>());
        long start = System.nanoTime();
        env.execute("plan benchmark " + hint);
        return (System.nanoTime() - start) / 1e9;
    }
}
