package io.eddy.examples.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eddy.api.ExecutionEnvironment;
import io.eddy.api.tuple.Tuple2;
import io.eddy.examples.ExampleOutputs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The PageRank example, a bulk iteration, against the same power iteration in plain Java: every
 * page's rank within 1e-9 at parallelism 1, 2 and 4, whether the loop ends at its maximum or on
 * its termination criterion.
 */
class PageRankTest {

    @TempDir
    Path temp;

    @AfterEach
    void resetEnvironment() {
        ExecutionEnvironment.resetContextEnvironment();
    }

    @ParameterizedTest(name = "parallelism {0}, {1} iterations")
    @CsvSource({"1, 10", "2, 10", "4, 10", "2, 200"})
    void ranksEqualAPlainJavaPowerIteration(int parallelism, int iterations) throws Exception {
        long numPages = 2_000;
        List<Tuple2<Long, Long>> links = PageRankData.links(numPages, 7);
        Path pages = temp.resolve("pages");
        Path linkFile = temp.resolve("links");
        List<String> pageLines = new ArrayList<>();
        for (long p = 0; p < numPages; p++) {
            pageLines.add(Long.toString(p));
        }
        Files.write(pages, pageLines);
        List<String> linkLines = new ArrayList<>();
        links.forEach(l -> linkLines.add(l.f0 + " " + l.f1));
        Files.write(linkFile, linkLines);
        Path output = temp.resolve("ranks");
        ExecutionEnvironment.initializeContextEnvironment(() -> ExecutionEnvironment.createLocalEnvironment(parallelism));
        PageRank.main(new String[] {"--pages", pages.toString(), "--links", linkFile.toString(), "--numPages",
                Long.toString(numPages), "--iterations", Integer.toString(iterations), "--output", output.toString()});

        Map<Long, Double> expected = PageRankData.reference(numPages, links, iterations);
        Map<Long, Double> actual = new TreeMap<>();
        for (String line : ExampleOutputs.readLines(output)) {
            String[] fields = line.split(" ");
            actual.put(Long.parseLong(fields[0]), Double.parseDouble(fields[1]));
        }
        assertEquals(expected.keySet(), actual.keySet());
        for (Map.Entry<Long, Double> e : expected.entrySet()) {
            assertEquals(e.getValue(), actual.get(e.getKey()), 1e-9, "rank of page " + e.getKey());
        }
        assertTrue(expected.size() > numPages / 2, "most pages receive rank");
    }
}
