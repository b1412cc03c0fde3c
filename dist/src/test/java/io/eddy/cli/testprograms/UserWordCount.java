package io.eddy.cli.testprograms;

import io.eddy.api.ExecutionEnvironment;
import io.eddy.api.fs.FileSystem.WriteMode;
import io.eddy.api.functions.FlatMapFunction;
import io.eddy.api.tuple.Tuple2;
import io.eddy.api.functions.Collector;
import java.util.Locale;

/**
 * A user's WordCount, as a Flink user writes one: {@code --input} and {@code --output} paths, a
 * tokenizer of its own. Its classes reach a cluster only in the user jar.
 */
public final class UserWordCount {

    private UserWordCount() {}

    public static void main(String[] args) throws Exception {
        String input = null;
        String output = null;
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (args[i].equals("--input")) {
                input = args[i + 1];
            } else if (args[i].equals("--output")) {
                output = args[i + 1];
            }
        }
        ExecutionEnvironment env = ExecutionEnvironment.getExecutionEnvironment();
        env.readTextFile(input)
                .flatMap(new Tokenizer())
                .groupBy(0)
                .sum(1)
                .writeAsCsv(output, "\n", " ", WriteMode.OVERWRITE);
        env.execute("user word count");
    }

    /** Splits lines into lower-case words, each with a count of 1. */
    public static final class Tokenizer implements FlatMapFunction<String, Tuple2<String, Integer>> {
        @Override
        public void flatMap(String line, Collector<Tuple2<String, Integer>> out) {
            for (String word : line.toLowerCase(Locale.ROOT).split("\\W+")) {
                if (!word.isEmpty()) {
                    out.collect(new Tuple2<>(word, 1));
                }
            }
        }
    }
}
