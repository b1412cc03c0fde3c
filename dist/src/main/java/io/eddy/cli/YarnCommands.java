package io.eddy.cli;

import io.eddy.yarn.ProgramSpec;
import io.eddy.yarn.SessionStaging;
import io.eddy.yarn.client.SessionSpec;
import io.eddy.yarn.client.YarnSessionClient;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.HelpFormatter;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.yarn.api.records.ApplicationId;
import org.apache.hadoop.yarn.api.records.ApplicationReport;
import org.apache.hadoop.yarn.api.records.FinalApplicationStatus;
import org.apache.hadoop.yarn.api.records.YarnApplicationState;
import org.apache.hadoop.yarn.conf.YarnConfiguration;
import org.apache.hadoop.yarn.exceptions.ApplicationNotFoundException;
import org.apache.hadoop.yarn.exceptions.YarnException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code run --target yarn} and {@code yarn status|kill|list}: programs on a YARN cluster.
 *
 * <p>A program submitted with {@code run --target yarn} runs in its own YARN application, inside the
 * ApplicationMaster (as Spark's cluster deploy mode and Flink's application mode do): the client
 * uploads the distribution jar, the program's jar and the program's arguments, and the application's
 * JobManager runs every job the program submits on TaskExecutor containers sized from the options.
 * Attached (the default), the client prints the application's state as it changes on stderr and exits
 * as a local run would: 0 when the application SUCCEEDED, 1 when it FAILED (its diagnostics, which
 * hold the program's failure line, are printed) or was KILLED; Ctrl-C or SIGTERM kill the application.
 * Detached ({@code --detached}), it prints the application id on stdout and exits 0 once YARN has
 * accepted the application. The program's stdout is the ApplicationMaster's {@code jobmanager.out}.
 *
 * <p>The cluster is the one the Hadoop configuration names: {@code yarn-site.xml} and
 * {@code core-site.xml} on the class path (as {@code yarn jar} puts them) or in {@code HADOOP_CONF_DIR}.
 */
final class YarnCommands {

    private static final Logger LOG = LoggerFactory.getLogger(YarnCommands.class);
    private static final Logger FAILURES = LoggerFactory.getLogger(EddyCli.FAILURE_LOGGER);

    /** What the ApplicationMaster's container gets beside the JobManager: the program's driver. */
    static final int DEFAULT_MASTER_MEMORY_MB = 1024;
    static final int DEFAULT_TASK_EXECUTOR_MEMORY_MB = 1536;
    static final int DEFAULT_SLOTS = 1;

    /**
     * Settings an application gets unless given: a TaskExecutor lost with its container costs a
     * restart of the job rather than the job, and a job waits longer for slots than on a standalone
     * cluster, as containers take seconds to be allocated and started.
     */
    static final Map<String, String> DEFAULT_SETTINGS = Map.of(
            "restart-strategy", "fixed-delay",
            "restart-strategy.fixed-delay.attempts", "3",
            "restart-strategy.fixed-delay.delay", "1 s",
            "slot.request.timeout", "5 min");

    private final PrintStream out;
    private final PrintStream err;
    private final Configuration hadoop;

    YarnCommands(PrintStream out, PrintStream err, Configuration hadoop) {
        this.out = out;
        this.err = err;
        this.hadoop = hadoop;
    }

    /**
     * The Hadoop configuration of the cluster to use: the class path's, plus the site files in
     * {@code $HADOOP_CONF_DIR} when it is set (scripts/eddy does not put that directory on the class path).
     */
    static Configuration hadoopConfiguration() {
        YarnConfiguration conf = new YarnConfiguration();
        String confDir = System.getenv("HADOOP_CONF_DIR");
        if (confDir != null && !confDir.isBlank()) {
            for (String site : List.of("core-site.xml", "hdfs-site.xml", "yarn-site.xml")) {
                Path file = Path.of(confDir, site);
                if (Files.isRegularFile(file)) {
                    conf.addResource(new org.apache.hadoop.fs.Path(file.toUri()));
                }
            }
        }
        return conf;
    }

    /** The options {@code run} has for {@code --target yarn}. */
    static Options runOptions() {
        Options options = new Options();
        options.addOption(Option.builder().longOpt("target").hasArg().argName("local|yarn")
                .desc("where the program runs: the embedded runtime (local, the default) or its own YARN application"
                        + " (yarn; the cluster of the Hadoop configuration, HADOOP_CONF_DIR)").build());
        options.addOption(Option.builder("d").longOpt("detached")
                .desc("yarn: print the application id and return once YARN has accepted the application").build());
        options.addOption(Option.builder().longOpt("name").hasArg().argName("NAME")
                .desc("yarn: the application's name (default: the program's)").build());
        options.addOption(Option.builder().longOpt("queue").hasArg().argName("QUEUE")
                .desc("yarn: the queue to submit to (default: default)").build());
        options.addOption(Option.builder().longOpt("slots").hasArg().argName("S")
                .desc("yarn: slots per TaskExecutor container (default " + DEFAULT_SLOTS + "); -p / S containers are started").build());
        options.addOption(Option.builder().longOpt("taskexecutor-memory").hasArg().argName("MB")
                .desc("yarn: memory of each TaskExecutor container (default " + DEFAULT_TASK_EXECUTOR_MEMORY_MB + ")").build());
        options.addOption(Option.builder().longOpt("taskexecutor-vcores").hasArg().argName("N")
                .desc("yarn: virtual cores of each TaskExecutor container (default: its slots)").build());
        options.addOption(Option.builder().longOpt("master-memory").hasArg().argName("MB")
                .desc("yarn: memory of the ApplicationMaster's container (default " + DEFAULT_MASTER_MEMORY_MB + ")").build());
        options.addOption(Option.builder().longOpt("max-attempts").hasArg().argName("N")
                .desc("yarn: how often YARN may start the ApplicationMaster; a new attempt reruns the program (default 2)").build());
        options.addOption(Option.builder("D").hasArg().argName("key=value")
                .desc("yarn: a cluster setting for the JobManager and TaskExecutors (repeatable)").build());
        return options;
    }

    /** The {@code run} options that apply to {@code --target yarn} only. */
    static final List<String> YARN_ONLY = List.of("detached", "name", "queue", "slots", "taskexecutor-memory",
            "taskexecutor-vcores", "master-memory", "max-attempts", "D");

    /**
     * Runs {@code program} in its own application; see the class comment.
     *
     * @param programJar the program's jar, or null for an example of this distribution
     */
    int run(CommandLine line, String program, Path programJar, String mainClass, String mainClassName,
            String[] programArgs, int parallelism, CancelOnSignal cancellation) throws UsageException {
        int p = parallelism > 0 ? parallelism : 1;
        int slots = positive(line, "slots", DEFAULT_SLOTS);
        int taskExecutors = (p + slots - 1) / slots;
        SessionSpec.Builder spec = SessionSpec.builder()
                .name(line.getOptionValue("name", "Eddy: " + mainClassName))
                .queue(line.getOptionValue("queue", "default"))
                .tag("eddy")
                .maxAttempts(positive(line, "max-attempts", 2))
                .master(positive(line, "master-memory", DEFAULT_MASTER_MEMORY_MB), 1)
                .taskExecutors(taskExecutors)
                .taskExecutorContainer(positive(line, "taskexecutor-memory", DEFAULT_TASK_EXECUTOR_MEMORY_MB),
                        positive(line, "taskexecutor-vcores", slots))
                .slotsPerTaskExecutor(slots);
        Map<String, String> settings = new java.util.LinkedHashMap<>(DEFAULT_SETTINGS);
        for (String setting : line.getOptionValues("D") == null ? new String[0] : line.getOptionValues("D")) {
            int equals = setting.indexOf('=');
            if (equals <= 0) {
                throw new UsageException("run: -D needs key=value, got '" + setting + "'");
            }
            settings.put(setting.substring(0, equals).trim(), setting.substring(equals + 1).trim());
        }
        settings.forEach(spec::setting);
        Path distribution = distributionJar();
        if (distribution != null) {
            LOG.info("Shipping the distribution jar {}", distribution);
            spec.ship(distribution);
        } else {
            err.println("eddy: warning: not running from eddy-dist.jar, so none is shipped; the cluster's"
                    + " yarn.application.classpath must hold Eddy");
        }
        ProgramSpec programSpec = new ProgramSpec(programJar == null ? program
                : ProgramSpec.jarLinkName(programJar.getFileName().toString()),
                programJar != null, mainClass, p, List.of(programArgs));
        boolean detached = line.hasOption("detached");
        try (YarnSessionClient client = new YarnSessionClient(hadoop)) {
            ApplicationId id;
            try {
                id = client.submit(spec.build(), programSpec, programJar);
            } catch (IllegalArgumentException e) {
                err.println("eddy: run: " + e.getMessage());
                return EddyCli.EXIT_FAILURE;
            }
            if (detached) {
                out.println(id);
                out.flush();
                err.println("eddy: submitted " + id + " (" + taskExecutors + " TaskExecutor container(s) of " + slots
                        + " slot(s)); follow it with: eddy yarn status " + id);
                return EddyCli.EXIT_OK;
            }
            err.println("eddy: submitted " + id + "; Ctrl-C kills it");
            Runnable kill = () -> {
                try {
                    client.kill(id);
                } catch (Exception e) {
                    LOG.warn("Could not kill {}", id, e);
                }
            };
            CancelOnSignal.onCancel(kill);
            ApplicationReport report;
            try {
                report = client.awaitEnd(id, this::statusLine);
            } finally {
                CancelOnSignal.removeOnCancel(kill);
            }
            if (cancellation != null && cancellation.isCancelling()) {
                return EddyCli.EXIT_FAILURE;
            }
            return ended(report);
        } catch (IOException | YarnException e) {
            FAILURES.error("Could not run {} on YARN", mainClassName, e);
            err.println("eddy: run: YARN: " + EddyCli.rootCauseMessage(e));
            return EddyCli.EXIT_FAILURE;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return EddyCli.EXIT_FAILURE;
        }
    }

    private void statusLine(ApplicationReport report) {
        StringBuilder line = new StringBuilder("eddy: ").append(report.getApplicationId()).append(' ')
                .append(report.getYarnApplicationState());
        if (report.getYarnApplicationState() == YarnApplicationState.RUNNING) {
            line.append(String.format(Locale.ROOT, " %d%%", Math.round(report.getProgress() * 100)));
            if (report.getTrackingUrl() != null && !report.getTrackingUrl().isBlank()) {
                line.append(" (tracking ").append(report.getTrackingUrl()).append(')');
            }
        }
        err.println(line);
        err.flush();
    }

    /** The exit code for an application's final report, with its diagnostics when it did not succeed. */
    private int ended(ApplicationReport report) {
        ApplicationId id = report.getApplicationId();
        FinalApplicationStatus status = report.getFinalApplicationStatus();
        if (report.getYarnApplicationState() == YarnApplicationState.FINISHED && status == FinalApplicationStatus.SUCCEEDED) {
            err.println("eddy: " + id + " SUCCEEDED; the program's output: yarn logs -applicationId " + id
                    + " -log_files jobmanager.out");
            return EddyCli.EXIT_OK;
        }
        String diagnostics = report.getDiagnostics() == null ? "" : report.getDiagnostics().trim();
        err.println("eddy: " + id + " " + (status == FinalApplicationStatus.UNDEFINED ? report.getYarnApplicationState() : status)
                + (diagnostics.isEmpty() ? "" : ": " + diagnostics));
        err.println("eddy: logs: yarn logs -applicationId " + id);
        return EddyCli.EXIT_FAILURE;
    }

    /** {@code yarn status|kill|list}. */
    int yarn(String[] args) throws UsageException {
        if (args.length == 0) {
            throw new UsageException("yarn: missing the subcommand: status <application id>, kill <application id> or list");
        }
        String sub = args[0];
        try (YarnSessionClient client = new YarnSessionClient(hadoop)) {
            switch (sub) {
                case "status":
                    return status(client, applicationId(sub, args));
                case "kill":
                    return kill(client, applicationId(sub, args));
                case "list":
                    if (args.length != 1) {
                        throw new UsageException("yarn list takes no arguments");
                    }
                    return list(client);
                default:
                    throw new UsageException("yarn: unknown subcommand '" + sub + "': use status, kill or list");
            }
        } catch (IOException | YarnException e) {
            FAILURES.error("yarn {} failed", sub, e);
            err.println("eddy: yarn " + sub + ": " + EddyCli.rootCauseMessage(e));
            return EddyCli.EXIT_FAILURE;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return EddyCli.EXIT_FAILURE;
        }
    }

    private static ApplicationId applicationId(String sub, String[] args) throws UsageException {
        if (args.length != 2) {
            throw new UsageException("yarn " + sub + " takes one application id, e.g. application_1700000000000_0001");
        }
        try {
            return ApplicationId.fromString(args[1]);
        } catch (IllegalArgumentException e) {
            throw new UsageException("yarn " + sub + ": '" + args[1] + "' is no application id (application_<cluster>_<n>)");
        }
    }

    /** Prints the report as {@code key: value} lines; exit 0 when the application is known. */
    private int status(YarnSessionClient client, ApplicationId id) throws IOException, YarnException {
        ApplicationReport report;
        try {
            report = client.yarnClient().getApplicationReport(id);
        } catch (ApplicationNotFoundException e) {
            err.println("eddy: yarn status: no application " + id);
            return EddyCli.EXIT_FAILURE;
        }
        out.println("application: " + id);
        out.println("name: " + report.getName());
        out.println("type: " + report.getApplicationType());
        out.println("queue: " + report.getQueue());
        out.println("state: " + report.getYarnApplicationState());
        out.println("final-status: " + report.getFinalApplicationStatus());
        out.println(String.format(Locale.ROOT, "progress: %d%%", Math.round(report.getProgress() * 100)));
        out.println("tracking-url: " + report.getTrackingUrl());
        String diagnostics = report.getDiagnostics() == null ? "" : report.getDiagnostics().trim();
        out.println("diagnostics: " + diagnostics.replace('\n', ' '));
        out.flush();
        return EddyCli.EXIT_OK;
    }

    private int kill(YarnSessionClient client, ApplicationId id) throws IOException, YarnException, InterruptedException {
        ApplicationReport report;
        try {
            report = client.yarnClient().getApplicationReport(id);
        } catch (ApplicationNotFoundException e) {
            err.println("eddy: yarn kill: no application " + id);
            return EddyCli.EXIT_FAILURE;
        }
        if (YarnSessionClient.ENDED.contains(report.getYarnApplicationState())) {
            err.println("eddy: yarn kill: " + id + " has ended already: " + report.getYarnApplicationState() + " "
                    + report.getFinalApplicationStatus());
            return EddyCli.EXIT_OK;
        }
        report = client.kill(id);
        err.println("eddy: " + id + " " + report.getYarnApplicationState());
        return EddyCli.EXIT_OK;
    }

    private int list(YarnSessionClient client) throws IOException, YarnException {
        List<ApplicationReport> reports = new ArrayList<>(client.yarnClient().getApplications(
                Set.of(SessionStaging.APPLICATION_TYPE),
                EnumSet.complementOf(EnumSet.copyOf(YarnSessionClient.ENDED))));
        reports.sort(java.util.Comparator.comparing(ApplicationReport::getApplicationId));
        out.println(String.format(Locale.ROOT, "%-32s %-10s %-9s %s", "APPLICATION", "STATE", "PROGRESS", "NAME"));
        for (ApplicationReport report : reports) {
            out.println(String.format(Locale.ROOT, "%-32s %-10s %8d%% %s", report.getApplicationId(),
                    report.getYarnApplicationState(), Math.round(report.getProgress() * 100), report.getName()));
        }
        out.flush();
        return EddyCli.EXIT_OK;
    }

    /**
     * The jar this command line runs from, which the containers need (the ApplicationMaster, the
     * TaskExecutors and the examples are in it); null when running from class directories (tests),
     * where the cluster's {@code yarn.application.classpath} must provide Eddy. Under {@code yarn jar}
     * the classes come from Hadoop's unpacked copy of the jar, and the jar itself is among the class
     * loader's URLs.
     */
    static Path distributionJar() {
        String self = YarnCommands.class.getName().replace('.', '/') + ".class";
        try {
            Path source = Path.of(YarnCommands.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (isJarWith(source, self)) {
                return source;
            }
            for (ClassLoader loader = YarnCommands.class.getClassLoader(); loader != null; loader = loader.getParent()) {
                if (loader instanceof java.net.URLClassLoader urls) {
                    for (java.net.URL url : urls.getURLs()) {
                        if ("file".equals(url.getProtocol()) && isJarWith(Path.of(url.toURI()), self)) {
                            return Path.of(url.toURI());
                        }
                    }
                }
            }
        } catch (URISyntaxException | RuntimeException e) {
            LOG.debug("Cannot tell where this command line's jar is", e);
        }
        return null;
    }

    private static boolean isJarWith(Path file, String entry) {
        if (!Files.isRegularFile(file) || !file.toString().endsWith(".jar")) {
            return false;
        }
        try (java.util.jar.JarFile jar = new java.util.jar.JarFile(file.toFile())) {
            return jar.getEntry(entry) != null;
        } catch (IOException e) {
            return false;
        }
    }

    private static int positive(CommandLine line, String option, int fallback) throws UsageException {
        String value = line.getOptionValue(option);
        if (value == null) {
            return fallback;
        }
        try {
            int parsed = Integer.parseInt(value.trim());
            if (parsed > 0) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new UsageException("run: --" + option + " needs a positive integer, got '" + value + "'");
    }

    void printHelp() {
        out.println("Usage: eddy run --target yarn [-p N] [options] <jar | example> [program arguments]");
        out.println("       eddy yarn status <application id> | kill <application id> | list");
        out.println();
        PrintWriter writer = new PrintWriter(out);
        new HelpFormatter().printOptions(writer, 100, runOptions(), 2, 4);
        writer.flush();
        out.println();
        out.println("The cluster is the one of the Hadoop configuration (yarn jar's, or HADOOP_CONF_DIR's).");
        out.flush();
    }

    /** Whether {@code line} asks for YARN; a usage error for targets that do not exist. */
    static boolean isYarn(CommandLine line) throws UsageException {
        String target = line.getOptionValue("target", "local").trim().toLowerCase(Locale.ROOT);
        switch (target) {
            case "local":
                for (String option : YARN_ONLY) {
                    if (line.hasOption(option)) {
                        throw new UsageException("run: " + (option.length() == 1 ? "-" : "--") + option
                                + " applies to --target yarn");
                    }
                }
                return false;
            case "yarn":
                return true;
            default:
                throw new UsageException("run: unknown target '" + target + "': use local or yarn"
                        + " (a standalone cluster is --cluster host:port)");
        }
    }
}
