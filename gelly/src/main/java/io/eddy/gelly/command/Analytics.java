package io.eddy.gelly.command;

import io.eddy.api.ExecutionEnvironment;
import io.eddy.api.types.CopyableValue;
import io.eddy.api.types.NullValue;
import io.eddy.gelly.Graph;
import io.eddy.gelly.library.clustering.ClusteringCoefficientBase.AverageScore;
import io.eddy.gelly.library.clustering.ClusteringCoefficientBase.GlobalScore;
import io.eddy.gelly.library.metric.EdgeMetricsBase;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs a {@link LibraryAlgorithm} of kind {@code ANALYTIC} and gives its values as
 * {@code name: value} lines. The library's own printable forms group digits by locale, which
 * scripts cannot read back, so the values are written here plainly: counts as integers, ratios in
 * Java's shortest round-trip form.
 */
final class Analytics {

    private Analytics() {}

    /** Adds the analytic to {@code env}'s plan, executes it and returns its lines. */
    static <K extends Comparable<K> & CopyableValue<K>> List<String> run(ExecutionEnvironment env,
            Graph<K, NullValue, Double> graph, LibraryInvocation i) throws Exception {
        boolean directed = i.directed();
        String job = "Gelly " + i.algorithmName() + " " + i.input();
        Lines lines = new Lines();
        switch (i.algorithm()) {
            case GLOBAL_CLUSTERING_COEFFICIENT -> {
                var analytic = directed
                        ? new io.eddy.gelly.library.clustering.directed.GlobalClusteringCoefficient<K, NullValue, Double>()
                                .run(graph)
                        : new io.eddy.gelly.library.clustering.undirected.GlobalClusteringCoefficient<K, NullValue, Double>()
                                .run(graph);
                env.execute(job);
                GlobalScore score = (GlobalScore) analytic.getResult();
                lines.add("triplet count", score.getNumberOfTriplets());
                lines.add("triangle count", score.getNumberOfTriangles());
                lines.add("global clustering coefficient", score.getGlobalClusteringCoefficientScore());
            }
            case AVERAGE_CLUSTERING_COEFFICIENT -> {
                var analytic = directed
                        ? new io.eddy.gelly.library.clustering.directed.AverageClusteringCoefficient<K, NullValue, Double>()
                                .run(graph)
                        : new io.eddy.gelly.library.clustering.undirected.AverageClusteringCoefficient<K, NullValue, Double>()
                                .run(graph);
                env.execute(job);
                AverageScore score = (AverageScore) analytic.getResult();
                lines.add("vertex count", score.getNumberOfVertices());
                lines.add("average clustering coefficient", score.getAverageClusteringCoefficient());
            }
            case VERTEX_METRICS -> vertexMetrics(env, graph, directed, job, lines);
            case EDGE_METRICS -> {
                var analytic = directed
                        ? new io.eddy.gelly.library.metric.directed.EdgeMetrics<K, NullValue, Double>().run(graph)
                        : new io.eddy.gelly.library.metric.undirected.EdgeMetrics<K, NullValue, Double>().run(graph);
                env.execute(job);
                EdgeMetricsBase.Metrics metrics = (EdgeMetricsBase.Metrics) analytic.getResult();
                lines.add("triangle triplet count", metrics.getNumberOfTriangleTriplets());
                lines.add("rectangle triplet count", metrics.getNumberOfRectangleTriplets());
                lines.add("maximum triangle triplets", metrics.getMaximumTriangleTriplets());
                lines.add("maximum rectangle triplets", metrics.getMaximumRectangleTriplets());
            }
            default -> throw new IllegalArgumentException(i.algorithmName() + " is not an analytic");
        }
        return lines.lines;
    }

    /**
     * Counts the vertices without edges too (the library's default leaves them out): they are the
     * ones --vertices adds, and average-clustering-coefficient counts them, so both analytics give
     * the same vertex count of the same graph.
     */
    private static <K extends Comparable<K> & CopyableValue<K>> void vertexMetrics(ExecutionEnvironment env,
            Graph<K, NullValue, Double> graph, boolean directed, String job, Lines lines) throws Exception {
        if (directed) {
            var analytic = new io.eddy.gelly.library.metric.directed.VertexMetrics<K, NullValue, Double>()
                    .setIncludeZeroDegreeVertices(true).run(graph);
            env.execute(job);
            var m = analytic.getResult();
            lines.add("vertex count", m.getNumberOfVertices());
            lines.add("edge count", m.getNumberOfEdges());
            lines.add("unidirectional edge count", m.getNumberOfDirectedEdges());
            lines.add("bidirectional edge count", m.getNumberOfUndirectedEdges());
            lines.add("average degree", m.getAverageDegree());
            lines.add("density", m.getDensity());
            lines.add("triplet count", m.getNumberOfTriplets());
            lines.add("maximum degree", m.getMaximumDegree());
            lines.add("maximum out degree", m.getMaximumOutDegree());
            lines.add("maximum in degree", m.getMaximumInDegree());
            lines.add("maximum triplets", m.getMaximumTriplets());
        } else {
            var analytic = new io.eddy.gelly.library.metric.undirected.VertexMetrics<K, NullValue, Double>()
                    .setIncludeZeroDegreeVertices(true).run(graph);
            env.execute(job);
            var m = analytic.getResult();
            lines.add("vertex count", m.getNumberOfVertices());
            lines.add("edge count", m.getNumberOfEdges());
            lines.add("average degree", m.getAverageDegree());
            lines.add("density", m.getDensity());
            lines.add("triplet count", m.getNumberOfTriplets());
            lines.add("maximum degree", m.getMaximumDegree());
            lines.add("maximum triplets", m.getMaximumTriplets());
        }
    }

    /** {@code name: value} lines in order. */
    private static final class Lines {
        final List<String> lines = new ArrayList<>();

        void add(String name, long value) {
            lines.add(name + ": " + value);
        }

        void add(String name, double value) {
            lines.add(name + ": " + value);
        }
    }
}
