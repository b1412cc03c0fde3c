package io.eddy.gelly.command;

import static io.eddy.gelly.command.CapturedGraphCommand.lines;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code eddy graph} for the library algorithms, from the input's side: names as ids, the ways an
 * edge list may be written (comments, blank lines, line ends, separators, with or without weights),
 * malformed lines, and the command line's usage errors. The results themselves are checked against
 * references in {@link LibraryGraphCommandTest}; here the graphs are small enough to work out by hand.
 */
// a job that hangs (a task failure once left a sink waiting) fails its test instead of stalling the build
@Timeout(value = 120, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class LibraryGraphCommandInputTest {

    @TempDir
    Path dir;

    private final CapturedGraphCommand cli = new CapturedGraphCommand();

    /** Runs the command, which must succeed, and returns the lines it wrote to {@code --output}. */
    private List<String> run(String... args) throws Exception {
        assertEquals(0, cli.run(args), cli.err());
        return lines(Path.of(args[Arrays.asList(args).indexOf("--output") + 1]));
    }

    private static List<String> sorted(String... lines) {
        List<String> list = new ArrayList<>(List.of(lines));
        Collections.sort(list);
        return list;
    }

    // ---------------------------------------------------------------------------------- names

    /**
     * Names as ids: spaces around a field are trimmed but not inside it ("Rio de Janeiro"), UTF-8
     * is kept, and digits are text ("10" sorts before "9", so it labels their component). The
     * vertex list adds "zoë", alone. carol is closer to alice against the direction of her line.
     */
    private static final String NAMED_EDGES =
            "alice,bob,2\nbob , carol,1\ncarol,alice,1.5\n9,10,1\nRio de Janeiro,José,1\n";

    private List<String> runOnNames(String algorithm, boolean directed, int parallelism, String... options)
            throws Exception {
        List<String> args = new ArrayList<>(List.of(algorithm, "--ids", "string",
                "--input", CapturedGraphCommand.write(dir, "names.csv", NAMED_EDGES).toString(),
                "--vertices", CapturedGraphCommand.write(dir, "names.v", "# the one without edges\nzoë\n").toString(),
                "--output", dir.resolve("out").toString(), "-p", Integer.toString(parallelism)));
        if (directed) {
            args.add("--directed");
        }
        args.addAll(List.of(options));
        return run(args.toArray(new String[0]));
    }

    @Test
    void connectedComponentsOfNamesAreLabelledWithTheSmallestName() throws Exception {
        assertEquals(sorted("alice alice", "bob alice", "carol alice", "9 10", "10 10", "Rio de Janeiro José",
                "José José", "zoë zoë"), runOnNames("connected-components", false, 2));
    }

    @Test
    void shortestPathsFromANameUndirected() throws Exception {
        assertEquals(sorted("alice 0.0", "bob 2.0", "carol 1.5", "9 Infinity", "10 Infinity",
                "Rio de Janeiro Infinity", "José Infinity", "zoë Infinity"),
                runOnNames("single-source-shortest-paths", false, 1, "--source-vertex", "alice"));
    }

    @Test
    void shortestPathsFromANameDirected() throws Exception {
        // carol,alice points away from alice, so carol is reached through bob
        assertEquals(sorted("alice 0.0", "bob 2.0", "carol 3.0", "9 Infinity", "10 Infinity",
                "Rio de Janeiro Infinity", "José Infinity", "zoë Infinity"),
                runOnNames("gsa-single-source-shortest-paths", true, 2, "--source-vertex", "alice"));
    }

    // ------------------------------------------------------------------------- input variants

    /**
     * {source, target, weight}, undirected, from vertex 1. Each line shapes some distance: weighted,
     * 1-2 and 3-5 are bypassed but 4-5 (0.25) is the way to 5; unweighted, 1-2 and 3-5 are the
     * direct hops. -6, 7 and 12 (negative ids are allowed) are out of reach, so each of their lines
     * adds a vertex. A dropped or misread line therefore changes the result.
     */
    private static final String[][] EDGES = {
            {"1", "2", "4"}, {"1", "3", "1"}, {"3", "2", "2"}, {"2", "4", "4.25"},
            {"3", "5", "7"}, {"4", "5", "0.25"}, {"-6", "7", "1"}, {"12", "-6", "2.5"}};
    private static final List<String> WEIGHTED = sorted("1 0.0", "2 3.0", "3 1.0", "4 7.25", "5 7.5",
            "-6 Infinity", "7 Infinity", "12 Infinity");
    private static final List<String> UNWEIGHTED = sorted("1 0.0", "2 1.0", "3 1.0", "4 2.0", "5 2.0",
            "-6 Infinity", "7 Infinity", "12 Infinity");

    /** The ways of writing the edge list; after the first, the ones with --delimiter. */
    private static final String[] VARIANTS = {"plain", "comments", "blank lines", "CRLF", "tabs", "spaces",
            "tab between spaces", "commas", "semicolons", "tab", "\\t", "space", "comma", "semicolon", "|", ","};
    private static final int FIRST_DELIMITER = 9;

    static Stream<Arguments> inputVariants() {
        List<Arguments> cases = new ArrayList<>();
        for (int i = 0; i < VARIANTS.length; i++) {
            // every variant with and without weights, once at each parallelism, the pairing alternating;
            // at parallelism 2 the file is split in two, mid-line, so a split starts at an arbitrary byte
            cases.add(Arguments.of(VARIANTS[i], i % 2 == 0, 1));
            cases.add(Arguments.of(VARIANTS[i], i % 2 == 1, 2));
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} weighted={1} p={2}")
    @MethodSource("inputVariants")
    void everyWayOfWritingTheEdgeListGivesTheSameDistances(String variant, boolean weighted, int parallelism)
            throws Exception {
        List<String[]> edges = new ArrayList<>();
        for (String[] e : EDGES) {
            edges.add(weighted ? e : Arrays.copyOf(e, 2));
        }
        List<String> args = new ArrayList<>(List.of("single-source-shortest-paths", "--source-vertex", "1",
                "--input", CapturedGraphCommand.write(dir, "edges.txt", render(variant, edges)).toString(),
                "--output", dir.resolve("out").toString(), "-p", Integer.toString(parallelism)));
        if (Arrays.asList(VARIANTS).indexOf(variant) >= FIRST_DELIMITER) {
            args.addAll(List.of("--delimiter", variant));
        }
        assertEquals(weighted ? WEIGHTED : UNWEIGHTED, run(args.toArray(new String[0])));
    }

    private static String render(String variant, List<String[]> edges) {
        List<String[]> first = edges.subList(0, 4);
        List<String[]> rest = edges.subList(4, edges.size());
        return switch (variant) {
            case "plain" -> joined(edges, " ", "\n");
            case "comments" -> "# SNAP header\n% Matrix Market header\n" + joined(first, " ", "\n")
                    + "# between the edges\n   % indented\n\t# after a tab\n" + joined(rest, " ", "\n")
                    + "# the last line, without a line end";
            case "blank lines" -> "\n   \n" + joined(first, " ", "\n") + "\n\t\n \t \n\n"
                    + joined(rest, " ", "\n").stripTrailing();
            case "CRLF" -> "# header\r\n" + joined(first, " ", "\r\n") + "\r\n" + joined(rest, " ", "\r\n");
            case "tabs", "tab", "\\t" -> joined(edges, "\t", "\n");
            case "spaces" -> joined(edges, "   ", "  \n").replace("\n", "\n  ");
            case "tab between spaces" -> joined(edges, "  \t ", " \n");
            case "commas" -> joined(edges, ", ", "\n");
            case "semicolons" -> joined(edges, ";", "\n");
            case "space" -> joined(edges, "  ", "\n");
            case "comma" -> joined(edges, " , ", "\n");
            case "semicolon" -> joined(edges, "; ", "\n");
            case "|" -> joined(edges, "|", "\n");
            case "," -> joined(edges, ",", "\n");
            default -> throw new IllegalArgumentException(variant);
        };
    }

    private static String joined(List<String[]> edges, String separator, String lineEnd) {
        StringBuilder text = new StringBuilder();
        for (String[] e : edges) {
            text.append(String.join(separator, e)).append(lineEnd);
        }
        return text.toString();
    }

    // -------------------------------------------------------------------------- malformed lines

    /**
     * Valid lines put before each malformed one. The bad line then lies deep in the file, in the
     * second split at parallelism 2, so its number is counted across splits; and the job fails
     * only after its tasks have opened: a cancel that reaches a sink while Hadoop creates its file
     * is swallowed there (Shell "Interrupted while joining") and has left jobs hanging, a runtime
     * problem these tests are not about.
     */
    private static final int PADDING = 100_000;

    private static String padded(String lines) {
        StringBuilder text = new StringBuilder(PADDING * 14 + lines.length());
        for (int i = 0; i < PADDING; i++) {
            text.append(i).append(' ').append(i + 1).append('\n');
        }
        return text.append(lines).toString();
    }

    static Stream<Arguments> malformedEdgeLists() {
        return Stream.of(
                // after a comment and a blank line, so the number counts every line of the file
                Arguments.of("# header\n1 2 1\n\n2 3 1\n3 x 1\n4 5 1\n", "long", 2, 5,
                        ", field 2 (target): expected Long, found \"x\""),
                Arguments.of("1 2\n99999999999999999999 1\n", "long", 1, 2,
                        ", field 1 (source): expected Long, found \"99999999999999999999\""),
                // the line end's \r is not part of the text found
                Arguments.of("1 2 1\r\n2 3 heavy\r\n3 4 1\r\n", "long", 2, 2,
                        ", field 3 (weight): expected Double, found \"heavy\""),
                Arguments.of("alice;bob;1\nbob;carol;1,5\n", "string", 1, 2,
                        ", field 3 (weight): expected Double, found \"1,5\""),
                Arguments.of("1 2\n2 3\n7\n", "long", 2, 3, ": expected 2 or 3 fields, found 1 (no target)"),
                Arguments.of("alice,,1\n", "string", 1, 1, ", field 2 (target): expected String, found \"\""),
                Arguments.of("1,2,3,4\n", "long", 2, 1, ": expected 2 or 3 fields, found 4"));
    }

    @ParameterizedTest(name = "{4}")
    @MethodSource("malformedEdgeLists")
    void aMalformedLineFailsTheJobNamingFileLineAndField(String edges, String ids, int parallelism, int line,
            String problem) throws Exception {
        Path input = CapturedGraphCommand.write(dir, "edges.txt", padded(edges));
        Path output = dir.resolve("out");
        // a result of an earlier run, which a failed run must neither replace nor mix into
        Files.createDirectory(output);
        Files.writeString(output.resolve("1"), "earlier result\n");
        int exit = cli.run("connected-components", "--ids", ids, "--input", input.toString(),
                "--output", output.toString(), "-p", Integer.toString(parallelism));
        assertEquals(1, exit, cli.err());
        assertEquals("eddy graph: job failed: Malformed edge list file:" + input + ", line " + (PADDING + line)
                + problem, cli.err().strip());
        assertOutputUntouched(output);
    }

    @Test
    void aMalformedVertexListFailsTheJobToo() throws Exception {
        Path input = CapturedGraphCommand.write(dir, "edges.txt", "1 2\n");
        Path vertices = CapturedGraphCommand.write(dir, "vertices.txt", padded("1\n3 three\nthree\n"));
        Path output = dir.resolve("out");
        assertEquals(1, cli.run("label-propagation", "--input", input.toString(), "--vertices",
                vertices.toString(), "--output", output.toString(), "-p", "2"), cli.err());
        assertEquals("eddy graph: job failed: Malformed vertex list file:" + vertices + ", line " + (PADDING + 3)
                + ", field 1 (vertex): expected Long, found \"three\"", cli.err().strip());
        assertTrue(Files.notExists(output), "a failed job leaves no output");
        assertNoStagingLeft();
    }

    @Test
    void anAnalyticOnMalformedInputPrintsNoValues() throws Exception {
        Path input = CapturedGraphCommand.write(dir, "edges.txt", padded("1 2\n2 3\n3 one\n"));
        assertEquals(1, cli.run("vertex-metrics", "--input", input.toString(), "--output",
                dir.resolve("out").toString()), cli.err());
        assertTrue(cli.err().startsWith("eddy graph: job failed: Malformed edge list file:" + input + ", line "
                + (PADDING + 3) + ","), cli.err());
        assertEquals("", cli.out());
        assertTrue(Files.notExists(dir.resolve("out")), "a failed job leaves no output");
    }

    @Test
    void aMissingInputFileFailsTheJobNamingIt() throws Exception {
        Path input = dir.resolve("no-such-edges.txt");
        assertEquals(1, cli.run("triangles", "--input", input.toString(), "--output",
                dir.resolve("out").toString()), cli.err());
        assertEquals("eddy graph: job failed: FileNotFoundException: File file:" + input + " does not exist",
                cli.err().strip());
        assertTrue(Files.notExists(dir.resolve("out")), "a failed job leaves no output");
    }

    /** FileOutputFormat's commit: a failed job leaves an old target as it was and removes its staging directory. */
    private void assertOutputUntouched(Path output) throws Exception {
        try (Stream<Path> files = Files.list(output)) {
            assertEquals(List.of("1"), files.map(f -> f.getFileName().toString()).toList());
        }
        assertEquals("earlier result\n", Files.readString(output.resolve("1")));
        assertNoStagingLeft();
    }

    private void assertNoStagingLeft() throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            List<String> hidden = files.map(f -> f.getFileName().toString()).filter(n -> n.startsWith(".")).toList();
            assertEquals(List.of(), hidden, "staging directories left behind");
        }
    }

    // ----------------------------------------------------------------------------- usage errors

    private void assertUsageError(String reason, String... args) {
        assertEquals(2, cli.run(args), cli.err());
        assertTrue(cli.err().startsWith("eddy graph: " + reason + System.lineSeparator()), cli.err());
        assertTrue(cli.err().contains("Usage: eddy graph <algorithm>"), cli.err());
        assertEquals("", cli.out(), "nothing runs");
    }

    /** Arguments before the one under test; the files are never opened, as the command line is checked first. */
    private static String[] withIo(String algorithm, String... more) {
        List<String> args = new ArrayList<>(List.of(algorithm, "--input", "edges.txt", "--output", "out"));
        args.addAll(List.of(more));
        return args.toArray(new String[0]);
    }

    @Test
    void helpListsEveryLibraryAlgorithm() {
        assertEquals(0, cli.run("--help"));
        for (LibraryAlgorithm a : LibraryAlgorithm.values()) {
            assertTrue(cli.out().contains("\n  " + a.cliName() + " "), a.cliName() + " missing from\n" + cli.out());
        }
        assertEquals("", cli.err());
    }

    @Test
    void unknownAlgorithmsAndMissingFiles() {
        String choices = ": use one of bfs, pr, wcc, cdlp, lcc, sssp or a library algorithm (see --help)";
        // a slip in case or word separators is named, as the right name is hard to find in the long usage
        assertUsageError("unknown algorithm 'page-rank' (did you mean pagerank?)" + choices, withIo("page-rank"));
        assertUsageError("unknown algorithm 'Connected_Components' (did you mean connected-components?)" + choices,
                withIo("Connected_Components"));
        assertUsageError("unknown algorithm 'WCC' (did you mean wcc?)" + choices, withIo("WCC"));
        assertUsageError("unknown algorithm 'page-rang'" + choices, withIo("page-rang"));
        assertUsageError("missing --input", "connected-components", "--output", "out");
        assertUsageError("missing --input", "vertex-metrics");
        assertUsageError("missing --output", "pagerank", "--input", "edges.txt");
        assertUsageError("missing --output", "triangles", "--input", "edges.txt", "--output=");
        assertUsageError("--output needs a value", "hits", "--input", "edges.txt", "--output");
    }

    @Test
    void optionsAnAlgorithmDoesNotTake() {
        assertUsageError("connected-components takes no --source-vertex", withIo("connected-components",
                "--source-vertex", "1"));
        assertUsageError("pagerank takes no --max-iterations", withIo("pagerank", "--max-iterations", "3"));
        assertUsageError("hits takes no --damping-factor", withIo("hits", "--damping-factor", "0.5"));
        assertUsageError("triangles takes no --iterations", withIo("triangles", "--iterations", "3"));
        assertUsageError("vertex-metrics takes no --format", withIo("vertex-metrics", "--format", "evlp"));
        assertUsageError("unknown option '--source'", withIo("single-source-shortest-paths", "--source", "1"));
    }

    @Test
    void badNumbers() {
        assertUsageError("--iterations needs an integer, not 'ten'", withIo("pagerank", "--iterations", "ten"));
        assertUsageError("--iterations must be at least 1", withIo("hits", "--iterations=0"));
        assertUsageError("--max-iterations needs an integer, not '2.5'",
                withIo("connected-components", "--max-iterations", "2.5"));
        assertUsageError("--damping-factor needs a number, not 'high'", withIo("pagerank", "--damping-factor", "high"));
        assertUsageError("--damping-factor must be between 0 and 1 (exclusive), not 1",
                withIo("pagerank", "--damping-factor", "1"));
        assertUsageError("--convergence-threshold must be positive, not 0",
                withIo("hits", "--convergence-threshold", "0"));
        assertUsageError("--delta must be at least 0, not -1", withIo("community-detection", "--delta", "-1"));
        assertUsageError("--parallelism needs an integer, not 'two'", withIo("triangles", "-p", "two"));
    }

    @Test
    void theSourceVertex() {
        assertUsageError("missing --source-vertex", withIo("single-source-shortest-paths"));
        assertUsageError("missing --source-vertex", withIo("gsa-single-source-shortest-paths", "--ids", "string"));
        assertUsageError("--source-vertex needs an integer, not 'alice'",
                withIo("single-source-shortest-paths", "--source-vertex", "alice"));
        assertUsageError("--source-vertex needs an integer, not 'alice'",
                withIo("gsa-single-source-shortest-paths", "--ids", "long", "--source-vertex", "alice"));
        assertUsageError("--source-vertex is given twice",
                withIo("single-source-shortest-paths", "--source-vertex", "1", "--source-vertex", "2"));
    }

    @Test
    void directionIdsAndDelimiters() {
        assertUsageError("jaccard-index is defined on undirected graphs: drop --directed",
                withIo("jaccard-index", "--directed"));
        assertUsageError("adamic-adar is defined on undirected graphs: drop --directed",
                withIo("adamic-adar", "--directed"));
        assertUsageError("give --directed or --undirected once", withIo("triangles", "--directed", "--undirected"));
        assertUsageError("--ids must be long or string, not 'int'", withIo("triangles", "--ids", "int"));
        assertUsageError("community-detection needs integer ids: its labels start as the vertex ids",
                withIo("community-detection", "--ids", "string"));
        for (String delimiter : new String[] {"ab", "x", "7", "#", "%", "-", ".", ""}) {
            assertUsageError("--delimiter needs one character such as , ; | or tab, space, not '" + delimiter + "'",
                    withIo("triangles", "--delimiter", delimiter));
        }
    }
}
