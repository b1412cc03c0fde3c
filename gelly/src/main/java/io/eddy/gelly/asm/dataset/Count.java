package io.eddy.gelly.asm.dataset;

import io.eddy.api.DataSet;
import io.eddy.api.ExecutionEnvironment;
import io.eddy.api.accumulators.LongCounter;
import io.eddy.gelly.AnalyticHelper;
import java.io.IOException;

/**
 * Counts the records of a DataSet as a side result of the plan: unlike {@code DataSet.count()} it
 * runs no job of its own, so several counts and analytics share one execution.
 *
 * @param <T> the record type
 */
public class Count<T> {

    private static final String COUNT = "count";

    private ExecutionEnvironment env;

    private CountHelper<T> helper;

    /** Adds the counting sink to the plan of {@code input}; nothing runs yet. */
    public Count<T> run(DataSet<T> input) {
        env = input.getExecutionEnvironment();
        helper = new CountHelper<>();
        input.output(helper).name("Count");
        return this;
    }

    /** The number of records, once the plan has been executed. */
    public Long getResult() {
        if (helper == null) {
            throw new IllegalStateException("Count has not been added to a plan: call run(input) first");
        }
        Long count = helper.getAccumulator(env, COUNT);
        return count == null ? 0L : count;
    }

    /** Executes the plan and returns the count. */
    public Long execute() throws Exception {
        if (env == null) {
            throw new IllegalStateException("Count has not been added to a plan: call run(input) first");
        }
        env.execute();
        return getResult();
    }

    private static final class CountHelper<T> extends AnalyticHelper<T> {
        private long count;

        @Override
        public void writeRecord(T record) {
            count++;
        }

        @Override
        public void close() throws IOException {
            addAccumulator(COUNT, new LongCounter(count));
        }
    }
}
