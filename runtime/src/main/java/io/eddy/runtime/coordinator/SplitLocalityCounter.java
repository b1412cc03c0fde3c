package io.eddy.runtime.coordinator;

import io.eddy.runtime.io.HostNames;
import io.eddy.runtime.io.InputSplit;
import io.eddy.runtime.io.InputSplitLocality;
import java.util.concurrent.atomic.LongAdder;

/**
 * Counts the splits one job attempt hands out by where they are read. Source subtasks request splits
 * concurrently, hence the adders; an attempt has its own counter, so a failed attempt's counts are
 * dropped with it.
 */
final class SplitLocalityCounter {

    private final LongAdder local = new LongAdder();
    private final LongAdder remote = new LongAdder();
    private final LongAdder unlocated = new LongAdder();

    /** Counts {@code split}, handed to a subtask on {@code requestingHost} (null if it named none). */
    void count(InputSplit split, String requestingHost) {
        if (!HostNames.isLocated(split)) {
            unlocated.increment();
        } else if (HostNames.isStoredOn(split, requestingHost)) {
            local.increment();
        } else {
            remote.increment();
        }
    }

    InputSplitLocality counts() {
        return new InputSplitLocality(local.sum(), remote.sum(), unlocated.sum());
    }
}
