package io.eddy.api.fs;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One of Hadoop's file systems ({@code hdfs://}, {@code s3a://}, {@code viewfs://}, ...) as an
 * Eddy {@link FileSystem}, as Flink's {@code HadoopFileSystem}. Holds the Hadoop configuration all
 * of them are created with (see {@link FileSystem#getHadoopConfiguration()}).
 */
public final class HadoopFileSystem extends FileSystem {

    private static final Logger LOG = LoggerFactory.getLogger(HadoopFileSystem.class);

    private static volatile org.apache.hadoop.conf.Configuration configuration;

    private final org.apache.hadoop.fs.FileSystem fs;

    /** Wraps a started Hadoop file system; closing this closes it. */
    public HadoopFileSystem(org.apache.hadoop.fs.FileSystem fs) {
        this.fs = fs;
    }

    static HadoopFileSystem create(URI fsUri) throws IOException {
        LOG.debug("Creating Hadoop file system for {}", fsUri);
        return new HadoopFileSystem(org.apache.hadoop.fs.FileSystem.newInstance(fsUri, configuration()));
    }

    static org.apache.hadoop.conf.Configuration configuration() {
        org.apache.hadoop.conf.Configuration conf = configuration;
        if (conf == null) {
            synchronized (HadoopFileSystem.class) {
                conf = configuration;
                if (conf == null) {
                    conf = loadConfiguration();
                    configuration = conf;
                }
            }
        }
        return conf;
    }

    static synchronized void setConfiguration(org.apache.hadoop.conf.Configuration conf) {
        configuration = new org.apache.hadoop.conf.Configuration(conf);
        HadoopSite.configurationSet = true;
    }

    /** Hadoop's {@code fs.defaultFS}. */
    static URI defaultUri() {
        return org.apache.hadoop.fs.FileSystem.getDefaultUri(configuration());
    }

    /** {@code uri} with the default file system's authority if it has none and the same scheme. */
    static URI withDefaultAuthority(URI uri) {
        if (uri.getAuthority() == null) {
            URI defaultUri = defaultUri();
            if (uri.getScheme().equalsIgnoreCase(defaultUri.getScheme())) {
                return defaultUri;
            }
        }
        return uri;
    }

    private static org.apache.hadoop.conf.Configuration loadConfiguration() {
        org.apache.hadoop.conf.Configuration conf = new org.apache.hadoop.conf.Configuration();
        File confDir = HadoopSite.configurationDirectory();
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

    /** The wrapped Hadoop file system. */
    public org.apache.hadoop.fs.FileSystem getHadoopFileSystem() {
        return fs;
    }

    @Override
    public Path getWorkingDirectory() {
        return Path.fromHadoopPath(fs.getWorkingDirectory());
    }

    @Override
    public Path getHomeDirectory() {
        return Path.fromHadoopPath(fs.getHomeDirectory());
    }

    @Override
    public URI getUri() {
        return fs.getUri();
    }

    @Override
    public Path makeQualified(Path path) {
        return Path.fromHadoopPath(fs.makeQualified(path.toHadoopPath()));
    }

    @Override
    public FileStatus getFileStatus(Path path) throws IOException {
        return new Status(fs.getFileStatus(path.toHadoopPath()));
    }

    @Override
    public BlockLocation[] getFileBlockLocations(FileStatus file, long start, long len) throws IOException {
        org.apache.hadoop.fs.BlockLocation[] blocks = file instanceof Status status
                ? fs.getFileBlockLocations(status.status, start, len)
                : fs.getFileBlockLocations(file.getPath().toHadoopPath(), start, len);
        BlockLocation[] result = new BlockLocation[blocks == null ? 0 : blocks.length];
        for (int i = 0; i < result.length; i++) {
            result[i] = new Block(blocks[i]);
        }
        return result;
    }

    @Override
    public FSDataInputStream open(Path path, int bufferSize) throws IOException {
        return new InputStream(fs.open(path.toHadoopPath(), bufferSize));
    }

    @Override
    public FSDataInputStream open(Path path) throws IOException {
        return new InputStream(fs.open(path.toHadoopPath()));
    }

    @Override
    public FileStatus[] listStatus(Path path) throws IOException {
        org.apache.hadoop.fs.FileStatus[] statuses = fs.listStatus(path.toHadoopPath());
        FileStatus[] result = new FileStatus[statuses.length];
        for (int i = 0; i < result.length; i++) {
            result[i] = new Status(statuses[i]);
        }
        return result;
    }

    @Override
    public boolean exists(Path path) throws IOException {
        return fs.exists(path.toHadoopPath());
    }

    @Override
    public boolean delete(Path path, boolean recursive) throws IOException {
        return fs.delete(path.toHadoopPath(), recursive);
    }

    @Override
    public boolean mkdirs(Path path) throws IOException {
        return fs.mkdirs(path.toHadoopPath());
    }

    @Override
    public FSDataOutputStream create(Path path, WriteMode overwriteMode) throws IOException {
        return new OutputStream(fs.create(path.toHadoopPath(), overwriteMode == WriteMode.OVERWRITE));
    }

    @Override
    public boolean rename(Path src, Path dst) throws IOException {
        return fs.rename(src.toHadoopPath(), dst.toHadoopPath());
    }

    @Override
    public boolean isDistributedFS() {
        return !"file".equals(fs.getUri().getScheme());
    }

    @Override
    @SuppressWarnings("deprecation")
    public long getDefaultBlockSize() {
        return fs.getDefaultBlockSize();
    }

    void close() throws IOException {
        fs.close();
    }

    /** A Hadoop file status. */
    private static final class Status implements FileStatus {
        final org.apache.hadoop.fs.FileStatus status;

        Status(org.apache.hadoop.fs.FileStatus status) {
            this.status = status;
        }

        @Override
        public long getLen() {
            return status.getLen();
        }

        @Override
        public long getBlockSize() {
            return status.getBlockSize();
        }

        @Override
        public short getReplication() {
            return status.getReplication();
        }

        @Override
        public long getModificationTime() {
            return status.getModificationTime();
        }

        @Override
        public long getAccessTime() {
            return status.getAccessTime();
        }

        @Override
        public boolean isDir() {
            return status.isDirectory();
        }

        @Override
        public Path getPath() {
            return Path.fromHadoopPath(status.getPath());
        }
    }

    /** A Hadoop block location. */
    private record Block(org.apache.hadoop.fs.BlockLocation block) implements BlockLocation {
        @Override
        public String[] getHosts() throws IOException {
            return block.getHosts();
        }

        @Override
        public long getOffset() {
            return block.getOffset();
        }

        @Override
        public long getLength() {
            return block.getLength();
        }
    }

    /** A Hadoop input stream. */
    private static final class InputStream extends WrappingInputStream {
        private final org.apache.hadoop.fs.FSDataInputStream in;

        InputStream(org.apache.hadoop.fs.FSDataInputStream in) {
            super(in);
            this.in = in;
        }

        @Override
        public void seek(long desired) throws IOException {
            in.seek(desired);
        }

        @Override
        public long getPos() throws IOException {
            return in.getPos();
        }
    }

    /** A Hadoop output stream. */
    private static final class OutputStream extends FSDataOutputStream {
        private final org.apache.hadoop.fs.FSDataOutputStream out;

        OutputStream(org.apache.hadoop.fs.FSDataOutputStream out) {
            this.out = out;
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public long getPos() {
            return out.getPos();
        }

        @Override
        public void flush() throws IOException {
            out.flush();
        }

        @Override
        public void sync() throws IOException {
            out.hsync();
        }

        @Override
        public void close() throws IOException {
            out.close();
        }
    }
}
