package io.eddy.api.io;

import io.eddy.runtime.io.InputSplit;
import java.util.Arrays;

/** A split whose data lives on known hosts, so that it can be read where it is stored. */
public class LocatableInputSplit implements InputSplit {

    private static final long serialVersionUID = 1L;

    private static final String[] NO_HOSTS = new String[0];

    private final int splitNumber;
    private final String[] hostnames;

    public LocatableInputSplit(int splitNumber, String[] hostnames) {
        this.splitNumber = splitNumber;
        this.hostnames = hostnames == null ? NO_HOSTS : hostnames.clone();
    }

    public LocatableInputSplit(int splitNumber, String hostname) {
        this(splitNumber, hostname == null ? NO_HOSTS : new String[] {hostname});
    }

    @Override
    public int getSplitNumber() {
        return splitNumber;
    }

    @Override
    public String[] getHostnames() {
        return hostnames.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LocatableInputSplit other
                && o.getClass() == getClass()
                && other.splitNumber == splitNumber
                && Arrays.equals(other.hostnames, hostnames);
    }

    @Override
    public int hashCode() {
        return splitNumber;
    }

    @Override
    public String toString() {
        return "Locatable Split (" + splitNumber + ") at " + Arrays.toString(hostnames);
    }
}
