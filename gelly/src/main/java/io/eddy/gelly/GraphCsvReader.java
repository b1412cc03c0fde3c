package io.eddy.gelly;

import io.eddy.api.DataSet;
import io.eddy.api.ExecutionEnvironment;
import io.eddy.api.fs.Path;
import io.eddy.api.functions.MapFunction;
import io.eddy.api.io.CsvReader;
import io.eddy.api.tuple.Tuple2;
import io.eddy.api.tuple.Tuple3;
import io.eddy.api.typeinfo.TypeInformation;
import io.eddy.api.types.NullValue;
import io.eddy.api.typeutils.TupleTypeInfo;
import io.eddy.gelly.GraphFunctions.TupleToVertex;

/**
 * Builds a {@link Graph} from CSV files: an edge file of {@code source,target[,value]} lines and,
 * optionally, a vertex file of {@code id,value} lines (else vertex values come from an initializer,
 * or there are none). Configure each file's format, then end with one of the typing methods
 * ({@link #types}, {@link #edgeTypes}, {@link #vertexTypes}, {@link #keyType}), which return the graph.
 *
 * <p>Parsing is the DataSet API's {@link CsvReader}: a malformed line fails the job with the file,
 * line (from 1), field and expected type, unless invalid lines are ignored.
 */
public class GraphCsvReader {

    private final Path vertexPath;
    private final Path edgePath;
    private final ExecutionEnvironment executionContext;
    private final MapFunction<?, ?> mapper;
    // null without a vertex file: the vertex configuration methods then do nothing, as in Flink
    protected final CsvReader vertexReader;
    protected final CsvReader edgeReader;

    public GraphCsvReader(Path vertexPath, Path edgePath, ExecutionEnvironment context) {
        this(vertexPath, edgePath, null, context);
    }

    public GraphCsvReader(Path edgePath, ExecutionEnvironment context) {
        this(null, edgePath, null, context);
    }

    public <K, VV> GraphCsvReader(Path edgePath, final MapFunction<K, VV> mapper, ExecutionEnvironment context) {
        this(null, edgePath, mapper, context);
    }

    public GraphCsvReader(String edgePath, ExecutionEnvironment context) {
        this(null, new Path(requirePath(edgePath, "edge")), null, context);
    }

    public GraphCsvReader(String vertexPath, String edgePath, ExecutionEnvironment context) {
        this(new Path(requirePath(vertexPath, "vertex")), new Path(requirePath(edgePath, "edge")), null, context);
    }

    public <K, VV> GraphCsvReader(String edgePath, final MapFunction<K, VV> mapper, ExecutionEnvironment context) {
        this(null, new Path(requirePath(edgePath, "edge")), mapper, context);
    }

    private GraphCsvReader(Path vertexPath, Path edgePath, MapFunction<?, ?> mapper, ExecutionEnvironment context) {
        if (edgePath == null) {
            throw new NullPointerException("The edge file path must not be null");
        }
        if (context == null) {
            throw new NullPointerException("The execution environment must not be null");
        }
        this.vertexPath = vertexPath;
        this.edgePath = edgePath;
        this.mapper = mapper;
        this.executionContext = context;
        this.vertexReader = vertexPath == null ? null : new CsvReader(vertexPath, context);
        this.edgeReader = new CsvReader(edgePath, context);
    }

    private static String requirePath(String path, String what) {
        if (path == null) {
            throw new NullPointerException("The " + what + " file path must not be null");
        }
        return path;
    }

    // ------------------------------------------------------------------ typing: these build the graph

    /**
     * A graph with vertex values of type {@code vertexValue}, read from the vertex file or computed by
     * the initializer, and edge values of type {@code edgeValue} from the third column of the edge file.
     */
    @SuppressWarnings("unchecked")
    public <K, VV, EV> Graph<K, VV, EV> types(Class<K> vertexKey, Class<VV> vertexValue, Class<EV> edgeValue) {
        DataSet<Tuple3<K, K, EV>> edges = edgeReader.types(vertexKey, vertexKey, edgeValue).name(edgeName());
        if (vertexReader != null) {
            return Graph.fromTupleDataSet(readVertices(vertexKey, vertexValue), edges, executionContext);
        }
        if (mapper != null) {
            return Graph.fromTupleDataSet(edges, (MapFunction<K, VV>) mapper, executionContext);
        }
        throw noVertexValues();
    }

    /** A graph with edge values of type {@code edgeValue} and no vertex values; any vertex file is not read. */
    public <K, EV> Graph<K, NullValue, EV> edgeTypes(Class<K> vertexKey, Class<EV> edgeValue) {
        DataSet<Tuple3<K, K, EV>> edges = edgeReader.types(vertexKey, vertexKey, edgeValue).name(edgeName());
        return Graph.fromTupleDataSet(edges, executionContext);
    }

    /** A graph without vertex or edge values: the edge file has two columns (or the first two are included). */
    public <K> Graph<K, NullValue, NullValue> keyType(Class<K> vertexKey) {
        DataSet<Tuple2<K, K>> edges = edgeReader.types(vertexKey, vertexKey).name(edgeName());
        return Graph.fromTuple2DataSet(edges, executionContext);
    }

    /**
     * A graph with vertex values of type {@code vertexValue}, from the vertex file or the initializer,
     * and value-less edges of two columns.
     */
    @SuppressWarnings("unchecked")
    public <K, VV> Graph<K, VV, NullValue> vertexTypes(Class<K> vertexKey, Class<VV> vertexValue) {
        DataSet<Tuple2<K, K>> edgePairs = edgeReader.types(vertexKey, vertexKey).name(edgeName());
        if (vertexReader != null) {
            Graph<K, NullValue, NullValue> edgesOnly =
                    Graph.fromTuple2DataSet(edgePairs, executionContext);
            DataSet<Tuple2<K, VV>> tuples = readVertices(vertexKey, vertexValue);
            TupleTypeInfo<?> tupleType = (TupleTypeInfo<?>) tuples.getType();
            DataSet<Vertex<K, VV>> vertices = tuples.map(new TupleToVertex<K, VV>())
                    .returns(Graph.vertexType((TypeInformation<K>) tupleType.getTypeAt(0),
                            (TypeInformation<VV>) tupleType.getTypeAt(1)))
                    .name("Tuples to vertices");
            return Graph.fromDataSet(vertices, edgesOnly.getEdges(), executionContext);
        }
        if (mapper != null) {
            return Graph.fromTuple2DataSet(edgePairs, (MapFunction<K, VV>) mapper, executionContext);
        }
        throw noVertexValues();
    }

    private <K, VV> DataSet<Tuple2<K, VV>> readVertices(Class<K> vertexKey, Class<VV> vertexValue) {
        return vertexReader.types(vertexKey, vertexValue).name("Vertices from " + vertexPath);
    }

    private String edgeName() {
        return "Edges from " + edgePath;
    }

    private static IllegalStateException noVertexValues() {
        return new IllegalStateException("Vertex values have to be given by a vertex file or a vertex value "
                + "initializer; without either, use edgeTypes or keyType");
    }

    // ------------------------------------------------------------------ format of the vertex file

    public GraphCsvReader lineDelimiterVertices(String delimiter) {
        if (vertexReader != null) {
            vertexReader.lineDelimiter(delimiter);
        }
        return this;
    }

    public GraphCsvReader fieldDelimiterVertices(String delimiter) {
        if (vertexReader != null) {
            vertexReader.fieldDelimiter(delimiter);
        }
        return this;
    }

    public GraphCsvReader parseQuotedStringsVertices(char quoteCharacter) {
        if (vertexReader != null) {
            vertexReader.parseQuotedStrings(quoteCharacter);
        }
        return this;
    }

    public GraphCsvReader ignoreCommentsVertices(String commentPrefix) {
        if (vertexReader != null) {
            vertexReader.ignoreComments(commentPrefix);
        }
        return this;
    }

    public GraphCsvReader includeFieldsVertices(boolean... vertexFields) {
        if (vertexReader != null) {
            vertexReader.includeFields(vertexFields);
        }
        return this;
    }

    public GraphCsvReader includeFieldsVertices(String mask) {
        if (vertexReader != null) {
            vertexReader.includeFields(mask);
        }
        return this;
    }

    public GraphCsvReader includeFieldsVertices(long mask) {
        if (vertexReader != null) {
            vertexReader.includeFields(mask);
        }
        return this;
    }

    public GraphCsvReader ignoreFirstLineVertices() {
        if (vertexReader != null) {
            vertexReader.ignoreFirstLine();
        }
        return this;
    }

    public GraphCsvReader ignoreInvalidLinesVertices() {
        if (vertexReader != null) {
            vertexReader.ignoreInvalidLines();
        }
        return this;
    }

    // ------------------------------------------------------------------ format of the edge file

    public GraphCsvReader lineDelimiterEdges(String delimiter) {
        edgeReader.lineDelimiter(delimiter);
        return this;
    }

    public GraphCsvReader fieldDelimiterEdges(String delimiter) {
        edgeReader.fieldDelimiter(delimiter);
        return this;
    }

    public GraphCsvReader parseQuotedStringsEdges(char quoteCharacter) {
        edgeReader.parseQuotedStrings(quoteCharacter);
        return this;
    }

    public GraphCsvReader ignoreCommentsEdges(String commentPrefix) {
        edgeReader.ignoreComments(commentPrefix);
        return this;
    }

    public GraphCsvReader includeFieldsEdges(boolean... edgeFields) {
        edgeReader.includeFields(edgeFields);
        return this;
    }

    public GraphCsvReader includeFieldsEdges(String mask) {
        edgeReader.includeFields(mask);
        return this;
    }

    public GraphCsvReader includeFieldsEdges(long mask) {
        edgeReader.includeFields(mask);
        return this;
    }

    public GraphCsvReader ignoreFirstLineEdges() {
        edgeReader.ignoreFirstLine();
        return this;
    }

    public GraphCsvReader ignoreInvalidLinesEdges() {
        edgeReader.ignoreInvalidLines();
        return this;
    }
}
