package io.eddy.api.util;

/**
 * Thrown when the Iterable of a group or partition is asked for a second iterator: the records
 * stream past once, as in Flink, so user code that needs them twice must copy them.
 */
public class TraversableOnceException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public TraversableOnceException() {
        super("The Iterable can be iterated over only once. Only the first call to 'iterator()' will succeed.");
    }
}
