package io.eddy.api.distributions;

import io.eddy.api.io.IOReadableWritable;
import io.eddy.api.typeinfo.TypeInformation;
import java.io.Serializable;

/**
 * The distribution of a data set's keys, known up front (Flink's interface): given to
 * {@code DataSetUtils.partitionByRange(input, distribution, fields)}, its boundaries replace the
 * sample that range partitioning otherwise takes at run time.
 *
 * <p>Bucket {@code i} of {@code n} holds the keys greater than boundary {@code i - 1} and at most
 * boundary {@code i}; keys above the last boundary go to the last bucket. Eddy asks for boundaries
 * {@code 0..n-2} with {@code n} the partitioning's parallelism, on the sending side, once per task.
 * The distribution travels in the job graph, so it must be serializable.
 */
public interface DataDistribution extends IOReadableWritable, Serializable {

    /**
     * The upper boundary (inclusive) of bucket {@code bucketNum} of {@code totalNumBuckets}: one value
     * per key field, in key order, of the types {@link #getKeyTypes()} names.
     */
    Object[] getBucketBoundary(int bucketNum, int totalNumBuckets);

    /** The number of key fields the boundaries have; at least the number of fields partitioned on. */
    int getNumberOfFields();

    /** The types of the boundary fields, in key order. */
    TypeInformation[] getKeyTypes();
}
