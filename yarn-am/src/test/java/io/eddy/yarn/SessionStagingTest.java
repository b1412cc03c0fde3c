package io.eddy.yarn;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The container JVMs' options: the parallel collector unless the user chose one. */
class SessionStagingTest {

    @Test
    void containersGetTheParallelCollectorUnlessTheUserChoseOne() {
        assertEquals(List.of("-XX:+UseParallelGC"), SessionStaging.jvmOptions(List.of()));
        assertEquals(List.of("-XX:+UseParallelGC", "-XX:+AlwaysPreTouch"),
                SessionStaging.jvmOptions(List.of("-XX:+AlwaysPreTouch")));
        assertEquals(List.of("-XX:+UseG1GC", "-XX:MaxGCPauseMillis=50"),
                SessionStaging.jvmOptions(List.of("-XX:+UseG1GC", "-XX:MaxGCPauseMillis=50")));
        assertEquals(List.of("-XX:+UseSerialGC"), SessionStaging.jvmOptions(List.of("-XX:+UseSerialGC")));
    }
}
