package io.eddy.runtime.memory;

import java.io.EOFException;
import java.util.List;

/**
 * Reads pages written by {@link SimpleCollectingOutputView} from any position
 * ({@code pageIndex << log2(pageSize) | offset}); the page size must be a power of two.
 */
public final class RandomAccessInputView extends AbstractPagedInputView {

    private final List<MemorySegment> segments;
    private final int segmentSize;
    private final int segmentSizeBits;
    private int limitInLastSegment;
    private int segmentIndex;

    /** A view over every byte of every page. */
    public RandomAccessInputView(List<MemorySegment> segments, int segmentSize) {
        this(segments, segmentSize, segmentSize);
    }

    /** A view over the pages with only {@code limitInLastSegment} bytes of the last one valid. */
    public RandomAccessInputView(List<MemorySegment> segments, int segmentSize, int limitInLastSegment) {
        super(null, 0, 0);
        if (Integer.bitCount(segmentSize) != 1) {
            throw new IllegalArgumentException("page size must be a power of two: " + segmentSize);
        }
        this.segments = segments;
        this.segmentSize = segmentSize;
        this.segmentSizeBits = Integer.numberOfTrailingZeros(segmentSize);
        this.limitInLastSegment = limitInLastSegment;
        this.segmentIndex = -1;
    }

    /** Sets how many bytes of the last page are valid (the list may have grown since construction). */
    public void setLimitInLastSegment(int limitInLastSegment) {
        this.limitInLastSegment = limitInLastSegment;
    }

    public void setReadPosition(long position) {
        int index = (int) (position >>> segmentSizeBits);
        int offset = (int) (position & (segmentSize - 1));
        segmentIndex = index;
        MemorySegment segment = segments.get(index);
        seekInput(segment, offset, getLimitForSegment(segment));
    }

    public long getReadPosition() {
        return ((long) segmentIndex << segmentSizeBits) + getCurrentPositionInSegment();
    }

    @Override
    protected MemorySegment nextSegment(MemorySegment current) throws EOFException {
        if (segmentIndex + 1 >= segments.size()) {
            throw new EOFException();
        }
        return segments.get(++segmentIndex);
    }

    @Override
    protected int getLimitForSegment(MemorySegment segment) {
        return segmentIndex == segments.size() - 1 ? limitInLastSegment : segmentSize;
    }
}
