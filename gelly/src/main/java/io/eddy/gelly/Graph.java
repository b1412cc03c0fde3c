package io.eddy.gelly;

import io.eddy.api.DataSet;
import io.eddy.api.ExecutionEnvironment;
import io.eddy.api.functions.CoGroupFunction;
import io.eddy.api.functions.Collector;
import io.eddy.api.functions.FilterFunction;
import io.eddy.api.functions.FlatMapFunction;
import io.eddy.api.functions.GroupReduceFunction;
import io.eddy.api.functions.InvalidTypesException;
import io.eddy.api.functions.JoinFunction;
import io.eddy.api.functions.MapFunction;
import io.eddy.api.functions.ReduceFunction;
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
import io.eddy.gelly.validation.GraphValidator;
import java.util.ArrayList;
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

    // ------------------------------------------------------------------ functions

    private static final class EndpointVertices<K, EV> implements FlatMapFunction<Edge<K, EV>, Vertex<K, NullValue>> {
        private static final long serialVersionUID = 1L;

        @Override
        public void flatMap(Edge<K, EV> edge, Collector<Vertex<K, NullValue>> out) {
            out.collect(new Vertex<>(edge.f0, NullValue.getInstance()));
            out.collect(new Vertex<>(edge.f1, NullValue.getInstance()));
        }
    }

    /** Both endpoint ids, as (id, id) so that a tuple type with a key field carries them. */
    private static final class EndpointIds<K, EV> implements FlatMapFunction<Edge<K, EV>, Tuple2<K, K>> {
        private static final long serialVersionUID = 1L;

        @Override
        public void flatMap(Edge<K, EV> edge, Collector<Tuple2<K, K>> out) {
            out.collect(new Tuple2<>(edge.f0, edge.f0));
            out.collect(new Tuple2<>(edge.f1, edge.f1));
        }
    }

    private static final class InitializeVertex<K, VV> implements MapFunction<Tuple2<K, K>, Vertex<K, VV>> {
        private static final long serialVersionUID = 1L;
        private final MapFunction<K, VV> initializer;

        InitializeVertex(MapFunction<K, VV> initializer) {
            this.initializer = initializer;
        }

        @Override
        public Vertex<K, VV> map(Tuple2<K, K> id) throws Exception {
            return new Vertex<>(id.f0, initializer.map(id.f0));
        }
    }

    private static final class TupleToVertex<K, VV> implements MapFunction<Tuple2<K, VV>, Vertex<K, VV>> {
        private static final long serialVersionUID = 1L;

        @Override
        public Vertex<K, VV> map(Tuple2<K, VV> tuple) {
            return new Vertex<>(tuple.f0, tuple.f1);
        }
    }

    private static final class TupleToEdge<K, EV> implements MapFunction<Tuple3<K, K, EV>, Edge<K, EV>> {
        private static final long serialVersionUID = 1L;

        @Override
        public Edge<K, EV> map(Tuple3<K, K, EV> tuple) {
            return new Edge<>(tuple.f0, tuple.f1, tuple.f2);
        }
    }

    private static final class PairToEdge<K> implements MapFunction<Tuple2<K, K>, Edge<K, NullValue>> {
        private static final long serialVersionUID = 1L;

        @Override
        public Edge<K, NullValue> map(Tuple2<K, K> pair) {
            return new Edge<>(pair.f0, pair.f1, NullValue.getInstance());
        }
    }

    private static final class VertexToTuple2<K, VV> implements MapFunction<Vertex<K, VV>, Tuple2<K, VV>> {
        private static final long serialVersionUID = 1L;

        @Override
        public Tuple2<K, VV> map(Vertex<K, VV> vertex) {
            return new Tuple2<>(vertex.f0, vertex.f1);
        }
    }

    private static final class EdgeToTuple3<K, EV> implements MapFunction<Edge<K, EV>, Tuple3<K, K, EV>> {
        private static final long serialVersionUID = 1L;

        @Override
        public Tuple3<K, K, EV> map(Edge<K, EV> edge) {
            return new Tuple3<>(edge.f0, edge.f1, edge.f2);
        }
    }

    private static final class VertexId<K, VV> implements MapFunction<Vertex<K, VV>, K> {
        private static final long serialVersionUID = 1L;

        @Override
        public K map(Vertex<K, VV> vertex) {
            return vertex.f0;
        }
    }

    private static final class EdgeIds<K, EV> implements MapFunction<Edge<K, EV>, Tuple2<K, K>> {
        private static final long serialVersionUID = 1L;

        @Override
        public Tuple2<K, K> map(Edge<K, EV> edge) {
            return new Tuple2<>(edge.f0, edge.f1);
        }
    }

    private static final class AttachSourceValue<K, VV, EV>
            implements JoinFunction<Vertex<K, VV>, Edge<K, EV>, Tuple4<K, K, VV, EV>> {
        private static final long serialVersionUID = 1L;

        @Override
        public Tuple4<K, K, VV, EV> join(Vertex<K, VV> source, Edge<K, EV> edge) {
            return new Tuple4<>(edge.f0, edge.f1, source.f1, edge.f2);
        }
    }

    private static final class AttachTargetValue<K, VV, EV>
            implements JoinFunction<Tuple4<K, K, VV, EV>, Vertex<K, VV>, Triplet<K, VV, EV>> {
        private static final long serialVersionUID = 1L;

        @Override
        public Triplet<K, VV, EV> join(Tuple4<K, K, VV, EV> half, Vertex<K, VV> target) {
            return new Triplet<>(half.f0, half.f1, half.f2, target.f1, half.f3);
        }
    }

    /** Applies a user function to the vertex, keeping the id: Gelly's mapVertices maps values only. */
    private static final class MapVertexValue<K, VV, NV> implements MapFunction<Vertex<K, VV>, Vertex<K, NV>> {
        private static final long serialVersionUID = 1L;
        private final MapFunction<Vertex<K, VV>, NV> mapper;

        MapVertexValue(MapFunction<Vertex<K, VV>, NV> mapper) {
            this.mapper = mapper;
        }

        @Override
        public Vertex<K, NV> map(Vertex<K, VV> vertex) throws Exception {
            return new Vertex<>(vertex.f0, mapper.map(vertex));
        }
    }

    private static final class MapEdgeValue<K, EV, NV> implements MapFunction<Edge<K, EV>, Edge<K, NV>> {
        private static final long serialVersionUID = 1L;
        private final MapFunction<Edge<K, EV>, NV> mapper;

        MapEdgeValue(MapFunction<Edge<K, EV>, NV> mapper) {
            this.mapper = mapper;
        }

        @Override
        public Edge<K, NV> map(Edge<K, EV> edge) throws Exception {
            return new Edge<>(edge.f0, edge.f1, mapper.map(edge));
        }
    }

    private static final class ReverseEdge<K, EV> implements MapFunction<Edge<K, EV>, Edge<K, EV>> {
        private static final long serialVersionUID = 1L;

        @Override
        public Edge<K, EV> map(Edge<K, EV> edge) {
            return edge.reverse();
        }
    }

    private static final class EdgeAndReverse<K, EV> implements FlatMapFunction<Edge<K, EV>, Edge<K, EV>> {
        private static final long serialVersionUID = 1L;

        @Override
        public void flatMap(Edge<K, EV> edge, Collector<Edge<K, EV>> out) {
            out.collect(edge);
            out.collect(edge.reverse());
        }
    }

    /** Counts the edges grouped with a vertex; a coGroup (not a groupBy on edges) so that isolated vertices get 0. */
    private static final class CountEdges<K, VV, EV>
            implements CoGroupFunction<Vertex<K, VV>, Edge<K, EV>, Tuple2<K, LongValue>> {
        private static final long serialVersionUID = 1L;

        @Override
        public void coGroup(Iterable<Vertex<K, VV>> vertex, Iterable<Edge<K, EV>> edges, Collector<Tuple2<K, LongValue>> out) {
            Iterator<Vertex<K, VV>> it = vertex.iterator();
            if (!it.hasNext()) {
                return; // edges of a missing vertex: Gelly counts degrees of vertices only
            }
            long count = 0;
            for (Edge<K, EV> ignored : edges) {
                count++;
            }
            out.collect(new Tuple2<>(it.next().f0, new LongValue(count)));
        }
    }

    private static final class SumDegrees<K> implements ReduceFunction<Tuple2<K, LongValue>> {
        private static final long serialVersionUID = 1L;

        @Override
        public Tuple2<K, LongValue> reduce(Tuple2<K, LongValue> a, Tuple2<K, LongValue> b) {
            return new Tuple2<>(a.f0, new LongValue(a.f1.getValue() + b.f1.getValue()));
        }
    }

    private static final class ApplyVertexJoin<K, VV, T>
            implements CoGroupFunction<Vertex<K, VV>, Tuple2<K, T>, Vertex<K, VV>> {
        private static final long serialVersionUID = 1L;
        private final VertexJoinFunction<VV, T> function;

        ApplyVertexJoin(VertexJoinFunction<VV, T> function) {
            this.function = function;
        }

        @Override
        public void coGroup(Iterable<Vertex<K, VV>> vertices, Iterable<Tuple2<K, T>> input, Collector<Vertex<K, VV>> out)
                throws Exception {
            Iterator<Tuple2<K, T>> match = input.iterator();
            T value = match.hasNext() ? match.next().f1 : null;
            for (Vertex<K, VV> vertex : vertices) {
                // as in Flink, only the first matching input record counts
                out.collect(value == null ? vertex : new Vertex<>(vertex.f0, function.vertexJoin(vertex.f1, value)));
            }
        }
    }

    /** Applies an edge join function with the value at {@code valueField} of the first matching input record. */
    private static final class ApplyEdgeJoin<K, EV, I extends Tuple, T> implements CoGroupFunction<Edge<K, EV>, I, Edge<K, EV>> {
        private static final long serialVersionUID = 1L;
        private final EdgeJoinFunction<EV, T> function;
        private final int valueField;

        ApplyEdgeJoin(EdgeJoinFunction<EV, T> function, int valueField) {
            this.function = function;
            this.valueField = valueField;
        }

        @Override
        public void coGroup(Iterable<Edge<K, EV>> edges, Iterable<I> input, Collector<Edge<K, EV>> out) throws Exception {
            Iterator<I> match = input.iterator();
            T value = match.hasNext() ? match.next().getField(valueField) : null;
            for (Edge<K, EV> edge : edges) {
                out.collect(value == null ? edge : new Edge<>(edge.f0, edge.f1, function.edgeJoin(edge.f2, value)));
            }
        }
    }

    private static final class KeepExistingVertex<K, VV>
            implements CoGroupFunction<Vertex<K, VV>, Vertex<K, VV>, Vertex<K, VV>> {
        private static final long serialVersionUID = 1L;

        @Override
        public void coGroup(Iterable<Vertex<K, VV>> existing, Iterable<Vertex<K, VV>> added, Collector<Vertex<K, VV>> out) {
            Iterator<Vertex<K, VV>> it = existing.iterator();
            if (it.hasNext()) {
                out.collect(it.next());
            } else {
                Iterator<Vertex<K, VV>> fresh = added.iterator();
                if (fresh.hasNext()) {
                    out.collect(fresh.next());
                }
            }
        }
    }

    /** Emits the first group's records when the second group is empty. */
    private static final class FirstWithoutSecond<A, B> implements CoGroupFunction<A, B, A> {
        private static final long serialVersionUID = 1L;

        @Override
        public void coGroup(Iterable<A> first, Iterable<B> second, Collector<A> out) {
            if (!second.iterator().hasNext()) {
                for (A record : first) {
                    out.collect(record);
                }
            }
        }
    }

    private static final class FirstOfPair<A, B> implements JoinFunction<A, B, A> {
        private static final long serialVersionUID = 1L;

        @Override
        public A join(A first, B second) {
            return first;
        }
    }

    private static final class NotBetween<K, EV> implements FilterFunction<Edge<K, EV>> {
        private static final long serialVersionUID = 1L;
        private final K source;
        private final K target;

        NotBetween(K source, K target) {
            this.source = source;
            this.target = target;
        }

        @Override
        public boolean filter(Edge<K, EV> edge) {
            return !(edge.f0.equals(source) && edge.f1.equals(target));
        }
    }

    /** For each pair of equal edges, one from each graph, emits both. */
    private static final class PairwiseEdges<K, EV> implements CoGroupFunction<Edge<K, EV>, Edge<K, EV>, Edge<K, EV>> {
        private static final long serialVersionUID = 1L;

        @Override
        public void coGroup(Iterable<Edge<K, EV>> left, Iterable<Edge<K, EV>> right, Collector<Edge<K, EV>> out) {
            Iterator<Edge<K, EV>> l = left.iterator();
            Iterator<Edge<K, EV>> r = right.iterator();
            while (l.hasNext() && r.hasNext()) {
                out.collect(l.next());
                out.collect(r.next());
            }
        }
    }

    private static final class KeyEdges<K, EV> implements FlatMapFunction<Edge<K, EV>, Tuple2<K, Edge<K, EV>>> {
        private static final long serialVersionUID = 1L;
        private final EdgeDirection direction;

        KeyEdges(EdgeDirection direction) {
            this.direction = direction;
        }

        @Override
        public void flatMap(Edge<K, EV> edge, Collector<Tuple2<K, Edge<K, EV>>> out) {
            if (direction != EdgeDirection.IN) {
                out.collect(new Tuple2<>(edge.f0, edge));
            }
            if (direction != EdgeDirection.OUT) {
                out.collect(new Tuple2<>(edge.f1, edge));
            }
        }
    }

    private static final class ApplyEdgesWithVertexValue<K, VV, EV, T>
            implements CoGroupFunction<Vertex<K, VV>, Tuple2<K, Edge<K, EV>>, T> {
        private static final long serialVersionUID = 1L;
        private final EdgesFunctionWithVertexValue<K, VV, EV, T> function;

        ApplyEdgesWithVertexValue(EdgesFunctionWithVertexValue<K, VV, EV, T> function) {
            this.function = function;
        }

        @Override
        public void coGroup(Iterable<Vertex<K, VV>> vertex, Iterable<Tuple2<K, Edge<K, EV>>> keyedEdges, Collector<T> out)
                throws Exception {
            Iterator<Vertex<K, VV>> it = vertex.iterator();
            if (!it.hasNext()) {
                throw new IllegalStateException("An edge refers to a vertex id that is not in the graph: "
                        + keyedEdges.iterator().next().f0);
            }
            List<Edge<K, EV>> edges = new ArrayList<>();
            for (Tuple2<K, Edge<K, EV>> keyed : keyedEdges) {
                edges.add(keyed.f1);
            }
            function.iterateEdges(it.next(), edges, out);
        }
    }

    private static final class ApplyEdges<K, EV, T> implements GroupReduceFunction<Tuple2<K, Edge<K, EV>>, T> {
        private static final long serialVersionUID = 1L;
        private final EdgesFunction<K, EV, T> function;

        ApplyEdges(EdgesFunction<K, EV, T> function) {
            this.function = function;
        }

        @Override
        public void reduce(Iterable<Tuple2<K, Edge<K, EV>>> edges, Collector<T> out) throws Exception {
            function.iterateEdges(edges, out);
        }
    }

    /** (vertex id, neighbor id, edge) for each end of an edge that the direction selects. */
    private static final class KeyEdgesWithNeighborId<K, EV> implements FlatMapFunction<Edge<K, EV>, Tuple3<K, K, Edge<K, EV>>> {
        private static final long serialVersionUID = 1L;
        private final EdgeDirection direction;

        KeyEdgesWithNeighborId(EdgeDirection direction) {
            this.direction = direction;
        }

        @Override
        public void flatMap(Edge<K, EV> edge, Collector<Tuple3<K, K, Edge<K, EV>>> out) {
            if (direction != EdgeDirection.IN) {
                out.collect(new Tuple3<>(edge.f0, edge.f1, edge));
            }
            if (direction != EdgeDirection.OUT) {
                out.collect(new Tuple3<>(edge.f1, edge.f0, edge));
            }
        }
    }

    private static final class AttachNeighbor<K, VV, EV>
            implements JoinFunction<Tuple3<K, K, Edge<K, EV>>, Vertex<K, VV>, Tuple3<K, Edge<K, EV>, Vertex<K, VV>>> {
        private static final long serialVersionUID = 1L;

        @Override
        public Tuple3<K, Edge<K, EV>, Vertex<K, VV>> join(Tuple3<K, K, Edge<K, EV>> keyed, Vertex<K, VV> neighbor) {
            return new Tuple3<>(keyed.f0, keyed.f2, neighbor);
        }
    }

    private static final class ApplyNeighborsWithVertexValue<K, VV, EV, T>
            implements CoGroupFunction<Vertex<K, VV>, Tuple3<K, Edge<K, EV>, Vertex<K, VV>>, T> {
        private static final long serialVersionUID = 1L;
        private final NeighborsFunctionWithVertexValue<K, VV, EV, T> function;

        ApplyNeighborsWithVertexValue(NeighborsFunctionWithVertexValue<K, VV, EV, T> function) {
            this.function = function;
        }

        @Override
        public void coGroup(Iterable<Vertex<K, VV>> vertex, Iterable<Tuple3<K, Edge<K, EV>, Vertex<K, VV>>> neighbors,
                Collector<T> out) throws Exception {
            Iterator<Vertex<K, VV>> it = vertex.iterator();
            if (!it.hasNext()) {
                throw new IllegalStateException("An edge refers to a vertex id that is not in the graph: "
                        + neighbors.iterator().next().f0);
            }
            List<Tuple2<Edge<K, EV>, Vertex<K, VV>>> pairs = new ArrayList<>();
            for (Tuple3<K, Edge<K, EV>, Vertex<K, VV>> neighbor : neighbors) {
                pairs.add(new Tuple2<>(neighbor.f1, neighbor.f2));
            }
            function.iterateNeighbors(it.next(), pairs, out);
        }
    }

    private static final class ApplyNeighbors<K, VV, EV, T>
            implements GroupReduceFunction<Tuple3<K, Edge<K, EV>, Vertex<K, VV>>, T> {
        private static final long serialVersionUID = 1L;
        private final NeighborsFunction<K, VV, EV, T> function;

        ApplyNeighbors(NeighborsFunction<K, VV, EV, T> function) {
            this.function = function;
        }

        @Override
        public void reduce(Iterable<Tuple3<K, Edge<K, EV>, Vertex<K, VV>>> neighbors, Collector<T> out) throws Exception {
            function.iterateNeighbors(neighbors, out);
        }
    }

    private static final class KeyAndNeighborValue<K, VV, EV>
            implements MapFunction<Tuple3<K, Edge<K, EV>, Vertex<K, VV>>, Tuple2<K, VV>> {
        private static final long serialVersionUID = 1L;

        @Override
        public Tuple2<K, VV> map(Tuple3<K, Edge<K, EV>, Vertex<K, VV>> neighbor) {
            return new Tuple2<>(neighbor.f0, neighbor.f2.f1);
        }
    }

    private static final class ReduceNeighborValues<K, VV> implements ReduceFunction<Tuple2<K, VV>> {
        private static final long serialVersionUID = 1L;
        private final ReduceNeighborsFunction<VV> function;

        ReduceNeighborValues(ReduceNeighborsFunction<VV> function) {
            this.function = function;
        }

        @Override
        public Tuple2<K, VV> reduce(Tuple2<K, VV> a, Tuple2<K, VV> b) {
            return new Tuple2<>(a.f0, function.reduceNeighbors(a.f1, b.f1));
        }
    }

    private static final class KeyAndEdgeValue<K, EV> implements MapFunction<Tuple2<K, Edge<K, EV>>, Tuple2<K, EV>> {
        private static final long serialVersionUID = 1L;

        @Override
        public Tuple2<K, EV> map(Tuple2<K, Edge<K, EV>> keyed) {
            return new Tuple2<>(keyed.f0, keyed.f1.f2);
        }
    }

    private static final class ReduceEdgeValues<K, EV> implements ReduceFunction<Tuple2<K, EV>> {
        private static final long serialVersionUID = 1L;
        private final ReduceEdgesFunction<EV> function;

        ReduceEdgeValues(ReduceEdgesFunction<EV> function) {
            this.function = function;
        }

        @Override
        public Tuple2<K, EV> reduce(Tuple2<K, EV> a, Tuple2<K, EV> b) {
            return new Tuple2<>(a.f0, function.reduceEdges(a.f1, b.f1));
        }
    }
}
