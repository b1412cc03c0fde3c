package io.eddy.api.io;

import java.io.IOException;

/**
 * An output format that must commit what its subtasks wrote once all of them finished
 * successfully, e.g. move staged files into place. Run as the {@code finalizeGlobal} of the sink
 * vertex's runtime {@code MasterHook}; a failure here fails the job.
 */
public interface FinalizeOnMaster {

    /** Called once on the master after every subtask of the job finished successfully. */
    void finalizeGlobal(int parallelism) throws IOException;
}
