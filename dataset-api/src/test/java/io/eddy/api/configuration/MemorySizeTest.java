package io.eddy.api.configuration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MemorySizeTest {

    @Test
    void parsesFlinkStyleSizes() {
        assertEquals(32768, MemorySize.parse("32768").getBytes());
        assertEquals(32 * 1024, MemorySize.parse("32kb").getBytes());
        assertEquals(256L << 20, MemorySize.parse(" 256 M ").getBytes());
        assertEquals(1L << 30, MemorySize.parse("1gb").getBytes());
        assertEquals(2L << 40, MemorySize.parse("2t").getBytes());
        assertEquals("256 mb", MemorySize.parse("256m").toString());
        assertEquals("1000 bytes", new MemorySize(1000).toString());
    }

    @Test
    void rejectsWhatIsNotASize() {
        IllegalArgumentException unit = assertThrows(IllegalArgumentException.class, () -> MemorySize.parse("12 parsecs"));
        assertTrue(unit.getMessage().contains("unknown unit 'parsecs'"), unit.getMessage());
        assertThrows(IllegalArgumentException.class, () -> MemorySize.parse("m"));
        assertThrows(IllegalArgumentException.class, () -> MemorySize.parse("99999999999999t"));
    }

    @Test
    void configurationConvertsStringsToSizes() {
        Configuration conf = new Configuration();
        conf.setString(TaskManagerOptions.MANAGED_MEMORY_SIZE.key(), "64m");
        assertEquals(MemorySize.ofMebiBytes(64), conf.get(TaskManagerOptions.MANAGED_MEMORY_SIZE));
        assertEquals(32 * 1024, conf.get(TaskManagerOptions.MEMORY_SEGMENT_SIZE).getBytes());
    }
}
