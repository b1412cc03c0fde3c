package io.eddy.runtime.util;

/** Thread helpers of the runtime. */
public final class Threads {

    private Threads() {}

    /**
     * Waits until {@code thread} has ended, even if the caller is interrupted meanwhile (the interrupt
     * is restored afterwards): for helper threads that still use what the caller is about to release.
     */
    public static void joinUninterruptibly(Thread thread) {
        boolean interrupted = false;
        while (thread.isAlive()) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
