package io.eddy.examples.clustering;

import io.eddy.examples.clustering.KMeans.Centroid;
import io.eddy.examples.clustering.KMeans.Point;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * Generated points for {@link KMeans} and Lloyd's algorithm in plain Java to check it against.
 * Points scatter normally (standard deviation {@value #SPREAD}) around centres drawn uniformly in
 * a square of side {@value #RANGE}; the initial centroids are distinct points of the data set.
 */
public final class KMeansData {

    public static final int DEFAULT_POINTS = 1_000;
    public static final int DEFAULT_K = 10;
    static final double RANGE = 100;
    static final double SPREAD = 4;

    private KMeansData() {}

    /** {@code count} points around {@code k} centres, chosen with {@code seed}. */
    public static List<Point> points(int count, int k, long seed) {
        Random random = new Random(seed);
        Point[] centres = new Point[k];
        for (int i = 0; i < k; i++) {
            centres[i] = new Point(random.nextDouble() * RANGE, random.nextDouble() * RANGE);
        }
        List<Point> points = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Point centre = centres[random.nextInt(k)];
            points.add(new Point(centre.x + random.nextGaussian() * SPREAD, centre.y + random.nextGaussian() * SPREAD));
        }
        return points;
    }

    /** {@code k} of the {@code points}, chosen with {@code seed}, as centroids with ids 1 to {@code k}. */
    public static List<Centroid> initialCentroids(List<Point> points, int k, long seed) {
        List<Point> shuffled = new ArrayList<>(points);
        Collections.shuffle(shuffled, new Random(seed));
        List<Centroid> centroids = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            centroids.add(new Centroid(i + 1, shuffled.get(i)));
        }
        return centroids;
    }

    /**
     * Lloyd's algorithm as the example runs it: {@code iterations} rounds of assigning every point
     * to its nearest centroid and moving each centroid to the mean of its points (a centroid without
     * points drops out), then a last assignment. The example adds each cluster's points up in an
     * order that depends on the parallelism, so its centroids can differ from these in the last
     * bits; on data without near-ties that does not change any point's cluster.
     *
     * @return {@code clusterId x y} per point, in the order of {@code points}
     */
    public static List<String> reference(List<Point> points, List<Centroid> initialCentroids, int iterations) {
        List<Centroid> centroids = new ArrayList<>(initialCentroids);
        for (int i = 0; i < iterations; i++) {
            Map<Integer, Point> sums = new TreeMap<>();
            Map<Integer, Long> counts = new TreeMap<>();
            for (Point point : points) {
                int cluster = KMeans.nearest(point, centroids);
                sums.computeIfAbsent(cluster, id -> new Point()).add(point);
                counts.merge(cluster, 1L, Long::sum);
            }
            List<Centroid> moved = new ArrayList<>();
            for (Map.Entry<Integer, Point> sum : sums.entrySet()) {
                moved.add(new Centroid(sum.getKey(), sum.getValue().div(counts.get(sum.getKey()))));
            }
            centroids = moved;
        }
        List<String> clustered = new ArrayList<>();
        for (Point point : points) {
            clustered.add(KMeans.nearest(point, centroids) + " " + point);
        }
        return clustered;
    }
}
