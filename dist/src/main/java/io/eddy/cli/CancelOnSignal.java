package io.eddy.cli;

import io.eddy.api.JobExecutionResult;
import io.eddy.api.execution.JobListener;
import io.eddy.runtime.executor.JobClient;
import io.eddy.runtime.executor.MiniCluster;
import java.io.PrintStream;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import sun.misc.Signal;

/**
 * What {@code eddy run} does on Ctrl-C (SIGINT) and {@code kill} (SIGTERM): cancel the running
 * job, wait (at most {@link #CLEANUP_TIMEOUT_SECONDS}) until its tasks have stopped, its output
 * formats have deleted their staging directories and the cluster its spill directories, print one
 * line and exit with 128 + the signal's number (130, 143), as shells report a killed command.
 *
 * <p>Why signal handlers and not only a shutdown hook: a hook runs after the JVM decided to exit,
 * cannot choose the exit code, and races the program's thread, which sees its job fail and would
 * report it as a failure. The handlers ({@code sun.misc.Signal}, in the {@code jdk.unsupported}
 * module) run on a thread of their own before anything exits; the program's thread, whose
 * {@code execute()} fails meanwhile, asks {@link #isCancelling()} and stays quiet, and
 * {@link #exitCode(int)} makes {@code main} exit with the signal's code. A shutdown hook remains
 * for other ways out (SIGHUP, {@code System.exit} in the program, a JVM started with {@code -Xrs}):
 * it cancels and cleans up the same way, silently.
 *
 * <p>{@code kill -9} cannot be caught; what it leaves behind the next run removes (see the staging
 * directories of {@code FileOutputFormat}; spill directories are per process and left in
 * {@code io.tmp.dirs}).
 */
final class CancelOnSignal {

    private static final Logger LOG = LoggerFactory.getLogger(CancelOnSignal.class);

    /** How long a cancelled job may take to stop before the process exits anyway. */
    static final long CLEANUP_TIMEOUT_SECONDS = 30;

    private final PrintStream err;
    private final AtomicReference<Signal> received = new AtomicReference<>();
    private final CountDownLatch cleanedUp = new CountDownLatch(1);

    private CancelOnSignal(PrintStream err) {
        this.err = err;
    }

    /** Installs the handlers for SIGINT and SIGTERM and the fallback shutdown hook. */
    static CancelOnSignal install(PrintStream err) {
        CancelOnSignal cancellation = new CancelOnSignal(err);
        for (String name : new String[] {"INT", "TERM"}) {
            try {
                Signal.handle(new Signal(name), cancellation::onSignal);
            } catch (IllegalArgumentException e) {
                // the JVM reserves it (-Xrs) or the shell ignores it (a background job); the hook remains
                LOG.debug("Cannot handle SIG{}: {}", name, e.getMessage());
            }
        }
        Thread hook = new Thread(() -> closeClusters("JVM shutdown"), "eddy-shutdown-cleanup");
        Runtime.getRuntime().addShutdownHook(hook);
        return cancellation;
    }

    /** Whether a signal arrived: the job's failure is then the cancellation, not worth a report. */
    boolean isCancelling() {
        return received.get() != null;
    }

    /**
     * {@code normal}, unless a signal arrived: then waits for the cleanup to end and returns the
     * signal's exit code.
     */
    int exitCode(int normal) {
        Signal signal = received.get();
        if (signal == null) {
            return normal;
        }
        try {
            cleanedUp.await(CLEANUP_TIMEOUT_SECONDS + 5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 128 + signal.getNumber();
    }

    private void onSignal(Signal signal) {
        if (!received.compareAndSet(null, signal)) {
            return;
        }
        String name = "SIG" + signal.getName();
        Result result = closeClusters(name);
        String line = result.jobs() > 0 || !result.finished()
                ? "eddy: job cancelled (" + name + ")" : "eddy: stopped (" + name + ")";
        if (!result.finished()) {
            line += "; its tasks did not stop within " + CLEANUP_TIMEOUT_SECONDS + " s, temporary files may remain";
        }
        err.println(line);
        err.flush();
        System.out.flush();
        cleanedUp.countDown();
        System.exit(128 + signal.getNumber());
    }

    private record Result(int jobs, boolean finished) {}

    /** Jobs running on a standalone cluster: no MiniCluster of this JVM knows them, so they are cancelled one by one. */
    private static final Set<JobClient> REMOTE_JOBS = ConcurrentHashMap.newKeySet();

    /** A listener that makes a signal cancel the jobs it sees submitted to a cluster, until they end. */
    static JobListener remoteJobs() {
        return new JobListener() {
            private volatile JobClient current;

            @Override
            public void onJobSubmitted(JobClient client, Throwable failure) {
                if (client != null) {
                    current = client;
                    REMOTE_JOBS.add(client);
                }
            }

            @Override
            public void onJobExecuted(JobExecutionResult result, Throwable failure) {
                JobClient client = current;
                if (client != null) {
                    REMOTE_JOBS.remove(client);
                }
            }
        };
    }

    /** What else a signal stops, e.g. a YARN application the command line waits for. */
    private static final Set<Runnable> ON_CANCEL = ConcurrentHashMap.newKeySet();

    /** Makes a signal (or the JVM's shutdown) run {@code action}, until {@link #removeOnCancel}. */
    static void onCancel(Runnable action) {
        ON_CANCEL.add(action);
    }

    static void removeOnCancel(Runnable action) {
        ON_CANCEL.remove(action);
    }

    private static int cancelRemoteJobs() {
        return stopAll(ON_CANCEL, Runnable::run, "what the command line runs")
                + stopAll(REMOTE_JOBS, JobClient::cancel, "a job on the cluster");
    }

    /** Stops each of {@code running} (a failure is logged and the rest still stopped) and forgets them all. */
    private static <T> int stopAll(Set<T> running, java.util.function.Consumer<T> stop, String what) {
        int stopped = 0;
        for (T each : running) {
            try {
                stop.accept(each);
                stopped++;
            } catch (RuntimeException e) {
                LOG.warn("Could not stop {}", what, e);
            }
        }
        running.clear();
        return stopped;
    }

    /** Cancels every job of this JVM and waits, bounded, for their clusters to close. */
    private static Result closeClusters(String reason) {
        int[] jobs = new int[1];
        Thread closer = new Thread(() -> jobs[0] = cancelRemoteJobs() + MiniCluster.closeAll(),
                "eddy-cancel (" + reason + ")");
        closer.setDaemon(true);
        closer.start();
        try {
            closer.join(TimeUnit.SECONDS.toMillis(CLEANUP_TIMEOUT_SECONDS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (jobs[0] > 0) {
            LOG.info("Cancelled {} running job(s) on {}", jobs[0], reason);
        }
        return new Result(jobs[0], !closer.isAlive());
    }
}
