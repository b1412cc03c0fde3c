package io.eddy.api.functions;

import io.eddy.api.InvalidProgramException;

/** A type could not be determined or does not fit where it is used (e.g. as a key). */
public class InvalidTypesException extends InvalidProgramException {

    private static final long serialVersionUID = 1L;

    public InvalidTypesException() {}

    public InvalidTypesException(String message) {
        super(message);
    }

    public InvalidTypesException(String message, Throwable cause) {
        super(message, cause);
    }
}
