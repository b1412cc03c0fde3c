package io.eddy.cli.testprograms;

import io.eddy.api.DataSet;
import io.eddy.api.ExecutionEnvironment;
import io.eddy.api.io.DiscardingOutputFormat;

/** A program with a small plan (a source, a filter, a sink), for the command line's plan output. */
public final class SmallJob {

    private SmallJob() {}

    public static void main(String[] args) throws Exception {
        ExecutionEnvironment env = ExecutionEnvironment.getExecutionEnvironment();
        DataSet<Long> numbers = env.generateSequence(1, 100);
        numbers.filter(n -> n % 2 == 0).output(new DiscardingOutputFormat<>());
        env.execute("small job");
    }
}
