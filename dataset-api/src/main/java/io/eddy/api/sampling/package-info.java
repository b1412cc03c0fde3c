/**
 * Random samplers behind {@code DataSetUtils.sample} and {@code sampleWithSize} (Flink's
 * {@code api.java.sampling}): Bernoulli and Poisson sampling by fraction, which run on each
 * partition alone, and reservoir sampling of a fixed size in two phases (per partition, then once
 * over all partitions). Samplers work on plain iterators and know nothing of data sets.
 */
package io.eddy.api.sampling;
