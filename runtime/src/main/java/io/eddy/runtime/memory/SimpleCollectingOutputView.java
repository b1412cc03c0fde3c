package io.eddy.runtime.memory;

import java.io.EOFException;
import java.io.IOException;
import java.util.List;

/**
 * Appends bytes to pages taken from a {@link MemorySegmentSource}, recording every page it uses in a
 * list so the data can be read back at random positions ({@link RandomAccessInputView}). Positions
 * are longs, {@code pageIndex << log2(pageSize) | offset}, so the page size must be a power of two.
 * When the source runs dry the write fails with {@link EOFException}: the record being written is
 * incomplete and the owner rolls back with {@link #resetTo} (sort buffers and hash tables then
 * spill, compact or report that they are full).
 */
public final class SimpleCollectingOutputView extends AbstractPagedOutputView {

    private final List<MemorySegment> fullSegments;
    private final MemorySegmentSource memorySource;
    private final int segmentSizeBits;
    private int segmentIndex;

    public SimpleCollectingOutputView(List<MemorySegment> fullSegments, MemorySegmentSource memorySource, int segmentSize) {
        super(null, segmentSize, 0);
        if (Integer.bitCount(segmentSize) != 1) {
            throw new IllegalArgumentException("page size must be a power of two: " + segmentSize);
        }
        this.segmentSizeBits = Integer.numberOfTrailingZeros(segmentSize);
        this.fullSegments = fullSegments;
        this.memorySource = memorySource;
        this.segmentIndex = -1;
        seekOutput(null, segmentSize);
    }

    /** The position the next byte goes to. */
    public long getCurrentOffset() {
        if (segmentIndex < 0) {
            return 0;
        }
        return ((long) segmentIndex << segmentSizeBits) + getCurrentPositionInSegment();
    }

    /**
     * Moves the write position back to {@code offset} (an earlier {@link #getCurrentOffset()}),
     * e.g. to drop a record that did not fit. Pages after it stay in the list and are reused.
     */
    public void resetTo(long offset) {
        if (offset == 0 && fullSegments.isEmpty()) {
            segmentIndex = -1;
            seekOutput(null, getSegmentSize());
            return;
        }
        int index = (int) (offset >>> segmentSizeBits);
        int position = (int) (offset & (getSegmentSize() - 1));
        if (position == 0 && index > 0 && index == fullSegments.size()) {
            index--;
            position = getSegmentSize();
        }
        segmentIndex = index;
        seekOutput(fullSegments.get(index), position);
    }

    @Override
    protected MemorySegment nextSegment(MemorySegment current, int positionInCurrent) throws IOException {
        int next = segmentIndex + 1;
        MemorySegment segment;
        if (next < fullSegments.size()) {
            segment = fullSegments.get(next);
        } else {
            segment = memorySource.nextSegment();
            if (segment == null) {
                throw new EOFException("no memory left");
            }
            fullSegments.add(segment);
        }
        segmentIndex = next;
        return segment;
    }
}
