package io.eddy.api.types;

/** Thrown when a tuple field that must hold a value is null. */
public class NullFieldException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int fieldPos;

    public NullFieldException(int fieldPos, String typeDescription) {
        super("Field f" + fieldPos + " of " + typeDescription + " is null, but expected to hold a value. "
                + "Tuple fields must not be null; use a POJO or a record for nullable fields.");
        this.fieldPos = fieldPos;
    }

    /** The position of the null field. */
    public int getFieldPos() {
        return fieldPos;
    }
}
