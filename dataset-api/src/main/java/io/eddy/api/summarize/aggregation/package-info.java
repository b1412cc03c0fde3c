/**
 * How {@code DataSetUtils.summarize} computes its column summaries (Flink's
 * {@code api.java.summarize.aggregation}): one aggregator per column and partition, combined across
 * partitions. Numeric statistics use Kahan sums and a mergeable variance, so partitioning changes
 * results by rounding at most.
 */
package io.eddy.api.summarize.aggregation;
