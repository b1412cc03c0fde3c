package io.eddy.runtime.cluster;

import java.util.List;

/**
 * What a job asks of the cluster when the JobManager has too few free slots for it: the number of
 * slots its attempt needs, how many were free when it asked, and where its input data is. A cluster
 * manager (the YARN ApplicationMaster) turns it into container requests, placed on the preferred
 * hosts so that the new TaskExecutors read the input locally.
 *
 * @param jobId the JobManager's id of the job, as clients see it
 * @param slots the slots the job's attempt needs in all (its widest vertex's parallelism)
 * @param freeSlots the slots free over all registered TaskExecutors when the job asked; the job waits
 *        for at least {@code slots - freeSlots} more (other jobs may take free slots meanwhile)
 * @param preferredHosts the hosts storing the job's input splits, lower-case short names (see
 *        {@link io.eddy.runtime.io.HostNames#normalize}), the host with the most splits first; empty
 *        when the inputs name no hosts
 */
public record ResourceDemand(String jobId, int slots, int freeSlots, List<String> preferredHosts) {

    public ResourceDemand {
        preferredHosts = List.copyOf(preferredHosts);
    }

    /** The slots missing when the job asked: {@code slots - freeSlots}, at least 0. */
    public int missingSlots() {
        return Math.max(0, slots - freeSlots);
    }
}
