package io.eddy.gelly.command;

import io.eddy.api.DataSet;
import io.eddy.api.functions.MapFunction;
import io.eddy.api.typeinfo.TypeInformation;
import io.eddy.api.types.CopyableValue;
import io.eddy.api.types.LongValue;
import io.eddy.api.types.NullValue;
import io.eddy.gelly.Graph;
import io.eddy.gelly.Vertex;
import io.eddy.gelly.asm.result.TertiaryResult;
import io.eddy.gelly.library.CommunityDetection;
import io.eddy.gelly.library.ConnectedComponents;
import io.eddy.gelly.library.GSAConnectedComponents;
import io.eddy.gelly.library.GSASingleSourceShortestPaths;
import io.eddy.gelly.library.LabelPropagation;
import io.eddy.gelly.library.SingleSourceShortestPaths;
import io.eddy.gelly.library.clustering.LocalClusteringCoefficientResultBase;
import io.eddy.gelly.library.linkanalysis.HITS;
import io.eddy.gelly.library.linkanalysis.PageRank;
import io.eddy.gelly.library.similarity.AdamicAdar;
import io.eddy.gelly.library.similarity.JaccardIndex;
import io.eddy.gelly.utils.GellyTypes;

/**
 * Runs a {@link LibraryAlgorithm} of kind {@code RESULT} and turns its records into the lines
 * {@code eddy graph} writes: fields separated by one space, ids as read, doubles in Java's
 * shortest round-trip form ({@code Infinity} for unreachable vertices), counts as integers.
 */
final class ResultLines {

    private ResultLines() {}

    @SuppressWarnings("unchecked")
    static <K extends Comparable<K> & CopyableValue<K>> DataSet<String> of(Graph<K, NullValue, Double> graph,
            LibraryInvocation i) throws Exception {
        TypeInformation<K> keyType = GellyTypes.keyType(graph);
        boolean directed = i.directed();
        DataSet<?> result = switch (i.algorithm()) {
            case CONNECTED_COMPONENTS -> withIdValues(graph, keyType).run(
                    new ConnectedComponents<K, K, Double>(i.maxIterations()));
            case GSA_CONNECTED_COMPONENTS -> withIdValues(graph, keyType).run(
                    new GSAConnectedComponents<K, K, Double>(i.maxIterations()));
            case SINGLE_SOURCE_SHORTEST_PATHS -> graph.run(new SingleSourceShortestPaths<K, NullValue>(
                    (K) i.ids().parse(i.sourceVertex()), i.maxIterations()));
            case GSA_SINGLE_SOURCE_SHORTEST_PATHS -> graph.run(new GSASingleSourceShortestPaths<K, NullValue>(
                    (K) i.ids().parse(i.sourceVertex()), i.maxIterations()));
            case LABEL_PROPAGATION -> withIdValues(graph, keyType).run(
                    new LabelPropagation<K, K, Double>(i.maxIterations()));
            case COMMUNITY_DETECTION -> graph.mapVertices(new IdAsLabel<K>(),
                            GellyTypes.vertex(keyType, TypeInformation.of(Long.class)))
                    .run(new CommunityDetection<K>(i.maxIterations(), i.delta())).getVertices();
            case PAGERANK -> graph.run(pageRank(i));
            case HITS -> graph.run(hits(i));
            case TRIANGLES -> directed
                    ? graph.run(new io.eddy.gelly.library.clustering.directed.TriangleListing<K, NullValue, Double>())
                    : graph.run(new io.eddy.gelly.library.clustering.undirected.TriangleListing<K, NullValue, Double>());
            case LOCAL_CLUSTERING_COEFFICIENT -> directed
                    ? graph.run(new io.eddy.gelly.library.clustering.directed
                            .LocalClusteringCoefficient<K, NullValue, Double>())
                    : graph.run(new io.eddy.gelly.library.clustering.undirected
                            .LocalClusteringCoefficient<K, NullValue, Double>());
            case JACCARD_INDEX -> graph.run(new JaccardIndex<K, NullValue, Double>());
            case ADAMIC_ADAR -> graph.run(new AdamicAdar<K, NullValue, Double>());
            default -> throw new IllegalArgumentException(i.algorithmName() + " is an analytic");
        };
        return ((DataSet<Object>) result).map(new Line()).returns(LibraryJobs.LINE).name("Result lines");
    }

    /** The graph with each vertex's id as its value: the initial component or label. */
    private static <K> Graph<K, K, Double> withIdValues(Graph<K, NullValue, Double> graph, TypeInformation<K> keyType) {
        return graph.mapVertices(new IdAsValue<K>(), GellyTypes.vertex(keyType, keyType));
    }

    private static <K> PageRank<K, NullValue, Double> pageRank(LibraryInvocation i) {
        double d = i.dampingFactor();
        PageRank<K, NullValue, Double> pageRank = Double.isNaN(i.convergenceThreshold())
                ? new PageRank<>(d, iterations(i))
                : i.iterations() == LibraryInvocation.UNSET ? new PageRank<>(d, i.convergenceThreshold())
                : new PageRank<>(d, i.iterations(), i.convergenceThreshold());
        // vertices from --vertices without edges get the score of a vertex nobody links to
        return pageRank.setIncludeZeroDegreeVertices(true);
    }

    private static <K> HITS<K, NullValue, Double> hits(LibraryInvocation i) {
        return Double.isNaN(i.convergenceThreshold()) ? new HITS<>(iterations(i))
                : i.iterations() == LibraryInvocation.UNSET ? new HITS<>(i.convergenceThreshold())
                : new HITS<>(i.iterations(), i.convergenceThreshold());
    }

    private static int iterations(LibraryInvocation i) {
        return i.iterations() == LibraryInvocation.UNSET ? LibraryInvocation.DEFAULT_ITERATIONS : i.iterations();
    }

    static final class IdAsValue<K> implements MapFunction<Vertex<K, NullValue>, K> {
        private static final long serialVersionUID = 1L;

        @Override
        public K map(Vertex<K, NullValue> vertex) {
            return vertex.f0;
        }
    }

    /** Community detection's labels are longs; integer ids are their own initial labels. */
    static final class IdAsLabel<K> implements MapFunction<Vertex<K, NullValue>, Long> {
        private static final long serialVersionUID = 1L;

        @Override
        public Long map(Vertex<K, NullValue> vertex) {
            return ((LongValue) vertex.f0).getValue();
        }
    }

    /**
     * One result record as a line. A single function for every algorithm's records keeps the
     * formatting rules in one place; the record classes are the library's.
     */
    static final class Line implements MapFunction<Object, String> {
        private static final long serialVersionUID = 1L;

        @Override
        public String map(Object record) {
            if (record instanceof Vertex<?, ?> vertex) {
                return vertex.f0 + " " + value(vertex.f1);
            }
            if (record instanceof PageRank.Result<?> r) {
                return r.getVertexId0() + " " + r.getPageRankScore().getValue();
            }
            if (record instanceof HITS.Result<?> r) {
                return r.getVertexId0() + " " + r.getHubScore().getValue() + " " + r.getAuthorityScore().getValue();
            }
            if (record instanceof LocalClusteringCoefficientResultBase<?> r) {
                return r.getVertexId0() + " " + r.getDegree().getValue() + " " + r.getTriangleCount().getValue() + " "
                        + r.getLocalClusteringCoefficientScore();
            }
            if (record instanceof TertiaryResult<?> r) {
                return r.getVertexId0() + " " + r.getVertexId1() + " " + r.getVertexId2();
            }
            if (record instanceof JaccardIndex.Result<?> r) {
                return r.getVertexId0() + " " + r.getVertexId1() + " " + r.getJaccardIndexScore();
            }
            if (record instanceof AdamicAdar.Result<?> r) {
                return r.getVertexId0() + " " + r.getVertexId1() + " " + r.getAdamicAdarScore().getValue();
            }
            throw new IllegalStateException("no line format for " + record.getClass().getName());
        }

        private static String value(Object value) {
            return value instanceof Double d ? Double.toString(d) : String.valueOf(value);
        }
    }
}
