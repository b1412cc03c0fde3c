package io.eddy.api.io;

import io.eddy.runtime.io.InputSplit;

/** A split that is just "partition i of n", for sources that generate or divide data themselves. */
public class GenericInputSplit implements InputSplit {

    private static final long serialVersionUID = 1L;

    private final int partitionNumber;
    private final int totalNumberOfPartitions;

    public GenericInputSplit(int partitionNumber, int totalNumberOfPartitions) {
        if (partitionNumber < 0 || partitionNumber >= totalNumberOfPartitions) {
            throw new IllegalArgumentException(
                    "partition " + partitionNumber + " of " + totalNumberOfPartitions + " is out of range");
        }
        this.partitionNumber = partitionNumber;
        this.totalNumberOfPartitions = totalNumberOfPartitions;
    }

    @Override
    public int getSplitNumber() {
        return partitionNumber;
    }

    public int getTotalNumberOfSplits() {
        return totalNumberOfPartitions;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof GenericInputSplit other
                && other.partitionNumber == partitionNumber
                && other.totalNumberOfPartitions == totalNumberOfPartitions;
    }

    @Override
    public int hashCode() {
        return 31 * partitionNumber + totalNumberOfPartitions;
    }

    @Override
    public String toString() {
        return "GenericSplit (" + partitionNumber + '/' + totalNumberOfPartitions + ')';
    }
}
