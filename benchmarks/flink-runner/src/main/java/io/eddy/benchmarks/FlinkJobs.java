package io.eddy.benchmarks;

import org.apache.flink.api.common.functions.FlatMapFunction;
import org.apache.flink.api.common.functions.JoinFunction;
import org.apache.flink.api.java.DataSet;
import org.apache.flink.api.java.ExecutionEnvironment;
import org.apache.flink.api.java.tuple.Tuple2;
import org.apache.flink.api.java.tuple.Tuple3;
import org.apache.flink.api.java.utils.ParameterTool;
import org.apache.flink.core.fs.FileSystem.WriteMode;
import org.apache.flink.util.Collector;

/**
 * The benchmark jobs as DataSet programs on a local environment: WordCount, a join + groupBy, and the
 * three-element job that measures fixed start-up cost. The program is written against Apache Flink 1.17
 * in {@code benchmarks/flink-runner}; the Eddy runner in the benchmarks module is the same file after
 * {@code port-from-flink.sed} and renaming the class.
 *
 * <p>Usage: {@code --job wordcount|join|three [--input <path>] [--output <path>] [--parallelism 2]};
 * prints {@code job-ms <milliseconds>} for the job itself, measured around {@code execute()}.
 */
public class FlinkJobs {

    public static void main(String[] args) throws Exception {
        ParameterTool params = ParameterTool.fromArgs(args);
        ExecutionEnvironment env = ExecutionEnvironment.createLocalEnvironment(params.getInt("parallelism", 2));
        long started = System.nanoTime();
        switch (params.getRequired("job")) {
            case "wordcount":
                wordCount(env, params.getRequired("input"), params.getRequired("output"));
                break;
            case "join":
                joinAndGroup(env, params.getRequired("input"), params.getRequired("output"));
                break;
            case "three":
                env.fromElements(1, 2, 3).print();
                break;
            default:
                throw new IllegalArgumentException("unknown job " + params.get("job"));
        }
        System.out.println("job-ms " + (System.nanoTime() - started) / 1_000_000);
    }

    /** Writes {@code <word> <count>} per word of the text file {@code input}. */
    static void wordCount(ExecutionEnvironment env, String input, String output) throws Exception {
        env.readTextFile(input)
                .flatMap(new Tokenizer())
                .groupBy(0)
                .sum(1)
                .writeAsCsv(output, "\n", " ", WriteMode.OVERWRITE);
        env.execute("WordCount benchmark");
    }

    /** Joins orders with customers on the customer key and writes {@code <segment>,<sum of prices>}. */
    static void joinAndGroup(ExecutionEnvironment env, String input, String output) throws Exception {
        DataSet<Tuple3<Long, Long, Long>> orders = env.readCsvFile(input + "/orders.csv")
                .types(Long.class, Long.class, Long.class);
        DataSet<Tuple2<Long, String>> customers = env.readCsvFile(input + "/customers.csv")
                .types(Long.class, String.class);
        orders.join(customers).where(1).equalTo(0)
                .with(new SegmentPrice())
                .groupBy(0)
                .sum(1)
                .writeAsCsv(output, "\n", ",", WriteMode.OVERWRITE);
        env.execute("Join and group benchmark");
    }

    /** Lower-case words (runs of letters, digits and underscores), each with count 1. */
    public static final class Tokenizer implements FlatMapFunction<String, Tuple2<String, Long>> {

        @Override
        public void flatMap(String line, Collector<Tuple2<String, Long>> out) {
            for (String token : line.toLowerCase().split("\\W+")) {
                if (!token.isEmpty()) {
                    out.collect(new Tuple2<>(token, 1L));
                }
            }
        }
    }

    /** {@code (order, customer) -> (segment, price)}. */
    public static final class SegmentPrice
            implements JoinFunction<Tuple3<Long, Long, Long>, Tuple2<Long, String>, Tuple2<String, Long>> {

        @Override
        public Tuple2<String, Long> join(Tuple3<Long, Long, Long> order, Tuple2<Long, String> customer) {
            return new Tuple2<>(customer.f1, order.f2);
        }
    }
}
