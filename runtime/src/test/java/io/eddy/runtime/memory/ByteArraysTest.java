package io.eddy.runtime.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The word-at-a-time byte search against a plain loop. */
class ByteArraysTest {

    @Test
    void findsTheFirstOccurrenceAtEveryAlignmentAndRange() {
        Random random = new Random(42);
        for (int round = 0; round < 2000; round++) {
            byte[] b = new byte[random.nextInt(40)];
            for (int i = 0; i < b.length; i++) {
                // few distinct values, high bytes included, so that hits, near misses and borrows all occur
                b[i] = (byte) (random.nextInt(4) - 2 + (random.nextBoolean() ? 0 : 0x80));
            }
            int from = b.length == 0 ? 0 : random.nextInt(b.length + 1);
            int end = from + random.nextInt(b.length - from + 1);
            byte value = (byte) (random.nextInt(4) - 2 + (random.nextBoolean() ? 0 : 0x80));
            assertEquals(plainIndexOf(b, from, end, value), ByteArrays.indexOf(b, from, end, value));
        }
    }

    @Test
    void aHitAfterAZeroByteIsNotMistakenForOneBeforeIt() {
        // 0x01 right after the target byte makes (x - 0x01..) borrow into the next byte
        byte[] b = {7, 7, 7, 10, 11, 7, 7, 7, 7, 10};
        assertEquals(3, ByteArrays.indexOf(b, 0, b.length, (byte) 10));
        assertEquals(4, ByteArrays.indexOf(b, 0, b.length, (byte) 11));
        assertEquals(9, ByteArrays.indexOf(b, 4, b.length, (byte) 10));
        assertEquals(8, ByteArrays.indexOf(b, 4, 8, (byte) 10), "none before end");
        assertEquals(3, ByteArrays.indexOf(new byte[] {1, 0, 1, '|', 0}, 0, 5, (byte) '|'));
    }

    @Test
    void primitivesAreBigEndianAndBoundsChecked() {
        byte[] b = new byte[12];
        ByteArrays.putLong(b, 3, 0x0102030405060708L);
        assertEquals(1, b[3]);
        assertEquals(8, b[10]);
        assertEquals(0x0102030405060708L, ByteArrays.getLong(b, 3));
        assertEquals(0x05060708, ByteArrays.getInt(b, 7));
        ByteArrays.putInt(b, 0, -2);
        assertEquals(-2, ByteArrays.getInt(b, 0));
        assertEquals((byte) 0xFE, b[3]);
        ByteArrays.putShort(b, 10, (short) 0x7F01);
        assertEquals((short) 0x7F01, ByteArrays.getShort(b, 10));
        assertEquals(0x7F, b[10]);
        assertThrows(IndexOutOfBoundsException.class, () -> ByteArrays.getLong(b, 5));
        assertThrows(IndexOutOfBoundsException.class, () -> ByteArrays.putInt(b, -1, 0));
        assertThrows(IndexOutOfBoundsException.class, () -> ByteArrays.getShort(b, 11));
        assertThrows(IndexOutOfBoundsException.class, () -> ByteArrays.indexOf(b, 0, 13, (byte) 0));
    }

    @Test
    void findsTheNthOccurrenceAsAPlainLoopCountsThem() {
        Random random = new Random(5);
        for (int round = 0; round < 5000; round++) {
            byte[] b = new byte[random.nextInt(60)];
            for (int i = 0; i < b.length; i++) {
                // the target next to zero bytes and high bytes, where a borrow would fake a hit
                b[i] = (byte) new int[] {'|', 0, 1, 0x80, 0x7C, 'a', 0xFC}[random.nextInt(7)];
            }
            int from = b.length == 0 ? 0 : random.nextInt(b.length + 1);
            int end = from + random.nextInt(b.length - from + 1);
            int n = 1 + random.nextInt(6);
            int expected = -1;
            for (int i = from, seen = 0; i < end; i++) {
                if (b[i] == '|' && ++seen == n) {
                    expected = i;
                    break;
                }
            }
            assertEquals(expected, ByteArrays.indexOfNth(b, from, end, (byte) '|', n), "n " + n);
        }
        assertThrows(IllegalArgumentException.class, () -> ByteArrays.indexOfNth(new byte[4], 0, 4, (byte) 0, 0));
    }

    @Test
    void asciiCheckFindsAHighByteAtEveryPosition() {
        Random random = new Random(3);
        for (int round = 0; round < 2000; round++) {
            byte[] b = new byte[random.nextInt(40)];
            for (int i = 0; i < b.length; i++) {
                b[i] = (byte) random.nextInt(0x80);
            }
            if (b.length > 0 && random.nextBoolean()) {
                b[random.nextInt(b.length)] |= (byte) 0x80;
            }
            int from = b.length == 0 ? 0 : random.nextInt(b.length + 1);
            int end = from + random.nextInt(b.length - from + 1);
            boolean expected = true;
            for (int i = from; i < end; i++) {
                expected &= b[i] >= 0;
            }
            assertEquals(expected, ByteArrays.isAscii(b, from, end));
        }
    }

    private static int plainIndexOf(byte[] b, int from, int end, byte value) {
        for (int i = from; i < end; i++) {
            if (b[i] == value) {
                return i;
            }
        }
        return end;
    }
}
