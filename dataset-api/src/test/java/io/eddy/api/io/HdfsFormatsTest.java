package io.eddy.api.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eddy.api.configuration.Configuration;
import io.eddy.api.fs.BlockLocation;
import io.eddy.api.fs.FileStatus;
import io.eddy.api.fs.FSDataInputStream;
import io.eddy.api.fs.FSDataOutputStream;
import io.eddy.api.fs.FileSystem;
import io.eddy.api.fs.FileSystem.WriteMode;
import io.eddy.api.fs.HadoopFileSystem;
import io.eddy.api.fs.Path;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.hadoop.hdfs.MiniDFSCluster;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The file formats against a real HDFS (MiniDFSCluster), with a tiny block size. */
class HdfsFormatsTest {

    private static final int BLOCK_SIZE = 4096;

    private static MiniDFSCluster cluster;
    private static String root;

    @BeforeAll
    static void startCluster() throws IOException {
        org.apache.hadoop.conf.Configuration conf = new org.apache.hadoop.conf.Configuration();
        conf.setLong("dfs.namenode.fs-limits.min-block-size", 512);
        conf.setLong("dfs.blocksize", BLOCK_SIZE);
        File baseDir = new File("target/hdfs-" + System.nanoTime()).getAbsoluteFile();
        cluster = new MiniDFSCluster.Builder(conf, baseDir).numDataNodes(1).build();
        cluster.waitActive();
        root = cluster.getURI().toString();
    }

    @AfterAll
    static void stopCluster() {
        FileSystem.closeAll();
        if (cluster != null) {
            cluster.shutdown(true);
        }
    }

    @Test
    void readsAMultiBlockFileInBlockSizedLocalSplits() throws IOException {
        List<String> lines = IntStream.range(0, 3000).mapToObj(i -> "line-" + i + "-" + "x".repeat(i % 37))
                .collect(Collectors.toList());
        Path file = new Path(root + "/in/lines.txt");
        org.apache.hadoop.fs.FileSystem hdfs = ((HadoopFileSystem) FileSystem.get(file.toUri())).getHadoopFileSystem();
        try (OutputStream out = hdfs.create(file.toHadoopPath(), true, 4096, (short) 1, BLOCK_SIZE)) {
            out.write((String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
        }
        org.apache.hadoop.fs.FileStatus status = hdfs.getFileStatus(file.toHadoopPath());
        assertTrue(status.getLen() > 10 * BLOCK_SIZE);

        TextInputFormat format = new TextInputFormat(new Path(root + "/in"));
        format.configure(new Configuration());
        FileInputSplit[] splits = format.createInputSplits(2);
        assertEquals((status.getLen() + BLOCK_SIZE - 1) / BLOCK_SIZE, splits.length, "one split per block");
        for (FileInputSplit split : splits) {
            assertTrue(split.getLength() <= BLOCK_SIZE);
            assertTrue(split.getHostnames().length > 0, "splits carry the datanode host");
        }
        format.setBufferSize(1000);
        List<String> read = new ArrayList<>();
        for (FileInputSplit split : splits) {
            format.open(split);
            while (!format.reachedEnd()) {
                String line = format.nextRecord(null);
                if (line != null) {
                    read.add(line);
                }
            }
            format.close();
        }
        assertEquals(lines, read);
    }

    @Test
    void eddysFileSystemApiOnHdfs() throws IOException {
        FileSystem fs = new Path(root + "/api").getFileSystem();
        assertTrue(fs instanceof HadoopFileSystem);
        assertTrue(fs.isDistributedFS());
        assertTrue(fs.getDefaultBlockSize() > 0);
        Path file = new Path(root + "/api/dir/f");
        try (FSDataOutputStream out = fs.create(file, WriteMode.NO_OVERWRITE)) {
            out.write("0123456789".getBytes(StandardCharsets.US_ASCII));
            assertEquals(10, out.getPos());
            out.sync();
        }
        assertThrows(IOException.class, () -> fs.create(file, WriteMode.NO_OVERWRITE));
        FileStatus status = fs.getFileStatus(file);
        assertEquals(10, status.getLen());
        assertFalse(status.isDir());
        assertEquals(new Path(root + "/api/dir/f"), status.getPath());
        assertTrue(fs.isDirectory(new Path(root + "/api/dir")));
        BlockLocation[] blocks = fs.getFileBlockLocations(status, 0, status.getLen());
        assertEquals(1, blocks.length);
        assertTrue(blocks[0].getHosts().length > 0);
        try (FSDataInputStream in = fs.open(file)) {
            in.seek(6);
            assertEquals(6, in.getPos());
            assertEquals("6789", new String(in.readAllBytes(), StandardCharsets.US_ASCII));
        }
        assertTrue(fs.rename(file, new Path(root + "/api/dir/g")));
        FileStatus[] listing = fs.listStatus(new Path(root + "/api/dir"));
        assertEquals(1, listing.length);
        assertEquals("g", listing[0].getPath().getName());
        assertThrows(java.io.FileNotFoundException.class, () -> fs.getFileStatus(file));
        assertFalse(fs.exists(file));
        assertTrue(fs.delete(new Path(root + "/api"), true));
        assertFalse(fs.exists(new Path(root + "/api/dir/g")));
    }

    @Test
    void writesAndCommitsOnHdfs() throws IOException {
        Path target = new Path(root + "/out/result");
        TextOutputFormat<String> format = new TextOutputFormat<>(target);
        FileOutputFormatTest.runSink(format, List.of(List.of("a", "b"), List.of("c")));
        org.apache.hadoop.fs.FileSystem hdfs = ((HadoopFileSystem) FileSystem.get(target.toUri())).getHadoopFileSystem();
        org.apache.hadoop.fs.FileStatus[] files = hdfs.listStatus(target.toHadoopPath());
        assertEquals(2, files.length);
        assertEquals(1, hdfs.listStatus(new Path(root + "/out").toHadoopPath()).length, "no staging directory remains");

        TextInputFormat reader = new TextInputFormat(target);
        assertEquals(List.of("a", "b", "c"), TextInputFormatTest.readAll(reader, 2));

        TextOutputFormat<String> again = new TextOutputFormat<>(target);
        again.configure(new Configuration());
        IOException e = assertThrows(IOException.class, () -> again.initializeGlobal(1));
        assertTrue(e.getMessage().startsWith("Output path '" + root + "/out/result' already exists"), e.getMessage());

        Path aborted = new Path(root + "/out/aborted");
        TextOutputFormat<String> failing = new TextOutputFormat<>(aborted);
        failing.configure(new Configuration());
        failing.initializeGlobal(1);
        failing.open(0, 1);
        failing.writeRecord("x");
        failing.close();
        failing.abortGlobal(1);
        assertFalse(hdfs.exists(aborted.toHadoopPath()));
        assertEquals(1, hdfs.listStatus(new Path(root + "/out").toHadoopPath()).length);
    }
}
