package io.eddy.gelly.command;

import io.eddy.api.DataSet;
import io.eddy.api.ExecutionEnvironment;
import io.eddy.api.io.CsvParseException;
import io.eddy.api.tuple.Tuple2;
import io.eddy.api.types.NullValue;
import io.eddy.gelly.Graph;
import io.eddy.gelly.library.graphalytics.BreadthFirstSearch;
import io.eddy.gelly.library.graphalytics.CommunityDetectionLabelPropagation;
import io.eddy.gelly.library.graphalytics.GraphalyticsIO;
import io.eddy.gelly.library.graphalytics.LocalClusteringCoefficient;
import io.eddy.gelly.library.graphalytics.PageRank;
import io.eddy.gelly.library.graphalytics.SingleSourceShortestPaths;
import io.eddy.gelly.library.graphalytics.WeaklyConnectedComponents;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.IntFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@code eddy graph} command: runs one LDBC Graphalytics algorithm on files in the benchmark's
 * formats and writes its {@code vertexId value} result ({@link GraphalyticsIO}), or one algorithm
 * of Gelly's library ({@link LibraryAlgorithm}) on a text edge list ({@link LibraryJobs}).
 *
 * <pre>
 * eddy graph &lt;bfs|pr|wcc|cdlp|lcc|sssp&gt; --input &lt;file&gt; [--vertices &lt;file&gt;] --output &lt;dir&gt;
 *            [--directed] [--format evlp|adjacency] [-p N] [algorithm options]
 * eddy graph &lt;library algorithm&gt; --input &lt;edges&gt; [--vertices &lt;file&gt;] --output &lt;dir&gt;
 *            [--directed] [--delimiter C] [--ids long|string] [-p N] [algorithm options]
 * </pre>
 *
 * It lives in Gelly rather than in the distribution so the benchmark's validation cases can run through
 * it in this module's tests; the distribution's command line dispatches {@code graph} to
 * {@link #run(String...)}, passing how to create environments and how to report a failed job.
 * Exit codes follow the command line's: {@value #EXIT_OK} success, {@value #EXIT_FAILURE} the job
 * failed (e.g. malformed input), {@value #EXIT_USAGE} usage error. Usage errors print the reason and
 * the usage on stderr; {@code --help} prints the usage on stdout.
 */
public final class GraphCommand {

    public static final int EXIT_OK = 0;
    public static final int EXIT_FAILURE = 1;
    public static final int EXIT_USAGE = 2;

    private static final Logger LOG = LoggerFactory.getLogger(GraphCommand.class);

    /** Turns a failed job into its exit code, having told the user; the distribution logs and describes it its way. */
    @FunctionalInterface
    public interface FailureReporter {
        int report(Throwable failure);
    }

    /** The six algorithms, by their benchmark names, with the options each one takes. */
    enum Algorithm {
        BFS("breadth-first search", "--source-vertex"),
        PR("PageRank", "--iterations", "--damping-factor"),
        WCC("weakly connected components"),
        CDLP("community detection by label propagation", "--iterations", "--max-iterations"),
        LCC("local clustering coefficient"),
        SSSP("single-source shortest paths (edge weights from the third column)", "--source-vertex");

        final String description;
        final String[] options;

        Algorithm(String description, String... options) {
            this.description = description;
            this.options = options;
        }

        String cliName() {
            return name().toLowerCase(Locale.ROOT);
        }

        boolean takes(String option) {
            for (String o : options) {
                if (o.equals(option)) {
                    return true;
                }
            }
            return false;
        }
    }

    /** A wrong command line; the message is the one-line reason. */
    static final class UsageError extends Exception {
        private static final long serialVersionUID = 1L;

        UsageError(String message) {
            super(message, null, false, false);
        }
    }

    /** A parsed command line: an LDBC {@link Invocation} or a {@link LibraryInvocation}. */
    interface Parsed {
        String algorithmName();

        /** The result directory; null when an analytic only prints. */
        String output();

        /** 0: the default. */
        int parallelism();
    }

    /** A parsed command line for an LDBC algorithm. */
    record Invocation(Algorithm algorithm, String input, String vertices, String output, boolean directed,
            boolean adjacency, int parallelism, long sourceVertex, int iterations, double dampingFactor)
            implements Parsed {

        @Override
        public String algorithmName() {
            return algorithm.cliName();
        }
    }

    private static final double DEFAULT_DAMPING_FACTOR = 0.85;

    private final PrintStream out;
    private final PrintStream err;
    private final IntFunction<ExecutionEnvironment> environments;
    private final FailureReporter failures;

    /** In-process use (tests): local environments, failures reported as one line on {@code err}. */
    public GraphCommand(PrintStream out, PrintStream err) {
        this(out, err, GraphCommand::localEnvironment, null);
    }

    /**
     * @param environments creates the environment for a parallelism (0: the default)
     * @param failures reports a failed job; null: one line on {@code err}, the stack trace to the log
     */
    public GraphCommand(PrintStream out, PrintStream err, IntFunction<ExecutionEnvironment> environments,
            FailureReporter failures) {
        this.out = out;
        this.err = err;
        this.environments = environments;
        this.failures = failures != null ? failures : this::reportFailure;
    }

    private static ExecutionEnvironment localEnvironment(int parallelism) {
        return parallelism > 0 ? ExecutionEnvironment.createLocalEnvironment(parallelism)
                : ExecutionEnvironment.createLocalEnvironment();
    }

    /** Runs the command ({@code args} after {@code graph}) and returns its exit code. */
    public int run(String... args) {
        if (args.length == 1 && (args[0].equals("--help") || args[0].equals("-h") || args[0].equals("help"))) {
            printUsage(out);
            return EXIT_OK;
        }
        Parsed invocation;
        try {
            invocation = parse(args);
        } catch (UsageError e) {
            err.println("eddy graph: " + e.getMessage());
            err.println();
            printUsage(err);
            return EXIT_USAGE;
        }
        if (invocation == null) {
            printUsage(out);
            return EXIT_OK;
        }
        long start = System.nanoTime();
        try {
            execute(invocation);
        } catch (Throwable t) {
            return failures.report(t);
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        String name = invocation.algorithmName();
        LOG.info("{} finished in {} ms", name, millis);
        out.println("eddy graph: " + name + (invocation.output() == null ? " finished" : " wrote " + invocation.output())
                + " in " + millis + " ms");
        out.flush();
        return EXIT_OK;
    }

    private int reportFailure(Throwable failure) {
        LOG.error("eddy graph failed", failure);
        err.println("eddy graph: job failed: " + describe(failure));
        err.flush();
        return EXIT_FAILURE;
    }

    /** The malformed-input message when there is one, else the deepest cause's. */
    static String describe(Throwable failure) {
        Throwable root = failure;
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof CsvParseException) {
                return t.getMessage();
            }
            root = t;
        }
        String message = root.getMessage();
        return root.getClass().getSimpleName() + (message == null || message.isBlank() ? "" : ": " + message);
    }

    /** Builds the job for {@code parsed} and runs it. */
    void execute(Parsed parsed) throws Exception {
        ExecutionEnvironment env = environments.apply(parsed.parallelism());
        if (parsed instanceof LibraryInvocation library) {
            LibraryJobs.execute(env, library, out);
            return;
        }
        Invocation invocation = (Invocation) parsed;
        boolean weighted = invocation.algorithm() == Algorithm.SSSP;
        Graph<Long, NullValue, Double> graph = invocation.adjacency()
                ? GraphalyticsIO.readAdjacencyList(env, invocation.input(), invocation.directed())
                : GraphalyticsIO.readEvlp(env, invocation.vertices(), invocation.input(), weighted);
        GraphalyticsIO.writeResult(algorithmResult(invocation, graph), invocation.output());
        LOG.info("Running {} on {} ({}, {})", invocation.algorithm().cliName(), invocation.input(),
                invocation.directed() ? "directed" : "undirected", invocation.adjacency() ? "adjacency list" : "EVLP");
        env.execute("Graphalytics " + invocation.algorithm().name() + " " + invocation.input());
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static DataSet<Tuple2<Long, Object>> algorithmResult(Invocation i, Graph<Long, NullValue, Double> graph)
            throws Exception {
        DataSet result = switch (i.algorithm()) {
            case BFS -> graph.run(new BreadthFirstSearch<NullValue, Double>(i.sourceVertex(), i.directed()));
            case PR -> graph.run(new PageRank<NullValue, Double>(i.dampingFactor(), i.iterations(), i.directed()));
            case WCC -> graph.run(new WeaklyConnectedComponents<NullValue, Double>(i.directed()));
            case CDLP -> graph.run(new CommunityDetectionLabelPropagation<NullValue, Double>(i.iterations(), i.directed()));
            case LCC -> graph.run(new LocalClusteringCoefficient<NullValue, Double>(i.directed()));
            case SSSP -> graph.run(new SingleSourceShortestPaths<NullValue>(i.sourceVertex(), i.directed()));
        };
        return result;
    }

    /** Parses the arguments after {@code graph}; null when they ask for help. */
    static Parsed parse(String[] args) throws UsageError {
        if (args.length == 0) {
            throw new UsageError(MISSING_ALGORITHM);
        }
        String algorithm = null;
        Map<String, String> options = new LinkedHashMap<>();
        boolean directed = false;
        boolean directionGiven = false;
        for (int k = 0; k < args.length; k++) {
            String arg = args[k];
            if (arg.equals("--help") || arg.equals("-h")) {
                return null;
            }
            if (arg.equals("--directed") || arg.equals("--undirected")) {
                if (directionGiven) {
                    throw new UsageError("give --directed or --undirected once");
                }
                directed = arg.equals("--directed");
                directionGiven = true;
                continue;
            }
            if (!arg.startsWith("-")) {
                if (algorithm != null) {
                    throw new UsageError("unexpected argument '" + arg + "'");
                }
                algorithm = arg;
                continue;
            }
            String name = arg;
            String value;
            int equals = arg.indexOf('=');
            if (arg.startsWith("--") && equals > 0) {
                name = arg.substring(0, equals);
                value = arg.substring(equals + 1);
            } else if (k + 1 < args.length) {
                value = args[++k];
            } else {
                throw new UsageError(name + " needs a value");
            }
            if (name.equals("-p")) {
                name = "--parallelism";
            }
            if (!isKnownOption(name)) {
                throw new UsageError("unknown option '" + name + "'");
            }
            if (options.put(name, value) != null) {
                throw new UsageError(name + " is given twice");
            }
        }
        if (algorithm == null) {
            throw new UsageError(MISSING_ALGORITHM);
        }
        LibraryAlgorithm library = LibraryAlgorithm.named(algorithm);
        int parallelism = options.containsKey("--parallelism")
                ? positiveInt(options.get("--parallelism"), "--parallelism") : 0;
        if (library != null) {
            return LibraryInvocation.parse(library, options, directed, parallelism);
        }
        return parseLdbc(algorithm(algorithm), options, directed, parallelism);
    }

    private static final String MISSING_ALGORITHM =
            "missing the algorithm: one of bfs, pr, wcc, cdlp, lcc, sssp or a library algorithm (see --help)";

    private static Invocation parseLdbc(Algorithm algorithm, Map<String, String> options, boolean directed,
            int parallelism) throws UsageError {
        for (String name : options.keySet()) {
            if ((isAlgorithmOption(name) || LibraryInvocation.isOption(name)) && !algorithm.takes(name)) {
                throw new UsageError(algorithm.cliName() + " takes no " + name);
            }
        }
        if (options.containsKey("--iterations") && options.containsKey("--max-iterations")) {
            throw new UsageError("--max-iterations is another name for --iterations: give one of them");
        }
        String input = required(options, "--input");
        String output = required(options, "--output");
        boolean adjacency = format(options, input);
        String vertices = options.get("--vertices");
        if (adjacency && algorithm == Algorithm.SSSP) {
            throw new UsageError("sssp needs edge weights, which an adjacency list lacks: use the evlp format");
        }
        if (adjacency && vertices != null) {
            throw new UsageError("--vertices applies to the evlp format; an adjacency list holds its vertices");
        }
        if (!adjacency && vertices == null) {
            vertices = siblingVertexFile(input);
        }
        long source = 0;
        if (algorithm.takes("--source-vertex")) {
            source = longValue(required(options, "--source-vertex"), "--source-vertex");
        }
        int iterations = 0;
        if (algorithm.takes("--iterations")) {
            String given = options.containsKey("--max-iterations") ? options.get("--max-iterations")
                    : required(options, "--iterations");
            iterations = nonNegativeInt(given, "--iterations");
        }
        double damping = DEFAULT_DAMPING_FACTOR;
        if (options.containsKey("--damping-factor")) {
            damping = parsed(options.get("--damping-factor"), "--damping-factor", "a number", Double::valueOf);
            if (!(damping >= 0 && damping <= 1)) {
                throw new UsageError("--damping-factor must be between 0 and 1, not " + options.get("--damping-factor"));
            }
        }
        return new Invocation(algorithm, input, vertices, output, directed, adjacency, parallelism, source, iterations,
                damping);
    }

    private static Algorithm algorithm(String name) throws UsageError {
        for (Algorithm a : Algorithm.values()) {
            if (a.cliName().equals(name)) {
                return a;
            }
        }
        String similar = similarAlgorithm(name);
        throw new UsageError("unknown algorithm '" + name + "'" + (similar == null ? "" : " (did you mean " + similar
                + "?)") + ": use one of bfs, pr, wcc, cdlp, lcc, sssp or a library algorithm (see --help)");
    }

    /**
     * The algorithm whose name differs from {@code name} only in case and word separators
     * ({@code page-rank}, {@code PageRank}, {@code connected_components}), or null. Those are the
     * likely slips, and the list in the usage is too long to spot the right spelling in.
     */
    private static String similarAlgorithm(String name) {
        String wanted = withoutSeparators(name);
        for (Algorithm a : Algorithm.values()) {
            if (withoutSeparators(a.cliName()).equals(wanted)) {
                return a.cliName();
            }
        }
        for (LibraryAlgorithm a : LibraryAlgorithm.values()) {
            if (withoutSeparators(a.cliName()).equals(wanted)) {
                return a.cliName();
            }
        }
        return null;
    }

    private static String withoutSeparators(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[-_ ]", "");
    }

    private static boolean isKnownOption(String name) {
        return switch (name) {
            case "--input", "--vertices", "--output", "--format", "--parallelism" -> true;
            default -> isAlgorithmOption(name) || LibraryInvocation.isOption(name);
        };
    }

    private static boolean isAlgorithmOption(String name) {
        for (Algorithm a : Algorithm.values()) {
            if (a.takes(name)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the input is an adjacency list: --format says, else the files do (see the usage). */
    private static boolean format(Map<String, String> options, String input) throws UsageError {
        String format = options.get("--format");
        if (format == null) {
            return !options.containsKey("--vertices") && !input.endsWith(".e");
        }
        return switch (format) {
            case "evlp" -> false;
            case "adjacency" -> true;
            default -> throw new UsageError("--format must be evlp or adjacency, not '" + format + "'");
        };
    }

    /** {@code g.e} → {@code g.v}, the benchmark's naming, when that file exists. */
    private static String siblingVertexFile(String input) throws UsageError {
        if (input.endsWith(".e")) {
            String candidate = input.substring(0, input.length() - 2) + ".v";
            if (Files.isRegularFile(Paths.get(candidate))) {
                return candidate;
            }
        }
        throw new UsageError("the evlp format needs the vertex file: give --vertices <file>");
    }

    static String required(Map<String, String> options, String name) throws UsageError {
        String value = options.get(name);
        if (value == null || value.isEmpty()) {
            throw new UsageError("missing " + name);
        }
        return value;
    }

    static long longValue(String value, String name) throws UsageError {
        return parsed(value, name, "an integer", Long::valueOf);
    }

    static double doubleValue(String value, String name) throws UsageError {
        return parsed(value, name, "a number", Double::valueOf);
    }

    private static <T> T parsed(String value, String name, String what, Function<String, T> parser) throws UsageError {
        try {
            return parser.apply(value);
        } catch (NumberFormatException e) {
            throw new UsageError(name + " needs " + what + ", not '" + value + "'");
        }
    }

    private static int nonNegativeInt(String value, String name) throws UsageError {
        long n = longValue(value, name);
        if (n < 0 || n > Integer.MAX_VALUE) {
            throw new UsageError(name + " needs a number from 0 to " + Integer.MAX_VALUE + ", not '" + value + "'");
        }
        return (int) n;
    }

    static int positiveInt(String value, String name) throws UsageError {
        int n = nonNegativeInt(value, name);
        if (n == 0) {
            throw new UsageError(name + " must be at least 1");
        }
        return n;
    }

    /** The usage text, also the distribution's {@code eddy help graph}. */
    public static void printUsage(PrintStream stream) {
        stream.println("Usage: eddy graph <algorithm> --input <file> [--vertices <file>] --output <dir> [options]");
        stream.println();
        stream.println("Runs an LDBC Graphalytics algorithm on the benchmark's files, or an algorithm of Gelly's");
        stream.println("library on a text edge list, and writes its result lines into the directory <dir> (part");
        stream.println("files; replaced if it exists).");
        stream.println();
        stream.println("LDBC Graphalytics algorithms (one 'vertexId value' line per vertex):");
        for (Algorithm a : Algorithm.values()) {
            stream.println(String.format(Locale.ROOT, "  %-5s %s%s", a.cliName(), a.description,
                    a.options.length == 0 ? "" : "; options: " + String.join(", ", a.options)));
        }
        stream.println();
        stream.println("Options of the LDBC algorithms:");
        stream.println("  --input <file>          the edge file (.e: 'source target [weight]') or the adjacency list");
        stream.println("  --vertices <file>       the vertex file (.v: one id per line), which defines the vertex set;");
        stream.println("                          default for an input 'g.e': 'g.v' when it exists");
        stream.println("  --output <dir>          where the result goes");
        stream.println("  --directed              the edges are directed (default: undirected, each edge listed once)");
        stream.println("  --undirected            the default, said explicitly");
        stream.println("  --format evlp|adjacency the input format; default: evlp when --vertices is given or the");
        stream.println("                          input ends in .e, adjacency ('v n1 n2 ...' per line) otherwise");
        stream.println("  -p, --parallelism <N>   the job's parallelism (default: the number of cores)");
        stream.println("  --source-vertex <id>    bfs, sssp: where the paths start");
        stream.println("  --iterations <n>        pr, cdlp: exactly this many iterations (cdlp: also --max-iterations)");
        stream.println("  --damping-factor <d>    pr: the damping factor (default: 0.85)");
        stream.println();
        LibraryAlgorithm.printUsage(stream);
        stream.println();
        stream.println("Exit codes: 0 success, 1 the job failed (e.g. malformed input), 2 usage error.");
        stream.println("Examples: eddy graph bfs --input g.e --vertices g.v --output out --directed --source-vertex 1");
        stream.println("          eddy graph pagerank --input edges.csv --output ranks --directed --iterations 20");
        stream.flush();
    }
}
