package io.eddy.api.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eddy.api.configuration.Configuration;
import io.eddy.api.fs.Path;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextInputFormatTest {

    @TempDir
    java.nio.file.Path tmp;

    static List<String> readAll(DelimitedInputFormat<String> format, int minSplits) throws IOException {
        format.configure(new Configuration());
        List<String> result = new ArrayList<>();
        for (FileInputSplit split : format.createInputSplits(minSplits)) {
            format.open(split);
            while (!format.reachedEnd()) {
                String line = format.nextRecord(null);
                if (line != null) {
                    result.add(line);
                }
            }
            format.close();
        }
        return result;
    }

    private java.nio.file.Path write(String name, String content) throws IOException {
        java.nio.file.Path file = tmp.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    private static List<String> expectedLines(String content) {
        List<String> lines = new ArrayList<>(List.of(content.split("\n", -1)));
        if (content.endsWith("\n")) {
            lines.remove(lines.size() - 1);
        }
        lines.replaceAll(l -> l.endsWith("\r") ? l.substring(0, l.length() - 1) : l);
        return lines;
    }

    @Test
    void everyLineIsReadOnceWhateverTheSplitSize() throws IOException {
        Random random = new Random(42);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 300; i++) {
            int len = random.nextInt(5) == 0 ? 0 : random.nextInt(i % 50 == 0 ? 200 : 20);
            sb.append(i).append(':');
            for (int j = 0; j < len; j++) {
                sb.append((char) ('a' + random.nextInt(26)));
            }
            if (i % 7 == 0) {
                sb.append("\n");
            }
            sb.append(random.nextBoolean() ? "\n" : "\r\n");
        }
        sb.append("last line without newline");
        String content = sb.toString();
        java.nio.file.Path file = write("lines.txt", content);
        List<String> expected = expectedLines(content);

        for (long splitSize : new long[] {1, 2, 3, 7, 16, 100, 1000, 1 << 20}) {
            for (int bufferSize : new int[] {2, 5, 64, 1 << 16}) {
                TextInputFormat format = new TextInputFormat(new Path(file.toString()));
                format.setMaxSplitSize(splitSize);
                format.setBufferSize(bufferSize);
                assertEquals(expected, readAll(format, 1), "split size " + splitSize + ", buffer " + bufferSize);
            }
        }
    }

    @Test
    void multiByteDelimiterAcrossSplitsAndBuffers() throws IOException {
        // Partial matches ("<<|>", "<|<|>") exercise the matcher's fallback. Delimiters that can
        // overlap themselves (e.g. "||") are ambiguous inside runs, as in Hadoop, so none are used.
        String content = "a<|>bb<<|>c<|<|><|>dd|x<|<|>>e<|><";
        java.nio.file.Path file = write("multi.txt", content);
        List<String> expected = List.of("a", "bb<", "c<|", "", "dd|x<|", ">e", "<");
        for (long splitSize = 1; splitSize <= content.length(); splitSize++) {
            for (int bufferSize : new int[] {2, 3, 4, 100}) {
                TextInputFormat format = new TextInputFormat(new Path(file.toString()));
                format.setDelimiter("<|>");
                format.setMaxSplitSize(splitSize);
                format.setBufferSize(bufferSize);
                assertEquals(expected, readAll(format, 1), "split size " + splitSize + ", buffer " + bufferSize);
            }
        }
    }

    @Test
    void minNumSplitsCutsOneFileIntoSeveralSplits() throws IOException {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 1000; i++) {
            sb.append("line ").append(i).append('\n');
        }
        java.nio.file.Path file = write("big.txt", sb.toString());
        TextInputFormat format = new TextInputFormat(new Path(file.toString()));
        format.configure(new Configuration());
        FileInputSplit[] splits = format.createInputSplits(4);
        assertEquals(4, splits.length);
        long covered = 0;
        for (FileInputSplit split : splits) {
            assertEquals(covered, split.getStart());
            covered += split.getLength();
            assertTrue(split.getHostnames().length > 0, "local block locations name a host");
        }
        assertEquals(Files.size(file), covered);
        assertEquals(expectedLines(sb.toString()), readAll(new TextInputFormat(new Path(file.toString())), 7));
    }

    @Test
    void directoriesSkipHiddenFilesAndRecurseOnlyWhenAsked() throws IOException {
        write("dir/a.txt", "a1\na2\n");
        write("dir/b.txt", "b1");
        write("dir/_SUCCESS", "");
        write("dir/.hidden", "hidden\n");
        write("dir/sub/c.txt", "c1\n");
        write("dir/_tmp/d.txt", "d1\n");
        Path dir = new Path(tmp.resolve("dir").toString());

        assertEquals(List.of("a1", "a2", "b1"), readAll(new TextInputFormat(dir), 2));

        TextInputFormat nested = new TextInputFormat(dir);
        nested.setNestedFileEnumeration(true);
        assertEquals(List.of("a1", "a2", "b1", "c1"), readAll(nested, 2));

        TextInputFormat configured = new TextInputFormat(dir);
        Configuration conf = new Configuration();
        conf.setBoolean(FileInputFormat.ENUMERATE_NESTED_FILES_FLAG, true);
        configured.configure(conf);
        assertTrue(configured.getNestedFileEnumeration());

        TextInputFormat several = new TextInputFormat(null);
        several.setFilePaths(new Path(tmp.resolve("dir/b.txt").toString()), new Path(tmp.resolve("dir/sub").toString()));
        assertEquals(List.of("b1", "c1"), readAll(several, 1));
    }

    @Test
    void gzipFilesAreReadWholeInOneSplit() throws IOException {
        java.nio.file.Path file = tmp.resolve("data.txt.gz");
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 5000; i++) {
            sb.append("row-").append(i).append("\r\n");
        }
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write(sb.toString().getBytes(StandardCharsets.UTF_8));
        }
        TextInputFormat format = new TextInputFormat(new Path(file.toUri()));
        format.setMaxSplitSize(100);
        format.configure(new Configuration());
        FileInputSplit[] splits = format.createInputSplits(8);
        assertEquals(1, splits.length);
        assertEquals(FileInputFormat.READ_WHOLE_SPLIT_FLAG, splits[0].getLength());
        format.setBufferSize(1000);
        List<String> lines = readAll(format, 8);
        assertEquals(5000, lines.size());
        assertEquals("row-4999", lines.get(4999));
    }

    @Test
    void recordsLongerThanTheLimitFail() throws IOException {
        java.nio.file.Path file = write("long.txt", "short\n" + "y".repeat(5000) + "\nend\n");
        TextInputFormat format = new TextInputFormat(new Path(file.toString()));
        format.setBufferSize(128);
        format.setLineLengthLimit(1000);
        IOException e = org.junit.jupiter.api.Assertions.assertThrows(IOException.class, () -> readAll(format, 1));
        assertTrue(e.getMessage().contains("at offset 6 is longer than the limit of 1000 bytes"), e.getMessage());
    }

    @Test
    void charsetAndEmptyFile() throws IOException {
        java.nio.file.Path latin = tmp.resolve("latin1.txt");
        Files.write(latin, "gr\u00fc\u00dfe\nso\n".getBytes(StandardCharsets.ISO_8859_1));
        TextInputFormat format = new TextInputFormat(new Path(latin.toString()));
        format.setCharsetName("ISO-8859-1");
        assertEquals(List.of("gr\u00fc\u00dfe", "so"), readAll(format, 1));

        java.nio.file.Path empty = write("empty.txt", "");
        assertEquals(List.of(), readAll(new TextInputFormat(new Path(empty.toString())), 3));
    }
}
