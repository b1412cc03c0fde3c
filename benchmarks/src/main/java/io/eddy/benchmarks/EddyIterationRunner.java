package io.eddy.benchmarks;

import io.eddy.api.JobExecutionResult;
import io.eddy.api.utils.ParameterTool;
import io.eddy.runtime.iteration.SuperstepStats;

/**
 * Runs a job of {@link EddyIterationJobs} (the port of the Flink program, which must stay free of
 * Eddy-only calls) and then prints what Eddy alone can tell: one line per superstep from
 * {@link JobExecutionResult#getSuperstepStatistics()},
 * {@code superstep-ms <superstep> <milliseconds> <records fed back>}, which the iterations suite's
 * driver reads beside the {@code job-ms} line. Same arguments as {@link EddyIterationJobs}.
 */
public final class EddyIterationRunner {

    private EddyIterationRunner() {
    }

    public static void main(String[] args) throws Exception {
        printSupersteps(EddyIterationJobs.run(ParameterTool.fromArgs(args)));
    }

    /** One {@code superstep-ms <superstep> <milliseconds> <records fed back>} line per superstep of {@code result}. */
    static void printSupersteps(JobExecutionResult result) {
        for (SuperstepStats superstep : result.getSuperstepStatistics()) {
            System.out.println("superstep-ms " + superstep.superstep() + " " + superstep.millis() + " "
                    + superstep.feedbackRecords());
        }
    }
}
