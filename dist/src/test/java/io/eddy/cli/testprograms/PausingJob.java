package io.eddy.cli.testprograms;

import io.eddy.api.ExecutionEnvironment;

/**
 * Two jobs with a pause of args[0] seconds between them, as a program that computes on its own
 * between jobs: on YARN its TaskExecutors are given back during the pause and asked for again.
 */
public final class PausingJob {

    private PausingJob() {}

    public static void main(String[] args) throws Exception {
        ExecutionEnvironment env = ExecutionEnvironment.getExecutionEnvironment();
        long first = env.generateSequence(1, 1000).rebalance().count();
        Thread.sleep(Long.parseLong(args[0]) * 1000);
        long second = env.generateSequence(1, 2000).rebalance().count();
        if (first != 1000 || second != 2000) {
            throw new IllegalStateException("counted " + first + " and " + second);
        }
    }
}
