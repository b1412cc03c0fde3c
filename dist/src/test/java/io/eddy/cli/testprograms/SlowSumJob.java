package io.eddy.cli.testprograms;

import io.eddy.api.DataSet;
import io.eddy.api.ExecutionEnvironment;

/** A job that takes about a second (a map that sleeps), then prints one result line: for progress tests. */
public final class SlowSumJob {

    private SlowSumJob() {}

    public static void main(String[] args) throws Exception {
        ExecutionEnvironment env = ExecutionEnvironment.getExecutionEnvironment();
        DataSet<Long> numbers = env.generateSequence(1, 40).map(n -> {
            Thread.sleep(30);
            return n;
        }).returns(Long.class);
        System.out.println("sum=" + numbers.reduce(Long::sum).collect().get(0));
    }
}
