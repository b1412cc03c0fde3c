package io.eddy.api.io;

import io.eddy.api.fs.Path;
import java.util.Objects;

/**
 * A byte range of one file: {@code length} bytes from {@code start}, or the whole file when the
 * length is {@link FileInputFormat#READ_WHOLE_SPLIT_FLAG} (unsplittable, e.g. compressed, files).
 * The hosts are those storing the range's first block.
 */
public class FileInputSplit extends LocatableInputSplit {

    private static final long serialVersionUID = 1L;

    private final Path file;
    private final long start;
    private final long length;

    public FileInputSplit(int num, Path file, long start, long length, String[] hosts) {
        super(num, hosts);
        this.file = Objects.requireNonNull(file, "file");
        this.start = start;
        this.length = length;
    }

    public Path getPath() {
        return file;
    }

    public long getStart() {
        return start;
    }

    /** The number of bytes, or {@link FileInputFormat#READ_WHOLE_SPLIT_FLAG}. */
    public long getLength() {
        return length;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FileInputSplit other
                && super.equals(o)
                && other.file.equals(file)
                && other.start == start
                && other.length == length;
    }

    @Override
    public int hashCode() {
        return Objects.hash(getSplitNumber(), file, start, length);
    }

    @Override
    public String toString() {
        return "[" + getSplitNumber() + "] " + file + ":" + start + "+" + length;
    }
}
