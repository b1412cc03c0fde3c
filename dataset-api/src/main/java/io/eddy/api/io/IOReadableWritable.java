package io.eddy.api.io;

import io.eddy.runtime.memory.DataInputView;
import io.eddy.runtime.memory.DataOutputView;
import java.io.IOException;

/**
 * An object that writes itself to bytes and reads itself back (Flink's
 * {@code org.apache.flink.core.io.IOReadableWritable}), e.g. a {@code DataDistribution}. Implementations
 * need a no-argument constructor so that a reader can create the instance {@link #read} fills.
 */
public interface IOReadableWritable {

    void write(DataOutputView out) throws IOException;

    void read(DataInputView in) throws IOException;
}
