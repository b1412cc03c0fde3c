package io.eddy.exec;

import io.eddy.runtime.types.TypeComparator;
import java.util.BitSet;

/**
 * {@link JoinHashTable} over a {@link HeapHashIndex}. Build and probe hashes come from the two
 * inputs' own comparators, which agree for equal key values (TypeComparator contract); keys with
 * equal hashes are then compared through a {@link KeyPairComparator}.
 */
final class HeapJoinHashTable implements JoinHashTable {

    private final TypeComparator<Object> buildComparator;
    private final TypeComparator<Object> probeComparator;
    private final KeyPairComparator probeToBuild;
    private final HeapHashIndex index = new HeapHashIndex(1024);
    /** Matched build entries; null unless the join must emit unmatched build records. */
    private final BitSet matched;

    HeapJoinHashTable(TypeComparator<Object> buildComparator, TypeComparator<Object> probeComparator, boolean trackMatches) {
        this.buildComparator = buildComparator;
        this.probeComparator = probeComparator;
        this.probeToBuild = new KeyPairComparator(probeComparator, buildComparator);
        this.matched = trackMatches ? new BitSet() : null;
    }

    @Override
    public void insert(Object buildRecord) {
        index.add(buildComparator.hash(buildRecord), buildRecord);
    }

    @Override
    public int probe(Object probeRecord, BuildRecordVisitor visitor) throws Exception {
        int entry = index.first(probeComparator.hash(probeRecord));
        if (entry < 0) {
            return 0;
        }
        probeToBuild.setReference(probeRecord);
        int matches = 0;
        for (; entry >= 0; entry = index.nextWithSameHash(entry)) {
            Object buildRecord = index.record(entry);
            if (probeToBuild.equalToReference(buildRecord)) {
                matches++;
                if (matched != null) {
                    matched.set(entry);
                }
                visitor.visit(buildRecord);
            }
        }
        return matches;
    }

    @Override
    public void visitUnmatched(BuildRecordVisitor visitor) throws Exception {
        if (matched == null) {
            throw new IllegalStateException("this join table does not track matches");
        }
        for (int entry = matched.nextClearBit(0); entry < index.size(); entry = matched.nextClearBit(entry + 1)) {
            visitor.visit(index.record(entry));
        }
    }

    @Override
    public int size() {
        return index.size();
    }
}
