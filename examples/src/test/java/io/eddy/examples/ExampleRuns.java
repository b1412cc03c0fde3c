package io.eddy.examples;

import io.eddy.api.ExecutionEnvironment;
import io.eddy.api.tuple.Tuple2;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Runs an example's {@code main} as the command line would, at a chosen parallelism, and writes its input files. */
public final class ExampleRuns {

    /** An example's {@code main} method. */
    @FunctionalInterface
    public interface Main {
        void main(String[] args) throws Exception;
    }

    private ExampleRuns() {
    }

    /**
     * Runs {@code main} with {@code args} and {@code --output <output>} on an embedded runtime of
     * the given parallelism (the context environment, reset afterwards).
     *
     * @return the lines the example wrote, in no defined order
     */
    public static List<String> run(Main main, int parallelism, Path output, String... args) throws Exception {
        List<String> arguments = new ArrayList<>(List.of(args));
        arguments.add("--output");
        arguments.add(output.toString());
        ExecutionEnvironment.initializeContextEnvironment(() -> ExecutionEnvironment.createLocalEnvironment(parallelism));
        try {
            main.main(arguments.toArray(new String[0]));
        } finally {
            ExecutionEnvironment.resetContextEnvironment();
        }
        return ExampleOutputs.readLines(output);
    }

    /** Writes {@code edges} as the graph examples read them: {@code a b} per line. */
    public static Path writeEdges(Path file, List<Tuple2<Long, Long>> edges) throws IOException {
        List<String> lines = new ArrayList<>();
        edges.forEach(edge -> lines.add(edge.f0 + " " + edge.f1));
        return Files.write(file, lines);
    }
}
