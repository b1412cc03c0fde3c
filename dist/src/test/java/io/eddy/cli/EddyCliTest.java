package io.eddy.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eddy.api.ExecutionEnvironment;
import io.eddy.api.LocalEnvironment;
import io.eddy.cli.testprograms.EnvironmentProbe;
import io.eddy.cli.testprograms.FailingProgram;
import io.eddy.cli.testprograms.SmallJob;
import io.eddy.client.PlanCapturingEnvironment;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EddyCliTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private final ExampleRegistry examples = new ExampleRegistry(List.of(
            new ExampleRegistry.Example("probe", EnvironmentProbe.class.getName(), "records its environment", List.of(
                    new ExampleRegistry.Argument("--input", "<path>", "what to read (default: nothing)"),
                    new ExampleRegistry.Argument("--iterations", "<n>", "how often (default: 10)"))),
            new ExampleRegistry.Example("failing", FailingProgram.class.getName(), "always fails"),
            new ExampleRegistry.Example("small", SmallJob.class.getName(), "a source, a filter and a sink"),
            new ExampleRegistry.Example("absent", "io.eddy.examples.DoesNotExist", "not built")));

    private final EddyCli cli = new EddyCli(print(out), print(err), examples, EddyCliTest.class.getClassLoader());

    @TempDir
    Path tempDir;

    @BeforeEach
    @AfterEach
    void resetProbe() {
        EnvironmentProbe.reset();
        ExecutionEnvironment.resetContextEnvironment();
    }

    @Test
    void parallelismIsPassedToTheContextEnvironment() {
        assertEquals(0, cli.run("run", "-p", "3", "probe", "--input", "x", "-p", "9"));
        assertInstanceOf(LocalEnvironment.class, EnvironmentProbe.observedEnvironment);
        assertEquals(3, EnvironmentProbe.observedParallelism);
        assertArrayEquals(new String[] {"--input", "x", "-p", "9"}, EnvironmentProbe.observedArgs,
                "arguments after the program belong to the program");
        assertEquals("eddy: warning: '-p 9' after the program name is passed to the program; put CLI options before it:"
                + " eddy run -p 3 -p 9 probe --input x" + System.lineSeparator(), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void optionAfterTheProgramIsPassedOnWithAWarning() {
        assertEquals(0, cli.run("run", "probe", "-p", "1"));
        assertEquals("eddy: warning: '-p 1' after the program name is passed to the program; put CLI options before it:"
                + " eddy run -p 1 probe" + System.lineSeparator(), err.toString(StandardCharsets.UTF_8));
        assertArrayEquals(new String[] {"-p", "1"}, EnvironmentProbe.observedArgs);
        assertEquals(Runtime.getRuntime().availableProcessors(), EnvironmentProbe.observedParallelism,
                "the option went to the program, not to the command line");

        err.reset();
        assertEquals(0, cli.run("run", "probe", "--input", "x", "--parallelism=2", "-c", "a.B", "--json", "-p4"));
        assertEquals("eddy: warning: '--parallelism=2 -c a.B -p4' after the program name is passed to the program;"
                + " put CLI options before it: eddy run --parallelism=2 -c a.B -p4 probe --input x --json"
                + System.lineSeparator(), err.toString(StandardCharsets.UTF_8), "--json is an option of plan only");

        err.reset();
        assertEquals(1, cli.run("plan", "probe", "--json"));
        assertTrue(err.toString(StandardCharsets.UTF_8).startsWith("eddy: warning: '--json' after the program name"
                + " is passed to the program; put CLI options before it: eddy plan --json probe"),
                err.toString(StandardCharsets.UTF_8));

        err.reset();
        assertEquals(0, cli.run("run", "probe", "--input", "-", "--iterations", "3", "-x"));
        assertEquals("", err.toString(StandardCharsets.UTF_8), "the program's own options get no warning");
    }

    @Test
    void exampleHelpPrintsItsUsageWithoutRunningIt() {
        assertEquals(0, cli.run("run", "-p", "2", "probe", "--help"));
        assertEquals(String.join(System.lineSeparator(),
                "Usage: eddy run [options] probe [--input <path>] [--iterations <n>]",
                "",
                "records its environment (" + EnvironmentProbe.class.getName() + ")",
                "",
                "Arguments:",
                "  --input <path>    what to read (default: nothing)",
                "  --iterations <n>  how often (default: 10)",
                ""), out.toString(StandardCharsets.UTF_8));
        assertNull(EnvironmentProbe.observedEnvironment, "--help must not run the example");
        assertEquals("", err.toString(StandardCharsets.UTF_8));

        out.reset();
        assertEquals(0, cli.run("plan", "small", "-h"));
        assertTrue(out.toString(StandardCharsets.UTF_8).startsWith("Usage: eddy plan [options] small"
                + System.lineSeparator()), out.toString(StandardCharsets.UTF_8));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("It takes no arguments."));
    }

    @Test
    void builtInExamplesDescribeTheirArguments() {
        for (ExampleRegistry.Example example : ExampleRegistry.builtIn().all()) {
            assertTrue(example.synopsis().contains("[--output <path>]"), example.name() + ": " + example.synopsis());
        }
        String usage = ExampleRegistry.builtIn().find("pagerank").orElseThrow().usage("run");
        assertTrue(usage.contains("--iterations <n>  the maximum number of supersteps (default: 10)"), usage);
    }

    @Test
    void longParallelismOptionAndContextIsResetAfterwards() {
        assertEquals(0, cli.run("run", "--parallelism", "5", "probe"));
        assertEquals(5, EnvironmentProbe.observedParallelism);
        ExecutionEnvironment afterwards = ExecutionEnvironment.getExecutionEnvironment();
        assertNotSame(EnvironmentProbe.observedEnvironment, afterwards);
        assertEquals(Runtime.getRuntime().availableProcessors(), afterwards.getParallelism());
    }

    @Test
    void withoutParallelismTheLocalDefaultApplies() {
        assertEquals(0, cli.run("run", "probe"));
        assertEquals(Runtime.getRuntime().availableProcessors(), EnvironmentProbe.observedParallelism);
    }

    @Test
    void failingProgramGivesExitOneAndOneLineWithTheRootCause() {
        assertEquals(1, cli.run("run", "failing"));
        String stderr = err.toString(StandardCharsets.UTF_8);
        assertEquals("eddy: job failed: IllegalStateException: input file /data/in.txt does not exist" + System.lineSeparator(), stderr);
        assertEquals("", out.toString(StandardCharsets.UTF_8), "nothing of the failure may reach stdout");
    }

    @Test
    void failureMessageNamesTheLogFileWhenConfigured() {
        System.setProperty(EddyCli.LOG_FILE_PROPERTY, "/tmp/eddy-test.log");
        try {
            assertEquals(1, cli.run("run", "failing"));
        } finally {
            System.clearProperty(EddyCli.LOG_FILE_PROPERTY);
        }
        assertTrue(err.toString(StandardCharsets.UTF_8).strip().endsWith("; stack trace in /tmp/eddy-test.log"));
        assertEquals(1, err.toString(StandardCharsets.UTF_8).strip().lines().count());
    }

    @Test
    void usageErrorsGiveExitTwoWithOneLineAndHelpHint() {
        assertUsageError(new String[] {}, "missing command");
        assertUsageError(new String[] {"frobnicate"}, "unknown command 'frobnicate'");
        assertUsageError(new String[] {"--frobnicate"}, "unknown option '--frobnicate'");
        assertUsageError(new String[] {"run"}, "missing the program");
        assertUsageError(new String[] {"run", "-p"}, "run: ");
        assertUsageError(new String[] {"run", "-p", "0", "probe"}, "invalid parallelism '0'");
        assertUsageError(new String[] {"run", "-p", "many", "probe"}, "invalid parallelism 'many'");
        assertUsageError(new String[] {"run", "-x", "probe"}, "unknown option '-x'");
        assertUsageError(new String[] {"run", "nosuchthing"}, "no such jar file or example: 'nosuchthing'");
        assertUsageError(new String[] {"run", "absent"}, "the example 'absent' is not in this build");
        assertUsageError(new String[] {"run", "-c", "a.B", "probe"}, "-c applies to jar files");
        assertUsageError(new String[] {"list-examples", "extra"}, "takes no arguments");
        assertUsageError(new String[] {"help", "nope"}, "unknown command 'nope'");
        assertNull(EnvironmentProbe.observedEnvironment, "no program may run on a usage error");
    }

    @Test
    void missingJarIsAUsageError() {
        String jar = tempDir.resolve("missing.jar").toString();
        assertUsageError(new String[] {"run", jar}, "jar file not found: " + jar);
        assertUsageError(new String[] {"plan", jar}, "jar file not found: " + jar);
    }

    @Test
    void runsAJarByManifestMainClassInItsOwnClassLoader() throws Exception {
        Path jar = compileJar("demo.Boom", "package demo; public class Boom { public static void main(String[] a) {"
                + " if (Thread.currentThread().getContextClassLoader() != Boom.class.getClassLoader())"
                + " throw new AssertionError(\"context loader not set\");"
                + " throw new IllegalArgumentException(\"boom from \" + a[0]); } }", true);
        assertEquals(1, cli.run("run", jar.toString(), "jar"));
        assertEquals("eddy: job failed: IllegalArgumentException: boom from jar" + System.lineSeparator(), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void jarMainClassFromOptionAndErrorsAboutIt() throws Exception {
        Path jar = compileJar("demo.Quiet", "package demo; public class Quiet { public static void main(String[] a) {"
                + " System.setProperty(\"eddy.test.quiet\", String.join(\",\", a)); } }", false);
        try {
            assertEquals(0, cli.run("run", "-c", "demo.Quiet", jar.toString(), "a", "b"));
            assertEquals("a,b", System.getProperty("eddy.test.quiet"));
        } finally {
            System.clearProperty("eddy.test.quiet");
        }
        assertUsageError(new String[] {"run", jar.toString()}, "names no Main-Class in its manifest; give the class with -c");
        assertUsageError(new String[] {"run", "-c", "demo.Missing", jar.toString()}, "main class not found: demo.Missing");
        Path notAJar = Files.writeString(tempDir.resolve("text.jar"), "not a zip");
        assertUsageError(new String[] {"run", notAJar.toString()}, "cannot read jar");
    }

    @Test
    void classWithoutMainIsAUsageError() throws Exception {
        Path jar = compileJar("demo.NoMain", "package demo; public class NoMain { }", true);
        assertUsageError(new String[] {"run", jar.toString()}, "demo.NoMain has no public static void main(String[])");
    }

    @Test
    void planInstallsOnePlanCapturingEnvironmentWithTheParallelism() {
        assertEquals(1, cli.run("plan", "-p", "7", "probe"));
        assertInstanceOf(PlanCapturingEnvironment.class, EnvironmentProbe.observedEnvironment);
        assertEquals(7, EnvironmentProbe.observedParallelism);
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("ended without executing a job"),
                err.toString(StandardCharsets.UTF_8));
        assertEquals("", out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void planReportsProgramFailures() {
        assertEquals(1, cli.run("plan", "failing"));
        assertTrue(err.toString(StandardCharsets.UTF_8).startsWith("eddy: job failed: IllegalStateException: input file"));
    }

    @Test
    void planPrintsATreeByDefault() {
        assertEquals(0, cli.run("plan", "-p", "3", "small"), err.toString(StandardCharsets.UTF_8));
        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        assertTrue(lines.get(0).matches("#\\d+ Data Sink .* p=3.*"), lines.toString());
        assertTrue(lines.stream().anyMatch(l -> l.contains("<- ")), lines.toString());
        assertTrue(lines.stream().anyMatch(l -> l.contains(" Filter ")), lines.toString());
        assertTrue(lines.get(lines.size() - 1).contains("Data Source"), "the source is the deepest input: " + lines);
        assertEquals("", err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void planJsonPrintsTheRawPlan() {
        assertEquals(0, cli.run("plan", "--json", "small"));
        String json = out.toString(StandardCharsets.UTF_8).strip();
        assertTrue(json.startsWith("{") && json.endsWith("}") && json.contains("\"nodes\""), json);
        assertTrue(json.contains("\"pact\": \"Filter\""), json);
    }

    @Test
    void planHtmlWritesThePageAndJsonCanComeToo() throws IOException {
        Path page = tempDir.resolve("plan.html");
        assertEquals(0, cli.run("plan", "--html", page.toString(), "-p", "2", "small"));
        String html = Files.readString(page);
        assertTrue(html.startsWith("<!DOCTYPE html>"), html);
        assertTrue(html.contains("id=\"plan-svg\""), html);
        assertTrue(html.contains("\"pact\": \"Filter\""), "the plan JSON is embedded");
        assertTrue(html.contains("<title>" + SmallJob.class.getName() + " (parallelism 2)</title>"), html);
        assertEquals("", out.toString(StandardCharsets.UTF_8), "with --html alone stdout stays empty");
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("wrote the plan page " + page.toAbsolutePath()));

        Path second = tempDir.resolve("second.html");
        assertEquals(0, cli.run("plan", "--json", "--html", second.toString(), "small"));
        assertTrue(Files.isRegularFile(second));
        assertTrue(out.toString(StandardCharsets.UTF_8).strip().startsWith("{"));
    }

    @Test
    void planHtmlErrors() {
        assertUsageError(new String[] {"plan", "--html"}, "plan: ");
        assertUsageError(new String[] {"plan", "--html", "--json", "small"}, "Missing argument for option: html");
        assertUsageError(new String[] {"plan", "--html", " ", "small"}, "--html needs the file to write");
        assertUsageError(new String[] {"run", "--json", "small"}, "unknown option '--json'");
        assertUsageError(new String[] {"run", "--html", "x.html", "small"}, "unknown option '--html'");
        err.reset();
        Path unwritable = tempDir.resolve("no-such-dir").resolve("plan.html");
        assertEquals(1, cli.run("plan", "--html", unwritable.toString(), "small"));
        assertTrue(err.toString(StandardCharsets.UTF_8).startsWith("eddy: cannot write the plan page " + unwritable),
                err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void helpVersionAndListExamples() {
        assertEquals(0, cli.run("--help"));
        String help = out.toString(StandardCharsets.UTF_8);
        assertTrue(help.contains("Usage: eddy <command>"), help);
        assertTrue(help.contains("--parallelism <N>"), help);
        out.reset();
        assertEquals(0, cli.run("help", "run"));
        assertTrue(out.toString(StandardCharsets.UTF_8).startsWith("Usage: eddy run"));
        assertTrue(!out.toString(StandardCharsets.UTF_8).contains("--html"), "run has no --html");
        out.reset();
        assertEquals(0, cli.run("plan", "--help"));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("--html <FILE>"), out.toString(StandardCharsets.UTF_8));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("--json"), out.toString(StandardCharsets.UTF_8));
        out.reset();
        assertEquals(0, cli.run("run", "--help"));
        assertTrue(out.toString(StandardCharsets.UTF_8).startsWith("Usage: eddy run"));
        out.reset();
        assertEquals(0, cli.run("--version"));
        assertTrue(out.toString(StandardCharsets.UTF_8).matches("Eddy \\d+\\.\\d+\\.\\d+.*\\R"),
                out.toString(StandardCharsets.UTF_8));
        out.reset();
        assertEquals(0, cli.run("list-examples"));
        String listing = out.toString(StandardCharsets.UTF_8);
        assertTrue(listing.contains("probe") && listing.contains(EnvironmentProbe.class.getName()), listing);
        assertTrue(listing.lines().anyMatch(l -> l.contains("absent") && l.contains("[not in this build]")), listing);
        assertTrue(listing.lines().noneMatch(l -> l.contains("probe ") && l.contains("[not in this build]")), listing);
        assertTrue(listing.contains("  probe    records its environment" + System.lineSeparator()
                + "           arguments: [--input <path>] [--iterations <n>]" + System.lineSeparator()), listing);
        assertTrue(listing.contains("arguments: none"), listing);
        assertTrue(listing.contains("eddy run <name> --help"), listing);
        assertEquals("", err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void builtInRegistryNamesTheExamples() {
        ExampleRegistry builtIn = ExampleRegistry.builtIn();
        assertEquals("io.eddy.examples.wordcount.WordCount", builtIn.find("wordcount").orElseThrow().className());
        assertEquals("io.eddy.examples.wordcount.WordCountRecords",
                builtIn.find("wordcount-records").orElseThrow().className());
        assertEquals("io.eddy.examples.relational.TpchQuery3", builtIn.find("tpch-q3").orElseThrow().className());
        assertEquals("io.eddy.examples.relational.WebLogAnalysis", builtIn.find("weblog").orElseThrow().className());
        assertEquals("io.eddy.examples.graph.PageRank", builtIn.find("pagerank").orElseThrow().className());
        assertEquals("io.eddy.examples.graph.ConnectedComponents",
                builtIn.find("connected-components").orElseThrow().className());
        assertEquals("io.eddy.examples.clustering.KMeans", builtIn.find("kmeans").orElseThrow().className());
        assertEquals("io.eddy.examples.graph.TransitiveClosure",
                builtIn.find("transitive-closure").orElseThrow().className());
    }

    @Test
    void rootCauseMessageFallsBackToClassName() {
        assertEquals("java.lang.NullPointerException",
                EddyCli.rootCauseMessage(new RuntimeException("outer", new NullPointerException())));
    }

    private void assertUsageError(String[] args, String expectedFragment) {
        err.reset();
        int exitCode = cli.run(args);
        String stderr = err.toString(StandardCharsets.UTF_8);
        assertEquals(2, exitCode, "exit code of " + String.join(" ", args) + "; stderr: " + stderr);
        assertTrue(stderr.startsWith("eddy: "), stderr);
        assertTrue(stderr.contains(expectedFragment), "expected '" + expectedFragment + "' in: " + stderr);
        assertTrue(stderr.strip().endsWith("(see 'eddy --help')"), stderr);
        assertEquals(1, stderr.strip().lines().count(), "one line: " + stderr);
    }

    /** Compiles one class from source into a jar, optionally naming it as the manifest's Main-Class. */
    private Path compileJar(String className, String source, boolean withMainClass) throws IOException {
        Path sourceDir = Files.createDirectories(tempDir.resolve("src-" + className));
        Path classesDir = Files.createDirectories(tempDir.resolve("classes-" + className));
        String simpleName = className.substring(className.lastIndexOf('.') + 1);
        Path sourceFile = Files.writeString(sourceDir.resolve(simpleName + ".java"), source);
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        int result = compiler.run(null, null, null, "-d", classesDir.toString(), sourceFile.toString());
        assertEquals(0, result, "compiling " + className);

        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        if (withMainClass) {
            manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, className);
        }
        Path jar = tempDir.resolve(simpleName + ".jar");
        String entryName = className.replace('.', '/') + ".class";
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream jarOut = new JarOutputStream(file, manifest)) {
            jarOut.putNextEntry(new JarEntry(entryName));
            jarOut.write(Files.readAllBytes(classesDir.resolve(entryName)));
            jarOut.closeEntry();
        }
        return jar;
    }

    private static PrintStream print(ByteArrayOutputStream buffer) {
        return new PrintStream(buffer, true, StandardCharsets.UTF_8);
    }
}
