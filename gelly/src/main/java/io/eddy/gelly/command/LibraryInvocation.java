package io.eddy.gelly.command;

import io.eddy.gelly.command.GraphCommand.UsageError;
import io.eddy.gelly.utils.LineFieldsFormat;
import java.util.Locale;
import java.util.Map;

/**
 * A parsed {@code eddy graph} command line for a {@link LibraryAlgorithm}: the files, how to read
 * them, and the algorithm's parameters with their defaults applied.
 *
 * @param vertices the vertex list, or null: the vertex set is then the edges' ends
 * @param output the result directory; null only for an analytic, which then just prints
 * @param separator {@link LineFieldsFormat#AUTO} or the {@code --delimiter} byte
 * @param sourceVertex the {@code --source-vertex} text, parsed by {@code ids}; null when not taken
 * @param iterations the {@code --iterations} given, or {@link #UNSET}
 * @param convergenceThreshold the {@code --convergence-threshold} given, or NaN
 */
record LibraryInvocation(LibraryAlgorithm algorithm, String input, String vertices, String output, boolean directed,
        int parallelism, IdType ids, int separator, String sourceVertex, int maxIterations, int iterations,
        double dampingFactor, double convergenceThreshold, double delta) implements GraphCommand.Parsed {

    static final String SOURCE_VERTEX = "--source-vertex";
    static final String MAX_ITERATIONS = "--max-iterations";
    static final String ITERATIONS = "--iterations";
    static final String DAMPING_FACTOR = "--damping-factor";
    static final String CONVERGENCE_THRESHOLD = "--convergence-threshold";
    static final String DELTA = "--delta";
    /** Options every library algorithm takes besides --input, --vertices, --output and -p. */
    static final String DELIMITER = "--delimiter";
    static final String IDS = "--ids";

    static final int UNSET = -1;
    static final int DEFAULT_ITERATIONS = 10;
    /**
     * Label propagation and community detection may oscillate instead of settling (a bipartite
     * graph swaps labels forever), so unlike the components and paths they stop after a bound.
     */
    static final int DEFAULT_LABEL_ITERATIONS = 20;
    static final double DEFAULT_DAMPING_FACTOR = 0.85;
    static final double DEFAULT_DELTA = 0.5;

    /** Whether {@code name} is an option of some library algorithm or of them all. */
    static boolean isOption(String name) {
        if (name.equals(DELIMITER) || name.equals(IDS)) {
            return true;
        }
        for (LibraryAlgorithm a : LibraryAlgorithm.values()) {
            if (a.takes(name)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String algorithmName() {
        return algorithm.cliName();
    }

    /** The options after the common ones were checked; throws the one-line reason when they are wrong. */
    static LibraryInvocation parse(LibraryAlgorithm algorithm, Map<String, String> options, boolean directed,
            int parallelism) throws UsageError {
        String name = algorithm.cliName();
        for (String option : options.keySet()) {
            boolean common = switch (option) {
                case "--input", "--vertices", "--output", "--parallelism", DELIMITER, IDS -> true;
                default -> false;
            };
            if (!common && !algorithm.takes(option)) {
                throw new UsageError(name + " takes no " + option);
            }
        }
        if (directed && algorithm.undirectedOnly) {
            throw new UsageError(name + " is defined on undirected graphs: drop --directed");
        }
        String input = GraphCommand.required(options, "--input");
        String output = algorithm.kind == LibraryAlgorithm.Kind.ANALYTIC ? options.get("--output")
                : GraphCommand.required(options, "--output");
        IdType ids = idType(options.get(IDS));
        if (algorithm == LibraryAlgorithm.COMMUNITY_DETECTION && ids == IdType.STRING) {
            // its labels are longs that start as the ids; names would need a numbering of their own
            throw new UsageError(name + " needs integer ids: its labels start as the vertex ids");
        }
        String source = null;
        if (algorithm.takes(SOURCE_VERTEX)) {
            source = GraphCommand.required(options, SOURCE_VERTEX);
            if (ids == IdType.LONG) {
                GraphCommand.longValue(source, SOURCE_VERTEX);
            }
        }
        int defaultMax = algorithm == LibraryAlgorithm.LABEL_PROPAGATION
                || algorithm == LibraryAlgorithm.COMMUNITY_DETECTION ? DEFAULT_LABEL_ITERATIONS : Integer.MAX_VALUE;
        int maxIterations = options.containsKey(MAX_ITERATIONS)
                ? GraphCommand.positiveInt(options.get(MAX_ITERATIONS), MAX_ITERATIONS) : defaultMax;
        int iterations = options.containsKey(ITERATIONS)
                ? GraphCommand.positiveInt(options.get(ITERATIONS), ITERATIONS) : UNSET;
        double damping = DEFAULT_DAMPING_FACTOR;
        if (options.containsKey(DAMPING_FACTOR)) {
            damping = GraphCommand.doubleValue(options.get(DAMPING_FACTOR), DAMPING_FACTOR);
            if (!(damping > 0 && damping < 1)) {
                throw new UsageError(DAMPING_FACTOR + " must be between 0 and 1 (exclusive), not "
                        + options.get(DAMPING_FACTOR));
            }
        }
        double threshold = Double.NaN;
        if (options.containsKey(CONVERGENCE_THRESHOLD)) {
            threshold = GraphCommand.doubleValue(options.get(CONVERGENCE_THRESHOLD), CONVERGENCE_THRESHOLD);
            if (!(threshold > 0)) {
                throw new UsageError(CONVERGENCE_THRESHOLD + " must be positive, not " + options.get(CONVERGENCE_THRESHOLD));
            }
        }
        double delta = DEFAULT_DELTA;
        if (options.containsKey(DELTA)) {
            delta = GraphCommand.doubleValue(options.get(DELTA), DELTA);
            if (!(delta >= 0)) {
                throw new UsageError(DELTA + " must be at least 0, not " + options.get(DELTA));
            }
        }
        return new LibraryInvocation(algorithm, input, options.get("--vertices"), output, directed, parallelism, ids,
                separator(options.get(DELIMITER)), source, maxIterations, iterations, damping, threshold, delta);
    }

    private static IdType idType(String value) throws UsageError {
        if (value == null) {
            return IdType.LONG;
        }
        return switch (value) {
            case "long" -> IdType.LONG;
            case "string" -> IdType.STRING;
            default -> throw new UsageError(IDS + " must be long or string, not '" + value + "'");
        };
    }

    /** {@code --delimiter}: one character, or a name for those a shell makes awkward. */
    private static int separator(String value) throws UsageError {
        if (value == null) {
            return LineFieldsFormat.AUTO;
        }
        String named = switch (value.toLowerCase(Locale.ROOT)) {
            case "tab", "\\t" -> "\t";
            case "space" -> " ";
            case "comma" -> ",";
            case "semicolon" -> ";";
            default -> value;
        };
        char c = named.length() == 1 ? named.charAt(0) : 0;
        if (c < 1 || c > 127 || c == '\n' || c == '\r' || c == '#' || c == '%' || c == '-' || c == '.'
                || Character.isLetterOrDigit(c)) {
            throw new UsageError(DELIMITER + " needs one character such as , ; | or tab, space, not '" + value + "'");
        }
        return c;
    }
}
