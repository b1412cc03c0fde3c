package io.eddy.benchmarks;

import io.eddy.benchmarks.IterationBenchmarks.Job;
import io.eddy.benchmarks.IterationBenchmarks.Measurement;
import io.eddy.benchmarks.IterationBenchmarks.Superstep;
import io.eddy.benchmarks.IterationData.Graph;
import io.eddy.benchmarks.IterationData.Points;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The iterations suite's Markdown report: the job times of every engine with their ratios to the
 * baseline and to Flink, the goal (Eddy within 3x of the baseline), the time of every superstep on
 * the baseline and on Eddy, and what each engine's {@code execute()} costs before any work.
 */
final class IterationReport {

    static final double GOAL = 3.0;
    private static final String BASELINE = "plain-Java baseline";
    private static final String EDDY = "Eddy";
    private static final String FLINK = "Flink 1.17.2";

    private IterationReport() {
    }

    static String render(Graph graph, Points points, Map<Job, Map<String, Measurement>> results,
                         Map<String, Long> fixedCost, int runs, String xmx) throws IOException {
        return render(describe(graph) + String.format(Locale.ROOT, "; %,d points around %d centres", points.points(),
                points.k()), FLINK, results, fixedCost, runs, xmx);
    }

    /** The graph, e.g. {@code R-MAT graph of 2^20 vertices and 16,777,216 edges (250 MB)}. */
    static String describe(Graph graph) throws IOException {
        return String.format(Locale.ROOT, "R-MAT graph of 2^%d vertices and %,d edges (%,.0f MB)", graph.logVertices(),
                graph.edges(), Files.size(graph.edgesFile()) / 1e6);
    }

    /**
     * The report of any suite that runs jobs on the baseline, Eddy and the Flink engine named
     * {@code flink}; {@code inputs} describes the data.
     */
    static String render(String inputs, String flink, Map<Job, Map<String, Measurement>> results,
                         Map<String, Long> fixedCost, int runs, String xmx) throws IOException {
        StringBuilder out = new StringBuilder();
        out.append("Machine: ").append(BenchmarkMain.cpuModel()).append(", ")
                .append(Runtime.getRuntime().availableProcessors()).append(" cores, JVM ")
                .append(System.getProperty("java.vm.name")).append(' ').append(System.getProperty("java.version"))
                .append(", -Xmx").append(xmx).append(", parallelism 2; ").append(inputs).append("; ")
                .append("job time around execute(), best and median of ").append(runs)
                .append(" runs, each in a fresh JVM\n\n");
        out.append("| job | engine | best s | median s | time vs baseline | time vs Flink | supersteps | same result |\n");
        out.append("|---|---|---|---|---|---|---|---|\n");
        StringBuilder ratios = new StringBuilder();
        for (Map.Entry<Job, Map<String, Measurement>> job : results.entrySet()) {
            Map<String, Measurement> byEngine = job.getValue();
            Long baseline = best(byEngine, BASELINE);
            Long flinkBest = best(byEngine, flink);
            for (Map.Entry<String, Measurement> entry : byEngine.entrySet()) {
                Measurement m = entry.getValue();
                if (m == null) {
                    out.append(String.format(Locale.ROOT, "| %s | %s | failed | | | | | |%n", job.getKey().title(),
                            entry.getKey()));
                    continue;
                }
                out.append(String.format(Locale.ROOT, "| %s | %s | %.2f | %.2f | %s | %s | %s | %s |%n",
                        job.getKey().title(), entry.getKey(), m.bestMillis() / 1000.0, m.medianMillis() / 1000.0,
                        ratio(m.bestMillis(), baseline), ratio(m.bestMillis(), flinkBest),
                        m.supersteps().isEmpty() ? "" : Integer.toString(m.supersteps().size()),
                        entry.getKey().equals(BASELINE) ? "reference" : m.sameResult() ? "yes" : "NO"));
            }
            ratios.append(ratioLine(job.getKey().name(), baseline, best(byEngine, EDDY), flinkBest,
                    fixedCost.get(EDDY), fixedCost.get(flink)));
        }
        out.append('\n').append(ratios);
        out.append(superstepTable(results));
        out.append(JoinBenchmarks.fixedCostNote(fixedCost, runs));
        return out.toString();
    }

    private static String ratioLine(String job, Long baseline, Long eddy, Long flink, Long eddyFixed, Long flinkFixed) {
        if (baseline == null || (eddy == null && flink == null)) {
            return "";
        }
        StringBuilder line = new StringBuilder("- ").append(job).append(':');
        if (eddy != null) {
            line.append(String.format(Locale.ROOT, " Eddy takes %.2fx the baseline's time (goal: at most %.0fx)",
                    (double) eddy / baseline, GOAL));
        }
        if (flink != null) {
            line.append(eddy != null ? "," : "").append(String.format(Locale.ROOT, " Flink %.2fx",
                    (double) flink / baseline));
        }
        if (eddy != null && flink != null) {
            line.append(String.format(Locale.ROOT, "; Eddy is %.2fx faster than Flink", (double) flink / eddy));
            if (eddyFixed != null && flinkFixed != null && eddy > eddyFixed && flink > flinkFixed) {
                line.append(String.format(Locale.ROOT, " (%.2fx without each engine's fixed cost below)",
                        (double) (flink - flinkFixed) / (eddy - eddyFixed)));
            }
        }
        return line.append('\n').toString();
    }

    /** One row per superstep of every job, baseline beside Eddy, then the time outside the loop. */
    private static String superstepTable(Map<Job, Map<String, Measurement>> results) {
        StringBuilder out = new StringBuilder("\nTime per superstep, best run (Eddy from "
                + "JobExecutionResult.getSuperstepStatistics(), the baseline from its own loop; Flink reports none; "
                + "records fed back: the next ranks, workset or centroids):\n\n");
        out.append("| job | superstep | baseline ms | Eddy ms | Eddy vs baseline | records fed back |\n");
        out.append("|---|---|---|---|---|---|\n");
        boolean any = false;
        for (Map.Entry<Job, Map<String, Measurement>> job : results.entrySet()) {
            // a baseline without supersteps (Dijkstra) has nothing to set beside Eddy's
            Measurement baseline = job.getValue().get(BASELINE);
            if (baseline != null && baseline.supersteps().isEmpty()) {
                baseline = null;
            }
            Measurement eddy = job.getValue().get(EDDY);
            List<Superstep> base = baseline == null ? List.of() : baseline.supersteps();
            List<Superstep> ours = eddy == null ? List.of() : eddy.supersteps();
            int rows = Math.max(base.size(), ours.size());
            for (int i = 0; i < rows; i++) {
                Superstep b = i < base.size() ? base.get(i) : null;
                Superstep e = i < ours.size() ? ours.get(i) : null;
                Superstep shown = e != null ? e : b;
                out.append(String.format(Locale.ROOT, "| %s | %d | %s | %s | %s | %s |%n", job.getKey().name(),
                        shown.number(), b == null ? "" : Long.toString(b.millis()), e == null ? "" : Long.toString(e.millis()),
                        b == null || e == null ? "" : ratio(e.millis(), Math.max(1, b.millis())),
                        String.format(Locale.ROOT, "%,d", shown.records())));
                any = true;
            }
            if (rows > 0) {
                long baseSum = sum(base);
                long oursSum = sum(ours);
                out.append(String.format(Locale.ROOT, "| %s | all | %s | %s | %s | |%n", job.getKey().name(),
                        baseline == null ? "" : Long.toString(baseSum), eddy == null ? "" : Long.toString(oursSum),
                        baseline == null || eddy == null ? "" : ratio(oursSum, Math.max(1, baseSum))));
                out.append(String.format(Locale.ROOT, "| %s | outside the loop | %s | %s | %s | |%n",
                        job.getKey().name(), baseline == null ? "" : Long.toString(baseline.bestMillis() - baseSum),
                        eddy == null ? "" : Long.toString(eddy.bestMillis() - oursSum),
                        baseline == null || eddy == null ? ""
                                : ratio(eddy.bestMillis() - oursSum, Math.max(1, baseline.bestMillis() - baseSum))));
            }
        }
        return any ? out.toString() : "";
    }

    private static long sum(List<Superstep> supersteps) {
        long total = 0;
        for (Superstep superstep : supersteps) {
            total += superstep.millis();
        }
        return total;
    }

    private static Long best(Map<String, Measurement> byEngine, String engine) {
        Measurement m = byEngine.get(engine);
        return m == null ? null : m.bestMillis();
    }

    private static String ratio(long millis, Long reference) {
        return reference == null ? "" : String.format(Locale.ROOT, "%.2fx", (double) millis / reference);
    }
}
