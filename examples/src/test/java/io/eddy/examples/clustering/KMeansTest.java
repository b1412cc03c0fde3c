package io.eddy.examples.clustering;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eddy.examples.ExampleOutputs;
import io.eddy.examples.ExampleRuns;
import io.eddy.examples.clustering.KMeans.Centroid;
import io.eddy.examples.clustering.KMeans.Point;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The KMeans example, a bulk iteration with the centroids broadcast to the points, against Lloyd's
 * algorithm in plain Java at parallelism 1 and 4: every point in the same cluster. The centroids
 * themselves may differ in the last bits (sums in another order), which moves no point of these
 * well-separated clusters.
 */
class KMeansTest {

    @TempDir
    Path temp;

    private List<String> run(int parallelism, String... args) throws Exception {
        return ExampleOutputs.sorted(ExampleRuns.run(KMeans::main, parallelism, temp.resolve("clusters"), args));
    }

    @ParameterizedTest(name = "parallelism {0}, {1} iterations")
    @CsvSource({"1, 10", "4, 10", "4, 1"})
    void clustersEqualLloydsAlgorithm(int parallelism, int iterations) throws Exception {
        List<Point> points = KMeansData.points(5_000, 12, 3);
        List<Centroid> centroids = KMeansData.initialCentroids(points, 12, 4);
        // Point.toString and Centroid.toString print the input formats, digits enough to read back exactly
        Path pointFile = Files.write(temp.resolve("points"), points.stream().map(Point::toString).toList());
        Path centroidFile = Files.write(temp.resolve("centroids"), centroids.stream().map(Centroid::toString).toList());

        List<String> actual = run(parallelism, "--points", pointFile.toString(), "--centroids", centroidFile.toString(),
                "--iterations", Integer.toString(iterations));
        List<String> expected = KMeansData.reference(points, centroids, iterations);
        assertEquals(ExampleOutputs.sorted(expected), actual);
        Set<String> clusters = new HashSet<>();
        expected.forEach(line -> clusters.add(line.substring(0, line.indexOf(' '))));
        assertTrue(clusters.size() > 1, "points fall into several clusters: " + clusters);
    }

    @ParameterizedTest(name = "parallelism {0}")
    @ValueSource(ints = {1, 4})
    void withoutInputItClustersTheGeneratedPoints(int parallelism) throws Exception {
        List<Point> points = KMeansData.points(KMeansData.DEFAULT_POINTS, KMeansData.DEFAULT_K, 42);
        List<Centroid> centroids = KMeansData.initialCentroids(points, KMeansData.DEFAULT_K, 43);
        assertEquals(ExampleOutputs.sorted(KMeansData.reference(points, centroids, 10)), run(parallelism));
    }
}
