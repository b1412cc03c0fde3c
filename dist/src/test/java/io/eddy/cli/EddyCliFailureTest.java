package io.eddy.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.eddy.api.ExecutionEnvironment;
import io.eddy.cli.testprograms.CsvJob;
import io.eddy.cli.testprograms.DividingJob;
import io.eddy.cli.testprograms.UnreachableInputJob;
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

/** The one line a failing job leaves on stderr, word for word, for the failures users meet most. */
class EddyCliFailureTest {

    private static final String LOG = "/tmp/eddy-test.log";

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private final ExampleRegistry examples = new ExampleRegistry(List.of(
            new ExampleRegistry.Example("dividing", DividingJob.class.getName(), "divides by zero"),
            new ExampleRegistry.Example("unreachable", UnreachableInputJob.class.getName(), "reads from nowhere"),
            new ExampleRegistry.Example("csv", CsvJob.class.getName(), "reads a CSV file")));

    private final EddyCli cli = new EddyCli(print(out), print(err), examples, EddyCliFailureTest.class.getClassLoader());

    @TempDir
    Path tempDir;

    @BeforeEach
    void logFile() {
        System.setProperty(EddyCli.LOG_FILE_PROPERTY, LOG);
    }

    @AfterEach
    void reset() {
        System.clearProperty(EddyCli.LOG_FILE_PROPERTY);
        ExecutionEnvironment.resetContextEnvironment();
    }

    @Test
    void userFunctionFailureNamesExceptionOperatorCallSiteAndFunction() {
        assertFailure("eddy: job failed: ArithmeticException: / by zero in Map at main(DividingJob.java:16)"
                + " (function io.eddy.cli.testprograms.DividingJob$Divide); stack trace in " + LOG,
                "run", "-p", "2", "dividing");
    }

    @Test
    void namedOperatorKeepsItsCallSite() {
        assertFailure("eddy: job failed: ArithmeticException: / by zero in divide (Map at main(DividingJob.java:16))"
                + " (function io.eddy.cli.testprograms.DividingJob$Divide); stack trace in " + LOG,
                "run", "-p", "1", "dividing", "divide");
    }

    @Test
    void refusedConnectionNamesHostPortAndPath() {
        assertFailure("eddy: job failed: ConnectException: Connection refused by localhost:1"
                + " (reaching hdfs://localhost:1/in.txt) in DataSource (readTextFile at main(UnreachableInputJob.java:13));"
                + " stack trace in " + LOG, "run", "unreachable", "hdfs://localhost:1/in.txt");
    }

    @Test
    void csvTypeMismatchNamesFileLineAndOriginalColumn() throws IOException {
        Path file = Files.writeString(tempDir.resolve("in.csv"), "a,x,1\nb,y,zz\n");
        assertFailure(csvFailure(file, "line 2, field 3: expected Integer, found \"zz\"", 17),
                "run", "-p", "1", "csv", "columns", file.toString());
    }

    @Test
    void csvTypeMismatchNamesThePojoField() throws IOException {
        Path file = Files.writeString(tempDir.resolve("people.csv"), "ann,31\nbob,abc\n");
        assertFailure(csvFailure(file, "line 2, field 2 (age): expected Integer, found \"abc\"", 20),
                "run", "-p", "1", "csv", "people", file.toString());
    }

    /** The line for a malformed CSV {@code file} read by {@link CsvJob} at {@code sourceLine}. */
    private static String csvFailure(Path file, String problem, int sourceLine) {
        return "eddy: job failed: Malformed CSV in file:" + file + ", " + problem
                + " in DataSource (readCsvFile at main(CsvJob.java:" + sourceLine + ")); stack trace in " + LOG;
    }

    @Test
    void missingClassNamesTheClassAndTheRemedy() throws IOException {
        Path jar = compileJarWithout("demo.Helper", "demo.NeedsHelper", """
                package demo;
                import io.eddy.api.ExecutionEnvironment;
                import io.eddy.api.functions.MapFunction;
                import io.eddy.api.io.DiscardingOutputFormat;
                public class NeedsHelper {
                    public static void main(String[] args) throws Exception {
                        ExecutionEnvironment env = ExecutionEnvironment.getExecutionEnvironment();
                        env.fromElements(1, 2, 3).map(new Twice()).output(new DiscardingOutputFormat<>());
                        env.execute();
                    }
                    public static class Twice implements MapFunction<Integer, Integer> {
                        public Integer map(Integer n) { return Helper.twice(n); }
                    }
                }
                class Helper {
                    static int twice(int n) { return 2 * n; }
                }
                """);
        assertFailure("eddy: job failed: class demo.Helper not found (NoClassDefFoundError): add the jar that contains"
                + " it to the job jar (shade it) or to HADOOP_CLASSPATH in Map at main(NeedsHelper.java:8)"
                + " (function demo.NeedsHelper$Twice); stack trace in " + LOG, "run", "-p", "1", jar.toString());
    }

    private void assertFailure(String expected, String... args) {
        int exitCode = cli.run(args);
        assertEquals(expected + System.lineSeparator(), err.toString(StandardCharsets.UTF_8));
        assertEquals(1, exitCode);
        assertEquals("", out.toString(StandardCharsets.UTF_8));
    }

    /** Compiles {@code source} (which defines {@code missing} too) into a jar of every class but {@code missing}. */
    private Path compileJarWithout(String missing, String mainClass, String source) throws IOException {
        String simpleName = mainClass.substring(mainClass.lastIndexOf('.') + 1);
        Path sourceFile = Files.writeString(Files.createDirectories(tempDir.resolve("src")).resolve(simpleName + ".java"),
                source);
        Path classes = Files.createDirectories(tempDir.resolve("classes"));
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        assertEquals(0, compiler.run(null, null, null, "-cp", System.getProperty("java.class.path"),
                "-d", classes.toString(), sourceFile.toString()));
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, mainClass);
        Path jar = tempDir.resolve(simpleName + ".jar");
        String missingEntry = missing.replace('.', '/') + ".class";
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream jarOut = new JarOutputStream(file, manifest);
             var entries = Files.walk(classes)) {
            for (Path classFile : entries.filter(Files::isRegularFile).toList()) {
                String entry = classes.relativize(classFile).toString().replace('\\', '/');
                if (!entry.equals(missingEntry)) {
                    jarOut.putNextEntry(new JarEntry(entry));
                    jarOut.write(Files.readAllBytes(classFile));
                    jarOut.closeEntry();
                }
            }
        }
        return jar;
    }

    private static PrintStream print(ByteArrayOutputStream buffer) {
        return new PrintStream(buffer, true, StandardCharsets.UTF_8);
    }
}
