package io.eddy.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's path for a job of one's own, end to end: {@code eddy new-project}, {@code mvn package}
 * of the generated project, {@code scripts/eddy run target/<name>-0.1.0.jar}.
 *
 * <p>The hard part is Maven's view of Eddy. The project depends on Eddy's artifacts at this build's
 * version, which no repository holds while {@code mvn verify} runs on a clean clone (CI), and which
 * the user's {@code ~/.m2} may hold in an older state. So the test lays the artifacts this build just
 * made (the modules' poms and jars from their {@code target/}) into a temporary local repository and
 * builds the project with {@code -Dmaven.repo.local} pointing there; nothing is written to the user's
 * repository. Third-party artifacts come from the user's repository, read as a {@code file://}
 * remote repository for releases only (so its copies of Eddy's snapshots are never seen), which the
 * outer build has filled with everything Eddy uses; the template imports Eddy's parent pom as its
 * bill of materials, so it asks for those same versions. Maven runs offline (file:// repositories
 * stay allowed) and once more online only if something was missing.
 */
class NewProjectIT {

    private static final Pattern DEPENDENCY = Pattern.compile("<dependency>(.*?)</dependency>", Pattern.DOTALL);
    private static final Pattern EDDY_ARTIFACT = Pattern.compile(
            "<groupId>io\\.eddy</groupId>\\s*<artifactId>(eddy-[a-z-]+)</artifactId>");

    @TempDir
    Path tempDir;

    @Test
    void generatedProjectBuildsWithMavenAndRunsOnEddy() throws Exception {
        Path root = Processes.projectRoot();
        assumeTrue(Files.isRegularFile(Processes.distributionJar()), "the distribution is not built");
        Optional<Path> maven = findMaven();
        assumeTrue(maven.isPresent(), "no mvn found (MAVEN_HOME, maven.home, PATH)");
        String version = EddyCli.version();
        Path userRepository = userRepository();
        long eddyInUserRepository = lastModified(userRepository.resolve("io/eddy"));

        Path project = tempDir.resolve("word-stats");
        Processes.Result created = eddy(root, List.of("new-project", project.toString(), "--package", "org.acme"), tempDir);
        assertEquals(0, created.exitCode(), created.describe());

        Path repository = tempDir.resolve("repository");
        stageEddyArtifacts(root, version, repository);
        Path settings = Files.writeString(tempDir.resolve("settings.xml"), settings(userRepository));
        List<String> build = new ArrayList<>(List.of(maven.get().toString(), "-B", "-q", "-s", settings.toString(),
                "-Dmaven.repo.local=" + repository, "package"));
        List<String> offline = new ArrayList<>(build);
        offline.addAll(1, List.of("-o", "-Daether.offline.protocols=file"));
        Processes.Result built = Processes.run(offline, project, Map.of(), 300);
        if (built.exitCode() != 0 && (built.stdout() + built.stderr()).contains("offline mode")) {
            built = Processes.run(build, project, Map.of(), 300);
        }
        assertEquals(0, built.exitCode(), "mvn package of the generated project: " + built.describe());
        Path jar = project.resolve("target/word-stats-0.1.0.jar");
        assertTrue(Files.isRegularFile(jar), jar + " was not built");

        Path input = Files.writeString(tempDir.resolve("in.txt"), "To be, or not to be\n");
        Processes.Result ran = eddy(root, List.of("run", "-p", "1", "target/word-stats-0.1.0.jar",
                "--input", input.toString()), project);
        assertEquals(0, ran.exitCode(), ran.describe());
        assertEquals(List.of("(be,2)", "(not,1)", "(or,1)", "(to,2)"), ran.stdout().lines().sorted().toList(),
                ran.describe());

        assertEquals(eddyInUserRepository, lastModified(userRepository.resolve("io/eddy")),
                "the test must not write Eddy's artifacts into the user's repository");
    }

    /** Runs {@code scripts/eddy} on the distribution this build made (never rebuilding it). */
    private Processes.Result eddy(Path root, List<String> args, Path directory) throws Exception {
        List<String> command = new ArrayList<>(List.of("bash", root.resolve("scripts/eddy").toString()));
        command.addAll(args);
        return Processes.run(command, directory, Map.of("EDDY_SKIP_BUILD", "1",
                "EDDY_LOG_FILE", tempDir.resolve("eddy.log").toString(),
                "EDDY_JAVA_OPTS", "-Xmx512m", "JAVA_HOME", System.getProperty("java.home")), 120);
    }

    /**
     * Lays out eddy-parent and every module the DataSet API needs (following the io.eddy dependencies
     * of the modules' poms that are not test-only) as Maven installs them: pom and jar per version.
     */
    private static void stageEddyArtifacts(Path root, String version, Path repository) throws IOException {
        install(repository, "eddy-parent", version, root.resolve("pom.xml"), null);
        Map<String, Path> modules = modulesByArtifactId(root);
        Set<String> staged = new LinkedHashSet<>();
        Deque<String> pending = new ArrayDeque<>(List.of("eddy-dataset-api"));
        while (!pending.isEmpty()) {
            String artifactId = pending.pop();
            if (!staged.add(artifactId)) {
                continue;
            }
            Path module = modules.get(artifactId);
            assertTrue(module != null, "no module builds " + artifactId);
            install(repository, artifactId, version, module.resolve("pom.xml"), moduleJar(module, artifactId, version));
            pending.addAll(eddyDependencies(Files.readString(module.resolve("pom.xml"))));
        }
    }

    private static void install(Path repository, String artifactId, String version, Path pom, Path jar)
            throws IOException {
        Path directory = Files.createDirectories(repository.resolve("io/eddy").resolve(artifactId).resolve(version));
        Files.copy(pom, directory.resolve(artifactId + "-" + version + ".pom"));
        if (jar != null) {
            Files.copy(jar, directory.resolve(artifactId + "-" + version + ".jar"));
        }
    }

    /** The module's jar from its package phase, or one made from its classes (a build that stopped at test). */
    private static Path moduleJar(Path module, String artifactId, String version) throws IOException {
        Path jar = module.resolve("target").resolve(artifactId + "-" + version + ".jar");
        if (Files.isRegularFile(jar)) {
            return jar;
        }
        Path classes = module.resolve("target/classes");
        assertTrue(Files.isDirectory(classes), "neither " + jar + " nor " + classes + " exists");
        Path made = Files.createTempFile(artifactId, ".jar");
        made.toFile().deleteOnExit();
        try (OutputStream file = Files.newOutputStream(made); JarOutputStream out = new JarOutputStream(file);
                Stream<Path> entries = Files.walk(classes)) {
            for (Path entry : entries.filter(Files::isRegularFile).sorted().toList()) {
                out.putNextEntry(new JarEntry(classes.relativize(entry).toString().replace(File.separatorChar, '/')));
                Files.copy(entry, out);
                out.closeEntry();
            }
        }
        return made;
    }

    private static Map<String, Path> modulesByArtifactId(Path root) throws IOException {
        Map<String, Path> modules = new HashMap<>();
        Matcher module = Pattern.compile("<module>([^<]+)</module>").matcher(Files.readString(root.resolve("pom.xml")));
        Pattern ownArtifactId = Pattern.compile("</parent>\\s*<artifactId>([^<]+)</artifactId>");
        while (module.find()) {
            Path directory = root.resolve(module.group(1));
            Matcher artifactId = ownArtifactId.matcher(Files.readString(directory.resolve("pom.xml")));
            if (artifactId.find()) {
                modules.put(artifactId.group(1), directory);
            }
        }
        return modules;
    }

    /** The io.eddy artifacts a pom depends on outside tests. */
    static List<String> eddyDependencies(String pom) {
        List<String> dependencies = new ArrayList<>();
        Matcher dependency = DEPENDENCY.matcher(pom);
        while (dependency.find()) {
            String body = dependency.group(1);
            Matcher artifact = EDDY_ARTIFACT.matcher(body);
            if (artifact.find() && !body.contains("<scope>test</scope>") && !body.contains("<type>test-jar</type>")) {
                dependencies.add(artifact.group(1));
            }
        }
        return dependencies;
    }

    /** Settings whose only repository besides Central is the user's local one, for releases. */
    private static String settings(Path userRepository) {
        String repository = "<id>user-local</id><url>" + userRepository.toUri()
                + "</url><releases><enabled>true</enabled></releases><snapshots><enabled>false</enabled></snapshots>";
        return "<settings>\n"
                + "  <profiles><profile><id>eddy-it</id>\n"
                + "    <repositories><repository>" + repository + "</repository></repositories>\n"
                + "    <pluginRepositories><pluginRepository>" + repository + "</pluginRepository></pluginRepositories>\n"
                + "  </profile></profiles>\n"
                + "  <activeProfiles><activeProfile>eddy-it</activeProfile></activeProfiles>\n"
                + "</settings>\n";
    }

    /** The outer build's local repository (dist/pom.xml passes it), else the default. */
    private static Path userRepository() {
        String configured = System.getProperty("eddy.it.user.repository", "");
        return configured.isBlank() || configured.contains("${")
                ? Path.of(System.getProperty("user.home"), ".m2", "repository")
                : Path.of(configured);
    }

    /** mvn from MAVEN_HOME, then the maven.home of the build running the tests, then the PATH. */
    static Optional<Path> findMaven() {
        List<Path> candidates = new ArrayList<>();
        for (String home : new String[] {System.getenv("MAVEN_HOME"), System.getProperty("maven.home"), System.getenv("M2_HOME")}) {
            if (home != null && !home.isBlank() && !home.contains("${")) {
                candidates.add(Path.of(home, "bin", "mvn"));
            }
        }
        String path = System.getenv("PATH");
        if (path != null) {
            for (String directory : path.split(File.pathSeparator)) {
                if (!directory.isEmpty()) {
                    candidates.add(Path.of(directory, "mvn"));
                }
            }
        }
        return candidates.stream().filter(Files::isExecutable).findFirst();
    }

    /** The latest modification time below {@code directory} (files and directories), 0 if it is absent. */
    private static long lastModified(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return 0;
        }
        try (Stream<Path> entries = Files.walk(directory)) {
            long latest = 0;
            for (Path entry : entries.toList()) {
                latest = Math.max(latest, Files.getLastModifiedTime(entry).toMillis());
            }
            return latest;
        }
    }
}
