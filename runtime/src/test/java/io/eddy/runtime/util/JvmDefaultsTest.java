package io.eddy.runtime.util;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class JvmDefaultsTest {

    @Test
    void userOptionsReplaceTheDefaultsTheySetAndComeLast() {
        assertEquals(JvmDefaults.OPTIONS, JvmDefaults.withDefaults(List.of()));
        assertEquals(List.of("-XX:InlineSmallCode=1000", "-XX:+UseZGC", "-Xss2m"),
                JvmDefaults.withDefaults(List.of("-XX:+UseZGC", "-Xss2m")));
        assertEquals(List.of("-XX:+UseParallelGC", "-XX:InlineSmallCode=3000"),
                JvmDefaults.withDefaults(List.of("-XX:InlineSmallCode=3000")));
    }

    /** scripts/eddy cannot read this class; its default EDDY_JAVA_OPTS must say the same. */
    @Test
    void theLauncherDefaultsToTheSameOptions() throws IOException {
        Path script = Path.of("..", "scripts", "eddy");
        Matcher launch = Pattern.compile("\\$\\{EDDY_JAVA_OPTS:-([^}]*)}").matcher(Files.readString(script));
        assertTrue(launch.find(), "scripts/eddy launches java with a default EDDY_JAVA_OPTS");
        List<String> options = List.of(launch.group(1).trim().split("\\s+"));
        assertEquals(JvmDefaults.OPTIONS, options.stream().filter(option -> option.startsWith("-XX:")).toList());
    }
}
