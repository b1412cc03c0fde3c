package io.eddy.runtime.io.disk;

import java.io.File;
import java.io.IOException;

/**
 * A spill file does not contain what was written to it: a block has the wrong magic number,
 * sequence number, length or checksum, or the file ends before the block flagged as last. Raised by
 * {@link ChannelReaderInputView}; the message names the file and the block.
 */
public class SpillCorruptedException extends IOException {

    private static final long serialVersionUID = 1L;

    private final File file;
    private final long blockIndex;

    public SpillCorruptedException(File file, long blockIndex, String problem) {
        super("spill file " + file + " is corrupted in block " + blockIndex + ": " + problem);
        this.file = file;
        this.blockIndex = blockIndex;
    }

    public File getFile() {
        return file;
    }

    /** The index of the offending block, counted from the start of the file. */
    public long getBlockIndex() {
        return blockIndex;
    }
}
