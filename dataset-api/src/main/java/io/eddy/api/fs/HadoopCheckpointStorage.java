package io.eddy.api.fs;

import io.eddy.runtime.iteration.CheckpointStorage;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;

/**
 * Loop checkpoints on any of Hadoop's file systems ({@code hdfs://}, {@code file://}, ...), so that
 * a restarted job's TaskExecutors on other machines find them. Registered with the runtime as a
 * {@link CheckpointStorage.Factory}; uses {@link FileSystem#getHadoopConfiguration()}.
 */
public final class HadoopCheckpointStorage implements CheckpointStorage {

    private final org.apache.hadoop.fs.FileSystem fs;

    private HadoopCheckpointStorage(org.apache.hadoop.fs.FileSystem fs) {
        this.fs = fs;
    }

    /** Serves every scheme Hadoop knows. */
    public static final class Factory implements CheckpointStorage.Factory {
        /** Created by the {@link java.util.ServiceLoader}. */
        public Factory() {}

        @Override
        public boolean accepts(String scheme) {
            try {
                return org.apache.hadoop.fs.FileSystem.getFileSystemClass(scheme, FileSystem.getHadoopConfiguration()) != null;
            } catch (IOException | RuntimeException | LinkageError e) {
                return false;
            }
        }

        @Override
        public CheckpointStorage create(URI root) throws IOException {
            return new HadoopCheckpointStorage(org.apache.hadoop.fs.FileSystem.get(root, FileSystem.getHadoopConfiguration()));
        }
    }

    @Override
    public OutputStream create(String path) throws IOException {
        return fs.create(new org.apache.hadoop.fs.Path(path), true);
    }

    @Override
    public InputStream open(String path) throws IOException {
        return fs.open(new org.apache.hadoop.fs.Path(path));
    }

    @Override
    public void commit(String from, String to) throws IOException {
        org.apache.hadoop.fs.Path target = new org.apache.hadoop.fs.Path(to);
        fs.delete(target, false);
        if (!fs.rename(new org.apache.hadoop.fs.Path(from), target)) {
            throw new IOException("cannot rename " + from + " to " + to);
        }
    }

    @Override
    public void delete(String path) throws IOException {
        try {
            fs.delete(new org.apache.hadoop.fs.Path(path), true);
        } catch (FileNotFoundException e) {
            // gone already
        }
    }
}
