package io.eddy.runtime.iteration;

import io.eddy.runtime.util.Directories;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ServiceLoader;

/**
 * Where loop checkpoints are kept: a directory every TaskExecutor of a job reaches. A path without a
 * scheme is a local (or locally mounted) directory; a path with one ({@code hdfs://...},
 * {@code file:///...}) goes to the first {@link Factory} on the class path that takes its scheme (the
 * DataSet API registers one for Hadoop's file systems), so the runtime itself needs no Hadoop.
 */
public interface CheckpointStorage {

    /** Creates (or replaces) {@code path} for writing; its parent directories are created. */
    OutputStream create(String path) throws IOException;

    InputStream open(String path) throws IOException;

    /** Renames a completely written {@code from} to {@code to}, replacing it, atomically where the store can. */
    void commit(String from, String to) throws IOException;

    /** Deletes {@code path} and everything under it; nothing if it does not exist. */
    void delete(String path) throws IOException;

    /** {@code child} under {@code parent}. */
    static String resolve(String parent, String child) {
        return parent.endsWith("/") ? parent + child : parent + "/" + child;
    }

    /** Makes the storage for paths of one scheme. */
    interface Factory {
        /** Whether this factory serves {@code scheme} (never null). */
        boolean accepts(String scheme);

        CheckpointStorage create(URI root) throws IOException;
    }

    /**
     * The storage for {@code root}.
     *
     * @throws IllegalArgumentException if no factory takes its scheme
     */
    static CheckpointStorage forPath(String root) throws IOException {
        String scheme = root.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:.*") && !root.matches("^[a-zA-Z]:[\\\\/].*")
                ? root.substring(0, root.indexOf(':')) : null;
        if (scheme == null) {
            return Local.INSTANCE;
        }
        ClassLoader[] loaders = {Thread.currentThread().getContextClassLoader(), CheckpointStorage.class.getClassLoader()};
        for (ClassLoader loader : loaders) {
            if (loader == null) {
                continue;
            }
            for (Factory factory : ServiceLoader.load(Factory.class, loader)) {
                if (factory.accepts(scheme)) {
                    return factory.create(URI.create(root));
                }
            }
        }
        if (scheme.equals("file")) {
            return Local.INSTANCE;
        }
        throw new IllegalArgumentException("no checkpoint storage for '" + scheme + "://' paths on the class path ("
                + root + "); use a local or mounted directory, or put Eddy's Hadoop support on the class path");
    }

    /** Local directories through java.nio. */
    final class Local implements CheckpointStorage {
        static final Local INSTANCE = new Local();

        private Local() {}

        private static Path path(String path) {
            return path.startsWith("file:") ? Path.of(URI.create(path)) : Path.of(path);
        }

        @Override
        public OutputStream create(String path) throws IOException {
            Path file = path(path);
            Files.createDirectories(file.getParent());
            return Files.newOutputStream(file);
        }

        @Override
        public InputStream open(String path) throws IOException {
            return Files.newInputStream(path(path));
        }

        @Override
        public void commit(String from, String to) throws IOException {
            Files.move(path(from), path(to), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }

        @Override
        public void delete(String path) throws IOException {
            Directories.deleteRecursively(path(path));
        }
    }
}
