package io.eddy.cli;

import io.eddy.cli.ClusterDirectory.ClusterProcess;
import io.eddy.runtime.cluster.ClusterClient;
import io.eddy.runtime.cluster.ClusterProtocol;
import io.eddy.runtime.rpc.RpcException;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.DefaultParser;
import org.apache.commons.cli.HelpFormatter;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.apache.commons.cli.ParseException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The commands of the standalone cluster: {@code cluster start}, {@code cluster stop},
 * {@code list} and {@code cancel} ({@code run --cluster} is {@link EddyCli}'s, as it shares
 * everything else with {@code run}). Usage errors are thrown as {@link UsageException}s for the
 * command line to report with exit code 2; everything else is reported here, with exit code 1.
 */
final class ClusterCommands {

    private static final Logger LOG = LoggerFactory.getLogger(ClusterCommands.class);
    private static final Logger FAILURES = LoggerFactory.getLogger(EddyCli.FAILURE_LOGGER);

    static final int DEFAULT_TASK_EXECUTORS = 2;
    static final int DEFAULT_SLOTS = 2;

    private static final Pattern SIZE = Pattern.compile("(\\d+)\\s*([kmgt]?)b?", Pattern.CASE_INSENSITIVE);
    private static final Pattern ADDRESS = Pattern.compile("([^:\\s]+):(\\d{1,5})");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT)
            .withZone(ZoneId.systemDefault());
    /** How long {@code cancel} waits for the job to reach its final state before printing it. */
    private static final long CANCEL_WAIT_MILLIS = 10_000;

    private final PrintStream out;
    private final PrintStream err;
    private final ClusterDirectory directory;

    ClusterCommands(PrintStream out, PrintStream err, ClusterDirectory directory) {
        this.out = out;
        this.err = err;
        this.directory = directory;
    }

    // ---------------------------------------------------------------------------------------------
    // options
    // ---------------------------------------------------------------------------------------------

    static Options startOptions() {
        Options options = new Options();
        options.addOption(Option.builder("n").longOpt("taskexecutors").hasArg().argName("N")
                .desc("how many TaskExecutor processes to start (default: " + DEFAULT_TASK_EXECUTORS + ")").build());
        options.addOption(Option.builder("s").longOpt("slots").hasArg().argName("S")
                .desc("slots per TaskExecutor (default: " + DEFAULT_SLOTS + ")").build());
        options.addOption(Option.builder("m").longOpt("managed-memory").hasArg().argName("SIZE")
                .desc("managed memory per TaskExecutor, e.g. 512m or 2g (default: a share of its heap)").build());
        options.addOption(Option.builder().longOpt("host").hasArg().argName("HOST")
                .desc("the address the processes listen on (default: 127.0.0.1)").build());
        options.addOption(Option.builder().longOpt("tls-keystore").hasArg().argName("FILE")
                .desc("TLS on every control and data connection with this PKCS12 store's certificate;"
                        + " its password comes from $EDDY_TLS_PASSWORD").build());
        options.addOption(Option.builder("h").longOpt("help").desc("show this command's options").build());
        return options;
    }

    static Options listOptions() {
        Options options = new Options();
        options.addOption(Option.builder().longOpt("cluster").hasArg().optionalArg(true).argName("host:port")
                .desc("the JobManager (default: the cluster 'eddy cluster start' started)").build());
        options.addOption(secretFileOption());
        options.addOption(Option.builder("h").longOpt("help").desc("show this command's options").build());
        return options;
    }

    static Options cancelOptions() {
        Options options = new Options();
        options.addOption(Option.builder().longOpt("cluster").hasArg().argName("host:port")
                .desc("the JobManager (default: the cluster 'eddy cluster start' started)").build());
        options.addOption(secretFileOption());
        options.addOption(Option.builder("h").longOpt("help").desc("show this command's options").build());
        return options;
    }

    static Option secretFileOption() {
        return Option.builder().longOpt("secret-file").hasArg().argName("FILE")
                .desc("the cluster's secret (default: $EDDY_CLUSTER_DIR/secret, ~/.eddy/cluster/secret)").build();
    }

    private static CommandLine parse(String command, Options options, String[] args, boolean stopAtNonOption)
            throws UsageException {
        try {
            return new DefaultParser().parse(options, args, stopAtNonOption);
        } catch (ParseException e) {
            throw new UsageException(command + ": " + e.getMessage());
        }
    }

    /** {@code host:port} as given, checked; a usage error names the option. */
    static String checkAddress(String command, String address) throws UsageException {
        Matcher matcher = address == null ? null : ADDRESS.matcher(address.trim());
        if (matcher == null || !matcher.matches() || Integer.parseInt(matcher.group(2)) < 1
                || Integer.parseInt(matcher.group(2)) > 65535) {
            throw new UsageException(command + ": --cluster needs the JobManager's host:port, got '" + address + "'");
        }
        return address.trim();
    }

    /** Bytes from {@code 1073741824}, {@code 1024m}, {@code 1g}, {@code 512MB}. */
    static long parseSize(String value) throws UsageException {
        Matcher matcher = SIZE.matcher(value.trim());
        if (!matcher.matches()) {
            throw new UsageException("cluster start: invalid size '" + value + "': expected bytes or e.g. 512m, 2g");
        }
        int shift = switch (matcher.group(2).toLowerCase(Locale.ROOT)) {
            case "k" -> 10;
            case "m" -> 20;
            case "g" -> 30;
            case "t" -> 40;
            default -> 0;
        };
        try {
            return Math.multiplyExact(Long.parseLong(matcher.group(1)), 1L << shift);
        } catch (ArithmeticException | NumberFormatException e) {
            throw new UsageException("cluster start: size '" + value + "' is too large");
        }
    }

    private static int positive(String command, String option, String value, int fallback) throws UsageException {
        if (value == null) {
            return fallback;
        }
        try {
            int parsed = Integer.parseInt(value.trim());
            if (parsed >= 1) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new UsageException(command + ": invalid " + option + " '" + value + "': expected a positive integer");
    }

    // ---------------------------------------------------------------------------------------------
    // cluster start | stop
    // ---------------------------------------------------------------------------------------------

    int cluster(String[] args) throws UsageException {
        if (args.length == 0) {
            throw new UsageException("cluster: missing 'start' or 'stop'");
        }
        String[] rest = Arrays.copyOfRange(args, 1, args.length);
        switch (args[0]) {
            case "start":
                return start(rest);
            case "stop":
                if (rest.length == 1 && (rest[0].equals("-h") || rest[0].equals("--help"))) {
                    printClusterHelp();
                    return EddyCli.EXIT_OK;
                }
                if (rest.length > 0) {
                    throw new UsageException("cluster stop takes no arguments, got '" + String.join(" ", rest) + "'");
                }
                return stop();
            case "-h":
            case "--help":
            case "help":
                printClusterHelp();
                return EddyCli.EXIT_OK;
            default:
                throw new UsageException("cluster: unknown command '" + args[0] + "': expected 'start' or 'stop'");
        }
    }

    private int start(String[] args) throws UsageException {
        CommandLine line = parse("cluster start", startOptions(), args, false);
        if (line.hasOption("h")) {
            printClusterHelp();
            return EddyCli.EXIT_OK;
        }
        int taskExecutors = positive("cluster start", "--taskexecutors", line.getOptionValue("n"), DEFAULT_TASK_EXECUTORS);
        int slots = positive("cluster start", "--slots", line.getOptionValue("s"), DEFAULT_SLOTS);
        Long managedMemory = line.hasOption("m") ? parseSize(line.getOptionValue("m")) : null;
        String host = line.getOptionValue("host");
        Map<String, String> settings = new LinkedHashMap<>();
        for (String argument : line.getArgList()) {
            int equals = argument.indexOf('=');
            if (equals <= 0) {
                throw new UsageException("cluster start: unexpected argument '" + argument
                        + "': settings are key=value, e.g. restart-strategy=fixed-delay");
            }
            settings.put(argument.substring(0, equals).trim(), argument.substring(equals + 1).trim());
        }
        Path tlsKeyStore = line.hasOption("tls-keystore") ? Path.of(line.getOptionValue("tls-keystore")) : null;
        String tlsPassword = System.getenv("EDDY_TLS_PASSWORD");
        if (tlsKeyStore != null && (tlsPassword == null || tlsPassword.isEmpty())) {
            throw new UsageException("cluster start: --tls-keystore needs the store's password in $EDDY_TLS_PASSWORD");
        }
        if (tlsKeyStore != null && !Files.isRegularFile(tlsKeyStore)) {
            throw new UsageException("cluster start: the TLS key store " + tlsKeyStore + " does not exist");
        }
        StandaloneCluster.Spec spec = new StandaloneCluster.Spec(taskExecutors, slots, managedMemory, host, settings,
                tlsKeyStore, tlsKeyStore == null ? null : tlsPassword);

        try {
            directory.create();
        } catch (IOException e) {
            return fail("cluster start: cannot create " + directory.root() + ": " + EddyCli.rootCauseMessage(e), e);
        }
        try (FileChannel lock = directory.tryLock()) {
            if (lock == null) {
                return fail("cluster start: another 'eddy cluster' command is working on " + directory.root(), null);
            }
            List<ClusterProcess> live = directory.liveProcesses();
            if (!live.isEmpty()) {
                String address = directory.address().orElse("address unknown");
                return fail("cluster start: a cluster started from " + directory.root() + " is still running (JobManager at "
                        + address + ", pids " + pids(live) + "); stop it with 'eddy cluster stop',"
                        + " or set EDDY_CLUSTER_DIR to start another", null);
            }
            if (directory.hasState()) {
                err.println("eddy: cluster start: removing the state of a cluster that is no longer running from "
                        + directory.root());
                directory.clearState(directory.processes());
            }
            StandaloneCluster.Started started = new StandaloneCluster(directory).start(spec);
            printStarted(started, spec);
            return EddyCli.EXIT_OK;
        } catch (StandaloneCluster.ClusterException e) {
            return fail("cluster start: " + e.getMessage(), e);
        } catch (IOException e) {
            return fail("cluster start: " + EddyCli.rootCauseMessage(e), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return fail("cluster start: interrupted", e);
        }
    }

    private void printStarted(StandaloneCluster.Started started, StandaloneCluster.Spec spec) {
        out.println("Started a standalone cluster from " + directory.root() + ":");
        for (ClusterProcess process : started.processes()) {
            boolean jobManager = process.name().equals("jobmanager");
            out.println(String.format(Locale.ROOT, "  %-16s pid %-8d %s", process.name(), process.pid(),
                    jobManager ? "at " + started.address() : spec.slots() + " slots"));
        }
        out.println("Logs: " + directory.logDirectory() + "; secret: " + directory.secretFile());
        out.println("Run a job with 'eddy run --cluster " + started.address() + " <jar | example>';"
                + " stop the cluster with 'eddy cluster stop'.");
        // the last line is the address alone, for scripts: addr=$(eddy cluster start | tail -1)
        out.println(started.address());
        out.flush();
    }

    private int stop() {
        if (!Files.isDirectory(directory.root())) {
            out.println("No cluster is running from " + directory.root() + ".");
            return EddyCli.EXIT_OK;
        }
        try (FileChannel lock = directory.tryLock()) {
            if (lock == null) {
                return fail("cluster stop: another 'eddy cluster' command is working on " + directory.root(), null);
            }
            StandaloneCluster.Stopped stopped = new StandaloneCluster(directory).stop();
            if (stopped == null) {
                out.println("No cluster is running from " + directory.root() + ".");
                return EddyCli.EXIT_OK;
            }
            List<ClusterProcess> wereRunning = stopped.processes();
            out.println("Stopped the standalone cluster" + (stopped.address() == null ? "" : " at " + stopped.address())
                    + " from " + directory.root() + ":");
            for (ClusterProcess process : wereRunning) {
                String how = stopped.killed().contains(process) ? "stopped by signal" : "stopped";
                out.println(String.format(Locale.ROOT, "  %-16s pid %-8d %s", process.name(), process.pid(), how));
            }
            out.println("Its logs stay in " + directory.logDirectory() + ".");
            out.flush();
            return EddyCli.EXIT_OK;
        } catch (IOException e) {
            return fail("cluster stop: " + EddyCli.rootCauseMessage(e), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return fail("cluster stop: interrupted", e);
        }
    }

    private static String pids(List<ClusterProcess> processes) {
        return String.join(", ", processes.stream().map(p -> Long.toString(p.pid())).toList());
    }

    // ---------------------------------------------------------------------------------------------
    // list, cancel
    // ---------------------------------------------------------------------------------------------

    int list(String[] args) throws UsageException {
        CommandLine line = parse("list", listOptions(), args, false);
        if (line.hasOption("h")) {
            printListCancelHelp();
            return EddyCli.EXIT_OK;
        }
        if (!line.getArgList().isEmpty()) {
            throw new UsageException("list: unexpected argument '" + String.join(" ", line.getArgList()) + "'");
        }
        Optional<String> address = address("list", line);
        if (address.isEmpty()) {
            return noAddress("list");
        }
        Path secretFile = secretFile(line);
        try (ClusterClient client = ClusterClient.connect(address.get(), ClusterClient.readSecret(secretFile), directory.tls())) {
            ClusterProtocol.JobList jobs = client.list();
            printJobs(jobs);
            return EddyCli.EXIT_OK;
        } catch (RpcException e) {
            return fail("list: " + describe(e, address.get(), secretFile), e);
        } catch (IOException | IllegalArgumentException e) {
            return fail("list: cannot read the cluster's secret " + secretFile + ": " + EddyCli.rootCauseMessage(e), e);
        }
    }

    private void printJobs(ClusterProtocol.JobList list) {
        if (list.jobs().isEmpty()) {
            out.println("No jobs.");
        } else {
            int nameWidth = 4;
            for (ClusterProtocol.JobStatus job : list.jobs()) {
                nameWidth = Math.max(nameWidth, job.name().length());
            }
            String format = "%-16s  %-10s  %7s  %-19s  %9s  %s";
            out.println(String.format(Locale.ROOT, format, "JOB ID", "STATE", "ATTEMPT", "SUBMITTED", "ELAPSED", "NAME"));
            for (ClusterProtocol.JobStatus job : list.jobs()) {
                // a finished job keeps the elapsed time of its last attempt
                String elapsed = job.progress() == null ? "-" : seconds(job.progress().elapsedMillis());
                out.println(String.format(Locale.ROOT, format, job.jobId(), job.state(), job.attempt(),
                        TIME.format(Instant.ofEpochMilli(job.submittedMillis())), elapsed, job.name()));
            }
        }
        out.println(String.format(Locale.ROOT, "%d TaskExecutor%s, %d slots (%d free)", list.taskExecutors(),
                list.taskExecutors() == 1 ? "" : "s", list.slots(), list.freeSlots()));
        out.flush();
    }

    private static String seconds(long millis) {
        return String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
    }

    int cancel(String[] args) throws UsageException {
        CommandLine line = parse("cancel", cancelOptions(), args, false);
        if (line.hasOption("h")) {
            printListCancelHelp();
            return EddyCli.EXIT_OK;
        }
        if (line.getArgList().size() != 1) {
            throw new UsageException(line.getArgList().isEmpty() ? "cancel: missing the job id (see 'eddy list')"
                    : "cancel: one job id expected, got '" + String.join(" ", line.getArgList()) + "'");
        }
        String jobId = line.getArgList().get(0);
        Optional<String> address = address("cancel", line);
        if (address.isEmpty()) {
            return noAddress("cancel");
        }
        Path secretFile = secretFile(line);
        try (ClusterClient client = ClusterClient.connect(address.get(), ClusterClient.readSecret(secretFile), directory.tls())) {
            ClusterProtocol.JobStatus status = client.cancel(jobId);
            status = awaitEnd(client, status);
            out.println("Job " + status.jobId() + " '" + status.name() + "': " + status.state());
            out.flush();
            return EddyCli.EXIT_OK;
        } catch (RpcException e) {
            return fail("cancel: " + describe(e, address.get(), secretFile), e);
        } catch (IOException | IllegalArgumentException e) {
            return fail("cancel: cannot read the cluster's secret " + secretFile + ": " + EddyCli.rootCauseMessage(e), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return fail("cancel: interrupted", e);
        }
    }

    /**
     * The job's status once it ended, or as it stands after {@link #CANCEL_WAIT_MILLIS}, or when the
     * JobManager went away meanwhile (a YARN application's ends with its program, whose job this was).
     */
    private static ClusterProtocol.JobStatus awaitEnd(ClusterClient client, ClusterProtocol.JobStatus status)
            throws InterruptedException {
        long deadline = System.currentTimeMillis() + CANCEL_WAIT_MILLIS;
        while (!status.ended() && System.currentTimeMillis() < deadline) {
            TimeUnit.MILLISECONDS.sleep(200);
            String jobId = status.jobId();
            Optional<ClusterProtocol.JobStatus> current;
            try {
                current = client.list().jobs().stream().filter(job -> job.jobId().equals(jobId)).findFirst();
            } catch (RpcException e) {
                LOG.debug("The JobManager went away after cancelling {}", jobId, e);
                break;
            }
            if (current.isEmpty()) {
                break;
            }
            status = current.get();
        }
        return status;
    }

    private Optional<String> address(String command, CommandLine line) throws UsageException {
        String given = line.getOptionValue("cluster");
        if (given != null) {
            return Optional.of(checkAddress(command, given));
        }
        try {
            return directory.address();
        } catch (IOException e) {
            LOG.debug("Cannot read {}", directory.addressFile(), e);
            return Optional.empty();
        }
    }

    private Path secretFile(CommandLine line) {
        String given = line.getOptionValue("secret-file");
        return given != null ? Path.of(given) : directory.secretFile();
    }

    private int noAddress(String command) {
        return fail(command + ": no cluster address: no cluster was started from " + directory.root()
                + "; give --cluster host:port, or start one with 'eddy cluster start'", null);
    }

    /** A failed call to the JobManager, said for the user. */
    static String describe(RpcException e, String address, Path secretFile) {
        return switch (e.kind()) {
            case UNAUTHENTICATED -> "the JobManager at " + address + " refused the secret in " + secretFile
                    + " (authentication failed); use the secret of the cluster that runs there";
            case UNAVAILABLE, DEADLINE_EXCEEDED -> "cannot reach a JobManager at " + address + ": " + e.getMessage();
            default -> e.getMessage() == null ? e.kind().name() : e.getMessage();
        };
    }

    private int fail(String message, Throwable cause) {
        if (cause != null) {
            FAILURES.debug("eddy {} failed", message, cause);
        }
        err.println("eddy: " + message);
        err.flush();
        return EddyCli.EXIT_FAILURE;
    }

    // ---------------------------------------------------------------------------------------------
    // help
    // ---------------------------------------------------------------------------------------------

    void printClusterHelp() {
        out.println("Usage: eddy cluster start [options] [key=value ...]");
        out.println("       eddy cluster stop");
        out.println();
        out.println("start: starts a JobManager and TaskExecutors on this machine in the background and prints the");
        out.println("JobManager's host:port as its last line; key=value settings go to the processes, e.g.");
        out.println("restart-strategy=fixed-delay or heartbeat.timeout=5s. stop: shuts the cluster down.");
        out.println("The cluster's secret, pids and address live in $EDDY_CLUSTER_DIR (default ~/.eddy/cluster),");
        out.println("its logs in its log/ directory, which stop keeps. " + StandaloneCluster.JAVA_OPTS_VARIABLE
                + " adds JVM options.");
        out.println();
        out.println("Options of cluster start:");
        PrintWriter writer = new PrintWriter(out);
        new HelpFormatter().printOptions(writer, 100, startOptions(), 2, 4);
        writer.flush();
        out.flush();
    }

    void printListCancelHelp() {
        out.println("Usage: eddy list [--cluster [host:port]] [--secret-file FILE]");
        out.println("       eddy cancel [--cluster host:port] [--secret-file FILE] <job id>");
        out.println();
        out.println("list shows the cluster's jobs and TaskExecutors; cancel cancels a job and prints its state.");
        out.println();
        PrintWriter writer = new PrintWriter(out);
        new HelpFormatter().printOptions(writer, 100, cancelOptions(), 2, 4);
        writer.flush();
        out.flush();
    }
}
