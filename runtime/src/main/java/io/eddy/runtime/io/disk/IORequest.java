package io.eddy.runtime.io.disk;

import java.io.IOException;

/**
 * One block transfer queued at an {@link IOThread}. Exactly one of {@link #process} and
 * {@link #fail} is called, and either one must hand the request's segment back to its owner: a
 * caller waiting for the segment must never wait forever.
 */
interface IORequest {

    /** Performs the transfer on the I/O thread; must not throw. */
    void process(IOThread thread);

    /** Completes the request without performing it, e.g. because the I/O manager shuts down. */
    void fail(IOException cause);
}
