package io.eddy.cli;

/**
 * A program could not be loaded: the jar is missing or unreadable, the main class is unknown or has
 * no {@code public static void main(String[])}. The command line reports it as a usage error.
 */
public class ProgramLoadException extends Exception {

    private static final long serialVersionUID = 1L;

    public ProgramLoadException(String message) {
        super(message);
    }

    public ProgramLoadException(String message, Throwable cause) {
        super(message, cause);
    }
}
