package io.eddy.api.utils;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eddy.api.ExecutionConfig;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.FileInputStream;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParameterToolTest {

    @Test
    void parsesKeysWithOneOrTwoDashes() {
        ParameterTool params = ParameterTool.fromArgs(new String[] {"--input", "in.txt", "-output", "out"});
        assertEquals(2, params.getNumberOfParameters());
        assertEquals("in.txt", params.get("input"));
        assertEquals("out", params.getRequired("output"));
    }

    @Test
    void flagsWithoutValueMapToNoValueKey() {
        ParameterTool params = ParameterTool.fromArgs(new String[] {"--verbose", "--input", "x", "-quiet"});
        assertEquals(3, params.getNumberOfParameters());
        assertTrue(params.has("verbose"));
        assertEquals("__NO_VALUE_KEY", params.get("verbose"));
        assertEquals("__NO_VALUE_KEY", params.get("quiet"));
        assertEquals("x", params.get("input"));
        assertFalse(params.getBoolean("verbose"));
    }

    @Test
    void negativeNumbersAreValuesNotKeys() {
        ParameterTool params = ParameterTool.fromArgs(
                new String[] {"--offset", "-5", "--ratio", "-0.25", "--exp", "-1e3", "--hex", "-0x1F", "--flag", "-x"});
        assertEquals(-5, params.getInt("offset"));
        assertEquals(-0.25, params.getDouble("ratio"));
        assertEquals(-1000.0, params.getDouble("exp"));
        assertEquals("-0x1F", params.get("hex"));
        assertEquals("__NO_VALUE_KEY", params.get("flag"));
        assertEquals("__NO_VALUE_KEY", params.get("x"));
    }

    @Test
    void laterOccurrenceWins() {
        ParameterTool params = ParameterTool.fromArgs(new String[] {"--k", "1", "--k", "2"});
        assertEquals(1, params.getNumberOfParameters());
        assertEquals(2, params.getInt("k"));
    }

    @Test
    void emptyArgumentsGiveEmptyTool() {
        assertEquals(0, ParameterTool.fromArgs(new String[0]).getNumberOfParameters());
    }

    @Test
    void rejectsValueWithoutKeyAndEmptyKeys() {
        IllegalArgumentException noPrefix = assertThrows(IllegalArgumentException.class,
                () -> ParameterTool.fromArgs(new String[] {"value"}));
        assertTrue(noPrefix.getMessage().contains("Please prefix keys with -- or -"), noPrefix.getMessage());
        assertThrows(IllegalArgumentException.class, () -> ParameterTool.fromArgs(new String[] {"--a", "1", "2"}));
        IllegalArgumentException empty = assertThrows(IllegalArgumentException.class,
                () -> ParameterTool.fromArgs(new String[] {"--"}));
        assertTrue(empty.getMessage().contains("contains an empty argument"), empty.getMessage());
        assertThrows(IllegalArgumentException.class, () -> ParameterTool.fromArgs(new String[] {"-"}));
    }

    @Test
    void requiredKeyMissingNamesTheKey() {
        ParameterTool params = ParameterTool.fromArgs(new String[] {"--a", "1"});
        RuntimeException e = assertThrows(RuntimeException.class, () -> params.getRequired("input"));
        assertEquals("No data for required key 'input'", e.getMessage());
        assertThrows(RuntimeException.class, () -> params.getInt("missing"));
        assertNull(params.get("missing"));
    }

    @Test
    void typedGettersWithDefaults() {
        ParameterTool params = ParameterTool.fromArgs(new String[] {
            "--i", "7", "--l", "8000000000", "--d", "2.5", "--f", "1.5", "--b", "TRUE", "--s", "12", "--y", "-3"});
        assertEquals(7, params.getInt("i"));
        assertEquals(3, params.getInt("none", 3));
        assertEquals(8_000_000_000L, params.getLong("l"));
        assertEquals(9L, params.getLong("none", 9L));
        assertEquals(2.5, params.getDouble("d"));
        assertEquals(0.5, params.getDouble("none", 0.5));
        assertEquals(1.5f, params.getFloat("f"));
        assertEquals(0.5f, params.getFloat("none", 0.5f));
        assertTrue(params.getBoolean("b"));
        assertTrue(params.getBoolean("none", true));
        assertEquals((short) 12, params.getShort("s"));
        assertEquals((short) 4, params.getShort("none", (short) 4));
        assertEquals((byte) -3, params.getByte("y"));
        assertEquals((byte) 5, params.getByte("none", (byte) 5));
        assertEquals("dflt", params.get("none", "dflt"));
        assertThrows(NumberFormatException.class, () -> params.getInt("d"));
    }

    @Test
    void tracksUnrequestedParameters() {
        ParameterTool params = ParameterTool.fromArgs(new String[] {"--a", "1", "--b", "2", "--c", "3", "--flag"});
        assertEquals(Set.of("a", "b", "c", "flag"), params.getUnrequestedParameters());
        params.get("a");
        params.getInt("b", 0);
        params.has("flag");
        assertEquals(Set.of("c"), params.getUnrequestedParameters());
    }

    @Test
    void mergeWithPrefersOtherAndKeepsRequestedKeys() {
        ParameterTool first = ParameterTool.fromArgs(new String[] {"--a", "1", "--b", "2"});
        ParameterTool second = ParameterTool.fromArgs(new String[] {"--b", "3", "--c", "4"});
        first.get("a");
        second.get("c");
        ParameterTool merged = first.mergeWith(second);
        assertEquals(Map.of("a", "1", "b", "3", "c", "4"), merged.toMap());
        assertEquals(Set.of("b"), merged.getUnrequestedParameters());
    }

    @Test
    void readsPropertiesFromFileStreamAndSystem(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("job.properties");
        Files.writeString(file, "input=hdfs:///in\nparallelism=4\n");
        ParameterTool fromPath = ParameterTool.fromPropertiesFile(file.toString());
        assertEquals("hdfs:///in", fromPath.get("input"));
        assertEquals(4, fromPath.getInt("parallelism"));
        assertEquals(fromPath, ParameterTool.fromPropertiesFile(file.toFile()));
        try (InputStream in = new ByteArrayInputStream("k=v".getBytes(StandardCharsets.ISO_8859_1))) {
            assertEquals("v", ParameterTool.fromPropertiesFile(in).get("k"));
        }
        assertThrows(FileNotFoundException.class,
                () -> ParameterTool.fromPropertiesFile(dir.resolve("missing.properties").toFile()));

        System.setProperty("eddy.test.parameter", "42");
        try {
            assertEquals(42, ParameterTool.fromSystemProperties().getInt("eddy.test.parameter"));
        } finally {
            System.clearProperty("eddy.test.parameter");
        }
    }

    @Test
    void exposesPropertiesConfigurationAndMap() {
        ParameterTool params = ParameterTool.fromMap(Map.of("a", "1", "b", "x"));
        Properties properties = params.getProperties();
        assertEquals("1", properties.getProperty("a"));
        assertEquals("x", params.getConfiguration().getString("b", null));
        assertEquals(1, params.getConfiguration().getInteger("a", 0));
        assertEquals(Map.of("a", "1", "b", "x"), params.toMap());
        assertTrue(params instanceof ExecutionConfig.GlobalJobParameters);
    }

    @Test
    void createsPropertiesFileOfReadKeysWithDefaults(@TempDir Path dir) throws IOException {
        ParameterTool params = ParameterTool.fromArgs(new String[] {"--input", "in"});
        params.getRequired("input");
        params.getInt("parallelism", 4);
        params.get("output");
        File file = dir.resolve("defaults.properties").toFile();
        params.createPropertiesFile(file.getPath());
        Properties written = new Properties();
        try (InputStream in = new FileInputStream(file)) {
            written.load(in);
        }
        assertEquals("4", written.getProperty("parallelism"));
        assertEquals("<undefined>", written.getProperty("input"));
        assertEquals("<undefined>", written.getProperty("output"));
        assertThrows(IOException.class, () -> params.createPropertiesFile(file.getPath(), false));
    }

    @Test
    void survivesJavaSerializationAndStillTracksRequests() throws Exception {
        ParameterTool params = ParameterTool.fromArgs(new String[] {"--a", "1"});
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(params);
        }
        ParameterTool copy;
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            copy = (ParameterTool) in.readObject();
        }
        assertEquals(params, copy);
        assertEquals(1, copy.getInt("a"));
        assertEquals(7, copy.getInt("b", 7));
    }
}
