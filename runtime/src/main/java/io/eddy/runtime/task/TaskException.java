package io.eddy.runtime.task;

/**
 * Why a subtask failed, or a vertex's preparation on the master. The message names the operator,
 * its user function class and the subtask ("Operator 'Map at main(Job.java:12)' (function
 * com.acme.Parse) failed in Map (2/4): ..."); the cause is the original exception. The same facts
 * are kept apart, so a client can phrase its own report.
 */
public final class TaskException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String operatorName;
    private final String userFunctionClass;

    public TaskException(String message, Throwable cause) {
        this(message, cause, null, null);
    }

    /**
     * @param operatorName the failing operator's name, or null if the failure is not an operator's
     * @param userFunctionClass the class of the function (or format) the operator runs, or null
     */
    public TaskException(String message, Throwable cause, String operatorName, String userFunctionClass) {
        super(message, cause);
        this.operatorName = operatorName;
        this.userFunctionClass = userFunctionClass;
    }

    /** The failing operator's name ("Map at main(Job.java:12)"), or null if not known. */
    public String operatorName() {
        return operatorName;
    }

    /** The class of the user function (or input/output format) that failed, or null. */
    public String userFunctionClass() {
        return userFunctionClass;
    }
}
