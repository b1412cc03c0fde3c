package io.eddy.runtime.memory;

/** Thrown when an operator asks the {@link MemoryManager} for more pages than are free. */
public class MemoryAllocationException extends Exception {

    private static final long serialVersionUID = 1L;

    public MemoryAllocationException(String message) {
        super(message);
    }
}
