package io.eddy.cli;

/** The command line was called wrongly; the message is the one-line reason shown to the user. */
final class UsageException extends Exception {

    private static final long serialVersionUID = 1L;

    UsageException(String message) {
        super(message, null, false, false);
    }
}
