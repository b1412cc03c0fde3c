package io.eddy.exec;

/** Which input of a two-input driver is held in memory (hash join build side, cross buffered side). */
public enum BuildSide {
    /** Input 0 is built (held in memory); input 1 streams. */
    BUILD_FIRST,
    /** Input 1 is built (held in memory); input 0 streams. */
    BUILD_SECOND;

    /** The input index of the held side. */
    public int buildInput() {
        return this == BUILD_FIRST ? 0 : 1;
    }

    /** The input index of the streamed side. */
    public int probeInput() {
        return this == BUILD_FIRST ? 1 : 0;
    }
}
