package io.eddy.runtime.io.disk;

import io.eddy.runtime.memory.MemorySegment;
import java.util.zip.CRC32;

/**
 * The layout of a block written by {@link ChannelWriterOutputView}: every block is one full segment
 * on disk (so block {@code i} starts at {@code i * segmentSize}) and begins with a 16-byte header,
 * big-endian:
 * <pre>
 *   0  short magic            0xEDD1
 *   2  short flags            bit 0: last block of the stream
 *   4  int   valid bytes      header included; the rest of the block is padding
 *   8  int   CRC32            of the valid payload bytes, [16, valid bytes)
 *  12  int   sequence number  the block's index in the file, from 0
 * </pre>
 * The sequence number catches blocks read from the wrong place, the checksum damaged bytes, and the
 * last-block flag files cut at a block boundary.
 */
final class SpillBlockFormat {

    static final int HEADER_LENGTH = 16;
    static final short MAGIC = (short) 0xEDD1;
    static final int FLAG_LAST_BLOCK = 1;

    static final int MAGIC_OFFSET = 0;
    static final int FLAGS_OFFSET = 2;
    static final int LENGTH_OFFSET = 4;
    static final int CHECKSUM_OFFSET = 8;
    static final int SEQUENCE_OFFSET = 12;

    /** Off-heap payloads are checksummed through a staging array of this size. */
    static final int CHECKSUM_CHUNK = 4096;

    private SpillBlockFormat() {
    }

    /**
     * The CRC32 of {@code segment}'s bytes in [{@link #HEADER_LENGTH}, {@code end}); {@code staging}
     * is a scratch array for off-heap segments.
     */
    static int checksum(CRC32 crc, MemorySegment segment, int end, byte[] staging) {
        crc.reset();
        if (segment.isOffHeap()) {
            for (int at = HEADER_LENGTH; at < end; ) {
                int chunk = Math.min(staging.length, end - at);
                segment.get(at, staging, 0, chunk);
                crc.update(staging, 0, chunk);
                at += chunk;
            }
        } else {
            crc.update(segment.getArray(), HEADER_LENGTH, end - HEADER_LENGTH);
        }
        return (int) crc.getValue();
    }
}
