/**
 * The Apache Flink 1.17 side of the benchmarks: {@link io.eddy.benchmarks.FlinkJobs}, the benchmark
 * jobs (WordCount, join + groupBy, a three-element start-up job), {@link io.eddy.benchmarks.FlinkJoinJobs}
 * (the joins suite), {@link io.eddy.benchmarks.FlinkIterationJobs} (the iterations suite: PageRank,
 * connected components, k-means) and {@link io.eddy.benchmarks.FlinkMemoryJobs} (the memory suite:
 * out-of-core sort, hash join, groupBy and group+join) as DataSet programs on Flink's local environment,
 * built into its own jar by {@code scripts/benchmark.sh}. This module is not in the root reactor and
 * has Flink, not Eddy, on its classpath; of the benchmarks module it compiles only the plain-Java
 * {@code MemoryData}, the memory suite's data generator.
 *
 * <p>Only the Flink originals belong here: the Eddy runner ({@code EddyJobs} in the benchmarks module)
 * must stay what port-from-flink.sed makes of these programs, so code here must not use anything
 * Eddy-specific, and Eddy-only helpers go to the benchmarks module.
 */
package io.eddy.benchmarks;
