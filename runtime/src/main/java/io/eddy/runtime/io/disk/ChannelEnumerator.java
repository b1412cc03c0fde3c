package io.eddy.runtime.io.disk;

import java.io.File;

/**
 * Hands out ids for a family of spill files that belong together, such as the sorted runs of one
 * external sort: the names share a prefix (so a directory listing shows what belongs to whom) and
 * the files go round-robin over the spilling directories, so consecutive runs are written and later
 * merged from different disks. Not thread-safe: one enumerator serves one operator.
 */
public final class ChannelEnumerator {

    private final File[] directories;
    private final String prefix;
    private int nextDirectory;
    private int counter;

    ChannelEnumerator(File[] directories, String prefix, int firstDirectory) {
        this.directories = directories;
        this.prefix = prefix;
        this.nextDirectory = firstDirectory;
    }

    /** The prefix every file name of this enumerator starts with. */
    public String getPrefix() {
        return prefix;
    }

    /** The id of the next file of the family; does not create the file. */
    public FileChannelID next() {
        int directory = nextDirectory;
        nextDirectory = (nextDirectory + 1) % directories.length;
        String name = prefix + '.' + (counter++) + ".channel";
        return new FileChannelID(new File(directories[directory], name), directory);
    }
}
