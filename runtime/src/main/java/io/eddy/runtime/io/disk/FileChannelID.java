package io.eddy.runtime.io.disk;

import java.io.File;
import java.util.Objects;

/**
 * Names one spill file of an {@link IOManager}: its path and the index of the spilling directory it
 * lives in (which decides the I/O thread that serves it). Two ids are equal when their paths are.
 */
public final class FileChannelID {

    private final File path;
    private final int directoryIndex;

    public FileChannelID(File path, int directoryIndex) {
        this.path = Objects.requireNonNull(path, "path");
        if (directoryIndex < 0) {
            throw new IllegalArgumentException("negative directory index " + directoryIndex);
        }
        this.directoryIndex = directoryIndex;
    }

    public File getPath() {
        return path;
    }

    /** The index into {@link IOManager#getSpillingDirectories()} of the directory holding the file. */
    public int getDirectoryIndex() {
        return directoryIndex;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FileChannelID && ((FileChannelID) o).path.equals(path);
    }

    @Override
    public int hashCode() {
        return path.hashCode();
    }

    @Override
    public String toString() {
        return path.toString();
    }
}
