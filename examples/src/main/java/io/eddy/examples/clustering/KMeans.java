package io.eddy.examples.clustering;

import io.eddy.api.DataSet;
import io.eddy.api.ExecutionEnvironment;
import io.eddy.api.configuration.Configuration;
import io.eddy.api.fs.FileSystem.WriteMode;
import io.eddy.api.functions.FunctionAnnotation.ForwardedFields;
import io.eddy.api.functions.MapFunction;
import io.eddy.api.functions.ReduceFunction;
import io.eddy.api.functions.RichMapFunction;
import io.eddy.api.operators.IterativeDataSet;
import io.eddy.api.tuple.Tuple2;
import io.eddy.api.tuple.Tuple3;
import io.eddy.api.utils.ParameterTool;
import java.io.Serializable;
import java.util.Collection;
import java.util.List;

/**
 * K-means clustering of points in the plane (Lloyd's algorithm) as a bulk iteration. The partial
 * solution is the set of centroids. Every superstep broadcasts it to a map over the points, which
 * assigns each point to its nearest centroid; the points are then summed and counted per centroid
 * ({@code groupBy} + {@code reduce}, combined before the exchange) and every centroid moves to the
 * mean of its points. A centroid that attracts no point drops out. The loop runs exactly
 * {@code --iterations} supersteps; a last map assigns the points to the final centroids.
 *
 * <p>Usage: {@code KMeans --points <file> --centroids <file> [--iterations 10] [--output <path>]}.
 * Points are {@code x y} per line; centroids are {@code id x y} per line. Without input the
 * program clusters {@value KMeansData#DEFAULT_POINTS} generated points around
 * {@value KMeansData#DEFAULT_K} centres ({@link KMeansData}). As Flink's KMeans example, the output
 * is the clustered points, one line {@code clusterId x y} per point, not the centroids.
 */
public class KMeans {

    public static void main(String[] args) throws Exception {
        ParameterTool params = ParameterTool.fromArgs(args);
        ExecutionEnvironment env = ExecutionEnvironment.getExecutionEnvironment();
        env.getConfig().setGlobalJobParameters(params);
        int iterations = params.getInt("iterations", 10);

        DataSet<Point> points;
        DataSet<Centroid> centroids;
        if (params.has("points") && params.has("centroids")) {
            points = env.readCsvFile(params.get("points")).fieldDelimiter(" ").pojoType(Point.class, "x", "y");
            centroids = env.readCsvFile(params.get("centroids")).fieldDelimiter(" ")
                    .pojoType(Centroid.class, "id", "x", "y");
        } else {
            List<Point> generated = KMeansData.points(KMeansData.DEFAULT_POINTS, KMeansData.DEFAULT_K, 42);
            points = env.fromCollection(generated);
            centroids = env.fromCollection(KMeansData.initialCentroids(generated, KMeansData.DEFAULT_K, 43));
        }

        IterativeDataSet<Centroid> loop = centroids.iterate(iterations);
        DataSet<Centroid> newCentroids = points
                .map(new SelectNearestCenter()).withBroadcastSet(loop, "centroids")
                .map(new CountAppender())
                .groupBy(0).reduce(new CentroidAccumulator())
                .map(new CentroidAverager());
        DataSet<Centroid> finalCentroids = loop.closeWith(newCentroids);

        DataSet<Tuple2<Integer, Point>> clusteredPoints = points
                .map(new SelectNearestCenter()).withBroadcastSet(finalCentroids, "centroids");

        if (params.has("output")) {
            clusteredPoints.writeAsCsv(params.get("output"), "\n", " ", WriteMode.OVERWRITE);
            env.execute("KMeans");
        } else {
            clusteredPoints.print();
        }
    }

    /** A point in the plane; a POJO, so the CSV reader fills its fields by name. */
    public static class Point implements Serializable {

        public double x;
        public double y;

        public Point() {}

        public Point(double x, double y) {
            this.x = x;
            this.y = y;
        }

        /** Adds {@code other} to this point, in place. */
        public Point add(Point other) {
            x += other.x;
            y += other.y;
            return this;
        }

        /** Divides this point by {@code n}, in place. */
        public Point div(long n) {
            x /= n;
            y /= n;
            return this;
        }

        public double euclideanDistance(Point other) {
            return Math.sqrt((x - other.x) * (x - other.x) + (y - other.y) * (y - other.y));
        }

        /** {@code x y}, the input format. */
        @Override
        public String toString() {
            return x + " " + y;
        }
    }

    /** A cluster centre: a point with the cluster's id. */
    public static class Centroid extends Point {

        public int id;

        public Centroid() {}

        public Centroid(int id, double x, double y) {
            super(x, y);
            this.id = id;
        }

        public Centroid(int id, Point p) {
            this(id, p.x, p.y);
        }

        /** {@code id x y}, the input format. */
        @Override
        public String toString() {
            return id + " " + super.toString();
        }
    }

    /** Pairs each point with the id of its nearest centroid, from the broadcast set "centroids". */
    @ForwardedFields("*->1")
    public static final class SelectNearestCenter extends RichMapFunction<Point, Tuple2<Integer, Point>> {
        private Collection<Centroid> centroids;

        /** Reads the centroids of this superstep: the function is reopened every superstep. */
        @Override
        public void open(Configuration parameters) {
            centroids = getRuntimeContext().getBroadcastVariable("centroids");
        }

        @Override
        public Tuple2<Integer, Point> map(Point point) {
            return new Tuple2<>(nearest(point, centroids), point);
        }
    }

    /**
     * The id of the centroid nearest to {@code point}; on an exact tie, the first in iteration order
     * (for a broadcast set, an order that depends on the parallelism). Also used by the plain-Java
     * reference, {@link KMeansData#reference}.
     */
    static int nearest(Point point, Iterable<Centroid> centroids) {
        double minDistance = Double.MAX_VALUE;
        int closest = -1;
        for (Centroid centroid : centroids) {
            double distance = point.euclideanDistance(centroid);
            if (distance < minDistance) {
                minDistance = distance;
                closest = centroid.id;
            }
        }
        return closest;
    }

    /** Appends a count of one: {@code (clusterId, point, 1)}. */
    @ForwardedFields("f0;f1")
    public static final class CountAppender implements MapFunction<Tuple2<Integer, Point>, Tuple3<Integer, Point, Long>> {
        @Override
        public Tuple3<Integer, Point, Long> map(Tuple2<Integer, Point> assigned) {
            return new Tuple3<>(assigned.f0, assigned.f1, 1L);
        }
    }

    /** Sums the points and their counts per cluster. */
    @ForwardedFields("0")
    public static final class CentroidAccumulator implements ReduceFunction<Tuple3<Integer, Point, Long>> {
        @Override
        public Tuple3<Integer, Point, Long> reduce(Tuple3<Integer, Point, Long> a, Tuple3<Integer, Point, Long> b) {
            return new Tuple3<>(a.f0, a.f1.add(b.f1), a.f2 + b.f2);
        }
    }

    /** The new centroid: the sum of a cluster's points divided by their count. */
    @ForwardedFields("0->id")
    public static final class CentroidAverager implements MapFunction<Tuple3<Integer, Point, Long>, Centroid> {
        @Override
        public Centroid map(Tuple3<Integer, Point, Long> sum) {
            return new Centroid(sum.f0, sum.f1.div(sum.f2));
        }
    }
}
