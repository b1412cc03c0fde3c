package io.eddy.api.util;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class UtilTest {

    @Test
    void preconditionsFormatMessagesOnlyOnFailure() {
        String value = "v";
        assertSame(value, Preconditions.checkNotNull(value, "unused %s", 1));
        NullPointerException npe = assertThrows(NullPointerException.class,
                () -> Preconditions.checkNotNull(null, "input %s of %s", 2, "join"));
        assertEquals("input 2 of join", npe.getMessage());
        IllegalArgumentException iae = assertThrows(IllegalArgumentException.class,
                () -> Preconditions.checkArgument(false, "p=%s", 0, "extra"));
        assertEquals("p=0 [extra]", iae.getMessage());
        IllegalStateException ise = assertThrows(IllegalStateException.class,
                () -> Preconditions.checkState(false, "closed"));
        assertEquals("closed", ise.getMessage());
        Preconditions.checkArgument(true, "never %s", "built");
        Preconditions.checkElementIndex(0, 1);
        assertThrows(IndexOutOfBoundsException.class, () -> Preconditions.checkElementIndex(1, 1));
    }

    @Test
    void mathUtils() {
        assertEquals(0, MathUtils.log2floor(1));
        assertEquals(1, MathUtils.log2floor(3));
        assertEquals(10, MathUtils.log2strict(1024));
        assertThrows(IllegalArgumentException.class, () -> MathUtils.log2strict(1000));
        assertThrows(ArithmeticException.class, () -> MathUtils.log2floor(0));
        assertTrue(MathUtils.isPowerOf2(64));
        assertFalse(MathUtils.isPowerOf2(0));
        assertEquals(64, MathUtils.roundUpToPowerOfTwo(33));
        assertEquals(32, MathUtils.roundUpToPowerOfTwo(32));
        assertEquals(32, MathUtils.roundDownToPowerOf2(63));
        assertEquals(3, MathUtils.divideRoundUp(7, 3));
        assertEquals(0, MathUtils.divideRoundUp(0, 3));
        assertThrows(IllegalArgumentException.class, () -> MathUtils.checkedDownCast(1L << 40));
        for (int i = -1000; i < 1000; i++) {
            assertTrue(MathUtils.murmurHash(i) >= 0);
        }
        assertTrue(MathUtils.murmurHash(1) != MathUtils.murmurHash(2));
    }

    @Test
    void stringUtils() {
        assertTrue(StringUtils.isNullOrWhitespaceOnly(null));
        assertTrue(StringUtils.isNullOrWhitespaceOnly(" \t\n"));
        assertFalse(StringUtils.isNullOrWhitespaceOnly(" a "));
        byte[] bytes = {0, 15, (byte) 0xAB, 127};
        assertEquals("000fab7f", StringUtils.byteToHexString(bytes));
        assertArrayEquals(bytes, StringUtils.hexStringToByte("000fab7f"));
        assertEquals("[1, 2]", StringUtils.arrayAwareToString(new int[] {1, 2}));
        assertEquals("[[a], b]", StringUtils.arrayAwareToString(new Object[] {new String[] {"a"}, "b"}));
        assertEquals("a\\tb\\n\\u0001", StringUtils.showControlCharacters("a\tb\n\u0001"));
    }
}
