package io.eddy.gelly;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eddy.api.DataSet;
import io.eddy.api.ExecutionEnvironment;
import java.io.File;
import java.io.InputStream;
import java.io.StringWriter;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The promise of the sed script for Gelly: a program written against Flink 1.17's Gelly (a test
 * resource, kept as text so that only its port is compiled) compiles after the import rewrite and
 * computes the same results as it would on Flink.
 */
class FlinkGellyProgramPortTest {

    private static final Path MODULE = Path.of("").toAbsolutePath();

    @Test
    void flinkGellyProgramCompilesAndRunsAfterSedRewrite(@TempDir Path work) throws Exception {
        ClassLoader previous = Thread.currentThread().getContextClassLoader();
        try (URLClassLoader loader = port(work, "GellyProgram")) {
            // user functions are deserialized in the tasks through the context class loader
            Thread.currentThread().setContextClassLoader(loader);
            Method run = loader.loadClass("flinkprograms.GellyProgram").getMethod("run", ExecutionEnvironment.class);
            @SuppressWarnings("unchecked")
            List<String> results = new ArrayList<>((List<String>) run.invoke(null, ExecutionEnvironment.createLocalEnvironment(2)));
            results.sort(null);
            // out-degrees 1, 1, 2, 0 divide the edge values; vertex 4 and its edge are filtered out
            assertEquals(List.of("in 1=1", "in 2=1", "in 3=1", "in 4=1", "maxOut 1=0.5", "maxOut 2=1.5", "maxOut 3=3.5",
                    "undirected edges=8", "v1->v2:0.5", "v2->v3:1.5", "v3->v1:1.25", "valid=true",
                    "without 3: vertices=3 edges=1"), results);
        } finally {
            Thread.currentThread().setContextClassLoader(previous);
        }
    }

    @Test
    void flinkGellyIterationProgramCompilesAndRunsAfterSedRewrite(@TempDir Path work) throws Exception {
        ClassLoader previous = Thread.currentThread().getContextClassLoader();
        List<String> results;
        try (URLClassLoader loader = port(work, "GellyIterationsProgram")) {
            Thread.currentThread().setContextClassLoader(loader);
            Method run = loader.loadClass("flinkprograms.GellyIterationsProgram").getMethod("run", ExecutionEnvironment.class);
            @SuppressWarnings("unchecked")
            List<String> ran = new ArrayList<>((List<String>) run.invoke(null, ExecutionEnvironment.createLocalEnvironment(2)));
            results = ran;
        } finally {
            Thread.currentThread().setContextClassLoader(previous);
        }
        results.sort(null);
        List<String> expected = new ArrayList<>();
        for (String model : List.of("sssp", "gsa-sssp", "pregel")) {
            expected.addAll(List.of(model + " 1=0.0", model + " 2=1.0", model + " 3=3.0", model + " 4=4.0",
                    model + " 5=Infinity"));
        }
        for (String model : List.of("cc", "gsa-cc")) {
            expected.addAll(List.of(model + " 1=1", model + " 2=1", model + " 3=1", model + " 4=1", model + " 5=5"));
        }
        // label propagation (ties go to the higher label): after superstep 1 the labels are 3 3 4 4,
        // after 2 they are 4 4 3 4, after 3 all are 4, and superstep 4 changes nothing
        expected.addAll(List.of("lp 1=4", "lp 2=4", "lp 3=4", "lp 4=4", "lp 5=5"));
        // 100 * 5 vertices + 10 * out-degree (answers along IN edges) + in-degree
        expected.addAll(List.of("in-degree 1=520", "in-degree 2=511", "in-degree 3=512", "in-degree 4=501",
                "in-degree 5=500"));
        expected.addAll(List.of("max-label 1=4", "max-label 2=4", "max-label 3=4", "max-label 4=4", "max-label 5=5"));
        expected.sort(null);
        assertEquals(expected, results);
    }

    /**
     * Rewrites the Flink program {@code flink-programs/<name>.java.txt} with the sed script, compiles
     * it and returns a class loader holding it (package {@code flinkprograms}); the caller closes it.
     */
    static URLClassLoader port(Path work, String name) throws Exception {
        String original;
        try (InputStream in = FlinkGellyProgramPortTest.class.getResourceAsStream("/flink-programs/" + name + ".java.txt")) {
            assertNotNull(in, "missing test resource flink-programs/" + name + ".java.txt");
            original = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertTrue(original.contains("import org.apache.flink.graph."));

        Path source = work.resolve("src/flinkprograms/" + name + ".java");
        Files.createDirectories(source.getParent());
        Files.writeString(source, original, StandardCharsets.UTF_8);
        Process sed = new ProcessBuilder("sed", "-E", "-i", "-f", sedScript().toString(), source.toString())
                .redirectErrorStream(true).start();
        String sedOutput = new String(sed.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(sed.waitFor(30, TimeUnit.SECONDS));
        assertEquals(0, sed.exitValue(), sedOutput);
        String ported = Files.readString(source);
        assertFalse(ported.contains("org.apache.flink"), "sed left Flink imports:\n" + ported);

        Path classes = work.resolve("classes");
        Files.createDirectories(classes);
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        StringWriter diagnostics = new StringWriter();
        List<String> options = List.of("-classpath", classPath(), "-d", classes.toString(), "--release", "17");
        boolean compiled = compiler.getTask(diagnostics, null, null, options, null,
                compiler.getStandardFileManager(null, null, StandardCharsets.UTF_8).getJavaFileObjects(source.toFile())).call();
        assertTrue(compiled, "the ported program does not compile:\n" + diagnostics);
        return new URLClassLoader(new URL[] {classes.toUri().toURL()}, FlinkGellyProgramPortTest.class.getClassLoader());
    }

    /** The shared script when it is there (as on developer machines and in CI), else the repository's copy. */
    private static Path sedScript() {
        Path shared = MODULE.getParent().resolve("../shared/port-from-flink.sed").normalize();
        return Files.isRegularFile(shared) ? shared : MODULE.getParent().resolve("scripts/port-from-flink.sed");
    }

    /**
     * The test class path: surefire may hide it in a manifest-only jar, so the locations of the
     * classes the program needs are added explicitly.
     */
    private static String classPath() throws Exception {
        Set<String> entries = new LinkedHashSet<>();
        for (Class<?> needed : new Class<?>[] {Graph.class, DataSet.class}) {
            entries.add(Path.of(needed.getProtectionDomain().getCodeSource().getLocation().toURI()).toString());
        }
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (!entry.isEmpty()) {
                entries.add(entry);
            }
        }
        return String.join(File.pathSeparator, entries);
    }
}
