package io.eddy.yarn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The ApplicationMaster reads back what the client wrote, and container words survive the NodeManager's shell. */
class SessionArgumentsTest {

    @Test
    void theApplicationMasterReadsWhatTheClientWrote() {
        SessionArguments written = new SessionArguments(3, 1024, 2, 4, 256L << 20, 9,
                List.of("-XX:+UseSerialGC", "-Dx=y"), Map.of("heartbeat.timeout", "3 s", "restart-strategy", "none"));
        assertEquals(written, SessionArguments.parse(written.toArguments().toArray(String[]::new)));
        SessionArguments plain = new SessionArguments(1, 512, 1, 1, 64L << 20, 0, List.of(), Map.of());
        assertEquals(plain, SessionArguments.parse(plain.toArguments().toArray(String[]::new)));
    }

    @Test
    void theHeapIsWhatTheContainerLeavesBesideManagedMemoryAndOverhead() {
        assertEquals(1024 - 256 - 128, SessionArguments.heapMb(1024, 256L << 20));
        assertEquals(4096 - 1024 - 409, SessionArguments.heapMb(4096, 1024L << 20));
        assertThrows(IllegalArgumentException.class,
                () -> new SessionArguments(1, 256, 1, 1, 128L << 20, 0, List.of(), Map.of()));
        assertThrows(IllegalArgumentException.class,
                () -> new SessionArguments(1, 1024, 1, 1, 128L << 20, 0, List.of("-Da=b c"), Map.of()));
    }

    @Test
    void shellWordsQuoteSpacesAndRefuseWhatTheOuterQuotesWouldInterpret() {
        assertEquals("heartbeat.timeout=3s", SessionStaging.shellWord("heartbeat.timeout=3s"));
        assertEquals("'heartbeat.timeout=3 s'", SessionStaging.shellWord("heartbeat.timeout=3 s"));
        for (String bad : List.of("a$b", "a`b`", "a\"b", "a'b", "a\\b")) {
            assertThrows(IllegalArgumentException.class, () -> SessionStaging.shellWord(bad), bad);
        }
    }
}
