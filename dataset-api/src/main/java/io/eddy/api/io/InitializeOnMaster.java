package io.eddy.api.io;

import java.io.IOException;

/**
 * An output format that must prepare something once per job before any subtask opens it, e.g.
 * check the target and create a staging directory. The DataSet layer runs it as the
 * {@code initializeGlobal} of the sink vertex's runtime {@code MasterHook}.
 */
public interface InitializeOnMaster {

    /** Called once on the master, before the sink's subtasks start. */
    void initializeGlobal(int parallelism) throws IOException;
}
