package io.eddy.cli.testprograms;

import io.eddy.api.ExecutionEnvironment;
import io.eddy.api.fs.FileSystem.WriteMode;

/**
 * Writes args[1] numbers (default a million) to args[0] slowly, a millisecond per record per
 * subtask, so a test can signal the process while the job runs and its output is staged.
 */
public final class SlowJob {

    private SlowJob() {}

    public static void main(String[] args) throws Exception {
        ExecutionEnvironment env = ExecutionEnvironment.getExecutionEnvironment();
        env.generateSequence(1, args.length > 1 ? Long.parseLong(args[1]) : 1_000_000)
                .map(n -> {
                    Thread.sleep(1);
                    return n;
                })
                .writeAsText(args[0], WriteMode.OVERWRITE);
        env.execute("slow job");
    }
}
