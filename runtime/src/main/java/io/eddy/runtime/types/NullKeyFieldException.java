package io.eddy.runtime.types;

/** Thrown when a comparator finds null in a key field; keys must not be null. */
public class NullKeyFieldException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int keyFieldIndex;

    public NullKeyFieldException(int keyFieldIndex, String description) {
        super("Key field " + keyFieldIndex + (description == null ? "" : " (" + description + ")")
                + " is null; key fields must not be null");
        this.keyFieldIndex = keyFieldIndex;
    }

    /** The position of the null field among the comparator's key fields. */
    public int getKeyFieldIndex() {
        return keyFieldIndex;
    }
}
