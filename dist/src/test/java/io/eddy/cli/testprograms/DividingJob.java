package io.eddy.cli.testprograms;

import io.eddy.api.ExecutionEnvironment;
import io.eddy.api.functions.MapFunction;
import io.eddy.api.io.DiscardingOutputFormat;
import io.eddy.api.operators.MapOperator;

/** A job whose map function divides by zero on one record: a failure in user code. args[0] names the map. */
public final class DividingJob {

    private DividingJob() {}

    public static void main(String[] args) throws Exception {
        ExecutionEnvironment env = ExecutionEnvironment.getExecutionEnvironment();
        MapOperator<Long, Long> divided = env.generateSequence(1, 10)
                .map(new Divide());
        if (args.length > 0) {
            divided.name(args[0]);
        }
        divided.output(new DiscardingOutputFormat<>());
        env.execute("dividing job");
    }

    /** 100 / (n - 5): fails for n = 5. */
    public static final class Divide implements MapFunction<Long, Long> {
        @Override
        public Long map(Long n) {
            return 100 / (n - 5);
        }
    }
}
