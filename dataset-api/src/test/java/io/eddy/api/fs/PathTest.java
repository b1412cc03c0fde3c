package io.eddy.api.fs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PathTest {

    @TempDir
    java.nio.file.Path tmp;

    @Test
    void parsesAndNormalizes() {
        Path p = new Path("hdfs://nn:8020//data//in/");
        assertEquals("hdfs", p.toUri().getScheme());
        assertEquals("nn:8020", p.toUri().getAuthority());
        assertEquals("/data/in", p.toUri().getPath());
        assertEquals("hdfs://nn:8020/data/in", p.toString());
        assertEquals("in", p.getName());
        assertEquals(new Path("hdfs://nn:8020/data"), p.getParent());
        assertEquals(new Path("hdfs://nn:8020/"), p.getParent().getParent());
        assertNull(new Path("/").getParent());
        assertEquals("file:/tmp/x", new Path("file:///tmp/x").toString());
        assertEquals("/tmp/x", new Path("/tmp/x").toString());
        assertEquals(2, new Path("/tmp/x").depth());
        assertEquals(0, new Path("/").depth());
        assertTrue(new Path("/a").isAbsolute());
        assertFalse(new Path("a/b").isAbsolute());
        assertEquals(new Path("a"), new Path("a/b").getParent());
        assertNull(new Path("a").getParent());
        assertThrows(IllegalArgumentException.class, () -> new Path(""));
    }

    @Test
    void resolvesChildrenAndConvertsToHadoop() {
        assertEquals(new Path("/data/in/part-1"), new Path("/data/in", "part-1"));
        assertEquals(new Path("/data/in/sub/f"), new Path(new Path("/data/in"), "sub/f"));
        assertEquals(new Path("/abs"), new Path("/data/in", "/abs"));
        assertEquals(new Path("hdfs://nn/x/y"), new Path(new Path("hdfs://nn/x"), new Path("y")));
        assertEquals(new Path("/x/y.tmp"), new Path("/x/y").suffix(".tmp"));
        Path p = new Path("hdfs://nn:8020/data/in");
        assertEquals(p, Path.fromHadoopPath(p.toHadoopPath()));
        assertEquals(URI.create("hdfs://nn:8020/data/in"), p.toHadoopPath().toUri());
    }

    @Test
    void localFileSystemIsEddysOwnAndCached() throws IOException {
        FileSystem local = FileSystem.getLocalFileSystem();
        assertSame(local, new Path("/tmp").getFileSystem());
        assertSame(local, new Path("file:///tmp").getFileSystem());
        assertTrue(local instanceof LocalFileSystem);
        assertFalse(local.isDistributedFS());

        Path dir = new Path(tmp.toString(), "a/b");
        assertTrue(local.mkdirs(dir));
        assertTrue(local.exists(dir));
        assertTrue(local.isDirectory(dir));
        Path file = new Path(dir, "f");
        local.create(file, FileSystem.WriteMode.NO_OVERWRITE).close();
        assertTrue(local.rename(file, new Path(dir, "g")));
        try (var listing = Files.list(tmp.resolve("a/b"))) {
            assertEquals(1, listing.count(), "no .crc side files");
        }
        assertTrue(local.delete(new Path(tmp.toString(), "a"), true));
        assertFalse(local.exists(dir));
        assertEquals(new Path("file:" + System.getProperty("user.dir") + "/rel"), local.makeQualified(new Path("rel")));
    }
}
