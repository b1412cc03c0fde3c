package io.eddy.client;

/**
 * Thrown out of a user program's {@code execute()} by an environment that only captures the plan,
 * to stop the program there; the command line catches it.
 */
public class ProgramAbortException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ProgramAbortException() {
        super("The program was stopped after its plan was captured.", null, false, false);
    }
}
