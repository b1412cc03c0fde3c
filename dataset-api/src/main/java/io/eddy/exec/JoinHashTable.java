package io.eddy.exec;

/**
 * The build side of a hash join: build records by key, probed with records of the other input.
 * Drivers see only this interface so the heap implementation ({@link HeapJoinHashTable}) can be
 * replaced by a managed-memory hybrid hash table that spills partitions.
 */
interface JoinHashTable {

    /** Receives build records, one call per match or unmatched record. */
    @FunctionalInterface
    interface BuildRecordVisitor {
        void visit(Object buildRecord) throws Exception;
    }

    /** Adds a build record the table may keep (the caller has copied it if needed). */
    void insert(Object buildRecord);

    /**
     * Calls {@code visitor} for every build record whose key equals {@code probeRecord}'s, marking
     * them matched, and returns how many there were.
     */
    int probe(Object probeRecord, BuildRecordVisitor visitor) throws Exception;

    /** Calls {@code visitor} for every build record no probe matched (only if tracking matches). */
    void visitUnmatched(BuildRecordVisitor visitor) throws Exception;

    int size();
}
