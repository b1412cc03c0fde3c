package io.eddy.api.utils;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MultipleParameterToolTest {

    @Test
    void keepsEveryValueOfARepeatedKey() {
        MultipleParameterTool params = MultipleParameterTool.fromArgs(
                new String[] {"--input", "a.txt", "--input", "b.txt", "--n", "-1", "--verbose"});
        assertEquals(3, params.getNumberOfParameters());
        assertEquals(List.of("a.txt", "b.txt"), List.copyOf(params.getMultiParameter("input")));
        assertEquals(-1, params.getInt("n"));
        assertTrue(params.has("verbose"));
        assertEquals("__NO_VALUE_KEY", params.get("verbose"));
        assertNull(params.getMultiParameter("none"));
    }

    @Test
    void singleValueGetterRejectsRepeatedKey() {
        MultipleParameterTool params = MultipleParameterTool.fromArgs(new String[] {"--input", "a", "--input", "b"});
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> params.get("input"));
        assertTrue(e.getMessage().contains("input"));
        RuntimeException missing = assertThrows(RuntimeException.class, () -> params.getMultiParameterRequired("x"));
        assertEquals("No data for required key 'x'", missing.getMessage());
    }

    @Test
    void flattensToLastValueAndMergesValueLists() {
        MultipleParameterTool first = MultipleParameterTool.fromArgs(new String[] {"--input", "a", "--input", "b"});
        MultipleParameterTool second = MultipleParameterTool.fromArgs(new String[] {"--input", "c", "--out", "o"});
        assertEquals(Map.of("input", "b"), first.toMap());
        second.get("out");
        MultipleParameterTool merged = first.mergeWith(second);
        assertEquals(List.of("a", "b", "c"), List.copyOf(merged.getMultiParameter("input")));
        assertEquals(Map.of("input", "c", "out", "o"), merged.toMap());
        assertEquals(Set.of(), merged.getUnrequestedParameters());
    }
}
