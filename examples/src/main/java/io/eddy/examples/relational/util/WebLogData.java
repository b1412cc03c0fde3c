package io.eddy.examples.relational.util;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;

/**
 * Writes the three tables of the web-log analysis ({@code documents.csv}, {@code ranks.csv},
 * {@code visits.csv}, fields separated by {@code |}) from a seeded random source, so the same sizes
 * always give the same files.
 *
 * <ul>
 *   <li>documents: {@code url|text}, the text being 5 to 30 words from a small vocabulary;</li>
 *   <li>ranks: {@code rank|url|averageDuration}, one row per document;</li>
 *   <li>visits: {@code ip|url|date|adRevenue|userAgent}, dates between 2005 and 2012.</li>
 * </ul>
 */
public final class WebLogData {

    /** The words document texts are made of; the analysis looks for some of them. */
    public static final String[] VOCABULARY = {"river", "eddy", "bridge", "current", "boat", "stone",
        "mill", "valley", "water", "bank", "spring", "flood", "fish", "wheel", "rain", "hill", "town",
        "song", "leaf", "foam"};

    private static final String[] AGENTS = {"Mozilla/5.0", "Lynx/2.8", "curl/7.88", "Opera/9.80"};
    private static final long SEED = 0x3EB1L;

    private WebLogData() {
    }

    /** Usage: {@code WebLogData --output <dir> [--documents <n>] [--visits <n>]}. */
    public static void main(String[] args) throws IOException {
        String output = null;
        int documents = 1000;
        int visits = 10_000;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--output" -> output = args[i + 1];
                case "--documents" -> documents = Integer.parseInt(args[i + 1]);
                case "--visits" -> visits = Integer.parseInt(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        if (output == null) {
            throw new IllegalArgumentException("usage: WebLogData --output <dir> [--documents <n>] [--visits <n>]");
        }
        generate(Path.of(output), documents, visits);
    }

    /** Writes the three tables into {@code dir}, creating it if needed. */
    public static void generate(Path dir, int documents, int visits) throws IOException {
        if (documents < 1 || visits < 0) {
            throw new IllegalArgumentException("need at least one document and no negative visit count");
        }
        Files.createDirectories(dir);
        SplittableRandom random = new SplittableRandom(SEED);
        StringBuilder line = new StringBuilder(256);
        try (BufferedWriter docs = Files.newBufferedWriter(dir.resolve("documents.csv"), StandardCharsets.UTF_8);
             BufferedWriter ranks = Files.newBufferedWriter(dir.resolve("ranks.csv"), StandardCharsets.UTF_8)) {
            for (int d = 0; d < documents; d++) {
                String url = url(d);
                line.setLength(0);
                line.append(url).append('|');
                int words = 5 + random.nextInt(26);
                for (int w = 0; w < words; w++) {
                    if (w > 0) {
                        line.append(' ');
                    }
                    line.append(VOCABULARY[random.nextInt(VOCABULARY.length)]);
                }
                docs.append(line).append('\n');
                ranks.append(Integer.toString(1 + random.nextInt(100))).append('|').append(url).append('|')
                        .append(Integer.toString(1 + random.nextInt(300))).append('\n');
            }
        }
        try (BufferedWriter out = Files.newBufferedWriter(dir.resolve("visits.csv"), StandardCharsets.UTF_8)) {
            for (int v = 0; v < visits; v++) {
                line.setLength(0);
                line.append(10 + random.nextInt(240)).append('.').append(random.nextInt(256)).append('.')
                        .append(random.nextInt(256)).append('.').append(1 + random.nextInt(254)).append('|')
                        .append(url(random.nextInt(documents))).append('|')
                        .append(2005 + random.nextInt(8)).append('-')
                        .append(String.format("%02d-%02d", 1 + random.nextInt(12), 1 + random.nextInt(28))).append('|')
                        .append(random.nextInt(1000)).append('.').append(random.nextInt(10)).append(random.nextInt(10))
                        .append('|').append(AGENTS[random.nextInt(AGENTS.length)]);
                out.append(line).append('\n');
            }
        }
    }

    private static String url(int document) {
        return "http://www.example.org/page/" + document;
    }
}
