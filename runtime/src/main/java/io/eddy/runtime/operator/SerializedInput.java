package io.eddy.runtime.operator;

import io.eddy.runtime.memory.DataInputView;

/**
 * An {@link Operator} that can take the records of an input as the bytes they arrived in, without a
 * Java object: a sorting operator copies them straight into its sort buffer. The task uses this only
 * for the operator that reads the network, never for records a loop caches or replays (those are
 * objects), and asks {@link #acceptsSerialized} before every buffer of records, so an operator may
 * take bytes in one phase and objects in another.
 * Records handed over this way were written by the input's serializer.
 */
public interface SerializedInput {

    /** Whether the next records of {@code input} may come through {@link #processSerialized}; cheap. */
    boolean acceptsSerialized(int input);

    /**
     * Receives one record of {@code input} as the next {@code length} bytes of {@code record}; the view
     * is valid only during the call. Counts as {@link Operator#processRecord} for everything else.
     */
    void processSerialized(int input, DataInputView record, int length) throws Exception;
}
