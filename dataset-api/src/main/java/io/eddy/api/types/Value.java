package io.eddy.api.types;

import java.io.IOException;
import java.io.Serializable;
import io.eddy.runtime.memory.DataInputView;
import io.eddy.runtime.memory.DataOutputView;

/**
 * A mutable type that serializes itself (Flink's Value): the IntValue, LongValue, StringValue...
 * family that aggregators and graph code use to avoid boxing and allocation.
 */
public interface Value extends Serializable {

    void write(DataOutputView out) throws IOException;

    void read(DataInputView in) throws IOException;
}
