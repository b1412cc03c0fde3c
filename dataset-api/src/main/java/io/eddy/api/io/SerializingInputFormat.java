package io.eddy.api.io;

import io.eddy.runtime.memory.DataOutputSerializer;
import io.eddy.runtime.types.TypeSerializer;
import java.io.IOException;

/**
 * An input format that can hand its records over as the bytes their serializer would write, without
 * making the objects: a source whose records go straight to the network then neither builds nor
 * serializes them (a CSV line of numbers is parsed into its serialized form). Eddy's addition; Flink's
 * formats make objects only.
 *
 * @param <T> the type of the records
 */
public interface SerializingInputFormat<T> {

    /**
     * Prepares {@link #nextRecordSerialized} for records that {@code serializer} writes; false, and
     * nothing prepared, if this format cannot write its records exactly as that serializer does.
     * Called after {@code configure} and before the first split is opened.
     */
    boolean openSerialized(TypeSerializer<T> serializer);

    /**
     * {@code nextRecord} for a format prepared by {@link #openSerialized}: appends the next record of
     * the open split to {@code out}, as the serializer would write it. Records the format does not
     * write itself are read as objects and serialized, so every record and every error is the one
     * {@code nextRecord} would give.
     *
     * @return false, with nothing written, if the split has no further record
     */
    boolean nextRecordSerialized(DataOutputSerializer out) throws IOException;
}
