package io.eddy.optimizer;

/** What happens to an input's records inside the receiving task before its driver runs on them. */
public enum LocalStrategy {
    /** The records reach the driver as they arrive. */
    NONE(""),
    /** The driver sorts the input by a key (spilling sorted runs), as sort-based groups and merges need. */
    SORT("Sort"),
    /** As {@link #SORT}, combining records of equal keys while sorting (a sort-based combiner). */
    COMBINING_SORT("Sort (combining)");

    private final String displayName;

    LocalStrategy(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }
}
