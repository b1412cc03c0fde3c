package io.eddy.runtime.iteration;

import java.util.Map;

/**
 * What one superstep of one loop did, for logs and the job result.
 *
 * @param iteration the loop's name
 * @param superstep the superstep, from 1
 * @param millis wall time from the start of the superstep (the previous decision) to its end
 * @param feedbackRecords records that went round the loop (the next partial solution or workset)
 * @param criterionRecords records of the termination criterion, or -1 if the loop has none
 * @param aggregates the merged aggregator values
 * @param solutionSetPartitionsOnDisk partitions of the solution set (over all slots, each slot having
 *        {@link SolutionSet#PARTITIONS}) held on disk after the superstep because it outgrew its memory
 *        share, or -1 for a bulk iteration
 */
public record SuperstepStats(String iteration, int superstep, long millis, long feedbackRecords, long criterionRecords,
                             Map<String, Object> aggregates, long solutionSetPartitionsOnDisk)
        implements java.io.Serializable {
}
