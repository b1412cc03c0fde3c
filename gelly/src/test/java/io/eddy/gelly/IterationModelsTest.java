package io.eddy.gelly;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eddy.api.ExecutionEnvironment;
import io.eddy.api.aggregators.LongSumAggregator;
import io.eddy.api.types.LongValue;
import io.eddy.api.types.NullValue;
import io.eddy.gelly.gsa.ApplyFunction;
import io.eddy.gelly.gsa.GSAConfiguration;
import io.eddy.gelly.gsa.GatherFunction;
import io.eddy.gelly.gsa.Neighbor;
import io.eddy.gelly.gsa.SumFunction;
import io.eddy.gelly.library.ConnectedComponents;
import io.eddy.gelly.library.GSAConnectedComponents;
import io.eddy.gelly.library.GSASingleSourceShortestPaths;
import io.eddy.gelly.library.SingleSourceShortestPaths;
import io.eddy.gelly.pregel.ComputeFunction;
import io.eddy.gelly.pregel.MessageCombiner;
import io.eddy.gelly.pregel.MessageIterator;
import io.eddy.gelly.pregel.VertexCentricConfiguration;
import io.eddy.gelly.spargel.ScatterFunction;
import io.eddy.gelly.spargel.ScatterGatherConfiguration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The three iteration models (vertex-centric, scatter-gather, gather-sum-apply) on random graphs:
 * shortest paths and connected components from each equal a plain-Java reference, at parallelism
 * 1 and 2; and the models' options (directions, degrees, vertex count, aggregators, broadcast sets,
 * combiners) do what they promise.
 */
class IterationModelsTest {

    private static final int N = 300;

    private static final int M = 700;

    private static final long SEED = 20261206L;

    // ------------------------------------------------------------------ the same answers from all three models

    @ParameterizedTest
    @ValueSource(ints = {1, 2})
    void shortestPathsAgreeAcrossModelsAndWithDijkstra(int parallelism) throws Exception {
        ExecutionEnvironment env = ExecutionEnvironment.createLocalEnvironment(parallelism);
        Graph<Long, Long, Double> graph = RandomGraphs.weighted(env, N, M, SEED);
        Map<Long, Double> expected = RandomGraphs.dijkstra(N, RandomGraphs.edges(N, M, SEED), 0L);

        Map<Long, Double> scatterGather = RandomGraphs.asMap(
                graph.run(new SingleSourceShortestPaths<Long, Long>(0L, 100)).collect());
        Map<Long, Double> gsa = RandomGraphs.asMap(
                graph.run(new GSASingleSourceShortestPaths<Long, Long>(0L, 100)).collect());
        Map<Long, Double> vertexCentric = RandomGraphs.asMap(graph
                .mapVertices(new InitialDistance())
                .runVertexCentricIteration(new ShortestPathCompute(), new MinCombiner(), 100)
                .getVertices().collect());

        assertEquals(expected, scatterGather, "scatter-gather");
        assertEquals(expected, gsa, "gather-sum-apply");
        assertEquals(expected, vertexCentric, "vertex-centric");
        assertTrue(expected.values().stream().anyMatch(d -> d.isInfinite()), "some vertex is unreachable");
        assertTrue(expected.values().stream().filter(d -> !d.isInfinite()).count() > N / 2);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2})
    void connectedComponentsAgreeAcrossModelsAndWithReference(int parallelism) throws Exception {
        ExecutionEnvironment env = ExecutionEnvironment.createLocalEnvironment(parallelism);
        // sparse enough to leave several components
        int m = N / 2;
        Graph<Long, Long, Double> graph = RandomGraphs.weighted(env, N, m, SEED);
        Map<Long, Long> expected = RandomGraphs.components(N, RandomGraphs.edges(N, m, SEED));

        Map<Long, Long> scatterGather = RandomGraphs.asMap(
                graph.run(new ConnectedComponents<Long, Long, Double>(1000)).collect());
        Map<Long, Long> gsa = RandomGraphs.asMap(
                graph.run(new GSAConnectedComponents<Long, Long, Double>(1000)).collect());
        Map<Long, Long> vertexCentric = RandomGraphs.asMap(graph.getUndirected()
                .runVertexCentricIteration(new MinLabelCompute(), null, 1000).getVertices().collect());

        assertEquals(expected, scatterGather, "scatter-gather");
        assertEquals(expected, gsa, "gather-sum-apply");
        assertEquals(expected, vertexCentric, "vertex-centric");
        assertTrue(expected.values().stream().distinct().count() > 10, "several components");
    }

    /** Distance 0 for vertex 0, infinity for the others. */
    static final class InitialDistance implements io.eddy.api.functions.MapFunction<Vertex<Long, Long>, Double> {
        @Override
        public Double map(Vertex<Long, Long> vertex) {
            return vertex.f0 == 0L ? 0.0 : Double.POSITIVE_INFINITY;
        }
    }

    /** Vertex-centric SSSP: in superstep 1 only the source sends; afterwards a vertex sends when its distance fell. */
    static final class ShortestPathCompute extends ComputeFunction<Long, Double, Double, Double> {
        @Override
        public void compute(Vertex<Long, Double> vertex, MessageIterator<Double> messages) {
            double best = vertex.getValue();
            for (double offer : messages) {
                best = Math.min(best, offer);
            }
            boolean improved = best < vertex.getValue();
            if (improved) {
                setNewVertexValue(best);
            }
            if (improved || (getSuperstepNumber() == 1 && best == 0.0)) {
                for (Edge<Long, Double> edge : getEdges()) {
                    sendMessageTo(edge.getTarget(), best + edge.getValue());
                }
            }
        }
    }

    static final class MinCombiner extends MessageCombiner<Long, Double> {
        @Override
        public void combineMessages(MessageIterator<Double> messages) {
            double min = Double.POSITIVE_INFINITY;
            for (double m : messages) {
                min = Math.min(min, m);
            }
            sendCombinedMessage(min);
        }
    }

    /** Vertex-centric components: everyone announces its label first, then only improvements travel. */
    static final class MinLabelCompute extends ComputeFunction<Long, Long, Double, Long> {
        @Override
        public void compute(Vertex<Long, Long> vertex, MessageIterator<Long> messages) {
            long min = vertex.getValue();
            for (long label : messages) {
                min = Math.min(min, label);
            }
            if (min < vertex.getValue()) {
                setNewVertexValue(min);
                sendMessageToAllNeighbors(min);
            } else if (getSuperstepNumber() == 1) {
                sendMessageToAllNeighbors(min);
            }
        }
    }

    // ------------------------------------------------------------------ scatter-gather options

    @ParameterizedTest
    @ValueSource(ints = {1, 2})
    void scatterGatherGivesDegreesAndVertexCountWhenAsked(int parallelism) throws Exception {
        ExecutionEnvironment env = ExecutionEnvironment.createLocalEnvironment(parallelism);
        Graph<Long, Long, Long> graph = ExampleGraph.graph(env);
        ScatterGatherConfiguration config = new ScatterGatherConfiguration();
        config.setOptDegrees(true);
        config.setOptNumVertices(true);
        List<Vertex<Long, Long>> result = graph.runScatterGatherIteration(new SendDegrees(), new KeepDegrees(), 1, config)
                .getVertices().collect();
        // in * 100 + out * 10 + number of vertices, as both functions saw them
        assertEquals(ExampleGraph.sorted(List.of(new Vertex<>(1L, 126L), new Vertex<>(2L, 116L),
                new Vertex<>(3L, 226L), new Vertex<>(4L, 116L), new Vertex<>(5L, 216L), new Vertex<>(6L, 6L))),
                ExampleGraph.sorted(result));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2})
    void scatterGatherWithoutOptionsReportsMinusOne(int parallelism) throws Exception {
        ExecutionEnvironment env = ExecutionEnvironment.createLocalEnvironment(parallelism);
        List<Vertex<Long, Long>> result = ExampleGraph.graph(env)
                .runScatterGatherIteration(new SendDegrees(), new KeepDegrees(), 1).getVertices().collect();
        assertEquals(6, result.size());
        for (Vertex<Long, Long> v : result) {
            assertEquals(-100 - 10 - 1, v.f1, "vertex " + v.f0);
        }
    }

    static final class SendDegrees extends ScatterFunction<Long, Long, Long, Long> {
        @Override
        public void sendMessages(Vertex<Long, Long> vertex) {
            if (getInDegree() >= 0 && getNumberOfVertices() != 6) {
                throw new IllegalStateException("scatter saw " + getNumberOfVertices() + " vertices");
            }
            sendMessageToAllNeighbors(0L);
            // every vertex also tells itself, so that each one (but the isolated 6) gathers
            sendMessageTo(vertex.getId(), 0L);
        }
    }

    static final class KeepDegrees extends io.eddy.gelly.spargel.GatherFunction<Long, Long, Long> {
        @Override
        public void updateVertex(Vertex<Long, Long> vertex, io.eddy.gelly.spargel.MessageIterator<Long> messages) {
            setNewVertexValue(getInDegree() * 100 + getOutDegree() * 10 + getNumberOfVertices());
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2})
    void scatterGatherDirectionInSendsAgainstEdges(int parallelism) throws Exception {
        ExecutionEnvironment env = ExecutionEnvironment.createLocalEnvironment(parallelism);
        int n = 120;
        List<Edge<Long, Double>> edges = RandomGraphs.edges(n, 240, 7L);
        List<Edge<Long, Double>> reversed = new ArrayList<>();
        for (Edge<Long, Double> e : edges) {
            reversed.add(e.reverse());
        }
        Map<Long, Double> expected = RandomGraphs.dijkstra(n, reversed, 0L);
        ScatterGatherConfiguration config = new ScatterGatherConfiguration();
        config.setDirection(EdgeDirection.IN);
        Map<Long, Double> actual = RandomGraphs.asMap(RandomGraphs.weighted(env, n, 240, 7L)
                .mapVertices(v -> v.f0 == 0L ? 0.0 : Double.POSITIVE_INFINITY)
                .runScatterGatherIteration(new DistanceAgainstEdges(),
                        new SingleSourceShortestPaths.VertexDistanceUpdater<Long>(), 100, config)
                .getVertices().collect());
        assertEquals(expected, actual);
    }

    static final class DistanceAgainstEdges extends ScatterFunction<Long, Double, Double, Double> {
        @Override
        public void sendMessages(Vertex<Long, Double> vertex) {
            if (getDirection() != EdgeDirection.IN) {
                throw new IllegalStateException("direction " + getDirection());
            }
            for (Edge<Long, Double> edge : getEdges()) {
                // edges arrive as stored: the vertex is their target
                sendMessageTo(edge.getSource(), vertex.getValue() + edge.getValue());
            }
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2})
    void scatterGatherAggregatorsAndBroadcastSetsReachTheFunctions(int parallelism) throws Exception {
        ExecutionEnvironment env = ExecutionEnvironment.createLocalEnvironment(parallelism);
        // a path 0 -> 1 -> ... -> 9: one vertex changes per superstep
        List<Edge<Long, NullValue>> path = new ArrayList<>();
        for (long i = 0; i < 9; i++) {
            path.add(new Edge<>(i, i + 1, NullValue.getInstance()));
        }
        Graph<Long, Long, NullValue> graph = Graph.fromCollection(path, v -> v == 0L ? 1L : 0L, env);
        ScatterGatherConfiguration config = new ScatterGatherConfiguration();
        config.registerAggregator("updates", new LongSumAggregator());
        config.addBroadcastSetForScatterFunction("increment", env.fromElements(5L));
        List<Vertex<Long, Long>> result = graph.runScatterGatherIteration(new Relay(), new CountingGather(), 20, config)
                .getVertices().collect();
        // vertex i gets 1 + 5 * i, and remembers the number of updates the superstep before saw (1 from superstep 2 on)
        for (Vertex<Long, Long> v : result) {
            long expected = v.f0 == 0L ? 1L : v.f0 == 1L ? 6L : (1 + 5 * v.f0) + 1000;
            assertEquals(expected, v.f1, "vertex " + v.f0);
        }
    }

    static final class Relay extends ScatterFunction<Long, Long, Long, NullValue> {

        private long increment;

        @Override
        public void preSuperstep() {
            increment = this.<Long>getBroadcastSet("increment").iterator().next();
        }

        @Override
        public void sendMessages(Vertex<Long, Long> vertex) {
            long value = vertex.getValue() % 1000;
            if (value > 0) {
                sendMessageToAllNeighbors(value + increment);
            }
        }
    }

    static final class CountingGather extends io.eddy.gelly.spargel.GatherFunction<Long, Long, Long> {

        private LongSumAggregator updates;

        @Override
        public void preSuperstep() {
            updates = getIterationAggregator("updates");
        }

        @Override
        public void updateVertex(Vertex<Long, Long> vertex, io.eddy.gelly.spargel.MessageIterator<Long> messages) {
            long value = messages.next();
            LongValue previous = getPreviousIterationAggregate("updates");
            updates.aggregate(1);
            setNewVertexValue(getSuperstepNumber() == 1 ? value : value + 1000 * previous.getValue());
        }
    }

    // ------------------------------------------------------------------ gather-sum-apply options

    @ParameterizedTest
    @ValueSource(ints = {1, 2})
    void gatherSumApplyDirectionsAndVertexCount(int parallelism) throws Exception {
        ExecutionEnvironment env = ExecutionEnvironment.createLocalEnvironment(parallelism);
        int n = 150;
        List<Edge<Long, Double>> edges = RandomGraphs.edges(n, 300, 11L);
        List<Edge<Long, Double>> both = new ArrayList<>(edges);
        List<Edge<Long, Double>> reversed = new ArrayList<>();
        for (Edge<Long, Double> e : edges) {
            reversed.add(e.reverse());
            both.add(e.reverse());
        }
        for (EdgeDirection direction : EdgeDirection.values()) {
            GSAConfiguration config = new GSAConfiguration();
            config.setDirection(direction);
            config.setOptNumVertices(true);
            Map<Long, Double> actual = RandomGraphs.asMap(RandomGraphs.weighted(env, n, 300, 11L)
                    .mapVertices(v -> v.f0 == 0L ? 0.0 : Double.POSITIVE_INFINITY)
                    .runGatherSumApplyIteration(new CountingDistanceGather(n),
                            new GSASingleSourceShortestPaths.ChooseMinDistance(),
                            new GSASingleSourceShortestPaths.UpdateDistance<Long>(), 100, config)
                    .getVertices().collect());
            List<Edge<Long, Double>> along = switch (direction) {
                case OUT -> edges;
                case IN -> reversed;
                case ALL -> both;
            };
            assertEquals(RandomGraphs.dijkstra(n, along, 0L), actual, direction.toString());
        }
    }

    static final class CountingDistanceGather extends GatherFunction<Double, Double, Double> {

        private final long expectedVertices;

        CountingDistanceGather(long expectedVertices) {
            this.expectedVertices = expectedVertices;
        }

        @Override
        public Double gather(Neighbor<Double, Double> neighbor) {
            if (getNumberOfVertices() != expectedVertices) {
                throw new IllegalStateException("gather saw " + getNumberOfVertices() + " vertices");
            }
            return neighbor.getNeighborValue() + neighbor.getEdgeValue();
        }
    }

    // ------------------------------------------------------------------ vertex-centric options

    @ParameterizedTest
    @ValueSource(ints = {1, 2})
    void vertexCentricBroadcastSetsAggregatorsAndMessagesToAnyVertex(int parallelism) throws Exception {
        ExecutionEnvironment env = ExecutionEnvironment.createLocalEnvironment(parallelism);
        VertexCentricConfiguration config = new VertexCentricConfiguration();
        config.addBroadcastSet("bonus", env.fromElements(7L));
        config.registerAggregator("computed", new LongSumAggregator());
        // every vertex sends its id to vertex 1 in superstep 1 (and to a vertex that does not exist,
        // which is dropped); vertex 1 then adds them up with the bonus and the vertex count computed
        List<Vertex<Long, Long>> result = ExampleGraph.graph(env)
                .runVertexCentricIteration(new SumAtVertexOne(), null, 5, config).getVertices().collect();
        Map<Long, Long> values = RandomGraphs.asMap(result);
        assertEquals(1L + 2 + 3 + 4 + 5 + 6 + 7 + 6 * 1000, values.get(1L));
        assertEquals(20L, values.get(2L));
    }

    static final class SumAtVertexOne extends ComputeFunction<Long, Long, Long, Long> {
        @Override
        public void compute(Vertex<Long, Long> vertex, MessageIterator<Long> messages) {
            LongSumAggregator computed = getIterationAggregator("computed");
            computed.aggregate(1);
            if (getSuperstepNumber() == 1) {
                sendMessageTo(1L, vertex.getId());
                sendMessageTo(99L, vertex.getId());
                return;
            }
            long sum = this.<Long>getBroadcastSet("bonus").iterator().next();
            for (long m : messages) {
                sum += m;
            }
            LongValue before = getPreviousIterationAggregate("computed");
            setNewVertexValue(sum + 1000 * before.getValue());
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2})
    void vertexCentricCombinerSeesEveryMessage(int parallelism) throws Exception {
        ExecutionEnvironment env = ExecutionEnvironment.createLocalEnvironment(parallelism);
        List<Vertex<Long, Long>> result = ExampleGraph.graph(env)
                .runVertexCentricIteration(new SendIdToTargets(), new SumCombiner(), 2).getVertices().collect();
        // in-neighbours' ids summed: 1 <- 5; 2 <- 1; 3 <- 1, 2; 4 <- 3; 5 <- 3, 4
        Map<Long, Long> values = RandomGraphs.asMap(result);
        assertEquals(Map.of(1L, 5L, 2L, 1L, 3L, 3L, 4L, 3L, 5L, 7L, 6L, 60L), values);
    }

    static final class SendIdToTargets extends ComputeFunction<Long, Long, Long, Long> {
        @Override
        public void compute(Vertex<Long, Long> vertex, MessageIterator<Long> messages) {
            if (getSuperstepNumber() == 1) {
                sendMessageToAllNeighbors(vertex.getId());
            } else {
                long sum = 0;
                for (long m : messages) {
                    sum += m;
                }
                setNewVertexValue(sum);
            }
        }
    }

    static final class SumCombiner extends MessageCombiner<Long, Long> {
        @Override
        public void combineMessages(MessageIterator<Long> messages) {
            long sum = 0;
            for (long m : messages) {
                sum += m;
            }
            sendCombinedMessage(sum);
        }
    }
}
