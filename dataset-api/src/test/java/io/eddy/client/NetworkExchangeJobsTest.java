package io.eddy.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eddy.api.ExecutionEnvironment;
import io.eddy.api.configuration.Configuration;
import io.eddy.runtime.network.PartitionServer;
import java.util.Map;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Real jobs whose exchanges all go through the network data plane (loopback TCP, credit-based flow
 * control, the job's secret) give the results they give in memory: a shuffle with a combiner, a
 * join and a delta iteration whose end-of-superstep events cross the network.
 */
@Timeout(120)
class NetworkExchangeJobsTest {

    private static ExecutionEnvironment env(boolean network, int parallelism) {
        Configuration conf = new Configuration();
        conf.setString(LocalExecutor.NETWORK_EXCHANGES, Boolean.toString(network));
        ExecutionEnvironment env = ExecutionEnvironment.createLocalEnvironment(conf);
        env.setParallelism(parallelism);
        return env;
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 3})
    void aShuffleAndAJoinGiveTheSameResultOverTheNetwork(int parallelism) throws Exception {
        Map<Long, Long> inMemory = ClusterTestJobs.groupedAndJoined(env(false, parallelism));
        long served = PartitionServer.servedInThisProcess();
        assertEquals(inMemory, ClusterTestJobs.groupedAndJoined(env(true, parallelism)));
        assertTrue(PartitionServer.servedInThisProcess() > served, "the exchanges went through the network");
    }

    @ParameterizedTest
    @ValueSource(ints = {2, 3})
    void aDeltaIterationGivesTheSameResultOverTheNetwork(int parallelism) throws Exception {
        Map<Long, Long> inMemory = ClusterTestJobs.randomComponents(env(false, parallelism), 3000);
        long served = PartitionServer.servedInThisProcess();
        assertEquals(inMemory, ClusterTestJobs.randomComponents(env(true, parallelism), 3000));
        assertTrue(PartitionServer.servedInThisProcess() > served, "the exchanges went through the network");
    }
}
