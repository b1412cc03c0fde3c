package io.eddy.runtime.operator;

/**
 * An {@link Output} that also takes records as the bytes their serializer would write, for sources
 * that can produce those bytes without making the record object (a CSV reader parsing numbers
 * straight into their serialized form). Only network outputs take them: a chained operator needs
 * the object.
 */
public interface SerializedOutput {

    /** Bytes in front of a framed record that the output may overwrite (with the record's length). */
    int FRAME_BYTES = 4;

    /** Whether {@link #collectSerialized} works; fixed for the output's life. */
    boolean acceptsSerialized();

    /**
     * Sends the record serialized in {@code framed[FRAME_BYTES, length)}; {@code framed[0,
     * FRAME_BYTES)} is the output's to overwrite. May block (backpressure), like
     * {@link Output#collect}.
     *
     * @throws UnsupportedOperationException unless {@link #acceptsSerialized()}
     */
    void collectSerialized(byte[] framed, int length) throws Exception;
}
