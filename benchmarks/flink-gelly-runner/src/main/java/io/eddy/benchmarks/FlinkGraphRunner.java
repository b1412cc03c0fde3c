package io.eddy.benchmarks;

import org.apache.flink.api.java.utils.ParameterTool;

/**
 * The main class of the Flink Gelly runner: {@code --job gelly-pagerank} runs {@link FlinkGraphPageRank},
 * {@code --job three} the three-element job of {@link FlinkJobs} (the engine's fixed cost), every other
 * job {@link FlinkGraphJobs}. Flink reports no superstep times.
 */
public final class FlinkGraphRunner {

    private FlinkGraphRunner() {
    }

    public static void main(String[] args) throws Exception {
        ParameterTool params = ParameterTool.fromArgs(args);
        switch (params.getRequired("job")) {
            case "gelly-pagerank":
                FlinkGraphPageRank.run(params);
                break;
            case "three":
                FlinkJobs.main(args);
                break;
            default:
                FlinkGraphJobs.run(params);
        }
    }
}
