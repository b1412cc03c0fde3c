package io.eddy.yarn.am;

import io.eddy.yarn.ProgramSpec;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.ServiceLoader;

/**
 * Runs a user's program inside the ApplicationMaster against the session's JobManager. The
 * ApplicationMaster knows only the runtime and Hadoop; the implementation comes from the distribution
 * (the {@code eddy} command line's, found through {@link ServiceLoader}), so a program run on YARN
 * behaves, fails and reports exactly as one run with {@code eddy run --cluster}.
 */
public interface ProgramDriver {

    /**
     * How the program ended.
     *
     * @param exitCode    as the {@code eddy} command line's: 0 success, 1 the program or its job failed,
     *                    2 the program could not be loaded or was called wrongly
     * @param diagnostics one line saying why it failed (what the command line prints on stderr); null on success
     */
    record Outcome(int exitCode, String diagnostics) {
        public boolean succeeded() {
            return exitCode == 0;
        }
    }

    /**
     * Runs {@code program} to its end; its jobs go to the JobManager at {@code jobManagerAddress}.
     *
     * @param workingDirectory the container's working directory, where the program's jar is
     * @param secretFile       the cluster secret the JobManager accepts
     */
    Outcome run(ProgramSpec program, String jobManagerAddress, Path secretFile, Path workingDirectory);

    /** The driver on the class path. */
    static ProgramDriver load() {
        Iterator<ProgramDriver> drivers = ServiceLoader.load(ProgramDriver.class).iterator();
        if (!drivers.hasNext()) {
            throw new IllegalStateException("no " + ProgramDriver.class.getName() + " on the class path: the"
                    + " ApplicationMaster runs programs with the distribution's command line, ship eddy-dist.jar");
        }
        return drivers.next();
    }
}
