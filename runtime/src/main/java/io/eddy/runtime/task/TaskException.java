package io.eddy.runtime.task;

/**
 * Why a subtask failed. The message names the operator, its user function class and the subtask
 * ("Operator 'Map (at main(Job.java:12))' (function com.acme.Parse) failed in Map (2/4): ..."); the
 * cause is the original exception.
 */
public final class TaskException extends Exception {

    private static final long serialVersionUID = 1L;

    public TaskException(String message, Throwable cause) {
        super(message, cause);
    }
}
