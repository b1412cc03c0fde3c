package io.eddy.runtime.io;

import java.io.Serializable;

/**
 * A unit of input that one source subtask reads at a time: a block range of a file, a range of a
 * sequence, an HBase region. Splits are created on the master and handed out on request.
 */
public interface InputSplit extends Serializable {

    /** The split's number, unique within one source. */
    int getSplitNumber();

    /** Hosts holding the split's data, for locality; empty when unknown or irrelevant. */
    default String[] getHostnames() {
        return new String[0];
    }
}
