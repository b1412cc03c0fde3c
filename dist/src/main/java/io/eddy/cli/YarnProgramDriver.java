package io.eddy.cli;

import io.eddy.yarn.ProgramSpec;
import io.eddy.yarn.am.ProgramDriver;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs a program in the ApplicationMaster of a YARN application the way {@code eddy run --cluster}
 * runs it against a standalone cluster: the same loading (jar or example), the same environment
 * behind {@code getExecutionEnvironment()}, the same exit codes, and the command line's one-line
 * failure report as the application's diagnostics. The program's stdout is the container's.
 */
public final class YarnProgramDriver implements ProgramDriver {

    /** A public no-argument constructor, for {@link java.util.ServiceLoader}. */
    public YarnProgramDriver() {}

    @Override
    public Outcome run(ProgramSpec program, String jobManagerAddress, Path secretFile, Path workingDirectory) {
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream err = new PrintStream(new Tee(System.err, captured), true, StandardCharsets.UTF_8);
        Path noLocalCluster;
        try {
            // the command line would read TLS settings of a local 'cluster start' from the user's home
            noLocalCluster = Files.createTempDirectory(workingDirectory, "eddy-cli");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> args = new ArrayList<>(List.of("run", "--cluster", jobManagerAddress,
                "--secret-file", secretFile.toAbsolutePath().toString(),
                "-p", Integer.toString(program.parallelism()), "-q"));
        if (program.mainClass() != null) {
            args.addAll(List.of("-c", program.mainClass()));
        }
        args.add(program.jar() ? workingDirectory.resolve(program.program()).toAbsolutePath().toString() : program.program());
        args.addAll(program.arguments());
        EddyCli cli = new EddyCli(System.out, err, ExampleRegistry.builtIn(), YarnProgramDriver.class.getClassLoader())
                .withClusterDirectory(noLocalCluster)
                .withSlotsOnDemand();
        int exitCode = cli.run(args.toArray(new String[0]));
        System.out.flush();
        return new Outcome(exitCode, exitCode == 0 ? null : diagnostics(captured.toString(StandardCharsets.UTF_8)));
    }

    /** The command line's error lines ({@code eddy: ...}), without the prefix and warnings. */
    static String diagnostics(String stderr) {
        List<String> lines = new ArrayList<>();
        for (String line : stderr.split("\\R")) {
            if (line.startsWith("eddy: ") && !line.startsWith("eddy: warning:")) {
                lines.add(line.substring("eddy: ".length()));
            }
        }
        return lines.isEmpty() ? "the program failed; see jobmanager.log" : String.join("\n", lines);
    }

    /** Writes to two streams. */
    private static final class Tee extends OutputStream {
        private final OutputStream first;
        private final OutputStream second;

        Tee(OutputStream first, OutputStream second) {
            this.first = first;
            this.second = second;
        }

        @Override
        public void write(int b) throws IOException {
            first.write(b);
            second.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            first.write(b, off, len);
            second.write(b, off, len);
        }

        @Override
        public void flush() throws IOException {
            first.flush();
            second.flush();
        }
    }
}
