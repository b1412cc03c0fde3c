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
 * @param checkpoints where loops checkpoint and which checkpoint each loop resumes from
 */
public record JobDeployment(String jobId, int attempt, byte[] secret, List<String> slotOwners,
                            Map<String, InetSocketAddress> dataAddresses, boolean networkOnly,
                            Checkpoints checkpoints) implements Serializable {

    public JobDeployment {
        slotOwners = List.copyOf(slotOwners);
        dataAddresses = Map.copyOf(dataAddresses);
    }

    /**
     * Loop checkpoints of an attempt.
     *
     * @param directory the root directory of checkpoints, shared by every TaskExecutor of the job
     * @param interval a checkpoint every this many supersteps; 0 for none
     * @param resumeFrom per loop id, the superstep whose checkpoint the loop continues from
     * @param resumeAggregates per loop id, the serialized global aggregates of that superstep
     */
    public record Checkpoints(String directory, int interval, Map<Integer, Integer> resumeFrom,
                              Map<Integer, byte[]> resumeAggregates) implements Serializable {

        public static final Checkpoints NONE = new Checkpoints(null, 0, Map.of(), Map.of());

        public Checkpoints {
            resumeFrom = Map.copyOf(resumeFrom);
            resumeAggregates = Map.copyOf(resumeAggregates);
        }

        public boolean enabled() {
            return directory != null && interval > 0;
        }
    }

    /** The attempt's id, e.g. "3f2c...-0": the prefix of its partitions on the data plane. */
    public String attemptId() {
        return attemptId(jobId, attempt);
    }

    public static String attemptId(String jobId, int attempt) {
        return jobId + "-" + attempt;
    }
}
