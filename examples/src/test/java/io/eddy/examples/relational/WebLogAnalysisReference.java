package io.eddy.examples.relational;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** The expected output of {@link WebLogAnalysis}, computed in plain Java from the same tables. */
public final class WebLogAnalysisReference {

    private static final Pattern BAR = Pattern.compile("\\|");

    private WebLogAnalysisReference() {
    }

    /** Output lines {@code rank|url|avgDuration}, unordered. */
    public static List<String> compute(Path dir, List<String> keywords, int minRank, String year) throws IOException {
        Set<String> matching = new HashSet<>();
        for (String line : Files.readAllLines(dir.resolve("documents.csv"), StandardCharsets.UTF_8)) {
            String[] f = BAR.split(line);
            if (new HashSet<>(Arrays.asList(f[1].split(" "))).containsAll(keywords)) {
                matching.add(f[0]);
            }
        }
        Set<String> visited = new HashSet<>();
        for (String line : Files.readAllLines(dir.resolve("visits.csv"), StandardCharsets.UTF_8)) {
            String[] f = BAR.split(line);
            if (f[2].startsWith(year + "-")) {
                visited.add(f[1]);
            }
        }
        List<String> result = new ArrayList<>();
        for (String line : Files.readAllLines(dir.resolve("ranks.csv"), StandardCharsets.UTF_8)) {
            String[] f = BAR.split(line);
            if (Integer.parseInt(f[0]) > minRank && matching.contains(f[1]) && !visited.contains(f[1])) {
                result.add(line);
            }
        }
        return result;
    }
}
