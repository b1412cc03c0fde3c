package io.eddy.runtime.hash;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eddy.runtime.io.disk.IOManager;
import io.eddy.runtime.memory.MemoryManager;
import io.eddy.runtime.memory.MemorySegment;
import io.eddy.runtime.types.GenericPairComparator;
import io.eddy.runtime.types.LongPrimitiveArraySerializer;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fixture of the hybrid hash join tests: a memory manager of {@value #TOTAL_PAGES} pages and an
 * I/O manager in a temporary directory, checked after every test for pages not returned and spill
 * files left behind, and joins of {@code long[]{key, id}} records keyed by {@link KeyFieldComparator}.
 */
abstract class HashJoinTestBase {

    static final int PAGE = 4096;
    static final int TOTAL_PAGES = 512;

    @TempDir
    Path tempDir;

    MemoryManager memory;
    IOManager io;
    /** See {@link KeyFieldComparator}; set by tests that want hash collisions. */
    int hashModulus;

    @BeforeEach
    void setUp() throws IOException {
        memory = new MemoryManager((long) TOTAL_PAGES * PAGE, PAGE, true);
        io = new IOManager(tempDir.toString());
    }

    @AfterEach
    void tearDown() {
        try {
            assertTrue(memory.verifyEmpty(), "pages were not returned");
            assertEquals(List.of(), spillFiles(), "spill files were left behind");
        } finally {
            io.close();
            memory.shutdown();
        }
    }

    /** The files in the I/O manager's spilling directories. */
    List<File> spillFiles() {
        List<File> files = new ArrayList<>();
        for (File dir : io.getSpillingDirectories()) {
            File[] listed = dir.listFiles();
            if (listed != null) {
                files.addAll(Arrays.asList(listed));
            }
        }
        return files;
    }

    HybridHashJoin<long[], long[]> newJoin(List<MemorySegment> pages, boolean probeOuter, boolean buildOuter, boolean reopenable) {
        KeyFieldComparator comparator = new KeyFieldComparator(hashModulus);
        return new HybridHashJoin<>(LongPrimitiveArraySerializer.INSTANCE, comparator, LongPrimitiveArraySerializer.INSTANCE,
                comparator, new GenericPairComparator<>(comparator, comparator), pages, io, probeOuter, buildOuter, reopenable);
    }
}
