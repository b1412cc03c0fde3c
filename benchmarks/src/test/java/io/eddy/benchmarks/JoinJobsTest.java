package io.eddy.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eddy.api.ExecutionEnvironment;
import io.eddy.api.utils.ParameterTool;
import io.eddy.examples.relational.util.TpchData;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The joins suite compares engines only if they compute the same thing: the plain-Java baselines,
 * whatever their number of threads, write the lines the DataSet program writes on Eddy, with the
 * optimizer's plan and with the worst plan the suite forces.
 */
class JoinJobsTest {

    @TempDir
    static Path temp;

    @BeforeAll
    static void generateTables() throws Exception {
        TpchData.generate(temp.resolve("tables"), 0.005);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"q3", "threeway"})
    void baselinesWriteWhatEddyWritesWithEitherPlan(String job) throws Exception {
        Path tables = temp.resolve("tables");
        List<String> expected = null;
        for (List<String> hints : List.of(List.<String>of(), JoinBenchmarks.WORST_PLAN_HINTS)) {
            Path output = temp.resolve(job + "-eddy-" + hints.size());
            ExecutionEnvironment env = ExecutionEnvironment.createLocalEnvironment(2);
            EddyJoinJobs.Hints parsed = new EddyJoinJobs.Hints(ParameterTool.fromArgs(hints.toArray(new String[0])));
            if (job.equals("q3")) {
                EddyJoinJobs.q3(env, tables.toString(), output.toString(), parsed);
            } else {
                EddyJoinJobs.threeWay(env, tables.toString(), output.toString(), parsed);
            }
            env.execute();
            List<String> lines = BenchmarkMain.sortedLines(output);
            if (expected == null) {
                expected = lines;
                assertTrue(expected.size() > 10, "the tables are large enough for a meaningful result: " + expected);
            } else {
                assertEquals(expected, lines, "hints " + hints);
            }
        }
        for (int threads : new int[] {1, 3}) {
            Path baseline = temp.resolve(job + "-baseline-" + threads);
            if (job.equals("q3")) {
                JoinBaselines.q3(tables, baseline, threads);
            } else {
                JoinBaselines.threeWay(tables, baseline, threads);
            }
            assertEquals(expected, BenchmarkMain.sortedLines(baseline), threads + " threads");
        }
    }
}
