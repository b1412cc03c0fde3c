package io.eddy.benchmarks;

import io.eddy.runtime.util.JvmDefaults;
import io.eddy.benchmarks.BenchmarkMain.Engine;
import io.eddy.benchmarks.BenchmarkMain.Measurement;
import io.eddy.benchmarks.BenchmarkMain.RunOptions;
import io.eddy.examples.relational.util.TpchData;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Runs the joins suite and prints a Markdown report: the jobs of {@code FlinkJoinJobs} ({@code q3},
 * {@code threeway}) over TPC-H-like tables on the plain-Java baseline ({@link JoinBaselines}), on Eddy
 * with the optimizer's plan, on Eddy with every choice forced to the worst strategy by hints, and on
 * Flink 1.17 with its optimizer's plan, each run in a fresh JVM with the same heap at parallelism 2.
 * Times are the jobs' own ({@code job-ms}: around {@code execute()}, so JVM start and program set-up are
 * left out); every engine's result lines must equal the baseline's.
 *
 * <p>The tables come from the examples' {@link TpchData}, generated once per scale into the data
 * directory; scale 1 has 150,000 customers, 1.5 M orders and about 6 M line items. Usage (normally
 * through {@code scripts/benchmark.sh --suite joins}):
 * <pre>
 * JoinBenchmarks --data-dir bench-data --work-dir target/bench [--scale 1] [--runs 2] [--xmx 1g]
 *                --baseline-classpath CP [--eddy-classpath CP] [--flink-jar JAR]
 * </pre>
 * An engine whose classpath or jar is not given is skipped.
 */
public final class JoinBenchmarks {

    private static final List<String> JOBS = List.of("q3", "threeway");
    private static final String BASELINE = "plain-Java baseline";
    private static final String EDDY = "Eddy";
    private static final String FLINK = "Flink 1.17.2";
    private static final String HAND_WRITTEN = "hand-written";
    private static final String OPTIMIZERS = "optimizer's";
    private static final String WORST = "worst (forced by hints)";

    /**
     * The hints that force the worst plan of each job: both joins sort-merge, and the aggregation runs
     * without a combiner. A sort-merge join repartitions and sorts both inputs, the large one included,
     * where a hash join builds a table from one input only. The other bad choices cost Eddy less CPU
     * time at scale 1 and parallelism 2: broadcasting the larger input and hashing all of it in every
     * instance (at parallelism 2 a broadcast ships it only twice), and repartitioning with the larger
     * input as build side. Without a combiner the three-way join's 125 groups receive every joined row
     * through the shuffle instead of a few per group and instance; Q3's groups are single orders that
     * the merge join leaves partitioned by order key, so there the hint changes nothing.
     */
    static final List<String> WORST_PLAN_HINTS = List.of("--join-hints",
            "REPARTITION_SORT_MERGE,REPARTITION_SORT_MERGE", "--combine-hint", "NONE");

    /** One engine running a job with one kind of plan. */
    record Variant(String engine, String plan, Engine runner, List<String> planArgs) {
    }

    /** The generated tables and their row counts. */
    record Tables(Path dir, double scale, long customers, long orders, long lineItems, long bytes) {

        String describe() {
            return String.format(Locale.ROOT, "scale %s: %,d customers, %,d orders, %,d line items (%,.0f MB)",
                    BigDecimal.valueOf(scale).stripTrailingZeros().toPlainString(), customers, orders, lineItems,
                    bytes / 1e6);
        }
    }

    private JoinBenchmarks() {
    }

    public static void main(String[] args) throws Exception {
        Arguments arguments = Arguments.parse(args, 0);
        RunOptions options = RunOptions.of(arguments);
        int runs = options.runs();
        String xmx = options.xmx();
        String java = BenchmarkMain.javaCommand();
        Files.createDirectories(options.workDir());
        Tables tables = prepareData(options.dataDir(), arguments.getDouble("scale", 1.0));

        Engine baseline = new Engine("baseline", List.of(), arguments.get("baseline-classpath"),
                BaselineJobs.class.getName(), false);
        Engine eddy = arguments.has("eddy-classpath") ? new Engine("eddy", JvmDefaults.OPTIONS, arguments.get("eddy-classpath"),
                "io.eddy.benchmarks.EddyJoinJobs", true) : null;
        Engine flink = arguments.has("flink-jar") ? new Engine("flink", BenchmarkMain.FLINK_JVM_OPTIONS,
                arguments.get("flink-jar"), "io.eddy.benchmarks.FlinkJoinJobs", true) : null;

        Map<String, Map<Variant, Measurement>> results = new LinkedHashMap<>();
        for (String job : JOBS) {
            List<Variant> variants = new ArrayList<>();
            variants.add(new Variant(BASELINE, HAND_WRITTEN, baseline, List.of()));
            if (eddy != null) {
                variants.add(new Variant(EDDY, OPTIMIZERS, eddy, List.of()));
                variants.add(new Variant(EDDY, WORST, eddy, WORST_PLAN_HINTS));
            }
            if (flink != null) {
                variants.add(new Variant(FLINK, OPTIMIZERS, flink, List.of()));
            }
            Map<Variant, Measurement> byVariant = new LinkedHashMap<>();
            List<String> reference = null;
            for (Variant variant : variants) {
                Path output = options.workDir().resolve(job + "-" + variant.runner().name()
                        + (variant.plan().equals(WORST) ? "-worst" : "") + ".out");
                List<String> jobArgs = new ArrayList<>(List.of("--input", tables.dir().toString(),
                        "--output", output.toString()));
                jobArgs.addAll(variant.planArgs());
                System.err.println("running " + job + " on " + variant.engine() + ", " + variant.plan() + " plan");
                long[] times = new long[runs];
                boolean same = true;
                try {
                    for (int run = 0; run < runs; run++) {
                        BenchmarkMain.deleteRecursively(output);
                        times[run] = BenchmarkMain.run(variant.runner().command(java, xmx, job, jobArgs)).jobMillis();
                        List<String> lines = BenchmarkMain.sortedLines(output);
                        if (reference == null) {
                            reference = lines;
                        } else {
                            same &= reference.equals(lines);
                        }
                    }
                } catch (IllegalStateException e) {
                    // one failing engine should not cost the measurements of the others
                    System.err.println(e.getMessage());
                    byVariant.put(variant, null);
                    continue;
                }
                Arrays.sort(times);
                byVariant.put(variant, new Measurement(times[0], BenchmarkMain.median(times), same));
            }
            results.put(job, byVariant);
        }

        // what execute() costs before any work: a three-element job in a fresh JVM
        Map<String, Long> fixedCost = new LinkedHashMap<>();
        if (eddy != null) {
            fixedCost.put(EDDY, threeElementJob(java, xmx, runs,
                    new Engine("eddy", eddy.jvmOptions(), eddy.classpath(), "io.eddy.benchmarks.EddyJobs", true)));
        }
        if (flink != null) {
            fixedCost.put(FLINK, threeElementJob(java, xmx, runs,
                    new Engine("flink", flink.jvmOptions(), flink.classpath(), "io.eddy.benchmarks.FlinkJobs", true)));
        }
        System.out.print(report(tables, results, fixedCost, runs, xmx));
    }

    /** Generates the tables of {@code scale} into the data directory unless a previous run did. */
    static Tables prepareData(Path dataDir, double scale) throws IOException {
        String name = BigDecimal.valueOf(scale).stripTrailingZeros().toPlainString();
        Path dir = dataDir.resolve("tpch-" + name);
        // written last, so an interrupted generation is redone
        Path counts = dir.resolve("rows");
        if (!Files.exists(counts)) {
            System.err.println("generating TPC-H-like tables at scale " + name + " into " + dir);
            TpchData.generate(dir, scale);
            Files.writeString(counts, countLines(dir.resolve("customer.csv")) + " "
                    + countLines(dir.resolve("orders.csv")) + " " + countLines(dir.resolve("lineitem.csv")) + "\n");
        }
        String[] rows = Files.readString(counts).trim().split(" ");
        long bytes = Files.size(dir.resolve("customer.csv")) + Files.size(dir.resolve("orders.csv"))
                + Files.size(dir.resolve("lineitem.csv"));
        return new Tables(dir, scale, Long.parseLong(rows[0]), Long.parseLong(rows[1]), Long.parseLong(rows[2]), bytes);
    }

    private static long countLines(Path file) throws IOException {
        long lines = 0;
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                for (int i = 0; i < n; i++) {
                    if (buffer[i] == '\n') {
                        lines++;
                    }
                }
            }
        }
        return lines;
    }

    /** The best time of the three-element job ({@code fromElements(1, 2, 3).print()}) on {@code engine}. */
    static long threeElementJob(String java, String xmx, int runs, Engine engine) throws Exception {
        long best = Long.MAX_VALUE;
        for (int run = 0; run < runs; run++) {
            best = Math.min(best, BenchmarkMain.run(engine.command(java, xmx, "three", List.of())).jobMillis());
        }
        return best;
    }

    static String report(Tables tables, Map<String, Map<Variant, Measurement>> results, Map<String, Long> fixedCost,
                         int runs, String xmx) throws IOException {
        StringBuilder out = new StringBuilder();
        out.append("Machine: ").append(BenchmarkMain.cpuModel()).append(", ")
                .append(Runtime.getRuntime().availableProcessors()).append(" cores, JVM ")
                .append(System.getProperty("java.vm.name")).append(' ').append(System.getProperty("java.version"))
                .append(", -Xmx").append(xmx).append(", parallelism 2; ").append(tables.describe())
                .append("; job time around execute(), best and median of ").append(runs)
                .append(" runs, each in a fresh JVM\n\n");
        out.append("| job | engine | plan | best s | median s | time vs baseline | time vs Eddy (optimizer's plan) | same result |\n");
        out.append("|---|---|---|---|---|---|---|---|\n");
        StringBuilder ratios = new StringBuilder();
        for (Map.Entry<String, Map<Variant, Measurement>> job : results.entrySet()) {
            Long baseline = best(job.getValue(), BASELINE, HAND_WRITTEN);
            Long eddy = best(job.getValue(), EDDY, OPTIMIZERS);
            for (Map.Entry<Variant, Measurement> entry : job.getValue().entrySet()) {
                Variant variant = entry.getKey();
                Measurement m = entry.getValue();
                if (m == null) {
                    out.append(String.format(Locale.ROOT, "| %s | %s | %s | failed | | | | |%n", job.getKey(),
                            variant.engine(), variant.plan()));
                    continue;
                }
                out.append(String.format(Locale.ROOT, "| %s | %s | %s | %.2f | %.2f | %s | %s | %s |%n", job.getKey(),
                        variant.engine(), variant.plan(), m.bestMillis() / 1000.0, m.medianMillis() / 1000.0,
                        ratio(m.bestMillis(), baseline), variant.engine().equals(BASELINE) ? ""
                                : ratio(m.bestMillis(), eddy), m.sameResult() ? "yes" : "NO"));
            }
            Long worst = best(job.getValue(), EDDY, WORST);
            Long flink = best(job.getValue(), FLINK, OPTIMIZERS);
            if (eddy != null && worst != null) {
                ratios.append(String.format(Locale.ROOT, "- %s: the optimizer's plan is %.2fx faster than the worst plan",
                        job.getKey(), (double) worst / eddy));
                if (flink != null) {
                    ratios.append(String.format(Locale.ROOT, "; Eddy takes %.2fx Flink's time (goal: at most 0.5x)",
                            (double) eddy / flink));
                    Long eddyFixed = fixedCost.get(EDDY);
                    Long flinkFixed = fixedCost.get(FLINK);
                    if (eddyFixed != null && flinkFixed != null && flink > flinkFixed) {
                        ratios.append(String.format(Locale.ROOT, ", %.2fx without each engine's fixed cost below",
                                (double) (eddy - eddyFixed) / (flink - flinkFixed)));
                    }
                }
                ratios.append('\n');
            }
        }
        out.append('\n').append(ratios).append(fixedCostNote(fixedCost, runs));
        return out.toString();
    }

    /** The line under a report that gives each engine's fixed cost (empty without any). */
    static String fixedCostNote(Map<String, Long> fixedCost, int runs) {
        if (fixedCost.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder("\nIncluded in every job time above: what execute() costs before any "
                + "work, in a fresh JVM (a three-element job, best of ").append(runs).append("):");
        fixedCost.forEach((engine, millis) ->
                out.append(String.format(Locale.ROOT, " %s %.2f s;", engine, millis / 1000.0)));
        out.setLength(out.length() - 1);
        return out.append(".\n").toString();
    }

    private static Long best(Map<Variant, Measurement> byVariant, String engine, String plan) {
        for (Map.Entry<Variant, Measurement> entry : byVariant.entrySet()) {
            if (entry.getKey().engine().equals(engine) && entry.getKey().plan().equals(plan) && entry.getValue() != null) {
                return entry.getValue().bestMillis();
            }
        }
        return null;
    }

    private static String ratio(long millis, Long reference) {
        return reference == null ? "" : String.format(Locale.ROOT, "%.2fx", (double) millis / reference);
    }
}
