package io.eddy.cli.testprograms;

import io.eddy.api.ExecutionEnvironment;
import io.eddy.api.io.DiscardingOutputFormat;

/** Reads its input from the address in args[0], where nothing listens: a wrong HDFS address. */
public final class UnreachableInputJob {

    private UnreachableInputJob() {}

    public static void main(String[] args) throws Exception {
        ExecutionEnvironment env = ExecutionEnvironment.getExecutionEnvironment();
        env.readTextFile(args[0]).output(new DiscardingOutputFormat<>());
        env.execute("unreachable input");
    }
}
