package io.eddy.ported;

import io.eddy.api.JobExecutionResult;
import io.eddy.api.accumulators.Accumulator;
import io.eddy.api.accumulators.IntCounter;
import io.eddy.api.functions.RichFilterFunction;
import io.eddy.api.functions.RichMapFunction;
import io.eddy.api.DataSet;
import io.eddy.api.ExecutionEnvironment;
import io.eddy.api.tuple.Tuple2;
import io.eddy.api.utils.ParameterTool;
import io.eddy.api.configuration.Configuration;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Rich functions: open() reading a broadcast set through getRuntimeContext(), the IntCounter and a
 * user-defined accumulator, and the accumulator results of execute() and of collect().
 */
public class BroadcastAndAccumulators {

    public static void main(String[] args) throws Exception {
        ParameterTool params = ParameterTool.fromArgs(args);
        ExecutionEnvironment env = ExecutionEnvironment.getExecutionEnvironment();
        List<String> result = new ArrayList<>();
        String sink = params.getRequired("work") + "/accepted";

        DataSet<Long> numbers = env.generateSequence(1, 1000);
        DataSet<Long> blocked = env.fromElements(3L, 5L, 7L);

        numbers.filter(new NotDivisibleByBlocked()).withBroadcastSet(blocked, "blocked")
                .map(new LabelWithMaximum())
                .writeAsText(sink);
        JobExecutionResult job = env.execute("broadcast and accumulators");

        Integer rejected = job.getAccumulatorResult("rejected");
        Long maximum = job.getAccumulatorResult("maximum");
        result.add(PortedPrograms.tag("accumulator.rejected", rejected));
        result.add(PortedPrograms.tag("accumulator.accepted", job.getIntCounterResult("accepted")));
        result.add(PortedPrograms.tag("accumulator.maximum", maximum));
        result.add(PortedPrograms.tag("sink.lines", PortedPrograms.readOutput(sink).size()));
        result.addAll(PortedPrograms.tag("sink.sample", PortedPrograms.readOutput(sink).stream()
                .filter(line -> line.startsWith("(1,") || line.startsWith("(998,")).sorted().toList()));

        // collect() runs a job too; its accumulators are in the last job's result
        List<Long> small = numbers.filter(n -> n <= 20).filter(new NotDivisibleByBlocked())
                .withBroadcastSet(blocked, "blocked").collect();
        result.addAll(PortedPrograms.tag("collect", small));
        Integer rejectedOfCollect = env.getLastJobExecutionResult().getAccumulatorResult("rejected");
        result.add(PortedPrograms.tag("lastJob.rejected", rejectedOfCollect));

        PortedPrograms.writeResult(params.getRequired("output"), result);
    }

    /** Drops the numbers divisible by any broadcast number, counting what it drops and keeps. */
    public static final class NotDivisibleByBlocked extends RichFilterFunction<Long> {

        private final IntCounter rejected = new IntCounter();
        private final IntCounter accepted = new IntCounter();
        private Set<Long> divisors;

        @Override
        public void open(Configuration parameters) {
            Collection<Long> broadcast = getRuntimeContext().getBroadcastVariable("blocked");
            divisors = new HashSet<>(broadcast);
            getRuntimeContext().addAccumulator("rejected", rejected);
            getRuntimeContext().addAccumulator("accepted", accepted);
        }

        @Override
        public boolean filter(Long value) {
            for (Long divisor : divisors) {
                if (value % divisor == 0) {
                    rejected.add(1);
                    return false;
                }
            }
            accepted.add(1);
            return true;
        }
    }

    /** Pairs every number with 1 and records the largest number in a user-defined accumulator. */
    public static final class LabelWithMaximum extends RichMapFunction<Long, Tuple2<Long, Integer>> {

        private final MaximumAccumulator maximum = new MaximumAccumulator();

        @Override
        public void open(Configuration parameters) {
            getRuntimeContext().addAccumulator("maximum", maximum);
        }

        @Override
        public Tuple2<Long, Integer> map(Long value) {
            maximum.add(value);
            return new Tuple2<>(value, 1);
        }
    }

    /** A user-defined accumulator: the largest value seen by any parallel instance. */
    public static final class MaximumAccumulator implements Accumulator<Long, Long> {

        private static final long serialVersionUID = 1L;

        private long maximum = Long.MIN_VALUE;

        @Override
        public void add(Long value) {
            maximum = Math.max(maximum, value);
        }

        @Override
        public Long getLocalValue() {
            return maximum;
        }

        @Override
        public void resetLocal() {
            maximum = Long.MIN_VALUE;
        }

        @Override
        public void merge(Accumulator<Long, Long> other) {
            maximum = Math.max(maximum, other.getLocalValue());
        }

        @Override
        public MaximumAccumulator clone() {
            MaximumAccumulator copy = new MaximumAccumulator();
            copy.maximum = maximum;
            return copy;
        }
    }
}
