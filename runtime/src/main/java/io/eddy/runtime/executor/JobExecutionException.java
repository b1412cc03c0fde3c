package io.eddy.runtime.executor;

/** A job failed or was cancelled; the cause is the first failure (with the operator's name). */
public class JobExecutionException extends Exception {

    private static final long serialVersionUID = 1L;

    public JobExecutionException(String message, Throwable cause) {
        super(message, cause);
    }
}
