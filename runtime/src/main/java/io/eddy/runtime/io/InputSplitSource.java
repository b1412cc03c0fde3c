package io.eddy.runtime.io;

import java.io.Serializable;

/**
 * Creates a source vertex's input splits on the master before its subtasks start, and the assigner
 * that hands them out. Carried by the job graph.
 */
public interface InputSplitSource<S extends InputSplit> extends Serializable {

    /** Creates the splits; {@code minNumSplits} is the vertex's parallelism. */
    S[] createInputSplits(int minNumSplits) throws Exception;

    /** The assigner for the splits created above; the default hands them out in order. */
    default InputSplitAssigner getInputSplitAssigner(S[] splits) {
        return new DefaultInputSplitAssigner(splits);
    }
}
