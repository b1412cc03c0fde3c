package io.eddy.yarn;

import io.eddy.runtime.util.JvmDefaults;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.yarn.api.ApplicationConstants;
import org.apache.hadoop.yarn.api.records.ApplicationId;
import org.apache.hadoop.yarn.api.records.LocalResource;
import org.apache.hadoop.yarn.api.records.LocalResourceType;
import org.apache.hadoop.yarn.api.records.LocalResourceVisibility;
import org.apache.hadoop.yarn.api.records.URL;
import org.apache.hadoop.yarn.conf.YarnConfiguration;

/**
 * The staging directory of a session, {@code <home>/.eddy/<applicationId>/} on the default file
 * system: the client fills it, every container of the application (the ApplicationMaster and each
 * TaskExecutor) gets all its files localized into its working directory, and whoever ends the
 * session deletes it. It holds the jars to ship and {@link #SECRET_FILE}; the directory is private to
 * the user (0700) and the secret file 0600.
 */
public final class SessionStaging {

    /** The YARN application type of Eddy sessions. */
    public static final String APPLICATION_TYPE = "EDDY";
    /** The directory under the user's home that holds every application's staging directory. */
    public static final String ROOT = ".eddy";
    /**
     * Under {@link #ROOT}: jars shipped by many applications (the distribution jar), uploaded once
     * under their content's hash and localized with PRIVATE visibility, which NodeManagers cache per
     * user across applications: a later submission neither uploads nor downloads them again.
     */
    public static final String CACHE = "cache";
    /** In a staging directory: the cached files the application uses, {@code name<TAB>path} per line. */
    public static final String CACHED_FILES = "eddy-cached-files";
    /** The cluster secret (Base64, as {@code ClusterClient.readSecret} reads it), in the directory and in every container. */
    public static final String SECRET_FILE = "eddy-secret";
    /** The environment variable that tells the ApplicationMaster the staging directory (fully qualified). */
    public static final String STAGING_DIRECTORY_ENV = "EDDY_STAGING_DIR";
    /**
     * A system property every Eddy container JVM carries, set to its container id ({@code am} for the
     * ApplicationMaster's), so that an operator (or a test) can tell the processes apart.
     */
    public static final String CONTAINER_MARKER = "eddy.yarn.container";

    /**
     * The JDK packages every container JVM opens, as {@code scripts/eddy} does: Kryo reaches into
     * collections and buffers of user records, and the runtime into direct buffers.
     */
    public static final List<String> JDK_OPENS = List.of(
            "--add-opens=java.base/java.lang=ALL-UNNAMED",
            "--add-opens=java.base/java.util=ALL-UNNAMED",
            "--add-opens=java.base/java.nio=ALL-UNNAMED",
            "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED");

    /**
     * The JVM options every container JVM gets: Eddy's defaults ({@link JvmDefaults}, as
     * {@code scripts/eddy} uses them) that {@code userOptions} do not override, then those.
     */
    public static List<String> jvmOptions(List<String> userOptions) {
        return JvmDefaults.withDefaults(userOptions);
    }

    private SessionStaging() {}

    /** Where the staging directory of {@code application} lives on {@code fs}. */
    public static Path directory(FileSystem fs, ApplicationId application) {
        return fs.makeQualified(new Path(fs.getHomeDirectory(), ROOT + "/" + application));
    }

    /**
     * Every file of the staging directory as a resource to localize under its own name, and the
     * cached files {@link #CACHED_FILES} lists under theirs. The staging files' visibility is
     * APPLICATION: the NodeManager keeps them in the application's private cache and deletes them with
     * it, so the secret is never shared with another application; the cached jars' is PRIVATE (kept for
     * this user's later applications).
     */
    public static Map<String, LocalResource> localResources(FileSystem fs, Path directory) throws IOException {
        Map<String, LocalResource> resources = new LinkedHashMap<>();
        for (FileStatus status : fs.listStatus(directory)) {
            if (!status.isFile()) {
                continue;
            }
            if (status.getPath().getName().equals(CACHED_FILES)) {
                try (java.io.BufferedReader lines = new java.io.BufferedReader(new java.io.InputStreamReader(
                        fs.open(status.getPath()), java.nio.charset.StandardCharsets.UTF_8))) {
                    String line;
                    while ((line = lines.readLine()) != null) {
                        int tab = line.indexOf('\t');
                        FileStatus cached = fs.getFileStatus(new Path(line.substring(tab + 1)));
                        resources.put(line.substring(0, tab), resource(cached, LocalResourceVisibility.PRIVATE));
                    }
                }
            } else {
                resources.put(status.getPath().getName(), resource(status, LocalResourceVisibility.APPLICATION));
            }
        }
        return resources;
    }

    private static LocalResource resource(FileStatus status, LocalResourceVisibility visibility) {
        return LocalResource.newInstance(URL.fromPath(status.getPath()), LocalResourceType.FILE, visibility,
                status.getLen(), status.getModificationTime());
    }

    /**
     * The {@code CLASSPATH} of a container: its working directory (shipped configuration files), every
     * shipped jar, then {@code yarn.application.classpath}, where a cluster lists its Hadoop jars and
     * configuration. Written with YARN's cross-platform expansion markers, so the NodeManager resolves
     * {@code $PWD} to each container's own directory.
     */
    public static String classPath(Configuration conf) {
        List<String> entries = new ArrayList<>();
        entries.add(ApplicationConstants.Environment.PWD.$$());
        entries.add(ApplicationConstants.Environment.PWD.$$() + "/*");
        for (String entry : conf.getTrimmedStrings(YarnConfiguration.YARN_APPLICATION_CLASSPATH,
                YarnConfiguration.DEFAULT_YARN_CROSS_PLATFORM_APPLICATION_CLASSPATH)) {
            entries.add(entry);
        }
        return String.join(ApplicationConstants.CLASS_PATH_SEPARATOR, entries);
    }

    /**
     * {@code argument} as one word of the shell command a NodeManager runs. The command ends up inside
     * a double-quoted {@code bash -c "..."}, so single quotes keep spaces together, and characters the
     * outer quoting would interpret are refused rather than escaped.
     */
    public static String shellWord(String argument) {
        if (argument.matches("[A-Za-z0-9_./:=,+@%-]+")) {
            return argument;
        }
        if (argument.matches(".*[\"'$`\\\\].*")) {
            throw new IllegalArgumentException("a container argument may not contain quotes, $, ` or \\: " + argument);
        }
        return "'" + argument + "'";
    }
}
