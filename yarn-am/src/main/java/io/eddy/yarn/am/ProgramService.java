package io.eddy.yarn.am;

import io.eddy.yarn.ProgramSpec;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.apache.hadoop.service.AbstractService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the application's program on its own thread once started ({@link #runProgram}), and reports how
 * it ended. Stopping the service interrupts a program still running; its jobs are cancelled with the
 * JobManager, which stops after this service.
 */
final class ProgramService extends AbstractService {

    private static final Logger LOG = LoggerFactory.getLogger(ProgramService.class);

    private final ProgramSpec program;
    private final ProgramDriver driver;
    private final Path secretFile;
    private final Path workingDirectory;
    private final Consumer<ProgramDriver.Outcome> onEnd;
    private volatile Thread thread;

    ProgramService(ProgramSpec program, ProgramDriver driver, Path secretFile, Path workingDirectory,
                   Consumer<ProgramDriver.Outcome> onEnd) {
        super("program");
        this.program = program;
        this.driver = driver;
        this.secretFile = secretFile;
        this.workingDirectory = workingDirectory;
        this.onEnd = onEnd;
    }

    /** Starts the program; its jobs go to the JobManager at {@code jobManagerAddress}. */
    void runProgram(String jobManagerAddress) {
        Thread started = new Thread(() -> {
            LOG.info("Running {} {} with parallelism {} against the JobManager at {}", program.jar() ? "the jar" : "the example",
                    program.program(), program.parallelism(), jobManagerAddress);
            ProgramDriver.Outcome outcome;
            try {
                outcome = driver.run(program, jobManagerAddress, secretFile, workingDirectory);
            } catch (Throwable t) {
                LOG.error("The program driver failed", t);
                outcome = new ProgramDriver.Outcome(1, "the program driver failed: " + t);
            }
            LOG.info("The program ended with exit code {}{}", outcome.exitCode(),
                    outcome.diagnostics() == null ? "" : ": " + outcome.diagnostics());
            onEnd.accept(outcome);
        }, "eddy program");
        thread = started;
        started.start();
    }

    @Override
    protected void serviceStop() throws Exception {
        Thread running = thread;
        if (running != null && running.isAlive()) {
            running.interrupt();
        }
        super.serviceStop();
    }
}
