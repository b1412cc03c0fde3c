package io.eddy.runtime.jobgraph;

import java.io.Serializable;

/**
 * Work done once on the master for a vertex, around the run of its subtasks: output formats use it
 * to prepare a staging directory and to commit or discard what the subtasks wrote.
 */
public interface MasterHook extends Serializable {

    /** Before any subtask of the job starts. */
    default void initializeGlobal(int parallelism) throws Exception {}

    /** After every task of the job finished successfully; failing here fails the job. */
    default void finalizeGlobal(int parallelism) throws Exception {}

    /** After the job failed or was cancelled; must not throw and must leave nothing behind. */
    default void abortGlobal(int parallelism) {}
}
