package io.eddy.api.fs;

import java.io.File;
import java.io.FileInputStream;
import java.io.FileNotFoundException;
import java.io.FileOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The local file system ({@code file://}) through {@code java.nio}, as Flink's
 * {@code LocalFileSystem}: no Hadoop classes, no checksum side files, no forked {@code chmod}.
 * New files and directories get the process's umask. A file is one block of
 * {@link #BLOCK_SIZE} bytes per block, on {@code localhost}, as on Hadoop's local file system, so
 * that a large file still gives several input splits.
 */
public final class LocalFileSystem extends FileSystem {

    /** Hadoop's {@code fs.local.block.size} default: input splits of local files are at most this large. */
    public static final long BLOCK_SIZE = 32L * 1024 * 1024;

    static final LocalFileSystem INSTANCE = new LocalFileSystem();

    private static final URI URI_ROOT = URI.create("file:///");

    private static final String[] HOSTS = {"localhost"};

    private LocalFileSystem() {}

    @Override
    public Path getWorkingDirectory() {
        return new Path(new File(System.getProperty("user.dir")).toURI());
    }

    @Override
    public Path getHomeDirectory() {
        return new Path(new File(System.getProperty("user.home")).toURI());
    }

    @Override
    public URI getUri() {
        return URI_ROOT;
    }

    @Override
    public Path makeQualified(Path path) {
        return new Path(toFile(path).toURI());
    }

    /** The local file {@code path} names, relative paths resolved against the working directory. */
    public File toFile(Path path) {
        URI uri = path.toUri();
        if (uri.getScheme() != null && !uri.getScheme().equalsIgnoreCase("file")) {
            throw new IllegalArgumentException("Not a local path: " + path);
        }
        String p = uri.getPath();
        return p.startsWith("/") ? new File(p) : new File(System.getProperty("user.dir"), p);
    }

    @Override
    public FileStatus getFileStatus(Path path) throws IOException {
        File file = toFile(path);
        return status(file.toPath(), new Path(file.toURI()));
    }

    private static FileStatus status(java.nio.file.Path file, Path qualified) throws IOException {
        try {
            return new LocalFileStatus(Files.readAttributes(file, BasicFileAttributes.class), qualified);
        } catch (NoSuchFileException e) {
            throw new FileNotFoundException("File " + qualified + " does not exist");
        }
    }

    @Override
    public BlockLocation[] getFileBlockLocations(FileStatus file, long start, long len) {
        long length = file.getLen();
        if (start < 0 || len < 0) {
            throw new IllegalArgumentException("Negative start or length");
        }
        List<BlockLocation> blocks = new ArrayList<>();
        long end = Math.min(length, start + len);
        for (long offset = start / BLOCK_SIZE * BLOCK_SIZE; offset < end; offset += BLOCK_SIZE) {
            blocks.add(new LocalBlockLocation(offset, Math.min(BLOCK_SIZE, length - offset)));
        }
        if (blocks.isEmpty()) {
            blocks.add(new LocalBlockLocation(0, length));
        }
        return blocks.toArray(new BlockLocation[0]);
    }

    @Override
    public FSDataInputStream open(Path path, int bufferSize) throws IOException {
        return open(path);
    }

    @Override
    public FSDataInputStream open(Path path) throws IOException {
        File file = toFile(path);
        if (file.isDirectory()) {
            throw new FileNotFoundException(makeQualified(path) + " is a directory");
        }
        return new LocalDataInputStream(new FileInputStream(file));
    }

    @Override
    public FileStatus[] listStatus(Path path) throws IOException {
        File file = toFile(path);
        Path qualified = new Path(file.toURI());
        FileStatus status = status(file.toPath(), qualified);
        if (!status.isDir()) {
            return new FileStatus[] {status};
        }
        List<FileStatus> children = new ArrayList<>();
        try (Stream<java.nio.file.Path> entries = Files.list(file.toPath())) {
            for (java.nio.file.Path child : (Iterable<java.nio.file.Path>) entries::iterator) {
                try {
                    children.add(status(child, new Path(qualified, child.getFileName().toString())));
                } catch (FileNotFoundException deletedMeanwhile) {
                    // an entry removed while listing is not part of the listing
                }
            }
        }
        return children.toArray(new FileStatus[0]);
    }

    @Override
    public boolean exists(Path path) {
        return toFile(path).exists();
    }

    @Override
    public boolean delete(Path path, boolean recursive) throws IOException {
        java.nio.file.Path file = toFile(path).toPath();
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        if (recursive && Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS)) {
            Files.walkFileTree(file, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(java.nio.file.Path f, BasicFileAttributes attrs) throws IOException {
                    Files.deleteIfExists(f);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(java.nio.file.Path dir, IOException failure) throws IOException {
                    if (failure != null) {
                        throw failure;
                    }
                    Files.deleteIfExists(dir);
                    return FileVisitResult.CONTINUE;
                }
            });
            return true;
        }
        try {
            return Files.deleteIfExists(file);
        } catch (DirectoryNotEmptyException e) {
            throw new IOException("Directory " + makeQualified(path) + " is not empty; delete it recursively", e);
        }
    }

    @Override
    public boolean mkdirs(Path path) throws IOException {
        java.nio.file.Path dir = toFile(path).toPath();
        try {
            Files.createDirectories(dir);
        } catch (FileAlreadyExistsException e) {
            throw new FileAlreadyExistsException(makeQualified(path) + " exists and is not a directory");
        }
        return true;
    }

    @Override
    public FSDataOutputStream create(Path path, WriteMode overwriteMode) throws IOException {
        File file = toFile(path);
        if (overwriteMode == WriteMode.NO_OVERWRITE && file.exists()) {
            throw new FileAlreadyExistsException("File " + makeQualified(path) + " already exists");
        }
        if (file.isDirectory()) {
            throw new IOException("Cannot create " + makeQualified(path) + ": it is a directory");
        }
        File parent = file.getParentFile();
        if (parent != null) {
            mkdirs(new Path(parent.toURI()));
        }
        return new LocalDataOutputStream(file);
    }

    @Override
    public boolean rename(Path src, Path dst) throws IOException {
        java.nio.file.Path from = toFile(src).toPath();
        java.nio.file.Path to = toFile(dst).toPath();
        if (!Files.exists(from, LinkOption.NOFOLLOW_LINKS) || Files.exists(to, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        } catch (NoSuchFileException | FileAlreadyExistsException e) {
            return false;
        }
        return true;
    }

    @Override
    public boolean isDistributedFS() {
        return false;
    }

    @Override
    public long getDefaultBlockSize() {
        return BLOCK_SIZE;
    }

    /** A local file's attributes. */
    private record LocalFileStatus(BasicFileAttributes attributes, Path path) implements FileStatus {
        @Override
        public long getLen() {
            return attributes.isDirectory() ? 0 : attributes.size();
        }

        @Override
        public long getBlockSize() {
            return BLOCK_SIZE;
        }

        @Override
        public short getReplication() {
            return 1;
        }

        @Override
        public long getModificationTime() {
            return attributes.lastModifiedTime().toMillis();
        }

        @Override
        public long getAccessTime() {
            return attributes.lastAccessTime().toMillis();
        }

        @Override
        public boolean isDir() {
            return attributes.isDirectory();
        }

        @Override
        public Path getPath() {
            return path;
        }
    }

    /** One block of a local file. */
    private record LocalBlockLocation(long offset, long length) implements BlockLocation {
        @Override
        public String[] getHosts() {
            return HOSTS.clone();
        }

        @Override
        public long getOffset() {
            return offset;
        }

        @Override
        public long getLength() {
            return length;
        }
    }

    /** Reads a local file; seeking moves the file channel's position. */
    private static final class LocalDataInputStream extends WrappingInputStream {
        private final FileChannel channel;

        LocalDataInputStream(FileInputStream in) {
            super(in);
            this.channel = in.getChannel();
        }

        @Override
        public void seek(long desired) throws IOException {
            if (desired < 0) {
                throw new IOException("Cannot seek to negative position " + desired);
            }
            channel.position(desired);
        }

        @Override
        public long getPos() throws IOException {
            return channel.position();
        }
    }

    /** Writes a new local file. */
    private static final class LocalDataOutputStream extends FSDataOutputStream {
        private final FileOutputStream out;
        private long position;

        LocalDataOutputStream(File file) throws FileNotFoundException {
            this.out = new FileOutputStream(file);
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            position++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            position += len;
        }

        @Override
        public long getPos() {
            return position;
        }

        @Override
        public void flush() throws IOException {
            out.flush();
        }

        @Override
        public void sync() throws IOException {
            out.getFD().sync();
        }

        @Override
        public void close() throws IOException {
            out.close();
        }
    }
}
