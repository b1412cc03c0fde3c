package io.eddy.runtime.cluster;

import io.eddy.runtime.coordinator.JobCode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A job's classes in a cluster process: its jars written to a directory of the job's own and loaded
 * by a class loader of the job's own (parent first, so Eddy's classes are the process's), so jobs
 * never see each other's classes and everything goes when the job does.
 */
final class JobClassLoader implements AutoCloseable {

    private final Path directory;
    private final URLClassLoader loader;

    /** Writes {@code jars} under {@code directory} (created; must not exist) and opens a loader over them. */
    JobClassLoader(Path directory, List<JobCode.Jar> jars) throws IOException {
        this.directory = Files.createDirectories(directory);
        List<URL> urls = new ArrayList<>();
        int i = 0;
        for (JobCode.Jar jar : jars) {
            String name = Path.of(jar.name()).getFileName().toString();
            Path file = directory.resolve((i++) + "-" + (name.isEmpty() ? "job.jar" : name));
            Files.write(file, jar.content());
            urls.add(file.toUri().toURL());
        }
        this.loader = new URLClassLoader("eddy job " + directory.getFileName(), urls.toArray(new URL[0]),
                JobClassLoader.class.getClassLoader());
    }

    ClassLoader loader() {
        return loader;
    }

    /** Closes the loader and deletes the jars. */
    @Override
    public void close() {
        try {
            loader.close();
        } catch (IOException e) {
            // the jars are deleted below either way
        }
        deleteRecursively(directory);
    }

    static void deleteRecursively(Path directory) {
        try {
            io.eddy.runtime.util.Directories.deleteRecursively(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + directory + ": " + e.getMessage(), e);
        }
    }
}
