package io.eddy.compiler;

import io.eddy.api.configuration.Configuration;
import io.eddy.api.io.InputFormat;
import io.eddy.runtime.io.InputSplit;
import io.eddy.runtime.io.InputSplitAssigner;
import io.eddy.runtime.io.InputSplitSource;

/**
 * Creates a source's input splits on the master from its input format, configured with the
 * source's parameters first (as the subtasks' copies will be).
 */
public final class InputFormatSplitSource<S extends InputSplit> implements InputSplitSource<S> {

    private static final long serialVersionUID = 1L;

    private final InputFormat<?, S> format;
    private final Configuration parameters;

    public InputFormatSplitSource(InputFormat<?, S> format, Configuration parameters) {
        this.format = format;
        this.parameters = parameters;
    }

    @Override
    public S[] createInputSplits(int minNumSplits) throws Exception {
        format.configure(parameters);
        return format.createInputSplits(minNumSplits);
    }

    @Override
    public InputSplitAssigner getInputSplitAssigner(S[] splits) {
        return format.getInputSplitAssigner(splits);
    }
}
