package io.eddy.runtime.memory;

import java.util.List;

/** A {@link MemorySegmentSource} that takes pages from the end of a list until it is empty. */
public final class ListMemorySegmentSource implements MemorySegmentSource {

    private final List<MemorySegment> segments;

    public ListMemorySegmentSource(List<MemorySegment> segments) {
        this.segments = segments;
    }

    @Override
    public MemorySegment nextSegment() {
        return segments.isEmpty() ? null : segments.remove(segments.size() - 1);
    }
}
