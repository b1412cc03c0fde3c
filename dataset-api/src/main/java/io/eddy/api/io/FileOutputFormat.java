package io.eddy.api.io;

import io.eddy.api.configuration.Configuration;
import io.eddy.api.fs.FileSystem;
import io.eddy.api.fs.FileSystem.WriteMode;
import io.eddy.api.fs.Path;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The base of formats that write files, as Flink's {@code FileOutputFormat}, with an atomic commit.
 *
 * <p>Layout, as in Flink: with parallelism 1 and {@link OutputDirectoryMode#PARONLY} (the default)
 * the target path is one file; otherwise it is a directory holding one file per subtask, named
 * {@code 1}, {@code 2}, ... {@code n}.
 *
 * <p>Commit protocol. Subtasks never write to the target. The master's
 * {@link #initializeGlobal(int)} checks the target (failing at once if it exists and the write mode
 * is {@link WriteMode#NO_OVERWRITE}) and creates a hidden staging directory beside it,
 * {@code <parent>/.<name>.eddy-staging-<id>}. Each subtask writes its file into that directory
 * through a large buffer. When all subtasks have succeeded, {@link #finalizeGlobal(int)} deletes
 * an old target (with {@link WriteMode#OVERWRITE}) and moves the staged output into place with a
 * single rename: of the staging directory itself in directory mode, of the one file otherwise.
 * When the job fails, {@link #abortGlobal(int)} deletes the staging directory, so nothing appears at
 * the target (not even files of subtasks that had finished) and an old target stays untouched; a
 * failing subtask also removes its own partial file ({@link #tryCleanupOnError()}).
 *
 * <p>The staging id is drawn when the format object is created on the client: a random UUID and
 * the client process's pid, start time and host ({@link StagingDirectories}). The object is
 * serialized into the job, so the master hooks and all subtasks agree on it without coordination;
 * running the same format object in two jobs at the same time is therefore not supported. A run
 * killed without a chance to clean up ({@code kill -9}) leaves its staging directory behind; the
 * next run writing to the same target removes it, and never one whose process is still alive. The hooks are required: the DataSet layer registers them as the sink vertex's
 * runtime {@code MasterHook}.
 */
public abstract class FileOutputFormat<IT> extends RichOutputFormat<IT>
        implements InitializeOnMaster, FinalizeOnMaster, CleanupOnMaster, CleanupWhenUnsuccessful {

    private static final long serialVersionUID = 1L;

    private static final Logger LOG = LoggerFactory.getLogger(FileOutputFormat.class);

    /** Size of the buffer between a subtask's writes and the file system. */
    public static final int WRITE_BUFFER_SIZE = 1024 * 1024;

    /** Whether the target is a directory even for parallelism 1. */
    public enum OutputDirectoryMode {
        /** Always write a directory of numbered files. */
        ALWAYS,
        /** Write a directory only when the parallelism is greater than 1. */
        PARONLY
    }

    private Path outputFilePath;
    private WriteMode writeMode = WriteMode.NO_OVERWRITE;
    private OutputDirectoryMode outputDirectoryMode = OutputDirectoryMode.PARONLY;
    private final String stagingId = StagingDirectories.newId();

    /** The open subtask stream; subclasses write their bytes here. */
    protected transient OutputStream stream;

    private transient Path actualFilePath;
    private transient boolean fileCreated;

    protected FileOutputFormat() {}

    protected FileOutputFormat(Path outputPath) {
        this.outputFilePath = outputPath;
    }

    public void setOutputFilePath(Path path) {
        if (path == null) {
            throw new IllegalArgumentException("The output path must not be null");
        }
        this.outputFilePath = path;
    }

    public Path getOutputFilePath() {
        return outputFilePath;
    }

    public void setWriteMode(WriteMode mode) {
        if (mode == null) {
            throw new NullPointerException("write mode");
        }
        this.writeMode = mode;
    }

    public WriteMode getWriteMode() {
        return writeMode;
    }

    public void setOutputDirectoryMode(OutputDirectoryMode mode) {
        if (mode == null) {
            throw new NullPointerException("output directory mode");
        }
        this.outputDirectoryMode = mode;
    }

    public OutputDirectoryMode getOutputDirectoryMode() {
        return outputDirectoryMode;
    }

    @Override
    public void configure(Configuration parameters) {
        if (outputFilePath == null) {
            throw new IllegalArgumentException("The output path has not been set");
        }
    }

    /** True if the output for {@code parallelism} subtasks is a directory of numbered files. */
    protected boolean writesDirectory(int parallelism) {
        return parallelism > 1 || outputDirectoryMode == OutputDirectoryMode.ALWAYS;
    }

    /** The name of subtask {@code taskNumber}'s file in directory mode: its number from 1. */
    protected String getDirectoryFileName(int taskNumber) {
        return Integer.toString(taskNumber + 1);
    }

    /** The hidden staging directory beside the qualified target. */
    protected Path getStagingDirectory() throws IOException {
        Path target = qualifiedTarget();
        Path parent = target.getParent();
        if (parent == null) {
            throw new IOException("Cannot write to the root directory " + target);
        }
        return new Path(parent, "." + target.getName() + ".eddy-staging-" + stagingId);
    }

    @Override
    public void initializeGlobal(int parallelism) throws IOException {
        try {
            prepareStaging();
        } catch (IOException e) {
            throw FileSystem.withPath(outputFilePath, e);
        }
    }

    private void prepareStaging() throws IOException {
        Path target = qualifiedTarget();
        FileSystem fs = FileSystem.get(target.toUri());
        if (writeMode == WriteMode.NO_OVERWRITE && fs.exists(target)) {
            throw new IOException("Output path '" + target + "' already exists and the write mode is "
                    + "NO_OVERWRITE. Delete it or use WriteMode.OVERWRITE.");
        }
        Path staging = getStagingDirectory();
        StagingDirectories.removeStale(fs, staging.getParent(), target.getName(), staging.getName());
        if (fs.exists(staging)) {
            fs.delete(staging, true);
        }
        if (!fs.mkdirs(staging)) {
            throw new IOException("Could not create the staging directory " + staging);
        }
        LOG.debug("Staging output for {} in {}", target, staging);
    }

    @Override
    public void open(int taskNumber, int numTasks) throws IOException {
        if (taskNumber < 0 || numTasks < 1 || taskNumber >= numTasks) {
            throw new IllegalArgumentException("Invalid task " + taskNumber + " of " + numTasks);
        }
        Path staging = getStagingDirectory();
        actualFilePath = new Path(staging, writesDirectory(numTasks) ? getDirectoryFileName(taskNumber) : qualifiedTarget().getName());
        FileSystem fs = FileSystem.get(actualFilePath.toUri());
        // Overwrite: a retried subtask replaces its earlier attempt's file.
        stream = new BufferedOutputStream(fs.create(actualFilePath, WriteMode.OVERWRITE), WRITE_BUFFER_SIZE);
        fileCreated = true;
    }

    @Override
    public void close() throws IOException {
        OutputStream s = stream;
        stream = null;
        if (s != null) {
            s.close();
        }
    }

    @Override
    public void finalizeGlobal(int parallelism) throws IOException {
        Path target = qualifiedTarget();
        Path staging = getStagingDirectory();
        FileSystem fs = FileSystem.get(target.toUri());
        if (!fs.exists(staging)) {
            throw new IOException("The staging directory " + staging + " of output " + target
                    + " is missing; was initializeGlobal run?");
        }
        try {
            commit(fs, target, staging, parallelism);
        } catch (IOException | RuntimeException e) {
            abortGlobal(parallelism);
            throw e;
        }
        LOG.debug("Committed output {}", target);
    }

    private void commit(FileSystem fs, Path target, Path staging, int parallelism) throws IOException {
        if (fs.exists(target)) {
            if (writeMode == WriteMode.NO_OVERWRITE) {
                throw new IOException("Output path '" + target + "' already exists and the write mode is "
                        + "NO_OVERWRITE. Delete it or use WriteMode.OVERWRITE.");
            }
            if (!fs.delete(target, true)) {
                throw new IOException("Could not delete the old output " + target);
            }
        }
        if (writesDirectory(parallelism)) {
            rename(fs, staging, target);
        } else {
            Path file = new Path(staging, target.getName());
            if (!fs.exists(file)) {
                fs.create(file, WriteMode.OVERWRITE).close();
            }
            rename(fs, file, target);
            fs.delete(staging, true);
        }
    }

    @Override
    public void abortGlobal(int parallelism) {
        try {
            Path staging = getStagingDirectory();
            FileSystem.get(staging.toUri()).delete(staging, true);
        } catch (IOException | RuntimeException e) {
            LOG.warn("Could not delete the staging directory of output {}", outputFilePath, e);
        }
    }

    @Override
    public void tryCleanupOnError() {
        try {
            close();
        } catch (IOException | RuntimeException e) {
            LOG.debug("Closing the failed output {} failed", actualFilePath, e);
        }
        if (fileCreated && actualFilePath != null) {
            try {
                FileSystem.get(actualFilePath.toUri()).delete(actualFilePath, false);
            } catch (IOException | RuntimeException e) {
                LOG.warn("Could not delete the partial output file {}", actualFilePath, e);
            }
            fileCreated = false;
        }
    }

    private Path qualifiedTarget() throws IOException {
        if (outputFilePath == null) {
            throw new IllegalStateException("The output path has not been set");
        }
        return FileSystem.get(outputFilePath.toUri()).makeQualified(outputFilePath);
    }

    private static void rename(FileSystem fs, Path from, Path to) throws IOException {
        Path parent = to.getParent();
        if (parent != null && !fs.exists(parent)) {
            fs.mkdirs(parent);
        }
        if (!fs.rename(from, to)) {
            throw new IOException("Could not move " + from + " to " + to);
        }
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + " (" + outputFilePath + ")";
    }
}
