package io.eddy.api.fs;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.hadoop.fs.RawLocalFileSystem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Eddy's thin facade over Hadoop's {@code FileSystem}: every file format reads and writes through
 * Hadoop, so {@code file://}, {@code hdfs://} and every Hadoop-compatible file system work alike.
 *
 * <p>Instances are cached per scheme and authority for the life of the JVM. The local file system
 * is Hadoop's {@link RawLocalFileSystem}, which writes no {@code .crc} side files. The Hadoop
 * {@code Configuration} is created on first use from the classpath ({@code core-site.xml}, ...) plus
 * the {@code core-site.xml} and {@code hdfs-site.xml} in {@code $HADOOP_CONF_DIR}, or is set with
 * {@link #setHadoopConfiguration}. Hadoop classes load only when this class is first used, i.e.
 * when a file format touches a file; {@link WriteMode} and {@link Path} do not load them.
 */
public final class FileSystem {

    private static final Logger LOG = LoggerFactory.getLogger(FileSystem.class);

    /** Whether writing to an existing path replaces it, as Flink's {@code FileSystem.WriteMode}. */
    public enum WriteMode {
        /** Fail if the target exists. */
        NO_OVERWRITE,
        /** Replace the target if it exists. */
        OVERWRITE
    }

    private static final ConcurrentHashMap<String, FileSystem> CACHE = new ConcurrentHashMap<>();

    private static volatile org.apache.hadoop.conf.Configuration hadoopConfiguration;

    private final org.apache.hadoop.fs.FileSystem hadoopFs;

    private FileSystem(org.apache.hadoop.fs.FileSystem hadoopFs) {
        this.hadoopFs = hadoopFs;
    }

    /**
     * The file system for a URI; a URI without scheme means {@code fs.defaultFS}.
     *
     * @throws IOException if the scheme has no Hadoop implementation or the file system cannot start
     */
    public static FileSystem get(URI uri) throws IOException {
        org.apache.hadoop.conf.Configuration conf = getHadoopConfiguration();
        URI fsUri = uri;
        if (uri.getScheme() == null) {
            fsUri = org.apache.hadoop.fs.FileSystem.getDefaultUri(conf);
        } else if (uri.getAuthority() == null && !"file".equals(uri.getScheme())) {
            URI defaultUri = org.apache.hadoop.fs.FileSystem.getDefaultUri(conf);
            if (uri.getScheme().equals(defaultUri.getScheme())) {
                fsUri = defaultUri;
            }
        }
        String scheme = fsUri.getScheme() == null ? "file" : fsUri.getScheme().toLowerCase(Locale.ROOT);
        String key = scheme + "://" + (fsUri.getAuthority() == null ? "" : fsUri.getAuthority().toLowerCase(Locale.ROOT));
        FileSystem cached = CACHE.get(key);
        if (cached != null) {
            return cached;
        }
        FileSystem created = new FileSystem(create(scheme, fsUri, conf));
        FileSystem raced = CACHE.putIfAbsent(key, created);
        if (raced != null) {
            created.hadoopFs.close();
            return raced;
        }
        return created;
    }

    /** The local file system. */
    public static FileSystem getLocalFileSystem() throws IOException {
        return get(URI.create("file:///"));
    }

    /** Hadoop's file system for {@code path} (resolving a missing scheme against fs.defaultFS). */
    public static org.apache.hadoop.fs.FileSystem getHadoopFileSystem(Path path) throws IOException {
        return get(path.toUri()).hadoopFs;
    }

    /** {@code path} made absolute and given scheme and authority, as Hadoop's path type. */
    public static org.apache.hadoop.fs.Path qualify(Path path) throws IOException {
        return getHadoopFileSystem(path).makeQualified(path.toHadoopPath());
    }

    /**
     * {@code failure} with the path it happened on in its message, if it is a network failure
     * (connection refused, unknown host, timeout), whose own message names at most a host and port:
     * the path tells the user which setting to fix. Other failures are returned unchanged.
     */
    public static IOException withPath(Path path, IOException failure) {
        if (failure instanceof java.net.SocketException || failure instanceof java.net.UnknownHostException
                || failure instanceof java.net.SocketTimeoutException) {
            return new IOException("Cannot reach " + path + ": " + failure.getMessage(), failure);
        }
        return failure;
    }

    /**
     * The Hadoop configuration all file systems are created with. Created lazily on first use.
     */
    public static org.apache.hadoop.conf.Configuration getHadoopConfiguration() {
        org.apache.hadoop.conf.Configuration conf = hadoopConfiguration;
        if (conf == null) {
            synchronized (FileSystem.class) {
                conf = hadoopConfiguration;
                if (conf == null) {
                    conf = loadHadoopConfiguration();
                    hadoopConfiguration = conf;
                }
            }
        }
        return conf;
    }

    /**
     * Replaces the Hadoop configuration (e.g. with a cluster's) and closes the cached file
     * systems, so later calls connect with the new settings.
     */
    public static synchronized void setHadoopConfiguration(org.apache.hadoop.conf.Configuration conf) {
        hadoopConfiguration = new org.apache.hadoop.conf.Configuration(conf);
        closeAll();
    }

    /** Closes and forgets every cached file system. */
    public static synchronized void closeAll() {
        for (FileSystem fs : CACHE.values()) {
            try {
                fs.hadoopFs.close();
            } catch (IOException e) {
                LOG.warn("Could not close file system {}", fs.getUri(), e);
            }
        }
        CACHE.clear();
    }

    /** The wrapped Hadoop file system. */
    public org.apache.hadoop.fs.FileSystem getHadoopFileSystem() {
        return hadoopFs;
    }

    public URI getUri() {
        return hadoopFs.getUri();
    }

    public Path getWorkingDirectory() {
        return Path.fromHadoopPath(hadoopFs.getWorkingDirectory());
    }

    /** {@code path} made absolute and given this file system's scheme and authority. */
    public Path makeQualified(Path path) {
        return Path.fromHadoopPath(hadoopFs.makeQualified(path.toHadoopPath()));
    }

    public boolean exists(Path path) throws IOException {
        return hadoopFs.exists(path.toHadoopPath());
    }

    public boolean isDirectory(Path path) throws IOException {
        return hadoopFs.getFileStatus(path.toHadoopPath()).isDirectory();
    }

    /** Deletes a file, or a directory ({@code recursive} must be true if it is not empty). */
    public boolean delete(Path path, boolean recursive) throws IOException {
        return hadoopFs.delete(path.toHadoopPath(), recursive);
    }

    /** Creates a directory and its missing parents. */
    public boolean mkdirs(Path path) throws IOException {
        return hadoopFs.mkdirs(path.toHadoopPath());
    }

    public boolean rename(Path src, Path dst) throws IOException {
        return hadoopFs.rename(src.toHadoopPath(), dst.toHadoopPath());
    }

    /** The default block size for new files at {@code path}. */
    public long getDefaultBlockSize(Path path) {
        return hadoopFs.getDefaultBlockSize(path.toHadoopPath());
    }

    /** True for file systems that are not on this machine only (anything but {@code file}). */
    public boolean isDistributedFS() {
        return !"file".equals(hadoopFs.getUri().getScheme());
    }

    @Override
    public String toString() {
        return "FileSystem(" + hadoopFs.getUri() + ")";
    }

    private static org.apache.hadoop.fs.FileSystem create(
            String scheme, URI fsUri, org.apache.hadoop.conf.Configuration conf) throws IOException {
        if ("file".equals(scheme)) {
            RawLocalFileSystem local = new LocalFileSystem();
            local.initialize(URI.create("file:///"), conf);
            return local;
        }
        LOG.debug("Creating Hadoop file system for {}", fsUri);
        return org.apache.hadoop.fs.FileSystem.newInstance(fsUri, conf);
    }

    private static org.apache.hadoop.conf.Configuration loadHadoopConfiguration() {
        org.apache.hadoop.conf.Configuration conf = new org.apache.hadoop.conf.Configuration();
        String confDir = System.getenv("HADOOP_CONF_DIR");
        if (confDir == null && System.getenv("HADOOP_HOME") != null) {
            confDir = System.getenv("HADOOP_HOME") + "/etc/hadoop";
        }
        if (confDir != null) {
            for (String name : new String[] {"core-site.xml", "hdfs-site.xml"}) {
                File file = new File(confDir, name);
                if (file.isFile()) {
                    conf.addResource(new org.apache.hadoop.fs.Path(file.getAbsolutePath()));
                    LOG.info("Using Hadoop configuration file {}", file);
                }
            }
        }
        return conf;
    }
}
