package io.eddy.api;

/** The program is malformed: incompatible keys, a missing type, an impossible operator setting. */
public class InvalidProgramException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public InvalidProgramException() {}

    public InvalidProgramException(String message) {
        super(message);
    }

    public InvalidProgramException(String message, Throwable cause) {
        super(message, cause);
    }
}
