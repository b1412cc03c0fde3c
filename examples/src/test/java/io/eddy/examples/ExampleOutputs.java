package io.eddy.examples;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Reads what a file sink wrote: one file at parallelism 1, or a directory of one file per task. */
public final class ExampleOutputs {

    private ExampleOutputs() {
    }

    /** All lines of the output at {@code path}, files of a directory in name order. */
    public static List<String> readLines(Path path) throws IOException {
        List<String> lines = new ArrayList<>();
        if (Files.isDirectory(path)) {
            List<Path> files;
            try (Stream<Path> list = Files.list(path)) {
                files = list.filter(Files::isRegularFile).sorted().collect(Collectors.toList());
            }
            for (Path file : files) {
                lines.addAll(Files.readAllLines(file, StandardCharsets.UTF_8));
            }
        } else {
            lines.addAll(Files.readAllLines(path, StandardCharsets.UTF_8));
        }
        return lines;
    }

    /** A sorted copy, for comparing outputs whose order is not defined. */
    public static List<String> sorted(List<String> lines) {
        List<String> copy = new ArrayList<>(lines);
        copy.sort(null);
        return copy;
    }
}
