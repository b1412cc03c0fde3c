package io.eddy.api.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eddy.api.ExecutionEnvironment;
import io.eddy.api.fs.FileSystem.WriteMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A run removes the staging directories of dead runs beside its target, and only those. */
class StagingDirectoriesTest {

    @TempDir
    Path dir;

    @Test
    void aRunRemovesStagingDirectoriesOfDeadRunsOnly() throws Exception {
        String live = StagingDirectories.newId();
        String[] parts = live.substring(37).split("-", 3);
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        String dead = UUID.randomUUID() + "-" + gone.pid() + "-" + parts[1] + "-" + parts[2];
        String reusedPid = UUID.randomUUID() + "-" + parts[0] + "-" + (Long.parseLong(parts[1]) - 60_000) + "-" + parts[2];
        String otherHostRecent = UUID.randomUUID() + "-1-1-some.other.host";
        String otherHostOld = UUID.randomUUID() + "-1-1-some.other.host";
        String oldFormatOld = UUID.randomUUID().toString();
        for (String id : List.of(live, dead, reusedPid, otherHostRecent, otherHostOld, oldFormatOld)) {
            Files.createFile(Files.createDirectories(dir.resolve(".out" + StagingDirectories.INFIX + id)).resolve("1"));
        }
        FileTime eightDaysAgo = FileTime.from(Instant.now().minus(Duration.ofDays(8)));
        Files.setLastModifiedTime(dir.resolve(".out" + StagingDirectories.INFIX + otherHostOld), eightDaysAgo);
        Files.setLastModifiedTime(dir.resolve(".out" + StagingDirectories.INFIX + oldFormatOld), eightDaysAgo);
        Path otherTarget = Files.createDirectories(dir.resolve(".other" + StagingDirectories.INFIX + dead));

        ExecutionEnvironment env = ExecutionEnvironment.createLocalEnvironment(1);
        env.fromElements(1, 2, 3).writeAsText(dir.resolve("out").toString(), WriteMode.NO_OVERWRITE);
        env.execute();

        assertEquals(Stream.of(live, otherHostRecent).map(id -> ".out" + StagingDirectories.INFIX + id).sorted().toList(),
                stagingDirectoriesOfOut(), "a live run's and a recent foreign one stay");
        assertTrue(Files.isDirectory(otherTarget), "another target's staging directories are not this run's business");
        assertEquals("1\n2\n3\n", Files.readString(dir.resolve("out")));
    }

    @Test
    void idsOfThisProcessAreLive() {
        String id = StagingDirectories.newId();
        assertFalse(StagingDirectories.isStale(id, 0, System.currentTimeMillis()));
        assertTrue(StagingDirectories.isStale(UUID.randomUUID().toString(), 0, System.currentTimeMillis()));
    }

    private List<String> stagingDirectoriesOfOut() throws Exception {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".out.")).sorted().toList();
        }
    }
}
