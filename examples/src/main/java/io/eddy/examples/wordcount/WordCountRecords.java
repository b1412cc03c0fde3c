package io.eddy.examples.wordcount;

import io.eddy.api.DataSet;
import io.eddy.api.ExecutionEnvironment;
import io.eddy.api.utils.ParameterTool;
import io.eddy.api.fs.FileSystem.WriteMode;
import io.eddy.api.functions.Collector;

import java.util.Locale;

/**
 * WordCount written with a Java record and lambdas: the record's component {@code word} is the
 * grouping key, addressed by name, and the counts are combined by a reduce lambda.
 *
 * <p>Usage: {@code WordCountRecords [--input <path>] [--output <path>]}, as {@link WordCount}. The
 * output has one line per word: {@code <word> <count>}.
 *
 * <p>Flink 1.17 compiles this program but cannot run it: it treats records as generic types, which
 * cannot be grouped by field name (records became POJO-like types only in Flink 1.19).
 */
public class WordCountRecords {

    /** A word and how often it was seen. */
    public record WordWithCount(String word, long count) {
    }

    public static void main(String[] args) throws Exception {
        ParameterTool params = ParameterTool.fromArgs(args);
        ExecutionEnvironment env = ExecutionEnvironment.getExecutionEnvironment();
        env.getConfig().setGlobalJobParameters(params);

        DataSet<String> text = params.has("input")
                ? env.readTextFile(params.get("input"))
                : env.fromElements(WordCountData.LINES);

        DataSet<WordWithCount> counts = text
                .flatMap((String line, Collector<WordWithCount> out) -> {
                    for (String token : line.toLowerCase(Locale.ROOT).split("\\W+")) {
                        if (!token.isEmpty()) {
                            out.collect(new WordWithCount(token, 1L));
                        }
                    }
                })
                // the lambda's output type is erased; Flink needs it spelled out
                .returns(WordWithCount.class)
                .groupBy("word")
                .reduce((a, b) -> new WordWithCount(a.word(), a.count() + b.count()));

        DataSet<String> lines = counts.map(wc -> wc.word() + " " + wc.count()).returns(String.class);
        if (params.has("output")) {
            lines.writeAsText(params.get("output"), WriteMode.OVERWRITE);
            env.execute("WordCount with records");
        } else {
            lines.print();
        }
    }
}
