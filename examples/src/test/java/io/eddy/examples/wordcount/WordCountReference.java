package io.eddy.examples.wordcount;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** The expected output of both WordCount examples, computed in plain Java from the same text. */
public final class WordCountReference {

    private WordCountReference() {
    }

    /** Lines {@code <word> <count>} for the text in {@code input}, in word order. */
    public static List<String> compute(Path input) throws IOException {
        return compute(Files.readAllLines(input, StandardCharsets.UTF_8));
    }

    public static List<String> compute(List<String> lines) {
        Map<String, Long> counts = new TreeMap<>();
        for (String line : lines) {
            for (String token : line.toLowerCase(Locale.ROOT).split("\\W+")) {
                if (!token.isEmpty()) {
                    counts.merge(token, 1L, Long::sum);
                }
            }
        }
        List<String> result = new ArrayList<>(counts.size());
        counts.forEach((word, count) -> result.add(word + " " + count));
        return result;
    }

    public static List<String> computeBundled() {
        return compute(Arrays.asList(WordCountData.LINES));
    }
}
