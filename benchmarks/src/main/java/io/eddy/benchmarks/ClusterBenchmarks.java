package io.eddy.benchmarks;

import io.eddy.runtime.util.JvmDefaults;
import io.eddy.api.ExecutionEnvironment;
import io.eddy.api.configuration.Configuration;
import io.eddy.api.functions.MapFunction;
import io.eddy.api.io.DiscardingOutputFormat;
import io.eddy.api.tuple.Tuple2;
import io.eddy.client.ClusterExecutor;
import io.eddy.client.LocalExecutor;
import io.eddy.runtime.cluster.ClusterClient;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

/**
 * The distributed runtime against the embedded one, on this host: the throughput of one exchange in
 * memory and over loopback TCP (a source, one exchange, a discarding sink, 100-byte records), and
 * WordCount and PageRank on the embedded runtime (in this JVM) and on a JobManager with two
 * TaskExecutor processes of one slot each, at parallelism 2. Times are the client's, around
 * {@code execute()}: submission, deployment and the job. Run with
 * {@code scripts/benchmark.sh --suite cluster [--runs 3] [--scale 1]}.
 */
public final class ClusterBenchmarks {

    private static final int PAYLOAD = 92;

    private ClusterBenchmarks() {}

    public static void main(String[] args) throws Exception {
        Arguments arguments = Arguments.parse(args, 0);
        Path dataDir = Path.of(arguments.get("data-dir"));
        Path workDir = Files.createDirectories(Path.of(arguments.get("work-dir")));
        int runs = arguments.getInt("runs", 3);
        double scale = Double.parseDouble(arguments.get("scale", "1"));
        long exchangeRecords = (long) (20_000_000 * scale);
        long textBytes = (long) ((256L << 20) * scale);
        int logVertices = 18 + (int) Math.round(Math.log(scale) / Math.log(2));

        StringBuilder report = new StringBuilder();
        report.append(String.format(Locale.ROOT, "machine: %s, %d cores; %d runs, median%n", BenchmarkMain.cpuModel(),
                Runtime.getRuntime().availableProcessors(), runs));

        long[] inMemory = new long[runs];
        long[] loopback = new long[runs];
        for (int run = 0; run < runs; run++) {
            inMemory[run] = exchange(localEnv(false), exchangeRecords);
            loopback[run] = exchange(localEnv(true), exchangeRecords);
        }
        report.append(exchangeLine("one exchange, in memory", exchangeRecords, inMemory));
        report.append(exchangeLine("one exchange, loopback TCP (credit-based)", exchangeRecords, loopback));

        Path text = dataDir.resolve("cluster-text-" + textBytes + ".txt");
        if (!Files.exists(text)) {
            Files.createDirectories(dataDir);
            new TextGenerator(100_000).write(text, textBytes);
        }
        IterationData.Graph graph = IterationData.graph(dataDir, logVertices, 16);

        long[] wordCountEmbedded = new long[runs];
        long[] pageRankEmbedded = new long[runs];
        for (int run = 0; run < runs; run++) {
            wordCountEmbedded[run] = wordCount(localEnv(false), text, workDir.resolve("wc-embedded"));
            pageRankEmbedded[run] = pageRank(localEnv(false), graph, workDir.resolve("pr-embedded"));
        }
        long[] wordCountCluster = new long[runs];
        long[] pageRankCluster = new long[runs];
        try (Cluster cluster = new Cluster(workDir.resolve("cluster"), 2)) {
            for (int run = 0; run < runs; run++) {
                wordCountCluster[run] = wordCount(cluster.env(), text, workDir.resolve("wc-cluster"));
                pageRankCluster[run] = pageRank(cluster.env(), graph, workDir.resolve("pr-cluster"));
            }
        }
        report.append(String.format(Locale.ROOT, "%-44s %10s %10s %8s%n", "job (parallelism 2)", "embedded", "JM+2 TEs", "ratio"));
        report.append(jobLine(String.format(Locale.ROOT, "WordCount, %d MB of text", textBytes >> 20), wordCountEmbedded,
                wordCountCluster));
        report.append(jobLine(String.format(Locale.ROOT, "PageRank, R-MAT 2^%d, 10 supersteps", logVertices),
                pageRankEmbedded, pageRankCluster));
        System.out.print(report);
    }

    private static ExecutionEnvironment localEnv(boolean network) {
        Configuration conf = new Configuration();
        conf.setString(LocalExecutor.NETWORK_EXCHANGES, Boolean.toString(network));
        ExecutionEnvironment env = ExecutionEnvironment.createLocalEnvironment(conf);
        env.setParallelism(2);
        return env;
    }

    /** Makes a 100-byte record (a long and 92 bytes) of every number. */
    public static final class Payload implements MapFunction<Long, Tuple2<Long, byte[]>> {
        private final byte[] bytes = new byte[PAYLOAD];

        @Override
        public Tuple2<Long, byte[]> map(Long value) {
            return Tuple2.of(value, bytes);
        }
    }

    /** Milliseconds for {@code records} records through one exchange (parallelism 1 on both sides). */
    private static long exchange(ExecutionEnvironment env, long records) throws Exception {
        env.setParallelism(1);
        env.generateSequence(1, records).map(new Payload()).rebalance().output(new DiscardingOutputFormat<>());
        long started = System.nanoTime();
        env.execute("exchange");
        return (System.nanoTime() - started) / 1_000_000;
    }

    private static long wordCount(ExecutionEnvironment env, Path text, Path output) throws Exception {
        long started = System.nanoTime();
        EddyJobs.wordCount(env, text.toString(), output.toString());
        return (System.nanoTime() - started) / 1_000_000;
    }

    private static long pageRank(ExecutionEnvironment env, IterationData.Graph graph, Path output) throws Exception {
        EddyIterationJobs.pageRank(env, graph.dir().toString(), output.toString(), graph.vertices(), 10);
        long started = System.nanoTime();
        env.execute("PageRank");
        return (System.nanoTime() - started) / 1_000_000;
    }

    private static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return BenchmarkMain.median(sorted);
    }

    private static String exchangeLine(String name, long records, long[] millis) {
        long ms = median(millis);
        double seconds = ms / 1000.0;
        return String.format(Locale.ROOT, "%-44s %8d ms  %,12.0f records/s  %8.1f MB/s%n", name, ms, records / seconds,
                records * (8.0 + PAYLOAD) / seconds / (1 << 20));
    }

    private static String jobLine(String name, long[] embedded, long[] cluster) {
        long e = median(embedded);
        long c = median(cluster);
        return String.format(Locale.ROOT, "%-44s %7d ms %7d ms %7.2fx%n", name, e, c, (double) c / e);
    }

    /** A JobManager and TaskExecutors of one slot each, as processes on this host with this JVM's class path. */
    private static final class Cluster implements AutoCloseable {
        private final Path dir;
        private final Path secret;
        private final List<Process> processes = new ArrayList<>();
        private final String address;

        Cluster(Path dir, int taskExecutors) throws Exception {
            this.dir = Files.createDirectories(dir);
            byte[] key = new byte[32];
            new SecureRandom().nextBytes(key);
            secret = dir.resolve("secret");
            Files.writeString(secret, Base64.getEncoder().encodeToString(key));
            Path addressFile = dir.resolve("address");
            Files.deleteIfExists(addressFile);
            processes.add(start("jobmanager", "io.eddy.runtime.cluster.JobManager", "-Xmx512m",
                    "--secret-file", secret.toString(), "--address-file", addressFile.toString()));
            long deadline = System.currentTimeMillis() + 60_000;
            while (!Files.exists(addressFile)) {
                if (System.currentTimeMillis() > deadline) {
                    throw new IllegalStateException("the JobManager did not start; see " + dir.resolve("jobmanager.log"));
                }
                Thread.sleep(50);
            }
            address = Files.readString(addressFile).trim();
            for (int i = 1; i <= taskExecutors; i++) {
                processes.add(start("taskexecutor-" + i, "io.eddy.runtime.cluster.TaskExecutorRunner", "-Xmx1g",
                        "--jobmanager", address, "--secret-file", secret.toString(), "--slots", "1",
                        "--managed-memory", Long.toString(256L << 20), "--id", "te-" + i));
            }
            try (ClusterClient client = ClusterClient.connect(address, ClusterClient.readSecret(secret))) {
                while (client.list().taskExecutors() < taskExecutors) {
                    if (System.currentTimeMillis() > deadline) {
                        throw new IllegalStateException("the TaskExecutors did not register; see " + dir);
                    }
                    Thread.sleep(50);
                }
            }
        }

        private Process start(String name, String mainClass, String heap, String... args) throws IOException {
            List<String> command = new ArrayList<>(List.of(BenchmarkMain.javaCommand(), heap));
            command.addAll(JvmDefaults.OPTIONS);
            command.addAll(List.of("-cp", System.getProperty("java.class.path"), mainClass));
            command.addAll(List.of(args));
            return new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(dir.resolve(name + ".log").toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
        }

        ExecutionEnvironment env() {
            Configuration conf = new Configuration();
            conf.setString(ClusterExecutor.SECRET_FILE, secret.toString());
            String[] hostPort = address.split(":");
            ExecutionEnvironment env = ExecutionEnvironment.createRemoteEnvironment(hostPort[0],
                    Integer.parseInt(hostPort[1]), conf);
            env.setParallelism(2);
            return env;
        }

        @Override
        public void close() throws Exception {
            try (ClusterClient client = ClusterClient.connect(address, ClusterClient.readSecret(secret))) {
                client.shutdownCluster();
            } catch (Exception e) {
                System.err.println("the cluster did not stop cleanly: " + e);
            }
            for (Process process : processes) {
                if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            }
        }
    }
}
