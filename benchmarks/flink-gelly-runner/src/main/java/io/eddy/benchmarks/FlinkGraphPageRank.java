package io.eddy.benchmarks;

import org.apache.flink.api.common.functions.MapFunction;
import org.apache.flink.api.java.ExecutionEnvironment;
import org.apache.flink.api.java.tuple.Tuple2;
import org.apache.flink.api.java.utils.ParameterTool;
import org.apache.flink.api.common.JobExecutionResult;
import org.apache.flink.core.fs.FileSystem.WriteMode;
import org.apache.flink.graph.Graph;
import org.apache.flink.graph.library.linkanalysis.PageRank;
import org.apache.flink.types.NullValue;

/**
 * The graphs suite's {@code gelly-pagerank}: Gelly's {@code linkanalysis.PageRank} with damping factor
 * 0.85 and exactly {@code --iterations} iterations (no convergence threshold) over the directed graph of
 * {@code <input>/edges.txt}, run like the jobs of FlinkGraphJobs. Gelly starts every vertex at 1/n and
 * gives the score of vertices without out-edges back to all n vertices evenly (with the random jump).
 * Written as {@code vertex score}. The Eddy program is this file after {@code port-from-flink.sed} and
 * renaming the class.
 *
 * <p>Usage: {@code --job gelly-pagerank --input <dir> --output <path> [--iterations 10] [--parallelism 2]}.
 */
public class FlinkGraphPageRank {

    static final double DAMPING_FACTOR = 0.85;

    public static void main(String[] args) throws Exception {
        run(ParameterTool.fromArgs(args));
    }

    public static JobExecutionResult run(ParameterTool params) throws Exception {
        return FlinkGraphJobs.run(params, FlinkGraphPageRank::pageRank);
    }

    static void pageRank(ExecutionEnvironment env, ParameterTool params) throws Exception {
        Graph<Long, NullValue, NullValue> graph = Graph.fromTuple2DataSet(FlinkGraphJobs.edges(env, params), env);
        graph.run(new PageRank<Long, NullValue, NullValue>(DAMPING_FACTOR, params.getInt("iterations", 10)))
                .map(new Score())
                .writeAsCsv(params.getRequired("output"), "\n", " ", WriteMode.OVERWRITE);
    }

    /** A result as {@code (vertex, score)}. */
    public static final class Score implements MapFunction<PageRank.Result<Long>, Tuple2<Long, Double>> {
        @Override
        public Tuple2<Long, Double> map(PageRank.Result<Long> result) {
            return new Tuple2<>(result.getVertexId0(), result.getPageRankScore().getValue());
        }
    }
}
