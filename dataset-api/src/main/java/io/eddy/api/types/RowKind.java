package io.eddy.api.types;

/**
 * The kind of change a {@link Row} describes, as in Flink. Batch programs only ever see
 * {@link #INSERT}; the kind is kept (and serialized) so rows round-trip unchanged.
 */
public enum RowKind {

    INSERT("+I", (byte) 0),
    UPDATE_BEFORE("-U", (byte) 1),
    UPDATE_AFTER("+U", (byte) 2),
    DELETE("-D", (byte) 3);

    private final String shortString;
    private final byte value;

    RowKind(String shortString, byte value) {
        this.shortString = shortString;
        this.value = value;
    }

    /** The two-character form used by {@link Row#toString()}, e.g. {@code +I}. */
    public String shortString() {
        return shortString;
    }

    /** The stable byte written by serializers. */
    public byte toByteValue() {
        return value;
    }

    /** The kind of a byte written by {@link #toByteValue()}. */
    public static RowKind fromByteValue(byte value) {
        switch (value) {
            case 0:
                return INSERT;
            case 1:
                return UPDATE_BEFORE;
            case 2:
                return UPDATE_AFTER;
            case 3:
                return DELETE;
            default:
                throw new UnsupportedOperationException("Unsupported byte value '" + value + "' for row kind.");
        }
    }
}
