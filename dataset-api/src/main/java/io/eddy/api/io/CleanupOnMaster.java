package io.eddy.api.io;

/**
 * An output format that must discard what its subtasks wrote when the job fails or is cancelled,
 * so that a failed job leaves no partial output. Run as the {@code abortGlobal} of the sink
 * vertex's runtime {@code MasterHook}. Eddy's addition to Flink's InitializeOnMaster /
 * FinalizeOnMaster pair.
 */
public interface CleanupOnMaster {

    /** Called once on the master after the job failed; must not throw. */
    void abortGlobal(int parallelism);
}
