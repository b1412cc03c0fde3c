package io.eddy.cli;

import io.eddy.api.JobExecutionResult;
import io.eddy.api.execution.JobListener;
import io.eddy.runtime.executor.JobClient;
import io.eddy.runtime.executor.JobProgress;
import java.io.PrintStream;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The progress of a running job on stderr, as Spark's stage bar: on a terminal one line redrawn in
 * place four times a second and erased when the job ends; otherwise (a log, a scheduler's capture) a
 * plain line every ten seconds. stdout is never touched, so a program's results stay clean.
 */
final class ProgressReporter implements JobListener {

    /** How progress is shown. */
    enum Mode {
        /** One line redrawn in place. */
        TERMINAL,
        /** Plain lines at an interval. */
        PLAIN,
        /** Nothing. */
        OFF
    }

    /** Overrides the mode: {@code terminal}, {@code plain} or {@code off} (the launcher sets it from {@code [ -t 2 ]}). */
    static final String MODE_PROPERTY = "eddy.progress";
    /** Milliseconds between plain lines (default 10,000). */
    static final String INTERVAL_PROPERTY = "eddy.progress.interval";

    private static final Logger LOG = LoggerFactory.getLogger(ProgressReporter.class);
    private static final long TERMINAL_INTERVAL_MILLIS = 250;
    private static final long PLAIN_INTERVAL_MILLIS = 10_000;
    private static final String ERASE_LINE = "\r\033[K";

    private final PrintStream err;
    private final Mode mode;
    private final long intervalMillis;
    private final int width;
    private ScheduledExecutorService ticker;
    private boolean drawn;

    ProgressReporter(PrintStream err, Mode mode, long intervalMillis, int width) {
        this.err = err;
        this.mode = mode;
        this.intervalMillis = intervalMillis;
        this.width = width;
    }

    /** The reporter the command line uses: mode and interval from system properties, else from whether there is a console. */
    static ProgressReporter fromEnvironment(PrintStream err, boolean quiet) {
        Mode mode;
        String configured = System.getProperty(MODE_PROPERTY, "");
        if (quiet) {
            mode = Mode.OFF;
        } else if (!configured.isBlank()) {
            mode = Mode.valueOf(configured.trim().toUpperCase(Locale.ROOT));
        } else {
            mode = System.console() != null ? Mode.TERMINAL : Mode.PLAIN;
        }
        long interval = Long.getLong(INTERVAL_PROPERTY, mode == Mode.TERMINAL ? TERMINAL_INTERVAL_MILLIS : PLAIN_INTERVAL_MILLIS);
        int columns = 120;
        try {
            String env = System.getenv("COLUMNS");
            if (env != null) {
                columns = Math.max(40, Integer.parseInt(env.trim()));
            }
        } catch (NumberFormatException e) {
            LOG.debug("COLUMNS is not a number", e);
        }
        return new ProgressReporter(err, mode, interval, columns);
    }

    Mode mode() {
        return mode;
    }

    /**
     * On a terminal, INFO lines on stderr would break the line drawn in place: the console then shows
     * warnings and errors only, as Spark's shell does, while the log file keeps everything.
     */
    void quietenConsoleLog() {
        if (mode != Mode.TERMINAL) {
            return;
        }
        org.apache.log4j.Appender console = org.apache.log4j.Logger.getRootLogger().getAppender("console");
        if (console instanceof org.apache.log4j.AppenderSkeleton skeleton && (skeleton.getThreshold() == null
                || !skeleton.getThreshold().isGreaterOrEqual(org.apache.log4j.Level.WARN))) {
            skeleton.setThreshold(org.apache.log4j.Level.WARN);
        }
    }

    @Override
    public synchronized void onJobSubmitted(JobClient client, Throwable failure) {
        if (client == null || mode == Mode.OFF) {
            return;
        }
        stop();
        ticker = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "eddy progress");
            thread.setDaemon(true);
            return thread;
        });
        ticker.scheduleAtFixedRate(() -> show(client.progress()), intervalMillis, intervalMillis, TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void onJobExecuted(JobExecutionResult result, Throwable failure) {
        stop();
    }

    private synchronized void show(JobProgress progress) {
        if (ticker == null) {
            return;
        }
        String line = render(progress);
        if (mode == Mode.TERMINAL) {
            err.print(ERASE_LINE + (line.length() > width - 1 ? line.substring(0, width - 1) : line));
            drawn = true;
        } else {
            err.println(line);
        }
        err.flush();
    }

    private void stop() {
        if (ticker != null) {
            ticker.shutdownNow();
            ticker = null;
        }
        if (drawn) {
            err.print(ERASE_LINE);
            err.flush();
            drawn = false;
        }
    }

    /** One line: elapsed, tasks, what was read and exchanged, and each loop's superstep. */
    static String render(JobProgress p) {
        StringBuilder line = new StringBuilder(120);
        line.append(String.format(Locale.ROOT, "[eddy %.1fs] tasks %d running, %d/%d done", p.elapsedMillis() / 1000.0,
                p.running(), p.finished(), p.tasks()));
        line.append(" | read ").append(count(p.recordsRead())).append(" records");
        if (p.bytesRead() > 0) {
            line.append(", ").append(bytes(p.bytesRead()));
        }
        if (p.recordsReceived() > 0) {
            line.append(" | exchanged ").append(count(p.recordsReceived())).append(" records, ")
                    .append(bytes(p.bytesReceived()));
        }
        for (JobProgress.Loop loop : p.loops()) {
            line.append(" | ").append(loop.name()).append(" superstep ").append(loop.superstep());
            if (loop.maxSupersteps() < Integer.MAX_VALUE) {
                line.append('/').append(loop.maxSupersteps());
            }
        }
        return line.toString();
    }

    static String count(long n) {
        if (n < 10_000) {
            return Long.toString(n);
        }
        if (n < 10_000_000) {
            return String.format(Locale.ROOT, "%.1fk", n / 1e3);
        }
        return String.format(Locale.ROOT, "%.1fM", n / 1e6);
    }

    static String bytes(long n) {
        if (n < 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f kB", n / 1024.0);
        }
        if (n < 1024L * 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f MB", n / (1024.0 * 1024));
        }
        return String.format(Locale.ROOT, "%.2f GB", n / (1024.0 * 1024 * 1024));
    }
}
