package io.eddy.examples.wordcount;

import io.eddy.api.functions.FlatMapFunction;
import io.eddy.api.DataSet;
import io.eddy.api.ExecutionEnvironment;
import io.eddy.api.tuple.Tuple2;
import io.eddy.api.utils.ParameterTool;
import io.eddy.api.fs.FileSystem.WriteMode;
import io.eddy.api.functions.Collector;

import java.util.Locale;

/**
 * Counts how often each word occurs in a text, with tuples: the classic first DataSet program.
 *
 * <p>Usage: {@code WordCount [--input <path>] [--output <path>]}. Without {@code --input} it counts
 * the bundled {@link WordCountData}; without {@code --output} it prints the counts. The output has one
 * line per word: {@code <word> <count>}.
 */
public class WordCount {

    public static void main(String[] args) throws Exception {
        ParameterTool params = ParameterTool.fromArgs(args);
        ExecutionEnvironment env = ExecutionEnvironment.getExecutionEnvironment();
        env.getConfig().setGlobalJobParameters(params);

        DataSet<String> text = params.has("input")
                ? env.readTextFile(params.get("input"))
                : env.fromElements(WordCountData.LINES);

        DataSet<Tuple2<String, Integer>> counts = text.flatMap(new Tokenizer())
                .groupBy(0)
                .sum(1);

        if (params.has("output")) {
            counts.writeAsCsv(params.get("output"), "\n", " ", WriteMode.OVERWRITE);
            env.execute("WordCount");
        } else {
            counts.print();
        }
    }

    /**
     * Splits a line into lower-case words (maximal runs of letters, digits and underscores) and emits
     * {@code (word, 1)} for each.
     */
    public static final class Tokenizer implements FlatMapFunction<String, Tuple2<String, Integer>> {

        @Override
        public void flatMap(String line, Collector<Tuple2<String, Integer>> out) {
            for (String token : line.toLowerCase(Locale.ROOT).split("\\W+")) {
                if (!token.isEmpty()) {
                    out.collect(new Tuple2<>(token, 1));
                }
            }
        }
    }
}
