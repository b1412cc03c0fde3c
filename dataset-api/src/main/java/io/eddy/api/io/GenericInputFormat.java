package io.eddy.api.io;

import io.eddy.api.configuration.Configuration;
import io.eddy.api.io.statistics.BaseStatistics;
import io.eddy.runtime.io.DefaultInputSplitAssigner;
import io.eddy.runtime.io.InputSplitAssigner;
import java.io.IOException;

/**
 * The base of sources that produce data themselves rather than read files, as Flink's
 * {@code GenericInputFormat}: one {@link GenericInputSplit} per requested partition, and
 * {@link #partitionNumber} tells the opened instance which one it is.
 */
public abstract class GenericInputFormat<OT> extends RichInputFormat<OT, GenericInputSplit> {

    private static final long serialVersionUID = 1L;

    /** The partition of the open split. */
    protected int partitionNumber;

    @Override
    public void configure(Configuration parameters) {}

    @Override
    public BaseStatistics getStatistics(BaseStatistics cachedStatistics) throws IOException {
        return cachedStatistics;
    }

    @Override
    public GenericInputSplit[] createInputSplits(int numSplits) throws IOException {
        if (numSplits < 1) {
            throw new IllegalArgumentException("The number of splits must be at least 1");
        }
        GenericInputSplit[] splits = new GenericInputSplit[numSplits];
        for (int i = 0; i < numSplits; i++) {
            splits[i] = new GenericInputSplit(i, numSplits);
        }
        return splits;
    }

    @Override
    public InputSplitAssigner getInputSplitAssigner(GenericInputSplit[] splits) {
        return new DefaultInputSplitAssigner(splits);
    }

    @Override
    public void open(GenericInputSplit split) throws IOException {
        this.partitionNumber = split.getSplitNumber();
    }

    @Override
    public void close() throws IOException {}
}
