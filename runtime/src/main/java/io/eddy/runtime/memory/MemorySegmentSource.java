package io.eddy.runtime.memory;

/** Hands out pages one at a time, e.g. from an operator's share of managed memory. */
@FunctionalInterface
public interface MemorySegmentSource {

    /** The next free page, or null when none is left. */
    MemorySegment nextSegment();
}
