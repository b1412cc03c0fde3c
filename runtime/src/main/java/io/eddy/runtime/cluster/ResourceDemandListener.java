package io.eddy.runtime.cluster;

/**
 * Told by the {@link JobManager} when a job needs more slots than are free, so a cluster manager can
 * start TaskExecutors (on YARN: request containers near the job's data) instead of letting the job
 * wait for the slot request timeout.
 *
 * <p>Contract: called once per slot allocation that has to wait (a job's first attempt and each
 * restart), before the waiting starts and never again while it waits; on the allocating thread (for a
 * job's first attempt the thread of the client's submit call, for a restart the job's coordinator
 * thread), holding no lock of the JobManager, so the listener may call back into it (e.g.
 * {@link JobManager#registeredTaskExecutors()}). The allocation waits only after the listener returns
 * and its timeout ({@code slot.request.timeout}) runs from before the call, so a listener should hand
 * the demand to a thread of its own rather than block. An exception it throws is logged and the
 * allocation waits as usual.
 */
@FunctionalInterface
public interface ResourceDemandListener {

    /** A job waits for {@code demand.slots()} slots, {@code demand.freeSlots()} of which are free. */
    void onDemand(ResourceDemand demand);
}
