package io.eddy.api.io;

import io.eddy.api.fs.FileStatus;
import io.eddy.api.fs.FileSystem;
import io.eddy.api.fs.Path;
import java.io.IOException;
import java.net.InetAddress;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Names the hidden staging directories of {@link FileOutputFormat} after the run that owns them, and
 * removes those of dead runs.
 *
 * <p>The problem: a job killed with {@code kill -9} (or a machine that lost power) cannot delete its
 * staging directory; the next run writing to the same target would find it beside the target for
 * ever. A live run writing to the same target at the same time must keep its directory, though, and
 * a directory name is all a later run sees. So the staging id says who owns it:
 * {@code <uuid>-<pid>-<process start, epoch ms>-<host>}. A later run on the same host removes a
 * sibling staging directory of the same target whose process is gone, or whose pid now belongs to
 * a process started at another time (the pid was reused). Directories of other hosts, and of older
 * Eddy versions (a bare UUID), cannot be checked: they are removed only when untouched for
 * {@link #FOREIGN_MAX_AGE}.
 */
final class StagingDirectories {

    private static final Logger LOG = LoggerFactory.getLogger(StagingDirectories.class);

    /** How long a staging directory whose owner cannot be checked is left alone. */
    static final Duration FOREIGN_MAX_AGE = Duration.ofDays(7);

    /** The part of a staging directory's name before its id. */
    static final String INFIX = ".eddy-staging-";

    private static final Pattern ID = Pattern.compile("[0-9a-f]{8}(?:-[0-9a-f]{4}){3}-[0-9a-f]{12}-(\\d+)-(\\d+)-(.+)");

    private static final class Local {
        static final long PID = ProcessHandle.current().pid();
        static final long START = startMillis(ProcessHandle.current());
        static final String HOST = hostName();
    }

    private StagingDirectories() {}

    /** A new staging id owned by this process. */
    static String newId() {
        return UUID.randomUUID() + "-" + Local.PID + "-" + Local.START + "-" + Local.HOST;
    }

    /**
     * Deletes the staging directories of {@code target} in {@code parent} other than {@code own}
     * whose run is dead; failures to delete are logged, never thrown (they are someone else's debris).
     */
    static void removeStale(FileSystem fs, Path parent, String targetName, String own) throws IOException {
        if (!fs.exists(parent)) {
            return;
        }
        String prefix = "." + targetName + INFIX;
        long now = System.currentTimeMillis();
        for (FileStatus status : fs.listStatus(parent)) {
            String name = status.getPath().getName();
            if (!name.startsWith(prefix) || name.equals(own)
                    || !isStale(name.substring(prefix.length()), status.getModificationTime(), now)) {
                continue;
            }
            try {
                fs.delete(status.getPath(), true);
                LOG.info("Removed the staging directory {} of a run that is no longer alive", status.getPath());
            } catch (IOException e) {
                LOG.warn("Could not remove the stale staging directory {}", status.getPath(), e);
            }
        }
    }

    /** Whether the run that made staging id {@code id} is dead (see the class comment). */
    static boolean isStale(String id, long modifiedMillis, long nowMillis) {
        Matcher m = ID.matcher(id);
        if (m.matches() && m.group(3).equals(Local.HOST)) {
            long pid = Long.parseLong(m.group(1));
            long start = Long.parseLong(m.group(2));
            return !isAlive(pid, start);
        }
        return nowMillis - modifiedMillis > FOREIGN_MAX_AGE.toMillis();
    }

    private static boolean isAlive(long pid, long startMillis) {
        Optional<ProcessHandle> process = ProcessHandle.of(pid);
        if (process.isEmpty() || !process.get().isAlive()) {
            return false;
        }
        long start = startMillis(process.get());
        // unknown start times: assume it is the owner; start times are read at 10 ms resolution
        return start == 0 || startMillis == 0 || Math.abs(start - startMillis) < 1000;
    }

    private static long startMillis(ProcessHandle process) {
        return process.info().startInstant().map(instant -> instant.toEpochMilli()).orElse(0L);
    }

    /** This host's name, reduced to what is safe in a file name on every file system. */
    private static String hostName() {
        String name;
        try {
            name = InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            name = "localhost";
        }
        return name.replaceAll("[^A-Za-z0-9.-]", "_");
    }
}
