package io.eddy.cli.testprograms;

import io.eddy.api.ExecutionEnvironment;
import io.eddy.api.functions.MapFunction;
import java.util.List;

/**
 * Prints the sum of the squares of 1..N (args[0], default 20). Its map function is a class of its
 * own, so a cluster runs it only if the job's jar reached the TaskExecutors.
 */
public final class SquaresJob {

    private SquaresJob() {}

    public static void main(String[] args) throws Exception {
        long n = args.length > 0 ? Long.parseLong(args[0]) : 20;
        ExecutionEnvironment env = ExecutionEnvironment.getExecutionEnvironment();
        List<Long> squares = env.generateSequence(1, n).map(new Square()).collect();
        System.out.println("sum of squares: " + squares.stream().mapToLong(Long::longValue).sum());
    }

    /** n * n. */
    public static final class Square implements MapFunction<Long, Long> {
        @Override
        public Long map(Long value) {
            return value * value;
        }
    }
}
