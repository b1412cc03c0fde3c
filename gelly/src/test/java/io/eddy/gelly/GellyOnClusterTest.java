package io.eddy.gelly;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.eddy.api.ExecutionEnvironment;
import io.eddy.api.configuration.Configuration;
import io.eddy.client.ClusterExecutor;
import io.eddy.client.ProcessCluster;
import io.eddy.gelly.library.ConnectedComponents;
import io.eddy.gelly.library.GSASingleSourceShortestPaths;
import io.eddy.gelly.library.SingleSourceShortestPaths;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Gelly's three iteration models on a standalone cluster of separate JVMs (a JobManager, two
 * TaskExecutors with two slots each): the results equal the plain-Java references, as embedded.
 * The test's functions reach the cluster only in the shipped job jar.
 */
@Timeout(300)
class GellyOnClusterTest {

    private static final int N = 400;

    private static final int M = 900;

    @TempDir
    static Path directory;

    private static ProcessCluster cluster;

    private static Path jobJar;

    @BeforeAll
    static void startCluster() throws Exception {
        cluster = new ProcessCluster(directory, 2, 2, List.of());
        jobJar = ProcessCluster.testClassesJar(directory, GellyOnClusterTest.class);
    }

    @AfterAll
    static void stopCluster() throws Exception {
        if (cluster != null) {
            cluster.close();
        }
    }

    private static ExecutionEnvironment remote() {
        Configuration conf = new Configuration();
        conf.setString(ClusterExecutor.SECRET_FILE, cluster.secretFile().toString());
        String[] hostPort = cluster.address().split(":");
        ExecutionEnvironment env = ExecutionEnvironment.createRemoteEnvironment(hostPort[0],
                Integer.parseInt(hostPort[1]), conf, jobJar.toString());
        env.setParallelism(4);
        return env;
    }

    @Test
    void shortestPathsFromAllThreeModels() throws Exception {
        Map<Long, Double> expected = RandomGraphs.dijkstra(N, RandomGraphs.edges(N, M, 3L), 0L);
        Graph<Long, Long, Double> graph = RandomGraphs.weighted(remote(), N, M, 3L);
        assertEquals(expected, RandomGraphs.asMap(graph.run(new SingleSourceShortestPaths<Long, Long>(0L, 100)).collect()));
        graph = RandomGraphs.weighted(remote(), N, M, 3L);
        assertEquals(expected, RandomGraphs.asMap(graph.run(new GSASingleSourceShortestPaths<Long, Long>(0L, 100)).collect()));
        graph = RandomGraphs.weighted(remote(), N, M, 3L);
        assertEquals(expected, RandomGraphs.asMap(graph
                .mapVertices(new IterationModelsTest.InitialDistance())
                .runVertexCentricIteration(new IterationModelsTest.ShortestPathCompute(),
                        new IterationModelsTest.MinCombiner(), 100)
                .getVertices().collect()));
    }

    @Test
    void connectedComponents() throws Exception {
        Map<Long, Long> expected = RandomGraphs.components(N, RandomGraphs.edges(N, N / 2, 5L));
        Graph<Long, Long, Double> graph = RandomGraphs.weighted(remote(), N, N / 2, 5L);
        assertEquals(expected, RandomGraphs.asMap(graph.run(new ConnectedComponents<Long, Long, Double>(1000)).collect()));
    }
}
