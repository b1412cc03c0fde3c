package io.eddy.runtime.memory;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.EOFException;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Writing across page boundaries and reading back from arbitrary positions. */
class PagedViewsTest {

    private static final int PAGE = 64;

    private static List<MemorySegment> pages(int n, boolean offHeap) {
        List<MemorySegment> pages = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            pages.add(offHeap ? MemorySegment.allocateOffHeap(PAGE, null) : MemorySegment.allocateHeap(PAGE));
        }
        return pages;
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void everyValueTypeSurvivesPageBoundaries(boolean offHeap) throws Exception {
        List<MemorySegment> used = new ArrayList<>();
        SimpleCollectingOutputView out = new SimpleCollectingOutputView(used, new ListMemorySegmentSource(pages(200, offHeap)), PAGE);
        SplittableRandom random = new SplittableRandom(7);
        List<Long> offsets = new ArrayList<>();
        byte[] blob = new byte[150];
        random.nextBytes(blob);
        for (int i = 0; i < 300; i++) {
            offsets.add(out.getCurrentOffset());
            out.writeByte(i);
            out.writeShort(i * 3);
            out.writeInt(i * 1_000_003);
            out.writeLong(i * 0x1234_5678_9ABCL);
            out.writeDouble(i / 7.0);
            out.writeUTF("wörd" + i);
            out.writeBoolean(i % 2 == 0);
            if (i % 50 == 0) {
                out.write(blob);
            }
        }
        long end = out.getCurrentOffset();
        RandomAccessInputView in = new RandomAccessInputView(used, PAGE, (int) (end - ((long) (used.size() - 1) * PAGE)));
        // read backwards to exercise random positioning
        for (int i = 299; i >= 0; i--) {
            in.setReadPosition(offsets.get(i));
            assertEquals((byte) i, in.readByte());
            assertEquals((short) (i * 3), in.readShort());
            assertEquals(i * 1_000_003, in.readInt());
            assertEquals(i * 0x1234_5678_9ABCL, in.readLong());
            assertEquals(i / 7.0, in.readDouble());
            assertEquals("wörd" + i, in.readUTF());
            assertEquals(i % 2 == 0, in.readBoolean());
            if (i % 50 == 0) {
                byte[] read = new byte[blob.length];
                in.readFully(read);
                assertArrayEquals(blob, read);
            }
        }
        in.setReadPosition(end);
        assertThrows(EOFException.class, in::readByte);
    }

    @Test
    void runningOutOfPagesFailsAndResetDropsThePartialRecord() throws Exception {
        List<MemorySegment> used = new ArrayList<>();
        SimpleCollectingOutputView out = new SimpleCollectingOutputView(used, new ListMemorySegmentSource(pages(2, false)), PAGE);
        out.writeLong(1);
        long mark = out.getCurrentOffset();
        assertThrows(EOFException.class, () -> out.write(new byte[200]));
        out.resetTo(mark);
        out.writeLong(2);
        RandomAccessInputView in = new RandomAccessInputView(used, PAGE, 16);
        in.setReadPosition(0);
        assertEquals(1, in.readLong());
        assertEquals(2, in.readLong());
        out.resetTo(0);
        out.writeLong(3);
        in.setReadPosition(0);
        assertEquals(3, in.readLong());
    }

    @Test
    void copiesFromAnotherViewAcrossPages() throws Exception {
        byte[] data = new byte[500];
        new SplittableRandom(3).nextBytes(data);
        List<MemorySegment> used = new ArrayList<>();
        SimpleCollectingOutputView out = new SimpleCollectingOutputView(used, new ListMemorySegmentSource(pages(20, true)), PAGE);
        out.writeInt(9);
        out.write(new DataInputDeserializer(data), data.length);
        RandomAccessInputView in = new RandomAccessInputView(used, PAGE, (4 + data.length) % PAGE);
        in.setReadPosition(0);
        assertEquals(9, in.readInt());
        byte[] back = new byte[data.length];
        in.readFully(back);
        assertArrayEquals(data, back);
        assertEquals(-1, in.read(new byte[1], 0, 1));
    }
}
