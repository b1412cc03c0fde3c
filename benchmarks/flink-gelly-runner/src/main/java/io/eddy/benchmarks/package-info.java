/**
 * The Flink Gelly 1.16.3 side of the graphs benchmark suite: {@link io.eddy.benchmarks.FlinkGraphJobs}
 * (connected components and single-source shortest paths, scatter-gather and gather-sum-apply) and
 * {@link io.eddy.benchmarks.FlinkGraphPageRank} (Gelly's {@code linkanalysis.PageRank}), run by
 * {@link io.eddy.benchmarks.FlinkGraphRunner} in its own JVM and built into its own jar by
 * {@code scripts/benchmark.sh}. Not in the root reactor; Flink 1.16.3, not Eddy, is on its class path.
 *
 * <p>Only the Flink originals belong here: the benchmarks module's {@code EddyGraphJobs} and
 * {@code EddyGraphPageRank} must stay what port-from-flink.sed makes of them ({@code EddyJobsPortTest}).
 */
package io.eddy.benchmarks;
