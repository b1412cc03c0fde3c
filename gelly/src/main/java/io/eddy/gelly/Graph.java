package io.eddy.gelly;

import io.eddy.api.DataSet;
import io.eddy.api.ExecutionEnvironment;
import io.eddy.api.functions.FilterFunction;
import io.eddy.api.functions.InvalidTypesException;
import io.eddy.api.functions.MapFunction;
import io.eddy.api.tuple.Tuple;
import io.eddy.api.tuple.Tuple2;
import io.eddy.api.tuple.Tuple3;
import io.eddy.api.tuple.Tuple4;
import io.eddy.api.typeinfo.TypeInformation;
import io.eddy.api.types.LongValue;
import io.eddy.api.types.NullValue;
import io.eddy.api.typeutils.MissingTypeInfo;
import io.eddy.api.typeutils.TupleTypeInfo;
import io.eddy.api.typeutils.TypeExtractor;
import io.eddy.gelly.GraphFunctions.ApplyEdgeJoin;
import io.eddy.gelly.GraphFunctions.ApplyEdges;
import io.eddy.gelly.GraphFunctions.ApplyEdgesWithVertexValue;
import io.eddy.gelly.GraphFunctions.ApplyNeighbors;
import io.eddy.gelly.GraphFunctions.ApplyNeighborsWithVertexValue;
import io.eddy.gelly.GraphFunctions.ApplyVertexJoin;
import io.eddy.gelly.GraphFunctions.AttachNeighbor;
import io.eddy.gelly.GraphFunctions.AttachSourceValue;
import io.eddy.gelly.GraphFunctions.AttachTargetValue;
import io.eddy.gelly.GraphFunctions.CountEdges;
import io.eddy.gelly.GraphFunctions.EdgeAndReverse;
import io.eddy.gelly.GraphFunctions.EdgeIds;
import io.eddy.gelly.GraphFunctions.EdgeToTuple3;
import io.eddy.gelly.GraphFunctions.EndpointIds;
import io.eddy.gelly.GraphFunctions.EndpointVertices;
import io.eddy.gelly.GraphFunctions.FirstOfPair;
import io.eddy.gelly.GraphFunctions.FirstWithoutSecond;
import io.eddy.gelly.GraphFunctions.InitializeVertex;
import io.eddy.gelly.GraphFunctions.KeepExistingVertex;
import io.eddy.gelly.GraphFunctions.KeyAndEdgeValue;
import io.eddy.gelly.GraphFunctions.KeyAndNeighborValue;
import io.eddy.gelly.GraphFunctions.KeyEdges;
import io.eddy.gelly.GraphFunctions.KeyEdgesWithNeighborId;
import io.eddy.gelly.GraphFunctions.MapEdgeValue;
import io.eddy.gelly.GraphFunctions.MapVertexValue;
import io.eddy.gelly.GraphFunctions.NotBetween;
import io.eddy.gelly.GraphFunctions.PairToEdge;
import io.eddy.gelly.GraphFunctions.PairwiseEdges;
import io.eddy.gelly.GraphFunctions.ReduceEdgeValues;
import io.eddy.gelly.GraphFunctions.ReduceNeighborValues;
import io.eddy.gelly.GraphFunctions.ReverseEdge;
import io.eddy.gelly.GraphFunctions.SumDegrees;
import io.eddy.gelly.GraphFunctions.TupleToEdge;
import io.eddy.gelly.GraphFunctions.TupleToVertex;
import io.eddy.gelly.GraphFunctions.VertexId;
import io.eddy.gelly.GraphFunctions.VertexToTuple2;
import io.eddy.gelly.asm.translate.TranslateEdgeValues;
import io.eddy.gelly.asm.translate.TranslateFunction;
import io.eddy.gelly.asm.translate.TranslateGraphIds;
import io.eddy.gelly.asm.translate.TranslateVertexValues;
import io.eddy.gelly.gsa.ApplyFunction;
import io.eddy.gelly.gsa.GSAConfiguration;
import io.eddy.gelly.gsa.GatherSumApplyIteration;
import io.eddy.gelly.gsa.SumFunction;
import io.eddy.gelly.pregel.ComputeFunction;
import io.eddy.gelly.pregel.MessageCombiner;
import io.eddy.gelly.pregel.VertexCentricConfiguration;
import io.eddy.gelly.pregel.VertexCentricIteration;
import io.eddy.gelly.spargel.ScatterFunction;
import io.eddy.gelly.spargel.ScatterGatherConfiguration;
import io.eddy.gelly.spargel.ScatterGatherIteration;
import io.eddy.gelly.validation.GraphValidator;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;

/**
 * A directed graph as two DataSets, vertices and edges, plus the operations of Flink's Gelly on
 * them. Every method is a few DataSet operators; nothing runs until a sink or {@code collect()}
 * (except the {@code numberOf*} methods and validators, which run a job).
 *
 * <p>Type information is built here, not extracted: the internal functions are generic in the id
 * and value types, which Java erases, so each operator gets its result type from the input types
 * ({@code Vertex<K, VV>} as a tuple type of class {@link Vertex} with fields K and VV, and so on).
 *
 * <p>Where Flink's results depend on inputs that break the graph's invariants, this class picks
 * one defined answer: {@link #union} and {@link #addEdge} keep one vertex per id (Flink keeps two
 * vertices with one id and different values), and the degree methods count an edge only at the
 * ends whose vertex exists (Flink fails the job). {@link #validate} finds such edges.
 *
 * @param <K> the vertex id type
 * @param <VV> the vertex value type
 * @param <EV> the edge value type
 */
public class Graph<K, VV, EV> {

    private final ExecutionEnvironment context;
    private final DataSet<Vertex<K, VV>> vertices;
    private final DataSet<Edge<K, EV>> edges;

    protected Graph(DataSet<Vertex<K, VV>> vertices, DataSet<Edge<K, EV>> edges, ExecutionEnvironment context) {
        this.vertices = vertices;
        this.edges = edges;
        this.context = context;
    }

    // ------------------------------------------------------------------ creation

    public static <K, VV, EV> Graph<K, VV, EV> fromDataSet(DataSet<Vertex<K, VV>> vertices, DataSet<Edge<K, EV>> edges,
            ExecutionEnvironment context) {
        return new Graph<>(vertices, edges, context);
    }

    /** A graph of the given edges whose vertices are the edges' endpoints, with {@link NullValue} values. */
    public static <K, EV> Graph<K, NullValue, EV> fromDataSet(DataSet<Edge<K, EV>> edges, ExecutionEnvironment context) {
        TypeInformation<K> keyType = fieldType(edges, 0);
        TypeInformation<Vertex<K, NullValue>> vertexType = vertexType(keyType, TypeInformation.of(NullValue.class));
        DataSet<Vertex<K, NullValue>> vertices = edges.flatMap(new EndpointVertices<K, EV>()).returns(vertexType)
                .name("Vertices from edges").distinct(0);
        return new Graph<>(vertices, edges, context);
    }

    /** A graph of the given edges whose vertices are the edges' endpoints, valued by {@code vertexValueInitializer}. */
    public static <K, VV, EV> Graph<K, VV, EV> fromDataSet(DataSet<Edge<K, EV>> edges,
            final MapFunction<K, VV> vertexValueInitializer, ExecutionEnvironment context) {
        TypeInformation<K> keyType = fieldType(edges, 0);
        TypeInformation<VV> valueType = known(TypeExtractor.getMapReturnTypes(vertexValueInitializer, keyType, null, true),
                "the vertex value initializer", null);
        TypeInformation<Tuple2<K, K>> idType = new TupleTypeInfo<>(keyType, keyType);
        DataSet<Vertex<K, VV>> vertices = edges.flatMap(new EndpointIds<K, EV>()).returns(idType).distinct(0)
                .map(new InitializeVertex<>(vertexValueInitializer)).returns(vertexType(keyType, valueType))
                .name("Initialize vertex values");
        return new Graph<>(vertices, edges, context);
    }

    public static <K, VV, EV> Graph<K, VV, EV> fromCollection(Collection<Vertex<K, VV>> vertices,
            Collection<Edge<K, EV>> edges, ExecutionEnvironment context) {
        return fromDataSet(context.fromCollection(vertices, typeOfFirst(vertices, "vertices")),
                context.fromCollection(edges, typeOfFirst(edges, "edges")), context);
    }

    public static <K, EV> Graph<K, NullValue, EV> fromCollection(Collection<Edge<K, EV>> edges,
            ExecutionEnvironment context) {
        return fromDataSet(context.fromCollection(edges, typeOfFirst(edges, "edges")), context);
    }

    public static <K, VV, EV> Graph<K, VV, EV> fromCollection(Collection<Edge<K, EV>> edges,
            final MapFunction<K, VV> vertexValueInitializer, ExecutionEnvironment context) {
        return fromDataSet(context.fromCollection(edges, typeOfFirst(edges, "edges")), vertexValueInitializer, context);
    }

    public static <K, VV, EV> Graph<K, VV, EV> fromTupleDataSet(DataSet<Tuple2<K, VV>> vertices,
            DataSet<Tuple3<K, K, EV>> edges, ExecutionEnvironment context) {
        return fromDataSet(toVertices(vertices), toEdges(edges), context);
    }

    public static <K, EV> Graph<K, NullValue, EV> fromTupleDataSet(DataSet<Tuple3<K, K, EV>> edges,
            ExecutionEnvironment context) {
        return fromDataSet(toEdges(edges), context);
    }

    public static <K, VV, EV> Graph<K, VV, EV> fromTupleDataSet(DataSet<Tuple3<K, K, EV>> edges,
            final MapFunction<K, VV> vertexValueInitializer, ExecutionEnvironment context) {
        return fromDataSet(toEdges(edges), vertexValueInitializer, context);
    }

    /** A graph of value-less edges given as (source, target) pairs. */
    public static <K> Graph<K, NullValue, NullValue> fromTuple2DataSet(DataSet<Tuple2<K, K>> edges,
            ExecutionEnvironment context) {
        return fromDataSet(pairsToEdges(edges), context);
    }

    public static <K, VV> Graph<K, VV, NullValue> fromTuple2DataSet(DataSet<Tuple2<K, K>> edges,
            final MapFunction<K, VV> vertexValueInitializer, ExecutionEnvironment context) {
        return fromDataSet(pairsToEdges(edges), vertexValueInitializer, context);
    }

    /** A reader of a graph from a vertex file of {@code id,value} lines and an edge file; finish it with a typing method. */
    public static GraphCsvReader fromCsvReader(String verticesPath, String edgesPath, ExecutionEnvironment context) {
        return new GraphCsvReader(verticesPath, edgesPath, context);
    }

    /** A reader of a graph from an edge file alone, whose vertices are the edges' endpoints without values. */
    public static GraphCsvReader fromCsvReader(String edgesPath, ExecutionEnvironment context) {
        return new GraphCsvReader(edgesPath, context);
    }

    /** A reader of a graph from an edge file, whose vertices are the endpoints valued by {@code vertexValueInitializer}. */
    public static <K, VV> GraphCsvReader fromCsvReader(String edgesPath, final MapFunction<K, VV> vertexValueInitializer,
            ExecutionEnvironment context) {
        return new GraphCsvReader(edgesPath, vertexValueInitializer, context);
    }

    // ------------------------------------------------------------------ translation

    /** This graph with every vertex id, in vertices and in edges, translated by {@code translator}. */
    public <NEW> Graph<NEW, VV, EV> translateGraphIds(TranslateFunction<K, NEW> translator) throws Exception {
        return run(new TranslateGraphIds<K, NEW, VV, EV>(translator));
    }

    /** This graph with every vertex value translated by {@code translator}. */
    public <NEW> Graph<K, NEW, EV> translateVertexValues(TranslateFunction<VV, NEW> translator) throws Exception {
        return run(new TranslateVertexValues<K, VV, NEW, EV>(translator));
    }

    /** This graph with every edge value translated by {@code translator}. */
    public <NEW> Graph<K, VV, NEW> translateEdgeValues(TranslateFunction<EV, NEW> translator) throws Exception {
        return run(new TranslateEdgeValues<K, VV, EV, NEW>(translator));
    }

    // ------------------------------------------------------------------ accessors

    public ExecutionEnvironment getContext() {
        return context;
    }

    public DataSet<Vertex<K, VV>> getVertices() {
        return vertices;
    }

    public DataSet<Edge<K, EV>> getEdges() {
        return edges;
    }

    public DataSet<Tuple2<K, VV>> getVerticesAsTuple2() {
        return vertices.map(new VertexToTuple2<K, VV>()).returns(new TupleTypeInfo<>(keyType(), vertexValueType()))
                .name("Vertices as Tuple2");
    }

    public DataSet<Tuple3<K, K, EV>> getEdgesAsTuple3() {
        return edges.map(new EdgeToTuple3<K, EV>()).returns(new TupleTypeInfo<>(keyType(), keyType(), edgeValueType()))
                .name("Edges as Tuple3");
    }

    /** Each edge with the values of its source and target; edges whose endpoints are missing are dropped. */
    public DataSet<Triplet<K, VV, EV>> getTriplets() {
        TypeInformation<Tuple4<K, K, VV, EV>> halfType = new TupleTypeInfo<>(keyType(), keyType(), vertexValueType(), edgeValueType());
        TypeInformation<Triplet<K, VV, EV>> tripletType = tupleType(Triplet.class,
                keyType(), keyType(), vertexValueType(), vertexValueType(), edgeValueType());
        return vertices.join(edges).where(0).equalTo(0).with(new AttachSourceValue<K, VV, EV>()).returns(halfType)
                .name("Triplets: source values")
                .join(vertices).where(1).equalTo(0).with(new AttachTargetValue<K, VV, EV>()).returns(tripletType)
                .name("Triplets: target values");
    }

    public DataSet<K> getVertexIds() {
        return vertices.map(new VertexId<K, VV>()).returns(keyType()).name("Vertex ids");
    }

    public DataSet<Tuple2<K, K>> getEdgeIds() {
        return edges.map(new EdgeIds<K, EV>()).returns(new TupleTypeInfo<>(keyType(), keyType())).name("Edge ids");
    }

    public long numberOfVertices() throws Exception {
        return vertices.count();
    }

    public long numberOfEdges() throws Exception {
        return edges.count();
    }

    // ------------------------------------------------------------------ transformations

    @SuppressWarnings("unchecked")
    public <NV> Graph<K, NV, EV> mapVertices(final MapFunction<Vertex<K, VV>, NV> mapper) {
        TypeInformation<NV> valueType = known(TypeExtractor.getMapReturnTypes(mapper, vertices.getType(), null, true),
                "mapVertices", "TypeInformation<Vertex<K, NV>>");
        return mapVertices(mapper, vertexType(keyType(), valueType));
    }

    public <NV> Graph<K, NV, EV> mapVertices(final MapFunction<Vertex<K, VV>, NV> mapper,
            TypeInformation<Vertex<K, NV>> returnType) {
        DataSet<Vertex<K, NV>> mapped = vertices.map(new MapVertexValue<>(mapper)).returns(returnType).name("Map vertices");
        return new Graph<>(mapped, edges, context);
    }

    public <NV> Graph<K, VV, NV> mapEdges(final MapFunction<Edge<K, EV>, NV> mapper) {
        TypeInformation<NV> valueType = known(TypeExtractor.getMapReturnTypes(mapper, edges.getType(), null, true),
                "mapEdges", "TypeInformation<Edge<K, NV>>");
        return mapEdges(mapper, edgeType(keyType(), valueType));
    }

    public <NV> Graph<K, VV, NV> mapEdges(final MapFunction<Edge<K, EV>, NV> mapper,
            TypeInformation<Edge<K, NV>> returnType) {
        DataSet<Edge<K, NV>> mapped = edges.map(new MapEdgeValue<>(mapper)).returns(returnType).name("Map edges");
        return new Graph<>(vertices, mapped, context);
    }

    /** Keeps the vertices that pass the filter and the edges between them. */
    public Graph<K, VV, EV> filterOnVertices(FilterFunction<Vertex<K, VV>> vertexFilter) {
        DataSet<Vertex<K, VV>> kept = vertices.filter(vertexFilter).name("Filter on vertices");
        return new Graph<>(kept, edgesBetween(edges, kept), context);
    }

    /** Keeps the edges that pass the filter and every vertex. */
    public Graph<K, VV, EV> filterOnEdges(FilterFunction<Edge<K, EV>> edgeFilter) {
        return new Graph<>(vertices, edges.filter(edgeFilter).name("Filter on edges"), context);
    }

    /** Keeps the vertices that pass the vertex filter and the edges that pass the edge filter and join two kept vertices. */
    public Graph<K, VV, EV> subgraph(FilterFunction<Vertex<K, VV>> vertexFilter, FilterFunction<Edge<K, EV>> edgeFilter) {
        DataSet<Vertex<K, VV>> kept = vertices.filter(vertexFilter).name("Filter on vertices");
        DataSet<Edge<K, EV>> keptEdges = edges.filter(edgeFilter).name("Filter on edges");
        return new Graph<>(kept, edgesBetween(keptEdges, kept), context);
    }

    /** The same graph with every edge pointing the other way. */
    public Graph<K, VV, EV> reverse() throws UnsupportedOperationException {
        return new Graph<>(vertices, edges.map(new ReverseEdge<K, EV>()).returns(edges.getType()).name("Reverse edges"),
                context);
    }

    /** Adds the reverse of every edge, so that each edge can be followed both ways. */
    public Graph<K, VV, EV> getUndirected() {
        DataSet<Edge<K, EV>> both = edges.flatMap(new EdgeAndReverse<K, EV>()).returns(edges.getType())
                .name("Edges and their reverses");
        return new Graph<>(vertices, both, context);
    }

    // ------------------------------------------------------------------ degrees

    /** The number of edges into each vertex; vertices without any have degree 0. */
    public DataSet<Tuple2<K, LongValue>> inDegrees() {
        return vertices.coGroup(edges).where(0).equalTo(1).with(new CountEdges<K, VV, EV>()).returns(degreeType())
                .name("In-degrees");
    }

    /** The number of edges out of each vertex; vertices without any have degree 0. */
    public DataSet<Tuple2<K, LongValue>> outDegrees() {
        return vertices.coGroup(edges).where(0).equalTo(0).with(new CountEdges<K, VV, EV>()).returns(degreeType())
                .name("Out-degrees");
    }

    /** In-degree plus out-degree of each vertex (a self-loop counts twice). */
    public DataSet<Tuple2<K, LongValue>> getDegrees() {
        return outDegrees().union(inDegrees()).groupBy(0).reduce(new SumDegrees<K>()).name("Degrees");
    }

    // ------------------------------------------------------------------ joins

    /** Replaces the value of each vertex that has a match (by id, field 0) in the input; others keep theirs. */
    public <T> Graph<K, VV, EV> joinWithVertices(DataSet<Tuple2<K, T>> inputDataSet,
            final VertexJoinFunction<VV, T> vertexJoinFunction) {
        DataSet<Vertex<K, VV>> joined = vertices.coGroup(inputDataSet).where(0).equalTo(0)
                .with(new ApplyVertexJoin<K, VV, T>(vertexJoinFunction)).returns(vertices.getType())
                .name("Join with vertices");
        return new Graph<>(joined, edges, context);
    }

    /** Replaces the value of each edge that has a match on (source, target) in the input. */
    public <T> Graph<K, VV, EV> joinWithEdges(DataSet<Tuple3<K, K, T>> inputDataSet,
            final EdgeJoinFunction<EV, T> edgeJoinFunction) {
        DataSet<Edge<K, EV>> joined = edges.coGroup(inputDataSet).where(0, 1).equalTo(0, 1)
                .with(new ApplyEdgeJoin<K, EV, Tuple3<K, K, T>, T>(edgeJoinFunction, 2)).returns(edges.getType())
                .name("Join with edges");
        return new Graph<>(vertices, joined, context);
    }

    /** Replaces the value of each edge whose source has a match in the input. */
    public <T> Graph<K, VV, EV> joinWithEdgesOnSource(DataSet<Tuple2<K, T>> inputDataSet,
            final EdgeJoinFunction<EV, T> edgeJoinFunction) {
        return joinWithEdgesOnEndpoint(inputDataSet, edgeJoinFunction, 0, "Join with edges on source");
    }

    /** Replaces the value of each edge whose target has a match in the input. */
    public <T> Graph<K, VV, EV> joinWithEdgesOnTarget(DataSet<Tuple2<K, T>> inputDataSet,
            final EdgeJoinFunction<EV, T> edgeJoinFunction) {
        return joinWithEdgesOnEndpoint(inputDataSet, edgeJoinFunction, 1, "Join with edges on target");
    }

    private <T> Graph<K, VV, EV> joinWithEdgesOnEndpoint(DataSet<Tuple2<K, T>> inputDataSet,
            EdgeJoinFunction<EV, T> edgeJoinFunction, int endpoint, String name) {
        DataSet<Edge<K, EV>> joined = edges.coGroup(inputDataSet).where(endpoint).equalTo(0)
                .with(new ApplyEdgeJoin<K, EV, Tuple2<K, T>, T>(edgeJoinFunction, 1)).returns(edges.getType())
                .name(name);
        return new Graph<>(vertices, joined, context);
    }

    // ------------------------------------------------------------------ mutations

    /** Adds the vertex unless a vertex with its id exists (the existing one is kept). */
    public Graph<K, VV, EV> addVertex(final Vertex<K, VV> vertex) {
        return addVertices(Collections.singletonList(vertex));
    }

    /** Adds the vertices whose ids are not in the graph yet; for an id already present the existing vertex is kept. */
    public Graph<K, VV, EV> addVertices(List<Vertex<K, VV>> verticesToAdd) {
        DataSet<Vertex<K, VV>> added = context.fromCollection(verticesToAdd, vertices.getType());
        DataSet<Vertex<K, VV>> merged = vertices.coGroup(added).where(0).equalTo(0)
                .with(new KeepExistingVertex<K, VV>()).returns(vertices.getType()).name("Add vertices");
        return new Graph<>(merged, edges, context);
    }

    /** Adds the edge, and its endpoints where they are not vertices yet. */
    public Graph<K, VV, EV> addEdge(Vertex<K, VV> source, Vertex<K, VV> target, EV edgeValue) {
        Graph<K, VV, EV> withEndpoints = addVertices(Arrays.asList(source, target));
        DataSet<Edge<K, EV>> added = context.fromCollection(
                Collections.singletonList(new Edge<>(source.f0, target.f0, edgeValue)), edges.getType());
        return new Graph<>(withEndpoints.vertices, edges.union(added), context);
    }

    /** Adds the edges whose source and target are both vertices of the graph; the others are ignored. */
    public Graph<K, VV, EV> addEdges(List<Edge<K, EV>> newEdges) {
        DataSet<Edge<K, EV>> valid = edgesBetween(context.fromCollection(newEdges, edges.getType()), vertices);
        return new Graph<>(vertices, edges.union(valid), context);
    }

    /** Removes the vertex with the id of the given one, and its edges. */
    public Graph<K, VV, EV> removeVertex(Vertex<K, VV> vertex) {
        return removeVertices(Collections.singletonList(vertex));
    }

    /** Removes the vertices with the ids of the given ones, and every edge touching them. */
    public Graph<K, VV, EV> removeVertices(List<Vertex<K, VV>> verticesToBeRemoved) {
        return removeVertices(context.fromCollection(verticesToBeRemoved, vertices.getType()));
    }

    private Graph<K, VV, EV> removeVertices(DataSet<Vertex<K, VV>> verticesToBeRemoved) {
        DataSet<Vertex<K, VV>> remaining = vertices.coGroup(verticesToBeRemoved).where(0).equalTo(0)
                .with(new FirstWithoutSecond<Vertex<K, VV>, Vertex<K, VV>>()).returns(vertices.getType())
                .name("Remove vertices");
        return new Graph<>(remaining, edgesBetween(edges, remaining), context);
    }

    /** Removes every edge with the source and target of the given one, whatever its value. */
    public Graph<K, VV, EV> removeEdge(Edge<K, EV> edge) {
        return new Graph<>(vertices, edges.filter(new NotBetween<K, EV>(edge.f0, edge.f1)).name("Remove edge"), context);
    }

    /** Removes every edge with the source and target of one of the given ones, whatever its value. */
    public Graph<K, VV, EV> removeEdges(List<Edge<K, EV>> edgesToBeRemoved) {
        DataSet<Edge<K, EV>> remaining = edges.coGroup(context.fromCollection(edgesToBeRemoved, edges.getType()))
                .where(0, 1).equalTo(0, 1).with(new FirstWithoutSecond<Edge<K, EV>, Edge<K, EV>>())
                .returns(edges.getType()).name("Remove edges");
        return new Graph<>(vertices, remaining, context);
    }

    // ------------------------------------------------------------------ set operations

    /**
     * The vertices of both graphs (one per id: where both have an id, either vertex may be kept) and
     * the edges of both, duplicates included.
     */
    public Graph<K, VV, EV> union(Graph<K, VV, EV> graph) {
        DataSet<Vertex<K, VV>> unitedVertices = graph.getVertices().union(vertices).distinct(0).name("Union of vertices");
        DataSet<Edge<K, EV>> unitedEdges = graph.getEdges().union(edges).name("Union of edges");
        return new Graph<>(unitedVertices, unitedEdges, context);
    }

    /** This graph without the vertices (by id) of the given graph, and so without the edges touching them. */
    public Graph<K, VV, EV> difference(Graph<K, VV, EV> graph) {
        return removeVertices(graph.getVertices());
    }

    /**
     * The edges (equal in source, target and value) found in both graphs, with their endpoints as
     * vertices valued {@link NullValue}. With {@code distinctEdges} each such edge appears once;
     * without it, every pair of equal edges, one from each graph, contributes both edges, so an
     * edge found twice here and three times there appears four times.
     */
    public Graph<K, NullValue, EV> intersect(Graph<K, VV, EV> graph, boolean distinctEdges) {
        DataSet<Edge<K, EV>> common;
        if (distinctEdges) {
            common = edges.join(graph.getEdges()).where(0, 1, 2).equalTo(0, 1, 2)
                    .with(new FirstOfPair<Edge<K, EV>, Edge<K, EV>>()).returns(edges.getType())
                    .name("Intersect edges").distinct();
        } else {
            common = edges.coGroup(graph.getEdges()).where(0, 1, 2).equalTo(0, 1, 2)
                    .with(new PairwiseEdges<K, EV>()).returns(edges.getType()).name("Intersect edges pairwise");
        }
        return fromDataSet(common, context);
    }

    // ------------------------------------------------------------------ checks and algorithms

    public Boolean validate(GraphValidator<K, VV, EV> validator) throws Exception {
        return validator.validate(this);
    }

    public <T> T run(GraphAlgorithm<K, VV, EV, T> algorithm) throws Exception {
        return algorithm.run(this);
    }

    /**
     * Adds the analytic's operators to this graph's plan and returns it; its result is ready
     * after the plan has been executed.
     */
    public <T> GraphAnalytic<K, VV, EV, T> run(GraphAnalytic<K, VV, EV, T> analytic) throws Exception {
        analytic.run(this);
        return analytic;
    }

    // ------------------------------------------------------------------ iterations

    /** Runs a scatter-gather iteration over this graph; the result has the new vertex values. */
    public <M> Graph<K, VV, EV> runScatterGatherIteration(ScatterFunction<K, VV, M, EV> scatterFunction,
            io.eddy.gelly.spargel.GatherFunction<K, VV, M> gatherFunction, int maximumNumberOfIterations) {
        return runScatterGatherIteration(scatterFunction, gatherFunction, maximumNumberOfIterations, null);
    }

    /** Runs a configured scatter-gather iteration over this graph. */
    public <M> Graph<K, VV, EV> runScatterGatherIteration(ScatterFunction<K, VV, M, EV> scatterFunction,
            io.eddy.gelly.spargel.GatherFunction<K, VV, M> gatherFunction, int maximumNumberOfIterations,
            ScatterGatherConfiguration parameters) {
        ScatterGatherIteration<K, VV, M, EV> iteration = ScatterGatherIteration.withEdges(edges, scatterFunction,
                gatherFunction, maximumNumberOfIterations);
        iteration.configure(parameters);
        return new Graph<>(vertices.runOperation(iteration), edges, context);
    }

    /** Runs a gather-sum-apply iteration over this graph; the result has the new vertex values. */
    public <M> Graph<K, VV, EV> runGatherSumApplyIteration(
            io.eddy.gelly.gsa.GatherFunction<VV, EV, M> gatherFunction, SumFunction<VV, EV, M> sumFunction,
            ApplyFunction<K, VV, M> applyFunction, int maximumNumberOfIterations) {
        return runGatherSumApplyIteration(gatherFunction, sumFunction, applyFunction, maximumNumberOfIterations, null);
    }

    /** Runs a configured gather-sum-apply iteration over this graph. */
    public <M> Graph<K, VV, EV> runGatherSumApplyIteration(
            io.eddy.gelly.gsa.GatherFunction<VV, EV, M> gatherFunction, SumFunction<VV, EV, M> sumFunction,
            ApplyFunction<K, VV, M> applyFunction, int maximumNumberOfIterations, GSAConfiguration parameters) {
        GatherSumApplyIteration<K, VV, EV, M> iteration = GatherSumApplyIteration.withEdges(edges, gatherFunction,
                sumFunction, applyFunction, maximumNumberOfIterations);
        iteration.configure(parameters);
        return new Graph<>(vertices.runOperation(iteration), edges, context);
    }

    /** Runs a vertex-centric iteration over this graph; the combiner may be null. */
    public <M> Graph<K, VV, EV> runVertexCentricIteration(ComputeFunction<K, VV, EV, M> computeFunction,
            MessageCombiner<K, M> combiner, int maximumNumberOfIterations) {
        return runVertexCentricIteration(computeFunction, combiner, maximumNumberOfIterations, null);
    }

    /** Runs a configured vertex-centric iteration over this graph; the combiner may be null. */
    public <M> Graph<K, VV, EV> runVertexCentricIteration(ComputeFunction<K, VV, EV, M> computeFunction,
            MessageCombiner<K, M> combiner, int maximumNumberOfIterations, VertexCentricConfiguration parameters) {
        VertexCentricIteration<K, VV, EV, M> iteration = VertexCentricIteration.withEdges(edges, computeFunction,
                combiner, maximumNumberOfIterations);
        iteration.configure(parameters);
        return new Graph<>(vertices.runOperation(iteration), edges, context);
    }

    // ------------------------------------------------------------------ neighborhoods

    /**
     * Calls the function once per vertex with its edges in the given direction (for {@code ALL},
     * in- and out-edges; a self-loop then comes twice).
     */
    public <T> DataSet<T> groupReduceOnEdges(EdgesFunctionWithVertexValue<K, VV, EV, T> edgesFunction,
            EdgeDirection direction) throws IllegalArgumentException {
        TypeInformation<T> type = TypeExtractor.getUnaryOperatorReturnType(edgesFunction,
                EdgesFunctionWithVertexValue.class, 0, 3, 2, keyType(), null, false);
        return groupReduceOnEdges(edgesFunction, direction, type);
    }

    public <T> DataSet<T> groupReduceOnEdges(EdgesFunctionWithVertexValue<K, VV, EV, T> edgesFunction,
            EdgeDirection direction, TypeInformation<T> typeInfo) throws IllegalArgumentException {
        return vertices.coGroup(keyedEdges(direction)).where(0).equalTo(0)
                .with(new ApplyEdgesWithVertexValue<K, VV, EV, T>(edgesFunction)).returns(typeInfo)
                .name("Group reduce on edges (" + direction + ")");
    }

    /** Calls the function once per vertex having edges in the given direction, with those edges keyed by the vertex id. */
    public <T> DataSet<T> groupReduceOnEdges(EdgesFunction<K, EV, T> edgesFunction, EdgeDirection direction)
            throws IllegalArgumentException {
        TypeInformation<T> type = TypeExtractor.getUnaryOperatorReturnType(edgesFunction, EdgesFunction.class, 0, 2, 1,
                keyType(), null, false);
        return groupReduceOnEdges(edgesFunction, direction, type);
    }

    public <T> DataSet<T> groupReduceOnEdges(EdgesFunction<K, EV, T> edgesFunction, EdgeDirection direction,
            TypeInformation<T> typeInfo) throws IllegalArgumentException {
        return keyedEdges(direction).groupBy(0).reduceGroup(new ApplyEdges<K, EV, T>(edgesFunction)).returns(typeInfo)
                .name("Group reduce on edges (" + direction + ")");
    }

    /** Combines the values of each vertex's edges in the given direction into one; vertices without edges are left out. */
    public DataSet<Tuple2<K, EV>> reduceOnEdges(ReduceEdgesFunction<EV> reduceEdgesFunction, EdgeDirection direction)
            throws IllegalArgumentException {
        return keyedEdges(direction).map(new KeyAndEdgeValue<K, EV>())
                .returns(new TupleTypeInfo<>(keyType(), edgeValueType()))
                .groupBy(0).reduce(new ReduceEdgeValues<K, EV>(reduceEdgesFunction)).name("Reduce on edges (" + direction + ")");
    }

    /**
     * Calls the function once per vertex with its neighbors in the given direction, each as
     * (edge, neighbor vertex); vertices without neighbors are called with none.
     */
    public <T> DataSet<T> groupReduceOnNeighbors(NeighborsFunctionWithVertexValue<K, VV, EV, T> neighborsFunction,
            EdgeDirection direction) throws IllegalArgumentException {
        TypeInformation<T> type = TypeExtractor.getUnaryOperatorReturnType(neighborsFunction,
                NeighborsFunctionWithVertexValue.class, 0, 3, 2, keyType(), null, false);
        return groupReduceOnNeighbors(neighborsFunction, direction, type);
    }

    public <T> DataSet<T> groupReduceOnNeighbors(NeighborsFunctionWithVertexValue<K, VV, EV, T> neighborsFunction,
            EdgeDirection direction, TypeInformation<T> typeInfo) throws IllegalArgumentException {
        return vertices.coGroup(keyedNeighbors(direction)).where(0).equalTo(0)
                .with(new ApplyNeighborsWithVertexValue<K, VV, EV, T>(neighborsFunction)).returns(typeInfo)
                .name("Group reduce on neighbors (" + direction + ")");
    }

    /** Calls the function once per vertex having neighbors in the given direction, with (vertex id, edge, neighbor) triples. */
    public <T> DataSet<T> groupReduceOnNeighbors(NeighborsFunction<K, VV, EV, T> neighborsFunction, EdgeDirection direction)
            throws IllegalArgumentException {
        TypeInformation<T> type = TypeExtractor.getUnaryOperatorReturnType(neighborsFunction, NeighborsFunction.class,
                0, 3, 1, keyType(), null, false);
        return groupReduceOnNeighbors(neighborsFunction, direction, type);
    }

    public <T> DataSet<T> groupReduceOnNeighbors(NeighborsFunction<K, VV, EV, T> neighborsFunction, EdgeDirection direction,
            TypeInformation<T> typeInfo) throws IllegalArgumentException {
        return keyedNeighbors(direction).groupBy(0).reduceGroup(new ApplyNeighbors<K, VV, EV, T>(neighborsFunction))
                .returns(typeInfo).name("Group reduce on neighbors (" + direction + ")");
    }

    /** Combines the values of each vertex's neighbors in the given direction into one; vertices without neighbors are left out. */
    public DataSet<Tuple2<K, VV>> reduceOnNeighbors(ReduceNeighborsFunction<VV> reduceNeighborsFunction,
            EdgeDirection direction) throws IllegalArgumentException {
        return keyedNeighbors(direction).map(new KeyAndNeighborValue<K, VV, EV>())
                .returns(new TupleTypeInfo<>(keyType(), vertexValueType()))
                .groupBy(0).reduce(new ReduceNeighborValues<K, VV>(reduceNeighborsFunction))
                .name("Reduce on neighbors (" + direction + ")");
    }

    /**
     * (id of the vertex, edge, neighbor vertex) for each edge in the given direction: the edges
     * keyed by vertex (as for the edge reductions) and joined with the vertex at the other end.
     */
    private DataSet<Tuple3<K, Edge<K, EV>, Vertex<K, VV>>> keyedNeighbors(EdgeDirection direction) {
        if (direction == null) {
            throw new IllegalArgumentException("The edge direction must be IN, OUT or ALL, not null");
        }
        TypeInformation<Tuple3<K, Edge<K, EV>, Vertex<K, VV>>> type =
                new TupleTypeInfo<>(keyType(), edges.getType(), vertices.getType());
        TypeInformation<Tuple3<K, K, Edge<K, EV>>> withNeighborId = new TupleTypeInfo<>(keyType(), keyType(), edges.getType());
        return edges.flatMap(new KeyEdgesWithNeighborId<K, EV>(direction)).returns(withNeighborId)
                .name("Key edges with neighbor ids (" + direction + ")")
                .join(vertices).where(1).equalTo(0)
                .with(new AttachNeighbor<K, VV, EV>()).returns(type).name("Neighbors (" + direction + ")");
    }

    /** Each edge keyed (field 0) by the vertex it belongs to in the given direction. */
    private DataSet<Tuple2<K, Edge<K, EV>>> keyedEdges(EdgeDirection direction) {
        if (direction == null) {
            throw new IllegalArgumentException("The edge direction must be IN, OUT or ALL, not null");
        }
        TypeInformation<Tuple2<K, Edge<K, EV>>> type = new TupleTypeInfo<>(keyType(), edges.getType());
        return edges.flatMap(new KeyEdges<K, EV>(direction)).returns(type).name("Key edges (" + direction + ")");
    }

    // ------------------------------------------------------------------ helpers

    private TypeInformation<K> keyType() {
        return fieldType(vertices, 0);
    }

    private TypeInformation<VV> vertexValueType() {
        return fieldType(vertices, 1);
    }

    private TypeInformation<EV> edgeValueType() {
        return fieldType(edges, 2);
    }

    /** The edges whose source and target are both among the given vertices. */
    private static <K, VV, EV> DataSet<Edge<K, EV>> edgesBetween(DataSet<Edge<K, EV>> edges, DataSet<Vertex<K, VV>> vertices) {
        return edges.join(vertices).where(0).equalTo(0).with(new FirstOfPair<Edge<K, EV>, Vertex<K, VV>>())
                .returns(edges.getType()).name("Edges with a known source")
                .join(vertices).where(1).equalTo(0).with(new FirstOfPair<Edge<K, EV>, Vertex<K, VV>>())
                .returns(edges.getType()).name("Edges with a known target");
    }

    private static <X> TypeInformation<X> fieldType(DataSet<?> tuples, int field) {
        TypeInformation<?> type = tuples.getType();
        if (!(type instanceof TupleTypeInfo)) {
            throw new InvalidTypesException("Expected a DataSet of vertices or edges with tuple type information, got " + type);
        }
        return ((TupleTypeInfo<?>) type).getTypeAt(field);
    }

    /**
     * The extracted type, or a clear error: a lambda's generic result type is erased, and a
     * MissingTypeInfo inside a vertex or edge type would only fail later, far from its cause.
     */
    private static <T> TypeInformation<T> known(TypeInformation<T> extracted, String where, String overloadType) {
        if (extracted instanceof MissingTypeInfo) {
            InvalidTypesException cause = ((MissingTypeInfo) (TypeInformation<?>) extracted).getTypeException();
            String hint = overloadType == null ? "implement MapFunction in a class with concrete type arguments"
                    : "pass the result type to the overload taking a " + overloadType;
            throw new InvalidTypesException("The value type produced by " + where + " cannot be determined ("
                    + (cause == null ? "no type information" : cause.getMessage()) + "); " + hint, cause);
        }
        return extracted;
    }

    private TypeInformation<Tuple2<K, LongValue>> degreeType() {
        return new TupleTypeInfo<>(keyType(), TypeInformation.of(LongValue.class));
    }

    static <K, V> TypeInformation<Vertex<K, V>> vertexType(TypeInformation<K> keyType, TypeInformation<V> valueType) {
        return tupleType(Vertex.class, keyType, valueType);
    }

    static <K, V> TypeInformation<Edge<K, V>> edgeType(TypeInformation<K> keyType, TypeInformation<V> valueType) {
        return tupleType(Edge.class, keyType, keyType, valueType);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static <T> TypeInformation<T> tupleType(Class<?> tupleClass, TypeInformation<?>... fields) {
        return (TypeInformation<T>) new TupleTypeInfo(tupleClass, fields);
    }

    /**
     * The type of a collection's vertices or edges from the fields of its first element; the
     * DataSet API's {@code fromCollection} cannot tell the type arguments of a generic tuple subclass.
     */
    private static <T extends Tuple> TypeInformation<T> typeOfFirst(Collection<T> elements, String what) {
        Iterator<T> it = elements.iterator();
        if (!it.hasNext()) {
            throw new IllegalArgumentException("The collection of " + what + " is empty, so its types are unknown; "
                    + "use fromDataSet with a typed DataSet instead");
        }
        T first = it.next();
        TypeInformation<?>[] fields = new TypeInformation<?>[first.getArity()];
        for (int i = 0; i < fields.length; i++) {
            Object field = first.getField(i);
            if (field == null) {
                throw new IllegalArgumentException("Field f" + i + " of the first of the " + what + " is null");
            }
            fields[i] = TypeExtractor.getForObject(field);
        }
        return tupleType(first.getClass(), fields);
    }

    private static <K, VV> DataSet<Vertex<K, VV>> toVertices(DataSet<Tuple2<K, VV>> tuples) {
        return tuples.map(new TupleToVertex<K, VV>())
                .returns(vertexType(fieldType(tuples, 0), fieldType(tuples, 1))).name("Tuples to vertices");
    }

    private static <K, EV> DataSet<Edge<K, EV>> toEdges(DataSet<Tuple3<K, K, EV>> tuples) {
        return tuples.map(new TupleToEdge<K, EV>())
                .returns(edgeType(fieldType(tuples, 0), fieldType(tuples, 2))).name("Tuples to edges");
    }

    private static <K> DataSet<Edge<K, NullValue>> pairsToEdges(DataSet<Tuple2<K, K>> pairs) {
        return pairs.map(new PairToEdge<K>())
                .returns(edgeType(fieldType(pairs, 0), TypeInformation.of(NullValue.class))).name("Pairs to edges");
    }
}
