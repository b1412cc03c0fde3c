package io.eddy.exec;

/**
 * Carries a checked exception of {@code Output.collect} through user code, which can only see the
 * unchecked {@code Collector} interface. The cause is the original exception.
 */
public final class OutputFailedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private OutputFailedException(Exception cause) {
        super("Emitting a record failed: " + cause, cause);
    }

    /** Wraps {@code cause}; an interrupt is re-asserted so that the task still notices it. */
    public static OutputFailedException wrap(Exception cause) {
        if (cause instanceof InterruptedException) {
            Thread.currentThread().interrupt();
        }
        return new OutputFailedException(cause);
    }

    /** The original checked exception. */
    public Exception getOriginal() {
        return (Exception) getCause();
    }
}
