package io.eddy.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eddy.api.DataSet;
import io.eddy.api.ExecutionEnvironment;
import io.eddy.api.aggregation.Aggregations;
import io.eddy.api.configuration.Configuration;
import io.eddy.api.functions.FlatJoinFunction;
import io.eddy.api.functions.JoinFunction;
import io.eddy.api.operators.DeltaIteration;
import io.eddy.api.tuple.Tuple2;
import io.eddy.api.typeinfo.Types;
import io.eddy.runtime.network.PartitionServer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
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

    private static List<Tuple2<Long, Long>> edges(long vertices, int count) {
        Random random = new Random(5);
        List<Tuple2<Long, Long>> edges = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            long a = random.nextInt((int) vertices);
            long b = random.nextInt((int) vertices);
            edges.add(Tuple2.of(a, b));
            edges.add(Tuple2.of(b, a));
        }
        return edges;
    }

    private static Map<Long, Long> groupedAndJoined(ExecutionEnvironment env) throws Exception {
        DataSet<Tuple2<Long, Long>> numbers = env.generateSequence(1, 200_000).map(n -> Tuple2.of(n % 1000, n))
                .returns(Types.TUPLE(Types.LONG, Types.LONG));
        DataSet<Tuple2<Long, Long>> sums = numbers.groupBy(0).sum(1);
        DataSet<Tuple2<Long, Long>> joined = sums.join(numbers.filter(t -> t.f1 <= 1000)).where(0).equalTo(0)
                .with((JoinFunction<Tuple2<Long, Long>, Tuple2<Long, Long>, Tuple2<Long, Long>>) (s, n) -> Tuple2.of(s.f0, s.f1 + n.f1))
                .returns(Types.TUPLE(Types.LONG, Types.LONG));
        Map<Long, Long> result = new TreeMap<>();
        joined.collect().forEach(t -> result.merge(t.f0, t.f1, Long::sum));
        return result;
    }

    private static Map<Long, Long> components(ExecutionEnvironment env) throws Exception {
        long vertices = 3000;
        DataSet<Tuple2<Long, Long>> start = env.generateSequence(0, vertices - 1).map(v -> Tuple2.of(v, v))
                .returns(Types.TUPLE(Types.LONG, Types.LONG));
        DeltaIteration<Tuple2<Long, Long>, Tuple2<Long, Long>> iteration = start.iterateDelta(start, 1000, 0);
        DataSet<Tuple2<Long, Long>> changes = iteration.getWorkset().join(env.fromCollection(edges(vertices, 2500)))
                .where(0).equalTo(0)
                .with((JoinFunction<Tuple2<Long, Long>, Tuple2<Long, Long>, Tuple2<Long, Long>>) (v, e) -> Tuple2.of(e.f1, v.f1))
                .returns(Types.TUPLE(Types.LONG, Types.LONG))
                .groupBy(0).aggregate(Aggregations.MIN, 1)
                .join(iteration.getSolutionSet()).where(0).equalTo(0)
                .with((FlatJoinFunction<Tuple2<Long, Long>, Tuple2<Long, Long>, Tuple2<Long, Long>>) (c, cur, out) -> {
                    if (c.f1 < cur.f1) {
                        out.collect(c);
                    }
                })
                .returns(Types.TUPLE(Types.LONG, Types.LONG));
        Map<Long, Long> result = new TreeMap<>();
        iteration.closeWith(changes, changes).collect().forEach(t -> result.put(t.f0, t.f1));
        return result;
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 3})
    void aShuffleAndAJoinGiveTheSameResultOverTheNetwork(int parallelism) throws Exception {
        Map<Long, Long> inMemory = groupedAndJoined(env(false, parallelism));
        long served = PartitionServer.servedInThisProcess();
        assertEquals(inMemory, groupedAndJoined(env(true, parallelism)));
        assertTrue(PartitionServer.servedInThisProcess() > served, "the exchanges went through the network");
    }

    @ParameterizedTest
    @ValueSource(ints = {2, 3})
    void aDeltaIterationGivesTheSameResultOverTheNetwork(int parallelism) throws Exception {
        Map<Long, Long> inMemory = components(env(false, parallelism));
        long served = PartitionServer.servedInThisProcess();
        assertEquals(inMemory, components(env(true, parallelism)));
        assertTrue(PartitionServer.servedInThisProcess() > served, "the exchanges went through the network");
    }
}
