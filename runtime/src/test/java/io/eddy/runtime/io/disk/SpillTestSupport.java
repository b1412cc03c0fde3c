package io.eddy.runtime.io.disk;

import io.eddy.runtime.memory.MemorySegment;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Segments and thread snapshots for the spill tests. */
final class SpillTestSupport {

    private SpillTestSupport() {
    }

    static List<MemorySegment> segments(int count, int size, boolean offHeap) {
        List<MemorySegment> segments = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            segments.add(offHeap ? MemorySegment.allocateOffHeap(size, "test") : MemorySegment.allocateHeap(size));
        }
        return segments;
    }

    /** The live I/O threads of all I/O managers in this JVM. */
    static Set<Thread> ioThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().startsWith("eddy-io-") && t.isAlive())
                .collect(Collectors.toSet());
    }
}
