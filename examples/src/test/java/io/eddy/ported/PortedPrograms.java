package io.eddy.ported;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.reflect.InvocationTargetException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Plain-Java plumbing shared by the ported Flink programs and the harness that runs them; it uses no
 * DataSet API, so the very same file serves the programs on Flink and on Eddy.
 *
 * <p>A ported program is run as {@code main("--work", dir, "--output", file)}: it writes its sinks under
 * {@code dir}, and writes every observed result as one line {@code <tag>|<value>} to {@code file}. The
 * harness adds what the program printed ({@code stdout|<line>}) and sorts all lines, so results whose
 * order is undefined compare equal on any engine and parallelism; where order matters, programs put a
 * position into the value.
 */
public final class PortedPrograms {

    private PortedPrograms() {
    }

    /** {@code <tag>|<value>} for each value. */
    public static List<String> tag(String tag, Collection<?> values) {
        List<String> lines = new ArrayList<>(values.size());
        for (Object value : values) {
            lines.add(tag + "|" + value);
        }
        return lines;
    }

    /** One {@code <tag>|<value>} line. */
    public static String tag(String tag, Object value) {
        return tag + "|" + value;
    }

    /** The lines a file sink wrote: one file, or a directory with one file per parallel task. */
    public static List<String> readOutput(String path) throws IOException {
        Path output = Path.of(path);
        List<String> lines = new ArrayList<>();
        if (Files.isDirectory(output)) {
            List<Path> files;
            try (Stream<Path> list = Files.list(output)) {
                files = list.filter(Files::isRegularFile).sorted().collect(Collectors.toList());
            }
            for (Path file : files) {
                lines.addAll(Files.readAllLines(file, StandardCharsets.UTF_8));
            }
        } else {
            lines.addAll(Files.readAllLines(output, StandardCharsets.UTF_8));
        }
        return lines;
    }

    /** Writes a program's result lines, sorted. */
    public static void writeResult(String file, List<String> lines) throws IOException {
        List<String> sorted = new ArrayList<>(lines);
        sorted.sort(null);
        Files.write(Path.of(file), sorted, StandardCharsets.UTF_8);
    }

    /**
     * Runs {@code program}'s main with a fresh work directory under {@code temp} and returns its result
     * lines plus what it printed, sorted: the form of the committed {@code .expected} files.
     */
    public static List<String> runAndCollect(Class<?> program, Path temp, String... extraArgs) throws Exception {
        Path work = Files.createTempDirectory(temp, program.getSimpleName());
        Path result = work.resolve("result.txt");
        List<String> args = new ArrayList<>(List.of("--work", work.toString(), "--output", result.toString()));
        args.addAll(List.of(extraArgs));
        PrintStream originalOut = System.out;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
        try {
            program.getMethod("main", String[].class).invoke(null, (Object) args.toArray(new String[0]));
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof Exception cause) {
                throw cause;
            }
            throw e;
        } finally {
            System.out.flush();
            System.setOut(originalOut);
        }
        List<String> lines = new ArrayList<>(Files.readAllLines(result, StandardCharsets.UTF_8));
        String stdout = printed.toString(StandardCharsets.UTF_8);
        if (!stdout.isEmpty()) {
            lines.addAll(tag("stdout", List.of(stdout.split("\n"))));
        }
        lines.sort(null);
        return lines;
    }
}
