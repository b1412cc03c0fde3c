package io.eddy.api.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eddy.api.configuration.Configuration;
import io.eddy.api.fs.FileSystem.WriteMode;
import io.eddy.api.fs.Path;
import io.eddy.api.io.FileOutputFormat.OutputDirectoryMode;
import io.eddy.api.tuple.Tuple3;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileOutputFormatTest {

    @TempDir
    java.nio.file.Path tmp;

    /** Runs the master hooks and every subtask of a sink, the way the runtime does. */
    static <T> void runSink(FileOutputFormat<T> format, List<List<T>> recordsPerTask) throws IOException {
        int parallelism = recordsPerTask.size();
        format.configure(new Configuration());
        format.initializeGlobal(parallelism);
        for (int task = 0; task < parallelism; task++) {
            FileOutputFormat<T> copy = roundTrip(format);
            copy.configure(new Configuration());
            copy.open(task, parallelism);
            for (T record : recordsPerTask.get(task)) {
                copy.writeRecord(record);
            }
            copy.close();
        }
        format.finalizeGlobal(parallelism);
    }

    /** Subtasks get serialized copies of the format, as in a real job. */
    @SuppressWarnings("unchecked")
    static <F> F roundTrip(F format) throws IOException {
        try {
            java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
            try (java.io.ObjectOutputStream out = new java.io.ObjectOutputStream(bytes)) {
                out.writeObject(format);
            }
            try (java.io.ObjectInputStream in = new java.io.ObjectInputStream(new java.io.ByteArrayInputStream(bytes.toByteArray()))) {
                return (F) in.readObject();
            }
        } catch (ClassNotFoundException e) {
            throw new IOException(e);
        }
    }

    private List<String> directoryEntries() throws IOException {
        try (Stream<java.nio.file.Path> s = Files.list(tmp)) {
            return s.map(p -> p.getFileName().toString()).sorted().collect(Collectors.toList());
        }
    }

    @Test
    void parallelismOneWritesASingleFile() throws IOException {
        Path out = new Path(tmp.resolve("out.txt").toString());
        runSink(new TextOutputFormat<>(out), List.of(List.of("a", "b", "c")));
        assertEquals("a\nb\nc\n", Files.readString(tmp.resolve("out.txt")));
        assertEquals(List.of("out.txt"), directoryEntries(), "no staging directory or .crc files remain");
    }

    @Test
    void higherParallelismOrAlwaysWritesNumberedFiles() throws IOException {
        Path out = new Path(tmp.resolve("out").toString());
        runSink(new TextOutputFormat<Integer>(out), List.of(List.of(1, 2), List.of(), List.of(3)));
        java.nio.file.Path dir = tmp.resolve("out");
        assertEquals("1\n2\n", Files.readString(dir.resolve("1")));
        assertEquals("", Files.readString(dir.resolve("2")));
        assertEquals("3\n", Files.readString(dir.resolve("3")));
        try (Stream<java.nio.file.Path> s = Files.list(dir)) {
            assertEquals(3, s.count());
        }
        assertEquals(List.of("out"), directoryEntries());

        TextOutputFormat<String> always = new TextOutputFormat<>(new Path(tmp.resolve("always").toString()));
        always.setOutputDirectoryMode(OutputDirectoryMode.ALWAYS);
        runSink(always, List.of(List.of("x")));
        assertEquals("x\n", Files.readString(tmp.resolve("always/1")));
    }

    @Test
    void noOverwriteFailsEarlyWithAClearMessage() throws IOException {
        java.nio.file.Path existing = tmp.resolve("exists");
        Files.writeString(existing, "old");
        TextOutputFormat<String> format = new TextOutputFormat<>(new Path(existing.toString()));
        format.configure(new Configuration());
        IOException e = assertThrows(IOException.class, () -> format.initializeGlobal(2));
        assertEquals("Output path 'file:" + existing + "' already exists and the write mode is NO_OVERWRITE. "
                + "Delete it or use WriteMode.OVERWRITE.", e.getMessage());
        assertEquals("old", Files.readString(existing));
        assertEquals(List.of("exists"), directoryEntries());
    }

    @Test
    void overwriteReplacesAFileByADirectoryAndBack() throws IOException {
        java.nio.file.Path target = tmp.resolve("target");
        Files.writeString(target, "old");
        TextOutputFormat<String> format = new TextOutputFormat<>(new Path(target.toString()));
        format.setWriteMode(WriteMode.OVERWRITE);
        runSink(format, List.of(List.of("a"), List.of("b")));
        assertTrue(Files.isDirectory(target));
        assertEquals("b\n", Files.readString(target.resolve("2")));

        TextOutputFormat<String> again = new TextOutputFormat<>(new Path(target.toString()));
        again.setWriteMode(WriteMode.OVERWRITE);
        runSink(again, List.of(List.of("single")));
        assertEquals("single\n", Files.readString(target));
        assertEquals(List.of("target"), directoryEntries());
    }

    @Test
    void abortLeavesNothingAtTheTargetAndNoStagingDirectory() throws IOException {
        java.nio.file.Path target = tmp.resolve("nested/result");
        TextOutputFormat<String> format = new TextOutputFormat<>(new Path(target.toString()));
        format.configure(new Configuration());
        format.initializeGlobal(3);
        FileOutputFormat<String> finished = roundTrip(format);
        finished.open(0, 3);
        finished.writeRecord("done");
        finished.close();
        FileOutputFormat<String> failed = roundTrip(format);
        failed.open(1, 3);
        failed.writeRecord("partial");
        failed.tryCleanupOnError();
        try (Stream<java.nio.file.Path> s = Files.list(tmp.resolve("nested"))) {
            java.nio.file.Path staging = s.filter(p -> p.getFileName().toString().startsWith(".result.eddy-staging-"))
                    .findFirst().orElseThrow();
            assertTrue(Files.exists(staging.resolve("1")));
            assertFalse(Files.exists(staging.resolve("2")), "the failed subtask removed its partial file");
        }
        format.abortGlobal(3);
        assertFalse(Files.exists(target));
        try (Stream<java.nio.file.Path> s = Files.list(tmp.resolve("nested"))) {
            assertEquals(0, s.count());
        }
    }

    @Test
    void abortKeepsAnOldTargetWithOverwrite() throws IOException {
        java.nio.file.Path target = tmp.resolve("keep");
        Files.writeString(target, "old");
        TextOutputFormat<String> format = new TextOutputFormat<>(new Path(target.toString()));
        format.setWriteMode(WriteMode.OVERWRITE);
        format.configure(new Configuration());
        format.initializeGlobal(1);
        FileOutputFormat<String> task = roundTrip(format);
        task.open(0, 1);
        task.writeRecord("new");
        task.close();
        format.abortGlobal(1);
        assertEquals("old", Files.readString(target));
        assertEquals(List.of("keep"), directoryEntries());
    }

    @Test
    void csvAndFormattedTextOutputRoundTrip() throws IOException {
        Path csv = new Path(tmp.resolve("t.csv").toString());
        CsvOutputFormat<Tuple3<Integer, String, Double>> out = new CsvOutputFormat<>(csv);
        out.setQuoteStrings(true);
        runSink(out, List.of(List.of(Tuple3.of(1, "a,\"b\"", 0.5), Tuple3.of(2, null, 1.5))));
        assertEquals("1,\"a,\"\"b\"\"\",0.5\n2,,1.5\n", Files.readString(tmp.resolve("t.csv")));

        TupleCsvInputFormat<Tuple3<Integer, String, Double>> in =
                new TupleCsvInputFormat<>(csv, new Class<?>[] {Integer.class, String.class, Double.class});
        in.enableQuotedStringParsing('"');
        assertEquals(List.of(Tuple3.of(1, "a,\"b\"", 0.5), Tuple3.of(2, "", 1.5)), CsvInputFormatTest.readAll(in, 1));

        CsvOutputFormat<Tuple3<Integer, String, Double>> strict =
                new CsvOutputFormat<>(new Path(tmp.resolve("strict").toString()), "\r\n", "|");
        strict.setAllowNullValues(false);
        strict.configure(new Configuration());
        strict.initializeGlobal(1);
        strict.open(0, 1);
        strict.writeRecord(Tuple3.of(1, "x", 2.0));
        IOException e = assertThrows(IOException.class, () -> strict.writeRecord(Tuple3.of(1, null, 2.0)));
        assertTrue(e.getMessage().contains("position: 1"));
        strict.tryCleanupOnError();
        strict.abortGlobal(1);
        assertFalse(Files.exists(tmp.resolve("strict")));

        TextOutputFormat<Integer> formatted = new TextOutputFormat<>(new Path(tmp.resolve("f.txt").toString()),
                (TextOutputFormat.TextFormatter<Integer>) v -> "value=" + v);
        formatted.setCharsetName("UTF-16BE");
        runSink(formatted, List.of(List.of(1, 2)));
        assertEquals("value=1\nvalue=2\n", new String(Files.readAllBytes(tmp.resolve("f.txt")), StandardCharsets.UTF_16BE));
    }

    @Test
    void relativePathsResolveAgainstTheWorkingDirectory() throws IOException {
        Path relative = new Path("target/eddy-io-test-" + System.nanoTime());
        TextOutputFormat<String> format = new TextOutputFormat<>(relative);
        runSink(format, List.of(List.of("r")));
        java.nio.file.Path written = java.nio.file.Path.of(System.getProperty("user.dir")).resolve(relative.toString());
        assertEquals("r\n", Files.readString(written));
        Files.delete(written);
    }
}
