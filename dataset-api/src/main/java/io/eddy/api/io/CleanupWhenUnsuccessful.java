package io.eddy.api.io;

/**
 * An output format that can remove what one subtask wrote when that subtask fails. The sink
 * driver calls {@link #tryCleanupOnError()} instead of (or after a failed) {@code close()}.
 */
public interface CleanupWhenUnsuccessful {

    /** Releases the subtask's output and deletes its partial result; best effort. */
    void tryCleanupOnError() throws Exception;
}
