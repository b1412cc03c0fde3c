package io.eddy.benchmarks;

import io.eddy.api.JobExecutionResult;
import io.eddy.api.utils.ParameterTool;

/**
 * Runs a job of the graphs suite on Eddy: {@code --job gelly-pagerank} runs {@code EddyGraphPageRank},
 * every other job {@link EddyGraphJobs} (both the sed ports of the Flink Gelly programs), then prints
 * the superstep lines of {@link EddyIterationRunner#printSupersteps}. Same arguments as the programs.
 *
 * <p>{@code EddyGraphPageRank} is looked up by name: it needs Gelly's {@code linkanalysis.PageRank},
 * and until Eddy has that class benchmarks/pom.xml leaves it out of the build, so that PageRank fails
 * on Eddy (and is reported as failed) while the other jobs run.
 */
public final class EddyGraphRunner {

    static final String PAGE_RANK = "io.eddy.benchmarks.EddyGraphPageRank";

    private EddyGraphRunner() {
    }

    public static void main(String[] args) throws Exception {
        ParameterTool params = ParameterTool.fromArgs(args);
        JobExecutionResult result = params.getRequired("job").equals("gelly-pagerank")
                ? (JobExecutionResult) Class.forName(PAGE_RANK).getMethod("run", ParameterTool.class).invoke(null, params)
                : EddyGraphJobs.run(params);
        EddyIterationRunner.printSupersteps(result);
    }
}
