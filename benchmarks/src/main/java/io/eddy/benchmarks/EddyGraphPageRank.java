package io.eddy.benchmarks;

import io.eddy.api.functions.MapFunction;
import io.eddy.api.ExecutionEnvironment;
import io.eddy.api.tuple.Tuple2;
import io.eddy.api.utils.ParameterTool;
import io.eddy.api.JobExecutionResult;
import io.eddy.api.fs.FileSystem.WriteMode;
import io.eddy.gelly.Graph;
import io.eddy.gelly.library.linkanalysis.PageRank;
import io.eddy.api.types.NullValue;

/**
 * The graphs suite's {@code gelly-pagerank}: Gelly's {@code linkanalysis.PageRank} with damping factor
 * 0.85 and exactly {@code --iterations} iterations (no convergence threshold) over the directed graph of
 * {@code <input>/edges.txt}, run like the jobs of EddyGraphJobs. Gelly starts every vertex at 1/n and
 * gives the score of vertices without out-edges back to all n vertices evenly (with the random jump).
 * Written as {@code vertex score}. The Eddy program is this file after {@code port-from-flink.sed} and
 * renaming the class.
 *
 * <p>Usage: {@code --job gelly-pagerank --input <dir> --output <path> [--iterations 10] [--parallelism 2]}.
 */
public class EddyGraphPageRank {

    static final double DAMPING_FACTOR = 0.85;

    public static void main(String[] args) throws Exception {
        run(ParameterTool.fromArgs(args));
    }

    public static JobExecutionResult run(ParameterTool params) throws Exception {
        return EddyGraphJobs.run(params, EddyGraphPageRank::pageRank);
    }

    static void pageRank(ExecutionEnvironment env, ParameterTool params) throws Exception {
        Graph<Long, NullValue, NullValue> graph = Graph.fromTuple2DataSet(EddyGraphJobs.edges(env, params), env);
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
