package io.eddy.runtime.jobgraph;

import java.io.Serializable;

/**
 * Work done once on the master for a vertex, around the run of its subtasks: output formats use it
 * to prepare a staging directory and to commit or discard what the subtasks wrote.
 */
public interface MasterHook extends Serializable {

    /**
     * The index in its vertex's chain of the operator this hook serves, so a failing hook can be
     * reported as that operator's failure; -1 if it serves none in particular.
     */
    default int operatorIndex() {
        return -1;
    }

    /** Before any subtask of the job starts. */
    default void initializeGlobal(int parallelism) throws Exception {}

    /** After every task of the job finished successfully; failing here fails the job. */
    default void finalizeGlobal(int parallelism) throws Exception {}

    /** After the job failed or was cancelled; must not throw and must leave nothing behind. */
    default void abortGlobal(int parallelism) {}
}
