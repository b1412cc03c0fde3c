package io.eddy.cli;

import java.io.File;
import java.io.IOException;
import java.lang.instrument.Instrumentation;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.List;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * Makes {@code java -jar eddy-dist.jar ...} equal to {@code scripts/eddy ...}: the script runs
 * {@code java -cp eddy-dist.jar:lib/*}, and {@code java -jar} ignores {@code -cp}, so the Hadoop
 * client jars of the {@code lib/} directory next to the jar must reach the class path another way.
 *
 * <p>The jar's manifest names this class as its {@code Launcher-Agent-Class}: when the JVM starts
 * from the jar, it calls {@link #agentmain} before {@code main}, and this appends every jar of
 * {@code lib/} to the system class loader's search path, so Hadoop's classes load exactly as they
 * would from {@code -cp}. (A manifest {@code Class-Path} listing each jar would need a separator of
 * one space, which Maven trims from every plugin setting.) Started any other way ({@code java -cp},
 * the script, tests), the class is never called.
 *
 * <p>Only jars can be appended, so {@code HADOOP_CLASSPATH}, which usually names configuration
 * directories too, is the script's business: with {@code java -jar} the bundled {@code lib/} applies.
 */
public final class LibDirectoryAgent {

    /** The directory next to the distribution jar that holds the Hadoop client jars. */
    static final String LIB_DIRECTORY = "lib";

    private LibDirectoryAgent() {}

    /** Called by the JVM before {@code main} when started with {@code java -jar eddy-dist.jar}. */
    public static void agentmain(String args, Instrumentation instrumentation) {
        Path distributionJar = distributionJar();
        if (distributionJar == null) {
            return;
        }
        Path lib = distributionJar.resolveSibling(LIB_DIRECTORY);
        List<Path> jars = jarsIn(lib);
        if (jars.isEmpty()) {
            System.err.println("eddy: warning: no jars in " + lib + "; Hadoop's classes are missing,"
                    + " so programs that read or write files will fail");
            return;
        }
        for (Path jar : jars) {
            try {
                instrumentation.appendToSystemClassLoaderSearch(new JarFile(jar.toFile()));
            } catch (IOException e) {
                System.err.println("eddy: warning: cannot add " + jar + " to the class path: " + e.getMessage());
            }
        }
    }

    /** The jar this class was loaded from, or null if it was not loaded from a jar file. */
    private static Path distributionJar() {
        CodeSource source = LibDirectoryAgent.class.getProtectionDomain().getCodeSource();
        if (source == null || source.getLocation() == null) {
            return null;
        }
        try {
            Path location = Path.of(source.getLocation().toURI()).toAbsolutePath();
            return Files.isRegularFile(location) ? location : null;
        } catch (URISyntaxException | IllegalArgumentException e) {
            return null;
        }
    }

    /** The jar files directly in {@code directory}, sorted by name (as {@code lib/*} expands); none if it is absent. */
    static List<Path> jarsIn(Path directory) {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".jar") && Files.isRegularFile(file))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            System.err.println("eddy: warning: cannot list " + directory + File.separator + ": " + e.getMessage());
            return List.of();
        }
    }
}
