package io.eddy.runtime.coordinator;

import java.io.Serializable;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;

/**
 * What every TaskExecutor of a job attempt learns when the attempt is deployed: which TaskExecutor
 * holds which of the job's slots (subtask i of every vertex runs in slot i) and where each serves
 * its partitions. From that and the job graph a TaskExecutor derives its subtasks and, for every
 * input channel, whether the producer is local (read in memory) or remote (read over the network).
 *
 * @param jobId the job's id, the same over all attempts
 * @param attempt 0 for the first run, counting restarts
 * @param secret the attempt's secret: data connections prove they know it
 * @param slotOwners per slot index, the id of the TaskExecutor holding it
 * @param dataAddresses per TaskExecutor id, the address of its partition server (may be missing
 *        for a TaskExecutor whose partitions no other process reads)
 * @param networkOnly whether even exchanges inside one TaskExecutor go through the network (tests)
 */
public record JobDeployment(String jobId, int attempt, byte[] secret, List<String> slotOwners,
                            Map<String, InetSocketAddress> dataAddresses, boolean networkOnly) implements Serializable {

    public JobDeployment {
        slotOwners = List.copyOf(slotOwners);
        dataAddresses = Map.copyOf(dataAddresses);
    }

    /** The attempt's id, e.g. "3f2c...-0": the prefix of its partitions on the data plane. */
    public String attemptId() {
        return attemptId(jobId, attempt);
    }

    public static String attemptId(String jobId, int attempt) {
        return jobId + "-" + attempt;
    }
}
