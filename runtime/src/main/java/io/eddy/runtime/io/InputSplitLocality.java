package io.eddy.runtime.io;

import java.io.Serializable;

/**
 * Where a job's input splits were read, counted by the job's coordinator as it hands them out: a
 * split is {@code local} when the requesting TaskExecutor's host is one of the split's hosts
 * (compared as {@link HostNames#normalize} does), {@code remote} when the split names hosts but not
 * that one, and {@code unlocated} when it names none (generated input, or a file system that reports
 * no block locations). Only the successful attempt of a job is counted.
 *
 * @param local splits read on a host that stores them
 * @param remote splits read away from every host that stores them
 * @param unlocated splits that name no host
 */
public record InputSplitLocality(long local, long remote, long unlocated) implements Serializable {

    /** No split handed out. */
    public static final InputSplitLocality NONE = new InputSplitLocality(0, 0, 0);

    public InputSplitLocality {
        if (local < 0 || remote < 0 || unlocated < 0) {
            throw new IllegalArgumentException("negative split counts: " + local + ", " + remote + ", " + unlocated);
        }
    }

    /** All splits handed out. */
    public long total() {
        return local + remote + unlocated;
    }

    /** E.g. "12 read locally, 3 remotely, 0 without location". */
    @Override
    public String toString() {
        return local + " read locally, " + remote + " remotely, " + unlocated + " without location";
    }
}
