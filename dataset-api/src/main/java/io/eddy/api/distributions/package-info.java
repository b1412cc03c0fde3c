/**
 * Key distributions known before a job runs (Flink's {@code api.common.distributions}): a
 * {@link io.eddy.api.distributions.DataDistribution} gives range partitioning its bucket boundaries.
 * Only the contract lives here; the optimizer turns it into a range exchange without sampling.
 */
package io.eddy.api.distributions;
