package io.eddy.api.fs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermissions;
import org.apache.hadoop.fs.permission.FsPermission;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The local file system sets Hadoop's permissions itself, as Hadoop would with its native library. */
class LocalFileSystemTest {

    @TempDir
    java.nio.file.Path dir;

    @Test
    void filesAndDirectoriesGetHadoopsPermissionsWithoutForking() throws Exception {
        org.apache.hadoop.fs.FileSystem fs = FileSystem.getLocalFileSystem().getHadoopFileSystem();
        assertEquals(LocalFileSystem.class, fs.getClass());
        org.apache.hadoop.fs.Path subdir = new org.apache.hadoop.fs.Path(dir.toString(), "a/b");
        fs.mkdirs(subdir);
        org.apache.hadoop.fs.Path file = new org.apache.hadoop.fs.Path(subdir, "part-1");
        try (var out = fs.create(file, true)) {
            out.write(42);
        }
        // the defaults (0777 and 0666) under Hadoop's default umask 022
        assertEquals("rwxr-xr-x", posix(dir.resolve("a/b")));
        assertEquals("rw-r--r--", posix(dir.resolve("a/b/part-1")));

        fs.setPermission(file, new FsPermission((short) 0640));
        assertEquals("rw-r-----", posix(dir.resolve("a/b/part-1")));
        assertEquals(new FsPermission((short) 0640), fs.getFileStatus(file).getPermission());
        fs.setPermission(file, new FsPermission((short) 0705));
        assertEquals("rwx---r-x", posix(dir.resolve("a/b/part-1")));
        assertEquals(1, Files.size(dir.resolve("a/b/part-1")));
    }

    private static String posix(java.nio.file.Path path) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }
}
