package io.eddy.api.io;

import io.eddy.api.configuration.Configuration;
import io.eddy.api.fs.BlockLocation;
import io.eddy.api.fs.FSDataInputStream;
import io.eddy.api.fs.FileStatus;
import io.eddy.api.fs.FileSystem;
import io.eddy.api.fs.Path;
import io.eddy.api.io.statistics.BaseStatistics;
import io.eddy.runtime.io.InputSplitAssigner;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The base of formats that read files, as Flink's {@code FileInputFormat}: enumerates the files
 * under one or more paths and cuts them into byte-range {@link FileInputSplit}s.
 *
 * <p>A path may name a file or a directory. Directory entries whose names start with {@code _} or
 * {@code .} (markers such as {@code _SUCCESS}, hidden and in-progress files) are skipped; nested
 * directories are read only with {@link #setNestedFileEnumeration(boolean)} (or the configuration
 * key {@value #ENUMERATE_NESTED_FILES_FLAG}). A split covers at most one file block (so it can be
 * read where the block is stored) and at most {@code totalSize / minNumSplits} bytes, so that a
 * single large file still gives every subtask work. Files compressed with a codec Hadoop knows by
 * their extension ({@code .gz}, {@code .bz2}, {@code .deflate}, ...) become one split each and are
 * read whole through the codec.
 *
 * <p>Files are read through Eddy's {@link FileSystem}s: local files directly, every other scheme
 * through Hadoop's file system for it. Decompression uses Hadoop's codecs, which are loaded only
 * for a file whose extension is one of theirs (or whenever Hadoop is configured, for its
 * {@code io.compression.codecs}).
 */
public abstract class FileInputFormat<OT> extends RichInputFormat<OT, FileInputSplit> {

    private static final long serialVersionUID = 1L;

    private static final Logger LOG = LoggerFactory.getLogger(FileInputFormat.class);

    /** Split length meaning "read the file from the start to its end" (unsplittable files). */
    public static final long READ_WHOLE_SPLIT_FLAG = -1L;

    /** Configuration key switching on the enumeration of nested directories. */
    public static final String ENUMERATE_NESTED_FILES_FLAG = "recursive.file.enumeration";

    /** The last split of a file may be this much larger than the others instead of leaving a tiny rest. */
    private static final double MAX_SPLIT_SIZE_DISCREPANCY = 1.1;

    /**
     * The extensions of the codecs Hadoop registers without configuration (deflate, gzip, bzip2,
     * LZ4, Snappy, Zstandard).
     */
    private static final String[] DEFAULT_CODEC_EXTENSIONS = {".deflate", ".gz", ".bz2", ".lz4", ".snappy", ".zst"};

    private Path[] filePaths = new Path[0];
    private long minSplitSize = 1;
    private long maxSplitSize = Long.MAX_VALUE;
    private boolean enumerateNestedFiles;

    /** Set by subclasses that cannot read a file from the middle. */
    protected boolean unsplittable;

    /** The split being read. */
    protected transient FileInputSplit currentSplit;

    /** The open stream: positioned at the split start, or decompressing a whole file. */
    protected transient InputStream stream;

    /** The split's first byte (0 for a whole, compressed file). */
    protected transient long splitStart;

    /** The split's length, or {@link #READ_WHOLE_SPLIT_FLAG}. */
    protected transient long splitLength;

    private transient FSDataInputStream rawStream;
    private transient HadoopDecompression decompression;

    protected FileInputFormat() {}

    protected FileInputFormat(Path filePath) {
        if (filePath != null) {
            setFilePath(filePath);
        }
    }

    public void setFilePath(String filePath) {
        setFilePath(new Path(filePath));
    }

    public void setFilePath(Path filePath) {
        setFilePaths(filePath);
    }

    /** Reads several files or directories as one input. */
    public void setFilePaths(Path... filePaths) {
        if (filePaths == null || filePaths.length == 0) {
            throw new IllegalArgumentException("At least one file path is required");
        }
        for (Path p : filePaths) {
            if (p == null) {
                throw new IllegalArgumentException("File paths must not be null");
            }
        }
        this.filePaths = filePaths.clone();
    }

    public void setFilePaths(String... filePaths) {
        setFilePaths(Arrays.stream(filePaths).map(Path::new).toArray(Path[]::new));
    }

    public Path[] getFilePaths() {
        return filePaths.clone();
    }

    /** The single path, as in Flink; fails if several were set. */
    public Path getFilePath() {
        if (filePaths.length != 1) {
            throw new IllegalStateException("The format reads " + filePaths.length + " paths");
        }
        return filePaths[0];
    }

    public void setNestedFileEnumeration(boolean enable) {
        this.enumerateNestedFiles = enable;
    }

    public boolean getNestedFileEnumeration() {
        return enumerateNestedFiles;
    }

    /** Splits are at least this large (unless a file is smaller). */
    public void setMinSplitSize(long minSplitSize) {
        if (minSplitSize < 1) {
            throw new IllegalArgumentException("The minimum split size must be at least 1");
        }
        this.minSplitSize = minSplitSize;
    }

    public long getMinSplitSize() {
        return minSplitSize;
    }

    /** Splits are at most this large (in addition to the block size limit); Eddy-specific. */
    public void setMaxSplitSize(long maxSplitSize) {
        if (maxSplitSize < 1) {
            throw new IllegalArgumentException("The maximum split size must be at least 1");
        }
        this.maxSplitSize = maxSplitSize;
    }

    public long getMaxSplitSize() {
        return maxSplitSize;
    }

    @Override
    public void configure(Configuration parameters) {
        if (parameters != null && parameters.containsKey(ENUMERATE_NESTED_FILES_FLAG)) {
            enumerateNestedFiles = parameters.getBoolean(ENUMERATE_NESTED_FILES_FLAG, false);
        }
        if (filePaths.length == 0) {
            throw new IllegalArgumentException("The file input format has no file path set");
        }
    }

    /**
     * Whether a directory entry is read; the default skips names starting with {@code _} or
     * {@code .}. Files given directly as input paths are always read.
     */
    protected boolean acceptFile(String name) {
        return !name.startsWith("_") && !name.startsWith(".");
    }

    @Override
    public BaseStatistics getStatistics(BaseStatistics cachedStatistics) throws IOException {
        List<FileStatus> files = new ArrayList<>();
        for (Path path : filePaths) {
            enumerateInput(path, files);
        }
        long totalSize = 0;
        long latestModification = 0;
        for (FileStatus file : files) {
            totalSize += file.getLen();
            latestModification = Math.max(latestModification, file.getModificationTime());
        }
        if (cachedStatistics instanceof FileBaseStatistics cached
                && cached.getLastModificationTime() == latestModification
                && cached.getTotalInputSize() == totalSize) {
            return cached;
        }
        return new FileBaseStatistics(latestModification, totalSize, BaseStatistics.AVG_RECORD_BYTES_UNKNOWN);
    }

    @Override
    public FileInputSplit[] createInputSplits(int minNumSplits) throws IOException {
        List<FileStatus> files = new ArrayList<>();
        for (Path path : filePaths) {
            enumerateInput(path, files);
        }
        long totalLength = 0;
        for (FileStatus file : files) {
            totalLength += file.getLen();
        }
        long maxSplitSizeForParallelism = minNumSplits < 1
                ? Long.MAX_VALUE
                : totalLength / minNumSplits + (totalLength % minNumSplits == 0 ? 0 : 1);

        List<FileInputSplit> splits = new ArrayList<>();
        for (FileStatus file : files) {
            Path path = file.getPath();
            FileSystem fs = fileSystemFor(path);
            long length = file.getLen();
            BlockLocation[] blocks = fs.getFileBlockLocations(file, 0, Math.max(length, 1));
            if (!isSplittable(path)) {
                splits.add(new FileInputSplit(splits.size(), path, 0, READ_WHOLE_SPLIT_FLAG, hostsAt(blocks, 0)));
                continue;
            }
            if (length == 0) {
                splits.add(new FileInputSplit(splits.size(), path, 0, 0, hostsAt(blocks, 0)));
                continue;
            }
            long blockSize = file.getBlockSize() > 0 ? file.getBlockSize() : fs.getDefaultBlockSize();
            long splitSize = Math.max(minSplitSize, Math.min(Math.min(maxSplitSizeForParallelism, blockSize), maxSplitSize));
            long position = 0;
            long unassigned = length;
            while (unassigned > splitSize * MAX_SPLIT_SIZE_DISCREPANCY) {
                splits.add(new FileInputSplit(splits.size(), path, position, splitSize, hostsAt(blocks, position)));
                position += splitSize;
                unassigned -= splitSize;
            }
            splits.add(new FileInputSplit(splits.size(), path, position, unassigned, hostsAt(blocks, position)));
        }
        LOG.debug("Created {} splits over {} files ({} bytes)", splits.size(), files.size(), totalLength);
        return splits.toArray(new FileInputSplit[0]);
    }

    @Override
    public InputSplitAssigner getInputSplitAssigner(FileInputSplit[] splits) {
        return new LocatableInputSplitAssigner(splits);
    }

    /**
     * Opens the split's file: positioned at the split start or, for a compressed file, decompressing
     * from its beginning ({@link #splitStart} 0, {@link #splitLength} {@link #READ_WHOLE_SPLIT_FLAG}).
     */
    @Override
    public void open(FileInputSplit split) throws IOException {
        close();
        currentSplit = split;
        splitStart = split.getStart();
        splitLength = split.getLength();
        Path path = split.getPath();
        rawStream = fileSystemFor(path).open(path);
        InputStream decompressed = decompressing(path, rawStream, true);
        if (decompressed != null) {
            stream = decompressed;
            splitStart = 0;
            splitLength = READ_WHOLE_SPLIT_FLAG;
        } else {
            if (splitStart > 0) {
                rawStream.seek(splitStart);
            }
            stream = rawStream;
        }
    }

    /** Moves an uncompressed stream to an absolute file position. */
    protected void seek(long position) throws IOException {
        if (stream != rawStream) {
            throw new IOException("Cannot seek in a compressed stream");
        }
        rawStream.seek(position);
    }

    /**
     * A new stream over the whole (decompressed) content of {@code path}, independent of the split
     * being read; the caller closes it. Used to find line numbers for error messages.
     */
    protected InputStream openWholeFile(Path path) throws IOException {
        FSDataInputStream in = fileSystemFor(path).open(path);
        InputStream decompressed = decompressing(path, in, false);
        return decompressed == null ? in : decompressed;
    }

    @Override
    public void close() throws IOException {
        InputStream toClose = stream != null ? stream : rawStream;
        stream = null;
        rawStream = null;
        if (toClose != null) {
            toClose.close();
        }
    }

    /** True if {@code path} may be cut into several splits: not compressed, format not unsplittable. */
    protected boolean isSplittable(Path path) {
        return !unsplittable && !(mayBeCompressed(path) && decompression().isCompressed(path));
    }

    /**
     * Whether a codec may claim {@code path}: its name ends in a built-in codec's extension, or
     * Hadoop is configured (its {@code io.compression.codecs} may add others).
     */
    static boolean mayBeCompressed(Path path) {
        String name = path.getName();
        for (String extension : DEFAULT_CODEC_EXTENSIONS) {
            if (name.endsWith(extension)) {
                return true;
            }
        }
        return FileSystem.isHadoopConfigured();
    }

    /** The decompressed content of {@code raw} if a codec claims {@code path}, else null. */
    private InputStream decompressing(Path path, InputStream raw, boolean pooled) throws IOException {
        return mayBeCompressed(path) ? decompression().open(path, raw, pooled) : null;
    }

    private HadoopDecompression decompression() {
        if (decompression == null) {
            decompression = new HadoopDecompression();
        }
        return decompression;
    }

    private static FileSystem fileSystemFor(Path path) throws IOException {
        return FileSystem.get(path.toUri());
    }

    /** {@link #enumerate} of one input path, naming the path when its file system is unreachable. */
    private void enumerateInput(Path path, List<FileStatus> result) throws IOException {
        try {
            enumerate(path, result);
        } catch (IOException e) {
            throw FileSystem.withPath(path, e);
        }
    }

    private void enumerate(Path path, List<FileStatus> result) throws IOException {
        FileSystem fs = fileSystemFor(path);
        FileStatus status = fs.getFileStatus(fs.makeQualified(path));
        if (!status.isDir()) {
            result.add(status);
            return;
        }
        addDirectory(fs, status, result);
    }

    private void addDirectory(FileSystem fs, FileStatus dir, List<FileStatus> result)
            throws IOException {
        FileStatus[] children = fs.listStatus(dir.getPath());
        Arrays.sort(children, Comparator.comparing(FileStatus::getPath));
        for (FileStatus child : children) {
            if (!acceptFile(child.getPath().getName())) {
                continue;
            }
            if (child.isDir()) {
                if (enumerateNestedFiles) {
                    addDirectory(fs, child, result);
                }
            } else {
                result.add(child);
            }
        }
    }

    private static String[] hostsAt(BlockLocation[] blocks, long position) throws IOException {
        for (BlockLocation block : blocks) {
            if (position >= block.getOffset() && position < block.getOffset() + block.getLength()) {
                return block.getHosts();
            }
        }
        return blocks.length > 0 ? blocks[0].getHosts() : new String[0];
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + " (" + Arrays.toString(filePaths) + ")";
    }

    /** Size and modification time of a file input; the record width is usually unknown. */
    public static class FileBaseStatistics implements BaseStatistics {

        private final long lastModificationTime;
        private final long totalSize;
        private final float averageRecordWidth;

        public FileBaseStatistics(long lastModificationTime, long totalSize, float averageRecordWidth) {
            this.lastModificationTime = lastModificationTime;
            this.totalSize = totalSize;
            this.averageRecordWidth = averageRecordWidth;
        }

        /** The newest modification time among the files, for checking whether cached statistics are stale. */
        public long getLastModificationTime() {
            return lastModificationTime;
        }

        @Override
        public long getTotalInputSize() {
            return totalSize;
        }

        @Override
        public long getNumberOfRecords() {
            return averageRecordWidth > 0 && totalSize >= 0
                    ? (long) Math.ceil(totalSize / averageRecordWidth)
                    : NUM_RECORDS_UNKNOWN;
        }

        @Override
        public float getAverageRecordWidth() {
            return averageRecordWidth;
        }

        @Override
        public String toString() {
            return "size=" + totalSize + ", recordWidth=" + averageRecordWidth + ", modified=" + lastModificationTime;
        }
    }
}
