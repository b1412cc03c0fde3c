package io.eddy.cli;

import io.eddy.api.ExecutionEnvironment;
import io.eddy.api.RemoteEnvironment;
import io.eddy.api.configuration.Configuration;
import io.eddy.client.ClusterExecutor;
import io.eddy.client.PlanCapturingEnvironment;
import io.eddy.client.ProgramAbortException;
import io.eddy.client.explain.PlanHtml;
import io.eddy.client.explain.PlanTree;
import io.eddy.gelly.command.GraphCommand;
import io.eddy.runtime.cluster.ClusterClient;
import io.eddy.runtime.rpc.RpcException;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.DefaultParser;
import org.apache.commons.cli.HelpFormatter;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.apache.commons.cli.ParseException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@code eddy} command line.
 *
 * <pre>
 * eddy run  [-p N] [-c MainClass] [--cluster host:port] &lt;jar | example&gt; [program arguments]
 * eddy plan [-p N] [-c MainClass] [--json] [--html FILE] &lt;jar | example&gt; [program arguments]
 * eddy new-project &lt;dir&gt; [--package com.example] [--name my-job]
 * eddy cluster start [--taskexecutors N] [--slots S] [--managed-memory SIZE] [key=value ...] | cluster stop
 * eddy list [--cluster [host:port]] | cancel [--cluster host:port] &lt;job id&gt;
 * eddy run --target yarn [-p N] [--detached] [yarn options] &lt;jar | example&gt; [program arguments]
 * eddy yarn status|kill &lt;application id&gt; | yarn list
 * eddy graph &lt;algorithm&gt; --input FILE [--vertices FILE] --output DIR [--directed] [options]
 * eddy list-examples | help [command] | --help | --version
 * </pre>
 *
 * <p>{@code run} installs a context environment that creates local environments with the requested
 * parallelism, then calls the program's {@code main}; {@code plan} installs one
 * {@link PlanCapturingEnvironment}, whose {@code execute()} records the plan and stops the program,
 * and shows that plan: as an indented text tree ({@link PlanTree}) by default, as the raw plan JSON
 * with {@code --json}, and with {@code --html FILE} it writes a self-contained page that draws the
 * plan ({@link PlanHtml}) instead of printing the tree. Exit codes: 0 success, 1 the program or its
 * job failed, 2 usage error, 130 and 143 when SIGINT or SIGTERM cancelled the job
 * ({@link CancelOnSignal}). On a failure stderr gets one line ({@link FailureReport}: the cause, the
 * operator and where the program created it, the function's class); the stack trace goes to the
 * log ({@value #FAILURE_LOGGER}), never to stdout, which belongs to the program.
 *
 * <p>{@code run --cluster host:port} installs a context environment that creates
 * {@link RemoteEnvironment}s instead, which submit the program's jobs, with the program's jar, to
 * a standalone cluster; {@code cluster}, {@code list} and {@code cancel} are {@link ClusterCommands}.
 * {@code run --target yarn} and {@code yarn} are {@link YarnCommands}: the program then runs in its
 * own YARN application. {@code graph} runs an LDBC Graphalytics algorithm on files in the benchmark's
 * formats, or an algorithm of Gelly's library on an edge list ({@link GraphCommand}, in Gelly), on
 * the embedded local runtime.
 *
 * <p>All logic is in {@link #run(String...)}, which returns the exit code; only {@link #main} exits.
 */
public final class EddyCli {

    /** Exit code: the command succeeded. */
    public static final int EXIT_OK = 0;
    /** Exit code: the program threw, or its job failed. */
    public static final int EXIT_FAILURE = 1;
    /** Exit code: the command line was wrong (unknown command, missing jar, bad option). */
    public static final int EXIT_USAGE = 2;

    /** The logger that receives failures' stack traces; the distribution sends it to a file. */
    public static final String FAILURE_LOGGER = "io.eddy.cli.failures";

    /** The system property naming the log file, mentioned in failure messages when set. */
    public static final String LOG_FILE_PROPERTY = "eddy.log.file";

    private static final Logger LOG = LoggerFactory.getLogger(EddyCli.class);
    private static final Logger FAILURES = LoggerFactory.getLogger(FAILURE_LOGGER);

    private static final String HELP_HINT = " (see 'eddy --help')";

    private final PrintStream out;
    private final PrintStream err;
    private final ExampleRegistry examples;
    private final ClassLoader classLoader;
    /** Set by {@link #main}: SIGINT and SIGTERM cancel the job, and its failure is then no failure. */
    private CancelOnSignal cancellation;
    /** Where {@code cluster start} records its cluster; null: {@code $EDDY_CLUSTER_DIR} or its default. */
    private ClusterDirectory clusterDirectory;
    /** Whether the cluster starts TaskExecutors when jobs ask for slots (a YARN application's does). */
    private boolean slotsOnDemand;
    /** The YARN cluster's configuration; null: the class path's and {@code HADOOP_CONF_DIR}'s. */
    private org.apache.hadoop.conf.Configuration hadoopConfiguration;

    /**
     * @param out where help, listings and plans go
     * @param err where the one-line errors go
     * @param examples the programs known by name
     * @param classLoader loads examples, and is the parent of user jars' loaders
     */
    public EddyCli(PrintStream out, PrintStream err, ExampleRegistry examples, ClassLoader classLoader) {
        this.out = out;
        this.err = err;
        this.examples = examples;
        this.classLoader = classLoader;
    }

    /** Uses {@code directory} instead of {@code $EDDY_CLUSTER_DIR} for the cluster commands (for tests). */
    EddyCli withClusterDirectory(Path directory) {
        this.clusterDirectory = new ClusterDirectory(directory);
        return this;
    }

    private ClusterDirectory clusterDirectory() {
        return clusterDirectory != null ? clusterDirectory : ClusterDirectory.fromEnvironment();
    }

    private ClusterCommands clusterCommands() {
        return new ClusterCommands(out, err, clusterDirectory());
    }

    /** Reads the Hadoop configuration, so only for the commands that use YARN. */
    private YarnCommands yarnCommands() {
        return new YarnCommands(out, err, hadoopConfiguration != null ? hadoopConfiguration
                : YarnCommands.hadoopConfiguration());
    }

    /** For a cluster that starts TaskExecutors on demand: no warning that a job wants more slots than it has. */
    EddyCli withSlotsOnDemand() {
        this.slotsOnDemand = true;
        return this;
    }

    /** Uses {@code conf} instead of the class path's and {@code HADOOP_CONF_DIR}'s to reach YARN (for tests). */
    EddyCli withHadoopConfiguration(org.apache.hadoop.conf.Configuration conf) {
        this.hadoopConfiguration = conf;
        return this;
    }

    public static void main(String[] args) {
        EddyCli cli = new EddyCli(System.out, System.err, ExampleRegistry.builtIn(), EddyCli.class.getClassLoader());
        cli.cancellation = CancelOnSignal.install(System.err);
        int exitCode = cli.cancellation.exitCode(cli.run(args));
        System.out.flush();
        System.exit(exitCode);
    }

    /** Runs one command and returns its exit code ({@link #EXIT_OK}, {@link #EXIT_FAILURE}, {@link #EXIT_USAGE}). */
    public int run(String... args) {
        try {
            return dispatch(args);
        } catch (UsageException e) {
            err.println("eddy: " + e.getMessage() + HELP_HINT);
            return EXIT_USAGE;
        }
    }

    private int dispatch(String[] args) throws UsageException {
        if (args.length == 0) {
            throw new UsageException("missing command");
        }
        String command = args[0];
        String[] rest = Arrays.copyOfRange(args, 1, args.length);
        switch (command) {
            case "run":
                return runOrPlan(rest, false);
            case "plan":
                return runOrPlan(rest, true);
            case "new-project":
                return newProject(rest);
            case "cluster":
                return clusterCommands().cluster(rest);
            case "list":
                return clusterCommands().list(rest);
            case "cancel":
                return clusterCommands().cancel(rest);
            case "yarn":
                if (rest.length == 1 && (rest[0].equals("--help") || rest[0].equals("-h"))) {
                    new YarnCommands(out, err, null).printHelp();
                    return EXIT_OK;
                }
                return yarnCommands().yarn(rest);
            case "graph":
                return graph(rest);
            case "list-examples":
                expectNoArguments(command, rest);
                return listExamples();
            case "help":
            case "--help":
            case "-h":
                return help(rest);
            case "--version":
            case "-V":
            case "version":
                expectNoArguments(command, rest);
                out.println("Eddy " + version() + " (Java " + System.getProperty("java.version") + ")");
                return EXIT_OK;
            default:
                throw new UsageException(command.startsWith("-")
                        ? "unknown option '" + command + "'"
                        : "unknown command '" + command + "'");
        }
    }

    // ---------------------------------------------------------------------------------------------
    // run and plan
    // ---------------------------------------------------------------------------------------------

    private static Options programOptions() {
        Options options = new Options();
        options.addOption(Option.builder("p").longOpt("parallelism").hasArg().argName("N")
                .desc("default parallelism of the program's operators (default: the number of cores)").build());
        options.addOption(Option.builder("c").longOpt("class").hasArg().argName("MainClass")
                .desc("the program's main class (default: the Main-Class of the jar's manifest)").build());
        options.addOption(Option.builder("h").longOpt("help").desc("show this command's options").build());
        return options;
    }

    /** The options only {@code plan} has: how to show the plan. */
    private static Options planOutputOptions() {
        Options options = new Options();
        options.addOption(Option.builder().longOpt("json")
                .desc("print the plan as JSON instead of as a tree").build());
        options.addOption(Option.builder().longOpt("html").hasArg().argName("FILE")
                .desc("write the plan as a self-contained HTML page that draws it; the tree is not printed").build());
        return options;
    }

    private static Options runOptions() {
        Options options = programOptions();
        options.addOption(Option.builder("q").longOpt("quiet")
                .desc("no progress line on stderr while the job runs").build());
        clusterRunOptions().getOptions().forEach(options::addOption);
        YarnCommands.runOptions().getOptions().forEach(options::addOption);
        return options;
    }

    /** The options only {@code run} has: where the standalone cluster is. */
    private static Options clusterRunOptions() {
        Options options = new Options();
        options.addOption(Option.builder().longOpt("cluster").hasArg().argName("host:port")
                .desc("run on the standalone cluster whose JobManager is at host:port (eddy cluster start prints it);"
                        + " without -p the job uses all of its slots").build());
        options.addOption(ClusterCommands.secretFileOption());
        return options;
    }

    private static Options planOptions() {
        Options options = programOptions();
        planOutputOptions().getOptions().forEach(options::addOption);
        return options;
    }

    /** How {@code plan} shows the plan: JSON or the tree on stdout, and optionally a page. */
    private record PlanOutput(boolean json, Path htmlFile) {}

    private int runOrPlan(String[] args, boolean planOnly) throws UsageException {
        String command = planOnly ? "plan" : "run";
        CommandLine line;
        try {
            // Stop at the program: everything after it belongs to the program, even "-p".
            line = new DefaultParser().parse(planOnly ? planOptions() : runOptions(), args, true);
        } catch (ParseException e) {
            throw new UsageException(command + ": " + e.getMessage());
        }
        if (line.hasOption("h")) {
            printCommandHelp(command);
            return EXIT_OK;
        }
        // checked first: "--cluster wordcount" takes the program as the address
        String clusterAddress = line.hasOption("cluster")
                ? ClusterCommands.checkAddress(command, line.getOptionValue("cluster")) : null;
        if (line.hasOption("secret-file") && clusterAddress == null) {
            throw new UsageException(command + ": --secret-file applies to --cluster");
        }
        boolean yarn = !planOnly && YarnCommands.isYarn(line);
        if (yarn && clusterAddress != null) {
            throw new UsageException(command + ": --cluster and --target yarn exclude each other");
        }
        List<String> positional = line.getArgList();
        if (positional.isEmpty()) {
            throw new UsageException(command + ": missing the program: a jar file or an example name");
        }
        String target = positional.get(0);
        if (target.startsWith("-")) {
            throw new UsageException(command + ": unknown option '" + target + "'");
        }
        int parallelism = parseParallelism(line.getOptionValue("p"));
        PlanOutput planOutput = planOnly ? planOutput(line) : null;
        String[] programArgs = positional.subList(1, positional.size()).toArray(new String[0]);
        Optional<ExampleRegistry.Example> example = looksLikePath(target) ? Optional.empty() : examples.find(target);
        List<String> programArgList = Arrays.asList(programArgs);
        if (example.isPresent() && (programArgList.contains("--help") || programArgList.contains("-h"))) {
            out.print(example.get().usage(command));
            out.flush();
            return EXIT_OK;
        }
        warnAboutOptionsAfterProgram(command, Arrays.copyOfRange(args, 0, args.length - positional.size()),
                target, programArgs, planOnly);

        PackagedProgram program;
        try {
            program = load(target, example, line.getOptionValue("c"), programArgs);
        } catch (ProgramLoadException e) {
            FAILURES.debug("Could not load the program {}", target, e);
            throw new UsageException(command + ": " + e.getMessage());
        }
        try (program) {
            if (planOnly) {
                return plan(program, parallelism, planOutput);
            }
            if (yarn) {
                Path jar = example.isPresent() ? null : Path.of(target).toAbsolutePath();
                return yarnCommands().run(line, target, jar, line.getOptionValue("c"), program.getMainClassName(),
                        programArgs, parallelism, cancellation);
            }
            if (clusterAddress != null) {
                Path secretFile = line.hasOption("secret-file") ? Path.of(line.getOptionValue("secret-file"))
                        : clusterDirectory().secretFile();
                // an example is on the cluster's class path already, as the cluster runs this distribution
                String jar = example.isPresent() ? null : new File(target).getAbsolutePath();
                return executeOnCluster(program, new ClusterTarget(clusterAddress, secretFile, jar), parallelism,
                        line.hasOption("q"));
            }
            return execute(program, parallelism, line.hasOption("q"));
        }
    }

    private static PlanOutput planOutput(CommandLine line) throws UsageException {
        Path htmlFile = null;
        if (line.hasOption("html")) {
            String value = line.getOptionValue("html");
            if (value == null || value.isBlank() || value.startsWith("-")) {
                throw new UsageException("plan: --html needs the file to write, e.g. --html plan.html");
            }
            htmlFile = Path.of(value);
        }
        return new PlanOutput(line.hasOption("json"), htmlFile);
    }

    /**
     * Everything after the program belongs to the program, so {@code eddy run wordcount -p 1} passes
     * {@code -p 1} to WordCount and the job runs at the default parallelism. That is easy to miss;
     * this says so on stderr (the program still receives the option) and shows the command meant.
     */
    private void warnAboutOptionsAfterProgram(String command, String[] cliArgs, String target, String[] programArgs,
            boolean planOnly) {
        List<String> misplaced = new ArrayList<>();
        List<String> kept = new ArrayList<>();
        for (int i = 0; i < programArgs.length; i++) {
            String arg = programArgs[i];
            int taken = cliOptionLength(arg, planOnly, i + 1 < programArgs.length);
            List<String> into = taken > 0 ? misplaced : kept;
            into.add(arg);
            if (taken == 2) {
                into.add(programArgs[++i]);
            }
        }
        if (misplaced.isEmpty()) {
            return;
        }
        List<String> meant = new ArrayList<>(List.of("eddy", command));
        meant.addAll(Arrays.asList(cliArgs));
        meant.addAll(misplaced);
        meant.add(target);
        meant.addAll(kept);
        err.println("eddy: warning: '" + String.join(" ", misplaced) + "' after the program name is passed to the"
                + " program; put CLI options before it: " + String.join(" ", meant));
        err.flush();
    }

    /**
     * How many arguments, starting at {@code arg}, form an option of run (or plan) that the command
     * line would have taken before the program: 0 (not one), 1 ({@code --json}, {@code -p4},
     * {@code --parallelism=4}) or 2 ({@code -p 4}). {@code --help} is left out: after the program it
     * asks the program (or an example) for its usage.
     */
    private static int cliOptionLength(String arg, boolean planOnly, boolean hasNext) {
        if (!arg.startsWith("-")) {
            return 0;
        }
        Options options = planOnly ? planOptions() : programOptions();
        if (!planOnly) {
            clusterRunOptions().getOptions().forEach(options::addOption);
            YarnCommands.runOptions().getOptions().forEach(options::addOption);
        }
        Option option;
        boolean valueAttached;
        if (arg.startsWith("--")) {
            String body = arg.substring(2);
            int equals = body.indexOf('=');
            option = longOption(options, equals >= 0 ? body.substring(0, equals) : body);
            valueAttached = equals >= 0;
        } else {
            String letter = arg.length() > 1 ? arg.substring(1, 2) : "";
            option = options.hasShortOption(letter) ? options.getOption(letter) : null;
            valueAttached = arg.length() > 2;
        }
        if (option == null || "help".equals(option.getLongOpt()) || valueAttached && !option.hasArg()) {
            return 0;
        }
        return option.hasArg() && !valueAttached && hasNext ? 2 : 1;
    }

    private static Option longOption(Options options, String longName) {
        for (Option option : options.getOptions()) {
            if (longName.equals(option.getLongOpt())) {
                return option;
            }
        }
        return null;
    }

    private PackagedProgram load(String target, Optional<ExampleRegistry.Example> example, String mainClass,
            String[] programArgs) throws ProgramLoadException, UsageException {
        if (example.isPresent()) {
            if (mainClass != null) {
                throw new UsageException("-c applies to jar files; '" + target + "' is an example");
            }
            if (!isLoadable(example.get().className())) {
                throw new UsageException("the example '" + target + "' is not in this build (class "
                        + example.get().className() + " not found)");
            }
            return PackagedProgram.fromClassName(example.get().className(), programArgs, classLoader);
        }
        File jar = new File(target);
        if (!jar.isFile() && !looksLikePath(target)) {
            throw new UsageException("no such jar file or example: '" + target + "'");
        }
        return PackagedProgram.fromJar(jar, mainClass, programArgs, classLoader);
    }

    private static boolean looksLikePath(String target) {
        return target.endsWith(".jar") || target.indexOf('/') >= 0 || target.indexOf(File.separatorChar) >= 0;
    }

    /** -1 when not given: the environment's own default. */
    private static int parseParallelism(String value) throws UsageException {
        if (value == null) {
            return -1;
        }
        int parallelism;
        try {
            parallelism = Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new UsageException("invalid parallelism '" + value + "': expected a positive integer");
        }
        if (parallelism < 1) {
            throw new UsageException("invalid parallelism '" + value + "': expected a positive integer");
        }
        return parallelism;
    }

    private int execute(PackagedProgram program, int parallelism, boolean quiet) {
        ProgressReporter progress = ProgressReporter.fromEnvironment(err, quiet);
        progress.quietenConsoleLog();
        LOG.info("Running {} with parallelism {}", program.getMainClassName(),
                parallelism > 0 ? parallelism : "of the local environment (number of cores)");
        return invokeIn(program, () -> {
            ExecutionEnvironment environment = parallelism > 0
                    ? ExecutionEnvironment.createLocalEnvironment(parallelism)
                    : ExecutionEnvironment.createLocalEnvironment();
            environment.registerJobListener(progress);
            return environment;
        }, "");
    }

    /** Runs the program with {@code environments} behind its {@code getExecutionEnvironment()}; the exit code. */
    private int invokeIn(PackagedProgram program, io.eddy.api.ExecutionEnvironmentFactory environments, String where) {
        long start = System.nanoTime();
        ExecutionEnvironment.initializeContextEnvironment(environments);
        try {
            program.invoke();
        } catch (Throwable t) {
            return reportFailure(program, t);
        } finally {
            ExecutionEnvironment.resetContextEnvironment();
        }
        LOG.info("{} finished{} in {} ms", program.getMainClassName(), where, (System.nanoTime() - start) / 1_000_000);
        return EXIT_OK;
    }

    /** Where {@code run --cluster} sends the program's jobs, and the jar to ship (null for an example). */
    private record ClusterTarget(String address, Path secretFile, String jar) {}

    private int executeOnCluster(PackagedProgram program, ClusterTarget cluster, int parallelism, boolean quiet) {
        byte[] secret;
        try {
            secret = ClusterClient.readSecret(cluster.secretFile());
        } catch (IOException | IllegalArgumentException e) {
            FAILURES.debug("Cannot read the secret {}", cluster.secretFile(), e);
            err.println("eddy: run: cannot read the cluster's secret " + cluster.secretFile() + ": " + rootCauseMessage(e)
                    + (Files.exists(cluster.secretFile()) ? "" : " (start a cluster with 'eddy cluster start', or give --secret-file)"));
            return EXIT_FAILURE;
        }
        // Asking for the cluster's slots first checks the address and the secret before the program
        // runs, and gives the parallelism that uses the whole cluster when -p is not given.
        io.eddy.runtime.rpc.RpcSecurity.Tls tls;
        try {
            tls = clusterDirectory().tls();
        } catch (IOException e) {
            err.println("eddy: run: cannot read the cluster's TLS settings: " + rootCauseMessage(e));
            return EXIT_FAILURE;
        }
        int slots;
        try (ClusterClient client = ClusterClient.connect(cluster.address(), secret, tls)) {
            slots = client.list().slots();
        } catch (RpcException e) {
            FAILURES.debug("Cannot reach the cluster at {}", cluster.address(), e);
            err.println("eddy: run: " + ClusterCommands.describe(e, cluster.address(), cluster.secretFile()));
            return EXIT_FAILURE;
        }
        int effectiveParallelism = parallelism > 0 ? parallelism : Math.max(1, slots);
        if (effectiveParallelism > slots && !slotsOnDemand) {
            err.println("eddy: warning: parallelism " + effectiveParallelism + " is more than the cluster's " + slots
                    + " slots; the job waits for enough free slots");
        }
        ProgressReporter progress = ProgressReporter.fromEnvironment(err, quiet);
        progress.quietenConsoleLog();
        LOG.info("Running {} on the cluster at {} with parallelism {}", program.getMainClassName(), cluster.address(),
                effectiveParallelism);
        int colon = cluster.address().lastIndexOf(':');
        String host = cluster.address().substring(0, colon);
        int port = Integer.parseInt(cluster.address().substring(colon + 1));
        Configuration configuration = new Configuration();
        configuration.setString(ClusterExecutor.SECRET_FILE, cluster.secretFile().toAbsolutePath().toString());
        if (tls != null) {
            configuration.setString(ClusterExecutor.TLS_TRUSTSTORE, tls.trustStore().toString());
            configuration.setString(ClusterExecutor.TLS_PASSWORD, new String(tls.trustStorePassword()));
        }
        String[] jars = cluster.jar() == null ? new String[0] : new String[] {cluster.jar()};
        return invokeIn(program, () -> {
            ExecutionEnvironment environment = new RemoteEnvironment(host, port, configuration, jars);
            environment.setParallelism(effectiveParallelism);
            environment.registerJobListener(progress);
            environment.registerJobListener(CancelOnSignal.remoteJobs());
            return environment;
        }, " on the cluster");
    }

    private int plan(PackagedProgram program, int parallelism, PlanOutput output) {
        int effectiveParallelism = parallelism > 0 ? parallelism : Runtime.getRuntime().availableProcessors();
        PlanCapturingEnvironment environment = new PlanCapturingEnvironment(effectiveParallelism);
        ExecutionEnvironment.initializeContextEnvironment(() -> environment);
        try {
            program.invoke();
        } catch (Throwable t) {
            if (!causedBy(t, ProgramAbortException.class)) {
                return reportFailure(program, t);
            }
        } finally {
            ExecutionEnvironment.resetContextEnvironment();
        }
        String captured = environment.getCapturedPlan();
        if (captured == null) {
            err.println("eddy: no plan: " + program.getMainClassName() + " ended without executing a job");
            return EXIT_FAILURE;
        }
        if (output.htmlFile() != null) {
            String title = program.getMainClassName() + " (parallelism " + effectiveParallelism + ")";
            try {
                Files.writeString(output.htmlFile(), PlanHtml.render(captured, title), StandardCharsets.UTF_8);
            } catch (IOException e) {
                FAILURES.debug("Could not write {}", output.htmlFile(), e);
                err.println("eddy: cannot write the plan page " + output.htmlFile() + ": " + rootCauseMessage(e));
                return EXIT_FAILURE;
            }
            // stdout stays free for --json; the note about the file is a message, like the build's.
            err.println("eddy: wrote the plan page " + output.htmlFile().toAbsolutePath());
        }
        if (output.json()) {
            out.println(captured);
        } else if (output.htmlFile() == null) {
            String tree;
            try {
                tree = PlanTree.render(captured);
            } catch (IllegalArgumentException e) {
                FAILURES.error("Cannot read the plan JSON of {}: {}", program.getMainClassName(), captured, e);
                err.println("eddy: cannot show the plan as a tree: " + e.getMessage() + " (try --json)");
                return EXIT_FAILURE;
            }
            out.print(tree);
        }
        out.flush();
        return EXIT_OK;
    }

    private int reportFailure(PackagedProgram program, Throwable t) {
        return reportFailure(program.getMainClassName(), t);
    }

    /** @param what the program's main class, or the command that ran the job */
    private int reportFailure(String what, Throwable t) {
        if (cancellation != null && cancellation.isCancelling()) {
            FAILURES.debug("The program {} ended after it was cancelled", what, t);
            return EXIT_FAILURE;
        }
        FAILURES.error("The program {} failed", what, t);
        String logFile = System.getProperty(LOG_FILE_PROPERTY);
        err.println("eddy: job failed: " + FailureReport.describe(t)
                + (logFile == null || logFile.isBlank() ? "" : "; stack trace in " + logFile));
        return EXIT_FAILURE;
    }

    /** The deepest cause's message, or its class name if it has none; on one line. */
    static String rootCauseMessage(Throwable t) {
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage();
        if (message == null || message.isBlank()) {
            message = root.getClass().getName();
        }
        return FailureReport.oneLine(message);
    }

    private static boolean causedBy(Throwable t, Class<? extends Throwable> type) {
        for (Throwable current = t; current != null; current = current.getCause()) {
            if (type.isInstance(current)) {
                return true;
            }
            if (current.getCause() == current) {
                break;
            }
        }
        return false;
    }

    // ---------------------------------------------------------------------------------------------
    // graph
    // ---------------------------------------------------------------------------------------------

    /**
     * {@code eddy graph}: Gelly's {@link GraphCommand} on local environments that show the progress
     * line, with failures reported as those of {@code run} (one line, stack trace in the log).
     */
    private int graph(String[] args) {
        ProgressReporter progress = ProgressReporter.fromEnvironment(err, false);
        progress.quietenConsoleLog();
        GraphCommand command = new GraphCommand(out, err, parallelism -> {
            ExecutionEnvironment environment = parallelism > 0
                    ? ExecutionEnvironment.createLocalEnvironment(parallelism)
                    : ExecutionEnvironment.createLocalEnvironment();
            environment.registerJobListener(progress);
            return environment;
        }, failure -> reportFailure("eddy graph " + String.join(" ", args), failure));
        return command.run(args);
    }

    // ---------------------------------------------------------------------------------------------
    // list-examples, help, version
    // ---------------------------------------------------------------------------------------------

    private int listExamples() {
        int width = 0;
        for (ExampleRegistry.Example example : examples.all()) {
            width = Math.max(width, example.name().length());
        }
        for (ExampleRegistry.Example example : examples.all()) {
            String missing = isLoadable(example.className()) ? "" : " [not in this build]";
            out.println(String.format(Locale.ROOT, "  %-" + width + "s  %s%s", example.name(), example.description(), missing));
            String synopsis = example.synopsis();
            out.println(String.format(Locale.ROOT, "  %-" + width + "s  arguments: %s", "",
                    synopsis.isEmpty() ? "none" : synopsis));
            out.println(String.format(Locale.ROOT, "  %-" + width + "s  (%s)", "", example.className()));
        }
        out.println();
        out.println("Run one with: eddy run [options] <name> [arguments]; its arguments: eddy run <name> --help");
        return EXIT_OK;
    }

    private boolean isLoadable(String className) {
        try {
            Class.forName(className, false, classLoader);
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    private int help(String[] args) throws UsageException {
        if (args.length == 0) {
            printHelp();
            return EXIT_OK;
        }
        if (args.length == 1 && (args[0].equals("run") || args[0].equals("plan"))) {
            printCommandHelp(args[0]);
            return EXIT_OK;
        }
        if (args.length == 1 && args[0].equals("new-project")) {
            printNewProjectHelp();
            return EXIT_OK;
        }
        if (args.length == 1 && args[0].equals("cluster")) {
            clusterCommands().printClusterHelp();
            return EXIT_OK;
        }
        if (args.length == 1 && (args[0].equals("list") || args[0].equals("cancel"))) {
            clusterCommands().printListCancelHelp();
            return EXIT_OK;
        }
        if (args.length == 1 && args[0].equals("yarn")) {
            new YarnCommands(out, err, null).printHelp();
            return EXIT_OK;
        }
        if (args.length == 1 && args[0].equals("graph")) {
            GraphCommand.printUsage(out);
            return EXIT_OK;
        }
        if (args.length == 1 && (args[0].equals("list-examples") || args[0].equals("help"))) {
            printHelp();
            return EXIT_OK;
        }
        throw new UsageException("help: unknown command '" + String.join(" ", args) + "'");
    }

    private void printHelp() {
        out.println("Usage: eddy <command> [options]");
        out.println();
        out.println("Commands:");
        out.println("  run [options] <jar | example> [program arguments]");
        out.println("        run a program on the embedded local runtime");
        out.println("  plan [options] <jar | example> [program arguments]");
        out.println("        show the program's execution plan without running it: a text tree,");
        out.println("        JSON (--json), or an HTML page that draws it (--html FILE)");
        out.println("  new-project <dir> [--package com.example] [--name my-job]");
        out.println("        write a Maven project for a job of your own: mvn package, then eddy run the jar");
        out.println("  cluster start [--taskexecutors N] [--slots S] [--managed-memory SIZE] [key=value ...]");
        out.println("        start a standalone cluster on this machine in the background; prints its host:port");
        out.println("  cluster stop      stop it");
        out.println("  run --cluster host:port [options] <jar | example> [program arguments]");
        out.println("        run a program on a standalone cluster");
        out.println("  list [--cluster [host:port]]");
        out.println("        list the cluster's jobs (default: the cluster 'cluster start' started)");
        out.println("  cancel [--cluster host:port] <job id>");
        out.println("        cancel a job on the cluster");
        out.println("  run --target yarn [-p N] [--detached] [options] <jar | example> [program arguments]");
        out.println("        run a program in its own YARN application (the cluster of HADOOP_CONF_DIR)");
        out.println("  yarn status <application id> | yarn kill <application id> | yarn list");
        out.println("        show, kill or list Eddy applications on YARN");
        out.println("  graph <algorithm> --input FILE [--vertices FILE] --output DIR [options]");
        out.println("        run an LDBC Graphalytics algorithm or a Gelly library algorithm (pagerank,");
        out.println("        connected-components, triangles, ...) on the embedded local runtime");
        out.println("  list-examples     list the example programs known by name, with their arguments");
        out.println("  help [command]    show this help, or the options of run, plan, new-project, cluster,");
        out.println("                    list, cancel, yarn or graph");
        out.println("  --version         print the version");
        out.println();
        printOptions(true);
        printClusterRunOptions();
        out.println();
        out.println("Options go before the program; everything after it is passed to the program.");
        out.println("Exit codes: 0 success, 1 the program or its job failed, 2 usage error, 130 or 143 cancelled by Ctrl-C or SIGTERM.");
        out.println();
        out.println("Examples:");
        out.println("  eddy run wordcount");
        out.println("  eddy run -p 4 my-job.jar --input in.txt --output out");
        out.println("  eddy plan -c com.example.MyJob my-job.jar");
        out.println("  eddy plan -p 2 --html q3.html tpch-q3");
        out.println("  eddy run wordcount --help");
        out.println("  eddy graph bfs --input g.e --vertices g.v --output out --directed --source-vertex 1");
        out.println("  eddy new-project my-job --package com.example.jobs");
        out.println("  eddy cluster start --taskexecutors 2 && eddy run --cluster 127.0.0.1:<port> wordcount");
        out.println("  yarn jar eddy-dist.jar run --target yarn -p 2 wordcount --input hdfs:///in --output hdfs:///out");
        out.flush();
    }

    private void printCommandHelp(String command) {
        out.println("Usage: eddy " + command + " [options] <jar | example> [program arguments]");
        out.println();
        printOptions(command.equals("plan"));
        if (command.equals("run")) {
            printClusterRunOptions();
        }
        out.flush();
    }

    private void printClusterRunOptions() {
        out.println("Options of run:");
        PrintWriter writer = new PrintWriter(out);
        Options options = clusterRunOptions();
        options.addOption(Option.builder("q").longOpt("quiet").desc("no progress line on stderr while the job runs").build());
        YarnCommands.runOptions().getOptions().forEach(options::addOption);
        new HelpFormatter().printOptions(writer, 100, options, 2, 4);
        writer.flush();
    }

    private void printOptions(boolean withPlanOptions) {
        out.println("Options of run and plan:");
        PrintWriter writer = new PrintWriter(out);
        HelpFormatter formatter = new HelpFormatter();
        formatter.printOptions(writer, 100, programOptions(), 2, 4);
        if (withPlanOptions) {
            writer.println("Options of plan:");
            formatter.printOptions(writer, 100, planOutputOptions(), 2, 4);
        }
        writer.flush();
    }

    // ---------------------------------------------------------------------------------------------
    // new-project
    // ---------------------------------------------------------------------------------------------

    private static Options newProjectOptions() {
        Options options = new Options();
        options.addOption(Option.builder().longOpt("package").hasArg().argName("name")
                .desc("the job's Java package, also the project's groupId (default: " + ProjectTemplate.DEFAULT_PACKAGE + ")")
                .build());
        options.addOption(Option.builder().longOpt("name").hasArg().argName("name")
                .desc("the project's artifactId, which names the jar (default: the directory's name)").build());
        options.addOption(Option.builder("h").longOpt("help").desc("show this command's options").build());
        return options;
    }

    private int newProject(String[] args) throws UsageException {
        CommandLine line;
        try {
            line = new DefaultParser().parse(newProjectOptions(), args);
        } catch (ParseException e) {
            throw new UsageException("new-project: " + e.getMessage());
        }
        if (line.hasOption("h")) {
            printNewProjectHelp();
            return EXIT_OK;
        }
        if (line.getArgList().size() != 1) {
            throw new UsageException(line.getArgList().isEmpty()
                    ? "new-project: missing the directory to create"
                    : "new-project: one directory expected, got '" + String.join(" ", line.getArgList()) + "'");
        }
        Path directory = Path.of(line.getArgList().get(0));
        ProjectTemplate template;
        try {
            template = new ProjectTemplate(line.getOptionValue("package", ProjectTemplate.DEFAULT_PACKAGE),
                    line.getOptionValue("name", ProjectTemplate.defaultName(directory)), version());
            template.writeTo(directory);
        } catch (IllegalArgumentException e) {
            throw new UsageException("new-project: " + e.getMessage());
        } catch (IOException e) {
            FAILURES.debug("Could not write the project {}", directory, e);
            err.println("eddy: new-project: cannot write " + directory + ": " + rootCauseMessage(e));
            return EXIT_FAILURE;
        }
        out.println("Created a Maven project in " + directory + " with the job " + template.mainClass() + ".");
        out.println("Build it and run it on Eddy:");
        out.println("  cd " + directory);
        out.println("  mvn package");
        out.println("  eddy run " + template.jarPath() + " [--input <path>] [--output <path>]");
        if (version().endsWith("-SNAPSHOT")) {
            out.println("It depends on Eddy " + version() + ", which Maven finds only once it is installed: run");
            out.println("'mvn install -DskipTests -pl dataset-api -am' in the Eddy source tree first.");
        }
        out.flush();
        return EXIT_OK;
    }

    private void printNewProjectHelp() {
        out.println("Usage: eddy new-project [options] <dir>");
        out.println();
        out.println("Writes a Maven project for a job of your own into <dir> (absent or empty): a pom that");
        out.println("depends on Eddy " + version() + " and a WordCount-like Job.java. 'mvn package' builds");
        out.println("target/<name>-" + ProjectTemplate.PROJECT_VERSION + ".jar; 'eddy run' runs it.");
        out.println();
        PrintWriter writer = new PrintWriter(out);
        new HelpFormatter().printOptions(writer, 100, newProjectOptions(), 2, 4);
        writer.flush();
    }

    private static void expectNoArguments(String command, String[] rest) throws UsageException {
        if (rest.length > 0) {
            throw new UsageException(command + " takes no arguments, got '" + String.join(" ", rest) + "'");
        }
    }

    /** The version the distribution was built as, from a resource Maven fills in. */
    static String version() {
        try (InputStream in = EddyCli.class.getResourceAsStream("version.properties")) {
            if (in == null) {
                return "(unknown version)";
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version", "(unknown version)");
        } catch (IOException e) {
            return "(unknown version)";
        }
    }
}
