package io.eddy.examples;

import static io.eddy.examples.ExampleOutputs.readLines;
import static io.eddy.examples.ExampleOutputs.sorted;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.eddy.api.ExecutionEnvironment;
import io.eddy.examples.relational.TpchQuery3;
import io.eddy.examples.relational.TpchQuery3Reference;
import io.eddy.examples.relational.WebLogAnalysis;
import io.eddy.examples.relational.WebLogAnalysisReference;
import io.eddy.examples.relational.util.TpchData;
import io.eddy.examples.relational.util.WebLogData;
import io.eddy.examples.wordcount.WordCount;
import io.eddy.examples.wordcount.WordCountData;
import io.eddy.examples.wordcount.WordCountRecords;
import io.eddy.examples.wordcount.WordCountReference;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Runs every example's {@code main} on the embedded runtime at parallelism 1 and 4, with
 * {@code --input} and {@code --output} in a temporary directory, and compares the written lines with
 * the plain-Java reference implementation over the same data.
 */
class ExamplesITCase {

    @TempDir
    Path temp;

    @AfterEach
    void resetEnvironment() {
        ExecutionEnvironment.resetContextEnvironment();
    }

    private static void useParallelism(int parallelism) {
        ExecutionEnvironment.initializeContextEnvironment(() -> ExecutionEnvironment.createLocalEnvironment(parallelism));
    }

    private Path bundledText() throws Exception {
        Path text = temp.resolve("text.txt");
        Files.write(text, Arrays.asList(WordCountData.LINES), StandardCharsets.UTF_8);
        return text;
    }

    @ParameterizedTest(name = "parallelism {0}")
    @ValueSource(ints = {1, 4})
    void wordCount(int parallelism) throws Exception {
        Path text = bundledText();
        Path output = temp.resolve("out");
        useParallelism(parallelism);
        WordCount.main(new String[] {"--input", text.toString(), "--output", output.toString()});
        List<String> expected = WordCountReference.compute(text);
        assertFalse(expected.isEmpty());
        assertEquals(sorted(expected), sorted(readLines(output)));
    }

    @ParameterizedTest(name = "parallelism {0}")
    @ValueSource(ints = {1, 4})
    void wordCountRecords(int parallelism) throws Exception {
        Path text = bundledText();
        Path output = temp.resolve("out");
        useParallelism(parallelism);
        WordCountRecords.main(new String[] {"--input", text.toString(), "--output", output.toString()});
        assertEquals(sorted(WordCountReference.compute(text)), sorted(readLines(output)));
    }

    @ParameterizedTest(name = "parallelism {0}")
    @ValueSource(ints = {1, 4})
    void tpchQuery3KeepsTheQueryOrder(int parallelism) throws Exception {
        Path tables = temp.resolve("tpch");
        TpchData.generate(tables, 0.002);
        Path output = temp.resolve("out");
        useParallelism(parallelism);
        TpchQuery3.main(new String[] {"--input", tables.toString(), "--output", output.toString()});
        List<String> expected = TpchQuery3Reference.compute(tables, "BUILDING", "1995-03-15");
        assertFalse(expected.isEmpty());
        assertEquals(expected, readLines(output));
    }

    @ParameterizedTest(name = "parallelism {0}")
    @ValueSource(ints = {1, 4})
    void webLogAnalysis(int parallelism) throws Exception {
        Path tables = temp.resolve("weblog");
        WebLogData.generate(tables, 500, 5000);
        Path output = temp.resolve("out");
        useParallelism(parallelism);
        WebLogAnalysis.main(new String[] {"--input", tables.toString(), "--output", output.toString(),
            "--keywords", "river,eddy", "--min-rank", "40", "--year", "2009"});
        List<String> expected = WebLogAnalysisReference.compute(tables, List.of("river", "eddy"), 40, "2009");
        assertFalse(expected.isEmpty());
        assertEquals(sorted(expected), sorted(readLines(output)));
    }
}
