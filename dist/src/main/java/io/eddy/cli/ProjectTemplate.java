package io.eddy.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.lang.model.SourceVersion;

/**
 * The Maven project {@code eddy new-project} writes: a pom that depends on Eddy's DataSet API
 * ({@code provided}, as {@code eddy run} supplies Eddy) and builds a jar whose manifest names the
 * main class, and a WordCount-like {@code Job.java} to start from. The role of Flink's quickstart
 * archetype, without an archetype: the files are resources next to this class
 * ({@code template/*.template}) with {@code {{placeholders}}}.
 */
public final class ProjectTemplate {

    /** The Java package of the job when none is given. */
    public static final String DEFAULT_PACKAGE = "com.example";
    /** The artifact name when the directory's name is not one. */
    public static final String DEFAULT_NAME = "my-job";
    /** The version of a generated project: its jar is {@code target/<name>-0.1.0.jar}. */
    public static final String PROJECT_VERSION = "0.1.0";

    private static final Pattern ARTIFACT_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]*");

    private final String packageName;
    private final String name;
    private final String eddyVersion;

    /**
     * @param packageName the job's package, which is also the project's groupId
     * @param name the artifactId, which names the jar
     * @param eddyVersion the Eddy version the project depends on
     * @throws IllegalArgumentException if the package or the name is not valid
     */
    public ProjectTemplate(String packageName, String name, String eddyVersion) {
        if (!SourceVersion.isName(packageName)) {
            throw new IllegalArgumentException("'" + packageName + "' is not a Java package name, e.g. com.example.jobs");
        }
        if (!ARTIFACT_ID.matcher(name).matches()) {
            throw new IllegalArgumentException("'" + name + "' is not a valid project name: letters, digits and . _ -,"
                    + " starting with a letter or digit, e.g. my-job");
        }
        this.packageName = packageName;
        this.name = name;
        this.eddyVersion = eddyVersion;
    }

    /** The default name for a project in {@code directory}: the directory's name if it is a valid one. */
    public static String defaultName(Path directory) {
        Path fileName = directory.toAbsolutePath().normalize().getFileName();
        return fileName != null && ARTIFACT_ID.matcher(fileName.toString()).matches() ? fileName.toString() : DEFAULT_NAME;
    }

    /** The job's main class, as named in the jar's manifest. */
    public String mainClass() {
        return packageName + ".Job";
    }

    /** The jar {@code mvn package} builds, relative to the project directory. */
    public String jarPath() {
        return "target/" + name + "-" + PROJECT_VERSION + ".jar";
    }

    /**
     * Writes the project into {@code directory}, which must be absent or empty.
     *
     * @return the files written
     * @throws IllegalArgumentException if {@code directory} is a file or a directory with files
     */
    public List<Path> writeTo(Path directory) throws IOException {
        if (Files.exists(directory) && !isEmptyDirectory(directory)) {
            throw new IllegalArgumentException(directory + " already exists and is not an empty directory");
        }
        Map<String, String> files = new LinkedHashMap<>();
        files.put("pom.xml", "pom.xml.template");
        files.put("src/main/java/" + packageName.replace('.', '/') + "/Job.java", "Job.java.template");
        files.put(".gitignore", "gitignore.template");
        Map<String, String> values = Map.of(
                "groupId", packageName, "package", packageName, "name", name, "eddyVersion", eddyVersion);
        List<Path> written = new ArrayList<>();
        for (Map.Entry<String, String> file : files.entrySet()) {
            Path target = directory.resolve(file.getKey());
            Files.createDirectories(target.getParent());
            Files.writeString(target, fill(resource(file.getValue()), values), StandardCharsets.UTF_8);
            written.add(target);
        }
        return written;
    }

    private static boolean isEmptyDirectory(Path directory) throws IOException {
        if (!Files.isDirectory(directory)) {
            return false;
        }
        try (Stream<Path> entries = Files.list(directory)) {
            return entries.findAny().isEmpty();
        }
    }

    private static String resource(String fileName) throws IOException {
        try (InputStream in = ProjectTemplate.class.getResourceAsStream("template/" + fileName)) {
            if (in == null) {
                throw new IOException("the project template " + fileName + " is missing from this build");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Replaces every {@code {{key}}} by its value; a placeholder without a value is a bug in the template. */
    static String fill(String template, Map<String, String> values) {
        StringBuilder text = new StringBuilder(template.length());
        int at = 0;
        while (true) {
            int open = template.indexOf("{{", at);
            if (open < 0) {
                return text.append(template, at, template.length()).toString();
            }
            int close = template.indexOf("}}", open);
            if (close < 0) {
                throw new IllegalStateException("the project template has an unclosed {{ at offset " + open);
            }
            String key = template.substring(open + 2, close);
            String value = values.get(key);
            if (value == null) {
                throw new IllegalStateException("the project template has no value for {{" + key + "}}");
            }
            text.append(template, at, open).append(value);
            at = close + 2;
        }
    }
}
