package io.eddy.api.fs;

/**
 * What a file system knows about one file or directory, as Flink's {@code core.fs.FileStatus}:
 * returned by {@link FileSystem#getFileStatus} and {@link FileSystem#listStatus}.
 */
public interface FileStatus {

    /** The file's length in bytes (0 for a directory). */
    long getLen();

    /** The size of the file's blocks; input splits are at most one block. */
    long getBlockSize();

    /** How many copies the file system keeps (1 on a local disk). */
    short getReplication();

    /** Milliseconds since the epoch. */
    long getModificationTime();

    /** Milliseconds since the epoch, or 0 where the file system does not keep it. */
    long getAccessTime();

    boolean isDir();

    /** The qualified path (with scheme and authority). */
    Path getPath();
}
