package io.eddy.api.fs;

import java.io.IOException;

/**
 * Where a byte range of a file is stored, as Flink's {@code core.fs.BlockLocation}: input splits
 * take the hosts of the block they start in, and the split assigner prefers giving a split to a
 * task on one of them.
 */
public interface BlockLocation extends Comparable<BlockLocation> {

    /** The hosts holding a copy of the block. */
    String[] getHosts() throws IOException;

    /** The block's first byte in the file. */
    long getOffset();

    long getLength();

    @Override
    default int compareTo(BlockLocation other) {
        return Long.compare(getOffset(), other.getOffset());
    }
}
