package io.eddy.yarn;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The container JVMs' options: Eddy's defaults unless the user set the same thing. */
class SessionStagingTest {

    @Test
    void containersGetTheDefaultsTheUserDidNotOverride() {
        assertEquals(List.of("-XX:+UseParallelGC", "-XX:InlineSmallCode=1000"), SessionStaging.jvmOptions(List.of()));
        assertEquals(List.of("-XX:+UseParallelGC", "-XX:InlineSmallCode=1000", "-XX:+AlwaysPreTouch"),
                SessionStaging.jvmOptions(List.of("-XX:+AlwaysPreTouch")));
        assertEquals(List.of("-XX:InlineSmallCode=1000", "-XX:+UseG1GC", "-XX:MaxGCPauseMillis=50"),
                SessionStaging.jvmOptions(List.of("-XX:+UseG1GC", "-XX:MaxGCPauseMillis=50")));
        assertEquals(List.of("-XX:+UseParallelGC", "-XX:InlineSmallCode=2500"),
                SessionStaging.jvmOptions(List.of("-XX:InlineSmallCode=2500")));
        assertEquals(List.of("-XX:+UseSerialGC", "-XX:InlineSmallCode=500"),
                SessionStaging.jvmOptions(List.of("-XX:+UseSerialGC", "-XX:InlineSmallCode=500")));
    }
}
