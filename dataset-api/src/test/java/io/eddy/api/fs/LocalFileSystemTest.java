package io.eddy.api.fs;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eddy.api.configuration.Configuration;
import io.eddy.api.fs.FileSystem.WriteMode;
import io.eddy.api.io.FileInputSplit;
import io.eddy.api.io.TextInputFormat;
import io.eddy.api.io.TextOutputFormat;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Eddy's own local file system, and that reading and writing local files loads no Hadoop class. */
class LocalFileSystemTest {

    @TempDir
    java.nio.file.Path dir;

    private final FileSystem fs = FileSystem.getLocalFileSystem();

    private Path path(String relative) {
        return new Path(dir.toString(), relative);
    }

    @Test
    void createsReadsAndSeeks() throws IOException {
        Path file = path("a/b/part-1");
        try (FSDataOutputStream out = fs.create(file, WriteMode.NO_OVERWRITE)) {
            out.write("0123456789".getBytes(StandardCharsets.US_ASCII));
            out.write('!');
            assertEquals(11, out.getPos());
            out.sync();
        }
        assertTrue(fs.isDirectory(path("a/b")), "missing parents are created");
        try (FSDataInputStream in = fs.open(file)) {
            in.seek(7);
            assertEquals(7, in.getPos());
            assertEquals("789!", new String(in.readAllBytes(), StandardCharsets.US_ASCII));
            assertEquals(11, in.getPos());
            in.seek(2);
            assertEquals('2', in.read());
        }
        IOException exists = assertThrows(IOException.class, () -> fs.create(file, WriteMode.NO_OVERWRITE));
        assertTrue(exists.getMessage().contains("already exists"), exists.getMessage());
        try (FSDataOutputStream out = fs.create(file, WriteMode.OVERWRITE)) {
            out.write('x');
        }
        assertEquals(1, fs.getFileStatus(file).getLen());
        // the process's umask (022 here, as Hadoop's default) applies; no side files appear
        assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("a/b/part-1"))));
        assertEquals(List.of("part-1"), Arrays.asList(new File(dir.toFile(), "a/b").list()));
    }

    @Test
    void statusAndListings() throws IOException {
        Path file = path("d/f");
        try (FSDataOutputStream out = fs.create(file, WriteMode.NO_OVERWRITE)) {
            out.write(new byte[100]);
        }
        fs.mkdirs(path("d/sub"));
        FileStatus status = fs.getFileStatus(file);
        assertEquals(100, status.getLen());
        assertFalse(status.isDir());
        assertEquals(new Path("file:" + dir + "/d/f"), status.getPath());
        assertEquals(LocalFileSystem.BLOCK_SIZE, status.getBlockSize());
        assertEquals(1, status.getReplication());
        assertEquals(new File(dir.toFile(), "d/f").lastModified(), status.getModificationTime());

        List<String> names = Arrays.stream(fs.listStatus(path("d")))
                .map(s -> s.getPath().getName() + (s.isDir() ? "/" : "")).sorted().collect(Collectors.toList());
        assertEquals(List.of("f", "sub/"), names);
        assertEquals(1, fs.listStatus(file).length, "a file lists as itself");
        assertThrows(FileNotFoundException.class, () -> fs.getFileStatus(path("missing")));
        assertThrows(FileNotFoundException.class, () -> fs.listStatus(path("missing")));
        assertThrows(FileNotFoundException.class, () -> fs.open(path("missing")));
        assertFalse(fs.exists(path("missing")));
    }

    @Test
    void blocksCoverTheFileInBlockSizedPiecesOnLocalhost() throws IOException {
        Path file = path("big");
        try (var raf = new java.io.RandomAccessFile(new File(dir.toFile(), "big"), "rw")) {
            raf.setLength(2 * LocalFileSystem.BLOCK_SIZE + 10);
        }
        FileStatus status = fs.getFileStatus(file);
        BlockLocation[] blocks = fs.getFileBlockLocations(status, 0, status.getLen());
        assertEquals(3, blocks.length);
        assertEquals(2 * LocalFileSystem.BLOCK_SIZE, blocks[2].getOffset());
        assertEquals(10, blocks[2].getLength());
        assertArrayEquals(new String[] {"localhost"}, blocks[1].getHosts());
        assertEquals(1, fs.getFileBlockLocations(status, LocalFileSystem.BLOCK_SIZE + 5, 10).length);
    }

    @Test
    void deletesRenamesAndQualifies() throws IOException {
        fs.create(path("x/1"), WriteMode.NO_OVERWRITE).close();
        fs.create(path("x/y/2"), WriteMode.NO_OVERWRITE).close();
        IOException notEmpty = assertThrows(IOException.class, () -> fs.delete(path("x"), false));
        assertTrue(notEmpty.getMessage().contains("not empty"), notEmpty.getMessage());
        assertTrue(fs.rename(path("x/1"), path("x/3")));
        assertFalse(fs.rename(path("x/1"), path("x/4")), "nothing to move");
        assertFalse(fs.rename(path("x/3"), path("x/y")), "the target exists");
        assertTrue(fs.rename(path("x"), path("z")), "directories move whole");
        assertTrue(fs.exists(path("z/y/2")));
        assertTrue(fs.delete(path("z"), true));
        assertFalse(fs.exists(path("z")));
        assertFalse(fs.delete(path("z"), true), "nothing left to delete");
        assertEquals(new Path("file:" + System.getProperty("user.dir") + "/rel/f"), fs.makeQualified(new Path("rel/f")));
        assertThrows(IllegalArgumentException.class, () -> fs.makeQualified(new Path("hdfs://nn:8020/x")));
    }

    @Test
    void readingAndWritingLocalFilesLoadsNoHadoopClass() throws Exception {
        Files.writeString(dir.resolve("in.txt"), "a\nb\nc\n");
        String java = ProcessHandle.current().info().command().orElse(System.getProperty("java.home") + "/bin/java");
        Process child = new ProcessBuilder(java, "-Xmx128m", "-verbose:class", "-cp", System.getProperty("java.class.path"),
                CopyLocalFile.class.getName(), dir.resolve("in.txt").toString(), dir.resolve("out").toString())
                .redirectErrorStream(true).start();
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        try (InputStream in = child.getInputStream()) {
            in.transferTo(output);
        }
        assertTrue(child.waitFor(60, TimeUnit.SECONDS));
        List<String> lines = output.toString(StandardCharsets.UTF_8).lines().collect(Collectors.toList());
        assertEquals(0, child.exitValue(), String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size())));
        assertEquals("a\nb\nc\n", Files.readString(dir.resolve("out")));
        List<String> hadoop = lines.stream().filter(l -> l.contains("org.apache.hadoop.")).collect(Collectors.toList());
        assertEquals(List.of(), hadoop);
        assertTrue(lines.stream().anyMatch(l -> l.contains(LocalFileSystem.class.getName())), "the class log is read");
    }

    /** Copies a text file through the text formats in a JVM of its own. */
    static final class CopyLocalFile {
        public static void main(String[] args) throws IOException {
            TextInputFormat input = new TextInputFormat(new Path(args[0]));
            input.configure(new Configuration());
            TextOutputFormat<String> output = new TextOutputFormat<>(new Path(args[1]));
            output.configure(new Configuration());
            output.initializeGlobal(1);
            output.open(0, 1);
            List<String> lines = new ArrayList<>();
            for (FileInputSplit split : input.createInputSplits(1)) {
                input.open(split);
                while (!input.reachedEnd()) {
                    String line = input.nextRecord(null);
                    if (line != null) {
                        lines.add(line);
                    }
                }
                input.close();
            }
            for (String line : lines) {
                output.writeRecord(line);
            }
            output.close();
            output.finalizeGlobal(1);
        }
    }
}
