package io.eddy.api.fs;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A file system Eddy's file formats read and write, as Flink's {@code core.fs.FileSystem}:
 * {@code file://} is Eddy's own {@link LocalFileSystem} (plain {@code java.nio}), every other scheme
 * ({@code hdfs://}, {@code s3a://}, ...) is Hadoop's file system for it behind a
 * {@link HadoopFileSystem}.
 *
 * <p>Local files never load Hadoop: starting Hadoop's file system parses its default configuration
 * and loads some hundred classes, about 0.3 s of a fresh JVM and twice that in CPU, which a short
 * local job would pay in full. A path without scheme means Hadoop's {@code fs.defaultFS}, which is
 * the local file system unless Hadoop is configured: a configuration was set with
 * {@link #setHadoopConfiguration}, or a {@code core-site.xml} is on the classpath or in
 * {@code $HADOOP_CONF_DIR} (or {@code $HADOOP_HOME/etc/hadoop}).
 *
 * <p>Instances are cached per scheme and authority for the life of the JVM.
 */
public abstract class FileSystem {

    private static final Logger LOG = LoggerFactory.getLogger(FileSystem.class);

    /** Whether writing to an existing path replaces it, as Flink's {@code FileSystem.WriteMode}. */
    public enum WriteMode {
        /** Fail if the target exists. */
        NO_OVERWRITE,
        /** Replace the target if it exists. */
        OVERWRITE
    }

    private static final ConcurrentHashMap<String, FileSystem> CACHE = new ConcurrentHashMap<>();

    /**
     * The file system for a URI; a URI without scheme means {@code fs.defaultFS} (see the class
     * comment).
     *
     * @throws IOException if the scheme has no Hadoop implementation or the file system cannot start
     */
    public static FileSystem get(URI uri) throws IOException {
        String scheme = uri.getScheme();
        if (scheme == null) {
            if (!isHadoopConfigured()) {
                return LocalFileSystem.INSTANCE;
            }
            uri = HadoopFileSystem.defaultUri();
            scheme = uri.getScheme() == null ? "file" : uri.getScheme();
        }
        scheme = scheme.toLowerCase(Locale.ROOT);
        if (scheme.equals("file")) {
            return LocalFileSystem.INSTANCE;
        }
        URI fsUri = HadoopFileSystem.withDefaultAuthority(uri);
        String key = scheme + "://" + (fsUri.getAuthority() == null ? "" : fsUri.getAuthority().toLowerCase(Locale.ROOT));
        FileSystem cached = CACHE.get(key);
        if (cached != null) {
            return cached;
        }
        HadoopFileSystem created = HadoopFileSystem.create(fsUri);
        FileSystem raced = CACHE.putIfAbsent(key, created);
        if (raced != null) {
            created.close();
            return raced;
        }
        return created;
    }

    /** The local file system. */
    public static FileSystem getLocalFileSystem() {
        return LocalFileSystem.INSTANCE;
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
     * The Hadoop configuration Hadoop's file systems are created with: the one set with
     * {@link #setHadoopConfiguration}, or one created on first use from the classpath
     * ({@code core-site.xml}, ...) plus the {@code core-site.xml} and {@code hdfs-site.xml} in
     * {@code $HADOOP_CONF_DIR}.
     */
    public static org.apache.hadoop.conf.Configuration getHadoopConfiguration() {
        return HadoopFileSystem.configuration();
    }

    /**
     * Replaces the Hadoop configuration (e.g. with a cluster's) and closes the cached file
     * systems, so later calls connect with the new settings.
     */
    public static synchronized void setHadoopConfiguration(org.apache.hadoop.conf.Configuration conf) {
        HadoopFileSystem.setConfiguration(conf);
        closeAll();
    }

    /**
     * Whether Hadoop has a configuration beyond its defaults: one was set with
     * {@link #setHadoopConfiguration}, or a {@code core-site.xml} is on the classpath or in the
     * Hadoop configuration directory. Without one, {@code fs.defaultFS} is the local file system
     * and no codec beyond Hadoop's defaults is registered.
     */
    public static boolean isHadoopConfigured() {
        return HadoopSite.isConfigured();
    }

    /** Closes and forgets every cached Hadoop file system. */
    public static synchronized void closeAll() {
        for (FileSystem fs : CACHE.values()) {
            try {
                ((HadoopFileSystem) fs).close();
            } catch (IOException e) {
                LOG.warn("Could not close file system {}", fs.getUri(), e);
            }
        }
        CACHE.clear();
    }

    /** The directory relative paths are resolved against. */
    public abstract Path getWorkingDirectory();

    /** The user's home directory. */
    public abstract Path getHomeDirectory();

    /** The scheme and authority of this file system. */
    public abstract URI getUri();

    /** {@code path} made absolute and given this file system's scheme and authority. */
    public abstract Path makeQualified(Path path);

    /**
     * What the file system knows about {@code path}.
     *
     * @throws FileNotFoundException if nothing is there
     */
    public abstract FileStatus getFileStatus(Path path) throws IOException;

    /** Where the bytes {@code [start, start + len)} of {@code file} are stored, ordered by offset. */
    public abstract BlockLocation[] getFileBlockLocations(FileStatus file, long start, long len) throws IOException;

    /** Opens a file for reading with a buffer of about {@code bufferSize} bytes. */
    public abstract FSDataInputStream open(Path path, int bufferSize) throws IOException;

    /** Opens a file for reading. */
    public abstract FSDataInputStream open(Path path) throws IOException;

    /**
     * The entries of a directory, or the file itself if {@code path} is a file.
     *
     * @throws FileNotFoundException if nothing is there
     */
    public abstract FileStatus[] listStatus(Path path) throws IOException;

    public boolean exists(Path path) throws IOException {
        try {
            getFileStatus(path);
            return true;
        } catch (FileNotFoundException e) {
            return false;
        }
    }

    /** Whether {@code path} is a directory. @throws FileNotFoundException if nothing is there */
    public boolean isDirectory(Path path) throws IOException {
        return getFileStatus(path).isDir();
    }

    /**
     * Deletes a file, or a directory ({@code recursive} must be true if it is not empty).
     *
     * @return false if there was nothing to delete
     */
    public abstract boolean delete(Path path, boolean recursive) throws IOException;

    /** Creates a directory and its missing parents; true if it exists afterwards. */
    public abstract boolean mkdirs(Path path) throws IOException;

    /**
     * Creates a file (and its missing parent directories) for writing.
     *
     * @throws IOException if it exists and {@code overwriteMode} is {@link WriteMode#NO_OVERWRITE}
     */
    public abstract FSDataOutputStream create(Path path, WriteMode overwriteMode) throws IOException;

    /** Moves {@code src} to {@code dst}; false if it could not (e.g. {@code dst} exists). */
    public abstract boolean rename(Path src, Path dst) throws IOException;

    /** True for file systems that are not on this machine only (anything but {@code file}). */
    public abstract boolean isDistributedFS();

    /** The block size of new files, which bounds the size of input splits. */
    public abstract long getDefaultBlockSize();

    @Override
    public String toString() {
        return "FileSystem(" + getUri() + ")";
    }
}
