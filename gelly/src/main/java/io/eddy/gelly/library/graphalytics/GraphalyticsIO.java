package io.eddy.gelly.library.graphalytics;

import io.eddy.api.DataSet;
import io.eddy.api.ExecutionEnvironment;
import io.eddy.api.fs.FileSystem.WriteMode;
import io.eddy.api.fs.Path;
import io.eddy.api.functions.Collector;
import io.eddy.api.functions.FlatMapFunction;
import io.eddy.api.functions.MapFunction;
import io.eddy.api.io.FileOutputFormat.OutputDirectoryMode;
import io.eddy.api.io.TextOutputFormat;
import io.eddy.api.operators.DataSink;
import io.eddy.api.tuple.Tuple2;
import io.eddy.api.types.NullValue;
import io.eddy.gelly.Edge;
import io.eddy.gelly.Graph;
import io.eddy.gelly.Vertex;

/**
 * Reads graphs in the LDBC Graphalytics input formats and writes results in its output format.
 *
 * <ul>
 *   <li>EVLP: a vertex file ({@code .v}, one id per line), which defines the vertex set, isolated
 *       vertices included, and an edge file ({@code .e}, {@code source target [weight]}). An
 *       undirected graph lists each edge once; the algorithms use it both ways.</li>
 *   <li>Adjacency list: {@code v n1 n2 ...} per line, the older format of the benchmark's validation
 *       tests. The vertex set is every id that appears. Undirected files list each edge both ways;
 *       it is reduced to one {@code (smaller, larger)} edge, the form the algorithms expect.</li>
 *   <li>Results: one {@code vertexId value} line per vertex, always into a directory of part files
 *       (whatever the parallelism, so readers need not guess), committed atomically by the file
 *       sink.</li>
 * </ul>
 * Malformed lines fail the job with a {@link io.eddy.api.io.CsvParseException} naming file, line,
 * field and expected type. Edge values are the weights as doubles (1.0 where the file has none).
 */
public final class GraphalyticsIO {

    private GraphalyticsIO() {}

    /**
     * @param weighted whether the edge file must have a weight column (SSSP needs one)
     */
    public static Graph<Long, NullValue, Double> readEvlp(ExecutionEnvironment env, String vertexFile, String edgeFile,
            boolean weighted) {
        DataSet<Long> ids = env.createInput(new VertexFileFormat(new Path(vertexFile))).name("Vertices " + vertexFile);
        DataSet<Edge<Long, Double>> edges = env.createInput(new EdgeFileFormat(new Path(edgeFile), weighted))
                .name("Edges " + edgeFile);
        return Graph.fromDataSet(ids.map(new ToVertex()).name("Vertices"), edges, env);
    }

    /** Reads an adjacency list; unweighted, so every edge has weight 1.0. */
    public static Graph<Long, NullValue, Double> readAdjacencyList(ExecutionEnvironment env, String file,
            boolean directed) {
        DataSet<Tuple2<Long, long[]>> lines = env.createInput(new AdjacencyListFormat(new Path(file)))
                .name("Adjacency list " + file);
        DataSet<Vertex<Long, NullValue>> vertices = lines.flatMap(new AllIds()).distinct().name("Vertex ids")
                .map(new ToVertex()).name("Vertices");
        DataSet<Edge<Long, Double>> edges = lines.flatMap(new ListedEdges(directed)).name("Edges");
        if (!directed) {
            edges = edges.distinct(0, 1).name("Edges once");
        }
        return Graph.fromDataSet(vertices, edges, env);
    }

    /**
     * Writes {@code (vertex, value)} pairs as {@code vertexId value} lines into the directory
     * {@code outputDir} (replacing it). Doubles print in Java's shortest round-trip form, infinity as
     * {@code Infinity}; longs as integers.
     */
    public static <T> DataSink<Tuple2<Long, T>> writeResult(DataSet<Tuple2<Long, T>> result, String outputDir) {
        return writeText(result, new TextOutputFormat<>(new Path(outputDir), new ResultLine<>()), outputDir);
    }

    /**
     * Writes {@code data} with {@code format} into the directory {@code outputDir}: replacing it, and a
     * directory of part files at any parallelism, as result validators expect.
     */
    public static <T> DataSink<T> writeText(DataSet<T> data, TextOutputFormat<T> format, String outputDir) {
        format.setWriteMode(WriteMode.OVERWRITE);
        format.setOutputDirectoryMode(OutputDirectoryMode.ALWAYS);
        return data.output(format).name("Result " + outputDir);
    }

    /** {@code vertexId value}. */
    static final class ResultLine<T> implements TextOutputFormat.TextFormatter<Tuple2<Long, T>> {
        private static final long serialVersionUID = 1L;

        @Override
        public String format(Tuple2<Long, T> value) {
            return value.f0 + " " + value.f1;
        }
    }

    static final class ToVertex implements MapFunction<Long, Vertex<Long, NullValue>> {
        private static final long serialVersionUID = 1L;

        @Override
        public Vertex<Long, NullValue> map(Long id) {
            return new Vertex<>(id, NullValue.getInstance());
        }
    }

    /** A line's vertex and all its neighbours. */
    static final class AllIds implements FlatMapFunction<Tuple2<Long, long[]>, Long> {
        private static final long serialVersionUID = 1L;

        @Override
        public void flatMap(Tuple2<Long, long[]> line, Collector<Long> out) {
            out.collect(line.f0);
            for (long neighbour : line.f1) {
                out.collect(neighbour);
            }
        }
    }

    /** A line's edges; in an undirected graph as {@code (smaller, larger)}, so both listings coincide. */
    static final class ListedEdges implements FlatMapFunction<Tuple2<Long, long[]>, Edge<Long, Double>> {
        private static final long serialVersionUID = 1L;
        private final boolean directed;

        ListedEdges(boolean directed) {
            this.directed = directed;
        }

        @Override
        public void flatMap(Tuple2<Long, long[]> line, Collector<Edge<Long, Double>> out) {
            long vertex = line.f0;
            for (long neighbour : line.f1) {
                if (directed || vertex <= neighbour) {
                    out.collect(new Edge<>(vertex, neighbour, 1.0));
                } else {
                    out.collect(new Edge<>(neighbour, vertex, 1.0));
                }
            }
        }
    }
}
