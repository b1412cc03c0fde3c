package io.eddy.benchmarks;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Writes the WordCount input: lines of about ten words drawn from a generated vocabulary with a Zipf
 * distribution (exponent 1), like natural text, until the file reaches the requested size.
 *
 * <p>Words are made of lower-case letters only and separated by single spaces, so every tokenizer
 * (the DataSet programs' {@code \W+} split and the baseline's byte scanner) sees the same words. The
 * output depends only on the size and the vocabulary size.
 */
public final class TextGenerator {

    private static final long SEED = 0x5EED_7E47L;
    private static final String[] SYLLABLES = {"ka", "lo", "mi", "ne", "ru", "sa", "ti", "vo", "ze", "pa",
        "do", "fe", "gu", "hi", "ja", "be", "co", "wy", "xu", "qe"};

    private final byte[][] words;
    private final double[] cumulative;

    /** A generator over a vocabulary of {@code vocabularySize} distinct words. */
    public TextGenerator(int vocabularySize) {
        if (vocabularySize < 1) {
            throw new IllegalArgumentException("vocabulary must not be empty");
        }
        words = new byte[vocabularySize][];
        cumulative = new double[vocabularySize];
        double total = 0;
        for (int rank = 0; rank < vocabularySize; rank++) {
            words[rank] = word(rank).getBytes(StandardCharsets.US_ASCII);
            total += 1.0 / (rank + 1);
            cumulative[rank] = total;
        }
    }

    /** The word of the given frequency rank: its base-20 digits spelled as syllables, hence unique. */
    static String word(int rank) {
        StringBuilder word = new StringBuilder();
        int n = rank;
        do {
            word.append(SYLLABLES[n % SYLLABLES.length]);
            n /= SYLLABLES.length;
        } while (n > 0);
        return word.toString();
    }

    /** Writes at least {@code bytes} bytes (whole lines) of text to {@code file}; returns the line count. */
    public long write(Path file, long bytes) throws IOException {
        SplittableRandom random = new SplittableRandom(SEED);
        double total = cumulative[cumulative.length - 1];
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 20)) {
            long written = 0;
            long lines = 0;
            while (written < bytes) {
                lines++;
                int wordsInLine = 6 + random.nextInt(9);
                for (int i = 0; i < wordsInLine; i++) {
                    int index = Arrays.binarySearch(cumulative, random.nextDouble() * total);
                    byte[] word = words[index >= 0 ? index : Math.min(-index - 1, words.length - 1)];
                    if (i > 0) {
                        out.write(' ');
                        written++;
                    }
                    out.write(word);
                    written += word.length;
                }
                out.write('\n');
                written++;
            }
            return lines;
        }
    }
}
